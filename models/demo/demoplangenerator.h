// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/plandata.h"

#include <QDate>

namespace Planner {

struct DemoOptions
{
    quint64 seed = 2026;
    int firstYear = 2026;
    int years = 1;                     // 1..10
    QDate asOf;                        // cohort statuses and outcomes are relative to this date;
                                       // invalid => QDate(firstYear, 11, 28)
    std::vector<CalendarDay> calendar; // holidays/make-up workdays (e.g. 2026 China); other
                                       // years: plain Mon-Fri
};

// Builds a complete, internally consistent demo plan: the Beijing programme training
// 10,000 engineers a year in three tracks. The output depends on the options only, so the
// same options give the same plan on every platform and compiler.
class DemoPlanGenerator final
{
public:
    explicit DemoPlanGenerator(DemoOptions options);

    // A plan without a single planning conflict: every instructor qualified, free and
    // within limits, every classroom large enough and booked once, working days only.
    PlanData generate() const;

    // Adds the handful of problems a coordinator meets in a real plan a few weeks ahead,
    // so that the demo's conflict checks have something to find: leave requested after
    // the assignment, a lead who withdrew, a qualification lapsing just before a cohort,
    // an instructor booked on two cohorts at once, a cohort raised above its room's seats
    // and a day moved onto a weekend or public holiday (only where plan.calendar covers
    // that year). Only cohorts still ahead of asOf (planned or open) are touched: those of
    // the first plan year that has any, or of the next years too when it has too few.
    // New leave gets ids after the largest; every schema constraint still holds. The
    // choices depend on the options' seed only. Problems that find no fitting cohort are
    // left out.
    void addPlanningProblems(PlanData &plan) const;

private:
    DemoOptions m_options;
};

} // namespace Planner

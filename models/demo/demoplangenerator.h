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

    PlanData generate() const;

private:
    DemoOptions m_options;
};

} // namespace Planner

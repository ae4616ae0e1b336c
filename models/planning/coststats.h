// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/costfacts.h"
#include "domain/progressfacts.h"

#include <array>
#include <optional>
#include <vector>

namespace Planner {

struct ProgressReport;

// A sum of money in its four parts.
struct CostSplit
{
    Yuan instructors = 0; // day rates of the teaching days
    Yuan venues = 0;      // rent of the teaching days; online, licences per trainee
    Yuan trainees = 0;    // materials (first day) and exam fees (last day) per trainee
    Yuan fixed = 0;       // the year's fixed costs, spread evenly over its days

    Yuan total() const { return instructors + venues + trainees + fixed; }
    CostSplit &operator+=(const CostSplit &other);
    bool operator==(const CostSplit &) const = default;
};

struct CohortCost
{
    Id cohortId = 0;
    QString code;
    Id trackId = 0;
    CostSplit whole;            // all its days, also those outside the year
    CostSplit spent;            // of the year, held by the "as of" date
    CostSplit forecast;         // of the year: spent plus what is still to come in it
    bool leadEstimated = false; // no lead yet: one is costed at the course level's rate
};

struct TrackCost
{
    Id trackId = 0;
    QString name;
    QString nameZh;
    QString colour;
    std::optional<Yuan> budget;
    CostSplit spent; // cohort costs only (fixed costs are the programme's)
    CostSplit forecast;
    double trainedForecast = 0;
    double certifiedForecast = 0;
    std::optional<Yuan> perTrainee() const;
    std::optional<Yuan> perCertificate() const;
};

struct MonthCost
{
    int month = 1;
    Yuan spent = 0;    // in the month, up to the "as of" date
    Yuan forecast = 0; // the month's whole cost as planned (spent, then to come)
    Yuan cumulativeSpent = 0;
    Yuan cumulativeForecast = 0;
};

// The year's costs against its budget.
struct CostReport
{
    int year = 0;
    QDate asOf;
    std::optional<Yuan> budget; // the tracks' budgets added up, where any is set
    CostSplit spent;
    CostSplit forecast; // at the year end
    double trainedForecast = 0;
    double certifiedForecast = 0;
    std::vector<TrackCost> tracks;
    std::array<MonthCost, 12> months{};
    std::vector<CohortCost> cohorts; // as the facts list them
    std::vector<FixedCost> fixedCosts;
    int cohortsWithoutLead = 0; // costed with an estimated lead

    std::optional<Yuan> perTrainee() const;
    std::optional<Yuan> perCertificate() const;
    // The budget less the forecast (negative: over budget).
    std::optional<Yuan> remaining() const;
};

// The programme's costs: pure arithmetic over CostFacts.
//
// A cohort pays, for each of its teaching days, each assigned instructor's day rate (their
// own, else their level's: LevelRate, else CostDefaults) and its venue's day rent; a cohort
// without a lead pays one lead at its course level's rate, so that the forecast does not
// shrink while staffing is open. Per trainee it pays the course's materials and, at an online
// venue, the venue's seat licence on its first day, and the exam fee on its last day. The
// trainees are those holding or having held a seat once the cohort has started (the
// examined ones once it has ended), its capacity before: as ProgressStats forecasts.
// Fixed costs are spread evenly over the year's days. A cost falls on the day it is paid:
// spent once that day is on or before asOf, else still to come.
class CostStats final
{
public:
    // The rate instructor is paid per teaching day.
    static Yuan dayRate(const InstructorCostFact &instructor, const std::vector<LevelRate> &rates);
    static Yuan levelRate(CourseLevel level, const std::vector<LevelRate> &rates);

    // progress: the year's progress report, for the forecast trainees and certificates that
    // the costs per trainee and per certificate divide by (nullptr: none).
    static CostReport compute(const CostFacts &facts, QDate asOf,
                              const ProgressReport *progress = nullptr);
};

} // namespace Planner

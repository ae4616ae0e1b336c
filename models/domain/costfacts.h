// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costs.h"
#include "enums.h"
#include "types.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace Planner {

// What the cost figures of a year are computed from (PlanQueries::costFacts): one row per
// cohort with a session in the year, per track, per assigned instructor.

// A cohort with a session in the year (cancelled ones excluded).
struct CohortCostFact
{
    Id cohortId = 0;
    QString code;
    Id trackId = 0;
    CourseLevel level = CourseLevel::Foundation; // its course's
    int capacity = 0;
    int participants = 0; // trainees holding or having held a seat: enrolled, completed, failed
    int examined = 0;     // completed or failed: those who sat the exam
    Yuan materialsFee = 0;
    Yuan examFee = 0;
    bool online = false; // at an online venue: a licence per trainee instead of rent
    Yuan dayRent = 0;
    Yuan seatLicence = 0;
    std::vector<QDate> days;     // its distinct teaching days, all of them, ascending
    std::vector<Id> instructors; // assigned, lead and assistants
    bool hasLead = false;
};

struct InstructorCostFact
{
    std::optional<Yuan> dayRate;      // their own
    std::optional<CourseLevel> level; // the highest level they are qualified for
};

struct TrackCostFact
{
    Id trackId = 0;
    QString name;
    QString nameZh;
    QString colour;
    std::optional<Yuan> budget; // of the year, where set
};

struct CostFacts
{
    int year = 0;
    std::vector<TrackCostFact> tracks; // by name
    std::vector<CohortCostFact> cohorts;
    std::map<Id, InstructorCostFact> instructors; // those assigned to the cohorts
    std::vector<LevelRate> levelRates;            // those the plan sets
    std::vector<FixedCost> fixedCosts;            // of the year, by name
};

} // namespace Planner

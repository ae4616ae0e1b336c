// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/capacityplanner.h"

#include <QSqlDatabase>

namespace Planner {

// Reads what the capacity planner needs for year: the catalogue, the instructors with
// their qualifications and leave, the targets, the work calendar, and the cohorts with
// sessions in the year (with their sessions and instructors); the course mix, online
// courses and seasonal profile of the year before (PlanningYear::habits).
// The rates (fill, no-show, completion, certification) are each track's own from its
// completed cohorts of the year before, where that history is big enough
// (PlanningYear::assumptionsFrom); *historyYear (when given) is that year, or 0 when
// every track runs on the defaults, and *history (when given) those rates per track.
// The rates set in the plan take their place: a target's for its track in the year
// (trackAssumptions), a course's for the course (courseAssumptions); the courses' shares of
// their tracks' new cohorts set in the plan go into courseMix (PlanningYear::courseShares),
// and *courseShares (when given) has every course's share as the planner will take it.
CapacityInput loadCapacityInput(const QSqlDatabase &db, int year, int *historyYear = nullptr,
                                std::map<Id, CapacityAssumptions> *history = nullptr,
                                std::map<Id, double> *courseShares = nullptr);

// One line of a year's assumptions as the Targets & Capacity page edits them: a track
// (the rates on its target of the year) or one of its courses (the rates on the course),
// with what applies where the line sets nothing.
struct AssumptionRow
{
    Id trackId = 0;
    Target target;                // the track's target of the year (both kinds of line)
    std::optional<Course> course; // a course line
    QString name;                 // the track's, or the course's code and title
    QString nameZh;
    // Where the line sets nothing: the track's actuals of historyYear (historyYear > 0) or
    // the documented defaults, for a track; its track's rates, for a course.
    CapacityAssumptions base;
    int historyYear = 0;
    double share =
        0; // a course line: its share of the track's new cohorts, as the planner takes it

    // The rates the line sets: the course's, or the track's on its target.
    const SeatRates &rates() const { return course ? course->rates : target.rates; }
};

// The tracks with a target in year, by name, each followed by its courses, by code.
std::vector<AssumptionRow> loadAssumptions(const QSqlDatabase &db, int year);

} // namespace Planner

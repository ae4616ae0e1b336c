// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarday.h"
#include "cohort.h"
#include "costs.h"
#include "course.h"
#include "instructor.h"
#include "target.h"
#include "track.h"
#include "trainee.h"
#include "venue.h"

#include <vector>

namespace Planner {

// A whole plan in memory: what the demo generator produces and bulk writers store.
struct PlanData
{
    std::vector<Track> tracks;
    std::vector<Course> courses;
    std::vector<Venue> venues;
    std::vector<Instructor> instructors;
    std::vector<Qualification> qualifications;
    std::vector<Leave> leaves;
    std::vector<Cohort> cohorts;
    std::vector<Session> sessions;
    std::vector<CohortInstructor> cohortInstructors;
    std::vector<Trainee> trainees;
    std::vector<Enrollment> enrollments;
    std::vector<Target> targets;
    std::vector<CalendarDay> calendar;
    std::vector<LevelRate> levelRates;
    std::vector<FixedCost> fixedCosts;

    bool operator==(const PlanData &) const = default;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seatrates.h"

#include "costs.h"
#include "enums.h"
#include "types.h"

#include <QString>

#include <optional>

namespace Planner {

struct Course
{
    Id id = 0;
    Id trackId = 0;
    QString code; // unique, e.g. "AI-201"
    QString title;
    QString titleZh;
    CourseLevel level = CourseLevel::Foundation;
    int days = 1;             // teaching days
    double hoursPerDay = 6.0; // contact hours per teaching day
    int defaultCapacity = 30; // seats a new cohort of this course gets
    QString qualification;    // what a trainee who completes it is awarded
    // The pattern a new cohort's sessions follow: weekdays as bits (1 << 0 Monday ...
    // 1 << 6 Sunday) and the times of day as bits (1 << int(SessionSlot)): by default
    // every working day, morning and afternoon.
    int sessionWeekdays = 0x1f;
    int sessionSlots = 0x3;
    // Assumptions of this course that differ from its track's, where set.
    SeatRates rates{};
    // Its share of its track's new cohorts (0 to 1), where set; the other courses of the
    // track share the rest as they ran the year before (loadCapacityInput).
    std::optional<double> cohortShare{};
    // Per trainee: the materials handed out on the first day, the exam fee at the end.
    Yuan materialsFee = 0;
    Yuan examFee = 0;

    bool operator==(const Course &) const = default;
};

} // namespace Planner

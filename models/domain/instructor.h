// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costs.h"
#include "enums.h"
#include "types.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Planner {

struct Instructor
{
    Id id = 0;
    QString code; // unique staff number, the natural key for imports
    QString name;
    QString email;
    QString phone;
    QString homeDistrict;
    int maxDaysPerWeek = 5;
    int maxDaysPerMonth = 16;
    int maxDaysPerYear = 160;
    // Paid per teaching day; none: the rate of the highest level they are qualified for
    // (LevelRate, else CostDefaults::dayRate).
    std::optional<Yuan> dayRate{};

    bool operator==(const Instructor &) const = default;
};

// A qualification to teach either a whole track up to a level, or one course.
struct Qualification
{
    Id id = 0;
    Id instructorId = 0;
    Id trackId = 0;  // set for a track qualification, else 0
    Id courseId = 0; // set for a course qualification, else 0
    CourseLevel level = CourseLevel::Foundation;
    QDate validFrom;
    QDate validUntil; // null: does not expire

    bool operator==(const Qualification &) const = default;
};

struct Leave
{
    Id id = 0;
    Id instructorId = 0;
    QDate start;
    QDate end; // inclusive
    QString reason;

    bool operator==(const Leave &) const = default;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "types.h"

#include <QString>

namespace Planner {

// Money in whole yuan (CNY): what a coordinator budgets in. qint64 holds any programme.
using Yuan = qint64;

// The day rate an instructor is paid by default, by the highest level they are qualified
// to teach at; where the plan sets none, CostDefaults::dayRate.
struct LevelRate
{
    CourseLevel level = CourseLevel::Foundation;
    Yuan dayRate = 0;

    bool operator==(const LevelRate &) const = default;
};

// A cost of the programme in one year that no cohort causes: the programme office, the
// certification platform, marketing. Spread evenly over the year's days.
struct FixedCost
{
    Id id = 0;
    int year = 0;
    QString name; // unique within the year
    Yuan amount = 0;

    bool operator==(const FixedCost &) const = default;
};

// What a figure may be: anything above is a typing slip, refused with a sentence (the
// schema's CHECKs say the same).
namespace CostLimits {
inline constexpr Yuan DayRate = 100'000;          // an instructor's day
inline constexpr Yuan DayRent = 1'000'000;        // a venue's day
inline constexpr Yuan SeatLicence = 100'000;      // an online seat for one cohort
inline constexpr Yuan TraineeFee = 100'000;       // materials or exam, per trainee and course
inline constexpr Yuan FixedCost = 10'000'000'000; // one fixed cost of one year
inline constexpr Yuan Budget = 100'000'000'000;   // a track's budget for one year
} // namespace CostLimits

namespace CostDefaults {
// The day rates of plans that set none (Beijing's market rates for contract trainers).
constexpr Yuan dayRate(CourseLevel level)
{
    switch (level) {
    case CourseLevel::Foundation:
        return 1500;
    case CourseLevel::Intermediate:
        return 2200;
    case CourseLevel::Advanced:
        return 3000;
    }
    return 1500;
}
} // namespace CostDefaults

} // namespace Planner

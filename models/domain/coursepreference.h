// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

namespace Planner {

// How much an instructor likes to teach a course, from -2 (avoids strongly) to +2
// (prefers strongly); 0 is the same as no record. The solver rewards preferred and
// penalises avoided courses by SolverWeights::preference per point.
struct CoursePreference
{
    Id id = 0;
    Id instructorId = 0;
    Id courseId = 0;
    int points = 0;

    static constexpr int Min = -2;
    static constexpr int Max = 2;

    bool operator==(const CoursePreference &) const = default;
};

} // namespace Planner

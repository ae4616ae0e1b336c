// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace Planner {

// What becomes of a seat, as the coordinator sets it in the plan for a track's year (on
// its target) or for a course: each a share between 0 and 1, or unset, when the track's
// own history or the documented default applies (CapacityAssumptions). The ranges are
// RecordRules' (SeatRateRange).
struct SeatRates
{
    std::optional<double> fill;       // share of a cohort's seats taken
    std::optional<double> noShow;     // share of seat holders who never start
    std::optional<double> completion; // share of starters who complete
    std::optional<double> pass;       // share of completers who are certified

    bool isEmpty() const { return !fill && !noShow && !completion && !pass; }
    bool operator==(const SeatRates &) const = default;
};

} // namespace Planner

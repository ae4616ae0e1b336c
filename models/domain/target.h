// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seatrates.h"

#include "costs.h"
#include "types.h"

#include <optional>

namespace Planner {

// The yearly target of one track: trainees to train and to certify.
struct Target
{
    int year = 0;
    Id trackId = 0;
    int trainees = 0;
    int certified = 0;
    SeatRates rates{};            // the track's assumptions for the year, where set
    std::optional<Yuan> budget{}; // what the track may spend in the year, where set

    bool operator==(const Target &) const = default;
};

} // namespace Planner

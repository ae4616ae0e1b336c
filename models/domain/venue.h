// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costs.h"
#include "types.h"

#include <QString>

namespace Planner {

struct Venue
{
    Id id = 0;
    QString name; // unique
    QString district;
    QString address;
    int seats = 0;
    bool online = false;
    // What a cohort pays for it: per day it teaches there, or, online, per trainee.
    Yuan dayRent = 0;
    Yuan seatLicence = 0;

    bool operator==(const Venue &) const = default;
};

} // namespace Planner

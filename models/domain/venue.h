// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    bool operator==(const Venue &) const = default;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QString>

namespace Planner {

// A training track of the programme (blockchain, AI, big data, ...).
struct Track
{
    Id id = 0;
    QString name;                               // English name, unique
    QString nameZh;                             // Chinese name
    QString colour = QStringLiteral("#4e79a7"); // "#rrggbb", used by the timeline and the charts

    bool operator==(const Track &) const = default;
};

} // namespace Planner

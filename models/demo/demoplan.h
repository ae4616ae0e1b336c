// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoplangenerator.h"

#include "domain/result.h"

#include <QString>

namespace Planner::DemoPlan {

// The options of the bundled demo: seeded, starting in 2026 with the official 2026
// calendar, outcomes as of today.
DemoOptions defaultOptions();

// Generates a demo plan, with a few planning problems for the conflict checks to find
// (DemoPlanGenerator::addPlanningProblems), and writes it to path as a new plan file
// (atomically: the file appears whole or not at all). An empty calendar in options gets the bundled
// one.
Result<> write(const QString &path, DemoOptions options);

} // namespace Planner::DemoPlan

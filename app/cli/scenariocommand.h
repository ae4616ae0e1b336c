// SPDX-License-Identifier: GPL-3.0-or-later
// cohortplanner-cli's what-if scenarios of a plan.
#pragma once

#include <QStringList>

namespace Planner::Cli {

// scenario FILE list | create NAME | rename NAME NEW | delete NAME | promote NAME [--json]
int scenarioCommand(const QStringList &arguments);
// compare FILE --scenarios A,B[,C[,D]] [--year Y] [--as-of DATE] [--json]
int compareCommand(const QStringList &arguments);

} // namespace Planner::Cli

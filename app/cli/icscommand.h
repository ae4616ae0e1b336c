// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Planner::Cli {

// cohortplanner-cli ics FILE --instructor CODE|--cohort CODE --out OUT.ics
int icsCommand(const QStringList &arguments);

} // namespace Planner::Cli

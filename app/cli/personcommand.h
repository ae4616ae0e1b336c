// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Planner::Cli {

// cohortplanner-cli person FILE --id-number N [--erase [--delete-backups]]
// Where a trainee's personal data appears in the plan; with --erase, erased.
int personCommand(const QStringList &arguments);

} // namespace Planner::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Planner::Cli {

// cohortplanner-cli push FILE URL: a plan file into a new, empty server database.
int pushCommand(const QStringList &arguments);
// cohortplanner-cli checkout URL FILE [--district D]...: a server plan into a new plan
// file, for work offline.
int checkoutCommand(const QStringList &arguments);
// cohortplanner-cli sync FILE: a checkout's changes to its server and back.
int syncCommand(const QStringList &arguments);
// cohortplanner-cli server-init URL [--from FILE]: a server plan set up for a team.
int serverInitCommand(const QStringList &arguments);
// cohortplanner-cli server-upgrade URL: a server plan upgraded to this program's format.
int serverUpgradeCommand(const QStringList &arguments);
// cohortplanner-cli server-person URL NAME --group G [--district D]... [--password-stdin]
// [--remove]: a person of the team.
int serverPersonCommand(const QStringList &arguments);

} // namespace Planner::Cli

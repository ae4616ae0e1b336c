// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Planner::Cli {

// cohortplanner-cli assign: automatic instructor assignment (see docs/CLI.md).
int assign(const QStringList &arguments);

} // namespace Planner::Cli

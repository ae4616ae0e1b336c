// SPDX-License-Identifier: GPL-3.0-or-later
// cohortplanner-cli import and export: spreadsheets in and out of a plan.
#pragma once

#include <QStringList>

namespace Planner::Cli {

// import FILE --kind KIND INPUT [--dry-run] [--skip-invalid] [--encoding E] [--delimiter D]
// [--json]
int importCommand(const QStringList &arguments);
// export FILE --kind KIND --out OUT.csv|OUT.xlsx [--json]
int exportCommand(const QStringList &arguments);

} // namespace Planner::Cli

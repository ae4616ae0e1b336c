// SPDX-License-Identifier: GPL-3.0-or-later
// cohortplanner-cli's money commands: the year's costs against its budget.
#pragma once

#include <QStringList>

namespace Planner::Cli {

// budget FILE [--year Y] [--as-of DATE] [--budget TRACK=AMOUNT]... [--fixed NAME=AMOUNT]...
// [--level-rate LEVEL=AMOUNT]... [--json]: sets what is given (a blank amount unsets it),
// then prints the year's budget, spent and forecast costs.
int budgetCommand(const QStringList &arguments);

} // namespace Planner::Cli

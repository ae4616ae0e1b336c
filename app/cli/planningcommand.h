// SPDX-License-Identifier: GPL-3.0-or-later
// cohortplanner-cli's planning commands: next year from its target.
#pragma once

#include <QStringList>

namespace Planner::Cli {

// new-year FILE --year Y [--growth PCT] [--dry-run] [--json]
int newYearCommand(const QStringList &arguments);
// assumptions FILE --year Y [--track NAME | --course CODE] [--fill PCT] [--no-show PCT]
// [--completion PCT] [--pass PCT] [--json]: lists, or sets, what becomes of a seat
int assumptionsCommand(const QStringList &arguments);
// capacity FILE --year Y [--json]: exit 0 when every target is reachable, 3 when one is short
int capacityCommand(const QStringList &arguments);
// generate FILE --year Y [--dry-run] [--staff] ... [--json]: a draft calendar of the year
int generateCommand(const QStringList &arguments);

} // namespace Planner::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Planner::Cli {

// cohortplanner-cli report FILE --kind KIND [scope options] --out OUT.pdf: a printable
// report as a PDF file (io/report.h). Needs a QGuiApplication (fonts): main() makes one
// on the offscreen platform for this command.
int reportCommand(const QStringList &arguments);

} // namespace Planner::Cli

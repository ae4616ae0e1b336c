// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

namespace Planner::ChartRenderer {

// The charts that can be rendered: progress, tracks, capacity, utilisation, years.
QStringList kinds();

// Renders one of the dashboard's charts for a plan's year to out (.png, .svg or .pdf)
// without showing a window; what `cohortplanner-cli chart` runs. A Problem names the file
// and the reason.
Result<> render(const QString &planPath, int year, QDate asOf, const QString &kind,
                const QString &out, QSize size);

} // namespace Planner::ChartRenderer

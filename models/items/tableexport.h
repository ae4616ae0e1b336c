// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

class QAbstractItemModel;

namespace Planner::TableExport {

// Writes a table as it is shown (its header and every row's display text) to a CSV or
// XLSX file (by suffix); a Problem naming the file when it cannot.
Result<> write(const QAbstractItemModel &model, const QString &path);

} // namespace Planner::TableExport

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/importrules.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Planner::ImportStore {

// Reads what an import of kind matches its rows against (ImportRules::needs).
ImportContext loadContext(const QSqlDatabase &db, ImportKind kind);

// Writes a checked batch inside the caller's transaction, with prepared statements run
// through SQLite directly (100,000 rows in well under a second), and records one audit
// entry for the whole import (source: the file it came from). Throws StoreError.
void write(QSqlDatabase &db, const ImportBatch &batch, const QString &source);

// Every record of kind as text rows in the order of ImportRules::columns(kind), with
// references by natural key (id numbers, codes, names), as an import reads them back.
// row returns false to stop. Returns the number of rows. Throws StoreError.
int exportRows(const QSqlDatabase &db, ImportKind kind, const std::function<bool(const QStringList &)> &row);
// How many records exportRows would give.
int exportCount(const QSqlDatabase &db, ImportKind kind);

} // namespace Planner::ImportStore

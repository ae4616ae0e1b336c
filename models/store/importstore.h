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

// Writes checked batches inside the caller's transaction, with prepared statements run
// through SQLite directly, and at the end one audit entry for the whole import. While it
// exists the connection has a large page cache (the indexes of 100,000-row tables).
// Throws StoreError.
class Writer final
{
public:
    explicit Writer(QSqlDatabase db);
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void write(const ImportBatch &batch);
    // The audit entry: source is the file the rows came from; promoted the waitlisted
    // trainees seated because a cohort's capacity grew.
    void finish(ImportKind kind, const QString &source, int imported, int updated, int unchanged, int promoted);

private:
    QSqlDatabase m_db;
    int m_cache = 0;
};

// Every record of kind as text rows in the order of ImportRules::columns(kind), with
// references by natural key (id numbers, codes, names), as an import reads them back.
// row returns false to stop. Returns the number of rows. Throws StoreError.
int exportRows(const QSqlDatabase &db, ImportKind kind, const std::function<bool(const QStringList &)> &row);
// How many records exportRows would give.
int exportCount(const QSqlDatabase &db, ImportKind kind);

} // namespace Planner::ImportStore

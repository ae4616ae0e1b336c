// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/importrules.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

namespace Planner::ImportStore {

// Reads what an import of kind matches its rows against (ImportRules::needs).
ImportContext loadContext(const QSqlDatabase &db, ImportKind kind);

// An import as it was written, record by record: the new records with the ids they got,
// the changed ones with what they were. Undoing it (revert) deletes the new records and
// puts the changed ones back; redoing it (reapply) writes it again, ids and all. Both run
// in the caller's transaction, with bulk statements, and give each record its History
// entry as any undo and redo does. Throws StoreError.
class AppliedImport final
{
public:
    void revert(const QSqlDatabase &db) const;
    void reapply(const QSqlDatabase &db) const;
    // Records written (new and changed, the seats given included).
    int size() const;

private:
    friend class Writer;
    std::vector<ImportBatch> m_batches;
};

// The next free id of each table an import adds to, read in the import's transaction.
struct NextIds
{
    Id trainee = 1, enrollment = 1, instructor = 1, qualification = 1, leave = 1, cohort = 1,
       session = 1;
};
NextIds nextIds(const QSqlDatabase &db);

// One record as the writer binds it (texts as UTF-8) with its History entry.
struct PreparedRow
{
    QVariantList values;
    QByteArray key;
    QByteArray before; // JSON, empty for a new record
    QByteArray after;
};
struct PreparedTable
{
    const char *table = "";
    QString insertSql;
    QString insertManySql; // of several records, when there are as many
    QString updateSql;
    std::vector<PreparedRow> inserts;
    std::vector<PreparedRow> updates;
};

// A checked batch made ready to write: its new records given their ids (counting on from
// ids) and every record's bound values and History entry computed. No database: the
// thread that checks the rows prepares them while the writer writes the batch before.
class PreparedBatch final
{
public:
    ImportBatch batch;

private:
    friend class Writer;
    friend PreparedBatch prepare(ImportBatch batch, NextIds &ids);
    // batch's tables made ready, texts bound as UTF-8 (a file) or as strings (a server).
    static PreparedBatch made(ImportBatch batch, bool utf8);
    std::vector<PreparedTable> m_tables;
    bool m_prepared = false;
};
PreparedBatch prepare(ImportBatch batch, NextIds &ids);
// Whether batches are prepared on the thread that checks them (a plan file), or by the
// writer (a server plan: new records take their ids from the tables' identities, which
// only the writer's connection reaches); then they are handed on unprepared.
bool preparedWhileChecked(const QSqlDatabase &db);
PreparedBatch unprepared(ImportBatch batch);

// Writes checked batches inside the caller's transaction, with prepared statements (run
// through SQLite directly on a file): each record with its History entry (new: its
// values; changed: before and after), and at the end one entry for the whole import.
// On a server, where others write meanwhile, the records a batch changes must still be
// as the import read them: else EditConflict, and nothing is written over them (the
// same holds for undo and redo). While it exists a file's connection has a large page
// cache (the indexes of 100,000-row tables). Throws StoreError.
class Writer final
{
public:
    explicit Writer(QSqlDatabase db);
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // Writes a prepared batch (kept, ids included, for undo).
    void write(PreparedBatch batch);
    // The audit entry: source is the file the rows came from; promoted the waitlisted
    // trainees seated because a cohort's capacity grew.
    void finish(ImportKind kind, const QString &source, int imported, int updated, int unchanged,
                int promoted);
    // What was written, for undo.
    std::shared_ptr<const AppliedImport> applied() const { return m_applied; }

private:
    QSqlDatabase m_db;
    bool m_server = false;
    int m_cache = 0;
    std::shared_ptr<AppliedImport> m_applied = std::make_shared<AppliedImport>();
};

// Every record of kind as text rows in the order of ImportRules::columns(kind), with
// references by natural key (id numbers, codes, names), as an import reads them back.
// row returns false to stop. Returns the number of rows. Throws StoreError.
int exportRows(const QSqlDatabase &db, ImportKind kind,
               const std::function<bool(const QStringList &)> &row);
// How many records exportRows would give.
int exportCount(const QSqlDatabase &db, ImportKind kind);

} // namespace Planner::ImportStore

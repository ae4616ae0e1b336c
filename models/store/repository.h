// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QSqlDatabase>
#include <QVariant>

#include <optional>
#include <vector>

namespace Planner {

// Typed loads and saves of one table's records (T is a domain type: Track, Course, ...).
// Single-record writes are audited; insertBulk is for generators and imports, which
// record one audit entry of their own. Writes do not open transactions: callers wrap a
// user action in one Transaction so that it lands whole or not at all.
// Instantiated in repository.cpp for every domain record type; the SQL lives there.
template <typename T> class Repository final
{
public:
    explicit Repository(QSqlDatabase db);

    std::vector<T> loadAll() const;
    // The stored record with the same key as record (its id, or its composite key).
    std::optional<T> find(const T &record) const;
    int count() const;
    // The largest id in the table (0 when empty, or for tables without row ids).
    Id maxId() const;
    // The records whose column (one of the table's columns, e.g. "cohort_id") holds one of
    // ids, in key order.
    std::vector<T> loadWhere(const char *column, const std::vector<Id> &ids) const;
    // Whether another record than the one with id exceptId has value in column: for the
    // natural keys (codes, names) that must stay unique.
    bool existsWhere(const char *column, const QVariant &value, Id exceptId = 0) const;

    // Ids for n new records, never given before: the largest id plus one on in a file
    // (one writer), the table's identity sequence on a server (many writers at once).
    std::vector<Id> newIds(std::size_t n) const;
    Id newId() const { return newIds(1).front(); }

    // Stores a new record. A record with id 0 of a table with row ids gets a new id.
    void insert(T &record);
    // Replaces the stored record with record's key. With readBefore (the record as the
    // writer read it), only when the stored record still equals it: otherwise someone else
    // changed it since, and EditConflict is thrown with both versions (optimistic
    // concurrency; on a server the row is locked from the check to the commit).
    void update(const T &record, const std::optional<T> &readBefore = std::nullopt);
    // The writer's change from before to after, made over the stored record as it is now
    // (after an EditConflict, when the user chose their version): the fields the writer
    // changed get the writer's values, the others keep the stored ones.
    void updateOver(const T &after, const T &before);
    // Deletes the stored record with record's key, when it still equals record (else
    // EditConflict, as update). A record already gone is no error.
    void remove(const T &record);

    // Stores many records with one prepared statement, ids as given (0: assigned).
    void insertBulk(const std::vector<T> &records);

    // For writes of many records at once (an import, its undo): locks the stored records
    // with the keys of expected (on a server, until the commit) and throws EditConflict
    // when one of them is no longer as expected, changed or deleted by someone else since
    // it was read. written holds, per expected record, what the writer means to put in
    // its place; empty when the writer deletes them.
    void requireAsRead(const std::vector<T> &expected, const std::vector<T> &written = {}) const;

private:
    // On a server: the table's identity moved past id (given from outside it), so that
    // the ids it gives next are new.
    void keepIdentityPast(Id id) const;

    QSqlDatabase m_db;
};

} // namespace Planner

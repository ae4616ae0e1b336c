// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include "auditlog.h"
#include "recordmapping.h"
#include "schema.h"
#include "serverstore.h"
#include "sqlutil.h"
#include "storeerror.h"

#include "domain/plandata.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <array>

namespace Planner {

namespace {

using Store::Mapping;

using Store::columnList;

// column, when it is one of T's columns: names never come from outside into SQL text.
template <typename T> QString checkedColumn(const char *column)
{
    for (const char *c : Mapping<T>::columns) {
        if (qstrcmp(c, column) == 0)
            return QLatin1String(c);
    }
    throw StoreError(QStringLiteral("Table %1 has no column %2.")
                         .arg(QLatin1String(Mapping<T>::table), QLatin1String(column)));
}

template <typename T> QString keyCondition()
{
    QStringList parts;
    for (int i = 0; i < Mapping<T>::keyCount; ++i)
        parts << QStringLiteral("%1 = ?").arg(QLatin1String(Mapping<T>::columns[i]));
    return parts.join(QLatin1String(" AND "));
}

template <typename T> QString table()
{
    return QLatin1String(Mapping<T>::table);
}

using Store::keyText;
using Store::recordJson;

template <typename T> void bindKey(QSqlQuery &q, const T &record)
{
    const QVariantList values = Mapping<T>::values(record);
    for (int i = 0; i < Mapping<T>::keyCount; ++i)
        q.addBindValue(Sql::bindable(values.at(i)));
}

template <typename T> QString insertStatement()
{
    QStringList marks;
    for (std::size_t i = 0; i < Mapping<T>::columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table<T>(), columnList<T>(), marks.join(QLatin1String(", ")));
}

// On a server, a new record without an id: every column but the id, which the identity
// gives (PostgreSQL takes an explicit NULL as NULL, not as "the next id").
template <typename T> QString serverInsertWithoutId()
{
    QStringList columns, marks;
    for (std::size_t i = 1; i < Mapping<T>::columns.size(); ++i) {
        columns << QLatin1String(Mapping<T>::columns[i]);
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
        .arg(table<T>(), columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
}

// The stored record the writer is about to change, locked on a server until the commit
// (FOR UPDATE), so that nobody changes it between the check and the write.
template <typename T> std::optional<T> findForWrite(const QSqlDatabase &db, const T &record)
{
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(columnList<T>(), table<T>(), keyCondition<T>());
    if (PlanFormat::isServer(db))
        sql += QStringLiteral(" FOR UPDATE");
    QSqlQuery q = Sql::prepare(db, sql);
    bindKey(q, record);
    Sql::exec(q);
    if (!q.next())
        return std::nullopt;
    return Mapping<T>::read(q);
}

// Refuses to write over a record that someone else changed after the writer read it.
template <typename T>
void requireUnchanged(const T &stored, const T &readBefore, const std::optional<T> &written)
{
    if (stored == readBefore)
        return;
    const QVariantList values = Mapping<T>::values(stored);
    const QVariantList read = Mapping<T>::values(readBefore);
    QStringList fields;
    for (std::size_t i = 0; i < Mapping<T>::columns.size(); ++i)
        if (values.at(qsizetype(i)) != read.at(qsizetype(i)))
            fields << QLatin1String(Mapping<T>::columns[i]);
    const QString message =
        QCoreApplication::translate(
            "Planner::Store",
            "Someone else changed the record %1 of %2 after you read it (%3), so your "
            "change was not written over theirs. Look at their version, then make your "
            "change again.")
            .arg(keyText<T>(values), table<T>(), fields.join(QLatin1String(", ")));
    throw EditConflict(message, table<T>(), keyText<T>(values), recordJson(stored),
                       written ? recordJson(*written) : QString());
}

void audit(const QSqlDatabase &db, AuditAction action, const QString &tableName, const QString &key,
           QString before, QString after)
{
    AuditEntry entry;
    entry.action = action;
    entry.table = tableName;
    entry.recordKey = key;
    entry.before = std::move(before);
    entry.after = std::move(after);
    AuditLog(db).record(std::move(entry));
}

} // namespace

template <typename T> Repository<T>::Repository(QSqlDatabase db) : m_db(std::move(db)) {}

template <typename T> std::vector<T> Repository<T>::loadAll() const
{
    QStringList keys;
    for (int i = 0; i < Mapping<T>::keyCount; ++i)
        keys << QLatin1String(Mapping<T>::columns[i]);
    QSqlQuery q =
        Sql::prepare(m_db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                               .arg(columnList<T>(), table<T>(), keys.join(QLatin1String(", "))));
    Sql::exec(q);
    std::vector<T> records;
    while (q.next())
        records.push_back(Mapping<T>::read(q));
    return records;
}

template <typename T> std::optional<T> Repository<T>::find(const T &record) const
{
    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                         .arg(columnList<T>(), table<T>(), keyCondition<T>()));
    bindKey(q, record);
    Sql::exec(q);
    if (!q.next())
        return std::nullopt;
    return Mapping<T>::read(q);
}

template <typename T> int Repository<T>::count() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(table<T>())).toInt();
}

template <typename T> Id Repository<T>::maxId() const
{
    if constexpr (Mapping<T>::hasRowId) {
        // The largest id of this copy's own block (Schema::IdBlockBits): a checkout numbers
        // its new records apart from the server's and other checkouts'.
        const Id first = PlanFormat::firstOwnId(m_db);
        QSqlQuery q = Sql::prepare(
            m_db, QStringLiteral("SELECT coalesce(max(id), ?) FROM %1 WHERE id BETWEEN ? AND ?")
                      .arg(table<T>()));
        q.addBindValue(first == 0 ? Id(0) : first - 1);
        q.addBindValue(first);
        q.addBindValue(first + (Id(1) << Schema::IdBlockBits) - 1);
        Sql::exec(q);
        return q.next() ? q.value(0).toLongLong() : 0;
    } else {
        return 0;
    }
}

template <typename T>
std::vector<T> Repository<T>::loadWhere(const char *column, const std::vector<Id> &ids) const
{
    std::vector<T> records;
    const QString name = checkedColumn<T>(column);
    QStringList keys;
    for (int i = 0; i < Mapping<T>::keyCount; ++i)
        keys << QLatin1String(Mapping<T>::columns[i]);
    // Chunks stay below SQLite's limit on bound parameters.
    constexpr std::size_t chunk = 500;
    for (std::size_t from = 0; from < ids.size(); from += chunk) {
        const std::size_t to = std::min(ids.size(), from + chunk);
        QStringList marks;
        for (std::size_t i = from; i < to; ++i)
            marks << QStringLiteral("?");
        QSqlQuery q = Sql::prepare(
            m_db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4) ORDER BY %5")
                      .arg(columnList<T>(), table<T>(), name, marks.join(QLatin1Char(',')),
                           keys.join(QLatin1String(", "))));
        for (std::size_t i = from; i < to; ++i)
            q.addBindValue(ids[i]);
        Sql::exec(q);
        while (q.next())
            records.push_back(Mapping<T>::read(q));
    }
    return records;
}

template <typename T>
bool Repository<T>::existsWhere(const char *column, const QVariant &value, Id exceptId) const
{
    const QString name = checkedColumn<T>(column);
    QString sql = QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table<T>(), name);
    if constexpr (Mapping<T>::hasRowId)
        sql += QStringLiteral(" AND id <> ?");
    sql += QStringLiteral(" LIMIT 1");
    QSqlQuery q = Sql::prepare(m_db, sql);
    q.addBindValue(Sql::bindable(value));
    if constexpr (Mapping<T>::hasRowId)
        q.addBindValue(exceptId);
    Sql::exec(q);
    return q.next();
}

template <typename T> std::vector<Id> Repository<T>::newIds(std::size_t n) const
{
    std::vector<Id> ids;
    if (!PlanFormat::isServer(m_db)) {
        const Id first = maxId() + 1;
        for (std::size_t i = 0; i < n; ++i)
            ids.push_back(first + Id(i));
        return ids;
    }
    QSqlQuery q =
        Sql::prepare(m_db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) "
                                          "FROM generate_series(1, ?)")
                               .arg(table<T>()));
    q.addBindValue(qint64(n));
    Sql::exec(q);
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

template <typename T> void Repository<T>::insert(T &record)
{
    const QVariantList given = Mapping<T>::values(record);
    if constexpr (Mapping<T>::hasRowId) {
        if (PlanFormat::isServer(m_db)) {
            if (given.at(0).isNull() || given.at(0).toLongLong() == 0) {
                QSqlQuery q = Sql::prepare(m_db, serverInsertWithoutId<T>());
                for (qsizetype i = 1; i < given.size(); ++i)
                    q.addBindValue(Sql::bindable(given.at(i)));
                Sql::exec(q);
                q.next();
                Mapping<T>::setId(record, q.value(0).toLongLong());
            } else {
                QSqlQuery q = Sql::prepare(m_db, insertStatement<T>());
                for (const QVariant &v : given)
                    q.addBindValue(Sql::bindable(v));
                Sql::exec(q);
                // An id given from outside the identity (a record brought back by undo)
                // keeps the identity past it.
                keepIdentityPast(given.at(0).toLongLong());
            }
            audit(m_db, AuditAction::Insert, table<T>(), keyText<T>(Mapping<T>::values(record)), {},
                  recordJson(record));
            return;
        }
    }
    QVariantList row = given;
    if constexpr (Mapping<T>::hasRowId) {
        // A checkout numbers new records in its own block (SQLite's next rowid would be
        // the largest id of any copy's plus one).
        if ((given.at(0).isNull() || given.at(0).toLongLong() == 0) &&
            PlanFormat::firstOwnId(m_db) > 0)
            row[0] = newIds(1).front();
    }
    QSqlQuery q = Sql::prepare(m_db, insertStatement<T>());
    for (const QVariant &v : row)
        q.addBindValue(Sql::bindable(v));
    Sql::exec(q);
    if constexpr (Mapping<T>::hasRowId)
        Mapping<T>::setId(record, q.lastInsertId().toLongLong());
    const QVariantList values = Mapping<T>::values(record);
    audit(m_db, AuditAction::Insert, table<T>(), keyText<T>(values), {}, recordJson(record));
}

template <typename T>
void Repository<T>::update(const T &record, const std::optional<T> &readBefore)
{
    const std::optional<T> before = findForWrite(m_db, record);
    const QVariantList values = Mapping<T>::values(record);
    if (!before)
        throw StoreError(
            PlanFormat::isServer(m_db)
                ? QCoreApplication::translate("Planner::Store",
                                              "The record %1 of %2 no longer exists, or the "
                                              "server does not let you change it (it belongs "
                                              "to another district).")
                      .arg(keyText<T>(values), table<T>())
                : QCoreApplication::translate("Planner::Store",
                                              "The record %1 of %2 no longer exists.")
                      .arg(keyText<T>(values), table<T>()));
    if (readBefore)
        requireUnchanged(*before, *readBefore, std::optional<T>(record));
    QStringList assignments;
    for (std::size_t i = Mapping<T>::keyCount; i < Mapping<T>::columns.size(); ++i)
        assignments << QStringLiteral("%1 = ?").arg(QLatin1String(Mapping<T>::columns[i]));
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                  .arg(table<T>(), assignments.join(QLatin1String(", ")), keyCondition<T>()));
    for (qsizetype i = Mapping<T>::keyCount; i < values.size(); ++i)
        q.addBindValue(Sql::bindable(values.at(i)));
    bindKey(q, record);
    Sql::exec(q);
    audit(m_db, AuditAction::Update, table<T>(), keyText<T>(values), recordJson(*before),
          recordJson(record));
}

template <typename T> void Repository<T>::updateOver(const T &after, const T &before)
{
    const std::optional<T> stored = findForWrite(m_db, after);
    if (!stored)
        return update(after, before); // says that the record is gone
    const QVariantList mine = Mapping<T>::values(after);
    const QVariantList read = Mapping<T>::values(before);
    QStringList assignments;
    QVariantList changed;
    for (std::size_t i = Mapping<T>::keyCount; i < Mapping<T>::columns.size(); ++i) {
        if (mine.at(qsizetype(i)) == read.at(qsizetype(i)))
            continue;
        assignments << QStringLiteral("%1 = ?").arg(QLatin1String(Mapping<T>::columns[i]));
        changed << mine.at(qsizetype(i));
    }
    if (assignments.isEmpty())
        return;
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                  .arg(table<T>(), assignments.join(QLatin1String(", ")), keyCondition<T>()));
    for (const QVariant &v : changed)
        q.addBindValue(Sql::bindable(v));
    bindKey(q, after);
    Sql::exec(q);
    const std::optional<T> now = find(after);
    audit(m_db, AuditAction::Update, table<T>(), keyText<T>(mine), recordJson(*stored),
          now ? recordJson(*now) : QString());
}

template <typename T> void Repository<T>::remove(const T &record)
{
    const std::optional<T> before = findForWrite(m_db, record);
    if (!before)
        return;
    requireUnchanged(*before, record, std::optional<T>());
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(table<T>(), keyCondition<T>()));
    bindKey(q, record);
    Sql::exec(q);
    audit(m_db, AuditAction::Delete, table<T>(), keyText<T>(Mapping<T>::values(record)),
          recordJson(*before), {});
}

template <typename T> void Repository<T>::keepIdentityPast(Id id) const
{
    QSqlQuery past =
        Sql::prepare(m_db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), ?) "
                                          "FROM %1_id_seq WHERE last_value < ?")
                               .arg(table<T>()));
    past.addBindValue(id);
    past.addBindValue(id);
    Sql::exec(past);
}

template <typename T> void Repository<T>::insertBulk(const std::vector<T> &records)
{
    // Records without an id get theirs here where the store would not number them right
    // itself: on a server (its identity takes no NULL) and in a checkout (its own block).
    // They come after every id given, which the server's identity is first moved past.
    std::vector<Id> fresh;
    if constexpr (Mapping<T>::hasRowId) {
        const bool server = PlanFormat::isServer(m_db);
        if (server || PlanFormat::firstOwnId(m_db) > 0) {
            std::size_t without = 0;
            Id highest = 0;
            for (const T &record : records) {
                const Id id = Mapping<T>::values(record).at(0).toLongLong();
                if (id == 0)
                    ++without;
                highest = std::max(highest, id);
            }
            if (server && highest > 0)
                keepIdentityPast(highest);
            if (without > 0) {
                fresh = newIds(without);
                const Id first = std::max(fresh.front(), highest + 1);
                for (std::size_t i = 0; i < fresh.size(); ++i)
                    fresh[i] = first + Id(i);
            }
        }
    }
    auto next = fresh.cbegin();
    QSqlQuery q = Sql::prepare(m_db, insertStatement<T>());
    for (const T &record : records) {
        QVariantList values = Mapping<T>::values(record);
        if constexpr (Mapping<T>::hasRowId)
            if (next != fresh.cend() && values.at(0).toLongLong() == 0)
                values[0] = *next++;
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), Sql::bindable(values.at(i)));
        Sql::exec(q);
    }
}

template <typename T>
void Repository<T>::requireAsRead(const std::vector<T> &expected,
                                  const std::vector<T> &written) const
{
    QStringList keys;
    for (int i = 0; i < Mapping<T>::keyCount; ++i)
        keys << QLatin1String(Mapping<T>::columns[std::size_t(i)]);
    const QString oneKey =
        Mapping<T>::keyCount == 1
            ? QStringLiteral("?")
            : QLatin1Char('(') +
                  QStringList(keys.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                  QLatin1Char(')');
    const QString keyTuple =
        Mapping<T>::keyCount == 1
            ? keys.front()
            : QLatin1Char('(') + keys.join(QLatin1Char(',')) + QLatin1Char(')');
    // Chunks stay below SQLite's limit on bound parameters.
    constexpr std::size_t chunk = 250;
    for (std::size_t from = 0; from < expected.size(); from += chunk) {
        const std::size_t to = std::min(expected.size(), from + chunk);
        QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                          .arg(columnList<T>(), table<T>(), keyTuple,
                               QStringList(qsizetype(to - from), oneKey).join(QLatin1Char(',')));
        if (PlanFormat::isServer(m_db))
            sql += QStringLiteral(" FOR UPDATE");
        QSqlQuery q = Sql::prepare(m_db, sql);
        for (std::size_t i = from; i < to; ++i)
            bindKey(q, expected[i]);
        Sql::exec(q);
        QHash<QString, T> stored;
        while (q.next()) {
            T record = Mapping<T>::read(q);
            stored.insert(keyText<T>(Mapping<T>::values(record)), std::move(record));
        }
        for (std::size_t i = from; i < to; ++i) {
            const QVariantList values = Mapping<T>::values(expected[i]);
            const std::optional<T> mine =
                i < written.size() ? std::optional<T>(written[i]) : std::nullopt;
            const auto it = stored.constFind(keyText<T>(values));
            if (it == stored.cend())
                throw EditConflict(
                    PlanFormat::isServer(m_db)
                        ? QCoreApplication::translate(
                              "Planner::Store",
                              "The record %1 of %2 was deleted by someone else after you read "
                              "it, or the server does not let you change it (it belongs to "
                              "another district), so your change was not written.")
                              .arg(keyText<T>(values), table<T>())
                        : QCoreApplication::translate(
                              "Planner::Store",
                              "Someone else deleted the record %1 of %2 after you read it, so "
                              "your change was not written. Look at the plan as it is now, then "
                              "make your change again.")
                              .arg(keyText<T>(values), table<T>()),
                    table<T>(), keyText<T>(values), QString(),
                    mine ? recordJson(*mine) : QString());
            requireUnchanged(*it, expected[i], mine);
        }
    }
}

template class Repository<Track>;
template class Repository<Course>;
template class Repository<Venue>;
template class Repository<Instructor>;
template class Repository<Qualification>;
template class Repository<Leave>;
template class Repository<CoursePreference>;
template class Repository<Cohort>;
template class Repository<Session>;
template class Repository<CohortInstructor>;
template class Repository<Trainee>;
template class Repository<Enrollment>;
template class Repository<Target>;
template class Repository<CalendarDay>;
template class Repository<LevelRate>;
template class Repository<FixedCost>;

} // namespace Planner

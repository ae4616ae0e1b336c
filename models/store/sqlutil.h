// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <QSqlRecord>

#include <optional>
#include <utility>
#include <vector>

class QSqlDatabase;

// Small helpers every repository uses: prepared statements that throw StoreError with
// the statement and SQLite's message, and the plan file's value encodings.
namespace Planner::Sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
void exec(QSqlQuery &query);
// Runs one statement without parameters.
void exec(const QSqlDatabase &db, const QString &sql);
// Runs a query expected to return one value (a count, a pragma), or a null variant.
QVariant scalar(const QSqlDatabase &db, const QString &sql);

// Dates are stored as ISO text; a null QDate is NULL.
QVariant fromDate(QDate date);
QDate toDate(const QVariant &value);
QVariant fromOptional(const std::optional<double> &value);
std::optional<double> toOptionalDouble(const QVariant &value);
QVariant fromOptionalInt(const std::optional<qint64> &value);
std::optional<qint64> toOptionalInt(const QVariant &value);
// A null QString binds as SQL NULL; plain text columns are NOT NULL, so an empty value
// of a record binds as ''. A null QVariant (no value) stays NULL.
QVariant bindable(const QVariant &value);
// A JSON object (compact, UTF-8) of names[i]: values[i], as the History stores records:
// null, numbers, true/false and strings (escaped as RFC 8259 says). Written directly,
// for imports that give 100,000 records their History entries.
QByteArray jsonObject(const char *const *names, qsizetype count, const QVariantList &values);

// Ids of 0 mean "none" in the domain and NULL in the file.
QVariant fromId(qint64 id);

// Reads a query's rows by the names its select list gives the columns ("… AS enrolled",
// or a plain column's own name), as qBittorrent's DB_COLUMN_* do: the list and its
// reader cannot drift apart as positional reads (q.value(9)) can. Each name is looked
// up once per query; a name the list lacks throws StoreError naming it (a programming
// error every test of the query finds).
class Reader
{
public:
    // q has been executed.
    explicit Reader(QSqlQuery &q) : m_query(q), m_record(q.record()) {}

    bool next() { return m_query.next(); }
    // The column's index, for records mapped from consecutive columns.
    int index(const char *name) const;

    QVariant value(const char *name) const { return m_query.value(index(name)); }
    QString text(const char *name) const { return value(name).toString(); }
    int integer(const char *name) const { return value(name).toInt(); }
    qint64 id(const char *name) const { return value(name).toLongLong(); }
    double real(const char *name) const { return value(name).toDouble(); }
    QDate date(const char *name) const { return toDate(value(name)); }
    std::optional<double> optionalReal(const char *name) const
    {
        return toOptionalDouble(value(name));
    }
    const QSqlQuery &query() const { return m_query; }

private:
    QSqlQuery &m_query;
    QSqlRecord m_record;
    // Names seen so far with their indexes; a name is usually the same literal each row.
    mutable std::vector<std::pair<const char *, int>> m_seen;
};

} // namespace Planner::Sql

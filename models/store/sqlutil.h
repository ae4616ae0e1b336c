// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

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
// A null QString binds as SQL NULL; plain text columns are NOT NULL, so an empty value
// of a record binds as ''. A null QVariant (no value) stays NULL.
QVariant bindable(const QVariant &value);
// A JSON object (compact, UTF-8) of names[i]: values[i], as the History stores records:
// null, numbers, true/false and strings (escaped as RFC 8259 says). Written directly,
// for imports that give 100,000 records their History entries.
QByteArray jsonObject(const char *const *names, qsizetype count, const QVariantList &values);

// Ids of 0 mean "none" in the domain and NULL in the file.
QVariant fromId(qint64 id);

} // namespace Planner::Sql

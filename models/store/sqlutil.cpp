// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlutil.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace Planner::Sql {

namespace {
[[noreturn]] void fail(const QSqlError &error, const QString &sql)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    throw StoreError(QCoreApplication::translate("Planner::Store", "The plan file could not be "
                                                 "read or written: %1 (statement: %2)")
                         .arg(text, sql.simplified().left(200)));
}
} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query.lastError(), sql);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(query.lastError(), sql);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        fail(query.lastError(), sql);
    return query.next() ? query.value(0) : QVariant();
}

QVariant fromDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant fromOptional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> toOptionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QVariant(QString::fromLatin1(""));
    return value;
}

QVariant fromId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace Planner::Sql

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlutil.h"

#include <QLocale>

#include <cmath>

#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

namespace Planner::Sql {

namespace {
[[noreturn]] void fail(const QSqlQuery &query, const QString &sql)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // A plan on a server says so: "the plan file" would send the user looking for a file.
    const bool server = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    throw StoreError(
        server
            ? QCoreApplication::translate("Planner::Store", "The plan on the server could not be "
                                                            "read or written: %1 (statement: %2)")
                  // The server's first line says it; libpq's lines after it repeat it.
                  .arg(text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified(),
                       sql.simplified().left(200))
            : QCoreApplication::translate("Planner::Store", "The plan file could not be "
                                                            "read or written: %1 (statement: %2)")
                  .arg(text, sql.simplified().left(200)));
}
} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    // Forward-only saves SQLite's result copies. Not on a PostgreSQL server: there Qt's
    // driver streams a forward-only result row by row, and a second query on the same
    // connection before the first is read to its end loses the first one's rows (the
    // readers interleave queries); a whole result is fetched at once instead.
    query.setForwardOnly(db.driverName() != QLatin1String("QPSQL"));
    if (!query.prepare(sql))
        fail(query, sql);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(query, sql);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        fail(query, sql);
    return query.next() ? query.value(0) : QVariant();
}

QVariant fromDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
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

QVariant fromOptionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
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

namespace {

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

QByteArray jsonObject(const char *const *names, qsizetype count, const QVariantList &values)
{
    QByteArray out;
    out.reserve(32 * count);
    out += '{';
    for (qsizetype i = 0; i < count && i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        out += names[i];
        out += "\":";
        const QVariant &v = values.at(i);
        if (v.isNull()) {
            out += "null";
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Bool:
            out += v.toBool() ? "true" : "false";
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            out += QByteArray::number(v.toLongLong());
            break;
        case QMetaType::Double: {
            const double d = v.toDouble();
            out += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                    : QByteArray("null");
            break;
        }
        default:
            appendJsonString(out, v.toString());
        }
    }
    out += '}';
    return out;
}

int Reader::index(const char *name) const
{
    for (const auto &[seen, i] : m_seen)
        if (seen == name)
            return i;
    const int i = m_record.indexOf(QLatin1String(name));
    if (i < 0)
        throw StoreError(QStringLiteral("The statement has no column named %1: %2")
                             .arg(QLatin1String(name), m_query.lastQuery().simplified().left(200)));
    m_seen.emplace_back(name, i);
    return i;
}

} // namespace Planner::Sql

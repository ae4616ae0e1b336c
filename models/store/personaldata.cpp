// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldata.h"

#include "serverstore.h"

#include "auditlog.h"
#include "plandatabase.h"
#include "sqlutil.h"

#include "planning/identitydocument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <optional>
#include <set>
#include <tuple>

namespace Planner::PersonalData {

namespace {

struct Value
{
    QString field;
    QString value;
};

// The trainee's personal values that are set; empty when there is no such trainee.
std::optional<std::vector<Value>> valuesOf(const QSqlDatabase &db, Id traineeId)
{
    QSqlQuery q = Sql::prepare(
        db, QStringLiteral("SELECT name, coalesce(id_number, ''), employer, email, phone "
                           "FROM trainee WHERE id = ?"));
    q.addBindValue(traineeId);
    Sql::exec(q);
    if (!q.next())
        return std::nullopt;
    std::vector<Value> values;
    const QStringList names = fields();
    for (int i = 0; i < names.size(); ++i) {
        const QString v = q.value(i).toString();
        if (!v.isEmpty() && !(i == 0 && v == QLatin1String(ErasedName)))
            values.push_back({names[i], v});
    }
    return values;
}

// Values that name one person wherever they appear: the ID number, e-mail and phone (of
// four characters or more). A name or an employer is shared by many people.
bool distinctive(const Value &v)
{
    return v.field != QLatin1String("name") && v.field != QLatin1String("employer") &&
           v.value.size() >= 4;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

// The text columns of every table of the plan: (table, column).
std::vector<std::pair<QString, QString>> textColumns(const QSqlDatabase &db)
{
    std::vector<QString> tables;
    QSqlQuery t = Sql::prepare(
        db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                           "LIKE 'sqlite_%' ORDER BY name"));
    Sql::exec(t);
    while (t.next())
        tables.push_back(t.value(0).toString());
    std::vector<std::pair<QString, QString>> columns;
    for (const QString &table : tables) {
        QSqlQuery c =
            Sql::prepare(db, QStringLiteral("SELECT name, type FROM pragma_table_info(?)"));
        c.addBindValue(table);
        Sql::exec(c);
        Sql::Reader column(c);
        while (column.next()) {
            if (column.text("type").compare(QLatin1String("TEXT"), Qt::CaseInsensitive) == 0)
                columns.push_back({table, column.text("name")});
        }
    }
    return columns;
}

const QString OwnEntries = QStringLiteral("table_name = 'trainee' AND record_key = ?");

} // namespace

Id traineeWithIdNumber(const QSqlDatabase &db, const QString &number)
{
    QSqlQuery q = Sql::prepare(db, QStringLiteral("SELECT id FROM trainee WHERE id_number = ?"));
    q.addBindValue(IdentityDocument::normalized(IdDocumentType::ResidentId, number));
    Sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QStringList fields()
{
    return {QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("employer"),
            QStringLiteral("email"), QStringLiteral("phone")};
}

std::vector<Place> placesOf(const QSqlDatabase &db, Id traineeId)
{
    const auto values = valuesOf(db, traineeId);
    if (!values)
        return {};
    std::vector<Place> places;
    if (!values->empty()) {
        Place record{QStringLiteral("trainee"), QString(), 1, {}};
        for (const Value &v : *values)
            record.values << v.field;
        places.push_back(std::move(record));
    }
    const QString key = QString::number(traineeId);

    // The History's entries of the record itself: every value.
    for (const char *column : {"before", "after"}) {
        Place place{QStringLiteral("audit_log"), QLatin1String(column), 0, {}};
        QSqlQuery rows = Sql::prepare(db, QStringLiteral("SELECT %1 FROM audit_log WHERE %2")
                                              .arg(QLatin1String(column), OwnEntries));
        rows.addBindValue(key);
        Sql::exec(rows);
        std::set<QString> found;
        while (rows.next()) {
            const QString text = rows.value(0).toString();
            bool any = false;
            for (const Value &v : *values) {
                if (text.contains(v.value)) {
                    found.insert(v.field);
                    any = true;
                }
            }
            place.rows += any ? 1 : 0;
        }
        if (place.rows > 0) {
            for (const QString &f : fields()) {
                if (found.count(f))
                    place.values << f;
            }
            places.push_back(std::move(place));
        }
    }
    // Elsewhere: the distinctive values, in any text column of any table.
    for (const auto &[table, column] : textColumns(db)) {
        int rows = 0;
        QStringList found;
        for (const Value &v : *values) {
            if (!distinctive(v))
                continue;
            QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE instr(%2, ?) > 0")
                              .arg(quoted(table), quoted(column));
            if (table == QLatin1String("trainee"))
                sql += QStringLiteral(" AND id <> ?");
            else if (table == QLatin1String("audit_log"))
                sql += QStringLiteral(" AND NOT (%1)").arg(OwnEntries);
            QSqlQuery q = Sql::prepare(db, sql);
            q.addBindValue(v.value);
            if (table == QLatin1String("trainee"))
                q.addBindValue(traineeId);
            else if (table == QLatin1String("audit_log"))
                q.addBindValue(key);
            Sql::exec(q);
            const int n = q.next() ? q.value(0).toInt() : 0;
            if (n > 0) {
                rows = std::max(rows, n);
                found << v.field;
            }
        }
        if (rows > 0)
            places.push_back({table, column, rows, found});
    }
    return places;
}

bool erase(QSqlDatabase db, Id traineeId)
{
    // What is freed or overwritten from here on is zeroed in the file.
    // (A server keeps its pages as it sees fit: its administrator's VACUUM frees them.)
    if (!PlanFormat::isServer(db))
        Sql::exec(db, QStringLiteral("PRAGMA secure_delete = ON"));
    {
        Transaction transaction(db);
        const auto values = valuesOf(db, traineeId);
        if (!values)
            return false;
        const QString key = QString::number(traineeId);
        QSqlQuery record =
            Sql::prepare(db, QStringLiteral("UPDATE trainee SET name = ?, id_number = NULL, "
                                            "id_type = 'resident_id', employer = '', email = '', "
                                            "phone = '' WHERE id = ?"));
        record.addBindValue(QLatin1String(ErasedName));
        record.addBindValue(traineeId);
        Sql::exec(record);

        // The record's own History entries: its personal fields blanked.
        QSqlQuery own = Sql::prepare(
            db, QStringLiteral("SELECT id, before, after FROM audit_log WHERE %1").arg(OwnEntries));
        own.addBindValue(key);
        Sql::exec(own);
        std::vector<std::tuple<qint64, QString, QString>> rewritten;
        const auto blanked = [](const QString &json) {
            if (json.isEmpty())
                return json;
            QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
            for (const QString &f : fields()) {
                if (o.contains(f))
                    o.insert(f, f == QLatin1String("name") ? QLatin1String(ErasedName)
                                                           : QLatin1String(""));
            }
            return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        Sql::Reader row(own);
        while (row.next())
            rewritten.emplace_back(row.id("id"), blanked(row.text("before")),
                                   blanked(row.text("after")));
        QSqlQuery update = Sql::prepare(
            db, QStringLiteral("UPDATE audit_log SET before = ?, after = ? WHERE id = ?"));
        for (const auto &[id, before, after] : rewritten) {
            update.addBindValue(before);
            update.addBindValue(after);
            update.addBindValue(id);
            Sql::exec(update);
        }
        // The distinctive values anywhere else in the History.
        for (const Value &v : *values) {
            if (!distinctive(v))
                continue;
            QSqlQuery q = Sql::prepare(
                db, QStringLiteral("UPDATE audit_log SET before = replace(before, ?, ''), "
                                   "after = replace(after, ?, '') "
                                   "WHERE instr(before, ?) > 0 OR instr(after, ?) > 0"));
            for (int i = 0; i < 4; ++i)
                q.addBindValue(v.value);
            Sql::exec(q);
        }

        QStringList erased;
        for (const Value &v : *values)
            erased << v.field;
        AuditEntry entry;
        entry.action = AuditAction::Erase;
        entry.table = QStringLiteral("trainee");
        entry.recordKey = key;
        entry.after = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("erased"), erased.join(QLatin1Char(','))}})
                .toJson(QJsonDocument::Compact));
        AuditLog(db).record(entry);
        transaction.commit();
    }
    // Rebuilt, so that no free page of the file keeps the old values.
    Sql::exec(db, QStringLiteral("VACUUM"));
    return true;
}

} // namespace Planner::PersonalData

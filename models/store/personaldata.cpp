// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldata.h"

#include "serverstore.h"

#include "auditlog.h"
#include "plandatabase.h"
#include "sqlutil.h"
#include "storeerror.h"

#include "planning/identitydocument.h"

#include <QCoreApplication>
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

// "the text of expression contains ?" in the plan's dialect.
QString contains(const QSqlDatabase &db, const QString &expression)
{
    return (PlanFormat::isServer(db) ? QStringLiteral("strpos(%1, ?) > 0")
                                     : QStringLiteral("instr(%1, ?) > 0"))
        .arg(expression);
}

// The text columns of every table of the plan: (table, column, its text in SQL). On a
// server the change log's rows (JSON) are searched too: they copy every row written.
struct TextColumn
{
    QString table, column, text;
};
std::vector<TextColumn> textColumns(const QSqlDatabase &db)
{
    if (PlanFormat::isServer(db)) {
        QSqlQuery c = Sql::prepare(
            db, QStringLiteral("SELECT table_name, column_name, data_type FROM "
                               "information_schema.columns WHERE table_schema = current_schema() "
                               "AND data_type IN ('text', 'jsonb') ORDER BY table_name, "
                               "ordinal_position"));
        Sql::exec(c);
        std::vector<TextColumn> columns;
        while (c.next()) {
            const QString column = c.value(1).toString();
            columns.push_back({c.value(0).toString(), column,
                               c.value(2).toString() == QLatin1String("jsonb")
                                   ? quoted(column) + QStringLiteral("::text")
                                   : quoted(column)});
        }
        return columns;
    }
    std::vector<QString> tables;
    QSqlQuery t = Sql::prepare(
        db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                           "LIKE 'sqlite_%' ORDER BY name"));
    Sql::exec(t);
    while (t.next())
        tables.push_back(t.value(0).toString());
    std::vector<TextColumn> columns;
    for (const QString &table : tables) {
        QSqlQuery c =
            Sql::prepare(db, QStringLiteral("SELECT name, type FROM pragma_table_info(?)"));
        c.addBindValue(table);
        Sql::exec(c);
        Sql::Reader column(c);
        while (column.next()) {
            if (column.text("type").compare(QLatin1String("TEXT"), Qt::CaseInsensitive) == 0)
                columns.push_back({table, column.text("name"), quoted(column.text("name"))});
        }
    }
    return columns;
}

const QString OwnEntries = QStringLiteral("table_name = 'trainee' AND record_key = ?");

// On a server the change log keeps every row written, the trainee's before the erasure
// included (this very transaction's too): the trainee's rows there are blanked as the
// record is, and the distinctive values removed from every other row. Only the plan's
// owner may rewrite the change log and the History (nobody else can forge a change).
void eraseFromChangeLog(const QSqlDatabase &db, Id traineeId, const std::vector<Value> &values)
{
    const QString blank = QStringLiteral("{\"name\": \"%1\", \"id_number\": null, "
                                         "\"employer\": \"\", \"email\": \"\", \"phone\": \"\"}")
                              .arg(QLatin1String(ErasedName));
    QSqlQuery own = Sql::prepare(
        db, QStringLiteral("UPDATE change_log SET old_row = old_row || ?::jsonb, "
                           "new_row = new_row || ?::jsonb WHERE table_name = 'trainee' AND "
                           "coalesce(old_row, new_row)->>'id' = ?"));
    own.addBindValue(blank);
    own.addBindValue(blank);
    own.addBindValue(QString::number(traineeId));
    Sql::exec(own);
    for (const Value &v : values) {
        if (!distinctive(v))
            continue;
        QSqlQuery q =
            Sql::prepare(db, QStringLiteral("UPDATE change_log SET "
                                            "old_row = replace(old_row::text, ?, '')::jsonb, "
                                            "new_row = replace(new_row::text, ?, '')::jsonb "
                                            "WHERE strpos(old_row::text, ?) > 0 OR "
                                            "strpos(new_row::text, ?) > 0"));
        for (int i = 0; i < 4; ++i)
            q.addBindValue(v.value);
        Sql::exec(q);
    }
}

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
    for (const auto &[table, column, text] : textColumns(db)) {
        int rows = 0;
        QStringList found;
        for (const Value &v : *values) {
            if (!distinctive(v))
                continue;
            QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                              .arg(quoted(table), contains(db, text));
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
    try {
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
                                   "after = replace(after, ?, '') WHERE %1 OR %2")
                        .arg(contains(db, QStringLiteral("before")),
                             contains(db, QStringLiteral("after"))));
            for (int i = 0; i < 4; ++i)
                q.addBindValue(v.value);
            Sql::exec(q);
        }
        if (PlanFormat::isServer(db))
            eraseFromChangeLog(db, traineeId, *values);

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
    } catch (const StoreError &e) {
        if (!PlanFormat::isServer(db))
            throw;
        throw StoreError(QCoreApplication::translate(
                             "Planner::Store",
                             "Nothing was erased: on a server plan, personal data is erased by "
                             "the plan's owner (who pushed it), since the History and the change "
                             "log keep copies of it: cohortplanner-cli person URL --id-number N "
                             "--erase, as the owner. (%1)")
                             .arg(e.message()));
    }
    // Rebuilt, so that no free page of the file keeps the old values. (A server's pages
    // are its administrator's to vacuum.)
    if (!PlanFormat::isServer(db))
        Sql::exec(db, QStringLiteral("VACUUM"));
    return true;
}

} // namespace Planner::PersonalData

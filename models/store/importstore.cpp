// SPDX-License-Identifier: GPL-3.0-or-later
#include "importstore.h"

#include "auditlog.h"
#include "recordmapping.h"
#include "repository.h"
#include "sqliteplatform.h"
#include "sqlutil.h"
#include "storeerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Planner::ImportStore {

namespace {

using Store::Mapping;

template<typename T>
void writeChanges(const QSqlDatabase &db, const RecordChanges<T> &changes)
{
    QStringList names;
    QStringList marks;
    for (const char *c : Mapping<T>::columns) {
        names << QLatin1String(c);
        marks << QStringLiteral("?");
    }
    const QString table = QLatin1String(Mapping<T>::table);
    if (!changes.inserts.empty()) {
        SqlitePlatform::BulkStatement insert(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                     .arg(table, names.join(QLatin1String(", ")),
                                                          marks.join(QLatin1String(", "))));
        for (const T &record : changes.inserts)
            insert.run(Mapping<T>::values(record));
    }
    if (!changes.updates.empty()) {
        QStringList assignments;
        QStringList keys;
        for (std::size_t i = 0; i < Mapping<T>::columns.size(); ++i) {
            if (int(i) < Mapping<T>::keyCount)
                keys << QStringLiteral("%1 = ?").arg(QLatin1String(Mapping<T>::columns[i]));
            else
                assignments << QStringLiteral("%1 = ?").arg(QLatin1String(Mapping<T>::columns[i]));
        }
        SqlitePlatform::BulkStatement update(db, QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                                     .arg(table, assignments.join(QLatin1String(", ")),
                                                          keys.join(QLatin1String(" AND "))));
        for (const T &record : changes.updates) {
            const QVariantList values = Mapping<T>::values(record);
            QVariantList ordered = values.mid(Mapping<T>::keyCount);
            ordered += values.mid(0, Mapping<T>::keyCount);
            update.run(ordered);
        }
    }
}

const char *tableOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Trainees: return Mapping<Trainee>::table;
    case ImportKind::Enrollments: return Mapping<Enrollment>::table;
    case ImportKind::Instructors: return Mapping<Instructor>::table;
    case ImportKind::Qualifications: return Mapping<Qualification>::table;
    case ImportKind::Leave: return Mapping<Leave>::table;
    case ImportKind::Cohorts: return Mapping<Cohort>::table;
    case ImportKind::Sessions: return Mapping<Session>::table;
    case ImportKind::Calendar: return Mapping<CalendarDay>::table;
    }
    return "";
}

QString exportSql(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Trainees:
        return QStringLiteral("SELECT coalesce(id_number, ''), id_type, name, employer, district, email, phone FROM trainee ORDER BY id");
    case ImportKind::Enrollments:
        return QStringLiteral("SELECT coalesce(t.id_number, ''), c.code, e.status, e.waitlist_position, e.enrolled_on,"
                              " e.attendance, e.score, e.certification, e.certified_on"
                              " FROM enrollment e JOIN trainee t ON t.id = e.trainee_id JOIN cohort c ON c.id = e.cohort_id"
                              " ORDER BY e.id");
    case ImportKind::Instructors:
        return QStringLiteral("SELECT code, name, email, phone, home_district, max_days_week, max_days_month, max_days_year"
                              " FROM instructor ORDER BY id");
    case ImportKind::Qualifications:
        return QStringLiteral("SELECT i.code, co.code, tr.name, q.level, q.valid_from, q.valid_until"
                              " FROM instructor_qualification q JOIN instructor i ON i.id = q.instructor_id"
                              " LEFT JOIN course co ON co.id = q.course_id LEFT JOIN track tr ON tr.id = q.track_id"
                              " ORDER BY q.id");
    case ImportKind::Leave:
        return QStringLiteral("SELECT i.code, l.start_date, l.end_date, l.reason FROM instructor_leave l"
                              " JOIN instructor i ON i.id = l.instructor_id ORDER BY l.id");
    case ImportKind::Cohorts:
        return QStringLiteral("SELECT c.code, co.code, v.name, c.mode, c.capacity, c.status, c.notes FROM cohort c"
                              " JOIN course co ON co.id = c.course_id LEFT JOIN venue v ON v.id = c.venue_id ORDER BY c.id");
    case ImportKind::Sessions:
        return QStringLiteral("SELECT c.code, s.day, s.slot FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id"
                              " ORDER BY s.id");
    case ImportKind::Calendar:
        return QStringLiteral("SELECT day, kind, name, name_zh FROM work_calendar ORDER BY day");
    }
    return {};
}

} // namespace

ImportContext loadContext(const QSqlDatabase &db, ImportKind kind)
{
    const ImportRules::Needs n = ImportRules::needs(kind);
    ImportContext c;
    if (n.tracks)
        c.tracks = Repository<Track>(db).loadAll();
    if (n.courses)
        c.courses = Repository<Course>(db).loadAll();
    if (n.venues)
        c.venues = Repository<Venue>(db).loadAll();
    if (n.instructors)
        c.instructors = Repository<Instructor>(db).loadAll();
    if (n.qualifications)
        c.qualifications = Repository<Qualification>(db).loadAll();
    if (n.leaves)
        c.leaves = Repository<Leave>(db).loadAll();
    if (n.cohorts)
        c.cohorts = Repository<Cohort>(db).loadAll();
    if (n.sessions)
        c.sessions = Repository<Session>(db).loadAll();
    if (n.trainees && kind != ImportKind::Trainees) {
        // Only what rows refer to trainees by (their id numbers) and the names the
        // enrollment rules' messages give.
        QSqlQuery q = Sql::prepare(db, QStringLiteral("SELECT id, id_number, name FROM trainee WHERE id_number IS NOT NULL"));
        Sql::exec(q);
        while (q.next()) {
            Trainee t;
            t.id = q.value(0).toLongLong();
            t.idNumber = q.value(1).toString();
            t.name = q.value(2).toString();
            c.trainees.push_back(std::move(t));
        }
    } else if (n.trainees) {
        c.trainees = Repository<Trainee>(db).loadAll();
    }
    if (n.enrollments)
        c.enrollments = Repository<Enrollment>(db).loadAll();
    if (n.calendar)
        c.calendar = Repository<CalendarDay>(db).loadAll();
    if (n.cohortSpans) {
        QSqlQuery q = Sql::prepare(db, QStringLiteral("SELECT cohort_id, min(day), max(day) FROM cohort_session GROUP BY cohort_id"));
        Sql::exec(q);
        while (q.next())
            c.cohortSpans.push_back({q.value(0).toLongLong(), Sql::toDate(q.value(1)), Sql::toDate(q.value(2))});
    }
    return c;
}

Writer::Writer(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_cache = SqlitePlatform::setCacheSize(m_db, 256 * 1024);
}

Writer::~Writer()
{
    try {
        SqlitePlatform::restoreCacheSize(m_db, m_cache);
    } catch (const StoreError &) {
        // The connection keeps the larger cache; nothing is lost.
    }
}

void Writer::write(const ImportBatch &batch)
{
    writeChanges(m_db, batch.trainees);
    writeChanges(m_db, batch.enrollments);
    writeChanges(m_db, batch.instructors);
    writeChanges(m_db, batch.qualifications);
    writeChanges(m_db, batch.leaves);
    writeChanges(m_db, batch.cohorts);
    writeChanges(m_db, batch.sessions);
    writeChanges(m_db, batch.calendar);
    if (!batch.seated.empty())
        writeChanges(m_db, RecordChanges<Enrollment>{{}, batch.seated});
}

void Writer::finish(ImportKind kind, const QString &source, int imported, int updated, int unchanged, int promoted)
{
    AuditEntry entry;
    entry.action = AuditAction::Import;
    entry.table = QLatin1String(tableOf(kind));
    QJsonObject note{{QStringLiteral("file"), source},
                     {QStringLiteral("kind"), toKey(kind)},
                     {QStringLiteral("imported"), imported},
                     {QStringLiteral("updated"), updated},
                     {QStringLiteral("unchanged"), unchanged}};
    if (promoted > 0)
        note.insert(QStringLiteral("promoted_from_waitlist"), promoted);
    entry.after = QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact));
    AuditLog(m_db).record(std::move(entry));
}

int exportRows(const QSqlDatabase &db, ImportKind kind, const std::function<bool(const QStringList &)> &row)
{
    QSqlQuery q = Sql::prepare(db, exportSql(kind));
    Sql::exec(q);
    const int columns = int(ImportRules::columns(kind).size());
    int count = 0;
    QStringList cells;
    while (q.next()) {
        cells.clear();
        for (int i = 0; i < columns; ++i) {
            const QVariant v = q.value(i);
            cells << (v.isNull() ? QString() : v.toString());
        }
        ++count;
        if (!row(cells))
            break;
    }
    return count;
}

int exportCount(const QSqlDatabase &db, ImportKind kind)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tableOf(kind)))).toInt();
}

} // namespace Planner::ImportStore

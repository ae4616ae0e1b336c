// SPDX-License-Identifier: GPL-3.0-or-later
#include "importstore.h"

#include "auditlog.h"
#include "recordmapping.h"
#include "repository.h"
#include "serverstore.h"
#include "sqliteplatform.h"
#include "sqlutil.h"
#include "storeerror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace Planner::ImportStore {

namespace {

using Store::Mapping;

// One statement run many times: through SQLite's C API on a plan file (several times
// faster per row), through Qt's driver on a server, where texts are bound as strings.
class Statement final
{
public:
    Statement(const QSqlDatabase &db, const QString &sql)
    {
        if (PlanFormat::isServer(db))
            m_query.emplace(Sql::prepare(db, sql));
        else
            m_bulk.emplace(db, sql);
    }
    void run(const QVariantList &values)
    {
        if (m_bulk)
            return m_bulk->run(values);
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query->bindValue(int(i), Sql::bindable(values.at(i)));
        Sql::exec(*m_query);
    }
    void runText(const QByteArrayView *utf8, std::size_t count)
    {
        if (m_bulk)
            return m_bulk->runText(utf8, count);
        for (std::size_t i = 0; i < count; ++i)
            m_query->bindValue(int(i), Sql::bindable(QString::fromUtf8(utf8[i])));
        Sql::exec(*m_query);
    }

private:
    std::optional<SqlitePlatform::BulkStatement> m_bulk;
    std::optional<QSqlQuery> m_query;
};

// Each record's History entry, written with prepared statements of many rows at once
// (fewer statements to run: the History of an import of 100,000 records is 100,000 rows).
// flush() writes what is still held; the entries keep the order they were added in.
class AuditWriter final
{
public:
    explicit AuditWriter(const QSqlDatabase &db)
        : m_one(db, insertSql(1)), m_many(db, insertSql(Rows)),
          m_at(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()),
          m_user(AuditLog::userOn(db).toUtf8())
    {
        for (std::size_t i = 0; i < m_actions.size(); ++i)
            m_actions[i] = toKey(AuditAction(i)).toUtf8();
        m_pending.reserve(Rows);
    }
    // before and after: the records' JSON (UTF-8), empty for none. Every text is bound as
    // UTF-8, which the file stores: nothing is converted per row.
    void add(AuditAction action, const char *table, const QByteArray &key, const QByteArray &before,
             const QByteArray &after)
    {
        m_pending.push_back({action, table, key, before, after});
        if (m_pending.size() == Rows)
            flush();
    }
    void flush()
    {
        auto bind = [this](const Pending &p, QByteArrayView *to) {
            to[0] = m_at;
            to[1] = m_user;
            to[2] = m_actions[std::size_t(p.action)];
            to[3] = p.table;
            to[4] = p.key;
            to[5] = p.before;
            to[6] = p.after;
        };
        if (m_pending.size() == Rows) {
            std::array<QByteArrayView, Rows * Columns> values;
            for (std::size_t i = 0; i < Rows; ++i)
                bind(m_pending[i], &values[i * Columns]);
            m_many.runText(values.data(), values.size());
        } else {
            for (const Pending &p : m_pending) {
                std::array<QByteArrayView, Columns> values;
                bind(p, values.data());
                m_one.runText(values.data(), values.size());
            }
        }
        m_pending.clear();
    }

private:
    static constexpr std::size_t Rows = 64;
    static constexpr std::size_t Columns = 7;
    static QString insertSql(std::size_t rows)
    {
        QString sql = QStringLiteral("INSERT INTO audit_log(at, \"user\", action, table_name, "
                                     "record_key, before, after) VALUES ");
        for (std::size_t i = 0; i < rows; ++i)
            sql += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?)")
                          : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?)");
        return sql;
    }
    struct Pending
    {
        AuditAction action;
        const char *table;
        QByteArray key;
        QByteArray before;
        QByteArray after;
    };
    Statement m_one;
    Statement m_many;
    QByteArray m_at;
    QByteArray m_user;
    std::array<QByteArray, EnumKeys<AuditAction>::keys.size()> m_actions;
    std::vector<Pending> m_pending;
};

// Records inserted by one statement (fewer statements to run; below SQLite's limit of
// bound values for every table).
constexpr std::size_t InsertRows = 32;

// An INSERT of rows records.
template <typename T> QString insertSql(std::size_t rows = 1)
{
    QStringList names;
    QStringList marks;
    for (const char *c : Mapping<T>::columns) {
        names << QLatin1String(c);
        marks << QStringLiteral("?");
    }
    const QString row = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    QStringList all;
    for (std::size_t i = 0; i < rows; ++i)
        all << row;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(QLatin1String(Mapping<T>::table), names.join(QLatin1String(", ")),
             all.join(QLatin1String(", ")));
}

template <typename T> QString keyConditionSql()
{
    QStringList keys;
    for (int i = 0; i < Mapping<T>::keyCount; ++i)
        keys << QStringLiteral("%1 = ?").arg(QLatin1String(Mapping<T>::columns[std::size_t(i)]));
    return keys.join(QLatin1String(" AND "));
}

template <typename T> QString updateSql()
{
    QStringList assignments;
    for (std::size_t i = Mapping<T>::keyCount; i < Mapping<T>::columns.size(); ++i)
        assignments << QStringLiteral("%1 = ?").arg(QLatin1String(Mapping<T>::columns[i]));
    return QStringLiteral("UPDATE %1 SET %2 WHERE %3")
        .arg(QLatin1String(Mapping<T>::table), assignments.join(QLatin1String(", ")),
             keyConditionSql<T>());
}

// The values of an UPDATE: the columns, then the key.
template <typename T> QVariantList updateValues(const QVariantList &values)
{
    QVariantList ordered = values.mid(Mapping<T>::keyCount);
    ordered += values.mid(0, Mapping<T>::keyCount);
    return ordered;
}

// New records get ids from next on, so that undo and redo know them.
template <typename T> void assignIds(std::vector<T> &inserts, Id &next)
{
    if constexpr (Mapping<T>::hasRowId) {
        for (T &record : inserts) {
            if (record.id == 0)
                Mapping<T>::setId(record, next++);
        }
    }
}

// How the texts of a batch are bound: as UTF-8 into a file (which stores them so:
// converted here, not by SQLite per row), as strings to a server.
enum class Texts { Utf8, Strings };

QVariantList bound(QVariantList values, Texts texts)
{
    if (texts == Texts::Utf8)
        for (QVariant &v : values)
            if (v.typeId() == QMetaType::QString && !v.isNull()) // a null string stays NULL
                v = v.toString().toUtf8();
    return values;
}

// One table's changes made ready to write: the statements, and per record the values to
// bind and its History entry (key, before, after), computed without the database.
template <typename T> PreparedTable prepareTable(const RecordChanges<T> &changes, Texts texts)
{
    PreparedTable t;
    t.table = Mapping<T>::table;
    if (!changes.inserts.empty()) {
        t.insertSql = insertSql<T>();
        if (changes.inserts.size() >= InsertRows)
            t.insertManySql = insertSql<T>(InsertRows);
        t.inserts.reserve(changes.inserts.size());
        for (const T &record : changes.inserts) {
            const QVariantList values = Mapping<T>::values(record);
            t.inserts.push_back({bound(values, texts),
                                 Store::keyText<T>(values).toUtf8(),
                                 {},
                                 Store::recordJsonUtf8<T>(values)});
        }
    }
    if (!changes.updates.empty()) {
        t.updateSql = updateSql<T>();
        t.updates.reserve(changes.updates.size());
        for (std::size_t i = 0; i < changes.updates.size(); ++i) {
            const QVariantList values = Mapping<T>::values(changes.updates[i]);
            t.updates.push_back(
                {bound(updateValues<T>(values), texts), Store::keyText<T>(values).toUtf8(),
                 i < changes.befores.size()
                     ? Store::recordJsonUtf8<T>(Mapping<T>::values(changes.befores[i]))
                     : QByteArray(),
                 Store::recordJsonUtf8<T>(values)});
        }
    }
    return t;
}

// Writes a prepared table (inserts, then updates) with their History entries.
void writeTable(const QSqlDatabase &db, const PreparedTable &t, AuditWriter &audit)
{
    std::size_t next = 0;
    if (t.inserts.size() >= InsertRows) {
        Statement insert(db, t.insertManySql);
        QVariantList values;
        for (; next + InsertRows <= t.inserts.size(); next += InsertRows) {
            values.clear();
            for (std::size_t i = next; i < next + InsertRows; ++i)
                values += t.inserts[i].values;
            insert.run(values);
        }
    }
    if (next < t.inserts.size()) {
        Statement insert(db, t.insertSql);
        for (std::size_t i = next; i < t.inserts.size(); ++i)
            insert.run(t.inserts[i].values);
    }
    for (const PreparedRow &row : t.inserts)
        audit.add(AuditAction::Insert, t.table, row.key, {}, row.after);
    if (!t.updates.empty()) {
        Statement update(db, t.updateSql);
        for (const PreparedRow &row : t.updates) {
            update.run(row.values);
            audit.add(AuditAction::Update, t.table, row.key, row.before, row.after);
        }
    }
}

// Undoes apply(): the updated records back as they were, the inserted ones deleted, in
// reverse order, each with its History entry.
template <typename T>
void revert(const QSqlDatabase &db, const RecordChanges<T> &changes, AuditWriter &audit)
{
    const char *table = Mapping<T>::table;
    if (!changes.updates.empty()) {
        Statement update(db, updateSql<T>());
        for (std::size_t i = changes.befores.size(); i-- > 0;) {
            const QVariantList values = Mapping<T>::values(changes.befores[i]);
            update.run(updateValues<T>(values));
            audit.add(AuditAction::Update, table, Store::keyText<T>(values).toUtf8(),
                      Store::recordJsonUtf8<T>(Mapping<T>::values(changes.updates[i])),
                      Store::recordJsonUtf8<T>(values));
        }
    }
    if (!changes.inserts.empty()) {
        Statement remove(db, QStringLiteral("DELETE FROM %1 WHERE %2")
                                 .arg(QLatin1String(table), keyConditionSql<T>()));
        for (auto it = changes.inserts.rbegin(); it != changes.inserts.rend(); ++it) {
            const QVariantList values = Mapping<T>::values(*it);
            remove.run(values.mid(0, Mapping<T>::keyCount));
            audit.add(AuditAction::Delete, table, Store::keyText<T>(values).toUtf8(),
                      Store::recordJsonUtf8<T>(values), {});
        }
    }
}

// The seats a batch gave, as changes of enrollments.
RecordChanges<Enrollment> seatsOf(const ImportBatch &batch)
{
    return RecordChanges<Enrollment>{{}, batch.seated, batch.seatedBefore};
}

// Calls f with each of batch's changes, in the order they are written.
template <typename F> void forEachChange(const ImportBatch &batch, F &&f)
{
    f(batch.trainees);
    f(batch.enrollments);
    f(batch.instructors);
    f(batch.qualifications);
    f(batch.leaves);
    f(batch.cohorts);
    f(batch.sessions);
    f(batch.calendar);
    f(seatsOf(batch));
}

void applyBatch(const QSqlDatabase &db, const ImportBatch &batch, AuditWriter &audit)
{
    const Texts texts = PlanFormat::isServer(db) ? Texts::Strings : Texts::Utf8;
    forEachChange(
        batch, [&](const auto &changes) { writeTable(db, prepareTable(changes, texts), audit); });
}

// On a server, where others write while the import runs: the records a batch changes
// must still be as the import read them (and stay so, locked until the commit), or
// nothing is written over them. A file has one writer at a time.
void requireAsRead(const QSqlDatabase &db, const ImportBatch &batch)
{
    if (!PlanFormat::isServer(db))
        return;
    forEachChange(batch, [&](const auto &changes) {
        using T = typename std::decay_t<decltype(changes.updates)>::value_type;
        if (!changes.befores.empty())
            Repository<T>(db).requireAsRead(changes.befores, changes.updates);
    });
}

// Undo's counterpart: on a server, the records an import wrote must still be as it
// wrote them before they are put back or deleted.
void requireAsWritten(const QSqlDatabase &db, const ImportBatch &batch)
{
    if (!PlanFormat::isServer(db))
        return;
    forEachChange(batch, [&](const auto &changes) {
        using T = typename std::decay_t<decltype(changes.updates)>::value_type;
        if (!changes.updates.empty())
            Repository<T>(db).requireAsRead(changes.updates, changes.befores);
        if (!changes.inserts.empty())
            Repository<T>(db).requireAsRead(changes.inserts);
    });
}

// On a server, new records take their ids from the table's identity (shared by every
// writer at once), on the writer's connection.
template <typename T> void takeServerIds(const QSqlDatabase &db, std::vector<T> &inserts)
{
    if constexpr (Mapping<T>::hasRowId) {
        const auto without = std::size_t(
            std::count_if(inserts.begin(), inserts.end(), [](const T &r) { return r.id == 0; }));
        if (without == 0)
            return;
        const std::vector<Id> ids = Repository<T>(db).newIds(without);
        auto next = ids.begin();
        for (T &record : inserts)
            if (record.id == 0)
                Mapping<T>::setId(record, *next++);
    }
}

void revertBatch(const QSqlDatabase &db, const ImportBatch &batch, AuditWriter &audit)
{
    revert(db, seatsOf(batch), audit);
    revert(db, batch.calendar, audit);
    revert(db, batch.sessions, audit);
    revert(db, batch.cohorts, audit);
    revert(db, batch.leaves, audit);
    revert(db, batch.qualifications, audit);
    revert(db, batch.instructors, audit);
    revert(db, batch.enrollments, audit);
    revert(db, batch.trainees, audit);
}

const char *tableOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Trainees:
        return Mapping<Trainee>::table;
    case ImportKind::Enrollments:
        return Mapping<Enrollment>::table;
    case ImportKind::Instructors:
        return Mapping<Instructor>::table;
    case ImportKind::Qualifications:
        return Mapping<Qualification>::table;
    case ImportKind::Leave:
        return Mapping<Leave>::table;
    case ImportKind::Cohorts:
        return Mapping<Cohort>::table;
    case ImportKind::Sessions:
        return Mapping<Session>::table;
    case ImportKind::Calendar:
        return Mapping<CalendarDay>::table;
    }
    return "";
}

QString exportSql(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Trainees:
        return QStringLiteral("SELECT coalesce(id_number, ''), id_type, name, employer, district, "
                              "email, phone FROM trainee ORDER BY id");
    case ImportKind::Enrollments:
        return QStringLiteral("SELECT coalesce(t.id_number, ''), c.code, e.status, "
                              "e.waitlist_position, e.enrolled_on,"
                              " e.attendance, e.score, e.certification, e.certified_on"
                              " FROM enrollment e JOIN trainee t ON t.id = e.trainee_id JOIN "
                              "cohort c ON c.id = e.cohort_id"
                              " ORDER BY e.id");
    case ImportKind::Instructors:
        return QStringLiteral("SELECT code, name, email, phone, home_district, max_days_week, "
                              "max_days_month, max_days_year"
                              " FROM instructor ORDER BY id");
    case ImportKind::Qualifications:
        return QStringLiteral(
            "SELECT i.code, co.code, tr.name, q.level, q.valid_from, q.valid_until"
            " FROM instructor_qualification q JOIN instructor i ON i.id = q.instructor_id"
            " LEFT JOIN course co ON co.id = q.course_id LEFT JOIN track tr ON tr.id = q.track_id"
            " ORDER BY q.id");
    case ImportKind::Leave:
        return QStringLiteral(
            "SELECT i.code, l.start_date, l.end_date, l.reason FROM instructor_leave l"
            " JOIN instructor i ON i.id = l.instructor_id ORDER BY l.id");
    case ImportKind::Cohorts:
        return QStringLiteral(
            "SELECT c.code, co.code, v.name, c.mode, c.capacity, c.status, c.notes FROM cohort c"
            " JOIN course co ON co.id = c.course_id LEFT JOIN venue v ON v.id = c.venue_id ORDER "
            "BY c.id");
    case ImportKind::Sessions:
        return QStringLiteral(
            "SELECT c.code, s.day, s.slot FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id"
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
        QSqlQuery q = Sql::prepare(
            db,
            QStringLiteral("SELECT id, id_number, name FROM trainee WHERE id_number IS NOT NULL"));
        Sql::exec(q);
        Sql::Reader row(q);
        while (row.next()) {
            Trainee t;
            t.id = row.id("id");
            t.idNumber = row.text("id_number");
            t.name = row.text("name");
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
        QSqlQuery q = Sql::prepare(
            db, QStringLiteral("SELECT cohort_id, min(day) AS first_day, max(day) AS last_day"
                               " FROM cohort_session GROUP BY cohort_id"));
        Sql::exec(q);
        Sql::Reader row(q);
        while (row.next())
            c.cohortSpans.push_back(
                {row.id("cohort_id"), row.date("first_day"), row.date("last_day")});
    }
    return c;
}

NextIds nextIds(const QSqlDatabase &db)
{
    NextIds ids;
    ids.trainee = Repository<Trainee>(db).maxId() + 1;
    ids.enrollment = Repository<Enrollment>(db).maxId() + 1;
    ids.instructor = Repository<Instructor>(db).maxId() + 1;
    ids.qualification = Repository<Qualification>(db).maxId() + 1;
    ids.leave = Repository<Leave>(db).maxId() + 1;
    ids.cohort = Repository<Cohort>(db).maxId() + 1;
    ids.session = Repository<Session>(db).maxId() + 1;
    return ids;
}

PreparedBatch PreparedBatch::made(ImportBatch batch, bool utf8)
{
    const Texts texts = utf8 ? Texts::Utf8 : Texts::Strings;
    PreparedBatch p;
    forEachChange(batch,
                  [&](const auto &changes) { p.m_tables.push_back(prepareTable(changes, texts)); });
    p.batch = std::move(batch);
    p.m_prepared = true;
    return p;
}

bool preparedWhileChecked(const QSqlDatabase &db)
{
    return !PlanFormat::isServer(db);
}

PreparedBatch unprepared(ImportBatch batch)
{
    PreparedBatch p;
    p.batch = std::move(batch);
    return p;
}

PreparedBatch prepare(ImportBatch batch, NextIds &ids)
{
    assignIds(batch.trainees.inserts, ids.trainee);
    assignIds(batch.enrollments.inserts, ids.enrollment);
    assignIds(batch.instructors.inserts, ids.instructor);
    assignIds(batch.qualifications.inserts, ids.qualification);
    assignIds(batch.leaves.inserts, ids.leave);
    assignIds(batch.cohorts.inserts, ids.cohort);
    assignIds(batch.sessions.inserts, ids.session);
    return PreparedBatch::made(std::move(batch), true);
}

Writer::Writer(QSqlDatabase db) : m_db(std::move(db)), m_server(PlanFormat::isServer(m_db))
{
    if (!m_server)
        m_cache = SqlitePlatform::setCacheSize(m_db, 256 * 1024);
}

Writer::~Writer()
{
    if (m_server)
        return;
    try {
        SqlitePlatform::restoreCacheSize(m_db, m_cache);
    } catch (const StoreError &) {
        // The connection keeps the larger cache; nothing is lost.
    }
}

void Writer::write(PreparedBatch batch)
{
    if (!batch.m_prepared) {
        ImportBatch &b = batch.batch;
        takeServerIds(m_db, b.trainees.inserts);
        takeServerIds(m_db, b.enrollments.inserts);
        takeServerIds(m_db, b.instructors.inserts);
        takeServerIds(m_db, b.qualifications.inserts);
        takeServerIds(m_db, b.leaves.inserts);
        takeServerIds(m_db, b.cohorts.inserts);
        takeServerIds(m_db, b.sessions.inserts);
        batch = PreparedBatch::made(std::move(b), !m_server);
    }
    requireAsRead(m_db, batch.batch);
    AuditWriter audit(m_db);
    for (const PreparedTable &table : batch.m_tables)
        writeTable(m_db, table, audit);
    audit.flush();
    // Kept for undo without what was computed to write it.
    m_applied->m_batches.push_back(std::move(batch.batch));
}

void AppliedImport::revert(const QSqlDatabase &db) const
{
    for (const ImportBatch &batch : m_batches)
        requireAsWritten(db, batch);
    AuditWriter audit(db);
    for (auto it = m_batches.rbegin(); it != m_batches.rend(); ++it)
        revertBatch(db, *it, audit);
    audit.flush();
}

void AppliedImport::reapply(const QSqlDatabase &db) const
{
    for (const ImportBatch &batch : m_batches)
        requireAsRead(db, batch);
    AuditWriter audit(db);
    for (const ImportBatch &batch : m_batches)
        applyBatch(db, batch, audit);
    audit.flush();
}

int AppliedImport::size() const
{
    int n = 0;
    for (const ImportBatch &batch : m_batches)
        n += batch.insertCount() + batch.updateCount() + int(batch.seated.size());
    return n;
}

void Writer::finish(ImportKind kind, const QString &source, int imported, int updated,
                    int unchanged, int promoted)
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
    if (m_server)
        ServerPlan::noteOwnTransaction(m_db);
}

int exportRows(const QSqlDatabase &db, ImportKind kind,
               const std::function<bool(const QStringList &)> &row)
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
    return Sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tableOf(kind))))
        .toInt();
}

} // namespace Planner::ImportStore

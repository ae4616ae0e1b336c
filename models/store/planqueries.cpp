// SPDX-License-Identifier: GPL-3.0-or-later
#include "planqueries.h"

#include "auditlog.h"
#include "capacityinputreader.h"
#include "conflictinputreader.h"
#include "recordmapping.h"
#include "repository.h"
#include "serverstore.h"
#include "sqlutil.h"

#include "domain/language.h"
#include "planning/coststats.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::PlanQueries)
};

} // namespace

using Store::columnList;
using Store::Mapping;

namespace {

// The first session day of each cohort: a cohort belongs to the year it starts in.
const char *const CohortSpan =
    "SELECT cohort_id, min(day) AS first_day, max(day) AS last_day, count(*) AS sessions, "
    "count(DISTINCT day) AS days FROM cohort_session GROUP BY cohort_id";

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery q = Sql::prepare(db, sql);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    Sql::exec(q);
    return q;
}

// The dates of a group_concat of ISO days ("2026-03-02,2026-03-03").
std::vector<QDate> datesOf(const QString &days)
{
    std::vector<QDate> dates;
    for (QStringView day : QStringView(days).split(QLatin1Char(','), Qt::SkipEmptyParts))
        dates.push_back(QDate::fromString(day.toString(), Qt::ISODate));
    return dates;
}

CertificationLevel certificationFromRank(int rank)
{
    switch (rank) {
    case 3:
        return CertificationLevel::Senior;
    case 2:
        return CertificationLevel::Intermediate;
    case 1:
        return CertificationLevel::Junior;
    default:
        return CertificationLevel::None;
    }
}

} // namespace

PlanQueries::PlanQueries(QSqlDatabase db) : m_db(std::move(db)) {}

std::vector<NamedRecord> PlanQueries::namedRecords() const
{
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral("SELECT 'track', id, '', name, name_zh FROM track "
                             "UNION ALL SELECT 'course', id, code, title, title_zh FROM course "
                             "UNION ALL SELECT 'venue', id, '', name, '' FROM venue "
                             "UNION ALL SELECT 'instructor', id, code, name, '' FROM instructor "
                             "UNION ALL SELECT 'cohort', id, code, '', '' FROM cohort "
                             "UNION ALL SELECT 'trainee', id, '', name, '' FROM trainee"));
    Sql::exec(q);
    std::vector<NamedRecord> records;
    while (q.next())
        records.push_back({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString()});
    return records;
}

PlanCounts PlanQueries::counts() const
{
    // Each count is named after the field it fills.
    const std::pair<const char *, int PlanCounts::*> fields[] = {
        {"track", &PlanCounts::tracks},
        {"course", &PlanCounts::courses},
        {"venue", &PlanCounts::venues},
        {"instructor", &PlanCounts::instructors},
        {"instructor_qualification", &PlanCounts::qualifications},
        {"instructor_leave", &PlanCounts::leaves},
        {"cohort", &PlanCounts::cohorts},
        {"cohort_session", &PlanCounts::sessions},
        {"cohort_instructor", &PlanCounts::cohortInstructors},
        {"trainee", &PlanCounts::trainees},
        {"enrollment", &PlanCounts::enrollments},
        {"target", &PlanCounts::targets},
        {"work_calendar", &PlanCounts::calendarDays},
        {"audit_log", &PlanCounts::auditEntries}};
    QStringList selects;
    for (const auto &[table, field] : fields)
        selects << QStringLiteral("(SELECT count(*) FROM %1) AS %1").arg(QLatin1String(table));
    QSqlQuery q = run(m_db, QStringLiteral("SELECT ") + selects.join(QStringLiteral(", ")));
    Sql::Reader row(q);
    PlanCounts c;
    if (row.next())
        for (const auto &[table, field] : fields)
            c.*field = row.integer(table);
    return c;
}

std::vector<int> PlanQueries::cohortYears() const
{
    QSqlQuery q = run(m_db, QStringLiteral("SELECT DISTINCT CAST(substr(first_day, 1, 4) AS "
                                           "INTEGER) AS year FROM (%1) AS span ORDER BY 1")
                                .arg(QLatin1String(CohortSpan)));
    Sql::Reader row(q);
    std::vector<int> years;
    while (row.next())
        years.push_back(row.integer("year"));
    return years;
}

std::vector<CohortSummary> PlanQueries::cohorts() const
{
    QSqlQuery q = run(
        m_db,
        QStringLiteral(
            "WITH span AS (%1),"
            " enr AS (SELECT cohort_id,"
            "   sum(CASE WHEN status IN ('enrolled', 'completed', 'failed') THEN 1 ELSE 0 END) AS "
            "enrolled,"
            "   sum(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END) AS waitlisted"
            "   FROM enrollment GROUP BY cohort_id),"
            " ins AS (SELECT ci.cohort_id, count(*) AS n,"
            "   max(CASE WHEN ci.role = 'lead' THEN i.name END) AS lead"
            "   FROM cohort_instructor ci JOIN instructor i ON i.id = ci.instructor_id"
            "   GROUP BY ci.cohort_id)"
            " SELECT %2, co.code AS course_code, co.title AS course_title,"
            "  co.title_zh AS course_title_zh, t.name AS track, t.name_zh AS track_zh,"
            "  t.colour AS track_colour, coalesce(v.name, '') AS venue,"
            "  coalesce(v.district, '') AS district, span.first_day, span.last_day,"
            "  coalesce(span.sessions, 0) AS sessions, coalesce(span.days, 0) AS days,"
            "  coalesce(enr.enrolled, 0) AS enrolled, coalesce(enr.waitlisted, 0) AS waitlisted,"
            "  coalesce(ins.lead, '') AS lead, coalesce(ins.n, 0) AS instructors"
            " FROM cohort c JOIN course co ON co.id = c.course_id"
            " JOIN track t ON t.id = co.track_id"
            " LEFT JOIN venue v ON v.id = c.venue_id LEFT JOIN span ON span.cohort_id = c.id"
            " LEFT JOIN enr ON enr.cohort_id = c.id LEFT JOIN ins ON ins.cohort_id = c.id"
            " ORDER BY span.first_day, c.code")
            .arg(QLatin1String(CohortSpan), columnList<Cohort>("c")));
    Sql::Reader row(q);
    std::vector<CohortSummary> rows;
    while (row.next()) {
        CohortSummary r;
        r.cohort = Mapping<Cohort>::read(q);
        r.courseCode = row.text("course_code");
        r.courseTitle = row.text("course_title");
        r.courseTitleZh = row.text("course_title_zh");
        r.track = row.text("track");
        r.trackZh = row.text("track_zh");
        r.trackColour = row.text("track_colour");
        r.venue = row.text("venue");
        r.district = row.text("district");
        r.start = row.date("first_day");
        r.end = row.date("last_day");
        r.sessions = row.integer("sessions");
        r.teachingDays = row.integer("days");
        r.enrolled = row.integer("enrolled");
        r.waitlisted = row.integer("waitlisted");
        r.leadInstructor = row.text("lead");
        r.instructors = row.integer("instructors");
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<InstructorSummary> PlanQueries::instructors(int year, QDate on) const
{
    const QVariant from = Sql::fromDate(QDate(year, 1, 1));
    const QVariant to = Sql::fromDate(QDate(year, 12, 31));
    // Qualifications are few (a few per instructor): compose their text here, translated.
    QHash<Id, InstructorSummary> extra;
    QSqlQuery quals = run(m_db, QStringLiteral("SELECT q.instructor_id, q.level, q.valid_until,"
                                               "  t.name AS track, t.name_zh AS track_zh,"
                                               "  co.code AS course_code"
                                               " FROM instructor_qualification q"
                                               " LEFT JOIN track t ON t.id = q.track_id"
                                               " LEFT JOIN course co ON co.id = q.course_id"
                                               " ORDER BY q.instructor_id, q.id"));
    Sql::Reader qual(quals);
    while (qual.next()) {
        InstructorSummary &s = extra[qual.id("instructor_id")];
        const auto level =
            fromKey<CourseLevel>(qual.text("level")).value_or(CourseLevel::Foundation);
        const QDate until = qual.date("valid_until");
        const QVariant track = qual.value("track");
        // In the language of the page: the track's own name in it, the words through the
        // translation ("Big Data ≤ Intermediate", "大数据 ≤ 中级").
        QString text = track.isNull()
                           ? qual.text("course_code")
                           : Tr::tr("%1 ≤ %2", "a track qualification up to a level")
                                 .arg(localizedName(track.toString(), qual.text("track_zh")),
                                      displayName(level));
        if (until.isValid())
            text += QStringLiteral(" (→ %1)").arg(until.toString(Qt::ISODate));
        if (!s.qualifications.isEmpty())
            s.qualifications += Tr::tr(", ", "between qualifications in a list");
        s.qualifications += text;
        ++s.qualificationCount;
        s.topLevel = std::max(s.topLevel, level);
        if (until.isValid() && until >= on && (!s.nextExpiry.isValid() || until < s.nextExpiry))
            s.nextExpiry = until;
    }
    QSqlQuery q = run(
        m_db,
        QStringLiteral(
            // The year's bounds are bound once, in p, and joined where needed.
            "WITH p AS (SELECT ? AS d0, ? AS d1),"
            " load AS (SELECT ci.instructor_id,"
            "   count(DISTINCT CASE WHEN s.day BETWEEN p.d0 AND p.d1 THEN ci.cohort_id END)"
            "     AS cohorts,"
            "   count(DISTINCT CASE WHEN s.day BETWEEN p.d0 AND p.d1 THEN s.day END) AS days"
            "   FROM p, cohort_instructor ci"
            "   JOIN cohort c ON c.id = ci.cohort_id AND c.status <> 'cancelled'"
            "   JOIN cohort_session s ON s.cohort_id = ci.cohort_id GROUP BY ci.instructor_id),"
            " lv AS (SELECT instructor_id,"
            "   sum(%2 + 1) AS days"
            "   FROM p, instructor_leave WHERE end_date >= p.d0 AND start_date <= p.d1"
            "   GROUP BY instructor_id)"
            " SELECT %1, coalesce(load.cohorts, 0) AS cohorts,"
            "  coalesce(load.days, 0) AS teaching_days, coalesce(lv.days, 0) AS leave_days"
            " FROM instructor i LEFT JOIN load ON load.instructor_id = i.id"
            " LEFT JOIN lv ON lv.instructor_id = i.id ORDER BY i.code")
            .arg(columnList<Instructor>("i"),
                 PlanFormat::dayDifference(
                     m_db,
                     PlanFormat::smaller(m_db, QStringLiteral("end_date"), QStringLiteral("p.d1")),
                     PlanFormat::larger(m_db, QStringLiteral("start_date"),
                                        QStringLiteral("p.d0")))),
        {from, to});
    Sql::Reader row(q);
    std::vector<InstructorSummary> rows;
    const std::vector<LevelRate> rates = levelRates();
    while (row.next()) {
        InstructorSummary r = extra.value(row.id("id"));
        r.instructor = Mapping<Instructor>::read(q);
        r.levelDayRate = CostStats::levelRate(r.topLevel, rates);
        r.cohorts = row.integer("cohorts");
        r.teachingDays = row.integer("teaching_days");
        r.leaveDays = int(row.real("leave_days"));
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<TraineeSummary> PlanQueries::trainees() const
{
    QSqlQuery q = run(
        m_db, QStringLiteral(
                  "WITH span AS (SELECT cohort_id, min(day) AS first_day FROM cohort_session"
                  "   GROUP BY cohort_id),"
                  " e AS (SELECT e.trainee_id, count(*) AS n,"
                  "   max(CASE e.certification WHEN 'senior' THEN 3 WHEN 'intermediate' THEN 2"
                  "       WHEN 'junior' THEN 1 ELSE 0 END) AS cert,"
                  "   max(coalesce(span.first_day, '') || '|' || c.code) AS latest"
                  "   FROM enrollment e JOIN cohort c ON c.id = e.cohort_id"
                  "   LEFT JOIN span ON span.cohort_id = c.id GROUP BY e.trainee_id)"
                  " SELECT %1, coalesce(e.n, 0) AS enrollments, coalesce(e.cert, 0) AS cert_rank,"
                  "  coalesce(e.latest, '') AS latest"
                  " FROM trainee t LEFT JOIN e ON e.trainee_id = t.id ORDER BY t.id")
                  .arg(columnList<Trainee>("t")));
    Sql::Reader row(q);
    std::vector<TraineeSummary> rows;
    while (row.next()) {
        TraineeSummary r;
        r.trainee = Mapping<Trainee>::read(q);
        r.enrollments = row.integer("enrollments");
        r.highestCertification = certificationFromRank(row.integer("cert_rank"));
        const QString latest = row.text("latest");
        const qsizetype bar = latest.indexOf(QLatin1Char('|'));
        if (bar >= 0) {
            r.latestStart = QDate::fromString(latest.left(bar), Qt::ISODate);
            r.latestCohort = latest.mid(bar + 1);
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<VenueSummary> PlanQueries::venues() const
{
    QSqlQuery q = run(
        m_db, QStringLiteral(
                  "WITH use AS (SELECT c.venue_id, count(DISTINCT c.id) AS cohorts,"
                  "   count(s.id) AS sessions"
                  "   FROM cohort c LEFT JOIN cohort_session s ON s.cohort_id = c.id"
                  "   WHERE c.status <> 'cancelled' AND c.venue_id IS NOT NULL GROUP BY c.venue_id)"
                  " SELECT %1, coalesce(use.cohorts, 0) AS cohorts,"
                  "  coalesce(use.sessions, 0) AS sessions"
                  " FROM venue v LEFT JOIN use ON use.venue_id = v.id"
                  " ORDER BY v.online, v.district, v.name")
                  .arg(columnList<Venue>("v")));
    Sql::Reader row(q);
    std::vector<VenueSummary> rows;
    while (row.next())
        rows.push_back({Mapping<Venue>::read(q), row.integer("cohorts"), row.integer("sessions")});
    return rows;
}

std::vector<CourseSummary> PlanQueries::courses() const
{
    QSqlQuery q = run(
        m_db, QStringLiteral(
                  "WITH use AS (SELECT c.course_id, count(*) AS cohorts FROM cohort c"
                  "   WHERE c.status <> 'cancelled' GROUP BY c.course_id),"
                  " cert AS (SELECT c.course_id, count(*) AS certified FROM enrollment e"
                  "   JOIN cohort c ON c.id = e.cohort_id WHERE e.certified_on IS NOT NULL"
                  "   GROUP BY c.course_id)"
                  " SELECT %1, t.name AS track, coalesce(use.cohorts, 0) AS cohorts,"
                  "  coalesce(cert.certified, 0) AS certified"
                  " FROM course co JOIN track t ON t.id = co.track_id"
                  " LEFT JOIN use ON use.course_id = co.id LEFT JOIN cert ON cert.course_id = co.id"
                  " ORDER BY co.code")
                  .arg(columnList<Course>("co")));
    Sql::Reader row(q);
    std::vector<CourseSummary> rows;
    while (row.next())
        rows.push_back({Mapping<Course>::read(q), row.text("track"), row.integer("cohorts"),
                        row.integer("certified")});
    return rows;
}

std::vector<Track> PlanQueries::tracks() const
{
    return Repository<Track>(m_db).loadAll();
}

std::vector<TargetSummary> PlanQueries::targets() const
{
    QHash<Id, Track> tracks;
    for (const Track &t : Repository<Track>(m_db).loadAll())
        tracks.insert(t.id, t);
    std::vector<TargetSummary> rows;
    for (const Target &t : Repository<Target>(m_db).loadAll()) {
        const Track track = tracks.value(t.trackId);
        rows.push_back({t, track.name, track.nameZh});
    }
    return rows;
}

std::vector<CalendarDay> PlanQueries::calendar() const
{
    return Repository<CalendarDay>(m_db).loadAll();
}

std::vector<GoToEntry> PlanQueries::goToEntries() const
{
    std::vector<GoToEntry> entries;
    // Each statement selects id, code and name, then the parts of the detail line: the
    // non-empty ones, " · " apart.
    auto read = [&](GoToKind kind, const QString &sql) {
        QSqlQuery q = run(m_db, sql);
        Sql::Reader row(q);
        const int columns = q.record().count();
        const int firstDetail = row.index("name") + 1;
        while (row.next()) {
            GoToEntry e;
            e.kind = kind;
            e.id = row.id("id");
            e.code = row.text("code");
            e.name = row.text("name");
            QStringList detail;
            for (int c = firstDetail; c < columns; ++c) {
                const QString part = q.value(c).toString();
                if (!part.isEmpty())
                    detail << part;
            }
            e.detail = detail.join(QStringLiteral(" · "));
            entries.push_back(std::move(e));
        }
    };
    read(GoToKind::Cohort,
         QStringLiteral("SELECT c.id, c.code, co.title AS name, co.title_zh, span.first_day, v.name"
                        " FROM cohort c JOIN course co ON co.id = c.course_id"
                        " LEFT JOIN venue v ON v.id = c.venue_id"
                        " LEFT JOIN (SELECT cohort_id, min(day) AS first_day FROM cohort_session"
                        "   GROUP BY cohort_id) span ON span.cohort_id = c.id"
                        " ORDER BY c.code"));
    read(GoToKind::Course, QStringLiteral("SELECT co.id, co.code, co.title AS name, co.title_zh,"
                                          "  t.name AS track"
                                          " FROM course co JOIN track t ON t.id = co.track_id"
                                          " ORDER BY co.code"));
    read(GoToKind::Instructor,
         QStringLiteral(
             "SELECT id, code, name, home_district, email FROM instructor ORDER BY code"));
    read(GoToKind::Venue,
         QStringLiteral("SELECT id, '' AS code, name, district, address FROM venue ORDER BY name"));
    read(GoToKind::Trainee,
         QStringLiteral(
             "SELECT id, id_number AS code, name, employer, district FROM trainee ORDER BY id"));
    return entries;
}

CohortRoster PlanQueries::cohortRoster(Id cohortId) const
{
    CohortRoster roster;
    QSqlQuery head =
        run(m_db,
            QStringLiteral("SELECT %1, co.code AS course_code, co.title AS course_title,"
                           "  co.title_zh AS course_title_zh,"
                           "  (SELECT min(day) FROM cohort_session WHERE cohort_id = c.id)"
                           "    AS first_day,"
                           "  (SELECT max(day) FROM cohort_session WHERE cohort_id = c.id)"
                           "    AS last_day"
                           " FROM cohort c JOIN course co ON co.id = c.course_id WHERE c.id = ?")
                .arg(columnList<Cohort>("c")),
            {cohortId});
    Sql::Reader cohort(head);
    if (!cohort.next())
        return roster;
    roster.cohort = Mapping<Cohort>::read(head);
    roster.courseCode = cohort.text("course_code");
    roster.courseTitle = cohort.text("course_title");
    roster.courseTitleZh = cohort.text("course_title_zh");
    roster.start = cohort.date("first_day");
    roster.end = cohort.date("last_day");
    QSqlQuery q = run(
        m_db,
        QStringLiteral("SELECT %1, t.name AS trainee_name, coalesce(t.id_number, '') AS id_number,"
                       "  t.employer, t.district"
                       " FROM enrollment e JOIN trainee t ON t.id = e.trainee_id"
                       " WHERE e.cohort_id = ?"
                       " ORDER BY CASE e.status WHEN 'waitlisted' THEN 1 WHEN 'withdrawn' THEN 2"
                       "  ELSE 0 END, e.waitlist_position, t.name, e.id")
            .arg(columnList<Enrollment>("e")),
        {cohortId});
    Sql::Reader row(q);
    while (row.next())
        roster.entries.push_back({Mapping<Enrollment>::read(q), row.text("trainee_name"),
                                  row.text("id_number"), row.text("employer"),
                                  row.text("district")});
    return roster;
}

std::vector<QDate> PlanQueries::sessionDays(Id cohortId) const
{
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT DISTINCT day FROM cohort_session WHERE cohort_id = ?"
                                     " ORDER BY day"),
                      {cohortId});
    std::vector<QDate> days;
    Sql::Reader row(q);
    while (row.next())
        days.push_back(row.date("day"));
    return days;
}

std::vector<CertificateEntry> PlanQueries::certificates(QDate from, QDate to) const
{
    QSqlQuery q = run(
        m_db,
        QStringLiteral("SELECT %1, t.name AS trainee_name, coalesce(t.id_number, '') AS id_number,"
                       "  t.employer, c.code AS cohort_code, co.code AS course_code,"
                       "  co.title AS course_title, co.title_zh AS course_title_zh,"
                       "  tr.id AS track_id, tr.name AS track, tr.name_zh AS track_zh"
                       " FROM enrollment e JOIN trainee t ON t.id = e.trainee_id"
                       " JOIN cohort c ON c.id = e.cohort_id JOIN course co ON co.id = c.course_id"
                       " JOIN track tr ON tr.id = co.track_id"
                       " WHERE e.certification IS NOT NULL AND e.certified_on BETWEEN ? AND ?"
                       " ORDER BY tr.name, CASE e.certification WHEN 'senior' THEN 0"
                       "  WHEN 'intermediate' THEN 1 ELSE 2 END, e.certified_on, t.name, e.id")
            .arg(columnList<Enrollment>("e")),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    std::vector<CertificateEntry> entries;
    Sql::Reader row(q);
    while (row.next())
        entries.push_back({Mapping<Enrollment>::read(q), row.text("trainee_name"),
                           row.text("id_number"), row.text("employer"), row.text("cohort_code"),
                           row.text("course_code"), row.text("course_title"),
                           row.text("course_title_zh"), row.id("track_id"), row.text("track"),
                           row.text("track_zh")});
    return entries;
}

TraineeHistory PlanQueries::traineeHistory(Id traineeId) const
{
    TraineeHistory history;
    Trainee key;
    key.id = traineeId;
    const auto trainee = Repository<Trainee>(m_db).find(key);
    if (!trainee)
        return history;
    history.trainee = *trainee;
    QSqlQuery q =
        run(m_db,
            QStringLiteral("SELECT %1, c.code AS cohort_code, co.code AS course_code,"
                           "  co.title AS course_title, co.title_zh AS course_title_zh,"
                           "  t.name AS track, t.name_zh AS track_zh, t.colour AS track_colour,"
                           "  (SELECT min(day) FROM cohort_session WHERE cohort_id = c.id)"
                           "    AS first_day,"
                           "  (SELECT max(day) FROM cohort_session WHERE cohort_id = c.id)"
                           "    AS last_day"
                           " FROM enrollment e JOIN cohort c ON c.id = e.cohort_id"
                           " JOIN course co ON co.id = c.course_id"
                           " JOIN track t ON t.id = co.track_id WHERE e.trainee_id = ?"
                           " ORDER BY first_day DESC, c.code")
                .arg(columnList<Enrollment>("e")),
            {traineeId});
    Sql::Reader row(q);
    while (row.next()) {
        TraineeHistoryEntry entry;
        entry.enrollment = Mapping<Enrollment>::read(q);
        entry.cohortCode = row.text("cohort_code");
        entry.courseCode = row.text("course_code");
        entry.courseTitle = row.text("course_title");
        entry.courseTitleZh = row.text("course_title_zh");
        entry.track = row.text("track");
        entry.trackZh = row.text("track_zh");
        entry.trackColour = row.text("track_colour");
        entry.start = row.date("first_day");
        entry.end = row.date("last_day");
        history.entries.push_back(std::move(entry));
    }
    return history;
}

InstructorSchedule PlanQueries::instructorSchedule(Id instructorId) const
{
    InstructorSchedule schedule;
    Instructor key;
    key.id = instructorId;
    if (const auto instructor = Repository<Instructor>(m_db).find(key))
        schedule.instructor = *instructor;
    QSqlQuery sessions = run(
        m_db,
        QStringLiteral("SELECT s.day, s.slot, c.id AS cohort_id, c.code AS cohort_code,"
                       "  co.title AS course_title, t.colour AS track_colour, ci.role"
                       " FROM cohort_instructor ci"
                       " JOIN cohort c ON c.id = ci.cohort_id AND c.status <> 'cancelled'"
                       " JOIN course co ON co.id = c.course_id JOIN track t ON t.id = co.track_id"
                       " JOIN cohort_session s ON s.cohort_id = c.id"
                       " WHERE ci.instructor_id = ? ORDER BY s.day, s.slot, c.code"),
        {instructorId});
    Sql::Reader session(sessions);
    while (session.next())
        schedule.sessions.push_back(
            {session.date("day"),
             fromKey<SessionSlot>(session.text("slot")).value_or(SessionSlot::Morning),
             session.id("cohort_id"), session.text("cohort_code"), session.text("course_title"),
             session.text("track_colour"),
             fromKey<InstructorRole>(session.text("role")).value_or(InstructorRole::Lead)});
    QSqlQuery leaves = run(m_db,
                           QStringLiteral("SELECT %1 FROM instructor_leave"
                                          " WHERE instructor_id = ? ORDER BY start_date")
                               .arg(columnList<Leave>()),
                           {instructorId});
    while (leaves.next())
        schedule.leaves.push_back(Mapping<Leave>::read(leaves));
    schedule.calendar = calendar();
    return schedule;
}

TimelineData PlanQueries::timeline(int year) const
{
    TimelineData data;
    data.year = year;
    const QVariantList bounds{Sql::fromDate(QDate(year, 1, 1)), Sql::fromDate(QDate(year, 12, 31))};
    // The year's cohorts, found through the (day, slot) index.
    const QString yearCohorts =
        QStringLiteral("SELECT DISTINCT cohort_id FROM cohort_session WHERE day BETWEEN ? AND ?");

    QSqlQuery cohorts = run(
        m_db,
        QStringLiteral(
            "WITH yc AS (%1),"
            " enr AS (SELECT e.cohort_id, count(*) AS seats"
            "   FROM enrollment e JOIN yc ON yc.cohort_id = e.cohort_id"
            "   WHERE e.status IN ('enrolled', 'completed', 'failed') GROUP BY e.cohort_id)"
            " SELECT c.id, c.code, c.course_id, co.code AS course_code, co.title AS course_title,"
            "  co.title_zh AS course_title_zh, t.id AS track_id, t.name AS track,"
            "  t.name_zh AS track_zh, t.colour AS track_colour,"
            "  coalesce(c.venue_id, 0) AS venue_id, coalesce(v.name, '') AS venue,"
            "  coalesce(v.district, '') AS district, c.mode, c.status, c.capacity,"
            "  coalesce(enr.seats, 0) AS seats"
            " FROM yc JOIN cohort c ON c.id = yc.cohort_id JOIN course co ON co.id = c.course_id"
            " JOIN track t ON t.id = co.track_id LEFT JOIN venue v ON v.id = c.venue_id"
            " LEFT JOIN enr ON enr.cohort_id = c.id")
            .arg(yearCohorts),
        bounds);
    Sql::Reader cohort(cohorts);
    QHash<Id, std::size_t> index;
    while (cohort.next()) {
        TimelineCohort c;
        c.id = cohort.id("id");
        c.code = cohort.text("code");
        c.courseId = cohort.id("course_id");
        c.courseCode = cohort.text("course_code");
        c.courseTitle = cohort.text("course_title");
        c.courseTitleZh = cohort.text("course_title_zh");
        c.trackId = cohort.id("track_id");
        c.trackName = cohort.text("track");
        c.trackNameZh = cohort.text("track_zh");
        c.trackColour = cohort.text("track_colour");
        c.venueId = cohort.id("venue_id");
        c.venueName = cohort.text("venue");
        c.venueDistrict = cohort.text("district");
        c.mode = fromKey<CohortMode>(cohort.text("mode")).value_or(CohortMode::InPerson);
        c.status = fromKey<CohortStatus>(cohort.text("status")).value_or(CohortStatus::Planned);
        c.capacity = cohort.integer("capacity");
        c.enrolled = cohort.integer("seats");
        index.insert(c.id, data.cohorts.size());
        data.cohorts.push_back(std::move(c));
    }

    // All sessions of those cohorts, also those outside the year.
    QSqlQuery sessions = run(m_db,
                             QStringLiteral("SELECT %1 FROM cohort_session WHERE cohort_id IN (%2)")
                                 .arg(columnList<Session>(), yearCohorts),
                             bounds);
    while (sessions.next()) {
        Session s = Mapping<Session>::read(sessions);
        const auto it = index.constFind(s.cohortId);
        if (it != index.cend())
            data.cohorts[*it].sessions.push_back(std::move(s));
    }

    QSqlQuery instructors = run(
        m_db,
        QStringLiteral("SELECT ci.cohort_id, i.id, i.name, ci.role FROM cohort_instructor ci"
                       " JOIN instructor i ON i.id = ci.instructor_id WHERE ci.cohort_id IN (%1)")
            .arg(yearCohorts),
        bounds);
    Sql::Reader instructor(instructors);
    while (instructor.next()) {
        const auto it = index.constFind(instructor.id("cohort_id"));
        if (it == index.cend())
            continue;
        data.cohorts[*it].instructors.push_back(
            {instructor.id("id"), instructor.text("name"),
             fromKey<InstructorRole>(instructor.text("role")).value_or(InstructorRole::Assistant)});
    }

    // Slots sort by their enum order (morning, afternoon, evening), not by their keys.
    QDate first(year, 1, 1);
    QDate last(year, 12, 31);
    for (TimelineCohort &c : data.cohorts) {
        std::sort(c.sessions.begin(), c.sessions.end(), [](const Session &a, const Session &b) {
            return std::pair(a.date, int(a.slot)) < std::pair(b.date, int(b.slot));
        });
        std::sort(c.instructors.begin(), c.instructors.end(),
                  [](const TimelineInstructor &a, const TimelineInstructor &b) {
                      return std::pair(int(a.role), a.name) < std::pair(int(b.role), b.name);
                  });
        if (!c.sessions.empty()) {
            first = std::min(first, c.sessions.front().date);
            last = std::max(last, c.sessions.back().date);
        }
    }
    std::sort(data.cohorts.begin(), data.cohorts.end(),
              [](const TimelineCohort &a, const TimelineCohort &b) {
                  return std::pair(a.start(), a.code) < std::pair(b.start(), b.code);
              });

    QSqlQuery calendar = run(m_db,
                             QStringLiteral("SELECT day, kind, name, name_zh FROM work_calendar "
                                            "WHERE day BETWEEN ? AND ? ORDER BY day"),
                             {Sql::fromDate(first), Sql::fromDate(last)});
    while (calendar.next())
        data.calendar.push_back(Mapping<CalendarDay>::read(calendar));
    return data;
}

std::vector<int> PlanQueries::planYears() const
{
    QSqlQuery q = run(m_db, QStringLiteral("SELECT year FROM target UNION"
                                           " SELECT CAST(substr(last_day, 1, 4) AS INTEGER)"
                                           " FROM (%1) AS span ORDER BY 1")
                                .arg(QLatin1String(CohortSpan)));
    Sql::Reader row(q);
    std::vector<int> years;
    while (row.next())
        years.push_back(row.integer("year"));
    return years;
}

CostFacts PlanQueries::costFacts(int year) const
{
    CostFacts facts;
    facts.year = year;
    const QVariant from = Sql::fromDate(QDate(year, 1, 1));
    const QVariant to = Sql::fromDate(QDate(year, 12, 31));

    QSqlQuery tracks = run(m_db,
                           QStringLiteral("SELECT t.id, t.name, t.name_zh, t.colour, tg.budget"
                                          " FROM track t LEFT JOIN target tg"
                                          "   ON tg.track_id = t.id AND tg.year = ?"
                                          " ORDER BY t.name"),
                           {year});
    Sql::Reader track(tracks);
    while (track.next())
        facts.tracks.push_back({track.id("id"), track.text("name"), track.text("name_zh"),
                                track.text("colour"), Sql::toOptionalInt(track.value("budget"))});

    // The year's cohorts through the sessions' (day, slot) index; each one's days through
    // the (cohort_id, day, slot) one.
    const QString yearCohorts = QStringLiteral(
        "yc AS (SELECT DISTINCT s.cohort_id FROM cohort_session s WHERE s.day BETWEEN ? AND ?)");
    QSqlQuery cohorts = run(
        m_db,
        QStringLiteral(
            "WITH %1,"
            " enr AS (SELECT e.cohort_id,"
            "   sum(CASE WHEN e.status IN ('enrolled', 'completed', 'failed') THEN 1 ELSE 0 END) "
            "AS participants,"
            "   sum(CASE WHEN e.status IN ('completed', 'failed') THEN 1 ELSE 0 END) AS examined"
            "   FROM enrollment e JOIN yc ON yc.cohort_id = e.cohort_id GROUP BY e.cohort_id)"
            " SELECT c.id, c.code, co.track_id, co.level, c.capacity,"
            "  coalesce(enr.participants, 0) AS participants,"
            "  coalesce(enr.examined, 0) AS examined, co.materials_fee, co.exam_fee,"
            "  (c.mode = 'online' OR coalesce(v.online, 0) = 1) AS online,"
            "  coalesce(v.day_rent, 0) AS day_rent, coalesce(v.seat_licence, 0) AS seat_licence,"
            "  (SELECT %2 FROM (SELECT DISTINCT day FROM cohort_session"
            "    WHERE cohort_id = c.id ORDER BY day) AS d) AS days"
            " FROM yc JOIN cohort c ON c.id = yc.cohort_id JOIN course co ON co.id = c.course_id"
            " LEFT JOIN venue v ON v.id = c.venue_id LEFT JOIN enr ON enr.cohort_id = c.id"
            " WHERE c.status <> 'cancelled' ORDER BY c.id")
            .arg(yearCohorts,
                 PlanFormat::orderedList(m_db, QStringLiteral("day"), QStringLiteral("day"))),
        {from, to});
    QHash<Id, std::size_t> cohortIndex;
    Sql::Reader cohort(cohorts);
    while (cohort.next()) {
        CohortCostFact f;
        f.cohortId = cohort.id("id");
        f.code = cohort.text("code");
        f.trackId = cohort.id("track_id");
        f.level = fromKey<CourseLevel>(cohort.text("level")).value_or(CourseLevel::Foundation);
        f.capacity = cohort.integer("capacity");
        f.participants = cohort.integer("participants");
        f.examined = cohort.integer("examined");
        f.materialsFee = cohort.id("materials_fee");
        f.examFee = cohort.id("exam_fee");
        f.online = cohort.integer("online") != 0;
        f.dayRent = cohort.id("day_rent");
        f.seatLicence = cohort.id("seat_licence");
        f.days = datesOf(cohort.text("days"));
        cohortIndex.insert(f.cohortId, facts.cohorts.size());
        facts.cohorts.push_back(std::move(f));
    }

    QSqlQuery assignments =
        run(m_db,
            QStringLiteral("WITH %1 SELECT ci.cohort_id, ci.instructor_id, ci.role"
                           " FROM yc JOIN cohort_instructor ci ON ci.cohort_id = yc.cohort_id")
                .arg(yearCohorts),
            {from, to});
    Sql::Reader assignment(assignments);
    while (assignment.next()) {
        const auto found = cohortIndex.constFind(assignment.id("cohort_id"));
        if (found == cohortIndex.cend())
            continue; // cancelled
        CohortCostFact &f = facts.cohorts[*found];
        f.instructors.push_back(assignment.id("instructor_id"));
        f.hasLead = f.hasLead || assignment.text("role") == QLatin1String("lead");
        facts.instructors.emplace(f.instructors.back(), InstructorCostFact{});
    }

    // Their own rates and the highest level they are qualified for (0..2), for those
    // assigned.
    QSqlQuery instructors =
        run(m_db,
            QStringLiteral(
                "WITH %1, yi AS (SELECT DISTINCT ci.instructor_id FROM yc"
                "   JOIN cohort_instructor ci ON ci.cohort_id = yc.cohort_id)"
                " SELECT i.id, i.day_rate,"
                "  (SELECT max(CASE q.level WHEN 'advanced' THEN 2 WHEN 'intermediate' THEN 1"
                "   ELSE 0 END) FROM instructor_qualification q WHERE q.instructor_id = i.id)"
                "   AS level"
                " FROM yi JOIN instructor i ON i.id = yi.instructor_id")
                .arg(yearCohorts),
            {from, to});
    Sql::Reader instructor(instructors);
    while (instructor.next()) {
        InstructorCostFact &f = facts.instructors[instructor.id("id")];
        f.dayRate = Sql::toOptionalInt(instructor.value("day_rate"));
        const QVariant level = instructor.value("level");
        if (!level.isNull())
            f.level = CourseLevel(std::clamp(level.toInt(), 0, 2));
    }

    facts.levelRates = levelRates();
    facts.fixedCosts = fixedCosts(year);
    return facts;
}

std::vector<CohortSnapshot> PlanQueries::cohortSnapshots(int year) const
{
    QSqlQuery q = run(
        m_db,
        QStringLiteral(
            "WITH yc AS (SELECT DISTINCT cohort_id FROM cohort_session WHERE day BETWEEN ? AND ?)"
            " SELECT c.code, co.code AS course, coalesce(v.name, '') AS venue,"
            "  (SELECT %1 FROM (SELECT DISTINCT day FROM cohort_session"
            "    WHERE cohort_id = c.id ORDER BY day) AS d) AS days,"
            "  (SELECT %2 FROM (SELECT i.code, ci.role = 'assistant' AS assistant"
            "    FROM cohort_instructor ci"
            "    JOIN instructor i ON i.id = ci.instructor_id WHERE ci.cohort_id = c.id"
            "    ORDER BY 2, 1) AS l) AS staff"
            " FROM yc JOIN cohort c ON c.id = yc.cohort_id JOIN course co ON co.id = c.course_id"
            " LEFT JOIN venue v ON v.id = c.venue_id WHERE c.status <> 'cancelled'"
            " ORDER BY c.code")
            .arg(PlanFormat::orderedList(m_db, QStringLiteral("day"), QStringLiteral("day")),
                 PlanFormat::orderedList(m_db, QStringLiteral("code"),
                                         QStringLiteral("assistant, code"))),
        {Sql::fromDate(QDate(year, 1, 1)), Sql::fromDate(QDate(year, 12, 31))});
    Sql::Reader row(q);
    std::vector<CohortSnapshot> rows;
    while (row.next()) {
        CohortSnapshot s;
        s.code = row.text("code");
        s.course = row.text("course");
        s.venue = row.text("venue");
        s.days = datesOf(row.text("days"));
        s.instructors = row.text("staff").split(QLatin1Char(','), Qt::SkipEmptyParts);
        rows.push_back(std::move(s));
    }
    return rows;
}

qint64 PlanQueries::instructorDayLimit() const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT coalesce(sum(max_days_year), 0) FROM instructor"))
        .toLongLong();
}

std::vector<LevelRate> PlanQueries::levelRates() const
{
    return Repository<LevelRate>(m_db).loadAll();
}

std::vector<FixedCost> PlanQueries::fixedCosts(int year) const
{
    std::vector<FixedCost> costs = Repository<FixedCost>(m_db).loadWhere("year", {year});
    std::sort(costs.begin(), costs.end(),
              [](const FixedCost &a, const FixedCost &b) { return a.name < b.name; });
    return costs;
}

ProgressFacts PlanQueries::progressFacts(int year, QDate asOf) const
{
    ProgressFacts facts;
    facts.year = year;
    const QVariant from = Sql::fromDate(QDate(year, 1, 1));
    const QVariant to = Sql::fromDate(QDate(year, 12, 31));

    QSqlQuery tracks = run(m_db,
                           QStringLiteral("SELECT t.id, t.name, t.name_zh, t.colour,"
                                          "  coalesce(tg.trainees, 0) AS trainees,"
                                          "  coalesce(tg.certified, 0) AS certified"
                                          " FROM track t LEFT JOIN target tg"
                                          "   ON tg.track_id = t.id AND tg.year = ?"
                                          " ORDER BY t.name"),
                           {year});
    Sql::Reader track(tracks);
    while (track.next())
        facts.tracks.push_back({track.id("id"), track.text("name"), track.text("name_zh"),
                                track.text("colour"), track.integer("trainees"),
                                track.integer("certified")});

    // Only the enrollments of the year's cohorts are counted, through the
    // (cohort_id, status) index.
    QSqlQuery cohorts = run(
        m_db,
        QStringLiteral(
            // A cohort ending in the year meets in it: the spans of those only, through the
            // (day, slot) and (cohort_id, day, slot) indexes, not of the whole plan.
            "WITH p AS (SELECT ? AS d0, ? AS d1),"
            " span AS (SELECT cohort_id, min(day) AS first_day, max(day) AS last_day"
            "   FROM cohort_session WHERE cohort_id IN (SELECT DISTINCT s.cohort_id"
            "     FROM cohort_session s, p WHERE s.day BETWEEN p.d0 AND p.d1)"
            "   GROUP BY cohort_id),"
            " yc AS (SELECT span.* FROM span, p WHERE span.last_day BETWEEN p.d0 AND p.d1),"
            " enr AS (SELECT e.cohort_id, sum(CASE WHEN e.status = 'enrolled' THEN 1 ELSE 0 END) "
            "AS enrolled,"
            "   sum(CASE WHEN e.status = 'completed' THEN 1 ELSE 0 END) AS completed, sum(CASE "
            "WHEN e.status = 'failed' THEN 1 ELSE 0 END) AS failed,"
            "   sum(CASE WHEN e.status = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn,"
            "   sum(CASE WHEN e.status = 'waitlisted' THEN 1 ELSE 0 END) AS waitlisted"
            "   FROM enrollment e JOIN yc ON yc.cohort_id = e.cohort_id GROUP BY e.cohort_id)"
            " SELECT c.id, co.track_id, coalesce(v.district, '') AS district, yc.first_day,"
            "  yc.last_day, c.status, c.capacity, coalesce(enr.enrolled, 0) AS enrolled,"
            "  coalesce(enr.completed, 0) AS completed, coalesce(enr.failed, 0) AS failed,"
            "  coalesce(enr.withdrawn, 0) AS withdrawn, coalesce(enr.waitlisted, 0) AS waitlisted"
            " FROM yc JOIN cohort c ON c.id = yc.cohort_id JOIN course co ON co.id = c.course_id"
            " LEFT JOIN venue v ON v.id = c.venue_id LEFT JOIN enr ON enr.cohort_id = c.id"
            " WHERE c.status <> 'cancelled' ORDER BY yc.last_day, c.id"),
        {from, to});
    Sql::Reader cohort(cohorts);
    while (cohort.next()) {
        CohortProgressFact f;
        f.cohortId = cohort.id("id");
        f.trackId = cohort.id("track_id");
        f.district = cohort.text("district");
        f.start = cohort.date("first_day");
        f.end = cohort.date("last_day");
        f.status = fromKey<CohortStatus>(cohort.text("status")).value_or(CohortStatus::Planned);
        f.capacity = cohort.integer("capacity");
        f.enrolled = cohort.integer("enrolled");
        f.completed = cohort.integer("completed");
        f.failed = cohort.integer("failed");
        f.withdrawn = cohort.integer("withdrawn");
        f.waitlisted = cohort.integer("waitlisted");
        facts.cohorts.push_back(std::move(f));
    }

    QSqlQuery certificates = run(
        m_db,
        QStringLiteral("SELECT co.track_id, coalesce(v.district, '') AS district,"
                       "  CAST(substr(e.certified_on, 6, 2) AS INTEGER) AS month,"
                       "  count(*) AS certified"
                       " FROM enrollment e JOIN cohort c ON c.id = e.cohort_id"
                       " JOIN course co ON co.id = c.course_id"
                       " LEFT JOIN venue v ON v.id = c.venue_id"
                       " WHERE e.certified_on BETWEEN ? AND ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"),
        {from, to});
    Sql::Reader certificate(certificates);
    while (certificate.next())
        facts.certifications.push_back({certificate.id("track_id"), certificate.text("district"),
                                        certificate.integer("month"),
                                        certificate.integer("certified")});

    // The rates come from the cohorts that finished in the twelve months before asOf.
    QSqlQuery history = run(
        m_db,
        QStringLiteral("WITH p AS (SELECT ? AS h0, ? AS h1),"
                       " hc AS (SELECT cohort_id FROM (SELECT cohort_id, max(day) AS last_day"
                       "   FROM cohort_session WHERE cohort_id IN (SELECT DISTINCT s.cohort_id"
                       "     FROM cohort_session s, p WHERE s.day BETWEEN p.h0 AND p.h1)"
                       "   GROUP BY cohort_id) AS ends, p WHERE last_day BETWEEN p.h0 AND p.h1)"
                       " SELECT co.track_id, sum(CASE WHEN e.status = 'completed' THEN 1 ELSE 0 "
                       "END) AS completed,"
                       "  sum(CASE WHEN e.status = 'failed' THEN 1 ELSE 0 END) AS failed, sum(CASE "
                       "WHEN e.status = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn,"
                       "  sum(CASE WHEN e.certified_on IS NOT NULL THEN 1 ELSE 0 END) AS certified"
                       " FROM hc JOIN enrollment e ON e.cohort_id = hc.cohort_id"
                       " JOIN cohort c ON c.id = hc.cohort_id"
                       " JOIN course co ON co.id = c.course_id WHERE c.status <> 'cancelled'"
                       " GROUP BY co.track_id ORDER BY co.track_id"),
        {Sql::fromDate(asOf.addDays(-365)), Sql::fromDate(asOf.addDays(-1))});
    Sql::Reader past(history);
    while (past.next())
        facts.history.push_back({past.id("track_id"), past.integer("completed"),
                                 past.integer("failed"), past.integer("withdrawn"),
                                 past.integer("certified")});

    QSqlQuery load =
        run(m_db,
            QStringLiteral(
                "WITH p AS (SELECT ? AS d0, ? AS d1),"
                " days AS (SELECT DISTINCT ci.instructor_id, s.day FROM p, cohort_instructor ci"
                "   JOIN cohort c ON c.id = ci.cohort_id AND c.status <> 'cancelled'"
                "   JOIN cohort_session s ON s.cohort_id = ci.cohort_id"
                "   WHERE s.day BETWEEN p.d0 AND p.d1),"
                " monthly AS (SELECT instructor_id, CAST(substr(day, 6, 2) AS INTEGER) AS month,"
                "   count(*) AS n FROM days GROUP BY 1, 2)"
                " SELECT i.id, i.code, i.name, i.max_days_month, i.max_days_year, monthly.month,"
                "  monthly.n AS days"
                " FROM instructor i LEFT JOIN monthly ON monthly.instructor_id = i.id"
                " ORDER BY i.code, monthly.month"),
            {from, to});
    Sql::Reader row(load);
    while (row.next()) {
        const Id id = row.id("id");
        if (facts.instructors.empty() || facts.instructors.back().instructorId != id) {
            InstructorLoadFact f;
            f.instructorId = id;
            f.code = row.text("code");
            f.name = row.text("name");
            f.maxDaysPerMonth = row.integer("max_days_month");
            f.maxDaysPerYear = row.integer("max_days_year");
            facts.instructors.push_back(std::move(f));
        }
        const int month = row.integer("month");
        if (month >= 1 && month <= 12)
            facts.instructors.back().days[std::size_t(month - 1)] = row.integer("days");
    }
    return facts;
}

std::map<Id, int> PlanQueries::seatHolders() const
{
    QSqlQuery q =
        run(m_db, QStringLiteral(
                      "SELECT cohort_id, count(*) AS seats FROM enrollment"
                      " WHERE status IN ('enrolled', 'completed', 'failed') GROUP BY cohort_id"));
    Sql::Reader row(q);
    std::map<Id, int> result;
    while (row.next())
        result.emplace(row.id("cohort_id"), row.integer("seats"));
    return result;
}

std::vector<YearTrackFact> PlanQueries::yearTrackFacts() const
{
    QSqlQuery q = run(
        m_db,
        QStringLiteral(
            "WITH span AS (SELECT cohort_id, max(day) AS last_day FROM cohort_session"
            "   GROUP BY cohort_id),"
            " cy AS (SELECT c.id, co.track_id,"
            "   CAST(substr(span.last_day, 1, 4) AS INTEGER) AS year, c.capacity"
            "   FROM cohort c JOIN course co ON co.id = c.course_id"
            "   JOIN span ON span.cohort_id = c.id WHERE c.status <> 'cancelled'),"
            " cap AS (SELECT year, track_id, sum(capacity) AS seats FROM cy GROUP BY 1, 2),"
            " tr AS (SELECT cy.year, cy.track_id, count(*) AS trained FROM enrollment e"
            "   JOIN cy ON cy.id = e.cohort_id WHERE e.status = 'completed' GROUP BY 1, 2),"
            " cert AS (SELECT CAST(substr(e.certified_on, 1, 4) AS INTEGER) AS year, co.track_id,"
            "   count(*) AS certified FROM enrollment e JOIN cohort c ON c.id = e.cohort_id"
            "   JOIN course co ON co.id = c.course_id WHERE e.certified_on IS NOT NULL"
            "   GROUP BY 1, 2),"
            " keys AS (SELECT year, track_id FROM target UNION SELECT year, track_id FROM cap"
            "   UNION SELECT year, track_id FROM cert)"
            " SELECT k.year, k.track_id, coalesce(tg.trainees, 0) AS target_trainees,"
            "  coalesce(tg.certified, 0) AS target_certified, coalesce(cap.seats, 0) AS seats,"
            "  coalesce(tr.trained, 0) AS trained, coalesce(cert.certified, 0) AS certified"
            " FROM keys k LEFT JOIN target tg ON tg.year = k.year AND tg.track_id = k.track_id"
            " LEFT JOIN cap ON cap.year = k.year AND cap.track_id = k.track_id"
            " LEFT JOIN tr ON tr.year = k.year AND tr.track_id = k.track_id"
            " LEFT JOIN cert ON cert.year = k.year AND cert.track_id = k.track_id"
            " ORDER BY k.year, k.track_id"));
    Sql::Reader row(q);
    std::vector<YearTrackFact> facts;
    while (row.next())
        facts.push_back({row.integer("year"), row.id("track_id"), row.integer("target_trainees"),
                         row.integer("target_certified"), row.integer("seats"),
                         row.integer("trained"), row.integer("certified")});
    return facts;
}

CapacityInput PlanQueries::capacityInput(int year, int *historyYear,
                                         std::map<Id, CapacityAssumptions> *history) const
{
    return loadCapacityInput(m_db, year, historyYear, history);
}

ConflictInput PlanQueries::conflictInput() const
{
    return loadConflictInput(m_db);
}

ConflictInput PlanQueries::conflictInput(QDate first, QDate last) const
{
    return loadConflictInput(m_db, first, last);
}

std::map<std::pair<Id, Id>, int> PlanQueries::coursePreferences() const
{
    return loadCoursePreferences(m_db);
}

void writePlanData(QSqlDatabase &db, const PlanData &plan, AuditAction action, const QString &note)
{
    Repository<Track>(db).insertBulk(plan.tracks);
    Repository<Course>(db).insertBulk(plan.courses);
    Repository<Venue>(db).insertBulk(plan.venues);
    Repository<Instructor>(db).insertBulk(plan.instructors);
    Repository<Qualification>(db).insertBulk(plan.qualifications);
    Repository<Leave>(db).insertBulk(plan.leaves);
    Repository<Cohort>(db).insertBulk(plan.cohorts);
    Repository<Session>(db).insertBulk(plan.sessions);
    Repository<CohortInstructor>(db).insertBulk(plan.cohortInstructors);
    Repository<Trainee>(db).insertBulk(plan.trainees);
    Repository<Enrollment>(db).insertBulk(plan.enrollments);
    Repository<Target>(db).insertBulk(plan.targets);
    Repository<CalendarDay>(db).insertBulk(plan.calendar);
    Repository<LevelRate>(db).insertBulk(plan.levelRates);
    Repository<FixedCost>(db).insertBulk(plan.fixedCosts);

    QJsonObject summary{{QStringLiteral("note"), note},
                        {QStringLiteral("cohorts"), qint64(plan.cohorts.size())},
                        {QStringLiteral("sessions"), qint64(plan.sessions.size())},
                        {QStringLiteral("trainees"), qint64(plan.trainees.size())},
                        {QStringLiteral("enrollments"), qint64(plan.enrollments.size())}};
    AuditEntry entry;
    entry.action = action;
    entry.after = QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
    AuditLog(db).record(std::move(entry));
}

PlanData readPlanData(const QSqlDatabase &db)
{
    PlanData plan;
    plan.tracks = Repository<Track>(db).loadAll();
    plan.courses = Repository<Course>(db).loadAll();
    plan.venues = Repository<Venue>(db).loadAll();
    plan.instructors = Repository<Instructor>(db).loadAll();
    plan.qualifications = Repository<Qualification>(db).loadAll();
    plan.leaves = Repository<Leave>(db).loadAll();
    plan.cohorts = Repository<Cohort>(db).loadAll();
    plan.sessions = Repository<Session>(db).loadAll();
    plan.cohortInstructors = Repository<CohortInstructor>(db).loadAll();
    plan.trainees = Repository<Trainee>(db).loadAll();
    plan.enrollments = Repository<Enrollment>(db).loadAll();
    plan.targets = Repository<Target>(db).loadAll();
    plan.calendar = Repository<CalendarDay>(db).loadAll();
    plan.levelRates = Repository<LevelRate>(db).loadAll();
    plan.fixedCosts = Repository<FixedCost>(db).loadAll();
    return plan;
}

} // namespace Planner

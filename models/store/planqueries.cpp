// SPDX-License-Identifier: GPL-3.0-or-later
#include "planqueries.h"

#include "auditlog.h"
#include "recordmapping.h"
#include "repository.h"
#include "sqlutil.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace Planner {

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

PlanCounts PlanQueries::counts() const
{
    QSqlQuery q =
        run(m_db, QStringLiteral(
                      "SELECT (SELECT count(*) FROM track), (SELECT count(*) FROM course),"
                      " (SELECT count(*) FROM venue), (SELECT count(*) FROM instructor),"
                      " (SELECT count(*) FROM instructor_qualification), (SELECT count(*) FROM "
                      "instructor_leave),"
                      " (SELECT count(*) FROM cohort), (SELECT count(*) FROM cohort_session),"
                      " (SELECT count(*) FROM cohort_instructor), (SELECT count(*) FROM trainee),"
                      " (SELECT count(*) FROM enrollment), (SELECT count(*) FROM target),"
                      " (SELECT count(*) FROM work_calendar), (SELECT count(*) FROM audit_log)"));
    PlanCounts c;
    if (q.next()) {
        int i = 0;
        for (int *field : {&c.tracks, &c.courses, &c.venues, &c.instructors, &c.qualifications,
                           &c.leaves, &c.cohorts, &c.sessions, &c.cohortInstructors, &c.trainees,
                           &c.enrollments, &c.targets, &c.calendarDays, &c.auditEntries})
            *field = q.value(i++).toInt();
    }
    return c;
}

std::vector<int> PlanQueries::cohortYears() const
{
    QSqlQuery q =
        run(m_db, QStringLiteral("SELECT DISTINCT CAST(substr(first_day, 1, 4) AS INTEGER) "
                                 "FROM (%1) ORDER BY 1")
                      .arg(QLatin1String(CohortSpan)));
    std::vector<int> years;
    while (q.next())
        years.push_back(q.value(0).toInt());
    return years;
}

std::vector<CohortSummary> PlanQueries::cohorts() const
{
    QSqlQuery q = run(
        m_db,
        QStringLiteral(
            "WITH span AS (%1),"
            " enr AS (SELECT cohort_id, sum(status IN ('enrolled', 'completed', 'failed')) AS "
            "enrolled,"
            "   sum(status = 'waitlisted') AS waitlisted FROM enrollment GROUP BY cohort_id),"
            " ins AS (SELECT ci.cohort_id, count(*) AS n,"
            "   max(CASE WHEN ci.role = 'lead' THEN i.name END) AS lead"
            "   FROM cohort_instructor ci JOIN instructor i ON i.id = ci.instructor_id"
            "   GROUP BY ci.cohort_id)"
            " SELECT c.id, c.course_id, c.code, c.venue_id, c.mode, c.capacity, c.status, c.notes,"
            "  co.code, co.title, t.name, t.colour, coalesce(v.name, ''), coalesce(v.district, ''),"
            "  span.first_day, span.last_day, coalesce(span.sessions, 0), coalesce(span.days, 0),"
            "  coalesce(enr.enrolled, 0), coalesce(enr.waitlisted, 0), coalesce(ins.lead, ''),"
            "  coalesce(ins.n, 0), co.title_zh, t.name_zh"
            " FROM cohort c JOIN course co ON co.id = c.course_id JOIN track t ON t.id = "
            "co.track_id"
            " LEFT JOIN venue v ON v.id = c.venue_id LEFT JOIN span ON span.cohort_id = c.id"
            " LEFT JOIN enr ON enr.cohort_id = c.id LEFT JOIN ins ON ins.cohort_id = c.id"
            " ORDER BY span.first_day, c.code")
            .arg(QLatin1String(CohortSpan)));
    std::vector<CohortSummary> rows;
    while (q.next()) {
        CohortSummary r;
        r.cohort = Mapping<Cohort>::read(q);
        r.courseCode = q.value(8).toString();
        r.courseTitle = q.value(9).toString();
        r.track = q.value(10).toString();
        r.trackColour = q.value(11).toString();
        r.venue = q.value(12).toString();
        r.district = q.value(13).toString();
        r.start = Sql::toDate(q.value(14));
        r.end = Sql::toDate(q.value(15));
        r.sessions = q.value(16).toInt();
        r.teachingDays = q.value(17).toInt();
        r.enrolled = q.value(18).toInt();
        r.waitlisted = q.value(19).toInt();
        r.leadInstructor = q.value(20).toString();
        r.instructors = q.value(21).toInt();
        r.courseTitleZh = q.value(22).toString();
        r.trackZh = q.value(23).toString();
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
    QSqlQuery quals = run(
        m_db, QStringLiteral(
                  "SELECT q.instructor_id, q.level, q.valid_until, t.name, co.code"
                  " FROM instructor_qualification q LEFT JOIN track t ON t.id = q.track_id"
                  " LEFT JOIN course co ON co.id = q.course_id ORDER BY q.instructor_id, q.id"));
    while (quals.next()) {
        InstructorSummary &s = extra[quals.value(0).toLongLong()];
        const auto level =
            fromKey<CourseLevel>(quals.value(1).toString()).value_or(CourseLevel::Foundation);
        const QDate until = Sql::toDate(quals.value(2));
        QString text =
            quals.value(3).isNull()
                ? quals.value(4).toString()
                : QStringLiteral("%1 ≤ %2").arg(quals.value(3).toString(), displayName(level));
        if (until.isValid())
            text += QStringLiteral(" (→ %1)").arg(until.toString(Qt::ISODate));
        if (!s.qualifications.isEmpty())
            s.qualifications += QStringLiteral(", ");
        s.qualifications += text;
        ++s.qualificationCount;
        if (until.isValid() && until >= on && (!s.nextExpiry.isValid() || until < s.nextExpiry))
            s.nextExpiry = until;
    }
    QSqlQuery q = run(
        m_db,
        QStringLiteral(
            // The year's bounds are bound once, in p, and joined where needed.
            "WITH p AS (SELECT ? AS d0, ? AS d1),"
            " load AS (SELECT ci.instructor_id,"
            "   count(DISTINCT CASE WHEN s.day BETWEEN p.d0 AND p.d1 THEN ci.cohort_id END) AS "
            "cohorts,"
            "   count(DISTINCT CASE WHEN s.day BETWEEN p.d0 AND p.d1 THEN s.day END) AS days"
            "   FROM p, cohort_instructor ci JOIN cohort c ON c.id = ci.cohort_id AND c.status <> "
            "'cancelled'"
            "   JOIN cohort_session s ON s.cohort_id = ci.cohort_id GROUP BY ci.instructor_id),"
            " lv AS (SELECT instructor_id,"
            "   sum(julianday(min(end_date, p.d1)) - julianday(max(start_date, p.d0)) + 1) AS days"
            "   FROM p, instructor_leave WHERE end_date >= p.d0 AND start_date <= p.d1 GROUP BY "
            "instructor_id)"
            " SELECT i.id, i.code, i.name, i.email, i.phone, i.home_district, i.max_days_week,"
            "  i.max_days_month, i.max_days_year, coalesce(load.cohorts, 0), coalesce(load.days, "
            "0),"
            "  coalesce(lv.days, 0)"
            " FROM instructor i LEFT JOIN load ON load.instructor_id = i.id"
            " LEFT JOIN lv ON lv.instructor_id = i.id ORDER BY i.code"),
        {from, to});
    std::vector<InstructorSummary> rows;
    while (q.next()) {
        InstructorSummary r = extra.value(q.value(0).toLongLong());
        r.instructor = Mapping<Instructor>::read(q);
        r.cohorts = q.value(9).toInt();
        r.teachingDays = q.value(10).toInt();
        r.leaveDays = int(q.value(11).toDouble());
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<TraineeSummary> PlanQueries::trainees() const
{
    QSqlQuery q =
        run(m_db, QStringLiteral(
                      "WITH span AS (SELECT cohort_id, min(day) AS first_day FROM cohort_session "
                      "GROUP BY cohort_id),"
                      " e AS (SELECT e.trainee_id, count(*) AS n,"
                      "   max(CASE e.certification WHEN 'senior' THEN 3 WHEN 'intermediate' THEN 2"
                      "       WHEN 'junior' THEN 1 ELSE 0 END) AS cert,"
                      "   max(coalesce(span.first_day, '') || '|' || c.code) AS latest"
                      "   FROM enrollment e JOIN cohort c ON c.id = e.cohort_id"
                      "   LEFT JOIN span ON span.cohort_id = c.id GROUP BY e.trainee_id)"
                      " SELECT t.id, t.id_number, t.name, t.employer, t.district, t.email, "
                      "t.phone, t.id_type,"
                      "  coalesce(e.n, 0), coalesce(e.cert, 0), coalesce(e.latest, '')"
                      " FROM trainee t LEFT JOIN e ON e.trainee_id = t.id ORDER BY t.id"));
    std::vector<TraineeSummary> rows;
    while (q.next()) {
        TraineeSummary r;
        r.trainee = Mapping<Trainee>::read(q);
        r.enrollments = q.value(8).toInt();
        r.highestCertification = certificationFromRank(q.value(9).toInt());
        const QString latest = q.value(10).toString();
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
                  "WITH use AS (SELECT c.venue_id, count(DISTINCT c.id) AS cohorts, count(s.id) AS "
                  "sessions"
                  "   FROM cohort c LEFT JOIN cohort_session s ON s.cohort_id = c.id"
                  "   WHERE c.status <> 'cancelled' AND c.venue_id IS NOT NULL GROUP BY c.venue_id)"
                  " SELECT v.id, v.name, v.district, v.address, v.seats, v.online,"
                  "  coalesce(use.cohorts, 0), coalesce(use.sessions, 0)"
                  " FROM venue v LEFT JOIN use ON use.venue_id = v.id ORDER BY v.online, "
                  "v.district, v.name"));
    std::vector<VenueSummary> rows;
    while (q.next())
        rows.push_back({Mapping<Venue>::read(q), q.value(6).toInt(), q.value(7).toInt()});
    return rows;
}

std::vector<CourseSummary> PlanQueries::courses() const
{
    QSqlQuery q = run(
        m_db, QStringLiteral(
                  "WITH use AS (SELECT c.course_id, count(*) AS cohorts FROM cohort c"
                  "   WHERE c.status <> 'cancelled' GROUP BY c.course_id),"
                  " cert AS (SELECT c.course_id, count(*) AS certified FROM enrollment e"
                  "   JOIN cohort c ON c.id = e.cohort_id WHERE e.certified_on IS NOT NULL GROUP "
                  "BY c.course_id)"
                  " SELECT %1, t.name, coalesce(use.cohorts, 0), coalesce(cert.certified, 0)"
                  " FROM course co JOIN track t ON t.id = co.track_id"
                  " LEFT JOIN use ON use.course_id = co.id LEFT JOIN cert ON cert.course_id = co.id"
                  " ORDER BY co.code")
                  .arg(columnList<Course>("co")));
    const int o = int(Mapping<Course>::columns.size());
    std::vector<CourseSummary> rows;
    while (q.next())
        rows.push_back({Mapping<Course>::read(q), q.value(o).toString(), q.value(o + 1).toInt(),
                        q.value(o + 2).toInt()});
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
    // The detail line: the non-empty columns from the third on, " · " apart.
    auto read = [&](GoToKind kind, const QString &sql) {
        QSqlQuery q = run(m_db, sql);
        const int columns = q.record().count();
        while (q.next()) {
            GoToEntry e;
            e.kind = kind;
            e.id = q.value(0).toLongLong();
            e.code = q.value(1).toString();
            e.name = q.value(2).toString();
            QStringList detail;
            for (int c = 3; c < columns; ++c) {
                const QString part = q.value(c).toString();
                if (!part.isEmpty())
                    detail << part;
            }
            e.detail = detail.join(QStringLiteral(" · "));
            entries.push_back(std::move(e));
        }
    };
    read(GoToKind::Cohort,
         QStringLiteral("SELECT c.id, c.code, co.title, co.title_zh, span.first_day, v.name"
                        " FROM cohort c JOIN course co ON co.id = c.course_id LEFT JOIN venue v ON "
                        "v.id = c.venue_id"
                        " LEFT JOIN (SELECT cohort_id, min(day) AS first_day FROM cohort_session "
                        "GROUP BY cohort_id) span"
                        "   ON span.cohort_id = c.id ORDER BY c.code"));
    read(GoToKind::Course,
         QStringLiteral("SELECT co.id, co.code, co.title, co.title_zh, t.name FROM course co"
                        " JOIN track t ON t.id = co.track_id ORDER BY co.code"));
    read(GoToKind::Instructor,
         QStringLiteral(
             "SELECT id, code, name, home_district, email FROM instructor ORDER BY code"));
    read(GoToKind::Venue,
         QStringLiteral("SELECT id, '', name, district, address FROM venue ORDER BY name"));
    read(GoToKind::Trainee,
         QStringLiteral("SELECT id, id_number, name, employer, district FROM trainee ORDER BY id"));
    return entries;
}

CohortRoster PlanQueries::cohortRoster(Id cohortId) const
{
    CohortRoster roster;
    QSqlQuery head = run(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.course_id, c.code, c.venue_id, c.mode, c.capacity, c.status, c.notes,"
            "  co.code, co.title, co.title_zh,"
            "  (SELECT min(day) FROM cohort_session WHERE cohort_id = c.id),"
            "  (SELECT max(day) FROM cohort_session WHERE cohort_id = c.id)"
            " FROM cohort c JOIN course co ON co.id = c.course_id WHERE c.id = ?"),
        {cohortId});
    if (!head.next())
        return roster;
    roster.cohort = Mapping<Cohort>::read(head);
    roster.courseCode = head.value(8).toString();
    roster.courseTitle = head.value(9).toString();
    roster.courseTitleZh = head.value(10).toString();
    roster.start = Sql::toDate(head.value(11));
    roster.end = Sql::toDate(head.value(12));
    QSqlQuery q = run(
        m_db,
        QStringLiteral(
            "SELECT e.id, e.trainee_id, e.cohort_id, e.status, e.waitlist_position, e.enrolled_on,"
            "  e.attendance, e.score, e.certification, e.certified_on,"
            "  t.name, coalesce(t.id_number, ''), t.employer, t.district"
            " FROM enrollment e JOIN trainee t ON t.id = e.trainee_id WHERE e.cohort_id = ?"
            " ORDER BY CASE e.status WHEN 'waitlisted' THEN 1 WHEN 'withdrawn' THEN 2 ELSE 0 END,"
            "  e.waitlist_position, t.name, e.id"),
        {cohortId});
    while (q.next())
        roster.entries.push_back({Mapping<Enrollment>::read(q), q.value(10).toString(),
                                  q.value(11).toString(), q.value(12).toString(),
                                  q.value(13).toString()});
    return roster;
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
    QSqlQuery q = run(
        m_db,
        QStringLiteral(
            "SELECT e.id, e.trainee_id, e.cohort_id, e.status, e.waitlist_position, e.enrolled_on,"
            "  e.attendance, e.score, e.certification, e.certified_on,"
            "  c.code, co.code, co.title, co.title_zh, t.name, t.name_zh, t.colour,"
            "  (SELECT min(day) FROM cohort_session WHERE cohort_id = c.id) AS first_day,"
            "  (SELECT max(day) FROM cohort_session WHERE cohort_id = c.id)"
            " FROM enrollment e JOIN cohort c ON c.id = e.cohort_id JOIN course co ON co.id = "
            "c.course_id"
            " JOIN track t ON t.id = co.track_id WHERE e.trainee_id = ?"
            " ORDER BY first_day DESC, c.code"),
        {traineeId});
    while (q.next()) {
        TraineeHistoryEntry entry;
        entry.enrollment = Mapping<Enrollment>::read(q);
        entry.cohortCode = q.value(10).toString();
        entry.courseCode = q.value(11).toString();
        entry.courseTitle = q.value(12).toString();
        entry.courseTitleZh = q.value(13).toString();
        entry.track = q.value(14).toString();
        entry.trackZh = q.value(15).toString();
        entry.trackColour = q.value(16).toString();
        entry.start = Sql::toDate(q.value(17));
        entry.end = Sql::toDate(q.value(18));
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
        QStringLiteral("SELECT s.day, s.slot, c.id, c.code, co.title, t.colour, ci.role"
                       " FROM cohort_instructor ci JOIN cohort c ON c.id = ci.cohort_id AND "
                       "c.status <> 'cancelled'"
                       " JOIN course co ON co.id = c.course_id JOIN track t ON t.id = co.track_id"
                       " JOIN cohort_session s ON s.cohort_id = c.id"
                       " WHERE ci.instructor_id = ? ORDER BY s.day, s.slot, c.code"),
        {instructorId});
    while (sessions.next())
        schedule.sessions.push_back(
            {Sql::toDate(sessions.value(0)),
             fromKey<SessionSlot>(sessions.value(1).toString()).value_or(SessionSlot::Morning),
             sessions.value(2).toLongLong(), sessions.value(3).toString(),
             sessions.value(4).toString(), sessions.value(5).toString(),
             fromKey<InstructorRole>(sessions.value(6).toString()).value_or(InstructorRole::Lead)});
    QSqlQuery leaves =
        run(m_db,
            QStringLiteral(
                "SELECT id, instructor_id, start_date, end_date, reason FROM instructor_leave"
                " WHERE instructor_id = ? ORDER BY start_date"),
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
            " enr AS (SELECT e.cohort_id, count(*) AS seats FROM enrollment e JOIN yc ON "
            "yc.cohort_id = e.cohort_id"
            "   WHERE e.status IN ('enrolled', 'completed', 'failed') GROUP BY e.cohort_id)"
            " SELECT c.id, c.code, c.course_id, co.code, co.title, co.title_zh, t.id, t.name, "
            "t.name_zh,"
            "  t.colour, coalesce(c.venue_id, 0), coalesce(v.name, ''), coalesce(v.district, ''), "
            "c.mode,"
            "  c.status, c.capacity, coalesce(enr.seats, 0)"
            " FROM yc JOIN cohort c ON c.id = yc.cohort_id JOIN course co ON co.id = c.course_id"
            " JOIN track t ON t.id = co.track_id LEFT JOIN venue v ON v.id = c.venue_id"
            " LEFT JOIN enr ON enr.cohort_id = c.id")
            .arg(yearCohorts),
        bounds);
    QHash<Id, std::size_t> index;
    while (cohorts.next()) {
        TimelineCohort c;
        c.id = cohorts.value(0).toLongLong();
        c.code = cohorts.value(1).toString();
        c.courseId = cohorts.value(2).toLongLong();
        c.courseCode = cohorts.value(3).toString();
        c.courseTitle = cohorts.value(4).toString();
        c.courseTitleZh = cohorts.value(5).toString();
        c.trackId = cohorts.value(6).toLongLong();
        c.trackName = cohorts.value(7).toString();
        c.trackNameZh = cohorts.value(8).toString();
        c.trackColour = cohorts.value(9).toString();
        c.venueId = cohorts.value(10).toLongLong();
        c.venueName = cohorts.value(11).toString();
        c.venueDistrict = cohorts.value(12).toString();
        c.mode = fromKey<CohortMode>(cohorts.value(13).toString()).value_or(CohortMode::InPerson);
        c.status =
            fromKey<CohortStatus>(cohorts.value(14).toString()).value_or(CohortStatus::Planned);
        c.capacity = cohorts.value(15).toInt();
        c.enrolled = cohorts.value(16).toInt();
        index.insert(c.id, data.cohorts.size());
        data.cohorts.push_back(std::move(c));
    }

    // All sessions of those cohorts, also those outside the year.
    QSqlQuery sessions =
        run(m_db,
            QStringLiteral("SELECT s.id, s.cohort_id, s.day, s.slot FROM cohort_session s"
                           " WHERE s.cohort_id IN (%1)")
                .arg(yearCohorts),
            bounds);
    while (sessions.next()) {
        const auto it = index.constFind(sessions.value(1).toLongLong());
        if (it == index.cend())
            continue;
        data.cohorts[*it].sessions.push_back(
            {sessions.value(0).toLongLong(), sessions.value(1).toLongLong(),
             Sql::toDate(sessions.value(2)),
             fromKey<SessionSlot>(sessions.value(3).toString()).value_or(SessionSlot::Morning)});
    }

    QSqlQuery instructors = run(
        m_db,
        QStringLiteral("SELECT ci.cohort_id, i.id, i.name, ci.role FROM cohort_instructor ci"
                       " JOIN instructor i ON i.id = ci.instructor_id WHERE ci.cohort_id IN (%1)")
            .arg(yearCohorts),
        bounds);
    while (instructors.next()) {
        const auto it = index.constFind(instructors.value(0).toLongLong());
        if (it == index.cend())
            continue;
        data.cohorts[*it].instructors.push_back(
            {instructors.value(1).toLongLong(), instructors.value(2).toString(),
             fromKey<InstructorRole>(instructors.value(3).toString())
                 .value_or(InstructorRole::Assistant)});
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
    QSqlQuery q = run(
        m_db, QStringLiteral("SELECT year FROM target UNION"
                             " SELECT CAST(substr(last_day, 1, 4) AS INTEGER) FROM (%1) ORDER BY 1")
                  .arg(QLatin1String(CohortSpan)));
    std::vector<int> years;
    while (q.next())
        years.push_back(q.value(0).toInt());
    return years;
}

ProgressFacts PlanQueries::progressFacts(int year, QDate asOf) const
{
    ProgressFacts facts;
    facts.year = year;
    const QVariant from = Sql::fromDate(QDate(year, 1, 1));
    const QVariant to = Sql::fromDate(QDate(year, 12, 31));

    QSqlQuery tracks = run(m_db,
                           QStringLiteral("SELECT t.id, t.name, t.name_zh, t.colour, "
                                          "coalesce(tg.trainees, 0), coalesce(tg.certified, 0)"
                                          " FROM track t LEFT JOIN target tg ON tg.track_id = t.id "
                                          "AND tg.year = ? ORDER BY t.name"),
                           {year});
    while (tracks.next())
        facts.tracks.push_back({tracks.value(0).toLongLong(), tracks.value(1).toString(),
                                tracks.value(2).toString(), tracks.value(3).toString(),
                                tracks.value(4).toInt(), tracks.value(5).toInt()});

    // Only the enrollments of the year's cohorts are counted, through the
    // (cohort_id, status) index.
    QSqlQuery cohorts = run(
        m_db,
        QStringLiteral(
            "WITH p AS (SELECT ? AS d0, ? AS d1),"
            " span AS (SELECT cohort_id, min(day) AS first_day, max(day) AS last_day"
            "   FROM cohort_session GROUP BY cohort_id),"
            " yc AS (SELECT span.* FROM span, p WHERE span.last_day BETWEEN p.d0 AND p.d1),"
            " enr AS (SELECT e.cohort_id, sum(e.status = 'enrolled') AS enrolled,"
            "   sum(e.status = 'completed') AS completed, sum(e.status = 'failed') AS failed,"
            "   sum(e.status = 'withdrawn') AS withdrawn, sum(e.status = 'waitlisted') AS "
            "waitlisted"
            "   FROM enrollment e JOIN yc ON yc.cohort_id = e.cohort_id GROUP BY e.cohort_id)"
            " SELECT c.id, co.track_id, coalesce(v.district, ''), yc.first_day, yc.last_day, "
            "c.status,"
            "  c.capacity, coalesce(enr.enrolled, 0), coalesce(enr.completed, 0),"
            "  coalesce(enr.failed, 0), coalesce(enr.withdrawn, 0), coalesce(enr.waitlisted, 0)"
            " FROM yc JOIN cohort c ON c.id = yc.cohort_id JOIN course co ON co.id = c.course_id"
            " LEFT JOIN venue v ON v.id = c.venue_id LEFT JOIN enr ON enr.cohort_id = c.id"
            " WHERE c.status <> 'cancelled' ORDER BY yc.last_day, c.id"),
        {from, to});
    while (cohorts.next()) {
        CohortProgressFact f;
        f.cohortId = cohorts.value(0).toLongLong();
        f.trackId = cohorts.value(1).toLongLong();
        f.district = cohorts.value(2).toString();
        f.start = Sql::toDate(cohorts.value(3));
        f.end = Sql::toDate(cohorts.value(4));
        f.status =
            fromKey<CohortStatus>(cohorts.value(5).toString()).value_or(CohortStatus::Planned);
        f.capacity = cohorts.value(6).toInt();
        f.enrolled = cohorts.value(7).toInt();
        f.completed = cohorts.value(8).toInt();
        f.failed = cohorts.value(9).toInt();
        f.withdrawn = cohorts.value(10).toInt();
        f.waitlisted = cohorts.value(11).toInt();
        facts.cohorts.push_back(std::move(f));
    }

    QSqlQuery certificates = run(
        m_db,
        QStringLiteral("SELECT co.track_id, coalesce(v.district, ''), CAST(substr(e.certified_on, "
                       "6, 2) AS INTEGER),"
                       "  count(*)"
                       " FROM enrollment e JOIN cohort c ON c.id = e.cohort_id JOIN course co ON "
                       "co.id = c.course_id"
                       " LEFT JOIN venue v ON v.id = c.venue_id"
                       " WHERE e.certified_on BETWEEN ? AND ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"),
        {from, to});
    while (certificates.next())
        facts.certifications.push_back(
            {certificates.value(0).toLongLong(), certificates.value(1).toString(),
             certificates.value(2).toInt(), certificates.value(3).toInt()});

    // The rates come from the cohorts that finished in the twelve months before asOf.
    QSqlQuery history = run(
        m_db,
        QStringLiteral(
            "WITH p AS (SELECT ? AS h0, ? AS h1),"
            " hc AS (SELECT cohort_id FROM (SELECT cohort_id, max(day) AS last_day"
            "   FROM cohort_session GROUP BY cohort_id), p WHERE last_day BETWEEN p.h0 AND p.h1)"
            " SELECT co.track_id, sum(e.status = 'completed'), sum(e.status = 'failed'),"
            "  sum(e.status = 'withdrawn'), sum(e.certified_on IS NOT NULL)"
            " FROM hc JOIN enrollment e ON e.cohort_id = hc.cohort_id JOIN cohort c ON c.id = "
            "hc.cohort_id"
            " JOIN course co ON co.id = c.course_id WHERE c.status <> 'cancelled'"
            " GROUP BY co.track_id ORDER BY co.track_id"),
        {Sql::fromDate(asOf.addDays(-365)), Sql::fromDate(asOf.addDays(-1))});
    while (history.next())
        facts.history.push_back({history.value(0).toLongLong(), history.value(1).toInt(),
                                 history.value(2).toInt(), history.value(3).toInt(),
                                 history.value(4).toInt()});

    QSqlQuery load =
        run(m_db,
            QStringLiteral(
                "WITH p AS (SELECT ? AS d0, ? AS d1),"
                " days AS (SELECT DISTINCT ci.instructor_id, s.day FROM p, cohort_instructor ci"
                "   JOIN cohort c ON c.id = ci.cohort_id AND c.status <> 'cancelled'"
                "   JOIN cohort_session s ON s.cohort_id = ci.cohort_id WHERE s.day BETWEEN p.d0 "
                "AND p.d1),"
                " monthly AS (SELECT instructor_id, CAST(substr(day, 6, 2) AS INTEGER) AS month,"
                "   count(*) AS n FROM days GROUP BY 1, 2)"
                " SELECT i.id, i.code, i.name, i.max_days_month, i.max_days_year, monthly.month, "
                "monthly.n"
                " FROM instructor i LEFT JOIN monthly ON monthly.instructor_id = i.id"
                " ORDER BY i.code, monthly.month"),
            {from, to});
    while (load.next()) {
        const Id id = load.value(0).toLongLong();
        if (facts.instructors.empty() || facts.instructors.back().instructorId != id) {
            InstructorLoadFact f;
            f.instructorId = id;
            f.code = load.value(1).toString();
            f.name = load.value(2).toString();
            f.maxDaysPerMonth = load.value(3).toInt();
            f.maxDaysPerYear = load.value(4).toInt();
            facts.instructors.push_back(std::move(f));
        }
        const int month = load.value(5).toInt();
        if (month >= 1 && month <= 12)
            facts.instructors.back().days[std::size_t(month - 1)] = load.value(6).toInt();
    }
    return facts;
}

std::map<Id, int> PlanQueries::seatHolders() const
{
    QSqlQuery q =
        run(m_db, QStringLiteral(
                      "SELECT cohort_id, count(*) FROM enrollment"
                      " WHERE status IN ('enrolled', 'completed', 'failed') GROUP BY cohort_id"));
    std::map<Id, int> result;
    while (q.next())
        result.emplace(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

std::vector<YearTrackFact> PlanQueries::yearTrackFacts() const
{
    QSqlQuery q = run(
        m_db,
        QStringLiteral(
            "WITH span AS (SELECT cohort_id, max(day) AS last_day FROM cohort_session GROUP BY "
            "cohort_id),"
            " cy AS (SELECT c.id, co.track_id, CAST(substr(span.last_day, 1, 4) AS INTEGER) AS "
            "year,"
            "   c.capacity FROM cohort c JOIN course co ON co.id = c.course_id"
            "   JOIN span ON span.cohort_id = c.id WHERE c.status <> 'cancelled'),"
            " cap AS (SELECT year, track_id, sum(capacity) AS seats FROM cy GROUP BY 1, 2),"
            " tr AS (SELECT cy.year, cy.track_id, count(*) AS trained FROM enrollment e"
            "   JOIN cy ON cy.id = e.cohort_id WHERE e.status = 'completed' GROUP BY 1, 2),"
            " cert AS (SELECT CAST(substr(e.certified_on, 1, 4) AS INTEGER) AS year, co.track_id,"
            "   count(*) AS certified FROM enrollment e JOIN cohort c ON c.id = e.cohort_id"
            "   JOIN course co ON co.id = c.course_id WHERE e.certified_on IS NOT NULL GROUP BY 1, "
            "2),"
            " keys AS (SELECT year, track_id FROM target UNION SELECT year, track_id FROM cap"
            "   UNION SELECT year, track_id FROM cert)"
            " SELECT k.year, k.track_id, coalesce(tg.trainees, 0), coalesce(tg.certified, 0),"
            "  coalesce(cap.seats, 0), coalesce(tr.trained, 0), coalesce(cert.certified, 0)"
            " FROM keys k LEFT JOIN target tg ON tg.year = k.year AND tg.track_id = k.track_id"
            " LEFT JOIN cap ON cap.year = k.year AND cap.track_id = k.track_id"
            " LEFT JOIN tr ON tr.year = k.year AND tr.track_id = k.track_id"
            " LEFT JOIN cert ON cert.year = k.year AND cert.track_id = k.track_id"
            " ORDER BY k.year, k.track_id"));
    std::vector<YearTrackFact> facts;
    while (q.next())
        facts.push_back({q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toInt(),
                         q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt(),
                         q.value(6).toInt()});
    return facts;
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
    return plan;
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "sqliteplatform.h"
#include "sqlutil.h"

#include <algorithm>

#include <QSqlDatabase>

namespace Planner::Schema {

namespace {

// A CHECK that a TEXT column holds a real calendar date in ISO form: the GLOB rejects
// other shapes, and the trip through a Julian day number normalises impossible dates such
// as 2026-02-30 to another day. (date(%1) alone does not: SQLite returns 2026-02-30 as is.)
QString isoDate(const char *column, bool nullable = false)
{
    const QString c = QString::fromLatin1(column);
    const QString check = QStringLiteral("(%1 GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' "
                                         "AND date(julianday(%1)) IS %1)")
                              .arg(c);
    return nullable ? QStringLiteral("CHECK (%1 IS NULL OR %2)").arg(c, check)
                    : QStringLiteral("CHECK %1").arg(check);
}

QStringList schemaV1()
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE plan_meta ("
                        " key TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 100),"
                        " value TEXT NOT NULL"
                        ") STRICT");
    s << QStringLiteral("CREATE TABLE track ("
                        " id INTEGER PRIMARY KEY,"
                        " name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),"
                        " name_zh TEXT NOT NULL DEFAULT '',"
                        " colour TEXT NOT NULL DEFAULT '#4e79a7' CHECK (colour GLOB "
                        "'#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]')"
                        ") STRICT");
    s << QStringLiteral(
        "CREATE TABLE course ("
        " id INTEGER PRIMARY KEY,"
        " track_id INTEGER NOT NULL REFERENCES track(id) ON DELETE RESTRICT,"
        " code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 50),"
        " title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),"
        " title_zh TEXT NOT NULL DEFAULT '',"
        " level TEXT NOT NULL CHECK (level IN ('foundation','intermediate','advanced')),"
        " days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365),"
        " hours_per_day REAL NOT NULL CHECK (hours_per_day > 0 AND hours_per_day <= 24),"
        " default_capacity INTEGER NOT NULL CHECK (default_capacity BETWEEN 1 AND 10000),"
        " qualification TEXT NOT NULL DEFAULT ''"
        ") STRICT");
    s << QStringLiteral("CREATE TABLE venue ("
                        " id INTEGER PRIMARY KEY,"
                        " name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 300),"
                        " district TEXT NOT NULL DEFAULT '',"
                        " address TEXT NOT NULL DEFAULT '',"
                        " seats INTEGER NOT NULL CHECK (seats BETWEEN 0 AND 100000),"
                        " online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1))"
                        ") STRICT");
    s << QStringLiteral("CREATE TABLE instructor ("
                        " id INTEGER PRIMARY KEY,"
                        " code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 50),"
                        " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
                        " email TEXT NOT NULL DEFAULT '',"
                        " phone TEXT NOT NULL DEFAULT '',"
                        " home_district TEXT NOT NULL DEFAULT '',"
                        " max_days_week INTEGER NOT NULL CHECK (max_days_week BETWEEN 0 AND 7),"
                        " max_days_month INTEGER NOT NULL CHECK (max_days_month BETWEEN 0 AND 31),"
                        " max_days_year INTEGER NOT NULL CHECK (max_days_year BETWEEN 0 AND 366)"
                        ") STRICT");
    s << QStringLiteral(
             "CREATE TABLE instructor_qualification ("
             " id INTEGER PRIMARY KEY,"
             " instructor_id INTEGER NOT NULL REFERENCES instructor(id) ON DELETE CASCADE,"
             " track_id INTEGER REFERENCES track(id) ON DELETE CASCADE,"
             " course_id INTEGER REFERENCES course(id) ON DELETE CASCADE,"
             " level TEXT NOT NULL CHECK (level IN ('foundation','intermediate','advanced')),"
             " valid_from TEXT NOT NULL %1,"
             " valid_until TEXT %2,"
             " CHECK ((track_id IS NULL) <> (course_id IS NULL)),"
             " CHECK (valid_until IS NULL OR valid_until >= valid_from)"
             ") STRICT")
             .arg(isoDate("valid_from"), isoDate("valid_until", true));
    s << QStringLiteral(
             "CREATE TABLE instructor_leave ("
             " id INTEGER PRIMARY KEY,"
             " instructor_id INTEGER NOT NULL REFERENCES instructor(id) ON DELETE CASCADE,"
             " start_date TEXT NOT NULL %1,"
             " end_date TEXT NOT NULL %2,"
             " reason TEXT NOT NULL DEFAULT '',"
             " CHECK (end_date >= start_date)"
             ") STRICT")
             .arg(isoDate("start_date"), isoDate("end_date"));
    s << QStringLiteral("CREATE TABLE cohort ("
                        " id INTEGER PRIMARY KEY,"
                        " course_id INTEGER NOT NULL REFERENCES course(id) ON DELETE RESTRICT,"
                        " code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 80),"
                        " venue_id INTEGER REFERENCES venue(id) ON DELETE RESTRICT,"
                        " mode TEXT NOT NULL CHECK (mode IN ('in_person','online','hybrid')),"
                        " capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 10000),"
                        " status TEXT NOT NULL CHECK (status IN "
                        "('planned','open','running','completed','cancelled')),"
                        " notes TEXT NOT NULL DEFAULT '',"
                        " CHECK (mode = 'online' OR venue_id IS NOT NULL)"
                        ") STRICT");
    s << QStringLiteral("CREATE TABLE cohort_session ("
                        " id INTEGER PRIMARY KEY,"
                        " cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,"
                        " day TEXT NOT NULL %1,"
                        " slot TEXT NOT NULL CHECK (slot IN ('morning','afternoon','evening')),"
                        " UNIQUE (cohort_id, day, slot)"
                        ") STRICT")
             .arg(isoDate("day"));
    s << QStringLiteral(
        "CREATE TABLE cohort_instructor ("
        " cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,"
        " instructor_id INTEGER NOT NULL REFERENCES instructor(id) ON DELETE CASCADE,"
        " role TEXT NOT NULL CHECK (role IN ('lead','assistant')),"
        " locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),"
        " PRIMARY KEY (cohort_id, instructor_id)"
        ") STRICT, WITHOUT ROWID");
    s << QStringLiteral(
        "CREATE TABLE trainee ("
        " id INTEGER PRIMARY KEY,"
        " id_number TEXT UNIQUE CHECK (id_number IS NULL OR length(id_number) BETWEEN 1 AND 40),"
        " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
        " employer TEXT NOT NULL DEFAULT '',"
        " district TEXT NOT NULL DEFAULT '',"
        " email TEXT NOT NULL DEFAULT '',"
        " phone TEXT NOT NULL DEFAULT ''"
        ") STRICT");
    s << QStringLiteral("CREATE TABLE enrollment ("
                        " id INTEGER PRIMARY KEY,"
                        " trainee_id INTEGER NOT NULL REFERENCES trainee(id) ON DELETE CASCADE,"
                        " cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,"
                        " status TEXT NOT NULL CHECK (status IN "
                        "('enrolled','waitlisted','withdrawn','completed','failed')),"
                        " waitlist_position INTEGER CHECK (waitlist_position IS NULL OR "
                        "waitlist_position >= 1),"
                        " enrolled_on TEXT %1,"
                        " attendance REAL CHECK (attendance IS NULL OR attendance BETWEEN 0 AND 1),"
                        " score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),"
                        " certification TEXT CHECK (certification IS NULL OR certification IN "
                        "('junior','intermediate','senior')),"
                        " certified_on TEXT %2,"
                        " UNIQUE (trainee_id, cohort_id),"
                        " CHECK ((status = 'waitlisted') = (waitlist_position IS NOT NULL)),"
                        " CHECK ((certification IS NULL) = (certified_on IS NULL)),"
                        " CHECK (certification IS NULL OR status = 'completed')"
                        ") STRICT")
             .arg(isoDate("enrolled_on", true), isoDate("certified_on", true));
    s << QStringLiteral("CREATE TABLE target ("
                        " year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
                        " track_id INTEGER NOT NULL REFERENCES track(id) ON DELETE CASCADE,"
                        " trainees INTEGER NOT NULL CHECK (trainees BETWEEN 0 AND 10000000),"
                        " certified INTEGER NOT NULL CHECK (certified BETWEEN 0 AND 10000000),"
                        " PRIMARY KEY (year, track_id)"
                        ") STRICT, WITHOUT ROWID");
    s << QStringLiteral("CREATE TABLE work_calendar ("
                        " day TEXT PRIMARY KEY NOT NULL %1,"
                        " kind TEXT NOT NULL CHECK (kind IN ('holiday','workday')),"
                        " name TEXT NOT NULL DEFAULT '',"
                        " name_zh TEXT NOT NULL DEFAULT ''"
                        ") STRICT, WITHOUT ROWID")
             .arg(isoDate("day"));
    s << QStringLiteral("CREATE TABLE audit_log ("
                        " id INTEGER PRIMARY KEY,"
                        " at TEXT NOT NULL,"
                        " user TEXT NOT NULL DEFAULT '',"
                        " action TEXT NOT NULL CHECK (action IN "
                        "('insert','update','delete','import','generate','migrate')),"
                        " table_name TEXT NOT NULL DEFAULT '',"
                        " record_key TEXT NOT NULL DEFAULT '',"
                        " before TEXT NOT NULL DEFAULT '',"
                        " after TEXT NOT NULL DEFAULT ''"
                        ") STRICT");
    // Indexes for the queries the app makes: children by parent, sessions by date for
    // conflict checks and the timeline, enrollments by cohort and status for rosters and
    // progress, trainees by name for search.
    s << QStringLiteral("CREATE INDEX idx_course_track ON course(track_id)");
    s << QStringLiteral(
        "CREATE INDEX idx_qualification_instructor ON instructor_qualification(instructor_id)");
    s << QStringLiteral(
        "CREATE INDEX idx_qualification_track ON instructor_qualification(track_id)");
    s << QStringLiteral(
        "CREATE INDEX idx_qualification_course ON instructor_qualification(course_id)");
    s << QStringLiteral(
        "CREATE INDEX idx_leave_instructor ON instructor_leave(instructor_id, start_date)");
    s << QStringLiteral("CREATE INDEX idx_cohort_course ON cohort(course_id)");
    s << QStringLiteral("CREATE INDEX idx_cohort_venue ON cohort(venue_id)");
    s << QStringLiteral("CREATE INDEX idx_session_day ON cohort_session(day, slot)");
    s << QStringLiteral(
        "CREATE INDEX idx_cohort_instructor_instructor ON cohort_instructor(instructor_id)");
    s << QStringLiteral("CREATE INDEX idx_trainee_name ON trainee(name)");
    s << QStringLiteral("CREATE INDEX idx_enrollment_cohort ON enrollment(cohort_id, status)");
    s << QStringLiteral("CREATE INDEX idx_enrollment_certified ON enrollment(certified_on) WHERE "
                        "certified_on IS NOT NULL");
    s << QStringLiteral("CREATE INDEX idx_target_track ON target(track_id)");
    s << QStringLiteral("CREATE INDEX idx_audit_at ON audit_log(at)");
    return s;
}

// The four rates of SeatRates: NULL or a share within RecordRules::seatRateRanges()
// (written out here, as every migration is, so that a plan migrated today gets the same
// schema as one migrated later).
QStringList seatRateColumns()
{
    return {
        QStringLiteral(
            "fill_rate REAL CHECK (fill_rate IS NULL OR fill_rate BETWEEN 0.05 AND 1.0)"),
        QStringLiteral(
            "no_show_rate REAL CHECK (no_show_rate IS NULL OR no_show_rate BETWEEN 0.0 AND 0.9)"),
        QStringLiteral("completion_rate REAL CHECK (completion_rate IS NULL OR completion_rate "
                       "BETWEEN 0.05 AND 1.0)"),
        QStringLiteral(
            "pass_rate REAL CHECK (pass_rate IS NULL OR pass_rate BETWEEN 0.0 AND 1.0)")};
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps{
        {0, QStringLiteral("Create the plan schema (version 1)"),
         [](QSqlDatabase &db) {
             for (const QString &statement : schemaV1())
                 Sql::exec(db, statement);
         }},
        {1, QStringLiteral("Courses get a session pattern (version 2)"),
         [](QSqlDatabase &db) {
             Sql::exec(db, QStringLiteral(
                               "ALTER TABLE course ADD COLUMN session_weekdays INTEGER NOT NULL "
                               "DEFAULT 31 CHECK (session_weekdays BETWEEN 1 AND 127)"));
             Sql::exec(
                 db, QStringLiteral("ALTER TABLE course ADD COLUMN session_slots INTEGER NOT NULL "
                                    "DEFAULT 3 CHECK (session_slots BETWEEN 1 AND 7)"));
         }},
        {2, QStringLiteral("Instructors get course preferences (version 3)"),
         [](QSqlDatabase &db) {
             // One row per instructor and course; 0 points is no row. The solver reads
             // them as a cost (SolverWeights::preference per point).
             Sql::exec(
                 db,
                 QStringLiteral(
                     "CREATE TABLE instructor_preference ("
                     " id INTEGER PRIMARY KEY,"
                     " instructor_id INTEGER NOT NULL REFERENCES instructor(id) ON DELETE CASCADE,"
                     " course_id INTEGER NOT NULL REFERENCES course(id) ON DELETE CASCADE,"
                     " points INTEGER NOT NULL CHECK (points BETWEEN -2 AND 2 AND points <> 0),"
                     " UNIQUE (instructor_id, course_id)"
                     ") STRICT"));
             Sql::exec(
                 db, QStringLiteral(
                         "CREATE INDEX idx_preference_course ON instructor_preference(course_id)"));
         }},
        {3, QStringLiteral("Trainees get the type of their identity document (version 4)"),
         [](QSqlDatabase &db) {
             // Every number so far was taken as a resident ID. PlanInvariants and
             // `verify` name the ones that are not valid as such, to be corrected or
             // given their document's type.
             Sql::exec(
                 db,
                 QStringLiteral(
                     "ALTER TABLE trainee ADD COLUMN id_type TEXT NOT NULL DEFAULT 'resident_id' "
                     "CHECK (id_type IN ('resident_id', 'residence_permit', 'hk_macao_permit', "
                     "'taiwan_permit', 'passport', 'foreign_permanent_id'))"));
         }},
        {4,
         QStringLiteral("Targets and courses get the planning assumptions, courses their share of "
                        "new cohorts (version 5)"),
         [](QSqlDatabase &db) {
             // What becomes of a seat, where the coordinator sets it: per track and year on
             // the target, per course (overriding its track's). NULL: the track's history
             // or the documented default (CapacityAssumptions). The ranges are RecordRules'.
             for (const char *table : {"target", "course"})
                 for (const QString &column : seatRateColumns())
                     Sql::exec(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                                       .arg(QLatin1String(table), column));
             // A course's share of its track's new cohorts, where the coordinator sets it.
             Sql::exec(db, QStringLiteral(
                               "ALTER TABLE course ADD COLUMN cohort_share REAL "
                               "CHECK (cohort_share IS NULL OR cohort_share BETWEEN 0.0 AND 1.0)"));
         }},
        {5,
         QStringLiteral("Exported calendars remember their events, the plan gets an identity, the "
                        "History records what is done with personal data (version 6)"),
         [](QSqlDatabase &db) {
             // What each exported calendar last said of each event, so that the next export
             // raises SEQUENCE where an event changed and cancels what the plan no longer
             // holds (CalendarLedger). Times of day as HH:MM.
             Sql::exec(db, QStringLiteral(
                               "CREATE TABLE calendar_event ("
                               " calendar TEXT NOT NULL CHECK (length(calendar) BETWEEN 1 AND 100),"
                               " uid TEXT NOT NULL CHECK (length(uid) BETWEEN 1 AND 300),"
                               " sequence INTEGER NOT NULL CHECK (sequence >= 0),"
                               " fingerprint TEXT NOT NULL,"
                               " cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),"
                               " day TEXT NOT NULL %1,"
                               " starts TEXT NOT NULL CHECK (starts GLOB '[0-2][0-9]:[0-5][0-9]'),"
                               " ends TEXT NOT NULL CHECK (ends GLOB '[0-2][0-9]:[0-5][0-9]'),"
                               " summary TEXT NOT NULL,"
                               " location TEXT NOT NULL,"
                               " PRIMARY KEY (calendar, uid)"
                               ") STRICT, WITHOUT ROWID")
                               .arg(isoDate("day")));
             // The plan's identity, part of every calendar event's UID.
             Sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO plan_meta(key, value) "
                                          "VALUES ('plan_id', lower(hex(randomblob(16))))"));
             // The History also records what was done with people's data: an ID number
             // revealed, personal data exported, a trainee erased. SQLite cannot change a
             // CHECK, so the table is made anew and its rows copied (nothing refers to it).
             Sql::exec(db,
                       QStringLiteral("CREATE TABLE audit_log_v6 ("
                                      " id INTEGER PRIMARY KEY,"
                                      " at TEXT NOT NULL,"
                                      " user TEXT NOT NULL DEFAULT '',"
                                      " action TEXT NOT NULL CHECK (action IN "
                                      "('insert','update','delete','import','generate','migrate',"
                                      "'reveal','export','erase')),"
                                      " table_name TEXT NOT NULL DEFAULT '',"
                                      " record_key TEXT NOT NULL DEFAULT '',"
                                      " before TEXT NOT NULL DEFAULT '',"
                                      " after TEXT NOT NULL DEFAULT ''"
                                      ") STRICT"));
             Sql::exec(
                 db, QStringLiteral(
                         "INSERT INTO audit_log_v6 (id, at, user, action, table_name, record_key, "
                         "before, after) SELECT id, at, user, action, table_name, record_key, "
                         "before, after FROM audit_log"));
             Sql::exec(db, QStringLiteral("DROP TABLE audit_log"));
             Sql::exec(db, QStringLiteral("ALTER TABLE audit_log_v6 RENAME TO audit_log"));
             // No index on the time: the History reads the newest entries by id (ids follow
             // time), and an import writes one entry per record.
         }},
        {6, QStringLiteral("The plan gets costs and budgets (version 7)"),
         [](QSqlDatabase &db) {
             // Whole yuan. The upper bounds are CostLimits': a figure above is a slip.
             // An instructor's own day rate; NULL: their level's (level_rate, else the
             // defaults of CostDefaults).
             Sql::exec(db, QStringLiteral("ALTER TABLE instructor ADD COLUMN day_rate INTEGER "
                                          "CHECK (day_rate IS NULL OR day_rate BETWEEN 0 AND "
                                          "100000)"));
             // A venue's rent per teaching day; online, a licence per trainee and cohort.
             Sql::exec(db, QStringLiteral("ALTER TABLE venue ADD COLUMN day_rent INTEGER NOT NULL "
                                          "DEFAULT 0 CHECK (day_rent BETWEEN 0 AND 1000000)"));
             Sql::exec(db,
                       QStringLiteral("ALTER TABLE venue ADD COLUMN seat_licence INTEGER NOT NULL "
                                      "DEFAULT 0 CHECK (seat_licence BETWEEN 0 AND 100000)"));
             // Per trainee of a course: materials on the first day, the exam at the end.
             Sql::exec(
                 db, QStringLiteral("ALTER TABLE course ADD COLUMN materials_fee INTEGER NOT NULL "
                                    "DEFAULT 0 CHECK (materials_fee BETWEEN 0 AND 100000)"));
             Sql::exec(db, QStringLiteral("ALTER TABLE course ADD COLUMN exam_fee INTEGER NOT NULL "
                                          "DEFAULT 0 CHECK (exam_fee BETWEEN 0 AND 100000)"));
             // A track's budget for the year, where set.
             Sql::exec(db, QStringLiteral("ALTER TABLE target ADD COLUMN budget INTEGER CHECK "
                                          "(budget IS NULL OR budget BETWEEN 0 AND 100000000000)"));
             Sql::exec(db, QStringLiteral(
                               "CREATE TABLE level_rate ("
                               " level TEXT PRIMARY KEY NOT NULL CHECK (level IN "
                               "('foundation','intermediate','advanced')),"
                               " day_rate INTEGER NOT NULL CHECK (day_rate BETWEEN 0 AND 100000)"
                               ") STRICT, WITHOUT ROWID"));
             Sql::exec(db, QStringLiteral(
                               "CREATE TABLE fixed_cost ("
                               " id INTEGER PRIMARY KEY,"
                               " year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
                               " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
                               " amount INTEGER NOT NULL CHECK (amount BETWEEN 0 AND 10000000000),"
                               " UNIQUE (year, name)"
                               ") STRICT"));
         }},
        {7,
         QStringLiteral("A plan checked out from a server keeps what it was given "
                        "(version 8)"),
         [](QSqlDatabase &db) {
             // Empty in every plan but a checkout (serversync.h). One row: the server plan
             // (its address without a password), the site number the server gave this
             // copy, the districts checked out (a JSON array; empty: the whole plan),
             // the number of the server's last commit merged, and the History's last entry
             // then (the entries after it were made here and are still to send).
             Sql::exec(db, QStringLiteral(
                               "CREATE TABLE checkout ("
                               " id INTEGER PRIMARY KEY CHECK (id = 1),"
                               " server TEXT NOT NULL CHECK (length(server) BETWEEN 1 AND 2000),"
                               " site INTEGER NOT NULL CHECK (site BETWEEN 0 AND 8191),"
                               " districts TEXT NOT NULL DEFAULT '[]',"
                               " seq INTEGER NOT NULL CHECK (seq >= 0),"
                               " checked_out_at TEXT NOT NULL,"
                               " synced_at TEXT,"
                               " history_mark INTEGER NOT NULL DEFAULT 0"
                               ") STRICT"));
             // The server's rows as of that commit: a compressed SQLite image in parts
             // (a value is at most 16 MiB).
             Sql::exec(db, QStringLiteral("CREATE TABLE checkout_base ("
                                          " part INTEGER PRIMARY KEY CHECK (part >= 0),"
                                          " data BLOB NOT NULL"
                                          ") STRICT"));
         }},
    };
    return steps;
}

const std::vector<Object> &expectedObjects()
{
    static const std::vector<Object> objects = [] {
        std::vector<Object> result;
        const QString name = QStringLiteral("cohortplanner-schema-reference");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                for (const Migration &m : migrations())
                    m.apply(db);
                for (const auto &o : SqlitePlatform::schemaObjects(db)) {
                    if (!o.name.startsWith(QLatin1String("sqlite_")))
                        result.push_back({o.type, o.name, o.sql});
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        std::sort(result.begin(), result.end());
        return result;
    }();
    return objects;
}

} // namespace Planner::Schema

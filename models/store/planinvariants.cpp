// SPDX-License-Identifier: GPL-3.0-or-later
#include "planinvariants.h"

#include "enrollmentinputreader.h"
#include "serverstore.h"
#include "sqliteplatform.h"
#include "sqlutil.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Planner::PlanInvariants {

namespace {

// Above this many cohorts and trainees touched, reading the whole plan at once is faster
// than reading them by id.
constexpr std::size_t WholePlanAbove = 2000;

// The temporary tables and triggers (this connection's only, never in the file) that
// note what a write touches: the cohorts whose seats, waiting list, dates or status
// changed, and the trainees whose enrollments did.
const char *const TrackingSql[] = {
    "CREATE TEMP TABLE IF NOT EXISTS touched_cohort (id INTEGER PRIMARY KEY)",
    "CREATE TEMP TABLE IF NOT EXISTS touched_trainee (id INTEGER PRIMARY KEY)",
    "CREATE TEMP TRIGGER IF NOT EXISTS touch_enrollment_insert AFTER INSERT ON main.enrollment "
    "BEGIN"
    " INSERT OR IGNORE INTO touched_cohort VALUES (NEW.cohort_id);"
    " INSERT OR IGNORE INTO touched_trainee VALUES (NEW.trainee_id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS touch_enrollment_update AFTER UPDATE ON main.enrollment "
    "BEGIN"
    " INSERT OR IGNORE INTO touched_cohort VALUES (OLD.cohort_id), (NEW.cohort_id);"
    " INSERT OR IGNORE INTO touched_trainee VALUES (OLD.trainee_id), (NEW.trainee_id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS touch_enrollment_delete AFTER DELETE ON main.enrollment "
    "BEGIN"
    " INSERT OR IGNORE INTO touched_cohort VALUES (OLD.cohort_id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS touch_cohort_insert AFTER INSERT ON main.cohort BEGIN"
    " INSERT OR IGNORE INTO touched_cohort VALUES (NEW.id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS touch_cohort_update AFTER UPDATE OF capacity, status ON "
    "main.cohort BEGIN"
    " INSERT OR IGNORE INTO touched_cohort VALUES (NEW.id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS touch_session_insert AFTER INSERT ON main.cohort_session "
    "BEGIN"
    " INSERT OR IGNORE INTO touched_cohort VALUES (NEW.cohort_id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS touch_session_update AFTER UPDATE ON main.cohort_session "
    "BEGIN"
    " INSERT OR IGNORE INTO touched_cohort VALUES (OLD.cohort_id), (NEW.cohort_id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS touch_session_delete AFTER DELETE ON main.cohort_session "
    "BEGIN"
    " INSERT OR IGNORE INTO touched_cohort VALUES (OLD.cohort_id); END",
};

const char *const TrackingTriggers[] = {
    "touch_enrollment_insert", "touch_enrollment_update", "touch_enrollment_delete",
    "touch_cohort_insert",     "touch_cohort_update",     "touch_session_insert",
    "touch_session_update",    "touch_session_delete",
};

std::vector<Id> ids(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q = Sql::prepare(db, sql);
    q.setForwardOnly(true);
    Sql::exec(q);
    std::vector<Id> result;
    while (q.next())
        result.push_back(q.value(0).toLongLong());
    return result;
}

// What the check of scope reads: the whole plan when the scope is large.
EnrollmentInput inputFor(const QSqlDatabase &db, const PlanRules::Scope &scope)
{
    if (scope.all || scope.cohorts.size() + scope.trainees.size() > WholePlanAbove)
        return loadWholeEnrollmentInput(db);
    const std::vector<Id> cohorts(scope.cohorts.begin(), scope.cohorts.end());
    std::vector<Id> trainees(scope.trainees.begin(), scope.trainees.end());
    // The trainees of the cohorts touched: a cohort's dates may have moved onto their
    // other cohorts'.
    EnrollmentInput input = loadEnrollmentInput(db, cohorts, {});
    const std::size_t named = trainees.size();
    for (const Enrollment &e : input.enrollments)
        if (!scope.trainees.count(e.traineeId))
            trainees.push_back(e.traineeId);
    if (trainees.size() > named || named > 0)
        input = loadEnrollmentInput(db, cohorts, trainees);
    return input;
}

// The breaches in scope, with the trainees' names in their messages.
std::vector<PlanRules::Broken> brokenIn(const QSqlDatabase &db, const PlanRules::Scope &scope)
{
    EnrollmentInput input = inputFor(db, scope);
    std::vector<PlanRules::Broken> broken = PlanRules::check(input, scope);
    if (broken.empty())
        return broken;
    // Named now only when something is wrong: the large path does not read names.
    std::vector<Id> trainees;
    for (const PlanRules::Broken &b : broken)
        trainees.insert(trainees.end(), b.trainees.begin(), b.trainees.end());
    if (!trainees.empty() && input.traineeNames.isEmpty()) {
        input.traineeNames = loadTraineeNames(db, trainees);
        broken = PlanRules::check(input, scope);
    }
    return broken;
}

} // namespace

std::vector<PlanRules::Broken> brokenRules(const QSqlDatabase &db)
{
    PlanRules::Scope all;
    all.all = true;
    return brokenIn(db, all);
}

QStringList check(const QSqlDatabase &db, int maxProblems)
{
    QStringList problems;
    try {
        // A server keeps its own pages whole and enforces every reference itself.
        if (!PlanFormat::isServer(db)) {
            problems << SqlitePlatform::checkIntegrity(db, true);
            problems << SqlitePlatform::checkForeignKeys(db);
        }
        for (const PlanRules::Broken &b : brokenRules(db)) {
            if (problems.size() >= maxProblems)
                break;
            problems << b.message;
        }
    } catch (const StoreError &e) {
        problems << e.message();
    }
    if (problems.size() > maxProblems)
        problems = problems.mid(0, maxProblems);
    return problems;
}

WriteCheck::WriteCheck(QSqlDatabase db, Scope scope)
    : m_db(std::move(db)), m_scope(scope), m_server(PlanFormat::isServer(m_db))
{
    if (m_server) {
        // The server's change log already notes every row written (serverdialect.h).
        if (scope == Scope::Touched)
            m_logMark =
                Sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log "
                                                 "WHERE tx = pg_current_xact_id()::text::bigint"))
                    .toLongLong();
        Sql::exec(m_db, QStringLiteral("SAVEPOINT write_check"));
        m_open = true;
        return;
    }
    for (const char *sql : TrackingSql)
        Sql::exec(m_db, QLatin1String(sql));
    if (scope == Scope::WholePlan) {
        // Not noted one by one: everything is checked.
        for (const char *trigger : TrackingTriggers)
            Sql::exec(m_db,
                      QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(QLatin1String(trigger)));
    }
    Sql::exec(m_db, QStringLiteral("DELETE FROM temp.touched_cohort"));
    Sql::exec(m_db, QStringLiteral("DELETE FROM temp.touched_trainee"));
    Sql::exec(m_db, QStringLiteral("SAVEPOINT write_check"));
    m_open = true;
}

PlanRules::Scope WriteCheck::touched() const
{
    PlanRules::Scope scope;
    scope.all = m_scope == Scope::WholePlan;
    if (scope.all)
        return scope;
    if (m_server) {
        // As the file's temporary triggers note them: the cohorts of the sessions and
        // enrollments written and the cohorts inserted or given another capacity or
        // status; the trainees of the enrollments inserted or updated.
        const QString rows = QStringLiteral("FROM change_log WHERE tx = "
                                            "pg_current_xact_id()::text::bigint AND id > %1")
                                 .arg(m_logMark);
        const QString cohorts = QStringLiteral(
            "SELECT DISTINCT c FROM ("
            "SELECT (old_row->>'cohort_id')::bigint AS c %1 AND table_name IN "
            "('enrollment', 'cohort_session') UNION ALL "
            "SELECT (new_row->>'cohort_id')::bigint %1 AND table_name IN "
            "('enrollment', 'cohort_session') UNION ALL "
            "SELECT (new_row->>'id')::bigint %1 AND table_name = 'cohort' AND "
            "(operation = 'insert' OR old_row->'capacity' IS DISTINCT FROM "
            "new_row->'capacity' OR old_row->'status' IS DISTINCT FROM new_row->'status')) "
            "AS touched "
            "WHERE c IS NOT NULL");
        for (Id id : ids(m_db, cohorts.arg(rows)))
            scope.cohorts.insert(id);
        const QString trainees = QStringLiteral(
            "SELECT DISTINCT t FROM ("
            "SELECT (old_row->>'trainee_id')::bigint AS t %1 AND table_name = 'enrollment' "
            "AND operation = 'update' UNION ALL "
            "SELECT (new_row->>'trainee_id')::bigint %1 AND table_name = 'enrollment') "
            "AS touched WHERE t IS NOT NULL");
        for (Id id : ids(m_db, trainees.arg(rows)))
            scope.trainees.insert(id);
        return scope;
    }
    for (Id id : ids(m_db, QStringLiteral("SELECT id FROM temp.touched_cohort")))
        scope.cohorts.insert(id);
    for (Id id : ids(m_db, QStringLiteral("SELECT id FROM temp.touched_trainee")))
        scope.trainees.insert(id);
    return scope;
}

WriteCheck::~WriteCheck()
{
    if (!m_open)
        return;
    // Not finished (the write threw): the writer's transaction rolls back; let go of the
    // savepoint with it.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO write_check"));
    q.exec(QStringLiteral("RELEASE write_check"));
}

void WriteCheck::finish(const std::function<void()> &rewrite)
{
    const PlanRules::Scope scope = touched();
    auto release = [this] {
        if (!m_server) {
            Sql::exec(m_db, QStringLiteral("DELETE FROM temp.touched_cohort"));
            Sql::exec(m_db, QStringLiteral("DELETE FROM temp.touched_trainee"));
        }
        Sql::exec(m_db, QStringLiteral("RELEASE write_check"));
        m_open = false;
    };
    if (!scope.all && scope.cohorts.empty() && scope.trainees.empty())
        return release();
    const std::vector<PlanRules::Broken> after = brokenIn(m_db, scope);
    if (after.empty())
        return release();

    // Something is broken among the records touched: was it before?
    Sql::exec(m_db, QStringLiteral("ROLLBACK TO write_check"));
    QSet<QString> before;
    for (const PlanRules::Broken &b : brokenIn(m_db, scope))
        before.insert(b.key());
    QStringList added;
    for (const PlanRules::Broken &b : after)
        if (!before.contains(b.key()))
            added << b.message;
    if (!added.isEmpty()) {
        release();
        const int shown = 5;
        QString message = QCoreApplication::translate("Planner::PlanInvariants",
                                                      "this would break the plan's rules: %1")
                              .arg(added.mid(0, shown).join(QLatin1Char(' ')));
        if (added.size() > shown)
            message += QLatin1Char(' ') + QCoreApplication::translate("Planner::PlanInvariants",
                                                                      "(and %n more)", nullptr,
                                                                      int(added.size() - shown));
        throw StoreError(message);
    }
    rewrite();
    release();
}

} // namespace Planner::PlanInvariants

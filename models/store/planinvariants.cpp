// SPDX-License-Identifier: GPL-3.0-or-later
#include "planinvariants.h"

#include "sqliteplatform.h"
#include "storeerror.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace Planner::PlanInvariants {

namespace {

// Adds one line per row of sql (its columns joined by describe) until problems is full.
void collect(const QSqlDatabase &db, const QString &sql, QStringList &problems, int maxProblems,
             const std::function<QString(const QSqlQuery &)> &describe)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        problems << QStringLiteral("cannot check: %1").arg(q.lastError().text());
        return;
    }
    while (problems.size() < maxProblems && q.next())
        problems << describe(q);
}

} // namespace

QStringList check(const QSqlDatabase &db, int maxProblems)
{
    QStringList problems;
    try {
        problems << SqlitePlatform::checkIntegrity(db, true);
        problems << SqlitePlatform::checkForeignKeys(db);
    } catch (const StoreError &e) {
        problems << e.message();
    }
    // These lines are for developers (the crash harness, verify tools), so they are not
    // translated.
    collect(db,
            QStringLiteral("SELECT c.id, c.code FROM cohort c WHERE NOT EXISTS"
                           " (SELECT 1 FROM cohort_session s WHERE s.cohort_id = c.id) ORDER BY c.id"),
            problems, maxProblems, [](const QSqlQuery &q) {
                return QStringLiteral("cohort %1 (%2) has no sessions")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toString());
            });
    collect(db,
            QStringLiteral("SELECT c.id, c.code, c.capacity, count(*) FROM cohort c"
                           " JOIN enrollment e ON e.cohort_id = c.id"
                           " WHERE e.status IN ('enrolled', 'completed', 'failed')"
                           " GROUP BY c.id HAVING count(*) > c.capacity ORDER BY c.id"),
            problems, maxProblems, [](const QSqlQuery &q) {
                return QStringLiteral("cohort %1 (%2) seats %3 trainees, its capacity is %4")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toString())
                    .arg(q.value(3).toInt())
                    .arg(q.value(2).toInt());
            });
    collect(db,
            QStringLiteral("SELECT e.cohort_id, count(*), min(e.waitlist_position), max(e.waitlist_position),"
                           " count(DISTINCT e.waitlist_position) FROM enrollment e"
                           " WHERE e.status = 'waitlisted' GROUP BY e.cohort_id"
                           " HAVING min(e.waitlist_position) <> 1 OR max(e.waitlist_position) <> count(*)"
                           "  OR count(DISTINCT e.waitlist_position) <> count(*) ORDER BY e.cohort_id"),
            problems, maxProblems, [](const QSqlQuery &q) {
                return QStringLiteral("cohort %1: its waiting list of %2 is numbered %3 to %4 with %5 "
                                      "distinct positions")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toInt())
                    .arg(q.value(2).toInt())
                    .arg(q.value(3).toInt())
                    .arg(q.value(4).toInt());
            });
    collect(db,
            QStringLiteral("SELECT c.id, c.code, c.capacity,"
                           " (SELECT count(*) FROM enrollment e WHERE e.cohort_id = c.id"
                           "   AND e.status IN ('enrolled', 'completed', 'failed')) AS held,"
                           " (SELECT count(*) FROM enrollment e WHERE e.cohort_id = c.id"
                           "   AND e.status = 'waitlisted') AS waiting"
                           " FROM cohort c WHERE c.status IN ('planned', 'open', 'running')"
                           " AND waiting > 0 AND held < c.capacity ORDER BY c.id"),
            problems, maxProblems, [](const QSqlQuery &q) {
                return QStringLiteral("cohort %1 (%2) has free seats (%3) while trainees wait for one (%4)")
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toString())
                    .arg(q.value(2).toInt() - q.value(3).toInt())
                    .arg(q.value(4).toInt());
            });
    if (problems.size() > maxProblems)
        problems = problems.mid(0, maxProblems);
    return problems;
}

} // namespace Planner::PlanInvariants

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The PostgreSQL dialect of the plan's schema (issue 21: a plan kept on a database
// server). The schema is written once, for SQLite (schema.cpp); the server's is derived
// from it, statement by statement, so that the two can never drift apart:
//   INTEGER -> BIGINT, REAL -> DOUBLE PRECISION, an "id INTEGER PRIMARY KEY" -> an
//   identity column, "x GLOB 'pattern'" -> "x ~ '^regex$'", the ISO-date check
//   "date(julianday(x)) IS x" -> cohort_is_date(x), STRICT and WITHOUT ROWID dropped,
//   and the column "user" (a reserved word there) quoted.
// Values keep their SQLite types on the server (dates as ISO text, flags as 0/1 integers),
// so the store reads both dialects the same way.
namespace Planner::ServerDialect {

// One SQLite CREATE TABLE / CREATE INDEX statement of the plan's schema in PostgreSQL.
QString translate(const QString &sqliteStatement);

// What a server database holding a plan of the current schema version is made of, in
// the order to run it: the date-check function, the tables (each after the tables it
// references) and their indexes, then the server's own table of facts (server_meta:
// application, schema version) and the sequence of checkout site numbers.
QStringList schema();

// What records the changes made to a server plan, in the order to run it (after the rows
// are copied, so that a push is not logged as edits): the change log (every insert,
// update and delete of a plan table, with the row before and after), the commit numbers
// (change_commit: each committed transaction's sequence number, in commit order) and the
// triggers that write both and NOTIFY ChangeChannel with the new number.
QStringList changeTracking();
// The trigger that logs the changes of one plan table (part of changeTracking()).
QString changeTrigger(const QString &table);
// The server's own tables, which are not the plan's: their rows are not edits.
const QStringList &serverTables();
// The channel a server plan's commits are announced on, and the advisory lock that
// orders their numbers.
inline constexpr const char *ChangeChannel = "cohortplanner_changes";
inline constexpr qint64 CommitLock = 0x436f686f72; // "Cohor"
// The revision of the server's own tables (server_meta, change_log, change_commit),
// beside the plan's schema version; open() refuses others.
inline constexpr int ServerRevision = 2; // 2: checkout_site

// A team's groups on a server plan: every person's login role is a member of one.
enum class TeamGroup { Director, Coordinator, Viewer };
// The group role of database (its name, e.g. "cohorts_coordinator"; roles are the
// cluster's, so each plan database has groups of its own).
QString groupRole(const QString &database, TeamGroup group);
// A name quoted as an SQL identifier, and text quoted as an SQL string literal.
QString quoted(const QString &identifier);
QString literal(const QString &text);

// Which rows of table belong to districts (a checkout of some districts, serversync.h),
// as an SQL condition on the table's columns, or an empty string when the whole table
// does: a cohort is its venue's district's; its sessions, instructors and enrollments go
// with it; a trainee is their district's, and also in any district they are enrolled in.
QString districtScope(const QString &table, const QStringList &districts);

// What makes a server plan a team's (server-init, after the plan is there), in the order
// to run it as a superuser: the three group roles; which districts each coordinator
// plans (district_access); privileges; and row-level security, FORCEd on every plan
// table, so that the server itself keeps each coordinator to their districts:
//  - directors read and write everything;
//  - coordinators read the plan, but trainees only of their districts (or enrolled in
//    their cohorts) and enrollments only of their cohorts (a cohort's district is its
//    venue's; a venue without one, online, is the district ''); they write their
//    districts' cohorts, sessions, assignments, enrollments and trainees, and the History;
//    other tables only where a director GRANTs it (the policy allows, privileges decide);
//  - viewers read everything.
// The History and the change log show a coordinator no other district's trainees.
QStringList teamSecurity(const QString &database);

// The plan's tables in an order in which each comes after the tables it references
// (the order to copy rows in).
QStringList tablesInDependencyOrder();

} // namespace Planner::ServerDialect

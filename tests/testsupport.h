// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/plandatabase.h"
#include "store/serverstore.h"

#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace Planner {
class PlanDatabase;
}

// Verifies that a Result is ok, and prints its problem when it is not.
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto verifiedResult_ = (expression);                                                 \
        QVERIFY2(verifiedResult_, qPrintable(verifiedResult_.message()));                          \
    } while (false)

// Verifies that an outcome holds no Problem (an std::optional<Problem>), and prints it
// when it does.
#define VERIFY_NO_PROBLEM(problem)                                                                 \
    QVERIFY2(!(problem), qPrintable((problem) ? (problem)->message : QString()))

// Helpers shared by the tests. Tests only ever touch files in temporary folders.
namespace TestSupport {

// SHA-256 of a file's bytes (empty for a missing file): "unchanged" checks.
QByteArray checksum(const QString &path);

// Writes the demo plan with fixed options (seed 2026, 2026, as of 2026-11-28), failing
// the test on error. Returns path.
QString writeDemoPlan(const QString &path, int years = 1);

// Writes a small plan for the enrollment tests (failing the test on error): track 1,
// course 1 and four cohorts, each of one week of morning sessions:
//   1 "A" capacity 2, 2026-03-02 .. 03-06     2 "B" capacity 3, 2026-03-04 .. 03-10
//   (B overlaps A)                             3 "C" capacity 2, 2026-04-06 .. 04-10
//   4 "D" capacity 5, 2026-05-04 .. 05-08, cancelled
// and trainees 1 .. 8 named "Trainee 1" .. "Trainee 8" (id numbers "ID1" ...); no
// enrollments. Returns path.
QString writeEnrollmentPlan(const QString &path);

// Writes bytes to path (failing the test on error), its modification time ageSeconds in
// the past when given. Returns path.
QString writeFile(const QString &path, const QByteArray &bytes, int ageSeconds = 0);

// A new plan with the bundled 2026 calendar and no records, as File ▸ New makes it,
// opened for editing (failing the test on error).
std::unique_ptr<Planner::PlanDatabase> newPlan(const QString &path);

// Opens path for editing, as the app does (aborting the test on a refusal).
std::unique_ptr<Planner::PlanDatabase> openForEditing(const QString &path);

// Opens path, or returns nullptr after printing why not (the caller's QVERIFY fails).
std::unique_ptr<Planner::PlanDatabase> openPlan(const QString &path,
                                                Planner::PlanDatabase::Mode mode);

// Runs statements on a file through a plain SQLite connection, without the app's
// hardening: for building hostile or old-format fixtures.
void rawExec(const QString &path, const QStringList &statements);

// A valid 18-character resident ID number, a different one for each n >= 0, computed
// here independently of IdentityDocument.
QString idNumber(int n);

// Identity numbers valid and not, of every document type, as the importer and the
// editors must judge them alike: the type as a file may name it (empty: a resident ID),
// the number, and part of the message when it is not valid (empty: valid).
struct IdentityCase
{
    const char *name;
    const char *type;
    const char *number;
    const char *problem;
};
const std::vector<IdentityCase> &identityCases();

// Copies a plan to to (replacing it), writable: a fixture a test may break.
void copyPlan(const QString &from, const QString &to);

// Assigns the lead of one cohort also to another cohort that meets at the same date and
// slot: one instructor double-booked (and, as a rule, teaching a course outside their
// qualifications). The plan must have such a pair of cohorts (the demo plan has).
void addDoubleBooking(const QString &path);

// Isolates QSettings and QStandardPaths from the user's.
void isolateSettings();

// ---- A PostgreSQL server (issue 21). The server tests run when COHORT_TEST_PG holds a
// libpq connection string to a cluster where this user may create databases
// (tools/dev.sh test starts one with tools/pg-cluster.sh); each test has a database of its
// own. Without it they skip with NoServer.
inline constexpr const char *NoServer =
    "no PostgreSQL server: COHORT_TEST_PG is not set or the cluster refused a new database "
    "(tools/dev.sh test starts a throwaway cluster with tools/pg-cluster.sh)";
// A new, empty database on the test cluster, as its administrator; an address without a
// database when there is no cluster. From a template: a copy of that database (a plan
// pushed once and copied for each test; its group roles stay the template's, so a test
// logging in as a person of the team pushes a plan of its own).
Planner::ServerAddress newServerDatabase(const QString &templateDatabase = {});
// Runs one statement as the test cluster's administrator on database (a connection of its
// own, closed again) and returns the first value, or an invalid QVariant with the server's
// reason in *error.
QVariant runAsAdmin(const Planner::ServerAddress &address, const QString &database,
                    const QString &sql, QString *error = nullptr);

} // namespace TestSupport

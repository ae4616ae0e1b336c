// SPDX-License-Identifier: GPL-3.0-or-later
// The assignment solver: the demo year (~350 cohorts, 150 instructors), a generated
// stress instance (2,000 cohorts, 600 instructors) and a re-plan after a two-week leave.
// When `cbc` is on PATH, it solves the exported MPS of the same instances as a separate
// process, for comparison (CBC is never linked).
//
// usage: bench_solver [--cbc-seconds S (0: no CBC)] [--skip-stress] [--only-stress]
#include "benchutil.h"

#include "demo/demoplangenerator.h"
#include "io/calendarcsv.h"
#include "planning/assignmentsolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace Planner;

namespace {

ConflictInput demoYear(quint64 seed = 2026, bool problems = true)
{
    DemoOptions options;
    options.seed = seed;
    options.asOf = QDate(2026, 1, 1); // the whole year ahead, nothing completed
    DemoPlanGenerator generator(options);
    PlanData plan = generator.generate();
    if (problems)
        generator.addPlanningProblems(plan);
    return conflictInputOf(plan);
}

// Four copies of the demo's instructors (with their qualifications and leave) and six of
// its cohorts, each copy two weeks later than the one before (so that peaks do not all fall
// on the same days), cut to 2,000 cohorts; nobody assigned.
ConflictInput stress()
{
    // Without the demo's planted problems: six copies of its cohort moved onto a weekend
    // would be six cohorts nobody may teach.
    const ConflictInput one = demoYear(2026, false);
    ConflictInput in = one;
    in.instructors.clear();
    in.qualifications.clear();
    in.leaves.clear();
    in.cohorts.clear();
    in.sessions.clear();
    in.cohortInstructors.clear();
    in.seatHolders.clear();
    Id next = 1;
    for (int copy = 0; copy < 4; ++copy) {
        const Id offset = Id(copy) * 100000;
        for (Instructor i : one.instructors) {
            i.id += offset;
            i.code += QStringLiteral("-%1").arg(copy);
            in.instructors.push_back(i);
        }
        for (Qualification q : one.qualifications) {
            q.id += offset;
            q.instructorId += offset;
            in.qualifications.push_back(q);
        }
        for (Leave l : one.leaves) {
            l.id += offset;
            l.instructorId += offset;
            in.leaves.push_back(l);
        }
    }
    for (int copy = 0; copy < 6 && in.cohorts.size() < 2000; ++copy) {
        const Id offset = Id(copy) * 100000;
        for (const Cohort &c : one.cohorts) {
            if (in.cohorts.size() >= 2000)
                break;
            if (c.status == CohortStatus::Cancelled)
                continue;
            Cohort x = c;
            x.id += offset;
            x.code += QStringLiteral("-%1").arg(copy);
            in.cohorts.push_back(x);
        }
    }
    std::map<Id, bool> present;
    for (const Cohort &c : in.cohorts)
        present[c.id] = true;
    for (int copy = 0; copy < 6; ++copy) {
        const Id offset = Id(copy) * 100000;
        for (Session s : one.sessions) {
            s.cohortId += offset;
            if (!present.count(s.cohortId))
                continue;
            s.id = next++;
            s.date = s.date.addDays(14 * copy);
            in.sessions.push_back(s);
        }
    }
    return in;
}

void printResult(const QString &name, const SolverResult &r)
{
    // gap: over the decidable part, (objective - bound) / (objective - fixed).
    QTextStream(stdout)
        << QStringLiteral("%1: %2 cohorts, %3 roles, %4 staffed; objective %5, bound %6, "
                          "gap %7 %, %8; %9 s, %10 rounds, %11 M work units (%12 M/s)%13")
               .arg(name)
               .arg(r.cohorts)
               .arg(r.roles)
               .arg(r.staffed)
               .arg(r.objective)
               .arg(r.lowerBound, 0, 'f', 0)
               .arg(r.gap * 100, 0, 'f', 3)
               .arg(r.optimal ? QStringLiteral("proven optimal") : QStringLiteral("not proven"))
               .arg(r.seconds, 0, 'f', 3)
               .arg(r.rounds)
               .arg(double(r.work) / 1e6, 0, 'f', 1)
               .arg(r.seconds > 0 ? double(r.work) / 1e6 / r.seconds : 0.0, 0, 'f', 1)
               .arg(r.stoppedByClock ? QStringLiteral(", stopped by the clock") : QString())
        << Qt::endl;
    if (r.fixedRoles > 0)
        QTextStream(stdout) << QStringLiteral(
                                   "    fixed: %1 roles without a candidate, %2 points; decidable "
                                   "objective %3, bound %4")
                                   .arg(r.fixedRoles)
                                   .arg(r.fixed)
                                   .arg(r.decidableObjective)
                                   .arg(r.decidableBound, 0, 'f', 0)
                            << Qt::endl;
}

int hardConflicts(const ConflictInput &in, const SolverResult &r)
{
    ConflictEngine engine;
    engine.load(AssignmentSolver::withAssignments(in, r.assignments));
    int n = 0;
    for (const Conflict &c : engine.conflicts())
        n += isHardRule(c.rule) ? 1 : 0;
    return n;
}

// Solves path with CBC in a separate process; prints its time and objective.
void runCbc(const QString &name, const QString &path, int seconds, qint64 ours)
{
    const QString cbc = QStandardPaths::findExecutable(QStringLiteral("cbc"));
    if (cbc.isEmpty() || seconds <= 0)
        return;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(cbc,
                  {path, QStringLiteral("sec"), QString::number(seconds), QStringLiteral("solve")});
    process.waitForFinished((seconds + 60) * 1000);
    const double elapsed = timer.nsecsElapsed() / 1e9;
    const QString log = QString::fromLocal8Bit(process.readAllStandardOutput());
    const auto objective =
        QRegularExpression(QStringLiteral("Objective value:\\s*([-0-9.eE+]+)")).match(log);
    const bool optimal = log.contains(QStringLiteral("Result - Optimal solution found"));
    QTextStream(stdout) << QStringLiteral("  CBC on %1: %2 s, objective %3 (%4), ours %5")
                               .arg(name)
                               .arg(elapsed, 0, 'f', 1)
                               .arg(objective.hasMatch() ? objective.captured(1)
                                                         : QStringLiteral("none"))
                               .arg(optimal ? QStringLiteral("optimal") : QStringLiteral("stopped"))
                               .arg(ours)
                        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int cbcSeconds =
        args.contains(QStringLiteral("--cbc-seconds"))
            ? args.value(args.indexOf(QStringLiteral("--cbc-seconds")) + 1).toInt()
            : 120;
    QTextStream out(stdout);
    QTemporaryDir dir;

    // The demo year.
    const ConflictInput demo = demoYear();
    if (!args.contains(QStringLiteral("--only-stress"))) {
        SolverResult staffed;
        for (double limit : {0.25, 1.0, 5.0}) {
            SolverOptions options;
            options.timeLimitSeconds = limit;
            options.maxRounds = 1000000;
            AssignmentSolver solver(demo, options);
            const SolverResult r = solver.solve();
            printResult(QStringLiteral("demo year, %1 s budget").arg(limit), r);
            out << QStringLiteral("    hard violations (conflict engine): %1")
                       .arg(hardConflicts(demo, r))
                << Qt::endl;
            if (limit == 1.0) {
                staffed = r;
                const QString mps = dir.filePath(QStringLiteral("demo.mps"));
                QFile file(mps);
                if (file.open(QIODevice::WriteOnly)) {
                    file.write(solver.toMps());
                    file.close();
                    // --mps-out PATH keeps a copy, to study it with other solvers.
                    if (const qsizetype at = args.indexOf(QStringLiteral("--mps-out")); at >= 0)
                        QFile::copy(mps, args.value(at + 1));
                    runCbc(QStringLiteral("demo year"), mps, cbcSeconds, r.objective);
                }
            }
        }

        // Re-plan after a two-week leave of a lead with a cohort in June.
        {
            ConflictInput in = demo;
            in.cohortInstructors = staffed.assignments;
            std::map<Id, QDate> first;
            for (const Session &s : in.sessions) {
                if (!first.count(s.cohortId) || s.date < first[s.cohortId])
                    first[s.cohortId] = s.date;
            }
            Id person = 0;
            QDate start;
            for (const CohortInstructor &a : in.cohortInstructors) {
                if (a.role == InstructorRole::Lead && first[a.cohortId].month() == 6) {
                    person = a.instructorId;
                    start = first[a.cohortId];
                    break;
                }
            }
            in.leaves.push_back(
                {999999, person, start, start.addDays(13), QStringLiteral("bench")});
            ConflictEngine engine;
            engine.load(in);
            std::set<Id> touched;
            for (const Conflict &c : engine.conflicts()) {
                if (c.rule == ConflictRule::InstructorOnLeave)
                    touched.insert(c.cohortId);
            }
            std::vector<double> ms;
            SolverResult r;
            for (int run = 0; run < 5; ++run) {
                SolverOptions options;
                options.replan = true;
                options.timeLimitSeconds = 0.15;
                options.maxRounds = 1000000;
                QElapsedTimer timer;
                timer.start();
                AssignmentSolver solver(in, options);
                r = solver.solve();
                ms.push_back(timer.nsecsElapsed() / 1e6);
            }
            printFigure(QStringLiteral("re-plan after a two-week leave (set-up + solve)"), ms,
                        QStringLiteral("200 ms"));
            int outside = 0;
            for (const AssignmentChange &c : r.changes)
                outside += touched.count(c.cohortId) ? 0 : 1;
            out << QStringLiteral("    cohorts the leave touches: %1; changes: %2 (%3 outside "
                                  "them); churn cost %4; "
                                  "hard violations %5")
                       .arg(touched.size())
                       .arg(r.changes.size())
                       .arg(outside)
                       .arg(r.parts.churn)
                       .arg(hardConflicts(in, r))
                << Qt::endl;
            printResult(QStringLiteral("re-plan"), r);
        }
    }

    if (args.contains(QStringLiteral("--skip-stress")))
        return 0;
    // The stress instance.
    {
        const ConflictInput in = stress();
        out << QStringLiteral("stress: %1 cohorts, %2 instructors")
                   .arg(in.cohorts.size())
                   .arg(in.instructors.size())
            << Qt::endl;
        for (double limit : {2.0, 10.0}) {
            SolverOptions options;
            options.timeLimitSeconds = limit;
            options.maxRounds = 1000000;
            AssignmentSolver solver(in, options);
            const SolverResult r = solver.solve();
            printResult(QStringLiteral("stress, %1 s budget").arg(limit), r);
            out << QStringLiteral("    hard violations (conflict engine): %1")
                       .arg(hardConflicts(in, r))
                << Qt::endl;
            if (limit == 10.0) {
                const QString mps = dir.filePath(QStringLiteral("stress.mps"));
                QFile file(mps);
                if (file.open(QIODevice::WriteOnly)) {
                    file.write(solver.toMps());
                    file.close();
                    runCbc(QStringLiteral("stress"), mps, cbcSeconds, r.objective);
                }
            }
        }
    }
    return 0;
}

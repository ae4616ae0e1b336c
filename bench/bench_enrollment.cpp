// SPDX-License-Identifier: GPL-3.0-or-later
// Enrollment edits and panes on the 10-year demo plan (100,000 trainees): enrolling 1,000
// trainees in one step (checked, written, undone), a withdrawal that promotes from a long
// waitlist, and reading a cohort's roster and a trainee's history as the panes do.
//   bench_enrollment [PLAN]   (without PLAN, writes the 10-year demo plan to a temporary
//   folder; a given PLAN is copied, never changed)
#include "benchutil.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "demo/demoplan.h"
#include "items/enrollmentmodels.h"
#include "store/plandatabase.h"
#include "store/planinvariants.h"
#include "store/planqueries.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Planner;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const std::unique_ptr<PlanDatabase> plan = openBenchPlan(argc, argv, dir.path());
    if (!plan)
        return 1;
    const QSqlDatabase db = plan->database();
    PlanEditor editor;
    editor.setPlan(plan.get());
    const PlanQueries queries(db);

    // Trainees with no enrollment at all, and the planned cohorts (nobody enrolled yet).
    QSet<Id> enrolled;
    const std::vector<Enrollment> enrollments = Repository<Enrollment>(db).loadAll();
    for (const Enrollment &e : enrollments)
        enrolled.insert(e.traineeId);
    std::vector<Id> free;
    for (const Trainee &t : Repository<Trainee>(db).loadAll()) {
        if (!enrolled.contains(t.id) && free.size() < 1000)
            free.push_back(t.id);
    }
    std::vector<CohortSummary> cohorts = queries.cohorts();
    const CohortSummary *target = nullptr;
    for (const CohortSummary &c : cohorts) {
        if (c.cohort.status == CohortStatus::Planned && c.enrolled == 0 && c.start.isValid()) {
            target = &c;
            break;
        }
    }
    QTextStream(stdout)
        << QStringLiteral(
               "plan: %1 trainees, %2 enrollments, %3 cohorts; %4 free trainees; target %5 "
               "(capacity %6)")
               .arg(Repository<Trainee>(db).count())
               .arg(enrollments.size())
               .arg(cohorts.size())
               .arg(free.size())
               .arg(target ? target->cohort.code : QStringLiteral("none"))
               .arg(target ? target->cohort.capacity : 0)
        << Qt::endl;
    if (!target || free.size() < 1000) {
        qCritical("the plan has no planned empty cohort or too few free trainees");
        return 1;
    }
    const Id cohortId = target->cohort.id;

    // Enroll 1,000 trainees in one cohort: the seats, then a waitlist of the rest.
    std::vector<double> check, write, undo, redo;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        PlanEdit result = PlanEdits(db).enroll(free, cohortId);
        check.push_back(ms(t));
        if (!result.ok()) {
            qCritical("%s", qPrintable(result.problem->message));
            return 1;
        }
        t.restart();
        if (const QString failed = editor.execute(result.text, std::move(result.changes)).message();
            !failed.isEmpty()) {
            qCritical("%s", qPrintable(failed));
            return 1;
        }
        write.push_back(ms(t));
        t.restart();
        editor.undoStack()->undo();
        undo.push_back(ms(t));
        t.restart();
        editor.undoStack()->redo();
        redo.push_back(ms(t));
        editor.undoStack()->undo();
    }
    printFigure(QStringLiteral("enroll 1,000 trainees in one cohort: check (read + rules)"), check,
                QStringLiteral("-"));
    printFigure(QStringLiteral("enroll 1,000 trainees: write in one transaction (audited)"), write,
                QStringLiteral("-"));
    printFigure(QStringLiteral("enroll 1,000 trainees: undo"), undo, QStringLiteral("-"));
    printFigure(QStringLiteral("enroll 1,000 trainees: redo"), redo, QStringLiteral("-"));

    // The same 1,000 spread over 40 planned cohorts, 25 each, as 40 steps.
    std::vector<Id> spread;
    for (const CohortSummary &c : cohorts) {
        if (c.cohort.status == CohortStatus::Planned && c.enrolled == 0 && spread.size() < 40)
            spread.push_back(c.cohort.id);
    }
    std::vector<double> each;
    QElapsedTimer total;
    total.start();
    QSet<Id> refused;
    for (std::size_t i = 0; i < spread.size(); ++i) {
        const std::vector<Id> batch(free.begin() + long(i * 25), free.begin() + long(i * 25 + 25));
        QElapsedTimer t;
        t.start();
        PlanEdit result = PlanEdits(db).enroll(batch, spread[i]);
        if (!result.ok()) {
            refused.insert(spread[i]);
            continue;
        }
        editor.execute(result.text, std::move(result.changes)).message();
        each.push_back(ms(t));
    }
    const double spreadMs = ms(total);
    printFigure(QStringLiteral("enroll 25 trainees in a cohort (check + write), 40 cohorts"), each,
                QStringLiteral("-"));
    QTextStream(stdout)
        << QStringLiteral(
               "enroll 1,000 trainees over 40 cohorts, 40 steps: %1 ms in all (%2 refused)")
               .arg(spreadMs, 0, 'f', 1)
               .arg(refused.size())
        << Qt::endl;
    while (editor.undoStack()->canUndo())
        editor.undoStack()->undo();

    // What the plan's rules check (PlanInvariants::WriteCheck) adds to each of those
    // writes: the same 40 steps written and rolled back, timing only the check.
    {
        std::vector<double> checks;
        for (std::size_t i = 0; i < spread.size(); ++i) {
            const std::vector<Id> batch(free.begin() + long(i * 25),
                                        free.begin() + long(i * 25 + 25));
            PlanEdit result = PlanEdits(db).enroll(batch, spread[i]);
            if (!result.ok())
                continue;
            Transaction transaction(db);
            PlanInvariants::WriteCheck check(db);
            result.changes.apply(db);
            QElapsedTimer t;
            t.start();
            check.finish([&] { result.changes.apply(db); });
            checks.push_back(ms(t));
        }
        printFigure(
            QStringLiteral(
                "the plan's rules checked before one of those commits (1 cohort, 25 trainees)"),
            checks, QStringLiteral("-"));
    }

    // A withdrawal from a full cohort with a waitlist of hundreds: promotion, renumbering.
    {
        PlanEdit result = PlanEdits(db).enroll(free, cohortId);
        editor.execute(result.text, std::move(result.changes)).message();
        const CohortRoster roster = queries.cohortRoster(cohortId);
        Id seated = 0;
        for (const RosterEntry &r : roster.entries) {
            if (r.enrollment.status == EnrollmentStatus::Enrolled) {
                seated = r.enrollment.id;
                break;
            }
        }
        std::vector<double> withdraw;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            PlanEdit w = PlanEdits(db).withdraw({seated});
            editor.execute(w.text, std::move(w.changes)).message();
            withdraw.push_back(ms(t));
            editor.undoStack()->undo();
        }
        printFigure(
            QStringLiteral(
                "withdraw one of %1 seats with %2 waiting: promote and renumber (check + write)")
                .arg(target->cohort.capacity)
                .arg(1000 - target->cohort.capacity),
            withdraw, QStringLiteral("-"));

        // The roster pane on that cohort: read (worker thread in the app) and fill the models.
        std::vector<double> read, fill;
        RosterModel seats(RosterModel::Part::Seats);
        RosterModel waitlist(RosterModel::Part::Waitlist);
        for (int run = 0; run < 9; ++run) {
            QElapsedTimer t;
            t.start();
            const CohortRoster r = queries.cohortRoster(cohortId);
            read.push_back(ms(t));
            t.restart();
            seats.setRoster(r);
            waitlist.setRoster(r);
            fill.push_back(ms(t));
        }
        printFigure(QStringLiteral("roster of a cohort with 1,000 enrollments: read"), read,
                    QStringLiteral("<= 100 ms"));
        printFigure(QStringLiteral("roster of a cohort with 1,000 enrollments: fill both tables"),
                    fill, QStringLiteral("-"));
        editor.undoStack()->undo();
    }

    // Rosters of ordinary cohorts, and trainees' histories, across the plan.
    std::vector<double> rosters;
    for (std::size_t i = 0; i < cohorts.size(); i += cohorts.size() / 50) {
        QElapsedTimer t;
        t.start();
        const CohortRoster r = queries.cohortRoster(cohorts[i].cohort.id);
        rosters.push_back(ms(t));
    }
    printFigure(QStringLiteral("roster of a demo cohort: read"), rosters,
                QStringLiteral("<= 100 ms"));
    std::vector<double> histories;
    for (std::size_t i = 0; i < enrollments.size(); i += enrollments.size() / 200) {
        QElapsedTimer t;
        t.start();
        const TraineeHistory h = queries.traineeHistory(enrollments[i].traineeId);
        histories.push_back(ms(t));
    }
    printFigure(QStringLiteral("trainee history: read"), histories, QStringLiteral("<= 100 ms"));
    return 0;
}

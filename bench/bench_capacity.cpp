// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity analysis of one year on the 10-year demo plan (issue 14: <= 50 ms), for
// a year with cohorts planned (2027, as the demo lays it out), for that year with its
// targets doubled (a short year: bottlenecks to find), and for a new year with none
// planned (2036, rolled forward from 2035). Reading the plan is timed apart.
//   bench_capacity [--runs N] [--details]  (--details: every figure of the last run's result)
// Then every year of the plan, 2026 to 2036, and the slowest.
#include "benchutil.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "demo/demoplan.h"
#include "planning/capacityplanner.h"
#include "planning/draftgenerator.h"
#include "store/capacityinputreader.h"
#include "store/conflictinputreader.h"
#include "store/plandatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Planner;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool details = args.contains(QStringLiteral("--details"));
    const int runs = args.contains(QStringLiteral("--runs"))
                         ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
                         : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo10.cohortplan"));
    DemoOptions options = DemoPlan::defaultOptions();
    options.years = 10;
    if (const QString error = DemoPlan::write(path, options).message(); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    auto plan = openPlan(path, PlanDatabase::Mode::ReadWrite);
    if (!plan)
        return 1;
    {
        PlanEditor editor;
        editor.setPlan(plan.get());
        PlanEdit r = PlanEdits(plan->database()).newPlanningYear(2036, 0);
        if (!r.ok() || !editor.execute(r.text, std::move(r.changes)).message().isEmpty())
            qFatal("cannot create 2036");
        editor.setPlan(nullptr);
    }
    struct Case
    {
        const char *name;
        int year;
        double targetFactor;
    };
    for (const Case &c :
         {Case{"2027, cohorts planned", 2027, 1.0}, Case{"2027, targets doubled", 2027, 2.0},
          Case{"2036, a new year", 2036, 1.0}}) {
        std::vector<double> read;
        std::vector<double> analyse;
        CapacityResult last;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            CapacityInput input = loadCapacityInput(plan->database(), c.year);
            read.push_back(timer.nsecsElapsed() / 1e6);
            for (Target &t : input.targets) {
                t.trainees = int(t.trainees * c.targetFactor);
                t.certified = int(t.certified * c.targetFactor);
            }
            timer.restart();
            last = CapacityPlanner::plan(input);
            analyse.push_back(timer.nsecsElapsed() / 1e6);
        }
        printFigure(QStringLiteral("read the plan for %1").arg(QLatin1String(c.name)), read,
                    QStringLiteral("-"));
        printFigure(QStringLiteral("capacity analysis, %1").arg(QLatin1String(c.name)), analyse,
                    QStringLiteral("<= 50 ms"));
        QTextStream(stdout) << QStringLiteral("  feasible %1, exact %2, smallest share %3 %, %4 "
                                              "bottlenecks, %5 master LPs, %6 resource LPs")
                                   .arg(last.feasible ? QStringLiteral("yes")
                                                      : QStringLiteral("no"),
                                        last.exact ? QStringLiteral("yes") : QStringLiteral("no"))
                                   .arg(last.minShare * 100, 0, 'f', 1)
                                   .arg(last.bottlenecks.size())
                                   .arg(last.nodes)
                                   .arg(last.subproblems)
                            << Qt::endl;
        if (!details)
            continue;
        QTextStream out(stdout);
        out << QStringLiteral(
                   "  share %1 (bound %2, months free %3), total %4 (bound %5, months free %6)")
                   .arg(last.minShare, 0, 'g', 12)
                   .arg(last.minShareBound, 0, 'g', 12)
                   .arg(last.minShareMonthsFree, 0, 'g', 12)
                   .arg(last.totalReached, 0, 'g', 12)
                   .arg(last.totalReachedBound, 0, 'g', 12)
                   .arg(last.totalReachedMonthsFree, 0, 'g', 12)
            << Qt::endl;
        for (const TrackCapacity &t : last.tracks) {
            out << QStringLiteral("  %1: share %2 (months free %3), trained %4, certified %5, "
                                  "needed %6, new %7; courses")
                       .arg(t.name)
                       .arg(t.reachableShare, 0, 'g', 12)
                       .arg(t.reachableShareMonthsFree, 0, 'g', 12)
                       .arg(t.reachableTrained, 0, 'g', 12)
                       .arg(t.reachableCertified, 0, 'g', 12)
                       .arg(t.cohortsNeeded)
                       .arg(t.newCohorts);
            for (const CourseCapacity &cc : t.courses)
                out << QStringLiteral(" %1:%2/%3")
                           .arg(cc.courseId)
                           .arg(cc.newCohorts)
                           .arg(cc.newCohortsMonthsFree);
            out << Qt::endl << QStringLiteral("    months");
            for (const CapacityMonth &m : t.months)
                out << QStringLiteral(" %1/%2")
                           .arg(m.newCohorts, 0, 'f', 2)
                           .arg(m.newCohortsMonthsFree, 0, 'f', 2);
            out << Qt::endl;
        }
        for (const Bottleneck &b : last.bottlenecks)
            out << QStringLiteral("  bottleneck: ") << b.explanation << Qt::endl;
    }

    // Every year of the plan as the demo made it (and the new 2036): the target holds for
    // each, and the slowest is the figure that counts.
    {
        double slowest = 0;
        int slowestYear = 0;
        int short_ = 0;
        QTextStream out(stdout);
        out << QStringLiteral("capacity analysis of every year, median of %1 runs:").arg(runs);
        for (int year = 2026; year <= 2036; ++year) {
            const CapacityInput input = loadCapacityInput(plan->database(), year);
            std::vector<double> analyse;
            CapacityResult result;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                result = CapacityPlanner::plan(input);
                analyse.push_back(timer.nsecsElapsed() / 1e6);
            }
            std::sort(analyse.begin(), analyse.end());
            const double median = analyse[analyse.size() / 2];
            short_ += result.feasible ? 0 : 1;
            out << QStringLiteral(" %1 %2 ms%3")
                       .arg(year)
                       .arg(median, 0, 'f', 1)
                       .arg(result.feasible ? QString() : QStringLiteral(" (short)"));
            if (median > slowest) {
                slowest = median;
                slowestYear = year;
            }
        }
        out << Qt::endl
            << QStringLiteral("capacity analysis, slowest year of the plan: %1, %2 ms (target <= "
                              "50 ms); %3 years short of their targets")
                   .arg(slowestYear)
                   .arg(slowest, 0, 'f', 1)
                   .arg(short_)
            << Qt::endl;
    }

    // A year's draft calendar (issue 14: <= 1 s unstaffed, <= 3 s staffed), for 2036 with
    // nothing planned: the capacity analysis and the layout, then the staffing, then
    // the edit PlanEdits::createDraft checks (codes, rules, conflicts) without writing it.
    std::vector<double> layout, staffing, check;
    DraftResult draft;
    SolverResult staffed;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        CapacityInput input = loadCapacityInput(plan->database(), 2036);
        draft = DraftGenerator::generate(input, CapacityPlanner::plan(input),
                                         DraftOptions{QDate(2036, 1, 1), {}});
        layout.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const PlanEdit unstaffed = PlanEdits(plan->database()).createDraft(draft, 2036);
        check.push_back(timer.nsecsElapsed() / 1e6);
        if (!unstaffed.ok())
            qFatal("draft refused: %s", qPrintable(unstaffed.problem->message));
        timer.restart();
        SolverOptions options;
        options.maxRounds = 1000000;
        staffed = DraftGenerator::staff(loadConflictInput(plan->database()), draft, options);
        staffing.push_back(timer.nsecsElapsed() / 1e6);
    }
    printFigure(QStringLiteral("draft of 2036: read, analyse, lay out"), layout,
                QStringLiteral("-"));
    printFigure(QStringLiteral("draft of 2036: check the edit"), check, QStringLiteral("-"));
    printFigure(QStringLiteral("draft of 2036: staff (1 s budget)"), staffing, QStringLiteral("-"));
    std::vector<double> unstaffedTotal, staffedTotal;
    for (std::size_t k = 0; k < layout.size(); ++k) {
        unstaffedTotal.push_back(layout[k] + check[k]);
        staffedTotal.push_back(layout[k] + check[k] + staffing[k]);
    }
    printFigure(QStringLiteral("draft of 2036 without staffing"), unstaffedTotal,
                QStringLiteral("<= 1 s"));
    printFigure(QStringLiteral("draft of 2036 staffed"), staffedTotal, QStringLiteral("<= 3 s"));
    int unplaced = 0;
    for (const DraftUnplaced &u : draft.unplaced)
        unplaced += u.count;
    QTextStream(stdout)
        << QStringLiteral("  %1 cohorts laid out, %2 not placed, %3 of %4 roles staffed, gap %5 %")
               .arg(draft.cohorts.size())
               .arg(unplaced)
               .arg(staffed.staffed)
               .arg(staffed.roles)
               .arg(staffed.gap * 100, 0, 'f', 2)
        << Qt::endl;
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// What a backup costs on the 10-year plan, and so whether the backup taken on open (on
// the GUI thread today) blocks the window: opening for editing with and without the
// backup on open, a backup on its own, and quick_check (which a backup runs twice: on
// the plan before copying, on the copy before renaming it into place). Then the what-if
// scenarios of issue 19: creating one (a checked copy with the backup API), comparing four
// of one year (the plan and three scenarios, read two at a time), promoting one.
//   bench_backup [PLAN]
#include "benchutil.h"

#include "demo/demoplan.h"
#include "items/scenariocomparison.h"
#include "store/backupstore.h"
#include "store/plandatabase.h"
#include "store/scenariostore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Planner;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = QCoreApplication::arguments().value(1);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo10.cohortplan"));
        DemoOptions options = DemoPlan::defaultOptions();
        options.years = 10;
        options.asOf = QDate(2036, 12, 31);
        if (const QString error = DemoPlan::write(path, options).message(); !error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    } else {
        // Work on a copy: the benchmark writes backups beside it.
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QFile::copy(path, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        path = copy;
    }
    QTextStream(stdout)
        << QStringLiteral("plan: %1 MB").arg(QFileInfo(path).size() / 1e6, 0, 'f', 1) << Qt::endl;
    const int runs = 5;
    std::vector<double> withBackup, withoutBackup, backup, check;
    for (int i = 0; i < runs; ++i) {
        // The plan changed since its newest backup: open backs it up.
        QDir(BackupStore::defaultFolder(path)).removeRecursively();
        QElapsedTimer clock;
        clock.start();
        {
            auto plan = openPlan(path, PlanDatabase::Mode::ReadWrite);
            if (!plan)
                return 1;
            if (!plan->backupProblem().isEmpty()) {
                QTextStream(stderr) << plan->backupProblem() << Qt::endl;
                return 1;
            }
            withBackup.push_back(clock.nsecsElapsed() / 1e6);
        }
        // Unchanged since that backup: no backup on open.
        clock.restart();
        {
            auto plan = openPlan(path, PlanDatabase::Mode::ReadWrite);
            if (!plan)
                return 1;
            withoutBackup.push_back(clock.nsecsElapsed() / 1e6);
            clock.restart();
            if (const QString problem =
                    plan->backups()->backupNow(BackupStore::Kind::Manual).message();
                !problem.isEmpty()) {
                QTextStream(stderr) << problem << Qt::endl;
                return 1;
            }
            backup.push_back(clock.nsecsElapsed() / 1e6);
        }
        clock.restart();
        PlanDatabase::verify(path);
        check.push_back(clock.nsecsElapsed() / 1e6);
    }
    printFigure(QStringLiteral("open for editing, backup on open"), withBackup,
                QStringLiteral("-"));
    printFigure(QStringLiteral("open for editing, no backup needed"), withoutBackup,
                QStringLiteral("-"));
    printFigure(QStringLiteral("Back Up Now (quick_check, copy, quick_check, rename, prune)"),
                backup, QStringLiteral("-"));
    printFigure(QStringLiteral("verify (integrity_check, foreign keys, schema)"), check,
                QStringLiteral("-"));

    // Scenarios.
    const ScenarioStore scenarios(path);
    std::vector<double> create, compare, promote;
    for (int i = 0; i < runs; ++i) {
        QDir(scenarios.folder()).removeRecursively();
        QElapsedTimer clock;
        clock.start();
        const auto created = scenarios.create(QStringLiteral("Scenario A"));
        create.push_back(clock.nsecsElapsed() / 1e6);
        if (!created) {
            QTextStream(stderr) << created.message() << Qt::endl;
            return 1;
        }
        for (const char *name : {"Scenario B", "Scenario C"})
            if (!scenarios.create(QLatin1String(name)))
                return 1;
        const std::vector<ScenarioComparison::File> files{
            {QStringLiteral("plan"), path},
            {QStringLiteral("A"), scenarios.pathOf(QStringLiteral("Scenario A"))},
            {QStringLiteral("B"), scenarios.pathOf(QStringLiteral("Scenario B"))},
            {QStringLiteral("C"), scenarios.pathOf(QStringLiteral("Scenario C"))}};
        clock.restart();
        const ScenarioComparison result =
            ScenarioComparison::compare(files, 2031, QDate(2031, 6, 30));
        compare.push_back(clock.nsecsElapsed() / 1e6);
        if (i == 0)
            QTextStream(stdout) << "compare 2031: forecast " << result.scenarios[0].trainedForecast
                                << ", cost " << result.scenarios[0].cost << " yuan, "
                                << result.diffs[0].lines.size() << " changes" << Qt::endl;
        clock.restart();
        if (const auto promoted = scenarios.promote(QStringLiteral("Scenario A")); !promoted) {
            QTextStream(stderr) << promoted.message() << Qt::endl;
            return 1;
        }
        promote.push_back(clock.nsecsElapsed() / 1e6);
    }
    printFigure(QStringLiteral("create a scenario (checked copy of the plan)"), create,
                QStringLiteral("<= 2000 ms"));
    printFigure(QStringLiteral("compare 4 scenarios of one year"), compare,
                QStringLiteral("<= 500 ms"));
    printFigure(QStringLiteral("promote a scenario (checked backup, checked copy, History)"),
                promote, QStringLiteral("-"));
    return 0;
}

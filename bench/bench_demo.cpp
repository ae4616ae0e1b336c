// SPDX-License-Identifier: GPL-3.0-or-later
// How long `cohortplanner-cli demo --years 10` takes: generating the plan in memory and
// writing it as a new plan file.
#include "benchutil.h"

#include "demo/demoplan.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Planner;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = 3;
    QTemporaryDir dir;
    // As of today most of years 2-10 is still planned (few enrollments); as of the end of
    // the tenth year every cohort has run: the full ~100k-enrollment shape.
    for (const QDate asOf : {QDate(2026, 11, 28), QDate(2036, 12, 31)}) {
        DemoOptions options = DemoPlan::defaultOptions();
        options.years = 10;
        options.asOf = asOf;
        std::vector<double> generate, total;
        PlanData plan;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            plan = DemoPlanGenerator(options).generate();
            generate.push_back(timer.nsecsElapsed() / 1e6);
        }
        QString path;
        for (int i = 0; i < runs; ++i) {
            path = dir.filePath(QStringLiteral("demo-%1.cohortplan").arg(i));
            QElapsedTimer timer;
            timer.start();
            const QString error = DemoPlan::write(path, options).message();
            total.push_back(timer.nsecsElapsed() / 1e6);
            if (!error.isEmpty()) {
                QTextStream(stderr) << error << Qt::endl;
                return 1;
            }
        }
        QTextStream(stdout) << QStringLiteral(
                                   "10-year demo plan as of %1: %2 cohorts, %3 sessions, "
                                   "%4 trainees, %5 enrollments, %6 MB")
                                   .arg(asOf.toString(Qt::ISODate))
                                   .arg(plan.cohorts.size())
                                   .arg(plan.sessions.size())
                                   .arg(plan.trainees.size())
                                   .arg(plan.enrollments.size())
                                   .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1)
                            << Qt::endl;
        printFigure(QStringLiteral("  generate in memory"), generate, QStringLiteral("-"));
        printFigure(QStringLiteral("  demo --years 10 (generate + write file)"), total,
                    QStringLiteral("<= 5000 ms"));
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// cohortplanner: the desktop application. Wiring only.
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CohortPlanner"));
    QApplication::setApplicationName(QStringLiteral("Cohort Planner"));
    QApplication::setApplicationVersion(QStringLiteral(COHORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cohortplanner"));

    Planner::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Plan training cohorts, instructors and trainees against yearly targets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"),
                                 QApplication::translate("main", "The plan file to open."),
                                 QStringLiteral("[plan]"));
    parser.process(app);

    Planner::MainWindow window;
    window.show();
    // Open after the first paint: the window appears at once, the file checks follow.
    const QString path = parser.positionalArguments().value(0);
    QTimer::singleShot(0, &window, [&window, path] { window.openInitialPlan(path); });
    return QApplication::exec();
}

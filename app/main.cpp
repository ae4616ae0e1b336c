// SPDX-License-Identifier: GPL-3.0-or-later
// cohortplanner: the desktop application. Wiring only.
#include "charts/chartrenderer.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
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
    // Used by `cohortplanner-cli chart`: render one chart without a window, then exit.
    const QCommandLineOption renderChart(
        QStringLiteral("render-chart"),
        QApplication::translate(
            "main", "Render a chart (progress, tracks, capacity, utilisation, years) and exit."),
        QStringLiteral("kind"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  QApplication::translate("main", "The chart's year."),
                                  QStringLiteral("year"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QApplication::translate("main", "Progress as of this date."),
                                  QStringLiteral("date"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QApplication::translate("main", "The chart file to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption size(
        QStringLiteral("size"), QApplication::translate("main", "The chart's size, WIDTHxHEIGHT."),
        QStringLiteral("size"), QStringLiteral("1600x1000"));
    parser.addOptions({renderChart, year, asOf, out, size});
    parser.process(app);

    if (parser.isSet(renderChart)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const QDate date = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate)
                                              : QDate::currentDate();
        const Planner::Result<> rendered = Planner::ChartRenderer::render(
            parser.positionalArguments().value(0), parser.value(year).toInt(), date,
            parser.value(renderChart), parser.value(out),
            QSize(wh.value(0).toInt(), wh.value(1).toInt()));
        if (!rendered) {
            QTextStream(stderr) << rendered.message() << Qt::endl;
            return 1;
        }
        return 0;
    }

    // Made with new: a change of language replaces it with a new window (which deletes
    // itself on close, as this one does).
    auto *window = new Planner::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // Open after the first paint: the window appears at once, the file checks follow.
    const QString path = parser.positionalArguments().value(0);
    QTimer::singleShot(0, window, [window, path] { window->openInitialPlan(path); });
    return QApplication::exec();
}

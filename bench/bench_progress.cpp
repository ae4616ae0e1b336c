// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard on the 10-year plan: one year's figures read and computed after the plan
// opens, the year's cost figures, each chart's replot, and the 10-year view.
#include "benchutil.h"

#include "charts/capacitychart.h"
#include "charts/multiyearchart.h"
#include "charts/progresschart.h"
#include "charts/trackmonthlychart.h"
#include "charts/utilisationchart.h"

#include "demo/demoplan.h"
#include "items/progressmodel.h"
#include "store/plandatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <qcustomplot.h>

using namespace Planner;

namespace {
double elapsedMs(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QString path = QCoreApplication::arguments().value(1);
    QTemporaryDir dir;
    const QDate asOf(2026, 11, 28);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo10.cohortplan"));
        DemoOptions options = DemoPlan::defaultOptions();
        options.years = 10;
        options.asOf = QDate(2036, 12, 31); // every cohort run and enrolled: the heaviest plan
        if (const QString error = DemoPlan::write(path, options).message(); !error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }
    const int runs = 9;
    std::vector<double> yearReady, costs, multiYear, replot[5];
    for (int i = 0; i < runs; ++i) {
        // Each run opens the plan afresh: "ready after the plan opens".
        const auto plan = openPlan(path, PlanDatabase::Mode::ReadOnly);
        if (!plan)
            return 1;
        const PlanQueries queries(plan->database());
        QElapsedTimer t;
        t.start();
        ProgressData data;
        data.planYears = queries.planYears();
        data.facts = queries.progressFacts(2031, asOf);
        const ProgressReport report = ProgressStats::compute(data.facts, asOf);
        const auto utilisation = ProgressStats::utilisation(data.facts);
        yearReady.push_back(elapsedMs(t));

        // The cost figures of the year: read its cohorts' days, instructors and rates, and
        // compute spent, forecast, months, tracks and cohorts.
        t.restart();
        const CostReport costReport = CostStats::compute(queries.costFacts(2031), asOf, &report);
        costs.push_back(elapsedMs(t));

        t.restart();
        const auto years = ProgressStats::years(queries.yearTrackFacts());
        MultiYearChart yearsChart;
        yearsChart.resize(1200, 600);
        yearsChart.setYears(years);
        multiYear.push_back(elapsedMs(t));

        ProgressChart progress;
        TrackMonthlyChart tracks;
        CapacityChart capacity;
        UtilisationChart load;
        QWidget *charts[] = {&progress, &tracks, &capacity, &load, &yearsChart};
        for (QWidget *w : charts) {
            w->resize(1200, 600);
            w->show(); // a hidden plot would skip drawing
        }
        QCoreApplication::processEvents();
        progress.setReport(report);
        tracks.setReport(report);
        capacity.setReport(report);
        load.setRows(utilisation);
        QCustomPlot *plots[] = {progress.plot(), tracks.plot(), capacity.plot(), load.plot(),
                                yearsChart.plot()};
        for (int c = 0; c < 5; ++c) {
            plots[c]->replot(); // warm
            t.restart();
            plots[c]->replot(QCustomPlot::rpImmediateRefresh);
            replot[c].push_back(std::max(elapsedMs(t), plots[c]->replotTime()));
        }
        if (i == 0)
            QTextStream(stdout) << "year 2031: " << data.facts.cohorts.size()
                                << " cohorts, trained " << report.trained << ", " << years.size()
                                << " years; forecast cost " << costReport.forecast.total()
                                << " yuan in " << costReport.cohorts.size() << " cohorts"
                                << Qt::endl;
    }
    printFigure(QStringLiteral("one year's dashboard figures (read + compute)"), yearReady,
                QStringLiteral("<= 100 ms"));
    printFigure(QStringLiteral("one year's cost figures (read + compute)"), costs,
                QStringLiteral("<= 50 ms"));
    printFigure(QStringLiteral("10-year view (read + compute + chart)"), multiYear,
                QStringLiteral("<= 200 ms"));
    const char *names[] = {"progress", "by month and track", "tracks against targets",
                           "utilisation", "all years"};
    for (int c = 0; c < 5; ++c)
        printFigure(QStringLiteral("replot %1 chart").arg(QLatin1String(names[c])), replot[c],
                    QStringLiteral("<= 16 ms"));
    return 0;
}

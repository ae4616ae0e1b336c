// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the 10-year plan in the GUI: from creating the main window to a painted window
// with the plan open (file checks included), and on to the dashboard's figures painted.
#include "benchutil.h"

#include "dashboardpage.h"
#include "mainwindow.h"
#include "tablepage.h"

#include "demo/demoplan.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"
#include "items/progressmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

using namespace Planner;

namespace {

// Records when a widget of the watched window was last painted.
class PaintWatch final : public QObject
{
public:
    QPointer<QWidget> window;
    QElapsedTimer *clock = nullptr;
    double lastPaint = -1;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && window) {
            auto *widget = qobject_cast<QWidget *>(object);
            if (widget && widget->window() == window)
                lastPaint = clock->nsecsElapsed() / 1e6;
        }
        return false;
    }
};

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CohortPlannerBench"));
    QString path = QCoreApplication::arguments().value(1);
    QTemporaryDir dir;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo10.cohortplan"));
        DemoOptions options = DemoPlan::defaultOptions();
        options.years = 10;
        // Every cohort run and enrolled: the heaviest 10-year plan.
        options.asOf = QDate(2036, 12, 31);
        if (const QString error = DemoPlan::write(path, options).message(); !error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }
    const int runs = 7;
    std::vector<double> painted, dashboard, trainees, sortByName;
    PaintWatch watch;
    app.installEventFilter(&watch);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        watch.clock = &clock;
        watch.lastPaint = -1;
        {
            MainWindow window;
            watch.window = &window;
            window.show();
            QTimer::singleShot(0, &window, [&] {
                if (const Result<> r = window.openPlan(path); !r)
                    qFatal("%s", qPrintable(r.message()));
            });
            double opened = -1;
            QObject::connect(window.session(), &PlanSession::planOpened, &window,
                             [&] { opened = clock.nsecsElapsed() / 1e6; });
            // A painted window with the plan open: the first paint after the open.
            if (!waitFor([&] { return opened >= 0 && watch.lastPaint > opened; })) {
                QTextStream(stderr) << "no paint after opening (opened at " << opened
                                    << " ms, last paint " << watch.lastPaint << " ms)" << Qt::endl;
                return 1;
            }
            painted.push_back(watch.lastPaint);
            auto *page = qobject_cast<DashboardPage *>(window.page(MainWindow::Dashboard));
            double loaded = -1;
            QObject::connect(page->model(), &TableModelBase::loaded, &window,
                             [&] { loaded = clock.nsecsElapsed() / 1e6; });
            if (!waitFor([&] { return loaded >= 0; })) {
                QTextStream(stderr) << "the dashboard did not load" << Qt::endl;
                return 1;
            }
            if (!waitFor([&] { return watch.lastPaint > loaded; })) {
                QTextStream(stderr) << "no paint after the dashboard loaded" << Qt::endl;
                return 1;
            }
            dashboard.push_back(watch.lastPaint);

            // The largest table: every trainee, loaded off the GUI thread, then sorted.
            QElapsedTimer step;
            step.start();
            window.showPage(MainWindow::Trainees);
            auto *traineePage = qobject_cast<TablePage *>(window.page(MainWindow::Trainees));
            if (!waitFor([&] { return traineePage->model()->isLoaded(); })) {
                QTextStream(stderr) << "the trainees did not load" << Qt::endl;
                return 1;
            }
            trainees.push_back(step.nsecsElapsed() / 1e6);
            step.restart();
            traineePage->model()->sort(TraineeTableModel::Name, Qt::AscendingOrder);
            sortByName.push_back(step.nsecsElapsed() / 1e6);
            if (i == 0)
                QTextStream(stdout)
                    << "trainee rows: " << traineePage->model()->rowCount() << Qt::endl;
            window.session()->loader()->waitForAll();
        }
        QCoreApplication::processEvents();
    }
    printFigure(QStringLiteral("open 10-year plan to a painted window"), painted,
                QStringLiteral("<= 300 ms"));
    printFigure(QStringLiteral("... to the dashboard's figures painted"), dashboard,
                QStringLiteral("-"));
    printFigure(QStringLiteral("trainees page: all rows loaded"), trainees, QStringLiteral("-"));
    printFigure(QStringLiteral("trainees page: sort by name"), sortByName, QStringLiteral("-"));
    return 0;
}

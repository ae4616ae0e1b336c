// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline on the 10-year demo plan: reading one year's timeline, and repainting the
// view at 1400×900 at year and month zoom and while a drag previews a move.
#include "benchutil.h"

#include "timeline/timelineview.h"

#include "demo/demoplan.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTemporaryDir>

using namespace Planner;

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// Renders the whole view into image, as a repaint of the window does.
double repaint(TimelineView &view, QImage &image)
{
    // The view paints every pixel (an opaque widget), as into the window's backing store.
    QElapsedTimer t;
    t.start();
    view.render(&image);
    return elapsedMs(t);
}

void send(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QString path = QCoreApplication::arguments().value(1);
    QTemporaryDir dir;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo10.cohortplan"));
        DemoOptions options = DemoPlan::defaultOptions();
        options.years = 10;
        options.asOf = QDate(2031, 6, 30);
        if (const QString error = DemoPlan::write(path, options).message(); !error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }
    const auto plan = openPlan(path, PlanDatabase::Mode::ReadOnly);
    if (!plan)
        return 1;
    const PlanQueries queries(plan->database());
    const int year = 2026; // the year the bundled calendar covers: holidays to shade
    std::vector<double> reads;
    TimelineData data;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer t;
        t.start();
        data = queries.timeline(year);
        reads.push_back(elapsedMs(t));
    }
    std::size_t sessions = 0;
    for (const TimelineCohort &c : data.cohorts)
        sessions += c.sessions.size();
    out << QStringLiteral("%1: %2 cohorts, %3 sessions, %4 calendar days")
               .arg(year)
               .arg(data.cohorts.size())
               .arg(sessions)
               .arg(data.calendar.size())
        << Qt::endl;
    printFigure(QStringLiteral("PlanQueries::timeline(%1)").arg(year), reads,
                QStringLiteral("<= 100 ms"));

    TimelineView view;
    view.resize(1400, 900);
    view.setToday(QDate(year, 6, 30));
    view.setData(data);
    view.show();
    QCoreApplication::processEvents();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int runs = 60;

    const auto measure = [&](const QString &name) {
        std::vector<double> ms;
        repaint(view, image); // warm the caches (fonts, glyphs)
        for (int i = 0; i < runs; ++i)
            ms.push_back(repaint(view, image));
        printFigure(name, ms, QStringLiteral("<= 16 ms"));
    };
    // The floor: an empty view (frame, scroll bars, filling the image).
    view.setData({});
    measure(QStringLiteral("repaint 1400x900, empty view"));
    // setData and the first paint, which lays out the visible labels.
    std::vector<double> firsts;
    for (int i = 0; i < 20; ++i) {
        view.setData({});
        QElapsedTimer t;
        t.start();
        view.setData(data);
        view.render(&image);
        firsts.push_back(elapsedMs(t));
    }
    printFigure(QStringLiteral("setData() and the first repaint, year zoom"), firsts,
                QStringLiteral("-"));
    view.scrollToDate(QDate(year, 1, 1));
    measure(QStringLiteral("repaint 1400x900, year zoom, by track"));
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    measure(QStringLiteral("repaint 1400x900, year zoom, scrolled to the middle rows"));
    view.setGrouping(TimelineView::Grouping::Instructor);
    measure(QStringLiteral("repaint 1400x900, year zoom, by lead instructor"));
    view.setGrouping(TimelineView::Grouping::Track);
    view.setZoom(TimelineView::Zoom::Quarter);
    view.scrollToDate(QDate(year, 9, 1));
    measure(QStringLiteral("repaint 1400x900, quarter zoom"));
    view.setZoom(TimelineView::Zoom::Month);
    view.scrollToDate(QDate(year, 9, 14));
    measure(QStringLiteral("repaint 1400x900, month zoom"));
    view.setZoom(TimelineView::Zoom::Week);
    view.scrollToDate(QDate(year, 9, 28));
    measure(QStringLiteral("repaint 1400x900, week zoom"));

    // A drag at month zoom: each step moves the mouse a day (the preview is recomputed
    // with shiftSessions) and repaints.
    view.setZoom(TimelineView::Zoom::Month);
    const TimelineCohort *dragged = nullptr;
    for (const TimelineCohort &c : data.cohorts) {
        if (!c.cancelled() && c.start() >= QDate(year, 9, 1) && c.sessions.size() >= 10) {
            dragged = &c;
            break;
        }
    }
    if (!dragged) {
        QTextStream(stderr) << "no cohort to drag" << Qt::endl;
        return 1;
    }
    view.selectCohort(dragged->id);
    view.scrollToDate(dragged->start().addDays(-3));
    const QRect span = view.cohortRect(dragged->id);
    const QPoint start(view.xForDate(dragged->start()) + 5, span.center().y());
    const double dayWidth = view.pixelsPerDay();
    send(view.viewport(), QEvent::MouseButtonPress, start, Qt::LeftButton);
    std::vector<double> drags;
    for (int i = 0; i < runs + 1; ++i) {
        const QPoint pos = start + QPoint(int((1 + i % 10) * dayWidth), 0);
        QElapsedTimer t;
        t.start();
        send(view.viewport(), QEvent::MouseMove, pos, Qt::LeftButton);
        view.render(&image);
        if (i > 0)
            drags.push_back(elapsedMs(t));
    }
    printFigure(QStringLiteral("drag preview of %1 (%2 sessions): mouse move + repaint, month zoom")
                    .arg(dragged->code)
                    .arg(dragged->sessions.size()),
                drags, QStringLiteral("<= 16 ms"));
    send(view.viewport(), QEvent::MouseButtonRelease, start, Qt::NoButton);
    return view.isDragging() ? 1 : 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline: its read model on the demo plan, and the page as a user drives it with
// the mouse and keyboard (offscreen).
#include "testsupport.h"

#include "mainwindow.h"
#include "timelinepage.h"

#include "commands/planeditor.h"
#include "items/plansession.h"
#include "planning/sessionshift.h"
#include "store/plandatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <limits>
#include <map>

using namespace Planner;

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readModel();
    void laysOutCohorts();
    void dragMovesByWorkingDays();
    void dragRightEdgeResizes();
    void escapeCancelsDrag();
    void shortDragIsAClick();
    void keyboard();
    void doubleClickActivates();
    void grouping();
    void zoom();
    void mainWindowPage();
    void dragOverSomeoneElsesMoveIsRefused();

private:
    void checkLanes(TimelineView *view);
    // A cohort to drag: not cancelled, in-person, starting on a working day in autumn
    // (far from the year's ends), shown in view at month zoom.
    const TimelineCohort &pickCohort(int minSessions = 2);
    QPoint dayCentre(QDate date, const QRect &row) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<TimelinePage> m_page;
    WorkCalendar m_calendar;
};

void TestTimeline::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_path = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
}

void TestTimeline::init()
{
    m_session = std::make_unique<PlanSession>();
    VERIFY_OK(m_session->open(m_path, PlanDatabase::Mode::ReadOnly));
    m_page = std::make_unique<TimelinePage>(m_session.get());
    m_page->resize(1400, 900);
    QSignalSpy loaded(m_page.get(), &TimelinePage::loaded);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(loaded.count() == 1 || loaded.wait(30000));
    m_calendar = WorkCalendar(m_page->view()->data().calendar);
}

void TestTimeline::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TestTimeline::readModel()
{
    const auto plan = TestSupport::openPlan(m_path, PlanDatabase::Mode::ReadOnly);
    QVERIFY(plan);
    const PlanQueries queries(plan->database());
    const TimelineData data = queries.timeline(2026);
    QCOMPARE(data.year, 2026);
    QVERIFY(data.cohorts.size() > 100);

    // The same cohorts as the cohort table has meeting in 2026, with the same seats.
    QSet<Id> expected;
    std::map<Id, int> seats;
    for (const CohortSummary &c : queries.cohorts()) {
        if (c.start.isValid() && c.start.year() <= 2026 && c.end.year() >= 2026) {
            expected.insert(c.cohort.id);
            seats[c.cohort.id] = c.enrolled;
        }
    }
    QSet<Id> found;
    bool cancelled = false;
    bool severalInstructors = false;
    for (const TimelineCohort &c : data.cohorts) {
        found.insert(c.id);
        QCOMPARE(c.enrolled, seats[c.id]);
        QVERIFY(!c.sessions.empty());
        QVERIFY(!c.code.isEmpty() && !c.courseTitle.isEmpty() && !c.trackName.isEmpty());
        QVERIFY(QColor::fromString(c.trackColour).isValid());
        QVERIFY(std::any_of(c.sessions.begin(), c.sessions.end(),
                            [](const Session &s) { return s.date.year() == 2026; }));
        QVERIFY(std::is_sorted(
            c.sessions.begin(), c.sessions.end(), [](const Session &a, const Session &b) {
                return std::pair(a.date, int(a.slot)) < std::pair(b.date, int(b.slot));
            }));
        for (const Session &s : c.sessions)
            QCOMPARE(s.cohortId, c.id);
        // The lead comes first.
        for (std::size_t i = 1; i < c.instructors.size(); ++i)
            QVERIFY(c.instructors[i].role == InstructorRole::Assistant);
        cancelled = cancelled || c.cancelled();
        severalInstructors = severalInstructors || c.instructors.size() > 1;
        if (c.mode != CohortMode::Online)
            QVERIFY(c.venueId != 0 && !c.venueName.isEmpty());
    }
    QCOMPARE(found, expected);
    QVERIFY(cancelled);
    QVERIFY(severalInstructors);
    QVERIFY(std::is_sorted(
        data.cohorts.begin(), data.cohorts.end(),
        [](const TimelineCohort &a, const TimelineCohort &b) { return a.start() < b.start(); }));
    // The calendar of the year: National Day and its make-up Saturday.
    const WorkCalendar calendar(data.calendar);
    QVERIFY(calendar.isHoliday(QDate(2026, 10, 1)));
    QVERIFY(calendar.isMakeUpWorkday(QDate(2026, 10, 10)));
    // A year without cohorts is empty, not an error.
    QVERIFY(queries.timeline(1999).cohorts.empty());
}

void TestTimeline::laysOutCohorts()
{
    TimelineView *view = m_page->view();
    QCOMPARE(m_page->year(), 2026);
    QCOMPARE(m_page->yearSelector()->currentText(), QStringLiteral("2026"));
    QVERIFY(view->cohortCount() > 100);
    QCOMPARE(view->groupCount(), 3); // the demo's three tracks
    QCOMPARE(view->rowCount(), view->cohortCount() + view->groupCount());
    QCOMPARE(view->zoom(), TimelineView::Zoom::Year);
    // At year zoom the whole year fits across the chart.
    const int yearWidth = view->xForDate(QDate(2027, 1, 1)) - view->xForDate(QDate(2026, 1, 1));
    QVERIFY2(yearWidth <= view->viewport()->width(), qPrintable(QString::number(yearWidth)));
    // Every cohort has a span from its first to its last session day.
    for (const TimelineCohort &c : view->data().cohorts) {
        const QRect rect = view->cohortRect(c.id);
        QVERIFY(!rect.isEmpty());
        QCOMPARE(rect.left(), view->xForDate(c.start()));
        QCOMPARE(rect.right(), view->xForDate(c.end().addDays(1)) - 1);
        QCOMPARE(view->dateAt(rect.left()), c.start());
        QCOMPARE(view->dateAt(rect.right()), c.end());
    }
    // Today: the date's column, and the first cohort still running at the top.
    const QDate today(2026, 9, 15);
    view->setToday(today);
    view->showToday();
    const int todayX = view->xForDate(today);
    QVERIFY(todayX > 0 && todayX < view->viewport()->width());
    QVERIFY(view->verticalScrollBar()->value() > 0); // the first months' cohorts are above
    // The highest row of a cohort still running is just under the date axis.
    int highest = std::numeric_limits<int>::max();
    for (const TimelineCohort &c : view->data().cohorts)
        if (c.end() >= today)
            highest = std::min(highest, view->cohortRect(c.id).top());
    QVERIFY2(highest > 0 && highest < 100, qPrintable(QString::number(highest)));
    view->verticalScrollBar()->setValue(0);
    // Rows stack without gaps, in display order.
    const TimelineCohort &first = view->data().cohorts.front();
    view->selectCohort(first.id);
    QCOMPARE(view->selectedCohort(), first.id);
    QVERIFY(!view->grab().isNull());
}

const TimelineCohort &TestTimeline::pickCohort(int minSessions)
{
    m_page->zoomSelector()->setCurrentIndex(
        m_page->zoomSelector()->findData(int(TimelineView::Zoom::Month)));
    TimelineView *view = m_page->view();
    const auto &cohorts = view->data().cohorts;
    const auto it = std::find_if(cohorts.begin(), cohorts.end(), [&](const TimelineCohort &c) {
        return !c.cancelled() && c.start() >= QDate(2026, 9, 1) && c.end() <= QDate(2026, 11, 30) &&
               int(c.sessions.size()) >= minSessions && m_calendar.isWorkingDay(c.start()) &&
               c.start().daysTo(c.end()) <= 10;
    });
    if (it == cohorts.end())
        qFatal("the demo plan has no autumn cohort to drag");
    view->selectCohort(it->id);
    view->scrollToDate(it->start());
    return *it;
}

QPoint TestTimeline::dayCentre(QDate date, const QRect &row) const
{
    TimelineView *view = m_page->view();
    return {(view->xForDate(date) + view->xForDate(date.addDays(1))) / 2, row.center().y()};
}

void TestTimeline::dragMovesByWorkingDays()
{
    const TimelineCohort &c = pickCohort();
    TimelineView *view = m_page->view();
    QWidget *viewport = view->viewport();
    QSignalSpy moves(m_page.get(), &TimelinePage::moveRequested);
    QSignalSpy resizes(m_page.get(), &TimelinePage::resizeRequested);
    const QRect row = view->cohortRect(c.id);
    QVERIFY(viewport->rect().contains(row.center()));

    // Grab the cohort by its first day and drop it a calendar week later: five working
    // days later, or fewer across holidays, more across make-up days.
    const QDate target = c.start().addDays(7);
    const int expected = workingDayOffset(c.start(), target, m_calendar);
    QVERIFY(expected > 0);
    QTest::mousePress(viewport, Qt::LeftButton, {}, dayCentre(c.start(), row));
    QTest::mouseMove(viewport, dayCentre(c.start().addDays(2), row));
    QVERIFY(view->isDragging());
    QTest::mouseMove(viewport, dayCentre(target, row));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, dayCentre(target, row));
    QVERIFY(!view->isDragging());
    QCOMPARE(moves.count(), 1);
    QCOMPARE(moves.at(0).at(0).toLongLong(), c.id);
    QCOMPARE(moves.at(0).at(1).toInt(), expected);
    QCOMPARE(resizes.count(), 0);

    // Earlier, grabbed in the middle: three working days back.
    const QDate grab = c.sessions[c.sessions.size() / 2].date;
    const QDate back = addWorkingDays(grab, -3, m_calendar);
    view->scrollToDate(back.addDays(-3));
    const QRect row2 = view->cohortRect(c.id);
    QTest::mousePress(viewport, Qt::LeftButton, {}, dayCentre(grab, row2));
    QTest::mouseMove(viewport, dayCentre(grab.addDays(-1), row2));
    QTest::mouseMove(viewport, dayCentre(back, row2));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, dayCentre(back, row2));
    QCOMPARE(moves.count(), 2);
    QCOMPARE(moves.at(1).at(0).toLongLong(), c.id);
    QCOMPARE(moves.at(1).at(1).toInt(), -3);
}

void TestTimeline::dragRightEdgeResizes()
{
    const TimelineCohort &c = pickCohort();
    TimelineView *view = m_page->view();
    QWidget *viewport = view->viewport();
    QSignalSpy moves(m_page.get(), &TimelinePage::moveRequested);
    QSignalSpy resizes(m_page.get(), &TimelinePage::resizeRequested);
    const QRect row = view->cohortRect(c.id);

    // Hovering the edge shows the resize cursor. (QTest::mouseMove without a button held
    // only moves the cursor, which the offscreen platform does not report: send the move.)
    const QPoint edge(row.right(), row.center().y());
    const auto hover = [viewport](QPoint pos) {
        QMouseEvent move(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        return viewport->cursor().shape();
    };
    QCOMPARE(hover(edge), Qt::SizeHorCursor);
    QCOMPARE(hover(dayCentre(c.start(), row)), Qt::OpenHandCursor);

    // Drag the edge to the end of the day a week after the last session: the cohort then
    // ends on the last working day up to there.
    const QDate target = c.end().addDays(7);
    QDate expected = target;
    while (!m_calendar.isWorkingDay(expected))
        expected = expected.addDays(-1);
    const QPoint drop(view->xForDate(target.addDays(1)), row.center().y());
    QTest::mousePress(viewport, Qt::LeftButton, {}, edge);
    QTest::mouseMove(viewport, edge + QPoint(15, 0));
    QTest::mouseMove(viewport, drop);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, drop);
    QCOMPARE(moves.count(), 0);
    QCOMPARE(resizes.count(), 1);
    QCOMPARE(resizes.at(0).at(0).toLongLong(), c.id);
    QCOMPARE(resizes.at(0).at(1).toDate(), expected);

    // Shorter: to the end of its first day.
    const QRect row2 = view->cohortRect(c.id);
    const QPoint edge2(row2.right(), row2.center().y());
    const QPoint first(view->xForDate(c.start().addDays(1)), row2.center().y());
    QTest::mousePress(viewport, Qt::LeftButton, {}, edge2);
    QTest::mouseMove(viewport, edge2 - QPoint(15, 0));
    QTest::mouseMove(viewport, first);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, first);
    QCOMPARE(resizes.count(), 2);
    QCOMPARE(resizes.at(1).at(1).toDate(), c.start());
}

void TestTimeline::escapeCancelsDrag()
{
    const TimelineCohort &c = pickCohort();
    TimelineView *view = m_page->view();
    QWidget *viewport = view->viewport();
    QSignalSpy moves(m_page.get(), &TimelinePage::moveRequested);
    QSignalSpy resizes(m_page.get(), &TimelinePage::resizeRequested);
    const QRect row = view->cohortRect(c.id);
    QTest::mousePress(viewport, Qt::LeftButton, {}, dayCentre(c.start(), row));
    QTest::mouseMove(viewport, dayCentre(c.start().addDays(3), row));
    QTest::mouseMove(viewport, dayCentre(c.start().addDays(7), row));
    QVERIFY(view->isDragging());
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!view->isDragging());
    QTest::mouseMove(viewport, dayCentre(c.start().addDays(8), row));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, dayCentre(c.start().addDays(8), row));
    QCOMPARE(moves.count(), 0);
    QCOMPARE(resizes.count(), 0);
}

void TestTimeline::shortDragIsAClick()
{
    const TimelineCohort &c = pickCohort();
    TimelineView *view = m_page->view();
    QSignalSpy moves(m_page.get(), &TimelinePage::moveRequested);
    view->selectCohort(0);
    QCOMPARE(view->selectedCohort(), 0);
    const QRect row = view->cohortRect(c.id);
    const QPoint at = dayCentre(c.start(), row);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseMove(view->viewport(), at + QPoint(1, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at + QPoint(1, 0));
    QCOMPARE(view->selectedCohort(), c.id);
    QCOMPARE(moves.count(), 0);
    // Dropped on its own day: no move either.
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseMove(view->viewport(), at + QPoint(20, 0));
    QTest::mouseMove(view->viewport(), at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(moves.count(), 0);
}

void TestTimeline::keyboard()
{
    TimelineView *view = m_page->view();
    QSignalSpy moves(m_page.get(), &TimelinePage::moveRequested);
    QSignalSpy activated(m_page.get(), &TimelinePage::cohortActivated);
    view->setFocus();
    view->selectCohort(0);
    // Down selects the first cohort (under the first group header), then the next.
    QTest::keyClick(view, Qt::Key_Down);
    const qint64 first = view->selectedCohort();
    QVERIFY(first != 0);
    QTest::keyClick(view, Qt::Key_Down);
    const qint64 second = view->selectedCohort();
    QVERIFY(second != 0 && second != first);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->selectedCohort(), first);
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(moves.count(), 2);
    QCOMPARE(moves.at(0).at(0).toLongLong(), first);
    QCOMPARE(moves.at(0).at(1).toInt(), 1);
    QCOMPARE(moves.at(1).at(1).toInt(), -1);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), first);
    // Up at the top stays on the first cohort.
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->selectedCohort(), first);
}

void TestTimeline::doubleClickActivates()
{
    const TimelineCohort &c = pickCohort();
    TimelineView *view = m_page->view();
    QSignalSpy activated(m_page.get(), &TimelinePage::cohortActivated);
    QSignalSpy moves(m_page.get(), &TimelinePage::moveRequested);
    const QPoint at = dayCentre(c.start(), view->cohortRect(c.id));
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), c.id);
    QCOMPARE(moves.count(), 0);
}

// Grouped by venue or lead, cohorts share rows (lanes): far fewer rows than cohorts, every
// cohort still drawn, no two in a row overlapping or touching (a day's gap at least), and a
// click on a cohort in a lane selects that one.
void TestTimeline::checkLanes(TimelineView *view)
{
    QVERIFY(view->packed());
    const auto &cohorts = view->data().cohorts;
    const int lanes = view->rowCount() - view->groupCount();
    QVERIFY2(lanes < int(cohorts.size()) / 2, qPrintable(QString::number(lanes)));
    view->verticalScrollBar()->setValue(0);
    std::map<int, std::vector<std::pair<QDate, QDate>>> byRow; // by the rows' top
    for (const TimelineCohort &c : cohorts) {
        const QRect rect = view->cohortRect(c.id);
        QVERIFY(!rect.isEmpty());
        byRow[rect.top()].push_back({c.start(), c.end()});
    }
    for (auto &[top, spans] : byRow) {
        std::sort(spans.begin(), spans.end());
        for (std::size_t i = 1; i < spans.size(); ++i)
            QVERIFY2(spans[i - 1].second.daysTo(spans[i].first) >= 2,
                     qPrintable(spans[i].first.toString(Qt::ISODate)));
    }
    // The row with most cohorts: clicking the second one selects it, not the first.
    const auto busiest = std::max_element(byRow.begin(), byRow.end(), [](auto &a, auto &b) {
        return a.second.size() < b.second.size();
    });
    QVERIFY(busiest->second.size() >= 2);
    const auto second = std::find_if(cohorts.begin(), cohorts.end(), [&](const TimelineCohort &c) {
        return view->cohortRect(c.id).top() == busiest->first &&
               c.start() == busiest->second[1].first;
    });
    QVERIFY(second != cohorts.end());
    view->selectCohort(second->id); // brings it into view
    const QRect rect = view->cohortRect(second->id);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->selectedCohort(), second->id);
    QVERIFY(!view->grab().isNull());
}

void TestTimeline::grouping()
{
    TimelineView *view = m_page->view();
    const auto &cohorts = view->data().cohorts;
    const int n = view->cohortCount();
    QComboBox *grouping = m_page->groupingSelector();

    grouping->setCurrentIndex(grouping->findData(int(TimelineView::Grouping::Venue)));
    QCOMPARE(view->grouping(), TimelineView::Grouping::Venue);
    QSet<Id> venues;
    for (const TimelineCohort &c : cohorts)
        venues.insert(c.venueId);
    QCOMPARE(view->groupCount(), venues.size());
    checkLanes(view);

    grouping->setCurrentIndex(grouping->findData(int(TimelineView::Grouping::Instructor)));
    QSet<Id> leads;
    bool noLead = false;
    for (const TimelineCohort &c : cohorts) {
        if (const TimelineInstructor *lead = c.lead())
            leads.insert(lead->id);
        else
            noLead = true;
    }
    QCOMPARE(view->groupCount(), leads.size() + (noLead ? 1 : 0));
    checkLanes(view);
    // Most instructors' years fit one lane, drawn in their header row: about a row each.
    QVERIFY2(view->rowCount() < view->groupCount() * 3 / 2,
             qPrintable(QStringLiteral("%1 rows").arg(view->rowCount())));
    // A cohort with an assistant sits under its lead only.
    const auto shared = std::find_if(cohorts.begin(), cohorts.end(), [](const TimelineCohort &c) {
        return c.instructors.size() > 1 && c.lead();
    });
    QVERIFY(shared != cohorts.end());
    QCOMPARE(view->groupOf(shared->id), shared->lead()->name);
    if (noLead) {
        const auto orphan = std::find_if(cohorts.begin(), cohorts.end(),
                                         [](const TimelineCohort &c) { return !c.lead(); });
        QCOMPARE(view->groupOf(orphan->id), TimelineView::tr("No lead instructor"));
    }

    grouping->setCurrentIndex(grouping->findData(int(TimelineView::Grouping::Track)));
    QCOMPARE(view->groupCount(), 3);
    QCOMPARE(view->rowCount(), n + 3);
    QCOMPARE(view->groupOf(cohorts.front().id), cohorts.front().trackName);
}

void TestTimeline::zoom()
{
    TimelineView *view = m_page->view();
    const double year = view->pixelsPerDay();
    m_page->zoomSelector()->setCurrentIndex(
        m_page->zoomSelector()->findData(int(TimelineView::Zoom::Quarter)));
    const double quarter = view->pixelsPerDay();
    m_page->zoomSelector()->setCurrentIndex(
        m_page->zoomSelector()->findData(int(TimelineView::Zoom::Month)));
    const double month = view->pixelsPerDay();
    m_page->zoomSelector()->setCurrentIndex(
        m_page->zoomSelector()->findData(int(TimelineView::Zoom::Week)));
    const double week = view->pixelsPerDay();
    QVERIFY(year < quarter && quarter < month && month < week);
    // Ctrl+wheel zooms out, and the combo follows.
    const QPoint centre = view->viewport()->rect().center();
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), {}, QPoint(0, -120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(view->zoom(), TimelineView::Zoom::Month);
    QCOMPARE(m_page->zoomSelector()->currentData().toInt(), int(TimelineView::Zoom::Month));
    // Every zoom paints.
    QVERIFY(!view->grab().isNull());
}

void TestTimeline::mainWindowPage()
{
    cleanup();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(m_path));
    QCOMPARE(int(MainWindow::Timeline), int(MainWindow::Cohorts) + 1);
    QCOMPARE(window.navigation()->item(MainWindow::Timeline)->text(), TimelinePage::tr("Timeline"));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key(int(Qt::Key_1) + int(MainWindow::Timeline)),
                    Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Timeline);
    auto *page = qobject_cast<TimelinePage *>(window.page(MainWindow::Timeline));
    QVERIFY(page);
    QVERIFY(QTest::qWaitFor([page] { return page->isLoaded(); }, 30000));
    QVERIFY(page->view()->cohortCount() > 0);
    // Double-clicking a cohort (here: Enter on the selected one) shows it in Cohorts.
    const qint64 id = page->view()->data().cohorts.front().id;
    page->view()->selectCohort(id);
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(window.currentPage(), MainWindow::Cohorts);

    // A year the plan has no work calendar for says so above its (weekend-only) chart.
    auto *banner = page->findChild<QLabel *>(QStringLiteral("calendarBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isHidden()); // 2026 ships with its calendar
    page->setYear(2027);
    QVERIFY(QTest::qWaitFor([page] { return page->isLoaded() && page->year() == 2027; }, 30000));
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(QStringLiteral("no work calendar for 2027")));
    page->setYear(2026);
    QVERIFY(QTest::qWaitFor([page] { return page->isLoaded() && page->year() == 2026; }, 30000));
    QVERIFY(banner->isHidden());
}

// A drag is made over the sessions the timeline showed: when someone else moved the
// cohort meanwhile, the drag is refused with a sentence naming it, nothing is written,
// and the timeline shows their move.
void TestTimeline::dragOverSomeoneElsesMoveIsRefused()
{
    cleanup();
    const QString path = m_dir.filePath(QStringLiteral("refused.cohortplan"));
    QVERIFY(QFile::copy(m_path, path));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(path));
    window.showPage(MainWindow::Timeline);
    auto *page = qobject_cast<TimelinePage *>(window.page(MainWindow::Timeline));
    QVERIFY(page);
    QVERIFY(QTest::qWaitFor([page] { return page->isLoaded(); }, 30000));
    const auto &cohorts = page->view()->data().cohorts;
    const auto it = std::find_if(cohorts.begin(), cohorts.end(), [](const TimelineCohort &c) {
        return !c.cancelled() && c.start() >= QDate(2026, 9, 1) && c.sessions.size() >= 2;
    });
    QVERIFY(it != cohorts.end());
    const qint64 id = it->id;
    const QString code = it->code;
    const QDate start = it->start();
    // Someone else (another program, or a coordinator on a server plan) moves it a week on.
    QSqlQuery other(window.session()->plan()->database());
    // (Past every day it has first, so that no two sessions meet on the way.)
    for (const char *shift : {"+1000 days", "-993 days"})
        QVERIFY2(other.exec(QStringLiteral("UPDATE cohort_session SET day = date(day, '%1') "
                                           "WHERE cohort_id = %2")
                                .arg(QLatin1String(shift))
                                .arg(id)),
                 qPrintable(other.lastError().text()));
    QString said;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &answer, [&said] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    answer.start();
    QSignalSpy loaded(page, &TimelinePage::loaded);
    emit page->moveRequested(id, 2); // as the view's drag emits it
    answer.stop();
    QVERIFY2(said.contains(QLatin1String("Someone else")) && said.contains(code), qPrintable(said));
    QCOMPARE(window.session()->editor()->undoStack()->count(), 0);
    QVERIFY(loaded.count() > 0 || loaded.wait(30000));
    const auto &now = page->view()->data().cohorts;
    const auto moved =
        std::find_if(now.begin(), now.end(), [id](const TimelineCohort &c) { return c.id == id; });
    QVERIFY(moved != now.end());
    QCOMPARE(moved->start(), start.addDays(7));
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"

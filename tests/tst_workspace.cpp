// SPDX-License-Identifier: GPL-3.0-or-later
// The planning workspace as a coordinator uses it: edit cells in place, see a bad value
// refused with its reason, delete, create, drag a cohort on the timeline, and undo each.
#include "testsupport.h"

#include "editcontroller.h"
#include "mainwindow.h"
#include "tablepage.h"
#include "timeline/timelineview.h"
#include "timelinepage.h"

#include "commands/planeditor.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"
#include "planning/sessionshift.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "store/repository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Planner;

class TestWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void inlineEditAndUndo();
    void refusedEditSaysWhy();
    void deleteSeveralIsOneUndoStep();
    void newTrackIsEditedInPlace();
    void timelineDragMovesCohort();
    void buildPlanFromEmptyFile();

private:
    TablePage *tablePage(MainWindow::Page page, int index = 0) const;
    bool loaded(TablePage *page) const;
    PlanData data() const { return readPlanData(m_window->session()->plan()->database()); }
    // Types text into the editor open on index, as a user would, and presses Enter.
    void typeInto(QTableView *view, const QModelIndex &index, const QString &text);

    QTemporaryDir m_dir;
    QString m_master;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkspace::initTestCase()
{
    TestSupport::isolateSettings();
    m_master = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("master.cohortplan")));
}

void TestWorkspace::init()
{
    const QString path = m_dir.filePath(QStringLiteral("work.cohortplan"));
    TestSupport::copyPlan(m_master, path);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openPlan(path));
    m_window->editController()->setConfirmDeletes(false);
}

void TestWorkspace::cleanup()
{
    m_window.reset();
}

TablePage *TestWorkspace::tablePage(MainWindow::Page page, int index) const
{
    QWidget *widget = m_window->page(page);
    if (auto *table = qobject_cast<TablePage *>(widget))
        return table;
    return widget->findChildren<TablePage *>().value(index);
}

bool TestWorkspace::loaded(TablePage *page) const
{
    return QTest::qWaitFor([page] { return page->model()->isLoaded() && !page->isLoading(); },
                           20000);
}

void TestWorkspace::typeInto(QTableView *view, const QModelIndex &index, const QString &text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = view->indexWidget(index);
    if (!editor)
        editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_VERIFY(!view->indexWidget(index));
}

void TestWorkspace::inlineEditAndUndo()
{
    m_window->showPage(MainWindow::Cohorts);
    TablePage *page = tablePage(MainWindow::Cohorts);
    QVERIFY(loaded(page));
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex cell = page->model()->index(2, CohortTableModel::Capacity);
    QVERIFY(cell.flags() & Qt::ItemIsEditable);
    const qint64 id = cell.data(TableModelBase::IdRole).toLongLong();
    const PlanData before = data();
    QVERIFY(!m_window->isWindowModified());

    typeInto(page->view(), cell, QStringLiteral("42"));
    auto capacity = [this, id] {
        Cohort key;
        key.id = id;
        return Repository<Cohort>(m_window->session()->plan()->database()).find(key)->capacity;
    };
    QCOMPARE(capacity(), 42);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->session()->editor()->undoStack()->count(), 1);
    // The table reloads and keeps the row selected.
    QTRY_COMPARE(page->model()
                     ->index(page->view()->currentIndex().row(), CohortTableModel::Capacity)
                     .data()
                     .toString(),
                 QStringLiteral("42"));
    QCOMPARE(page->view()->currentIndex().data(TableModelBase::IdRole).toLongLong(), id);

    // Ctrl+Z anywhere in the window.
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::Undo));
    QVERIFY(data() == before);
    QVERIFY(!m_window->isWindowModified());
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::Redo));
    QCOMPARE(capacity(), 42);
}

void TestWorkspace::refusedEditSaysWhy()
{
    m_window->showPage(MainWindow::Cohorts);
    TablePage *page = tablePage(MainWindow::Cohorts);
    QVERIFY(loaded(page));
    const PlanData before = data();
    QSignalSpy rejected(page->model(), &TableModelBase::editRejected);
    typeInto(page->view(), page->model()->index(0, CohortTableModel::Capacity),
             QStringLiteral("0"));
    QCOMPARE(rejected.count(), 1);
    QVERIFY2(rejected.first().first().toString().contains(QLatin1String("capacity")),
             qPrintable(rejected.first().first().toString()));
    // A duplicate code is refused the same way.
    const QString otherCode = page->model()->index(1, CohortTableModel::Code).data().toString();
    typeInto(page->view(), page->model()->index(0, CohortTableModel::Code), otherCode);
    QCOMPARE(rejected.count(), 2);
    QVERIFY(rejected.last().first().toString().contains(otherCode));
    QVERIFY(data() == before);
    QCOMPARE(m_window->session()->editor()->undoStack()->count(), 0);
    QVERIFY(!m_window->isWindowModified());
}

void TestWorkspace::deleteSeveralIsOneUndoStep()
{
    m_window->showPage(MainWindow::Cohorts);
    TablePage *page = tablePage(MainWindow::Cohorts);
    QVERIFY(loaded(page));
    const PlanData before = data();
    const int rows = page->model()->rowCount();
    QTableView *view = page->view();
    view->setFocus();
    view->selectionModel()->select(
        QItemSelection(page->model()->index(0, 0), page->model()->index(4, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(page->selectedIds().size(), 5);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE(page->model()->rowCount(), rows - 5);
    QCOMPARE(m_window->session()->editor()->undoStack()->count(), 1);
    QCOMPARE(m_window->session()->editor()->undoStack()->undoText(),
             QStringLiteral("Delete 5 cohorts"));
    m_window->session()->editor()->undoStack()->undo();
    QVERIFY(data() == before);
    QTRY_COMPARE(page->model()->rowCount(), rows);
}

void TestWorkspace::newTrackIsEditedInPlace()
{
    m_window->showPage(MainWindow::Courses);
    TablePage *page = nullptr;
    for (TablePage *p : m_window->page(MainWindow::Courses)->findChildren<TablePage *>()) {
        if (qobject_cast<TrackTableModel *>(p->model()))
            page = p;
    }
    QVERIFY(page);
    QVERIFY(loaded(page));
    const int tracks = int(data().tracks.size());
    QToolButton *newButton = nullptr;
    for (auto *button : m_window->page(MainWindow::Courses)->findChildren<QToolButton *>()) {
        if (button->text() == QLatin1String("New Track"))
            newButton = button;
    }
    QVERIFY(newButton);
    QTest::mouseClick(newButton, Qt::LeftButton);
    QCOMPARE(int(data().tracks.size()), tracks + 1);
    // The new row is selected with its name open for typing.
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QCOMPARE(editor->text(), QStringLiteral("New track"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Quantum"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(data().tracks.back().name, QStringLiteral("Quantum"));
    QCOMPARE(m_window->session()->editor()->undoStack()->count(), 2);
    m_window->session()->editor()->undoStack()->undo();
    m_window->session()->editor()->undoStack()->undo();
    QCOMPARE(int(data().tracks.size()), tracks);
}

void TestWorkspace::timelineDragMovesCohort()
{
    m_window->showPage(MainWindow::Timeline);
    auto *timeline = qobject_cast<TimelinePage *>(m_window->page(MainWindow::Timeline));
    QVERIFY(QTest::qWaitFor([timeline] { return timeline->isLoaded(); }, 20000));
    timeline->zoomSelector()->setCurrentIndex(
        timeline->zoomSelector()->findData(int(TimelineView::Zoom::Month)));
    TimelineView *view = timeline->view();
    const WorkCalendar calendar(view->data().calendar);
    const auto &cohorts = view->data().cohorts;
    // A cohort that may move a week later without a blocking conflict (a drag that would
    // add one is refused with its reason, which tst_commands checks).
    const PlanEdits edits(m_window->session()->plan()->database());
    const auto it = std::find_if(cohorts.begin(), cohorts.end(), [&](const TimelineCohort &c) {
        if (c.cancelled() || c.start() < QDate(2026, 9, 1) || c.end() > QDate(2026, 11, 30) ||
            c.sessions.size() < 2 || !calendar.isWorkingDay(c.start()) ||
            c.start().daysTo(c.end()) > 10)
            return false;
        const auto draft = edits.cohort(c.id);
        const int days = workingDayOffset(c.start(), c.start().addDays(7), calendar);
        return edits.replaceSessions(c.id, shiftSessions(draft->sessions, days, calendar), {}).ok();
    });
    QVERIFY(it != cohorts.end());
    const TimelineCohort cohort = *it;
    // In view: the timeline opens on today's rows, later in the year.
    view->selectCohort(cohort.id);
    view->scrollToDate(cohort.start());
    const PlanData before = data();
    const QRect row = view->cohortRect(cohort.id);
    auto centre = [view, row](QDate date) {
        return QPoint((view->xForDate(date) + view->xForDate(date.addDays(1))) / 2,
                      row.center().y());
    };
    const QDate target = cohort.start().addDays(7);
    const int days = workingDayOffset(cohort.start(), target, calendar);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, centre(cohort.start()));
    QTest::mouseMove(view->viewport(), centre(cohort.start().addDays(2)));
    QTest::mouseMove(view->viewport(), centre(target));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, centre(target));

    std::vector<QDate> moved;
    for (const Session &s : data().sessions) {
        if (s.cohortId == cohort.id)
            moved.push_back(s.date);
    }
    std::sort(moved.begin(), moved.end());
    QCOMPARE(moved.front(), addWorkingDays(cohort.start(), days, calendar));
    QCOMPARE(m_window->session()->editor()->undoStack()->count(), 1);
    // The timeline shows the move once it has reloaded.
    QTRY_COMPARE(view->cohortRect(cohort.id).left(), view->xForDate(moved.front()));
    m_window->session()->editor()->undoStack()->undo();
    QVERIFY(data() == before);
}

// Next year's plan from nothing, through the window's own actions: a track, a course, a
// venue, a target and a cohort laid out by the course's pattern.
void TestWorkspace::buildPlanFromEmptyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.cohortplan"));
    QCOMPARE(PlanSession::createEmptyPlan(path).message(), QString());
    QVERIFY(m_window->openPlan(path));
    EditController *edits = m_window->editController();
    QVERIFY(data().tracks.empty());
    edits->newRecord(EditController::Kind::Track);
    edits->newRecord(EditController::Kind::Course);
    edits->newRecord(EditController::Kind::Venue);
    edits->newRecord(EditController::Kind::Target);
    PlanData plan = data();
    QCOMPARE(plan.tracks.size(), std::size_t(1));
    QCOMPARE(plan.courses.size(), std::size_t(1));
    QCOMPARE(plan.courses.front().trackId, plan.tracks.front().id);
    QCOMPARE(plan.venues.size(), std::size_t(1));
    QCOMPARE(plan.targets.size(), std::size_t(1));

    // New Cohort…: the dialog proposes everything from the course; OK takes it.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject(); // refused: the test below fails with the plan unchanged
    });
    timer->start(20);
    edits->newCohort();
    delete timer;
    plan = data();
    QCOMPARE(plan.cohorts.size(), std::size_t(1));
    QCOMPARE(int(plan.sessions.size()), plan.courses.front().days * 2); // morning and afternoon
    const WorkCalendar calendar(plan.calendar);
    for (const Session &s : plan.sessions)
        QVERIFY2(calendar.isWorkingDay(s.date), qPrintable(s.date.toString(Qt::ISODate)));
    QCOMPARE(m_window->session()->editor()->undoStack()->count(), 5);
    for (int i = 0; i < 5; ++i)
        m_window->session()->editor()->undoStack()->undo();
    QVERIFY(data().tracks.empty() && data().cohorts.empty());
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The roster and trainee panes as a coordinator drives them on the offscreen platform:
// enroll through the trainee picker, withdraw (the first on the waitlist is promoted),
// paste a column of scores, reorder the waitlist, mark completed, undo it all.
#include "testsupport.h"

#include "certifydialog.h"
#include "editcontroller.h"
#include "recordpicker.h"
#include "rosterpanel.h"
#include "traineedetail.h"

#include "commands/changeset.h"
#include "commands/planeditor.h"
#include "items/enrollmentmodels.h"
#include "items/plansession.h"
#include "store/plandatabase.h"
#include "store/repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Planner;

namespace {
QStringList S(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromUtf8(t);
    return list;
}
} // namespace

class TestRoster final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void enrollWithdrawPasteUndo();
    void waitlistOrderAndOutcomes();
    void transferThroughThePicker();
    void certifySelected();
    void traineeHistory();

private:
    // Runs pick on the picker the next action opens (waiting for its rows), then
    // accepts it.
    void whenPickerOpens(const std::function<void(RecordPicker *)> &pick);
    // The trainee names of the view's rows, in display order.
    static QStringList names(const QTableView *view, int column);
    // Selects the rows of view whose column shows one of texts, the current cell in
    // currentColumn.
    static void selectRows(QTableView *view, int column, const QStringList &texts,
                           int currentColumn);
    void waitForRoster(RosterPanel &panel);
    QString state() const;

    QTemporaryDir m_dir;
    QString m_master;
    QString m_path;
    PlanSession *m_session = nullptr;
    QWidget *m_window = nullptr;
    EditController *m_edits = nullptr;
};

void TestRoster::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_master =
        TestSupport::writeEnrollmentPlan(m_dir.filePath(QStringLiteral("master.cohortplan")));
}

void TestRoster::init()
{
    m_path = m_dir.filePath(QStringLiteral("work.cohortplan"));
    TestSupport::copyPlan(m_master, m_path);
    m_session = new PlanSession(this);
    VERIFY_OK(m_session->open(m_path, PlanDatabase::Mode::ReadWrite));
    m_window = new QWidget;
    m_window->resize(900, 700);
    m_edits = new EditController(m_session, m_window);
}

void TestRoster::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_session;
    m_session = nullptr;
}

QString TestRoster::state() const
{
    QStringList lines;
    for (const Enrollment &e : Repository<Enrollment>(m_session->plan()->database()).loadAll())
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(e.traineeId)
                     .arg(e.cohortId)
                     .arg(toKey(e.status))
                     .arg(e.waitlistPosition)
                     .arg(e.score ? QString::number(*e.score) : QString());
    return lines.join(QLatin1Char('\n'));
}

void TestRoster::whenPickerOpens(const std::function<void(RecordPicker *)> &pick)
{
    QTimer::singleShot(0, this, [pick] {
        auto *picker = qobject_cast<RecordPicker *>(QApplication::activeModalWidget());
        QVERIFY(picker);
        QVERIFY(QTest::qWaitFor([picker] { return picker->model()->isLoaded(); }, 5000));
        pick(picker);
        auto *buttons = picker->findChild<QDialogButtonBox *>();
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

QStringList TestRoster::names(const QTableView *view, int column)
{
    QStringList list;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        list << view->model()->index(r, column).data().toString();
    return list;
}

void TestRoster::selectRows(QTableView *view, int column, const QStringList &texts,
                            int currentColumn)
{
    view->clearSelection();
    QItemSelection selection;
    int first = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (!texts.contains(view->model()->index(r, column).data().toString()))
            continue;
        selection.select(view->model()->index(r, 0),
                         view->model()->index(r, view->model()->columnCount() - 1));
        if (first < 0)
            first = r;
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0)
        view->selectionModel()->setCurrentIndex(view->model()->index(first, currentColumn),
                                                QItemSelectionModel::NoUpdate);
}

void TestRoster::waitForRoster(RosterPanel &panel)
{
    QSignalSpy shown(&panel, &RosterPanel::rosterShown);
    QVERIFY(shown.wait(5000));
}

void TestRoster::enrollWithdrawPasteUndo()
{
    auto *panel = new RosterPanel(m_session, m_edits, m_window);
    QAbstractItemModelTester seatsTester(panel->seats(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester waitTester(panel->waitlist(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const QString empty = state();
    panel->showCohort(1);
    waitForRoster(*panel);
    QVERIFY2(panel->seatText().startsWith(QLatin1String("0 of 2 seats taken")),
             qPrintable(panel->seatText()));

    // Enroll four trainees through the picker: two get seats, two wait in order.
    whenPickerOpens([](RecordPicker *picker) {
        QTest::keyClicks(picker->searchField(), QStringLiteral("Employer"));
        QCOMPARE(picker->model()->rowCount(), 8);
        QTest::keyClicks(picker->searchField(), QStringLiteral(" B"));
        // Trainees 1, 4, 7 work for Employer B.
        QCOMPARE(picker->model()->rowCount(), 3);
        picker->searchField()->clear();
        QItemSelection selection;
        for (int r = 0; r < 4; ++r)
            selection.select(picker->model()->index(r, 0), picker->model()->index(r, 0));
        picker->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
        QCOMPARE(picker->selectedIds(), (QList<qint64>{1, 2, 3, 4}));
    });
    QSignalSpy shown(panel, &RosterPanel::rosterShown);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("enroll")), Qt::LeftButton);
    QVERIFY2(panel->message().isEmpty(), qPrintable(panel->message()));
    QVERIFY(shown.wait(5000));
    QCOMPARE(names(panel->seatsView(), RosterModel::Name), S({"Trainee 1", "Trainee 2"}));
    QCOMPARE(names(panel->waitlistView(), RosterModel::Name), S({"Trainee 3", "Trainee 4"}));
    QCOMPARE(names(panel->waitlistView(), RosterModel::Position), S({"1", "2"}));
    QVERIFY(panel->seatText().startsWith(QStringLiteral("2 of 2 seats taken · 2 waiting")));
    const QString enrolled = state();

    // Trainee 1 withdraws: Trainee 3, first in line, gets the seat.
    selectRows(panel->seatsView(), RosterModel::Name, S({"Trainee 1"}), RosterModel::Name);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("withdraw")), Qt::LeftButton);
    QVERIFY(shown.wait(5000));
    QCOMPARE(names(panel->seatsView(), RosterModel::Name),
             S({"Trainee 2", "Trainee 3", "Trainee 1"}));
    QCOMPARE(names(panel->seatsView(), RosterModel::Status).last(),
             displayName(EnrollmentStatus::Withdrawn));
    QCOMPARE(names(panel->waitlistView(), RosterModel::Name), S({"Trainee 4"}));
    QCOMPARE(names(panel->waitlistView(), RosterModel::Position), S({"1"}));
    const QString withdrawn = state();

    // Scores pasted from a spreadsheet onto the two seat holders, Ctrl+V in the Score column.
    selectRows(panel->seatsView(), RosterModel::Name, S({"Trainee 2", "Trainee 3"}),
               RosterModel::Score);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    panel->seatsView()->setFocus();
    QTRY_VERIFY(panel->seatsView()->hasFocus());
    QApplication::clipboard()->setText(QStringLiteral("88\r\n92.5\r\n"));
    QTest::keyClick(panel->seatsView(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(panel->message().isEmpty(), qPrintable(panel->message()));
    QVERIFY(shown.wait(5000));
    QCOMPARE(names(panel->seatsView(), RosterModel::Score).mid(0, 2), S({"88.0", "92.5"}));
    const QString scored = state();

    // A bad value: refused with its line, nothing written.
    selectRows(panel->seatsView(), RosterModel::Name, S({"Trainee 2", "Trainee 3"}),
               RosterModel::Score);
    panel->paste(QStringLiteral("75\nabsent\n"));
    QVERIFY2(panel->message().contains(QLatin1String("Line 2")) &&
                 panel->message().contains(QLatin1String("absent")),
             qPrintable(panel->message()));
    panel->paste(QStringLiteral("75\n80\n90\n"));
    QVERIFY2(panel->message().contains(QLatin1String("3 values")), qPrintable(panel->message()));
    QCOMPARE(state(), scored);

    // Someone else's score, written after the roster showed 88 (another program, or a
    // coordinator on a server plan): pasting over it is refused, naming the trainee, and
    // their score stays.
    QSqlQuery other(m_session->plan()->database());
    const QString scoreOf = QStringLiteral(
        "UPDATE enrollment SET score = %1 WHERE trainee_id = (SELECT id FROM trainee WHERE name "
        "= 'Trainee 2') AND status = 'enrolled'");
    QVERIFY(other.exec(scoreOf.arg(50)));
    // A step of the user's that changes nothing the roster shows (a track's colour) leaves
    // what it shows current: the paste is still made over what it shows.
    QUndoStack *stack = m_session->editor()->undoStack();
    {
        QSqlDatabase db = m_session->plan()->database();
        const Track track = Repository<Track>(db).loadAll().front();
        Track recoloured = track;
        recoloured.colour = QStringLiteral("#123456");
        ChangeSet changes;
        changes.update(track, recoloured);
        QVERIFY(m_session->editor()->execute(QStringLiteral("colour"), std::move(changes)));
    }
    selectRows(panel->seatsView(), RosterModel::Name, S({"Trainee 2", "Trainee 3"}),
               RosterModel::Score);
    panel->paste(QStringLiteral("75\n80\n"));
    QVERIFY2(panel->message().contains(QLatin1String("Trainee 2")) &&
                 panel->message().contains(QLatin1String("Someone else")),
             qPrintable(panel->message()));
    QVERIFY(state().contains(QLatin1String(" 50")));
    stack->undo(); // the colour
    QVERIFY(other.exec(scoreOf.arg(88)));
    QCOMPARE(state(), scored);

    // Two steps of the user's own in quick succession: the second is made before the roster
    // has shown the first, and is not taken for someone else's change.
    selectRows(panel->seatsView(), RosterModel::Name, S({"Trainee 2", "Trainee 3"}),
               RosterModel::Score);
    panel->paste(QStringLiteral("60\n61\n"));
    QVERIFY2(panel->message().isEmpty(), qPrintable(panel->message()));
    panel->paste(QStringLiteral("62\n63\n")); // no event handled: the roster still shows 88
    QVERIFY2(panel->message().isEmpty(), qPrintable(panel->message()));
    QVERIFY(state().contains(QLatin1String(" 62")) && state().contains(QLatin1String(" 63")));
    stack->undo();
    stack->undo();
    QCOMPARE(state(), scored);
    QVERIFY(shown.wait(5000));

    // Every step undoes, in order, with Ctrl+Z.
    QCOMPARE(stack->index(), 3);
    QAction *undo = stack->createUndoAction(m_window);
    undo->setShortcut(QKeySequence::Undo);
    m_window->addAction(undo);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(state(), withdrawn);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(state(), enrolled);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(state(), empty);
    QVERIFY(shown.wait(5000));
    QTRY_COMPARE(panel->seats()->rowCount(), 0);
}

void TestRoster::waitlistOrderAndOutcomes()
{
    auto *panel = new RosterPanel(m_session, m_edits, m_window);
    QAbstractItemModelTester seatsTester(panel->seats(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(
        m_edits->applyEnrollmentEdit([](const PlanEdits &e) {
                   return e.enroll({1, 2, 3, 4, 5}, 1);
               })
            .isEmpty());
    panel->showCohort(1);
    waitForRoster(*panel);
    QCOMPARE(names(panel->waitlistView(), RosterModel::Name),
             S({"Trainee 3", "Trainee 4", "Trainee 5"}));

    // The last in line moves up once: 3, 5, 4.
    selectRows(panel->waitlistView(), RosterModel::Name, S({"Trainee 5"}), RosterModel::Name);
    auto *up = panel->findChild<QPushButton *>(QStringLiteral("moveUp"));
    QVERIFY(up->isEnabled());
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("moveDown"))->isEnabled());
    QSignalSpy shown(panel, &RosterPanel::rosterShown);
    QTest::mouseClick(up, Qt::LeftButton);
    QVERIFY(shown.wait(5000));
    QCOMPARE(names(panel->waitlistView(), RosterModel::Name),
             S({"Trainee 3", "Trainee 5", "Trainee 4"}));

    // Both seat holders completed in one step.
    selectRows(panel->seatsView(), RosterModel::Name, S({"Trainee 1", "Trainee 2"}),
               RosterModel::Name);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("markCompleted")),
                      Qt::LeftButton);
    QVERIFY(shown.wait(5000));
    QCOMPARE(names(panel->seatsView(), RosterModel::Status),
             QStringList(2, displayName(EnrollmentStatus::Completed)));
    // A certificate in place: dated the cohort's last day.
    const QModelIndex cell = panel->seats()->index(0, RosterModel::Certification);
    QVERIFY(panel->seats()->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(panel->seats()->setData(cell, int(CertificationLevel::Junior)));
    QVERIFY(shown.wait(5000));
    QCOMPARE(panel->seats()->index(0, RosterModel::CertifiedOn).data().toString(),
             QStringLiteral("2026-03-06"));
    // A completed trainee cannot be marked failed while certified; the pane says why.
    selectRows(panel->seatsView(), RosterModel::Name,
               {panel->seats()->index(0, RosterModel::Name).data().toString()}, RosterModel::Name);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("markFailed")),
                      Qt::LeftButton);
    QVERIFY2(panel->message().contains(QLatin1String("certified")), qPrintable(panel->message()));
    QCOMPARE(m_session->editor()->undoStack()->count(), 4);
}

void TestRoster::transferThroughThePicker()
{
    auto *panel = new RosterPanel(m_session, m_edits, m_window);
    m_window->show();
    QVERIFY(m_edits->applyEnrollmentEdit([](const PlanEdits &e) {
                       return e.enroll({1, 2, 3}, 1);
                   })
                .isEmpty());
    panel->showCohort(1);
    waitForRoster(*panel);
    // Trainee 1 moves from A to C; A's seat goes to Trainee 3, first in line.
    selectRows(panel->seatsView(), RosterModel::Name, S({"Trainee 1"}), RosterModel::Name);
    whenPickerOpens([](RecordPicker *picker) {
        QTest::keyClicks(picker->searchField(), QStringLiteral("c"));
        for (int r = 0; r < picker->model()->rowCount(); ++r) {
            if (picker->model()->index(r, CohortTableModel::Code).data().toString() ==
                QLatin1String("C"))
                picker->view()->selectRow(r);
        }
    });
    QSignalSpy shown(panel, &RosterPanel::rosterShown);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("transfer")), Qt::LeftButton);
    QVERIFY2(panel->message().isEmpty(), qPrintable(panel->message()));
    QVERIFY(shown.wait(5000));
    QCOMPARE(names(panel->seatsView(), RosterModel::Name),
             S({"Trainee 2", "Trainee 3", "Trainee 1"}));
    QCOMPARE(panel->waitlist()->rowCount(), 0);
    panel->showCohort(3);
    waitForRoster(*panel);
    QCOMPARE(names(panel->seatsView(), RosterModel::Name), S({"Trainee 1"}));
    QCOMPARE(m_session->editor()->undoStack()->count(), 2);
}

void TestRoster::certifySelected()
{
    auto *panel = new RosterPanel(m_session, m_edits, m_window);
    m_window->show();
    QVERIFY(m_edits->applyEnrollmentEdit([](const PlanEdits &e) {
                       return e.enroll({1, 2}, 1);
                   })
                .isEmpty());
    QSqlDatabase db = m_session->plan()->database();
    std::vector<Id> ids;
    for (const Enrollment &e : Repository<Enrollment>(db).loadAll())
        if (e.traineeId == 1)
            ids.push_back(e.id);
    OutcomeEdit completed;
    completed.status = EnrollmentStatus::Completed;
    QVERIFY(
        m_edits
            ->applyEnrollmentEdit([&](const PlanEdits &e) { return e.setOutcome(ids, completed); })
            .isEmpty());
    panel->showCohort(1);
    waitForRoster(*panel);
    auto *certify = panel->findChild<QPushButton *>(QStringLiteral("certify"));
    QVERIFY(certify);
    // Only a completed trainee can be certified: Trainee 2 alone leaves the button off.
    selectRows(panel->seatsView(), RosterModel::Name, S({"Trainee 2"}), RosterModel::Name);
    QVERIFY(!certify->isEnabled());
    selectRows(panel->seatsView(), RosterModel::Name, S({"Trainee 1", "Trainee 2"}),
               RosterModel::Name);
    QVERIFY(certify->isEnabled());
    const QString before = state();
    const int steps = m_session->editor()->undoStack()->count();

    QDate offered;
    QTimer::singleShot(0, this, [&offered] {
        auto *dialog = qobject_cast<CertifyDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("certifiedOn"));
        offered = date->date();
        auto *level = dialog->findChild<QComboBox *>(QStringLiteral("certificationLevel"));
        level->setCurrentIndex(level->findData(int(CertificationLevel::Intermediate)));
        date->setDate(QDate(2026, 3, 9));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QSignalSpy shown(panel, &RosterPanel::rosterShown);
    QTest::mouseClick(certify, Qt::LeftButton);
    QVERIFY2(panel->message().isEmpty(), qPrintable(panel->message()));
    QCOMPARE(offered, QDate(2026, 3, 6)); // A's last day
    QVERIFY(shown.wait(5000));
    for (const Enrollment &e : Repository<Enrollment>(db).loadAll()) {
        if (e.traineeId == 1) {
            QCOMPARE(e.certification, CertificationLevel::Intermediate);
            QCOMPARE(e.certifiedOn, QDate(2026, 3, 9));
        } else {
            QCOMPARE(e.certification, CertificationLevel::None);
        }
    }
    QCOMPARE(m_session->editor()->undoStack()->count(), steps + 1);
    m_session->editor()->undoStack()->undo();
    QCOMPARE(state(), before);
    for (const Enrollment &e : Repository<Enrollment>(db).loadAll())
        QCOMPARE(e.certification, CertificationLevel::None);
}

void TestRoster::traineeHistory()
{
    auto *detail = new TraineeDetail(m_session, m_edits, m_window);
    QAbstractItemModelTester tester(detail->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(m_edits->applyEnrollmentEdit([](const PlanEdits &e) { return e.enroll({1}, 1); })
                .isEmpty());
    QSignalSpy shown(detail, &TraineeDetail::historyShown);
    detail->showTrainee(1);
    QVERIFY(shown.wait(5000));
    QCOMPARE(detail->model()->rowCount(), 1);
    QVERIFY(detail->certificatesText().contains(QLatin1String("none yet")));

    // Enroll in cohort B, which overlaps A: refused, with the reason in the pane.
    whenPickerOpens([](RecordPicker *picker) {
        QTest::keyClicks(picker->searchField(), QStringLiteral("B"));
        for (int r = 0; r < picker->model()->rowCount(); ++r) {
            if (picker->model()->index(r, CohortTableModel::Code).data().toString() ==
                QLatin1String("B"))
                picker->view()->selectRow(r);
        }
    });
    QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("enrollInCohort")),
                      Qt::LeftButton);
    QVERIFY2(detail->message().contains(QLatin1String("overlap")), qPrintable(detail->message()));

    // Into C instead: two cohorts in the history, the latest first.
    whenPickerOpens([](RecordPicker *picker) {
        for (int r = 0; r < picker->model()->rowCount(); ++r) {
            if (picker->model()->index(r, CohortTableModel::Code).data().toString() ==
                QLatin1String("C"))
                picker->view()->selectRow(r);
        }
    });
    QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("enrollInCohort")),
                      Qt::LeftButton);
    QVERIFY2(detail->message().isEmpty(), qPrintable(detail->message()));
    QVERIFY(shown.wait(5000));
    QCOMPARE(detail->model()->rowCount(), 2);
    QCOMPARE(detail->model()->index(0, TraineeHistoryModel::Cohort).data().toString(),
             QStringLiteral("C"));
    QCOMPARE(detail->model()->index(1, TraineeHistoryModel::Start).data().toString(),
             QStringLiteral("2026-03-02"));
}

QTEST_MAIN(TestRoster)
#include "tst_roster.moc"

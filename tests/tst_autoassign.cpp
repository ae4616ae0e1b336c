// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Auto-assign…: solve on a worker thread from the dialog, preview the changes,
// apply the ticked ones as one undo step, undo them; Stop keeps the best so far; the
// change model under QAbstractItemModelTester.
#include "testsupport.h"

#include "autoassigndialog.h"
#include "demo/demoplan.h"
#include "items/assignmentchangemodel.h"
#include "items/autoassignrun.h"
#include "items/plansession.h"
#include "items/preferences.h"
#include "store/conflictinputreader.h"
#include "store/plandatabase.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Planner;

class TestAutoAssign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void solveApplyUndo();
    void untickedChangesAreNotApplied();
    void stopKeepsBestSoFar();
    void detailsAndRememberedWeights();
    void fixedPartAndGapInPlainWords();

private:
    int hardConflicts();
    std::vector<CohortInstructor> assignments();
    void setBudget(AutoAssignDialog &dialog, const QString &seconds);

    QTemporaryDir m_dir;
    QString m_master;
    std::unique_ptr<PlanSession> m_session;
};

void TestAutoAssign::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    // As of late November: a few cohorts still ahead, some with blocking conflicts.
    m_master = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("master.cohortplan")));
}

void TestAutoAssign::init()
{
    const QString path = m_dir.filePath(QStringLiteral("work.cohortplan"));
    TestSupport::copyPlan(m_master, path);
    m_session = std::make_unique<PlanSession>();
    VERIFY_OK(m_session->open(path, PlanDatabase::Mode::ReadWrite));
}

void TestAutoAssign::cleanup()
{
    m_session.reset();
}

int TestAutoAssign::hardConflicts()
{
    ConflictEngine engine;
    engine.load(loadConflictInput(m_session->plan()->database()));
    int n = 0;
    for (const Conflict &c : engine.conflicts())
        n += isHardRule(c.rule) ? 1 : 0;
    return n;
}

std::vector<CohortInstructor> TestAutoAssign::assignments()
{
    std::vector<CohortInstructor> rows =
        loadConflictInput(m_session->plan()->database()).cohortInstructors;
    std::sort(rows.begin(), rows.end(), [](const CohortInstructor &a, const CohortInstructor &b) {
        return std::tie(a.cohortId, a.instructorId) < std::tie(b.cohortId, b.instructorId);
    });
    return rows;
}

void TestAutoAssign::setBudget(AutoAssignDialog &dialog, const QString &seconds)
{
    QDoubleSpinBox *budget = dialog.timeBudget();
    budget->setFocus();
    budget->selectAll();
    QTest::keyClicks(budget, seconds);
    QTest::keyClick(budget, Qt::Key_Tab);
}

void TestAutoAssign::solveApplyUndo()
{
    const int hardBefore = hardConflicts();
    QVERIFY(hardBefore > 0); // the demo's planted problems
    const auto before = assignments();

    AutoAssignDialog dialog(m_session.get(), {});
    QAbstractItemModelTester tester(dialog.changes(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QTRY_VERIFY(dialog.solveButton()->isEnabled());
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(dialog.replanBox()->isChecked());
    setBudget(dialog, QStringLiteral("0.5"));
    QCOMPARE(dialog.options().timeLimitSeconds, 0.5);

    QTest::mouseClick(dialog.solveButton(), Qt::LeftButton);
    QVERIFY(dialog.cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run()->isRunning(), 20000);
    QVERIFY(!dialog.summary()->text().isEmpty());
    QVERIFY(dialog.changes()->rowCount() > 0);
    QVERIFY(dialog.applyButton()->isEnabled());
    const SolverResult &r = dialog.run()->result();
    QVERIFY(r.lowerBound <= double(r.objective));

    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QUndoStack *stack = m_session->editor()->undoStack();
    QCOMPARE(stack->count(), 1); // one undo step
    // The scope's conflicts are gone; the rest (completed cohorts) cannot be touched.
    QVERIFY2(hardConflicts() < hardBefore, qPrintable(QString::number(hardConflicts())));
    QVERIFY(assignments() != before);

    stack->undo();
    QVERIFY(assignments() == before);
    QCOMPARE(hardConflicts(), hardBefore);
}

void TestAutoAssign::untickedChangesAreNotApplied()
{
    const auto before = assignments();
    AutoAssignDialog dialog(m_session.get(), {});
    QAbstractItemModelTester tester(dialog.changes(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QTRY_VERIFY(dialog.solveButton()->isEnabled());
    setBudget(dialog, QStringLiteral("0.3"));
    QTest::mouseClick(dialog.solveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run()->isRunning(), 20000);
    QVERIFY(dialog.changes()->rowCount() > 0);
    dialog.changes()->setAllAccepted(false);
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(dialog.changes()->accepted().empty());
    // Tick one back through the model, as the view's check box does.
    QVERIFY(
        dialog.changes()->setData(dialog.changes()->index(0, AssignmentChangeModel::CohortColumn),
                                  Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(dialog.changes()->accepted(), std::vector<int>{0});
    QVERIFY(dialog.applyButton()->isEnabled());
    dialog.reject();
    QVERIFY(assignments() == before); // nothing applied without Apply
}

void TestAutoAssign::stopKeepsBestSoFar()
{
    AutoAssignDialog dialog(m_session.get(), {});
    dialog.show();
    QTRY_VERIFY(dialog.solveButton()->isEnabled());
    dialog.replanBox()->setChecked(false); // staff afresh: a bigger search
    setBudget(dialog, QStringLiteral("120"));
    QTest::mouseClick(dialog.solveButton(), Qt::LeftButton);
    QTest::qWait(300);
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run()->isRunning(), 10000);
    const SolverResult &r = dialog.run()->result();
    QVERIFY(r.cancelled || r.optimal);
    QVERIFY(r.seconds < 60);
    QVERIFY(r.cohortsWithLead > 0);
}

void TestAutoAssign::detailsAndRememberedWeights()
{
    QString reason;
    {
        AutoAssignDialog dialog(m_session.get(), {});
        QAbstractItemModelTester tester(dialog.changes(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QTRY_VERIFY(dialog.solveButton()->isEnabled());
        setBudget(dialog, QStringLiteral("0.3"));
        QSpinBox *preference = dialog.preferenceWeight();
        preference->setFocus();
        preference->selectAll();
        QTest::keyClicks(preference, QStringLiteral("37"));
        QTest::keyClick(preference, Qt::Key_Tab);
        QTest::mouseClick(dialog.solveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.run()->isRunning(), 20000);
        QVERIFY(dialog.changes()->rowCount() > 0);
        // The reason, cut off in its column, is shown whole below the table.
        const QModelIndex why = dialog.changes()->index(0, AssignmentChangeModel::ReasonColumn);
        reason = why.data().toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY(!dialog.details()->text().contains(reason));
        QTest::mouseClick(
            dialog.changeTable()->viewport(), Qt::LeftButton, {},
            dialog.changeTable()
                ->visualRect(dialog.changes()->index(0, AssignmentChangeModel::CohortColumn))
                .center());
        QVERIFY2(dialog.details()->text().contains(reason), qPrintable(dialog.details()->text()));
        QVERIFY(dialog.details()->wordWrap());
    }
    // A new dialog starts from the budget of the last solve, and from the weights of
    // Preferences: a run's own weights hold for that run, unless kept as the defaults.
    {
        AutoAssignDialog again(m_session.get(), {});
        QCOMPARE(again.preferenceWeight()->value(), SolverWeights().preference);
        QCOMPARE(again.timeBudget()->value(), 0.3);
        again.preferenceWeight()->setValue(37);
        QTest::mouseClick(again.keepWeightsButton(), Qt::LeftButton);
        QVERIFY(!again.keepWeightsButton()->isEnabled());
    }
    QCOMPARE(Preferences::load().weights.preference, 37);
    AutoAssignDialog third(m_session.get(), {});
    QCOMPARE(third.preferenceWeight()->value(), 37);
    QCOMPARE(third.options().weights.preference, 37);
    Preferences().save();
}

void TestAutoAssign::fixedPartAndGapInPlainWords()
{
    // The demo of seed 7 with the whole year ahead has six leads nobody may take: the
    // summary names them and their cost apart from how far the rest is from the best.
    const QString path = m_dir.filePath(QStringLiteral("seed7.cohortplan"));
    DemoOptions options = DemoPlan::defaultOptions();
    options.seed = 7;
    options.asOf = QDate(2026, 1, 1);
    QCOMPARE(DemoPlan::write(path, options).message(), QString());
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadOnly));
    AutoAssignDialog dialog(&session, {});
    dialog.show();
    QTRY_VERIFY(dialog.solveButton()->isEnabled());
    dialog.replanBox()->setChecked(false);
    setBudget(dialog, QStringLiteral("0.3"));
    QTest::mouseClick(dialog.solveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.run()->isRunning(), 20000);
    const SolverResult &r = dialog.run()->result();
    QCOMPARE(r.fixedRoles, 6);
    QCOMPARE(r.fixed, qint64(600000));
    QVERIFY(!r.optimal);
    const QLocale locale;
    const QString summary = dialog.summary()->text();
    QVERIFY2(summary.contains(QStringLiteral("Roles no instructor can take: 6 (fixed cost %1).")
                                  .arg(locale.toString(qint64(600000)))),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("How far from the best possible: at most %1 %")
                                  .arg(locale.toString(r.gap * 100, 'f', 2))),
             qPrintable(summary));
    // Over what the solver decides, not the whole objective with its fixed 600,000.
    QCOMPARE(r.gap, (double(r.objective) - r.lowerBound) / double(r.objective - r.fixed));
    // The Unstaffed tab says each kind of reason once, with its roles under it: a course
    // nobody is qualified for on one line with the cohorts that need it; a role whose
    // qualified instructors are all taken once, with what stops each of them.
    const QString unstaffed = dialog.unstaffedText()->toPlainText();
    QVERIFY(!r.unstaffed.empty());
    int nobody = 0, taken = 0;
    for (const UnstaffedCohort &u : r.unstaffed) {
        if (u.why == UnstaffedCohort::Why::NobodyQualified) {
            ++nobody;
            QCOMPARE(unstaffed.count(QStringLiteral("\n    %1: ").arg(u.courseCode)), 1);
        } else if (u.why == UnstaffedCohort::Why::NoneFree) {
            ++taken;
            for (const QString &b : u.blockers)
                QVERIFY(unstaffed.contains(QStringLiteral("        • ") + b));
        }
    }
    QCOMPARE(unstaffed.count(QStringLiteral("No instructor is qualified")), nobody > 0 ? 1 : 0);
    QCOMPARE(unstaffed.count(QStringLiteral("but none is free")), taken > 0 ? 1 : 0);
    // The long paragraphs that repeated the blockers are not shown.
    for (const UnstaffedCohort &u : r.unstaffed)
        QVERIFY(!unstaffed.contains(u.reason));
}

QTEST_MAIN(TestAutoAssign)
#include "tst_autoassign.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The edit dialogs as a user drives them: typed values, clicked buttons, a refused edit
// that keeps the dialog open with the field marked, and accepted edits that the caller
// executes as one undo step.
#include "domain/language.h"
#include "testsupport.h"

#include "newyeardialog.h"

#include "assigndialog.h"
#include "cohortdialog.h"
#include "cohortinstructorseditor.h"
#include "instructordialog.h"
#include "newcohortdialog.h"
#include "reportsdialog.h"
#include "sessionseditor.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "items/plansession.h"
#include "planning/candidateranker.h"
#include "store/auditlog.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <map>

using namespace Planner;

class TestDialogs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void cohortDialogRefusesThenSaves();
    void cohortDialogMarksSessions();
    void cohortDialogNewCohort();
    void instructorDialogRefusesBackwardLeave();
    void instructorDialogCoursePreferences();
    void newCohortSeries();
    void newCohortDuplicate();
    void newCohortProposesFreeVenues();
    void assignOnCompletedCohortAsksReason();
    void assignPickerRanksAndGuards();
    void blockedInstructorInTableIsRefused();
    void newPlanningYear();
    void reportsDialogSavesPdf();
    void newCohortWithoutCoursesSaysSo();
    void reportsPreviewShowsEveryPage();

private:
    PlanData data() const { return readPlanData(m_plan->database()); }
    // A cohort with sessions, neither cancelled nor completed.
    Id staffableCohort() const;
    // Shows dialog as the active window, as a user sees it.
    static void showActive(QDialog &dialog);
    static void clickOk(QDialog &dialog, QDialogButtonBox *buttons);
    // Types text into a spin box over its whole content.
    static void retype(QSpinBox *box, const QString &text);
    void execute(const PlanEdit &result);

    QTemporaryDir m_dir;
    QString m_master;
    // The dialogs read and check through the session, as in the application.
    PlanSession *m_session = nullptr;
    PlanDatabase *m_plan = nullptr;
    PlanEditor *m_editor = nullptr;
};

void TestDialogs::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_master = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("master.cohortplan")));
}

void TestDialogs::init()
{
    const QString path = m_dir.filePath(QStringLiteral("work.cohortplan"));
    TestSupport::copyPlan(m_master, path);
    m_session = new PlanSession(this);
    VERIFY_OK(m_session->open(path, PlanDatabase::Mode::ReadWrite));
    m_plan = m_session->plan();
    m_editor = m_session->editor();
}

void TestDialogs::cleanup()
{
    delete m_session;
    m_session = nullptr;
    m_plan = nullptr;
    m_editor = nullptr;
}

void TestDialogs::showActive(QDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

void TestDialogs::clickOk(QDialog &, QDialogButtonBox *buttons)
{
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestDialogs::retype(QSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
}

void TestDialogs::execute(const PlanEdit &result)
{
    QVERIFY(result.ok());
    QVERIFY(!result.changes.isEmpty());
    QVERIFY(!result.text.isEmpty());
    const QString error = m_editor->execute(result.text, result.changes).message();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDialogs::cohortDialogRefusesThenSaves()
{
    const PlanData before = data();
    const Cohort original = before.cohorts.front();
    CohortDialog dialog(m_session, original.id);
    showActive(dialog);
    QCOMPARE(dialog.codeEdit()->text(), original.code);
    QCOMPARE(dialog.capacityBox()->value(), original.capacity);
    QVERIFY(!dialog.sessionsEditor()->sessions().empty());

    retype(dialog.capacityBox(), QStringLiteral("0"));
    clickOk(dialog, dialog.buttons());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("capacity")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.capacityBox()->hasFocus());
    QVERIFY(dialog.capacityBox()->property("invalid").toBool());
    QCOMPARE(data(), before);

    // One seat more: a capacity below the trainees holding seats would be refused. The
    // mark and the message go as soon as the field is edited, before OK.
    const int capacity = original.capacity + 1;
    retype(dialog.capacityBox(), QString::number(capacity));
    QVERIFY(!dialog.capacityBox()->property("invalid").toBool());
    QVERIFY(dialog.errorLabel()->isHidden());
    clickOk(dialog, dialog.buttons());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
    QVERIFY(!dialog.capacityBox()->property("invalid").toBool());
    execute(dialog.edit());

    const PlanData after = data();
    const auto edited = std::find_if(after.cohorts.begin(), after.cohorts.end(),
                                     [&](const Cohort &c) { return c.id == original.id; });
    QVERIFY(edited != after.cohorts.end());
    QCOMPARE(edited->capacity, capacity);
    Cohort expected = original;
    expected.capacity = capacity;
    QCOMPARE(*edited, expected);
    QCOMPARE(after.sessions, before.sessions);

    m_editor->undoStack()->undo();
    QCOMPARE(data(), before);
}

void TestDialogs::cohortDialogMarksSessions()
{
    const PlanData before = data();
    CohortDialog dialog(m_session, before.cohorts.front().id);
    showActive(dialog);
    QTableWidget *table = dialog.sessionsEditor()->table();
    // A session moved to a Sunday that is not a make-up working day.
    table->item(0, 0)->setData(Qt::EditRole, QDate(2026, 11, 29));
    clickOk(dialog, dialog.buttons());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("2026-11-29")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentRow(), 0);

    // No sessions at all is refused too.
    table->selectAll();
    dialog.sessionsEditor()->removeSelected();
    clickOk(dialog, dialog.buttons());
    QVERIFY(dialog.isVisible());
    QVERIFY(table->hasFocus());
    QCOMPARE(data(), before);
}

void TestDialogs::cohortDialogNewCohort()
{
    const PlanData before = data();
    CohortDialog dialog(m_session, 0);
    showActive(dialog);
    QVERIFY(!dialog.codeEdit()->text().isEmpty());
    QVERIFY(!dialog.sessionsEditor()->sessions().empty());
    // The plan is busy: a venue free at the new sessions, and a lead the rules allow
    // (a blocking conflict would be refused).
    const PlanEdits edits(m_plan->database());
    int venue = 1;
    for (; venue < dialog.venueBox()->count(); ++venue) {
        dialog.venueBox()->setCurrentIndex(venue);
        if (edits.saveCohort(dialog.draft()).ok())
            break;
    }
    QVERIFY(venue < dialog.venueBox()->count());
    ConflictEngine engine = edits.conflictEngine();
    const Id id = PlanEdits::applyDraft(engine, dialog.draft());
    const std::vector<Candidate> candidates =
        CandidateRanker(engine).rank(id, InstructorRole::Lead);
    QCOMPARE(int(candidates.front().status), int(Candidate::Status::Ok));
    dialog.instructorsEditor()->addAssignment(candidates.front().instructorId,
                                              InstructorRole::Lead);
    clickOk(dialog, dialog.buttons());
    QVERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    execute(dialog.edit());
    const PlanData after = data();
    QCOMPARE(after.cohorts.size(), before.cohorts.size() + 1);
    QCOMPARE(after.cohortInstructors.size(), before.cohortInstructors.size() + 1);
    m_editor->undoStack()->undo();
    QCOMPARE(data(), before);
}

void TestDialogs::instructorDialogRefusesBackwardLeave()
{
    const PlanData before = data();
    const Instructor instructor = before.instructors.front();
    InstructorDialog dialog(m_session, instructor.id);
    showActive(dialog);
    QCOMPARE(dialog.nameEdit()->text(), instructor.name);

    const int row = dialog.addLeave();
    QTableWidget *leaves = dialog.leaveTable();
    leaves->item(row, InstructorDialog::LeaveStart)->setData(Qt::EditRole, QDate(2026, 12, 10));
    leaves->item(row, InstructorDialog::LeaveEnd)->setData(Qt::EditRole, QDate(2026, 12, 7));
    leaves->item(row, InstructorDialog::Reason)->setText(QStringLiteral("Training abroad"));
    clickOk(dialog, dialog.buttons());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("2026-12-07")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(leaves->hasFocus());
    QCOMPARE(leaves->currentRow(), row);
    QCOMPARE(data(), before);
    // The leave is on a tab of its own, brought forward with the mark.
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("instructorTabs"));
    QVERIFY(tabs);
    QVERIFY(tabs->currentWidget()->isAncestorOf(leaves));
    QVERIFY(tabs->tabText(tabs->currentIndex()).contains(QString::number(leaves->rowCount())));

    leaves->item(row, InstructorDialog::LeaveEnd)->setData(Qt::EditRole, QDate(2026, 12, 11));
    clickOk(dialog, dialog.buttons());
    QVERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    execute(dialog.edit());
    const PlanData after = data();
    QCOMPARE(after.leaves.size(), before.leaves.size() + 1);
    const bool added = std::any_of(after.leaves.begin(), after.leaves.end(), [&](const Leave &l) {
        return l.instructorId == instructor.id && l.start == QDate(2026, 12, 10) &&
               l.end == QDate(2026, 12, 11) && l.reason == QLatin1String("Training abroad");
    });
    QVERIFY(added);
    m_editor->undoStack()->undo();
    QCOMPARE(data(), before);
}

void TestDialogs::instructorDialogCoursePreferences()
{
    // A preference added with the button, a second one for the same course refused with
    // a message, then stored; the dialog shows it again, and undo takes it away.
    const Instructor instructor = data().instructors.front();
    const std::size_t before = Repository<CoursePreference>(m_plan->database()).count();
    {
        InstructorDialog dialog(m_session, instructor.id);
        showActive(dialog);
        QTableWidget *table = dialog.preferenceTable();
        const int start = table->rowCount();
        const int row = dialog.addPreference();
        QCOMPARE(row, start);
        table->item(row, InstructorDialog::PreferencePoints)->setData(Qt::UserRole, -2);
        const int twin = dialog.addPreference();
        table->item(twin, InstructorDialog::PreferenceCourse)
            ->setData(Qt::UserRole,
                      table->item(row, InstructorDialog::PreferenceCourse)->data(Qt::UserRole));
        clickOk(dialog, dialog.buttons());
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("two preferences")),
                 qPrintable(dialog.errorLabel()->text()));
        table->removeRow(twin);
        clickOk(dialog, dialog.buttons());
        QVERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
        execute(dialog.edit());
    }
    QCOMPARE(Repository<CoursePreference>(m_plan->database()).count(), int(before) + 1);
    InstructorDialog again(m_session, instructor.id);
    const auto shown = again.preferences();
    QVERIFY(std::any_of(shown.begin(), shown.end(),
                        [](const CoursePreference &p) { return p.points == -2; }));
    QVERIFY(again.preferenceTable()
                ->item(0, InstructorDialog::PreferencePoints)
                ->text()
                .contains(QStringLiteral("−")));
    m_editor->undoStack()->undo();
    QCOMPARE(Repository<CoursePreference>(m_plan->database()).count(), int(before));
}

void TestDialogs::newCohortSeries()
{
    const PlanData before = data();
    NewCohortDialog dialog(m_session, NewCohortDialog::Mode::Series);
    showActive(dialog);
    dialog.courseBox()->setCurrentIndex(0);
    dialog.startEdit()->setDate(QDate(2026, 9, 14));
    retype(dialog.countBox(), QStringLiteral("3"));
    retype(dialog.everyWeeksBox(), QStringLiteral("2"));
    // Online: the demo plan's venues are busy in September, and a series that would
    // double-book one is refused.
    dialog.modeBox()->setCurrentIndex(dialog.modeBox()->findData(int(CohortMode::Online)));
    dialog.venueBox()->setCurrentIndex(dialog.venueBox()->findData(QVariant::fromValue(Id(0))));
    QCOMPARE(dialog.venueBox()->currentData().toLongLong(), Id(0));
    QCOMPARE(dialog.drafts().size(), std::size_t(3));
    QCOMPARE(dialog.previewText().count(QLatin1Char('\n')), 2);
    clickOk(dialog, dialog.buttons());
    QVERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    const PlanEdit result = dialog.edit();
    QVERIFY2(result.text.startsWith(QLatin1String("Generate 3 cohorts of ")),
             qPrintable(result.text));
    execute(result);

    const PlanData after = data();
    QCOMPARE(after.cohorts.size(), before.cohorts.size() + 3);
    QSet<Id> oldIds;
    for (const Cohort &c : before.cohorts)
        oldIds.insert(c.id);
    QSet<QString> codes;
    for (const Cohort &c : before.cohorts)
        codes.insert(c.code);
    const WorkCalendar calendar = PlanEdits(m_plan->database()).workCalendar();
    std::vector<QDate> starts;
    for (const Cohort &c : after.cohorts) {
        if (oldIds.contains(c.id))
            continue;
        QVERIFY2(!codes.contains(c.code), qPrintable(c.code));
        codes.insert(c.code);
        QDate first;
        int sessions = 0;
        for (const Session &s : after.sessions) {
            if (s.cohortId != c.id)
                continue;
            ++sessions;
            QVERIFY2(calendar.isWorkingDay(s.date), qPrintable(s.date.toString(Qt::ISODate)));
            first = first.isValid() ? std::min(first, s.date) : s.date;
        }
        QVERIFY(sessions > 0);
        starts.push_back(first);
    }
    QCOMPARE(starts.size(), std::size_t(3));
    std::sort(starts.begin(), starts.end());
    QVERIFY(starts[0] >= QDate(2026, 9, 14));
    QVERIFY(starts[1] >= QDate(2026, 9, 28));
    QVERIFY(starts[2] >= QDate(2026, 10, 12));
    QVERIFY(starts[1] < QDate(2026, 10, 12));

    m_editor->undoStack()->undo();
    QCOMPARE(data(), before);
}

void TestDialogs::newPlanningYear()
{
    const PlanEdits edits(m_plan->database());
    NewYearDialog dialog(edits);
    showActive(dialog);
    auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("newYear"));
    auto *growth = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("newYearGrowth"));
    auto *targets = dialog.findChild<QTableWidget *>(QStringLiteral("newYearTargets"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("newYearProblem"));
    auto *calendar = dialog.findChild<QLabel *>(QStringLiteral("newYearCalendar"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QPushButton *create = buttons->button(QDialogButtonBox::Ok);
    // The year after the demo's 2026, from its targets; no 2027 calendar.
    QCOMPARE(year->value(), 2027);
    QCOMPARE(targets->rowCount(), 3);
    QVERIFY(create->isEnabled());
    QVERIFY(problem->isHidden());
    QVERIFY(calendar->text().contains(QStringLiteral("no work calendar for 2027")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("newYearImportCalendar"))
                ->isVisibleTo(&dialog));
    // +10 %: the 2,000 blockchain trainees of 2026 become 2,200.
    growth->setValue(10);
    QCOMPARE(targets->item(0, 1)->text(), QLocale().toString(2200));
    // A year that has targets: refused with the reason, Create disabled.
    year->setValue(2026);
    QVERIFY(!create->isEnabled());
    QVERIFY(problem->isVisibleTo(&dialog));
    QVERIFY(problem->text().contains(QStringLiteral("2026 has targets already")));
    year->setValue(2027);
    QVERIFY(create->isEnabled());
    clickOk(dialog, buttons);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const int before = int(data().targets.size());
    execute(edits.newPlanningYear(dialog.year(), dialog.growthPercent()));
    QCOMPARE(int(data().targets.size()), before + 3);
    m_editor->undoStack()->undo();
    QCOMPARE(int(data().targets.size()), before);
}

void TestDialogs::newCohortDuplicate()
{
    const PlanData before = data();
    const Cohort original = before.cohorts.front();
    QDate originalEnd;
    for (const Session &s : before.sessions) {
        if (s.cohortId == original.id)
            originalEnd = std::max(originalEnd, s.date);
    }
    NewCohortDialog dialog(m_session, NewCohortDialog::Mode::Duplicate, original.id);
    showActive(dialog);
    QVERIFY(dialog.startEdit()->date() > originalEnd);
    // The demo's first cohort is long past: the copy starts from tomorrow, and says so.
    QVERIFY(dialog.startEdit()->date() > QDate::currentDate());
    QVERIFY2(dialog.warningLabel()->text().contains(QLatin1String("not after the original")),
             qPrintable(dialog.warningLabel()->text()));
    // The original's venue while it is free then; otherwise the best free one.
    const Id proposedVenue = dialog.venueBox()->currentData().toLongLong();
    QVERIFY(dialog.venueBox()->currentText().contains(QLatin1String("free")) || proposedVenue == 0);
    QVERIFY(!dialog.courseBox()->isEnabled());
    QVERIFY(dialog.codeEdit()->text() != original.code);
    clickOk(dialog, dialog.buttons());
    QVERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    execute(dialog.edit());

    const PlanData after = data();
    QCOMPARE(after.cohorts.size(), before.cohorts.size() + 1);
    const Cohort &copy =
        *std::max_element(after.cohorts.begin(), after.cohorts.end(),
                          [](const Cohort &a, const Cohort &b) { return a.id < b.id; });
    QVERIFY(copy.code != original.code);
    QCOMPARE(copy.courseId, original.courseId);
    QCOMPARE(copy.venueId, proposedVenue);
    QCOMPARE(copy.mode, original.mode);
    QCOMPARE(copy.capacity, original.capacity);
    auto instructorsOf = [&](Id cohortId) {
        QSet<Id> ids;
        for (const CohortInstructor &a : after.cohortInstructors) {
            if (a.cohortId == cohortId)
                ids.insert(a.instructorId);
        }
        return ids;
    };
    QCOMPARE(instructorsOf(copy.id), instructorsOf(original.id));
    // As many teaching days as the original, all after it.
    QSet<qint64> originalDays;
    QSet<qint64> copyDays;
    for (const Session &s : after.sessions) {
        if (s.cohortId == original.id)
            originalDays.insert(s.date.toJulianDay());
        if (s.cohortId == copy.id) {
            copyDays.insert(s.date.toJulianDay());
            QVERIFY(s.date > originalEnd);
        }
    }
    QCOMPARE(copyDays.size(), originalDays.size());
    m_editor->undoStack()->undo();
    QCOMPARE(data(), before);
}

// New Cohort lists free venues with enough seats first and says of each why not; the
// venue it proposes is free; a booked or small venue chosen by the user is kept with a
// warning at once; the code continues the course's numbering for the year.
void TestDialogs::newCohortProposesFreeVenues()
{
    const PlanData before = data();
    // An upcoming in-person cohort: a new one of its course from its first day meets at
    // the same days and times, so its venue is booked then.
    std::map<Id, Venue> venues;
    for (const Venue &v : before.venues)
        venues[v.id] = v;
    const Cohort *busy = nullptr;
    QDate busyStart;
    for (const Cohort &c : before.cohorts) {
        if (c.status == CohortStatus::Cancelled || c.venueId == 0 || venues[c.venueId].online)
            continue;
        QDate first;
        for (const Session &s : before.sessions)
            if (s.cohortId == c.id)
                first = first.isValid() ? std::min(first, s.date) : s.date;
        if (first > QDate::currentDate()) {
            busy = &c;
            busyStart = first;
            break;
        }
    }
    QVERIFY(busy);
    const auto course = std::find_if(before.courses.begin(), before.courses.end(),
                                     [&](const Course &c) { return c.id == busy->courseId; });
    QVERIFY(course != before.courses.end());

    NewCohortDialog dialog(m_session, NewCohortDialog::Mode::New);
    showActive(dialog);
    dialog.courseBox()->setCurrentIndex(
        dialog.courseBox()->findData(QVariant::fromValue(busy->courseId)));
    dialog.startEdit()->setDate(busyStart);
    QComboBox *box = dialog.venueBox();
    QCOMPARE(box->count(), int(before.venues.size()) + 1); // and "None (online)"
    QCOMPARE(box->currentIndex(), 0);
    QVERIFY2(box->currentText().contains(QLatin1String("seats, free")),
             qPrintable(box->currentText()));
    const Id proposed = box->currentData().toLongLong();
    QVERIFY(venues[proposed].seats >= dialog.capacityBox()->value());
    QVERIFY(dialog.warningLabel()->text().isEmpty() ||
            !dialog.warningLabel()->text().contains(QLatin1String("booked")));
    // Proposed free: no venue conflict in the plan.
    const PlanEdit proposal = PlanEdits(m_plan->database()).createCohorts(dialog.drafts(), {});
    QVERIFY2(proposal.ok(), qPrintable(proposal.problem ? proposal.problem->message : QString()));
    for (const QString &w : proposal.warnings)
        QVERIFY2(!w.contains(QLatin1String("double-booked")), qPrintable(w));

    // Free ones first, then online, booked, too small: the busy cohort's venue is booked.
    const int taken = box->findData(QVariant::fromValue(busy->venueId));
    QVERIFY(taken > 0);
    QVERIFY2(box->itemText(taken).contains(QLatin1String("booked by")),
             qPrintable(box->itemText(taken)));
    // Chosen anyway: kept, and the warning says so at once.
    box->setCurrentIndex(taken);
    QCOMPARE(box->currentData().toLongLong(), busy->venueId);
    QVERIFY2(dialog.warningLabel()->text().contains(QLatin1String("is booked by")),
             qPrintable(dialog.warningLabel()->text()));
    retype(dialog.capacityBox(), QStringLiteral("900"));
    QCOMPARE(box->currentData().toLongLong(), busy->venueId);
    QVERIFY2(dialog.warningLabel()->text().contains(QLatin1String("fewer than the 900")),
             qPrintable(dialog.warningLabel()->text()));

    // The code: the course's next number in the year, three digits.
    const QString prefix = QStringLiteral("%1-%2-").arg(course->code).arg(busyStart.year());
    int highest = 0;
    for (const Cohort &c : before.cohorts)
        if (c.code.startsWith(prefix))
            highest = std::max(highest, c.code.mid(prefix.size()).toInt());
    QVERIFY(highest > 0);
    QCOMPARE(dialog.codeEdit()->text(),
             prefix + QStringLiteral("%1").arg(highest + 1, 3, 10, QLatin1Char('0')));
}

// Staffing a completed cohort is not done silently: the picker says what it means and
// asks a reason even for a candidate without warnings.
void TestDialogs::assignOnCompletedCohortAsksReason()
{
    const PlanData before = data();
    const auto completed =
        std::find_if(before.cohorts.begin(), before.cohorts.end(),
                     [](const Cohort &c) { return c.status == CohortStatus::Completed; });
    QVERIFY(completed != before.cohorts.end());
    CohortDialog dialog(m_session, completed->id);
    showActive(dialog);
    bool checked = false;
    connect(dialog.instructorsEditor(), &CohortInstructorsEditor::assignDialogOpened, this,
            [&](AssignDialog *picker) {
                QTimer::singleShot(0, picker, [&, picker] {
                    QVERIFY(picker->notice()->isVisibleTo(picker));
                    QVERIFY2(picker->notice()->text().contains(completed->code),
                             qPrintable(picker->notice()->text()));
                    QPushButton *ok = picker->buttons()->button(QDialogButtonBox::Ok);
                    for (int row = 0; row < picker->list()->topLevelItemCount(); ++row) {
                        picker->list()->setCurrentItem(picker->list()->topLevelItem(row));
                        if (picker->chosen()->status != Candidate::Status::Blocked)
                            break;
                    }
                    QVERIFY(picker->chosen()->status != Candidate::Status::Blocked);
                    QVERIFY(!ok->isEnabled());
                    QVERIFY(picker->reasonEdit()->isVisibleTo(picker));
                    picker->reasonEdit()->setText(QStringLiteral("recorded late"));
                    QVERIFY(ok->isEnabled());
                    QCOMPARE(picker->reason(), QStringLiteral("recorded late"));
                    checked = true;
                    picker->reject();
                });
            });
    QTest::mouseClick(dialog.instructorsEditor()->assignButton(), Qt::LeftButton);
    QVERIFY(checked);
}

Id TestDialogs::staffableCohort() const
{
    const PlanData d = data();
    for (const Cohort &c : d.cohorts) {
        const bool hasSessions = std::any_of(d.sessions.begin(), d.sessions.end(),
                                             [&](const Session &s) { return s.cohortId == c.id; });
        // Not completed either: staffing a completed cohort asks a reason (tested apart).
        if (c.status != CohortStatus::Cancelled && c.status != CohortStatus::Completed &&
            hasSessions)
            return c.id;
    }
    return 0;
}

void TestDialogs::assignPickerRanksAndGuards()
{
    const Id cohortId = staffableCohort();
    QVERIFY(cohortId != 0);
    CohortDialog dialog(m_session, cohortId);
    showActive(dialog);
    CohortInstructorsEditor *editor = dialog.instructorsEditor();
    QVERIFY(editor->assignButton()->isVisible());
    const int rowsBefore = editor->table()->rowCount();
    bool checked = false;
    bool sawBlocked = false;
    Id picked = 0;
    connect(editor, &CohortInstructorsEditor::assignDialogOpened, this, [&](AssignDialog *picker) {
        QTimer::singleShot(0, picker, [&, picker] {
            QTreeWidget *list = picker->list();
            QPushButton *ok = picker->buttons()->button(QDialogButtonBox::Ok);
            QVERIFY(list->topLevelItemCount() > 1);
            int lastStatus = 0;
            for (int row = 0; row < list->topLevelItemCount(); ++row) {
                QTreeWidgetItem *item = list->topLevelItem(row);
                list->setCurrentItem(item);
                const Candidate *c = picker->chosen();
                QVERIFY(c);
                // Ranked: ok, then warnings, then blocked.
                QVERIFY(int(c->status) >= lastStatus);
                lastStatus = int(c->status);
                QVERIFY(!item->icon(0).isNull());
                QVERIFY(!item->toolTip(0).isEmpty());
                if (c->status == Candidate::Status::Blocked) {
                    sawBlocked = true;
                    QVERIFY(!ok->isEnabled());
                    QVERIFY(!picker->reasonEdit()->isVisibleTo(picker));
                    QVERIFY2(picker->explanation()->text().contains(c->reasons.front()),
                             qPrintable(picker->explanation()->text()));
                    QVERIFY(item->toolTip(0).contains(c->reasons.front()));
                } else if (c->status == Candidate::Status::Warning) {
                    QVERIFY(!ok->isEnabled());
                    QVERIFY(picker->reasonEdit()->isVisibleTo(picker));
                    picker->reasonEdit()->setText(QStringLiteral("agreed"));
                    QVERIFY(ok->isEnabled());
                    picker->reasonEdit()->clear();
                    QVERIFY(!ok->isEnabled());
                } else {
                    QVERIFY(ok->isEnabled());
                }
            }
            list->setCurrentItem(list->topLevelItem(0));
            QCOMPARE(int(picker->chosen()->status), int(Candidate::Status::Ok));
            picked = picker->instructorId();
            checked = true;
            QTest::mouseClick(ok, Qt::LeftButton);
        });
    });
    QTest::mouseClick(editor->assignButton(), Qt::LeftButton);
    QVERIFY(checked);
    QVERIFY(sawBlocked);
    QCOMPARE(editor->table()->rowCount(), rowsBefore + 1);
    const std::vector<CohortInstructor> assigned = editor->assignments();
    QVERIFY(std::any_of(assigned.begin(), assigned.end(),
                        [&](const CohortInstructor &a) { return a.instructorId == picked; }));
    clickOk(dialog, dialog.buttons());
    QVERIFY2(!dialog.isVisible(), qPrintable(dialog.errorLabel()->text()));
    execute(dialog.edit());
    const PlanData after = data();
    QVERIFY(std::any_of(after.cohortInstructors.begin(), after.cohortInstructors.end(),
                        [&](const CohortInstructor &a) {
                            return a.cohortId == cohortId && a.instructorId == picked;
                        }));
}

void TestDialogs::blockedInstructorInTableIsRefused()
{
    const Id cohortId = staffableCohort();
    const ConflictEngine engine = PlanEdits(m_plan->database()).conflictEngine();
    const std::vector<Candidate> candidates =
        CandidateRanker(engine).rank(cohortId, InstructorRole::Assistant);
    const auto blocked = std::find_if(candidates.begin(), candidates.end(), [](const Candidate &c) {
        return c.status == Candidate::Status::Blocked;
    });
    QVERIFY(blocked != candidates.end());
    const PlanData before = data();
    CohortDialog dialog(m_session, cohortId);
    showActive(dialog);
    dialog.instructorsEditor()->addInstructor(blocked->instructorId);
    clickOk(dialog, dialog.buttons());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(blocked->reasons.front()),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.instructorsEditor()->table()->property("invalid").toBool());
    QCOMPARE(data(), before);
}

// File ▸ Print…: the fields follow the report chosen; a cohort picked from the list (or
// typed) scopes a sign-in sheet, which is built on the worker and saved as a PDF on a
// thread of its own; a code that is no cohort's is refused in words, and nothing is
// written.
void TestDialogs::reportsDialogSavesPdf()
{
    ReportsDialog dialog(m_session);
    showActive(dialog);
    dialog.select(Report::Kind::Plan);
    QVERIFY(dialog.isShown(dialog.yearField()));
    QVERIFY(!dialog.isShown(dialog.cohortBox()));
    dialog.select(Report::Kind::Certifications);
    QVERIFY(dialog.isShown(dialog.periodField()));
    QVERIFY(!dialog.isShown(dialog.yearField()));

    const Cohort cohort = data().cohorts.front();
    dialog.select(Report::Kind::SignIn, cohort.id);
    QVERIFY(dialog.isShown(dialog.cohortBox()));
    // The cohorts arrive from the worker; the one asked for is then selected.
    QTRY_COMPARE(dialog.cohortBox()->currentData().toLongLong(), qint64(cohort.id));
    QCOMPARE(dialog.request().cohortId, cohort.id);
    QCOMPARE(dialog.request().kind, Report::Kind::SignIn);
    // In the window's language unless another is chosen; the window's words stay.
    QCOMPARE(dialog.languageBox()->currentData().toString(), Language::installed());
    QCOMPARE(Language::nameOf(dialog.request().locale), Language::installed());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
    QCOMPARE(dialog.request().locale.language(), QLocale::Chinese);

    QSignalSpy written(&dialog, &ReportsDialog::written);
    QSignalSpy failed(&dialog, &ReportsDialog::failed);
    const QString pdf = m_dir.filePath(QStringLiteral("signin.pdf"));
    dialog.savePdf(pdf);
    QTRY_VERIFY_WITH_TIMEOUT(written.count() + failed.count() > 0, 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(written.first().at(0).toString(), pdf);
    QVERIFY(written.first().at(1).toInt() >= 1);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("signin.pdf")));
    QVERIFY2(!dialog.statusLabel()->text().contains(QStringLiteral("页")),
             "the Chinese report turned the window's words Chinese");

    dialog.cohortBox()->setEditText(QStringLiteral("NOT-A-COHORT"));
    dialog.cohortBox()->setCurrentIndex(-1);
    dialog.cohortBox()->setEditText(QStringLiteral("NOT-A-COHORT"));
    const QString refused = m_dir.filePath(QStringLiteral("refused.pdf"));
    dialog.savePdf(refused);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("NOT-A-COHORT")));
    QVERIFY(!QFile::exists(refused));
}

// In a new, empty plan New Cohort says at once that a course is needed, and OK says it
// again instead of blaming the weekdays.
void TestDialogs::newCohortWithoutCoursesSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.cohortplan"));
    QFile::remove(path);
    VERIFY_OK(PlanSession::createEmptyPlan(path));
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadWrite));
    NewCohortDialog dialog(&session, NewCohortDialog::Mode::New);
    showActive(dialog);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("no course")),
             qPrintable(dialog.errorLabel()->text()));
    clickOk(dialog, dialog.buttons());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("Courses & Tracks")));
    QVERIFY(!dialog.errorLabel()->text().contains(QStringLiteral("weekdays")));
}

// Print Preview shows every page of the report.
void TestDialogs::reportsPreviewShowsEveryPage()
{
    ReportsDialog dialog(m_session);
    showActive(dialog);
    const Cohort cohort = data().cohorts.front();
    dialog.select(Report::Kind::SignIn, cohort.id);
    QTRY_COMPARE(dialog.cohortBox()->currentData().toLongLong(), qint64(cohort.id));
    int shownPages = -1;
    connect(&dialog, &ReportsDialog::previewShown, this, [&](QPrintPreviewDialog *preview) {
        QTimer::singleShot(0, preview, [preview, &shownPages] {
            shownPages = preview->findChild<QPrintPreviewWidget *>()->pageCount();
            preview->reject();
        });
    });
    dialog.preview();
    QTRY_VERIFY_WITH_TIMEOUT(shownPages >= 0, 30000);
    // One sign-in sheet a session, each at least a page.
    const PlanData plan = data();
    const auto sessions = std::count_if(plan.sessions.begin(), plan.sessions.end(),
                                        [&](const Session &s) { return s.cohortId == cohort.id; });
    QVERIFY(sessions > 0);
    QVERIFY(shownPages >= int(sessions));
    QVERIFY(dialog.statusLabel()->text().isEmpty());
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"

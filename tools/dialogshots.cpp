// SPDX-License-Identifier: GPL-3.0-or-later
// Saves a PNG of each edit dialog on a plan, to look at them as a user does:
//   cohort-dialog-screenshots PLAN OUTDIR [SUFFIX]
// (LANG=zh_CN.UTF-8 shows them in Chinese; SUFFIX, e.g. "-zh", is added to the names.)
#include "assigndialog.h"
#include "autoassigndialog.h"
#include "cohortdialog.h"
#include "draftdialog.h"
#include "importwizard.h"
#include "instructordialog.h"
#include "newcohortdialog.h"
#include "newyeardialog.h"
#include "preferencesdialog.h"
#include "reportsdialog.h"
#include "screencheck.h"
#include "serverdialogs.h"
#include "syncdialog.h"
#include "translations.h"

#include "commands/planedits.h"
#include "items/autoassignrun.h"
#include "items/plansession.h"
#include "planning/candidateranker.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeEdit>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace Planner;

namespace {

void save(QWidget &widget, const QString &dir, const QString &name, const QString &suffix)
{
    widget.show();
    QCoreApplication::processEvents();
    const QString file = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
    ScreenCheck::shoot(widget, file);
    QTextStream(stdout) << file << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CohortPlannerScreenshots"));
    installTranslations(app);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: cohort-dialog-screenshots PLAN OUTDIR [SUFFIX]" << Qt::endl;
        return 2;
    }
    const QString dir = args.at(2);
    const QString suffix = args.value(3);
    QDir().mkpath(dir);
    // The dialogs read the plan through the session, as in the application.
    PlanSession session;
    if (const auto opened = session.open(args.at(1), PlanDatabase::Mode::ReadOnly); !opened) {
        QTextStream(stderr) << opened.message() << Qt::endl;
        return 1;
    }
    PlanDatabase *plan = session.plan();
    const PlanData data = readPlanData(plan->database());

    // A cohort with a lead and an assistant, and the instructor with the most
    // qualifications and some leave: dialogs with something in every section.
    Id cohortId = data.cohorts.empty() ? 0 : data.cohorts.front().id;
    for (const Cohort &c : data.cohorts) {
        const auto n = std::count_if(data.cohortInstructors.begin(), data.cohortInstructors.end(),
                                     [&](const CohortInstructor &a) { return a.cohortId == c.id; });
        if (n >= 2) {
            cohortId = c.id;
            break;
        }
    }
    Id instructorId = 0;
    long best = -1;
    for (const Instructor &i : data.instructors) {
        const auto q =
            std::count_if(data.qualifications.begin(), data.qualifications.end(),
                          [&](const Qualification &x) { return x.instructorId == i.id; });
        const auto l = std::count_if(data.leaves.begin(), data.leaves.end(),
                                     [&](const Leave &x) { return x.instructorId == i.id; });
        if (l > 0 && q > best) {
            best = long(q);
            instructorId = i.id;
        }
    }

    {
        CohortDialog dialog(&session, cohortId);
        save(dialog, dir, QStringLiteral("cohort-dialog"), suffix);
        // A refused edit: the message at the bottom, the field outlined.
        dialog.capacityBox()->setValue(0);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        save(dialog, dir, QStringLiteral("cohort-dialog-error"), suffix);
    }
    {
        // The candidate picker on a cohort where someone would go over a limit, that
        // candidate (or else a blocked one) chosen.
        auto engine =
            std::make_shared<ConflictEngine>(PlanEdits(plan->database()).conflictEngine());
        const Cohort *cohort = nullptr;
        for (const Cohort &c : data.cohorts) {
            if (!cohort && c.id == cohortId)
                cohort = &c;
        }
        int tried = 0;
        for (const Cohort &c : data.cohorts) {
            if (c.status == CohortStatus::Cancelled || ++tried > 120)
                continue;
            const std::vector<Candidate> ranked =
                CandidateRanker(*engine).rank(c.id, InstructorRole::Assistant);
            if (std::any_of(ranked.begin(), ranked.end(), [](const Candidate &x) {
                    return x.status == Candidate::Status::Warning;
                })) {
                cohort = &c;
                break;
            }
        }
        const Id pickedCohort = cohort ? cohort->id : cohortId;
        AssignDialog dialog(cohort ? cohort->code : QString(),
                            [engine, pickedCohort](InstructorRole role) {
                                return CandidateRanker(*engine).rank(pickedCohort, role);
                            });
        dialog.setRole(InstructorRole::Assistant);
        QTreeWidget *list = dialog.list();
        int shown = -1;
        for (Candidate::Status wanted : {Candidate::Status::Warning, Candidate::Status::Blocked}) {
            for (int row = 0; shown < 0 && row < list->topLevelItemCount(); ++row) {
                list->setCurrentItem(list->topLevelItem(row));
                if (dialog.chosen()->status == wanted)
                    shown = row;
            }
        }
        if (dialog.chosen() && dialog.chosen()->status == Candidate::Status::Warning)
            dialog.reasonEdit()->setText(
                QStringLiteral("Agreed with her manager: the only one free that week"));
        save(dialog, dir, QStringLiteral("assign-dialog"), suffix);
    }
    {
        InstructorDialog dialog(&session, instructorId);
        save(dialog, dir, QStringLiteral("instructor-dialog"), suffix);
    }
    {
        NewCohortDialog dialog(&session, NewCohortDialog::Mode::Series);
        dialog.startEdit()->setDate(QDate(2026, 9, 14));
        dialog.countBox()->setValue(6);
        save(dialog, dir, QStringLiteral("series-dialog"), suffix);
    }
    {
        NewCohortDialog dialog(&session, NewCohortDialog::Mode::Duplicate, cohortId);
        save(dialog, dir, QStringLiteral("duplicate-dialog"), suffix);
    }
    {
        // The import wizard on a GB18030 file with semicolons, Chinese headers and two
        // bad rows, up to its dry run (which only reads the plan).
        QTemporaryDir temporary;
        const QString csv = temporary.filePath(QStringLiteral("trainees-zh.csv"));
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        file.write(QStringEncoder("GB18030")(QStringLiteral(
            "身份证号;姓名;单位;区;手机\r\n"
            "110101199003071233;王小明;\"北京智造科技有限公司; 海淀分公司\";海淀;13800138000\r\n"
            "110105199105122340;李雷;北京数据服务有限公司;朝阳;13900139000\r\n"
            "110108199208153456;;北京云网络有限公司;东城;13700137000\r\n"
            "110101199003071233;韩梅梅;北京智造科技有限公司;海淀;zhang@example\r\n"
            "110105199105122345;张伟;北京云网络有限公司;西城;13600136000\r\n")));
        file.close();
        ImportWizard wizard(args.at(1), dir);
        wizard.setFile(csv);
        wizard.setKind(ImportKind::Trainees);
        save(wizard, dir, QStringLiteral("import-1-file"), suffix);
        wizard.next();
        save(wizard, dir, QStringLiteral("import-2-format"), suffix);
        wizard.next();
        save(wizard, dir, QStringLiteral("import-3-mapping"), suffix);
        wizard.next();
        const auto waitChecked = [](ImportWizard &w) {
            auto *summary = w.findChild<QLabel *>(QStringLiteral("checkSummary"));
            QElapsedTimer timer;
            timer.start();
            while (summary->text() == ImportWizard::tr("Checking…") && timer.elapsed() < 30000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        };
        waitChecked(wizard);
        save(wizard, dir, QStringLiteral("import-4-check"), suffix);
        // A cohort import that raises the capacity of a cohort with a waitlist: the dry
        // run says who would get a seat.
        const auto waiting =
            std::find_if(data.enrollments.begin(), data.enrollments.end(), [](const Enrollment &e) {
                return e.status == EnrollmentStatus::Waitlisted;
            });
        if (waiting != data.enrollments.end()) {
            const Cohort &c =
                *std::find_if(data.cohorts.begin(), data.cohorts.end(),
                              [&](const Cohort &x) { return x.id == waiting->cohortId; });
            const Course &course =
                *std::find_if(data.courses.begin(), data.courses.end(),
                              [&](const Course &x) { return x.id == c.courseId; });
            const QString cohorts = temporary.filePath(QStringLiteral("cohorts.csv"));
            QFile out(cohorts);
            out.open(QIODevice::WriteOnly);
            out.write(QStringLiteral("code,course,capacity\n%1,%2,%3\n")
                          .arg(c.code, course.code)
                          .arg(c.capacity + 2)
                          .toUtf8());
            out.close();
            ImportWizard grow(args.at(1), dir);
            grow.setFile(cohorts);
            grow.setKind(ImportKind::Cohorts);
            grow.show();
            grow.next();
            grow.next();
            grow.next();
            waitChecked(grow);
            save(grow, dir, QStringLiteral("import-4-check-waitlist"), suffix);
        }
        // A corrected roster of trainees the plan has, with empty cells that clear (the
        // user ticked it) and a column nothing reads: what changes, column by column, and
        // every value that would be cleared.
        if (data.trainees.size() >= 3) {
            const QString roster = temporary.filePath(QStringLiteral("roster.csv"));
            QFile out(roster);
            out.open(QIODevice::WriteOnly);
            QString text = QStringLiteral("身份证号,姓名,单位,区,备注\n");
            for (std::size_t i = 0; i < 3; ++i) {
                const Trainee &t = data.trainees[i];
                text += QStringLiteral("%1,%2,%3,,%4\n")
                            .arg(t.idNumber, t.name,
                                 i == 0 ? QStringLiteral("北京云网络有限公司") : t.employer,
                                 QStringLiteral("第二批"));
            }
            out.write(text.toUtf8());
            out.close();
            ImportWizard update(args.at(1), dir);
            update.setFile(roster);
            update.setKind(ImportKind::Trainees);
            update.options().rows.blankClears = true;
            update.show();
            update.next();
            update.next();
            save(update, dir, QStringLiteral("import-3-mapping-blanks"), suffix);
            update.next();
            waitChecked(update);
            auto *tabs = update.findChild<QTabWidget *>(QStringLiteral("checkTabs"));
            tabs->setCurrentIndex(1);
            save(update, dir, QStringLiteral("import-4-check-columns"), suffix);
            tabs->setCurrentIndex(2);
            save(update, dir, QStringLiteral("import-4-check-cleared"), suffix);
        }
        // File ▸ Open Server Plan…, after the server refused the kept password; and the choice a
        // coordinator is given when someone else changed the cohort they were editing.
        {
            OpenServerDialog dialog;
            dialog.setAddress(
                QStringLiteral(
                    "postgresql://li.na@planning.bj.example/cohorts?sslmode=verify-full"),
                QCoreApplication::translate("Planner::ServerPlan", "Could not connect to %1: %2")
                    .arg(QStringLiteral("postgresql://li.na@planning.bj.example/cohorts"),
                         QStringLiteral("FATAL:  password authentication failed for user "
                                        "\"li.na\"")));
            dialog.setRememberPassword(true); // the kept password was refused
            save(dialog, dir, QStringLiteral("open-server-dialog"), suffix);
        }
        if (!data.cohorts.empty()) {
            const Cohort &read = data.cohorts.front();
            Cohort theirs = read;
            theirs.capacity = read.capacity + 6;
            theirs.notes = QStringLiteral("加开周末班");
            Cohort yours = read;
            yours.capacity = read.capacity - 4;
            PlanEditor::Conflict conflict;
            conflict.table = QStringLiteral("cohort");
            conflict.key = QString::number(read.id);
            conflict.theirs =
                QStringLiteral(
                    R"({"id":%1,"course_id":%2,"code":"%3","venue_id":%4,"mode":"in_person","capacity":%5,"status":"open","notes":"%6"})")
                    .arg(read.id)
                    .arg(read.courseId)
                    .arg(read.code)
                    .arg(read.venueId)
                    .arg(theirs.capacity)
                    .arg(theirs.notes);
            conflict.yours =
                QStringLiteral(
                    R"({"id":%1,"course_id":%2,"code":"%3","venue_id":%4,"mode":"in_person","capacity":%5,"status":"open","notes":""})")
                    .arg(read.id)
                    .arg(read.courseId)
                    .arg(read.code)
                    .arg(read.venueId)
                    .arg(yours.capacity);
            ConflictDialog dialog(conflict);
            save(dialog, dir, QStringLiteral("conflict-dialog"), suffix);
        }
        // File ▸ Synchronise with Server…, with conflicts to choose: a copy of the plan
        // made a checkout of a team's server plan.
        if (data.cohorts.size() >= 2 && !data.trainees.empty()) {
            QTemporaryDir scratch;
            const QString copy = scratch.filePath(QStringLiteral("checkout.cohortplan"));
            PlanSession checkoutSession;
            if (plan->saveCopyAs(copy)) {
                {
                    const auto opened = PlanDatabase::open(copy, PlanDatabase::Mode::ReadWrite);
                    QSqlQuery q((*opened)->database());
                    q.exec(QStringLiteral(
                        "INSERT INTO checkout (id, server, site, districts, seq, checked_out_at, "
                        "synced_at) VALUES (1, 'postgresql://li.na@planning.bj.example/cohorts', "
                        "3, '[\"海淀区\"]', 412, '2026-11-30T01:30:00Z', "
                        "'2026-12-03T09:10:00Z')"));
                }
                (void)checkoutSession.open(copy, PlanDatabase::Mode::ReadWrite);
            }
            if (checkoutSession.checkout()) {
                const Cohort &first = data.cohorts.front();
                const Cohort &second = data.cohorts.at(1);
                ServerSync::Report report;
                ServerSync::Conflict both;
                both.id = QStringLiteral("cohort:%1").arg(first.id);
                both.kind = ServerSync::ConflictKind::BothChanged;
                both.table = QStringLiteral("cohort");
                both.label = first.code;
                both.message = QCoreApplication::translate(
                    "Planner::ServerSync", "You and someone on the server both changed it.");
                both.mineAllowed = true;
                both.fields = {{QStringLiteral("capacity"), first.capacity, first.capacity - 4,
                                first.capacity + 6},
                               {QStringLiteral("status"), QStringLiteral("planned"),
                                QStringLiteral("open"), QStringLiteral("cancelled")}};
                ServerSync::Conflict gone;
                gone.id = QStringLiteral("cohort:%1").arg(second.id);
                gone.kind = ServerSync::ConflictKind::DeletedChanged;
                gone.table = QStringLiteral("cohort");
                gone.label = second.code;
                gone.message = QCoreApplication::translate(
                    "Planner::ServerSync",
                    "You deleted it; someone changed it on the server meanwhile.");
                gone.mineAllowed = true;
                gone.fields = {
                    {QStringLiteral("notes"), QString(), QVariant(), QStringLiteral("加开周末班")}};
                ServerSync::Conflict clash;
                clash.id = QStringLiteral("trainee:%1").arg(data.trainees.front().id);
                clash.kind = ServerSync::ConflictKind::UniqueClash;
                clash.table = QStringLiteral("trainee");
                clash.label = data.trainees.front().name;
                clash.message =
                    QCoreApplication::translate("Planner::ServerSync",
                                                "Another record on the server already has this: %1")
                        .arg(QStringLiteral("Key (id_number)=(110105199003071234) "
                                            "already exists."));
                report.conflicts = {both, gone, clash};
                SyncDialog dialog(&checkoutSession);
                dialog.showReport(report);
                dialog.choose(1, ServerSync::Choice::Theirs);
                save(dialog, dir, QStringLiteral("sync-dialog"), suffix);
            }
        }
        // Edit ▸ New Planning Year…: next year from this year's targets, +10 %.
        {
            const PlanEdits edits(plan->database());
            NewYearDialog dialog(edits);
            dialog.findChild<QDoubleSpinBox *>(QStringLiteral("newYearGrowth"))->setValue(10);
            save(dialog, dir, QStringLiteral("new-year-dialog"), suffix);
        }
        // Edit ▸ Preferences, with a refusal showing.
        {
            PreferencesDialog dialog(Preferences::load());
            dialog.show();
            save(dialog, dir, QStringLiteral("preferences-dialog"), suffix);
            dialog.slotEnd(SessionSlot::Morning)->setTime(QTime(14, 30));
            dialog.accept();
            save(dialog, dir, QStringLiteral("preferences-dialog-refused"), suffix);
        }
        // File ▸ Print…: a sign-in sheet of the biggest cohort, its days listed.
        {
            ReportsDialog dialog(&session);
            dialog.select(Report::Kind::SignIn, data.cohorts.front().id);
            dialog.show();
            QElapsedTimer timer;
            timer.start();
            while (dialog.cohortBox()->currentIndex() < 0 && timer.elapsed() < 30000) {
                QCoreApplication::processEvents();
                QThread::msleep(20);
            }
            for (int i = 0; i < 10; ++i) {
                QCoreApplication::processEvents();
                QThread::msleep(20);
            }
            save(dialog, dir, QStringLiteral("reports-dialog"), suffix);
            dialog.select(Report::Kind::Timetable);
            save(dialog, dir, QStringLiteral("reports-dialog-timetable"), suffix);
            dialog.select(Report::Kind::Plan);
            save(dialog, dir, QStringLiteral("reports-dialog-plan"), suffix);
        }
        // Auto-assign after a re-plan of the whole plan: the changes, then the unstaffed.
        {
            AutoAssignDialog dialog(&session, {});
            dialog.show();
            const auto waitFor = [](const std::function<bool()> &done) {
                QElapsedTimer timer;
                timer.start();
                while (!done() && timer.elapsed() < 30000) {
                    QCoreApplication::processEvents();
                    QThread::msleep(20);
                }
            };
            // Generate Draft… of the year after the plan's first: the preview, staffed.
            {
                DraftDialog draft(&session, QDate::currentDate().year() + 1);
                draft.show();
                waitFor([&] { return draft.hasPreview(); });
                save(draft, dir, QStringLiteral("draft-dialog"), suffix);
                if (auto *tabs = draft.findChild<QTabWidget *>()) {
                    tabs->setCurrentIndex(1);
                    save(draft, dir, QStringLiteral("draft-dialog-venues"), suffix);
                }
            }
            waitFor([&] { return dialog.solveButton()->isEnabled(); });
            dialog.solveButton()->click();
            waitFor([&] { return !dialog.run()->isRunning(); });
            save(dialog, dir, QStringLiteral("autoassign-dialog"), suffix);
            if (auto *tabs = dialog.findChild<QTabWidget *>()) {
                tabs->setCurrentIndex(1);
                save(dialog, dir, QStringLiteral("autoassign-unstaffed"), suffix);
            }
        }
    }
    return ScreenCheck::status();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Single edits on the 10-year demo plan as the app makes them (issue 15): PlanEdits checks
// the edit (record rules, conflicts, enrollments), PlanEditor writes it in one
// transaction with its History entries (the plan's rules checked before the commit) and
// pushes it onto the undo stack; then undo and redo. Four edits: change a cohort's
// venue, move a cohort by a week, assign an assistant instructor, save an instructor
// with one more day of leave. Each is tried on 20 cohorts (instructors) of 2027; a
// refused edit counts for its check only. The models' refresh after an edit is not
// included.
//   bench_edits [PLAN]   (without PLAN, writes the 10-year demo plan to a temporary
//   folder; a given PLAN is copied, never changed)
#include "benchutil.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "demo/demoplan.h"
#include "store/plandatabase.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>

using namespace Planner;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Figures
{
    std::vector<double> check;
    std::vector<double> write;
    std::vector<double> undo;
    std::vector<double> redo;
    int refused = 0;
    QString firstRefusal;
};

// Times make() (the check), and when it is not refused the write, an undo and a redo;
// then undoes again, so the plan is as before.
void measure(PlanEditor &editor, const std::function<PlanEdit()> &make, Figures &f)
{
    QElapsedTimer t;
    t.start();
    PlanEdit result = make();
    f.check.push_back(ms(t));
    if (!result.ok() || result.changes.isEmpty()) {
        ++f.refused;
        if (f.firstRefusal.isEmpty() && result.problem)
            f.firstRefusal = result.problem->message;
        return;
    }
    t.restart();
    const QString error = editor.execute(result.text, std::move(result.changes)).message();
    if (!error.isEmpty()) {
        ++f.refused;
        if (f.firstRefusal.isEmpty())
            f.firstRefusal = error;
        return;
    }
    f.write.push_back(ms(t));
    t.restart();
    editor.undoStack()->undo();
    f.undo.push_back(ms(t));
    t.restart();
    editor.undoStack()->redo();
    f.redo.push_back(ms(t));
    editor.undoStack()->undo();
}

void report(const QString &name, const Figures &f)
{
    const QString target = QStringLiteral("<= 16 ms median, <= 30 ms worst");
    printFigure(name + QStringLiteral(": check"), f.check, QStringLiteral("-"));
    if (!f.write.empty()) {
        std::vector<double> whole;
        for (std::size_t i = 0; i < f.write.size(); ++i)
            whole.push_back(f.check[i] + f.write[i]);
        printFigure(name + QStringLiteral(": write"), f.write, QStringLiteral("-"));
        printFigure(name + QStringLiteral(": check + write"), whole, target);
        printFigure(name + QStringLiteral(": undo"), f.undo, QStringLiteral("<= 16 ms median"));
        printFigure(name + QStringLiteral(": redo"), f.redo, QStringLiteral("<= 16 ms median"));
    }
    QTextStream(stdout) << QStringLiteral("%1: %2 refused%3")
                               .arg(name)
                               .arg(f.refused)
                               .arg(f.firstRefusal.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" (first: %1)").arg(f.firstRefusal))
                        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const std::unique_ptr<PlanDatabase> plan = openBenchPlan(argc, argv, dir.path());
    if (!plan)
        return 1;
    const QSqlDatabase db = plan->database();
    PlanEditor editor;
    editor.setPlan(plan.get());
    const PlanEdits edits(db);

    // Planned in-person cohorts of 2027 (their first session in that year).
    std::vector<Cohort> cohorts;
    std::map<Id, QDate> firstDay;
    for (const Session &s : Repository<Session>(db).loadAll())
        if (!firstDay.count(s.cohortId) || s.date < firstDay[s.cohortId])
            firstDay[s.cohortId] = s.date;
    for (const Cohort &c : Repository<Cohort>(db).loadAll())
        if (c.status == CohortStatus::Planned && c.mode == CohortMode::InPerson &&
            firstDay[c.id].year() == 2027 && cohorts.size() < 20)
            cohorts.push_back(c);
    std::vector<Venue> venues;
    for (const Venue &v : Repository<Venue>(db).loadAll())
        if (!v.online)
            venues.push_back(v);
    const std::vector<Instructor> instructors = Repository<Instructor>(db).loadAll();
    QTextStream(stdout) << QStringLiteral(
                               "plan: %1 cohorts of 2027 tried, %2 venues, %3 instructors")
                               .arg(cohorts.size())
                               .arg(venues.size())
                               .arg(instructors.size())
                        << Qt::endl;

    // Where a check's time goes today: the whole plan's conflict input read and checked,
    // and what the two ways of checking an edit without that would cost on it.
    {
        std::vector<double> load, copyEdit, applyUndo;
        ConflictEngine engine;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            engine = edits.conflictEngine();
            load.push_back(ms(t));
        }
        for (const Cohort &c : cohorts) {
            const std::optional<CohortDraft> stored = edits.cohort(c.id);
            CohortDraft moved = *stored;
            for (Session &s : moved.sessions)
                s.date = s.date.addDays(7);
            QElapsedTimer t;
            t.start();
            ConflictEngine copy = engine;
            PlanEdits::applyDraft(copy, moved);
            const std::size_t seen = copy.conflicts().size();
            copyEdit.push_back(ms(t));
            t.restart();
            PlanEdits::applyDraft(engine, moved);
            const std::size_t after = engine.conflicts().size();
            PlanEdits::applyDraft(engine, *stored);
            applyUndo.push_back(ms(t));
            if (seen == 0 && after == 0)
                QTextStream(stdout) << "(no conflicts at all?)" << Qt::endl;
        }
        printFigure(
            QStringLiteral(
                "read and check the whole plan's conflicts (each edit's check does this today)"),
            load, QStringLiteral("-"));
        printFigure(
            QStringLiteral("copy a checked engine and move a cohort in the copy (copy on write)"),
            copyEdit, QStringLiteral("-"));
        printFigure(QStringLiteral(
                        "move a cohort in a checked engine and move it back (apply and roll back)"),
                    applyUndo, QStringLiteral("-"));
    }
    // What the edit dialogs read as they open (PlanSession::edits() on the GUI thread):
    // the choices, the record, the cohort codes (New Cohort, Series), the calendar.
    {
        std::vector<double> choices, instructor, cohort, codes, calendar;
        for (std::size_t i = 0; i < cohorts.size(); ++i) {
            QElapsedTimer t;
            t.start();
            const EditChoices c = edits.choices();
            choices.push_back(ms(t));
            t.restart();
            const auto record = edits.instructor(instructors[(i * 17) % instructors.size()].id);
            instructor.push_back(ms(t));
            t.restart();
            const auto draft = edits.cohort(cohorts[i].id);
            cohort.push_back(ms(t));
            t.restart();
            const QSet<QString> taken = edits.cohortCodes();
            codes.push_back(ms(t));
            t.restart();
            const WorkCalendar days = edits.workCalendar();
            calendar.push_back(ms(t));
            if (c.courses.empty() || !record || !draft || taken.isEmpty())
                QTextStream(stdout) << "(nothing read?)" << Qt::endl;
        }
        const QString dialogTarget = QStringLiteral("a few ms: read on the GUI thread");
        printFigure(QStringLiteral("dialog opens: choices (tracks, courses, venues, instructors)"),
                    choices, dialogTarget);
        printFigure(QStringLiteral("dialog opens: an instructor with qualifications, leave"),
                    instructor, dialogTarget);
        printFigure(QStringLiteral("dialog opens: a cohort with sessions, instructors"), cohort,
                    dialogTarget);
        printFigure(QStringLiteral("dialog opens: every cohort code (New Cohort, Series)"), codes,
                    dialogTarget);
        printFigure(QStringLiteral("dialog opens: the work calendar"), calendar, dialogTarget);
    }
    // The four edits on 20 cohorts, checked by edits; reported with label.
    const auto run = [&](const PlanEdits &edits, const QString &label) {
        Figures venue, move, assign, leave;
        for (std::size_t i = 0; i < cohorts.size(); ++i) {
            const Cohort &c = cohorts[i];
            // Another venue with enough seats: the venues in turn until one is free (each
            // check counts: a coordinator tries them the same way).
            for (std::size_t k = 0; k < venues.size(); ++k) {
                const Venue &v = venues[(i * 7 + k) % venues.size()];
                if (v.id == c.venueId || v.seats < c.capacity)
                    continue;
                Cohort changed = c;
                changed.venueId = v.id;
                const std::size_t written = venue.write.size();
                measure(
                    editor, [&] { return edits.saveCohortRecord(changed); }, venue);
                if (venue.write.size() > written)
                    break;
            }
            // A week later.
            measure(
                editor,
                [&] {
                    std::vector<Session> sessions =
                        Repository<Session>(db).loadWhere("cohort_id", {c.id});
                    for (Session &s : sessions)
                        s.date = s.date.addDays(7);
                    return edits.replaceSessions(c.id, sessions,
                                                 QStringLiteral("Move %1").arg(c.code));
                },
                move);
            // An assistant: the instructors in turn, the first the edit accepts.
            measure(
                editor,
                [&] {
                    std::optional<CohortDraft> draft = edits.cohort(c.id);
                    const Instructor &who = instructors[(i * 13) % instructors.size()];
                    CohortInstructor a;
                    a.cohortId = c.id;
                    a.instructorId = who.id;
                    a.role = InstructorRole::Assistant;
                    draft->instructors.push_back(a);
                    draft->overrideReason = QStringLiteral("benchmark");
                    return edits.saveCohort(*draft);
                },
                assign);
            // One more day of leave, far from any session.
            measure(
                editor,
                [&] {
                    const Instructor &who = instructors[(i * 17) % instructors.size()];
                    std::vector<Leave> leaves =
                        Repository<Leave>(db).loadWhere("instructor_id", {who.id});
                    Leave l;
                    l.instructorId = who.id;
                    l.start = l.end = QDate(2040, 1, 2).addDays(qint64(i));
                    l.reason = QStringLiteral("benchmark");
                    leaves.push_back(l);
                    return edits.saveInstructor(
                        who, Repository<Qualification>(db).loadWhere("instructor_id", {who.id}),
                        leaves);
                },
                leave);
        }
        report(label + QStringLiteral("change a cohort's venue"), venue);
        report(label + QStringLiteral("move a cohort by a week"), move);
        report(label + QStringLiteral("assign an assistant"), assign);
        report(label + QStringLiteral("save an instructor's leave"), leave);
    };
    run(edits, QStringLiteral("[plan read] "));
    // As the app checks an edit while the session holds the plan's conflicts as the
    // Conflicts page last checked them (every edit here is undone, so the plan and the
    // stored conflicts stay equal).
    PlanEdits withStored(db);
    withStored.setStoredConflicts(std::make_shared<const ConflictEngine>(edits.conflictEngine()));
    run(withStored, QStringLiteral("[stored conflicts] "));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Single edits on the 10-year demo plan as the app makes them (issue 15), through the one
// edit path: PlanSession::makeEdit() checks the edit with PlanEdits (record rules,
// conflicts on a copy of the session's stored conflicts, enrollments), and
// PlanSession::apply() writes it in one transaction with its History entries (the plan's
// rules checked before the commit), pushes it onto the undo stack and keeps the conflicts
// the check computed as the stored ones. Then the pages refresh as MainWindow::planEdited
// makes them: the visible page (the cohort table) and the conflicts, read and checked on
// the session's worker; the GUI thread's part is the models' reset. Then undo and redo.
// Four edits: change a cohort's venue, move a cohort by a week, assign an assistant
// instructor, save an instructor with one more day of leave. Each is tried on 20
// cohorts (instructors) of 2027; a refused edit counts for its check only.
//   bench_edits [PLAN]   (without PLAN, writes the 10-year demo plan to a temporary
//   folder; a given PLAN is copied, never changed)
#include "benchutil.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "demo/demoplan.h"
#include "items/conflictmodel.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"
#include "store/plandatabase.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
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
    std::vector<double> refresh;    // the pages refreshed, wall time (mostly on the worker)
    std::vector<double> refreshGui; // the GUI thread's part of it: the models' reset
    std::vector<double> guiCohorts, guiConflicts; // of which each model's
    std::vector<double> undo;
    std::vector<double> redo;
    int refused = 0;
    QString firstRefusal;
};

// What the app refreshes after an edit (MainWindow::planEdited): the visible page, here
// the cohort table, and the conflicts (the cohort marks and the timeline need them).
struct Pages
{
    PlanSession &session;
    CohortTableModel cohorts;
    ConflictModel conflicts;
    double gui = 0;
    double guiCohorts = 0, guiConflicts = 0; // the longest reset of each

    explicit Pages(PlanSession &s) : session(s)
    {
        const std::pair<QAbstractItemModel *, double *> models[] = {{&cohorts, &guiCohorts},
                                                                    {&conflicts, &guiConflicts}};
        for (const auto &entry : models) {
            QAbstractItemModel *model = entry.first;
            double *time = entry.second;
            auto timer = std::make_shared<QElapsedTimer>();
            QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset,
                             [timer] { timer->start(); });
            QObject::connect(model, &QAbstractItemModel::modelReset, [this, timer, time] {
                gui += ms(*timer);
                *time = std::max(*time, ms(*timer));
            });
        }
    }
    // Reloads the pages given and waits until they are shown; false after 60 s.
    bool reload(bool withCohorts = true)
    {
        QEventLoop loop;
        int pending = withCohorts ? 2 : 1;
        const auto done = [&] {
            if (--pending == 0)
                loop.quit();
        };
        QMetaObject::Connection a = QObject::connect(&cohorts, &TableModelBase::loaded, done);
        QMetaObject::Connection b = QObject::connect(&conflicts, &TableModelBase::loaded, done);
        if (withCohorts)
            cohorts.reload(session);
        conflicts.reload(session);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(a);
        QObject::disconnect(b);
        return pending == 0;
    }
};

// Times build (the check), and when it is not refused: the write, the pages' refresh, an
// undo and a redo (the edit stays). After the redo the Conflicts page checks the plan
// again, as it does after every change, so the next edit finds stored conflicts.
void measure(PlanSession &session, Pages &pages,
             const std::function<PlanEdit(const PlanEdits &)> &build, Figures &f)
{
    QElapsedTimer t;
    t.start();
    PlanEdit result = session.makeEdit(build);
    f.check.push_back(ms(t));
    if (!result.ok() || result.changes.isEmpty()) {
        ++f.refused;
        if (f.firstRefusal.isEmpty() && result.problem)
            f.firstRefusal = result.problem->message;
        return;
    }
    t.restart();
    const QString error = session.apply(std::move(result)).message();
    if (!error.isEmpty()) {
        ++f.refused;
        if (f.firstRefusal.isEmpty())
            f.firstRefusal = error;
        return;
    }
    f.write.push_back(ms(t));
    pages.gui = 0;
    t.restart();
    if (!pages.reload())
        qFatal("the pages did not load");
    f.refresh.push_back(ms(t));
    f.refreshGui.push_back(pages.gui);
    f.guiCohorts.push_back(pages.guiCohorts);
    f.guiConflicts.push_back(pages.guiConflicts);
    pages.guiCohorts = pages.guiConflicts = 0;
    QUndoStack *stack = session.editor()->undoStack();
    t.restart();
    stack->undo();
    f.undo.push_back(ms(t));
    t.restart();
    stack->redo();
    f.redo.push_back(ms(t));
    if (!pages.reload(false))
        qFatal("the conflicts did not load");
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
        printFigure(name + QStringLiteral(": pages refreshed (wall, read on the worker)"),
                    f.refresh, QStringLiteral("-"));
        printFigure(name + QStringLiteral(": pages refreshed (GUI thread: the models' reset)"),
                    f.refreshGui, QStringLiteral("-"));
        printFigure(name + QStringLiteral(": of which the cohort table's reset"), f.guiCohorts,
                    QStringLiteral("one event: <= 16 ms"));
        printFigure(name + QStringLiteral(": of which the conflicts' reset"), f.guiConflicts,
                    QStringLiteral("one event: <= 16 ms"));
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
    QString path;
    if (const std::unique_ptr<PlanDatabase> plan = openBenchPlan(argc, argv, dir.path()))
        path = plan->path();
    else
        return 1;
    PlanSession session;
    if (const auto opened = session.open(path, PlanDatabase::Mode::ReadWrite); !opened) {
        qCritical("%s", qPrintable(opened.message()));
        return 1;
    }
    session.waitForBackup();
    const QSqlDatabase db = session.plan()->database();
    const PlanEdits edits(db); // without stored conflicts: reads the plan

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
    // The four edits on 20 cohorts, as the app makes them: the window shows the cohort
    // table, and the Conflicts page has checked the plan since it opened.
    Pages pages(session);
    if (!pages.reload())
        return 1;
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
                session, pages, [&](const PlanEdits &e) { return e.saveCohortRecord(changed); },
                venue);
            if (venue.write.size() > written)
                break;
        }
        // A week later (a drag of the timeline bar: 5 working days).
        measure(
            session, pages, [&](const PlanEdits &e) { return e.moveCohort(c.id, 5); }, move);
        // An assistant: the instructors in turn, the first the edit accepts.
        measure(
            session, pages,
            [&](const PlanEdits &e) {
                std::optional<CohortDraft> draft = e.cohort(c.id);
                const Instructor &who = instructors[(i * 13) % instructors.size()];
                CohortInstructor a;
                a.cohortId = c.id;
                a.instructorId = who.id;
                a.role = InstructorRole::Assistant;
                draft->instructors.push_back(a);
                draft->overrideReason = QStringLiteral("benchmark");
                return e.saveCohort(*draft);
            },
            assign);
        // One more day of leave, far from any session.
        measure(
            session, pages,
            [&](const PlanEdits &e) {
                const Instructor &who = instructors[(i * 17) % instructors.size()];
                std::optional<InstructorDraft> draft = e.instructor(who.id);
                Leave l;
                l.instructorId = who.id;
                l.start = l.end = QDate(2040, 1, 2).addDays(qint64(i));
                l.reason = QStringLiteral("benchmark");
                draft->leaves.push_back(l);
                return e.saveInstructor(draft->instructor, draft->qualifications, draft->leaves);
            },
            leave);
    }
    report(QStringLiteral("change a cohort's venue"), venue);
    report(QStringLiteral("move a cohort by a week"), move);
    report(QStringLiteral("assign an assistant"), assign);
    report(QStringLiteral("save an instructor's leave"), leave);

    // Edits in a row, each right after the last, before the Conflicts page's check of
    // the previous one is back: each checks on the conflicts the previous edit's check
    // computed (PlanEdit::conflictsAfter), never reading the plan.
    {
        std::vector<double> inARow;
        int kept = 0;
        for (const Cohort &c : cohorts) {
            QElapsedTimer t;
            t.start();
            const Result<> written = session.apply(
                session.makeEdit([&](const PlanEdits &e) { return e.moveCohort(c.id, 5); }));
            if (written)
                inARow.push_back(ms(t));
            kept += session.storedConflicts() != nullptr;
        }
        if (!inARow.empty())
            printFigure(QStringLiteral("move a cohort by a week, %1 in a row (check + write), "
                                       "stored conflicts kept after %2")
                            .arg(inARow.size())
                            .arg(kept),
                        inARow, QStringLiteral("<= 16 ms median, <= 30 ms worst"));
    }
    return 0;
}

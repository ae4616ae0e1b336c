// SPDX-License-Identifier: GPL-3.0-or-later
// The conflict engine on the 10-year demo plan, generated in memory: the full check when
// a plan loads, and single edits re-checking only what they touch.
#include "benchutil.h"

#include "demo/demoplangenerator.h"
#include "io/calendarcsv.h"
#include "planning/candidateranker.h"
#include "planning/conflictengine.h"
#include "planning/fixsuggester.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <map>

using namespace Planner;

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// printFigure gives the median and the minimum; for edits the worst case matters as well.
void printEdit(const QString &name, std::vector<double> ms, const QString &target)
{
    printFigure(name, ms, target);
    std::sort(ms.begin(), ms.end());
    QTextStream(stdout) << QStringLiteral("    median %1 ms, max %2 ms")
                               .arg(ms[ms.size() / 2], 0, 'f', 3)
                               .arg(ms.back(), 0, 'f', 3)
                        << Qt::endl;
}

ConflictInput inputFrom(const PlanData &plan)
{
    return conflictInputOf(plan);
}

void printConflicts(const QString &title, const std::vector<Conflict> &conflicts)
{
    std::map<ConflictRule, int> byRule;
    for (const Conflict &c : conflicts)
        ++byRule[c.rule];
    QTextStream out(stdout);
    out << title << QStringLiteral(": %1 conflicts").arg(conflicts.size()) << Qt::endl;
    for (const auto &[rule, count] : byRule)
        out << QStringLiteral("    %1 (%2): %3").arg(displayName(rule), toKey(rule)).arg(count)
            << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    DemoOptions options;
    options.years = 10;
    options.asOf = QDate(2036, 12, 31);
    options.calendar = CalendarCsv::bundledChina2026();
    QElapsedTimer t;
    t.start();
    const PlanData plan = DemoPlanGenerator(options).generate();
    const ConflictInput input = inputFrom(plan);
    out << QStringLiteral(
               "10-year demo plan generated in %1 ms: %2 cohorts, %3 sessions, %4 assignments, "
               "%5 instructors, %6 leaves, calendar %7 days")
               .arg(elapsedMs(t), 0, 'f', 0)
               .arg(input.cohorts.size())
               .arg(input.sessions.size())
               .arg(input.cohortInstructors.size())
               .arg(input.instructors.size())
               .arg(input.leaves.size())
               .arg(input.calendar.size())
        << Qt::endl;

    std::vector<double> loads, merges, fulls;
    ConflictEngine engine;
    for (int run = 0; run < 7; ++run) {
        ConflictInput copy = input; // the copy is the caller's business, not the check's
        ConflictEngine e;
        t.restart();
        e.load(std::move(copy));
        loads.push_back(elapsedMs(t));
        t.restart();
        const auto &all = e.conflicts();
        merges.push_back(elapsedMs(t));
        Q_UNUSED(all);
        t.restart();
        const auto full = e.fullCheck();
        fulls.push_back(elapsedMs(t));
        if (run == 0)
            engine = e;
    }
    printFigure(QStringLiteral("load(): full check of the 10-year plan"), loads,
                QStringLiteral("<= 100 ms"));
    printFigure(QStringLiteral("first conflicts() after load (merge and sort)"), merges,
                QStringLiteral("-"));
    printFigure(QStringLiteral("fullCheck() from scratch"), fulls, QStringLiteral("-"));
    printConflicts(QStringLiteral("10-year plan, default severities"), engine.conflicts());
    out << QStringLiteral("    blocking: %1, warnings: %2")
               .arg(engine.count(Severity::Block))
               .arg(engine.count(Severity::Warn))
        << Qt::endl;

    // Sessions per cohort, to shift them by a week and back.
    std::map<Id, std::vector<Session>> sessionsOf;
    for (const Session &s : input.sessions)
        sessionsOf[s.cohortId].push_back(s);
    std::vector<Id> live;
    for (const Cohort &c : input.cohorts) {
        if (c.status != CohortStatus::Cancelled)
            live.push_back(c.id);
    }

    QRandomGenerator rng(2036);
    const int edits = 200;
    const auto anyCohort = [&] { return live[rng.bounded(int(live.size()))]; };
    const auto anyInstructor = [&] {
        return input.instructors[rng.bounded(int(input.instructors.size()))].id;
    };
    std::vector<double> assigns, unassigns, shifts, updates, leaves, unleaves, whatIfs,
        mergesAfterEdit;
    Id nextLeave = 1000000;
    for (int i = 0; i < edits; ++i) {
        const CohortInstructor a{anyCohort(), anyInstructor(), InstructorRole::Assistant, false};
        t.restart();
        const auto predicted = engine.whatIf(a);
        whatIfs.push_back(elapsedMs(t));
        const bool existed =
            std::any_of(engine.input().cohortInstructors.begin(),
                        engine.input().cohortInstructors.end(), [&](const CohortInstructor &x) {
                            return x.cohortId == a.cohortId && x.instructorId == a.instructorId;
                        });
        t.restart();
        engine.assign(a);
        assigns.push_back(elapsedMs(t));
        t.restart();
        (void)engine.conflicts();
        mergesAfterEdit.push_back(elapsedMs(t));
        if (!existed) {
            t.restart();
            engine.unassign(a.cohortId, a.instructorId);
            unassigns.push_back(elapsedMs(t));
        }

        const Id cohortId = anyCohort();
        std::vector<Session> shifted = sessionsOf[cohortId];
        for (Session &s : shifted)
            s.date = s.date.addDays(7);
        t.restart();
        engine.setSessions(cohortId, std::move(shifted));
        shifts.push_back(elapsedMs(t));
        engine.setSessions(cohortId, sessionsOf[cohortId]);

        const Id movedId = anyCohort();
        Cohort moved = *std::find_if(input.cohorts.begin(), input.cohorts.end(),
                                     [movedId](const Cohort &c) { return c.id == movedId; });
        const Cohort original = moved;
        moved.venueId = input.venues[rng.bounded(int(input.venues.size()))].id;
        moved.capacity += 5;
        t.restart();
        engine.updateCohort(moved);
        updates.push_back(elapsedMs(t));
        engine.updateCohort(original);

        const QDate start = QDate(2026, 1, 5).addDays(rng.bounded(3650));
        const Leave leave{nextLeave++, anyInstructor(), start, start.addDays(rng.bounded(14)),
                          QStringLiteral("Conference")};
        t.restart();
        engine.addLeave(leave);
        leaves.push_back(elapsedMs(t));
        t.restart();
        engine.removeLeave(leave.id);
        unleaves.push_back(elapsedMs(t));
    }
    printEdit(QStringLiteral("assign() a random instructor"), assigns, QStringLiteral("<= 2 ms"));
    printEdit(QStringLiteral("unassign()"), unassigns, QStringLiteral("<= 2 ms"));
    printEdit(QStringLiteral("setSessions() shifting a cohort by a week"), shifts,
              QStringLiteral("<= 2 ms"));
    printEdit(QStringLiteral("updateCohort() to another venue"), updates,
              QStringLiteral("<= 2 ms"));
    printEdit(QStringLiteral("addLeave()"), leaves, QStringLiteral("<= 2 ms"));
    printEdit(QStringLiteral("removeLeave()"), unleaves, QStringLiteral("<= 2 ms"));
    printEdit(QStringLiteral("whatIf() for a random assignment"), whatIfs, QStringLiteral("-"));
    printEdit(QStringLiteral("conflicts() after an edit (merge and sort)"), mergesAfterEdit,
              QStringLiteral("-"));

    // The edits were undone (assignments that existed only changed role): the state must
    // still equal a full check.
    const bool consistent = engine.conflicts() == engine.fullCheck();
    out << QStringLiteral("incremental state after %1 edit rounds equals fullCheck(): %2")
               .arg(edits)
               .arg(consistent ? QStringLiteral("yes") : QStringLiteral("NO"))
        << Qt::endl;

    // The same edits on a plan with many conflicts: 1,000 extra assignments of random
    // instructors (kept), so that merging and re-checking have something to carry.
    for (int i = 0; i < 1000; ++i)
        engine.assign({anyCohort(), anyInstructor(), InstructorRole::Assistant, false});
    printConflicts(QStringLiteral("after 1,000 random extra assignments"), engine.conflicts());
    std::vector<double> busyAssigns, busyShifts, busyMerges;
    for (int i = 0; i < edits; ++i) {
        const CohortInstructor a{anyCohort(), anyInstructor(), InstructorRole::Lead, false};
        t.restart();
        engine.assign(a);
        busyAssigns.push_back(elapsedMs(t));
        t.restart();
        (void)engine.conflicts();
        busyMerges.push_back(elapsedMs(t));
        const Id cohortId = anyCohort();
        std::vector<Session> shifted = sessionsOf[cohortId];
        for (Session &s : shifted)
            s.date = s.date.addDays(7);
        t.restart();
        engine.setSessions(cohortId, std::move(shifted));
        busyShifts.push_back(elapsedMs(t));
        engine.setSessions(cohortId, sessionsOf[cohortId]);
    }
    printEdit(QStringLiteral("with conflicts: assign()"), busyAssigns, QStringLiteral("<= 2 ms"));
    printEdit(QStringLiteral("with conflicts: setSessions() shifting a cohort by a week"),
              busyShifts, QStringLiteral("<= 2 ms"));

    // Suggested fixes for a conflict, as the Conflicts page computes them when one is
    // selected (each candidate move or venue is tried on a copy of the engine).
    std::vector<double> suggestions;
    std::size_t suggested = 0;
    const std::vector<Conflict> current = engine.conflicts();
    for (int i = 0; i < 20 && !current.empty(); ++i) {
        const Conflict &c = current[std::size_t(rng.bounded(int(current.size())))];
        t.restart();
        suggested += FixSuggester(engine, QDate(2026, 1, 1)).suggest(c).size();
        suggestions.push_back(elapsedMs(t));
    }
    printEdit(QStringLiteral("FixSuggester::suggest() for a random conflict (%1 fixes found)")
                  .arg(suggested),
              suggestions, QStringLiteral("-"));
    // The assignment picker: every instructor for a cohort, each by whatIf.
    std::vector<double> rankings;
    for (int i = 0; i < 20; ++i) {
        const Cohort &c = input.cohorts[std::size_t(rng.bounded(int(input.cohorts.size())))];
        t.restart();
        const std::vector<Candidate> ranked =
            CandidateRanker(engine).rank(c.id, InstructorRole::Assistant);
        rankings.push_back(elapsedMs(t));
    }
    printEdit(QStringLiteral("CandidateRanker::rank() for a random cohort (%1 instructors)")
                  .arg(input.instructors.size()),
              rankings, QStringLiteral("-"));
    // saveCohort's guard after reading the plan: a copy of the engine, the edit, the new
    // conflicts() to compare.
    std::vector<double> guards;
    for (int i = 0; i < 10; ++i) {
        const Cohort &c = input.cohorts[std::size_t(rng.bounded(int(input.cohorts.size())))];
        const Instructor &person =
            input.instructors[std::size_t(rng.bounded(int(input.instructors.size())))];
        t.restart();
        ConflictEngine trial = engine;
        trial.assign({c.id, person.id, InstructorRole::Assistant, false});
        const std::size_t n = trial.conflicts().size();
        guards.push_back(elapsedMs(t));
        Q_UNUSED(n);
    }
    printEdit(QStringLiteral("saveCohort guard: engine copy, one assignment, conflicts()"), guards,
              QStringLiteral("-"));
    printEdit(QStringLiteral("with conflicts: conflicts() after an edit (merge and sort)"),
              busyMerges, QStringLiteral("-"));
    const bool busyConsistent = engine.conflicts() == engine.fullCheck();
    out << QStringLiteral("incremental state equals fullCheck(): %1")
               .arg(busyConsistent ? QStringLiteral("yes") : QStringLiteral("NO"))
        << Qt::endl;

    // The 1-year demo, as the app bundles it.
    DemoOptions oneYear;
    oneYear.calendar = options.calendar;
    ConflictEngine small;
    small.load(inputFrom(DemoPlanGenerator(oneYear).generate()));
    printConflicts(QStringLiteral("1-year demo plan (as of 2026-11-28), default severities"),
                   small.conflicts());
    return consistent && busyConsistent ? 0 : 1;
}

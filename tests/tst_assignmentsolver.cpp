// SPDX-License-Identifier: GPL-3.0-or-later
// The assignment solver: every solution is checked by the conflict engine (not by the
// solver), the bound never exceeds the optimum found by brute force, locked assignments
// stay, re-planning changes only what it must, cancelling keeps the best so far, and a
// seed gives the same result every time.
#include "testsupport.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "demo/demoplangenerator.h"
#include "planning/assignmentsolver.h"
#include "store/conflictinputreader.h"
#include "store/plandatabase.h"
#include "store/repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

#include <atomic>
#include <map>
#include <random>
#include <set>
#include <thread>

using namespace Planner;

namespace {
enum class ClashPlan;
}
Q_DECLARE_METATYPE(ClashPlan)

class TestAssignmentSolver : public QObject
{
    Q_OBJECT

private slots:
    void boundBelowBruteForceOptimum_data();
    void boundBelowBruteForceOptimum();
    void boundCountsRolesClashesLeaveUnstaffed_data();
    void boundCountsRolesClashesLeaveUnstaffed();
    void optimalWhenTheBoundMeetsTheObjective_data();
    void optimalWhenTheBoundMeetsTheObjective();
    void demoYearHasNoHardViolations();
    void lockedAssignmentsStay();
    void replanChangesOnlyWhatItMust_data();
    void replanChangesOnlyWhatItMust();
    void cancelKeepsBestSoFar();
    void deterministicForSeed();
    void assistantsAboveSize();
    void explainsUnstaffedCohorts();
    void cliAssign();
    void storedPreferenceDecides_data();
    void storedPreferenceDecides();
    void mpsHasTheProblem_data();
    void mpsHasTheProblem();
};

namespace {

// Conflicts of the rules the solver must keep, as the engine finds them.
int hardConflicts(const ConflictInput &in, bool verbose = false)
{
    ConflictEngine engine;
    engine.load(in);
    int n = 0;
    for (const Conflict &c : engine.conflicts()) {
        if (isHardRule(c.rule)) {
            ++n;
            if (verbose)
                qWarning().noquote() << c.explanation;
        }
    }
    return n;
}

ConflictInput solved(const ConflictInput &in, const SolverResult &r)
{
    return AssignmentSolver::withAssignments(in, r.assignments);
}

// A small random plan: cohorts of one to three days, in March 2026, at venues in two
// districts; instructors with track or course qualifications, some lapsing, some leave.
// Cohorts of one to three days in one slot; mixed: days apart by one or two (across
// weekends too) and each in any slot, evenings included, so that tasks share dates
// without clashing; clash: every cohort starts on 10 or 11 March, one or two days long,
// mostly in the morning, so that some must stay unstaffed because every instructor who
// may take them is busy then.
ConflictInput randomPlan(quint64 seed, int cohorts, int instructors, bool mixed = false,
                         bool clash = false)
{
    std::mt19937_64 rng(seed);
    const auto roll = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    ConflictInput in;
    in.tracks = {{1, QStringLiteral("AI"), QStringLiteral("人工智能"), QStringLiteral("#f28e2b")}};
    for (Id c = 1; c <= 2; ++c) {
        Course course;
        course.id = c;
        course.trackId = 1;
        course.code = QStringLiteral("AI-10%1").arg(c);
        course.level = c == 1 ? CourseLevel::Foundation : CourseLevel::Advanced;
        in.courses.push_back(course);
    }
    in.venues = {{1, QStringLiteral("Haidian Hall"), QStringLiteral("海淀区"), {}, 40, false},
                 {2, QStringLiteral("Chaoyang Room"), QStringLiteral("朝阳区"), {}, 40, false}};
    for (int i = 1; i <= instructors; ++i) {
        Instructor person;
        person.id = i;
        person.code = QStringLiteral("I%1").arg(i);
        person.name = QStringLiteral("Instructor %1").arg(i);
        person.homeDistrict = roll(0, 1) ? QStringLiteral("海淀区") : QStringLiteral("朝阳区");
        person.maxDaysPerWeek = roll(2, 5);
        person.maxDaysPerMonth = roll(3, 16);
        in.instructors.push_back(person);
        Qualification q;
        q.id = i;
        q.instructorId = i;
        q.trackId = 1;
        q.level = roll(0, 2) == 0 ? CourseLevel::Foundation : CourseLevel::Advanced;
        if (roll(0, 4) == 0)
            q.validUntil = QDate(2026, 3, roll(2, 20));
        in.qualifications.push_back(q);
        if (roll(0, 3) == 0) {
            const QDate start(2026, 3, roll(2, 20));
            in.leaves.push_back(
                {Id(i), Id(i), start, start.addDays(roll(0, 4)), QStringLiteral("leave")});
        }
    }
    Id sessionId = 1;
    for (int c = 1; c <= cohorts; ++c) {
        Cohort cohort;
        cohort.id = c;
        cohort.courseId = roll(1, 2);
        cohort.code = QStringLiteral("C%1").arg(c);
        cohort.venueId = roll(1, 2);
        cohort.mode = roll(0, 3) == 0 ? CohortMode::Online : CohortMode::InPerson;
        cohort.capacity = roll(10, 40);
        in.cohorts.push_back(cohort);
        const QDate start(2026, 3, clash ? roll(10, 11) : roll(2, 20));
        const int days = clash ? roll(1, 2) : roll(1, 3);
        const SessionSlot slot =
            roll(0, clash ? 4 : 2) == 0 ? SessionSlot::Afternoon : SessionSlot::Morning;
        QDate day = start;
        for (int d = 0; d < days; ++d) {
            in.sessions.push_back(
                {sessionId++, Id(c), day, mixed ? SessionSlot(roll(0, 2)) : slot});
            day = day.addDays(mixed ? roll(1, 2) : 1);
        }
    }
    return in;
}

// The objective as the weights define it, computed here from the assignments alone.
qint64 objectiveOf(const ConflictInput &in, const std::vector<CohortInstructor> &assignments,
                   const SolverWeights &w)
{
    std::map<Id, int> daysOf;
    std::map<Id, QString> districtOf;
    for (const Venue &v : in.venues)
        districtOf[v.id] = v.district;
    for (const Session &s : in.sessions)
        ++daysOf[s.cohortId]; // one session a day in these plans
    qint64 total = 0;
    std::map<Id, qint64> load;
    for (const Cohort &c : in.cohorts) {
        bool led = false;
        for (const CohortInstructor &a : assignments) {
            if (a.cohortId != c.id)
                continue;
            led = true;
            load[a.instructorId] += daysOf[c.id];
            const Instructor &person =
                *std::find_if(in.instructors.begin(), in.instructors.end(),
                              [&](const Instructor &i) { return i.id == a.instructorId; });
            if (c.mode != CohortMode::Online && person.homeDistrict != districtOf[c.venueId])
                total += qint64(w.travel) * daysOf[c.id];
        }
        if (!led)
            total += w.unstaffedLead;
    }
    for (const auto &[id, days] : load)
        total += qint64(w.load) * days * days;
    return total;
}

// The best objective over every assignment of one lead (or none) per cohort that adds no
// hard conflict, by enumeration.
qint64 bruteForceOptimum(const ConflictInput &in, const SolverWeights &w)
{
    const int n = int(in.cohorts.size());
    const int m = int(in.instructors.size());
    std::vector<int> choice(std::size_t(n), 0); // 0: nobody, else instructor index + 1
    qint64 best = std::numeric_limits<qint64>::max();
    ConflictEngine engine;
    engine.load(in);
    for (;;) {
        std::vector<CohortInstructor> assignments;
        for (int c = 0; c < n; ++c) {
            if (choice[std::size_t(c)] > 0)
                assignments.push_back({in.cohorts[std::size_t(c)].id,
                                       in.instructors[std::size_t(choice[std::size_t(c)] - 1)].id,
                                       InstructorRole::Lead, false});
        }
        const qint64 value = objectiveOf(in, assignments, w);
        if (value < best && hardConflicts(AssignmentSolver::withAssignments(in, assignments)) == 0)
            best = value;
        int c = 0;
        while (c < n && ++choice[std::size_t(c)] > m)
            choice[std::size_t(c++)] = 0;
        if (c == n)
            break;
    }
    return best;
}

// Small plans whose clashes leave a known number of leads unstaffed (ClashPlan): cohorts
// of an advanced and a foundation course of one track, meeting on weekdays of March 2026;
// instructors qualified for the whole track, or for its foundation courses only; a
// third course, of another track, nobody may teach.
enum class ClashPlan {
    ThreeAtOnce,         // three cohorts at one time, two instructors: 1 unstaffed
    TwoTimes,            // four at one time and two at another, two instructors: 2
    OverlappingSpans,    // two-day cohorts sharing one day with a one-day one: 1
    MorningAndAfternoon, // two in the morning, two in the afternoon: 0
    OneOnLeave,          // three at once, three instructors, one on leave: 1
    LapsedAndNobody,     // three at once, one qualification lapsed; a course nobody teaches: 2
    OnlyOneForAdvanced,  // three advanced and one foundation at once, one of three
                         // instructors qualified for advanced: 2
};

ConflictInput clashPlan(ClashPlan which)
{
    ConflictInput in;
    in.tracks = {{1, QStringLiteral("AI"), QStringLiteral("人工智能"), QStringLiteral("#f28e2b")},
                 {2, QStringLiteral("Data"), QStringLiteral("数据"), QStringLiteral("#4e79a7")}};
    const auto course = [&](Id id, Id track, CourseLevel level) {
        Course c;
        c.id = id;
        c.trackId = track;
        c.code = QStringLiteral("C-10%1").arg(id);
        c.level = level;
        in.courses.push_back(c);
    };
    course(1, 1, CourseLevel::Advanced);
    course(2, 1, CourseLevel::Foundation);
    course(3, 2, CourseLevel::Foundation);
    in.venues = {{1, QStringLiteral("Haidian Hall"), QStringLiteral("海淀区"), {}, 40, false}};
    const auto instructor = [&](Id id, CourseLevel level) {
        Instructor person;
        person.id = id;
        person.code = QStringLiteral("I%1").arg(id);
        person.name = QStringLiteral("Instructor %1").arg(id);
        person.homeDistrict = QStringLiteral("海淀区");
        in.instructors.push_back(person);
        in.qualifications.push_back({id, id, 1, 0, level, {}, {}});
    };
    Id sessionId = 1;
    // A cohort of course courseId meeting on these days of March in slot.
    const auto cohort = [&](Id courseId, std::initializer_list<int> days,
                            SessionSlot slot = SessionSlot::Morning) {
        Cohort c;
        c.id = Id(in.cohorts.size() + 1);
        c.courseId = courseId;
        c.code = QStringLiteral("K%1").arg(c.id);
        c.venueId = 1;
        in.cohorts.push_back(c);
        for (int day : days)
            in.sessions.push_back({sessionId++, c.id, QDate(2026, 3, day), slot});
    };
    switch (which) {
    case ClashPlan::ThreeAtOnce:
        instructor(1, CourseLevel::Advanced);
        instructor(2, CourseLevel::Advanced);
        for (int n = 0; n < 3; ++n)
            cohort(1, {10});
        break;
    case ClashPlan::TwoTimes:
        instructor(1, CourseLevel::Advanced);
        instructor(2, CourseLevel::Advanced);
        for (int n = 0; n < 4; ++n)
            cohort(1, {10});
        cohort(2, {11});
        cohort(1, {11});
        break;
    case ClashPlan::OverlappingSpans:
        instructor(1, CourseLevel::Advanced);
        instructor(2, CourseLevel::Advanced);
        cohort(1, {10, 11});
        cohort(1, {11, 12});
        cohort(2, {11});
        cohort(1, {12, 13});
        break;
    case ClashPlan::MorningAndAfternoon:
        instructor(1, CourseLevel::Advanced);
        instructor(2, CourseLevel::Advanced);
        cohort(1, {10});
        cohort(1, {10});
        cohort(1, {10}, SessionSlot::Afternoon);
        cohort(1, {10}, SessionSlot::Afternoon);
        break;
    case ClashPlan::OneOnLeave:
        for (Id i = 1; i <= 3; ++i)
            instructor(i, CourseLevel::Advanced);
        in.leaves.push_back({1, 3, QDate(2026, 3, 9), QDate(2026, 3, 13), QStringLiteral("leave")});
        for (int n = 0; n < 3; ++n)
            cohort(1, {10});
        break;
    case ClashPlan::LapsedAndNobody:
        for (Id i = 1; i <= 3; ++i)
            instructor(i, CourseLevel::Advanced);
        in.qualifications[2].validUntil = QDate(2026, 3, 5);
        for (int n = 0; n < 3; ++n)
            cohort(1, {10});
        cohort(3, {12});
        break;
    case ClashPlan::OnlyOneForAdvanced:
        instructor(1, CourseLevel::Advanced);
        instructor(2, CourseLevel::Foundation);
        instructor(3, CourseLevel::Foundation);
        for (int n = 0; n < 3; ++n)
            cohort(1, {10});
        cohort(2, {10});
        break;
    }
    return in;
}

SolverOptions quick(quint64 seed = 1)
{
    SolverOptions o;
    o.seed = seed;
    o.timeLimitSeconds = 20;
    o.maxRounds = 60;
    return o;
}

ConflictInput demoYear()
{
    DemoOptions options;
    options.asOf = QDate(2026, 1, 1); // the whole year still ahead
    DemoPlanGenerator generator(options);
    PlanData plan = generator.generate();
    generator.addPlanningProblems(plan);
    return conflictInputOf(plan);
}

} // namespace

void TestAssignmentSolver::boundBelowBruteForceOptimum_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("cohorts");
    QTest::addColumn<int>("instructors");
    QTest::addColumn<bool>("enumerate");
    QTest::addColumn<bool>("mixed");
    QTest::addColumn<bool>("clash");
    for (bool enumerate : {true, false}) {
        for (quint64 seed = 1; seed <= 8; ++seed)
            QTest::addRow("seed %llu %s", seed, enumerate ? "enumerated" : "searched")
                << seed << int(5 + seed % 2) << int(3 + seed % 2) << enumerate << false << false;
    }
    // The bound's overlap rule keeps apart only tasks that surely clash.
    for (quint64 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %llu mixed slots, searched", seed)
            << seed << 6 << 3 << false << true << false;
    // Cohorts crowded onto two days, so that clashes leave some unstaffed: the bound's
    // clash windows must count only what every solution leaves unstaffed.
    for (quint64 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %llu clashing, searched", seed)
            << seed << int(5 + seed % 2) << int(2 + seed % 2) << false << (seed % 3 == 0) << true;
}

void TestAssignmentSolver::boundBelowBruteForceOptimum()
{
    QFETCH(quint64, seed);
    QFETCH(int, cohorts);
    QFETCH(int, instructors);
    QFETCH(bool, enumerate);
    QFETCH(bool, mixed);
    QFETCH(bool, clash);
    const ConflictInput in = randomPlan(seed, cohorts, instructors, mixed, clash);
    SolverOptions options = quick(seed);
    if (!enumerate)
        options.enumerateUpTo = 0; // local search and the Lagrangian bound only
    const qint64 optimum = bruteForceOptimum(in, options.weights);

    AssignmentSolver solver(in, options);
    const SolverResult r = solver.solve();
    QCOMPARE(hardConflicts(solved(in, r), true), 0);
    QCOMPARE(objectiveOf(in, r.assignments, options.weights), r.objective);
    QVERIFY2(
        r.lowerBound <= double(optimum) + 1e-6,
        qPrintable(QStringLiteral("bound %1 above the optimum %2").arg(r.lowerBound).arg(optimum)));
    QVERIFY(r.objective >= optimum);
    if (enumerate) {
        QVERIFY(r.optimal);
        QCOMPARE(r.objective, optimum);
    }
    if (r.optimal) {
        QCOMPARE(r.objective, optimum);
        QCOMPARE(r.gap, 0.0);
    }
}

void TestAssignmentSolver::boundCountsRolesClashesLeaveUnstaffed_data()
{
    QTest::addColumn<ClashPlan>("plan");
    QTest::addColumn<int>("unstaffed"); // leads every solution leaves unstaffed
    QTest::addColumn<int>("fixed");     // of them, those nobody may take at all
    QTest::newRow("three at one time, two instructors") << ClashPlan::ThreeAtOnce << 1 << 0;
    QTest::newRow("four at one time, two at another") << ClashPlan::TwoTimes << 2 << 0;
    QTest::newRow("two-day cohorts sharing a day") << ClashPlan::OverlappingSpans << 1 << 0;
    QTest::newRow("morning and afternoon do not clash") << ClashPlan::MorningAndAfternoon << 0 << 0;
    QTest::newRow("one of three instructors on leave") << ClashPlan::OneOnLeave << 1 << 0;
    QTest::newRow("a lapsed qualification, a course nobody teaches")
        << ClashPlan::LapsedAndNobody << 2 << 1;
    QTest::newRow("one instructor for three advanced cohorts")
        << ClashPlan::OnlyOneForAdvanced << 2 << 0;
}

void TestAssignmentSolver::boundCountsRolesClashesLeaveUnstaffed()
{
    // The bound sees what clashes force: whatever the multipliers, it is at least the
    // penalties of the leads that every solution leaves unstaffed, and never above the
    // optimum. The fixed part (no candidate at all) is reported apart, and the gap is over
    // the rest.
    QFETCH(ClashPlan, plan);
    QFETCH(int, unstaffed);
    QFETCH(int, fixed);
    const ConflictInput in = clashPlan(plan);
    SolverOptions options = quick();
    options.enumerateUpTo = 0; // the bound, not the enumeration, must know
    const qint64 optimum = bruteForceOptimum(in, options.weights);
    const qint64 penalty = options.weights.unstaffedLead;
    QCOMPARE(optimum / penalty, qint64(unstaffed)); // what the row says, by brute force

    // Too little work for a single step of the Lagrangian: the bound without multipliers.
    options.workBudget = 1;
    SolverResult r = AssignmentSolver(in, options).solve();
    QVERIFY2(
        r.lowerBound >= double(unstaffed * penalty),
        qPrintable(
            QStringLiteral("bound %1 below %2 forced penalties").arg(r.lowerBound).arg(unstaffed)));
    QVERIFY(r.lowerBound <= double(optimum) + 1e-6);

    options.workBudget = 0;
    r = AssignmentSolver(in, options).solve();
    QCOMPARE(hardConflicts(solved(in, r), true), 0);
    QCOMPARE(r.objective, optimum);
    QVERIFY2(
        r.lowerBound >= double(unstaffed * penalty),
        qPrintable(
            QStringLiteral("bound %1 below %2 forced penalties").arg(r.lowerBound).arg(unstaffed)));
    QVERIFY2(
        r.lowerBound <= double(optimum) + 1e-6,
        qPrintable(QStringLiteral("bound %1 above the optimum %2").arg(r.lowerBound).arg(optimum)));
    QCOMPARE(r.cohortsWithoutLead, unstaffed);
    QCOMPARE(r.fixedRoles, fixed);
    QCOMPARE(r.fixed, fixed * penalty);
    QCOMPARE(r.decidableObjective, r.objective - r.fixed);
    QCOMPARE(r.decidableBound, r.lowerBound - double(r.fixed));
    if (r.optimal)
        QCOMPARE(r.gap, 0.0);
    else
        QCOMPARE(r.gap, (double(r.objective) - r.lowerBound) / double(r.objective - r.fixed));
}

void TestAssignmentSolver::optimalWhenTheBoundMeetsTheObjective_data()
{
    QTest::addColumn<ClashPlan>("plan");
    QTest::newRow("three at one time, two instructors") << ClashPlan::ThreeAtOnce;
    QTest::newRow("four at one time, two at another") << ClashPlan::TwoTimes;
    QTest::newRow("a lapsed qualification, a course nobody teaches") << ClashPlan::LapsedAndNobody;
}

void TestAssignmentSolver::optimalWhenTheBoundMeetsTheObjective()
{
    // Small plans the search solves to the optimum (not by enumeration): the objective is
    // a whole number of points, so the bound proves it once it is within one point.
    QFETCH(ClashPlan, plan);
    const ConflictInput in = clashPlan(plan);
    SolverOptions options = quick();
    options.enumerateUpTo = 0;
    const SolverResult r = AssignmentSolver(in, options).solve();
    QCOMPARE(r.objective, bruteForceOptimum(in, options.weights));
    QVERIFY2(
        r.optimal,
        qPrintable(QStringLiteral("objective %1, bound %2").arg(r.objective).arg(r.lowerBound)));
    QCOMPARE(r.lowerBound, double(r.objective));
    QCOMPARE(r.gap, 0.0);
    QVERIFY(r.rounds < options.maxRounds); // the proof ended the run, not the rounds
}

void TestAssignmentSolver::demoYearHasNoHardViolations()
{
    const ConflictInput in = demoYear();
    SolverOptions options;
    options.timeLimitSeconds = 1;
    AssignmentSolver solver(in, options);
    const SolverResult r = solver.solve();
    QCOMPARE(hardConflicts(solved(in, r), true), 0);
    QVERIFY(r.cohorts > 300);
    QCOMPARE(r.cohortsWithoutLead, 0);
    QVERIFY(r.lowerBound <= double(r.objective));
    QVERIFY(r.gap >= 0.0 && r.gap < 0.05);
    QVERIFY(!r.demand.empty());
    for (const TrackDemand &d : r.demand)
        QVERIFY2(d.daysNeeded <= d.daysAvailable, qPrintable(d.track));
}

void TestAssignmentSolver::lockedAssignmentsStay()
{
    ConflictInput in = randomPlan(11, 10, 4);
    // Lock a travelling, loaded instructor onto three cohorts they may teach.
    std::vector<CohortInstructor> locked;
    for (const Cohort &c : in.cohorts) {
        std::vector<CohortInstructor> trial = locked;
        trial.push_back({c.id, 1, InstructorRole::Lead, true});
        if (hardConflicts(AssignmentSolver::withAssignments(in, trial)) == 0)
            locked = trial;
        if (locked.size() == 3)
            break;
    }
    QVERIFY(!locked.empty());
    in.cohortInstructors = locked;
    AssignmentSolver solver(in, quick());
    const SolverResult r = solver.solve();
    for (const CohortInstructor &a : locked)
        QVERIFY(std::find(r.assignments.begin(), r.assignments.end(), a) != r.assignments.end());
    for (const AssignmentChange &change : r.changes)
        QVERIFY(std::none_of(locked.begin(), locked.end(), [&](const CohortInstructor &a) {
            return a.cohortId == change.cohortId;
        }));
    QCOMPARE(hardConflicts(solved(in, r), true), 0);
}

void TestAssignmentSolver::replanChangesOnlyWhatItMust_data()
{
    QTest::addColumn<int>("churn");
    QTest::addColumn<bool>("onlyTouched");
    QTest::addRow("churn 200: only the cohort on leave") << 200 << true;
    QTest::addRow("churn 0: anything may move") << 0 << false;
}

void TestAssignmentSolver::replanChangesOnlyWhatItMust()
{
    QFETCH(int, churn);
    QFETCH(bool, onlyTouched);
    ConflictInput in = demoYear();
    SolverOptions options;
    options.timeLimitSeconds = 1;
    const SolverResult first = AssignmentSolver(in, options).solve();
    in.cohortInstructors = first.assignments;

    // Two weeks of leave for the lead of a cohort in June.
    Id person = 0;
    QDate start;
    std::map<Id, QDate> firstDay;
    for (const Session &s : in.sessions) {
        if (!firstDay.count(s.cohortId) || s.date < firstDay[s.cohortId])
            firstDay[s.cohortId] = s.date;
    }
    for (const CohortInstructor &a : in.cohortInstructors) {
        if (firstDay[a.cohortId].month() == 6) {
            person = a.instructorId;
            start = firstDay[a.cohortId];
            break;
        }
    }
    QVERIFY(person != 0);
    Leave leave{9999, person, start, start.addDays(13), QStringLiteral("two weeks")};
    in.leaves.push_back(leave);
    std::set<Id> touched; // cohorts the leave makes impossible for their lead
    {
        ConflictEngine engine;
        engine.load(in);
        for (const Conflict &c : engine.conflicts()) {
            if (c.rule == ConflictRule::InstructorOnLeave)
                touched.insert(c.cohortId);
        }
    }
    QVERIFY(!touched.empty());

    options.replan = true;
    options.weights.churn = churn;
    options.timeLimitSeconds = 0.5;
    options.maxRounds = 20;
    const SolverResult r = AssignmentSolver(in, options).solve();
    QCOMPARE(hardConflicts(solved(in, r), true), 0);
    std::set<Id> changed;
    for (const AssignmentChange &c : r.changes) {
        changed.insert(c.cohortId);
        QVERIFY(!c.reason.isEmpty());
    }
    for (Id id : touched)
        QVERIFY2(changed.count(id), "a cohort on leave kept its lead");
    if (onlyTouched) {
        // Anything else moves only if it gains more than its churn: with the first
        // solution near optimal, nothing does.
        for (Id id : changed)
            QVERIFY2(touched.count(id),
                     qPrintable(QStringLiteral("cohort %1 changed needlessly").arg(id)));
    } else {
        QVERIFY(changed.size() >= touched.size());
    }
}

void TestAssignmentSolver::cancelKeepsBestSoFar()
{
    const ConflictInput in = demoYear();
    SolverOptions options;
    options.timeLimitSeconds = 60;
    options.maxRounds = 100000;
    std::atomic<bool> cancel = false;
    int reports = 0;
    AssignmentSolver solver(in, options);
    const SolverResult r = solver.solve(&cancel, [&](const SolverProgress &p) {
        ++reports;
        QVERIFY(p.lowerBound <= double(p.objective) + 1e-6);
        if (reports == 2)
            cancel = true;
    });
    QVERIFY(r.cancelled || r.optimal);
    QVERIFY(r.seconds < 30);
    QCOMPARE(hardConflicts(solved(in, r), true), 0);
    QCOMPARE(r.cohortsWithoutLead, 0);
}

void TestAssignmentSolver::deterministicForSeed()
{
    // The work budget, not a round limit, ends these runs: the second one shares the
    // machine with busy threads, so it gets less of the processor for the same work, and
    // must still end on the same work and the same answer. (A budget in work units, with
    // the clock's emergency stop far away: a sanitized build does the same work several
    // times slower.)
    const ConflictInput in = demoYear();
    SolverOptions options;
    options.workBudget = 100'000'000;
    options.timeLimitSeconds = 60;
    options.maxRounds = 1000000;
    options.seed = 7;
    const SolverResult a = AssignmentSolver(in, options).solve();
    std::atomic<bool> done = false;
    std::vector<std::thread> busy;
    for (int n = 0; n < 3; ++n) {
        busy.emplace_back([&done] {
            volatile quint64 x = 0;
            while (!done.load(std::memory_order_relaxed))
                x = x + 1;
        });
    }
    const SolverResult b = AssignmentSolver(in, options).solve();
    done = true;
    for (std::thread &t : busy)
        t.join();
    QVERIFY(!a.optimal); // otherwise the proof, not the budget, ended the run
    QVERIFY(!a.stoppedByClock);
    QVERIFY(!b.stoppedByClock);
    QVERIFY(a.work >= options.workBudget);
    QCOMPARE(a.work, b.work);
    QCOMPARE(a.rounds, b.rounds);
    QCOMPARE(a.objective, b.objective);
    QCOMPARE(a.lowerBound, b.lowerBound);
    QVERIFY(a.assignments == b.assignments);

    // Another seed searches differently.
    options.seed = 8;
    const SolverResult c = AssignmentSolver(in, options).solve();
    QVERIFY(c.assignments != a.assignments || c.work != a.work);
    QVERIFY(c.work < 3 * options.workBudget);
    // Without a work budget, the time budget is turned into one.
    options.workBudget = 0;
    options.timeLimitSeconds = 0.02;
    const SolverResult d = AssignmentSolver(in, options).solve();
    QVERIFY(d.work >=
            std::uint64_t(options.timeLimitSeconds * double(SolverOptions::WorkPerSecond)));
    QVERIFY(!d.stoppedByClock);
}

void TestAssignmentSolver::assistantsAboveSize()
{
    ConflictInput in = demoYear();
    in.cohortInstructors.clear(); // no assistants already there
    SolverOptions options;
    options.timeLimitSeconds = 0.5;
    options.assistantsAbove = 35;
    const SolverResult r = AssignmentSolver(in, options).solve();
    QCOMPARE(hardConflicts(solved(in, r), true), 0);
    int large = 0, assisted = 0;
    for (const Cohort &c : in.cohorts) {
        if (c.status == CohortStatus::Cancelled || c.capacity <= 35)
            continue;
        ++large;
        assisted +=
            std::any_of(r.assignments.begin(), r.assignments.end(), [&](const CohortInstructor &a) {
                return a.cohortId == c.id && a.role == InstructorRole::Assistant;
            });
    }
    QVERIFY(large > 0);
    QCOMPARE(r.roles, r.cohorts + large);
    // Every large cohort gets its assistant unless the reasons say why not.
    int unstaffedAssistants = 0;
    for (const UnstaffedCohort &u : r.unstaffed)
        unstaffedAssistants += u.role == InstructorRole::Assistant;
    QCOMPARE(assisted + unstaffedAssistants, large);
}

void TestAssignmentSolver::explainsUnstaffedCohorts()
{
    // One cohort, two qualified instructors: one on leave, one booked elsewhere at the
    // same time; a third instructor is not qualified at all.
    ConflictInput in = randomPlan(3, 2, 3);
    in.cohorts.resize(2);
    in.sessions.clear();
    in.sessions = {{1, 1, QDate(2026, 3, 10), SessionSlot::Morning},
                   {2, 2, QDate(2026, 3, 10), SessionSlot::Morning}};
    in.cohorts[0].courseId = 1;
    in.cohorts[1].courseId = 1;
    in.qualifications = {{1, 1, 1, 0, CourseLevel::Advanced, {}, {}},
                         {2, 2, 1, 0, CourseLevel::Advanced, {}, {}}};
    in.leaves = {{1, 1, QDate(2026, 3, 9), QDate(2026, 3, 13), QStringLiteral("course")}};
    in.cohortInstructors = {{2, 2, InstructorRole::Lead, true}};
    const SolverResult r = AssignmentSolver(in, quick()).solve();
    QCOMPARE(r.cohortsWithoutLead, 1);
    QCOMPARE(r.unstaffed.size(), std::size_t(1));
    const UnstaffedCohort &u = r.unstaffed.front();
    QCOMPARE(u.cohortId, Id(1));
    QCOMPARE(u.blockers.size(), 2); // the two qualified ones
    QVERIFY2(u.reason.contains(QStringLiteral("on leave")), qPrintable(u.reason));
    QVERIFY2(u.reason.contains(QStringLiteral("booked twice")), qPrintable(u.reason));
    QVERIFY(r.optimal); // nothing else is possible, and the bound knows it
}

void TestAssignmentSolver::mpsHasTheProblem_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<bool>("locked");
    for (quint64 seed : {3, 5, 7})
        QTest::addRow("seed %llu", seed) << seed << false;
    QTest::addRow("seed 5, one lock") << quint64(5) << true;
}

void TestAssignmentSolver::mpsHasTheProblem()
{
    QFETCH(quint64, seed);
    QFETCH(bool, locked);
    ConflictInput in = randomPlan(seed, 6, 3);
    if (locked)
        in.cohortInstructors = {{in.cohorts.front().id, 1, InstructorRole::Lead, true}};
    AssignmentSolver solver(in, quick());
    const QByteArray mps = solver.toMps();
    for (const char *section : {"NAME", "ROWS", "COLUMNS", "RHS", "BOUNDS", "ENDATA"})
        QVERIFY2(mps.contains(section), section);
    QVERIFY(mps.contains("MARKER"));
    const SolverResult r = solver.solve();
    QVERIFY(r.optimal); // enumerated

    // The same optimum from an external solver, when there is one (never linked).
    const QString cbc = QStandardPaths::findExecutable(QStringLiteral("cbc"));
    if (cbc.isEmpty())
        QSKIP("cbc is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("problem.mps"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mps);
    file.close();
    QProcess process;
    process.start(cbc, {path, QStringLiteral("solve")});
    QVERIFY(process.waitForFinished(60000));
    const QString log = QString::fromLocal8Bit(process.readAllStandardOutput());
    const auto match =
        QRegularExpression(QStringLiteral("Objective value:\\s*([-0-9.eE+]+)")).match(log);
    QVERIFY2(match.hasMatch(), qPrintable(log));
    QCOMPARE(qint64(std::llround(match.captured(1).toDouble())), r.objective);
}

void TestAssignmentSolver::cliAssign()
{
    QTemporaryDir dir;
    const QString plan =
        TestSupport::writeDemoPlan(dir.filePath(QStringLiteral("demo.cohortplan")));
    const auto cli = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(COHORT_CLI_PATH), arguments);
        if (!process.waitForFinished(120000))
            qFatal("cohortplanner-cli did not finish");
        return std::tuple(process.exitCode(),
                          QJsonDocument::fromJson(process.readAllStandardOutput()).object(),
                          QString::fromUtf8(process.readAllStandardError()));
    };
    const QByteArray before = TestSupport::checksum(plan);
    auto [code, json, err] = cli({QStringLiteral("assign"), plan, QStringLiteral("--dry-run"),
                                  QStringLiteral("--replan"), QStringLiteral("--time-limit"),
                                  QStringLiteral("0.5"), QStringLiteral("--json")});
    QVERIFY2(code == 0, qPrintable(err));
    for (const char *key :
         {"cohorts", "assigned", "unassigned", "hard_violations", "objective", "lower_bound", "gap",
          "optimal", "changed", "seconds", "unassigned_reasons", "work", "stopped_by_clock",
          "preferences", "fixed", "fixed_roles", "decidable_objective", "decidable_bound"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    {
        const double objective = json.value(QStringLiteral("objective")).toDouble();
        const double bound = json.value(QStringLiteral("lower_bound")).toDouble();
        const double fixed = json.value(QStringLiteral("fixed")).toDouble();
        QCOMPARE(json.value(QStringLiteral("decidable_objective")).toDouble(), objective - fixed);
        QCOMPARE(json.value(QStringLiteral("decidable_bound")).toDouble(), bound - fixed);
        QVERIFY(std::abs(json.value(QStringLiteral("gap")).toDouble() -
                         (json.value(QStringLiteral("optimal")).toBool()
                              ? 0.0
                              : (objective - bound) / (objective - fixed))) < 1e-12);
    }
    QVERIFY(json.value(QStringLiteral("changed")).toInt() > 0); // the demo's planted conflicts
    QVERIFY(json.value(QStringLiteral("lower_bound")).toDouble() <=
            json.value(QStringLiteral("objective")).toDouble());
    QCOMPARE(json.value(QStringLiteral("written")).toBool(), false);
    QCOMPARE(TestSupport::checksum(plan), before); // --dry-run writes nothing

    std::tie(code, json, err) =
        cli({QStringLiteral("assign"), plan, QStringLiteral("--replan"),
             QStringLiteral("--time-limit"), QStringLiteral("0.5"), QStringLiteral("--json")});
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(json.value(QStringLiteral("written")).toBool(), true);
    QVERIFY(TestSupport::checksum(plan) != before);
    // What the engine says of the written plan, through the check command.
    std::tie(code, json, err) = cli({QStringLiteral("check"), plan, QStringLiteral("--json")});
    int hard = 0;
    for (const auto &c : json.value(QStringLiteral("conflicts")).toArray()) {
        const auto rule =
            fromKey<ConflictRule>(c.toObject().value(QStringLiteral("rule")).toString());
        QVERIFY(rule);
        if (isHardRule(*rule)) {
            // Only cohorts already completed (out of scope) may keep a conflict.
            ++hard;
        }
    }
    std::tie(code, json, err) = cli(
        {QStringLiteral("assign"), plan, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(json.value(QStringLiteral("hard_violations")).toInt(), hard);

    const QString mps = dir.filePath(QStringLiteral("plan.mps"));
    std::tie(code, json, err) =
        cli({QStringLiteral("assign"), plan, QStringLiteral("--export-mps"), mps});
    QVERIFY2(code == 0, qPrintable(err));
    QFile file(mps);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith("ENDATA\n"));

    std::tie(code, json, err) = cli(
        {QStringLiteral("assign"), plan, QStringLiteral("--weight"), QStringLiteral("speed=3")});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QStringLiteral("speed=3")), qPrintable(err));
    std::tie(code, json, err) =
        cli({QStringLiteral("assign"), plan, QStringLiteral("--track"), QStringLiteral("Cooking")});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QStringLiteral("Cooking")), qPrintable(err));
}

void TestAssignmentSolver::storedPreferenceDecides_data()
{
    QTest::addColumn<int>("preferred"); // 1 or 2: which instructor prefers the course
    QTest::addColumn<int>("points");    // the other one's preference (0: none)
    QTest::newRow("first prefers") << 1 << 0;
    QTest::newRow("second prefers") << 2 << 0;
    QTest::newRow("first prefers, second avoids") << 1 << -2;
    QTest::newRow("second prefers, first avoids") << 2 << -1;
}

void TestAssignmentSolver::storedPreferenceDecides()
{
    // Two instructors equal in everything and three cohorts of one course, two of them
    // overlapping: one instructor teaches two, the other one, and the costs alone cannot
    // tell who. A stored preference (written through the instructor edit, read back by the
    // store) decides it.
    QFETCH(int, preferred);
    QFETCH(int, points);
    QTemporaryDir dir;
    const QString path =
        TestSupport::writeEnrollmentPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    PlanEditor editor;
    editor.setPlan(plan.get());
    for (int i = 1; i <= 2; ++i) {
        Instructor person;
        person.code = QStringLiteral("I%1").arg(i);
        person.name = QStringLiteral("Instructor %1").arg(i);
        Qualification q;
        q.trackId = 1;
        q.level = CourseLevel::Advanced;
        q.validFrom = QDate(2025, 1, 1);
        std::vector<CoursePreference> preferences;
        if (i == preferred)
            preferences.push_back({0, 0, 1, 2});
        else if (points != 0)
            preferences.push_back({0, 0, 1, points});
        auto result = PlanEdits(plan->database()).saveInstructor(person, {q}, {}, preferences);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.problem->message));
        QCOMPARE(editor.execute(result.text, std::move(result.changes)).message(), QString());
    }
    const ConflictInput in = loadConflictInput(plan->database());
    SolverOptions options = quick();
    options.preferences = loadCoursePreferences(plan->database());
    QCOMPARE(options.preferences.size(), std::size_t(points != 0 ? 2 : 1));
    const Id preferredId =
        Repository<Instructor>(plan->database()).loadAll().at(std::size_t(preferred - 1)).id;
    QCOMPARE(options.preferences.at({preferredId, 1}), 2);
    const SolverResult r = AssignmentSolver(in, options).solve();
    QCOMPARE(hardConflicts(solved(in, r), true), 0);
    QCOMPARE(r.cohortsWithoutLead, 0);
    QVERIFY(r.optimal);
    int taughtByPreferred = 0;
    for (const CohortInstructor &a : r.assignments)
        taughtByPreferred += a.instructorId == preferredId ? 1 : 0;
    QCOMPARE(taughtByPreferred, 2);
    QVERIFY(r.parts.preference < 0);

    // Without the preference weight the same plan is a tie again: the objective has no
    // preference part.
    options.weights.preference = 0;
    QCOMPARE(AssignmentSolver(in, options).solve().parts.preference, qint64(0));

    // The preferences belong to the instructor: a delete takes them along and undo
    // brings them back; a second preference for one course is refused.
    Instructor first = Repository<Instructor>(plan->database()).loadAll().front();
    const auto refused =
        PlanEdits(plan->database())
            .saveInstructor(first, {}, {},
                            std::vector<CoursePreference>{{0, 0, 1, 1}, {0, 0, 1, -1}});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.problem->message.contains(QStringLiteral("AI-101")),
             qPrintable(refused.problem->message));
    const std::size_t stored = Repository<CoursePreference>(plan->database()).count();
    auto removal = PlanEdits(plan->database()).removeInstructors({preferredId});
    QVERIFY(removal.ok());
    QCOMPARE(editor.execute(removal.text, std::move(removal.changes)).message(), QString());
    QCOMPARE(std::size_t(Repository<CoursePreference>(plan->database()).count()), stored - 1);
    editor.undoStack()->undo();
    QCOMPARE(loadCoursePreferences(plan->database()), options.preferences);
}

QTEST_GUILESS_MAIN(TestAssignmentSolver)
#include "tst_assignmentsolver.moc"

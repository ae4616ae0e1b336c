// SPDX-License-Identifier: GPL-3.0-or-later
// ConflictEngine: each rule on tiny hand-built plans (a case that conflicts and one just
// beside it), then the incremental state against a full re-check over random edit
// sequences, whatIf() against the assignment it predicts, and the demo plan.
#include "planning/conflictengine.h"

#include "demo/demoplangenerator.h"
#include "io/calendarcsv.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <array>

using namespace Planner;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Planner::ConflictInput)

class TestConflictEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void names();
    void defaults();

    void instructorDoubleBooked_data();
    void instructorDoubleBooked();
    void instructorNotQualified_data();
    void instructorNotQualified();
    void qualificationExpired_data();
    void qualificationExpired();
    void instructorOnLeave_data();
    void instructorOnLeave();
    void overWeeklyLimit_data();
    void overWeeklyLimit();
    void overMonthlyLimit_data();
    void overMonthlyLimit();
    void overYearlyLimit_data();
    void overYearlyLimit();
    void venueDoubleBooked_data();
    void venueDoubleBooked();
    void venueTooSmall_data();
    void venueTooSmall();
    void nonWorkingDay_data();
    void nonWorkingDay();
    void noLead_data();
    void noLead();
    void overCapacity_data();
    void overCapacity();
    void calendarMissing_data();
    void calendarMissing();

    void explanations();
    void severityOffHidesRule();
    void stableOrder();
    void edits();
    void copiesAreIndependent();
    void incrementalMatchesFullCheck_data();
    void incrementalMatchesFullCheck();
    void whatIfMatchesAssign();
    void demoPlan();
};

namespace {

constexpr Id AI = 1;
constexpr Id BD = 2;
constexpr Id AI101 = 1; // foundation
constexpr Id AI201 = 2; // intermediate
constexpr Id BD101 = 3; // foundation
constexpr Id BD201 = 4; // intermediate
constexpr Id Hall = 1;  // 40 seats
constexpr Id Room = 2;  // 20 seats
constexpr Id Web = 3;   // online
constexpr Id Wang = 1;  // AI up to advanced, no expiry
constexpr Id Smith = 2; // BD foundation, 2025-01-01 to 2026-03-31

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

QString describe(const Conflict &c)
{
    return u"%1 %2 cohort %3/%4 instructor %5 venue %6 slot %7 dates %8 %9: %10"_s
        .arg(toKey(c.rule), c.date.toString(Qt::ISODate))
        .arg(c.cohortId)
        .arg(c.otherCohortId)
        .arg(c.instructorId)
        .arg(c.venueId)
        .arg(c.slot ? toKey(*c.slot) : u"-"_s)
        .arg(c.dates)
        .arg(toKey(c.severity), c.explanation);
}

// Equal lists, or a warning naming the first difference.
bool same(const std::vector<Conflict> &actual, const std::vector<Conflict> &expected)
{
    if (actual == expected)
        return true;
    qWarning("conflict lists differ: %zu vs %zu", actual.size(), expected.size());
    for (std::size_t i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        if (i >= actual.size() || i >= expected.size() || !(actual[i] == expected[i])) {
            qWarning("first difference at %zu:\n  actual:   %s\n  expected: %s", i,
                     qPrintable(i < actual.size() ? describe(actual[i]) : u"(none)"_s),
                     qPrintable(i < expected.size() ? describe(expected[i]) : u"(none)"_s));
            break;
        }
    }
    return false;
}

// The elements of after that before lacks, counting duplicates, in the order of after.
std::vector<Conflict> added(const std::vector<Conflict> &after, std::vector<Conflict> before)
{
    std::vector<Conflict> result;
    for (const Conflict &c : after) {
        const auto it = std::find(before.begin(), before.end(), c);
        if (it != before.end())
            before.erase(it);
        else
            result.push_back(c);
    }
    return result;
}

std::vector<Conflict> ofRule(const std::vector<Conflict> &all, ConflictRule rule)
{
    std::vector<Conflict> result;
    std::copy_if(all.begin(), all.end(), std::back_inserter(result),
                 [rule](const Conflict &c) { return c.rule == rule; });
    return result;
}

Course course(Id id, Id track, const QString &code, CourseLevel level)
{
    Course c;
    c.id = id;
    c.trackId = track;
    c.code = code;
    c.title = code;
    c.level = level;
    return c;
}

Instructor instructor(Id id, const QString &name, int week = 5, int month = 16, int year = 160)
{
    Instructor i;
    i.id = id;
    i.code = u"I%1"_s.arg(id, 4, 10, QLatin1Char('0'));
    i.name = name;
    i.maxDaysPerWeek = week;
    i.maxDaysPerMonth = month;
    i.maxDaysPerYear = year;
    return i;
}

// A tiny plan: two tracks, four courses, two classrooms and an online venue, two
// instructors, the bundled 2026 calendar. Cases add cohorts and assignments.
struct Plan
{
    ConflictInput in;

    Plan()
    {
        in.tracks = {{AI, u"Artificial Intelligence"_s, u"人工智能"_s, u"#f28e2b"_s},
                     {BD, u"Big Data"_s, u"大数据"_s, u"#59a14f"_s}};
        in.courses = {course(AI101, AI, u"AI-101"_s, CourseLevel::Foundation),
                      course(AI201, AI, u"AI-201"_s, CourseLevel::Intermediate),
                      course(BD101, BD, u"BD-101"_s, CourseLevel::Foundation),
                      course(BD201, BD, u"BD-201"_s, CourseLevel::Intermediate)};
        in.venues = {{Hall, u"Zhongguancun Hall"_s, u"海淀区"_s, {}, 40, false},
                     {Room, u"Wangjing Room"_s, u"朝阳区"_s, {}, 20, false},
                     {Web, u"Online classroom"_s, {}, {}, 500, true}};
        in.instructors = {instructor(Wang, u"王伟"_s), instructor(Smith, u"Alice Smith"_s)};
        in.qualifications = {
            {1, Wang, AI, 0, CourseLevel::Advanced, QDate(2020, 1, 1), {}},
            {2, Smith, BD, 0, CourseLevel::Foundation, QDate(2025, 1, 1), d(3, 31)}};
        in.calendar = CalendarCsv::bundledChina2026();
    }

    Id cohort(const QString &code, Id courseId, const std::vector<QDate> &days, Id venue = Hall,
              std::vector<SessionSlot> slotList = {SessionSlot::Morning},
              CohortStatus status = CohortStatus::Planned)
    {
        Cohort c;
        c.id = Id(in.cohorts.size()) + 1;
        c.courseId = courseId;
        c.code = code;
        c.venueId = venue;
        c.mode = venue == Web ? CohortMode::Online : CohortMode::InPerson;
        c.capacity = 20;
        c.status = status;
        in.cohorts.push_back(c);
        for (QDate day : days) {
            for (SessionSlot slot : slotList)
                in.sessions.push_back({Id(in.sessions.size()) + 1, c.id, day, slot});
        }
        return c.id;
    }

    Plan &teach(Id cohortId, Id instructorId, InstructorRole role = InstructorRole::Lead)
    {
        in.cohortInstructors.push_back({cohortId, instructorId, role, false});
        return *this;
    }
};

std::vector<QDate> days(QDate first, int count)
{
    std::vector<QDate> result;
    for (int i = 0; i < count; ++i)
        result.push_back(first.addDays(i));
    return result;
}

void addColumns()
{
    QTest::addColumn<ConflictInput>("input");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("date"); // of the first conflict of the rule
    QTest::addColumn<int>("dates");  // of the first conflict of the rule
}

void addRow(const char *name, const Plan &plan, int count, QDate date = {}, int dates = 1)
{
    QTest::newRow(name) << plan.in << count << date << dates;
}

// The conflicts of one rule on the row's plan, with every rule on, checked incrementally
// and from scratch.
void checkRule(ConflictRule rule)
{
    QFETCH(ConflictInput, input);
    QFETCH(int, count);
    QFETCH(QDate, date);
    QFETCH(int, dates);
    ConflictEngine engine;
    engine.load(input);
    QVERIFY(same(engine.conflicts(), engine.fullCheck()));
    const auto found = ofRule(engine.conflicts(), rule);
    for (const Conflict &c : found)
        qDebug().noquote() << describe(c);
    QCOMPARE(int(found.size()), count);
    if (count > 0) {
        QCOMPARE(found.front().date, date);
        QCOMPARE(found.front().dates, dates);
        QCOMPARE(found.front().severity, ConflictSettings::defaults().of(rule));
        QVERIFY(!found.front().explanation.isEmpty());
    }
}

// A plan generated from a seed for the property tests: ~60 cohorts over five months,
// 15 instructors with tight limits, 4 venues, leave and lapsing qualifications, and
// deliberate clashes (cohorts copying another's dates, venue and instructor).
ConflictInput randomPlan(quint32 seed)
{
    QRandomGenerator rng(seed);
    Plan plan;
    ConflictInput &in = plan.in;
    in.venues.push_back({4, u"Shangdi Campus"_s, u"海淀区"_s, {}, 30, false});
    in.instructors.clear();
    in.qualifications.clear();
    for (Id i = 1; i <= 15; ++i) {
        in.instructors.push_back(instructor(i, u"Instructor %1"_s.arg(i), rng.bounded(2, 6),
                                            rng.bounded(6, 15), rng.bounded(15, 50)));
        const int quals = rng.bounded(1, 3);
        for (int q = 0; q < quals; ++q) {
            Qualification qual;
            qual.id = Id(in.qualifications.size()) + 1;
            qual.instructorId = i;
            if (rng.bounded(4) == 0)
                qual.courseId = rng.bounded(1, 5);
            else
                qual.trackId = rng.bounded(1, 3);
            qual.level = CourseLevel(rng.bounded(3));
            qual.validFrom = QDate(2025, 6, 1).addDays(rng.bounded(300));
            if (rng.bounded(2) == 0)
                qual.validUntil = d(2, 1).addDays(rng.bounded(200));
            in.qualifications.push_back(qual);
        }
        const int leaves = rng.bounded(3);
        for (int l = 0; l < leaves; ++l) {
            const QDate start = d(1, 15).addDays(rng.bounded(150));
            in.leaves.push_back({Id(in.leaves.size()) + 1, i, start, start.addDays(rng.bounded(10)),
                                 l == 0 ? u"Annual leave"_s : QString()});
        }
    }
    const SessionSlot morning = SessionSlot::Morning, afternoon = SessionSlot::Afternoon,
                      evening = SessionSlot::Evening;
    const std::vector<std::vector<SessionSlot>> patterns = {
        {morning, afternoon}, {morning}, {afternoon}, {evening}, {morning, afternoon}};
    for (int c = 0; c < 60; ++c) {
        const Id courseId = rng.bounded(1, 5);
        // Codes in an order unrelated to the ids, so "first by code" is tested.
        const QString code = u"%1-2026-%2"_s.arg(in.courses[std::size_t(courseId - 1)].code)
                                 .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
        const Id venue = rng.bounded(5); // 0: none
        const int statusRoll = rng.bounded(100);
        const CohortStatus status = statusRoll < 10   ? CohortStatus::Cancelled
                                    : statusRoll < 20 ? CohortStatus::Completed
                                                      : CohortStatus(rng.bounded(3));
        std::vector<QDate> dates;
        if (c > 0 && rng.bounded(6) == 0) {
            // A deliberate clash: the dates of an earlier cohort.
            const Id other = rng.bounded(1, c + 1);
            for (const Session &s : in.sessions) {
                if (s.cohortId == other && (dates.empty() || dates.back() != s.date))
                    dates.push_back(s.date);
            }
        } else {
            QDate day = d(1, 5).addDays(rng.bounded(150));
            const int count = rng.bounded(3, 9);
            for (int i = 0; i < count; ++i, day = day.addDays(1)) {
                if (day.dayOfWeek() > 5 && rng.bounded(5) != 0)
                    day = day.addDays(8 - day.dayOfWeek());
                dates.push_back(day);
            }
        }
        const Id id = plan.cohort(code, courseId, dates, venue,
                                  patterns[std::size_t(rng.bounded(int(patterns.size())))], status);
        in.cohorts.back().capacity = rng.bounded(15, 46);
        if (rng.bounded(100) < 85) {
            const Id lead = rng.bounded(1, 16);
            plan.teach(id, lead);
            if (rng.bounded(100) < 30)
                plan.teach(id, lead % 15 + 1, InstructorRole::Assistant);
        }
        if (rng.bounded(100) < 80)
            in.seatHolders[id] = in.cohorts.back().capacity + rng.bounded(-5, 6);
    }
    // One cohort into the next year, whose work calendar the plan does not have.
    plan.cohort(u"AI-101-2027-%1"_s.arg(rng.bounded(1000), 3, 10, QLatin1Char('0')), 1,
                {QDate(2027, 1, 5), QDate(2027, 1, 6)}, rng.bounded(5), {SessionSlot::Morning});
    return in;
}

ConflictInput inputFrom(const PlanData &plan)
{
    return conflictInputOf(plan);
}

// One random edit of any kind, checking whatIf() against assign() when it assigns.
void randomEdit(ConflictEngine &engine, QRandomGenerator &rng, Id &nextLeaveId, int &whatIfChecks)
{
    const ConflictInput &in = engine.input();
    const auto anyCohort = [&]() -> Id {
        // Now and then a cohort the plan does not have.
        return rng.bounded(40) == 0 ? 999 : in.cohorts[rng.bounded(int(in.cohorts.size()))].id;
    };
    const auto anyInstructor = [&]() -> Id {
        return rng.bounded(40) == 0 ? 77 : rng.bounded(1, 16);
    };
    switch (rng.bounded(11)) {
    case 0:
    case 1: {
        const CohortInstructor a{
            anyCohort(), anyInstructor(),
            rng.bounded(3) == 0 ? InstructorRole::Assistant : InstructorRole::Lead, false};
        const std::vector<Conflict> before = engine.conflicts();
        const std::vector<Conflict> predicted = engine.whatIf(a);
        QVERIFY(same(engine.conflicts(), before)); // whatIf changes nothing
        engine.assign(a);
        QVERIFY(same(predicted, added(engine.conflicts(), before)));
        ++whatIfChecks;
        break;
    }
    case 2:
        if (!in.cohortInstructors.empty() && rng.bounded(5) != 0) {
            const CohortInstructor a =
                in.cohortInstructors[rng.bounded(int(in.cohortInstructors.size()))];
            engine.unassign(a.cohortId, a.instructorId);
        } else {
            engine.unassign(anyCohort(), anyInstructor());
        }
        break;
    case 3: {
        const Id cohortId = anyCohort();
        std::vector<Session> sessions;
        const int how = rng.bounded(10);
        if (how < 4) { // shift by a week either way
            const int shift = rng.bounded(2) == 0 ? 7 : -7;
            for (const Session &s : in.sessions) {
                if (s.cohortId == cohortId)
                    sessions.push_back({s.id, s.cohortId, s.date.addDays(shift), s.slot});
            }
        } else if (how < 7) { // new dates, any day of the week
            QDate day = d(1, 5).addDays(rng.bounded(150));
            const int count = rng.bounded(1, 8);
            for (int i = 0; i < count; ++i, day = day.addDays(1))
                sessions.push_back({0, cohortId, day, SessionSlot(rng.bounded(3))});
        } else if (how < 9) { // another cohort's sessions: a clash
            const Id other = in.cohorts[rng.bounded(int(in.cohorts.size()))].id;
            for (const Session &s : in.sessions) {
                if (s.cohortId == other)
                    sessions.push_back({0, cohortId, s.date, s.slot});
            }
        } // else none at all
        engine.setSessions(cohortId, std::move(sessions));
        break;
    }
    case 4: {
        Cohort c = in.cohorts[rng.bounded(int(in.cohorts.size()))];
        switch (rng.bounded(6)) {
        case 0:
            c.venueId = rng.bounded(5);
            break;
        case 1:
            c.status = CohortStatus(rng.bounded(5));
            break;
        case 2:
            c.capacity = rng.bounded(10, 50);
            break;
        case 3:
            c.courseId = rng.bounded(1, 5);
            break;
        case 4:
            c.code = u"ZZ-%1"_s.arg(rng.bounded(1000));
            break;
        default:
            c.id = 1000 + rng.bounded(5); // a new cohort
            c.code = u"NEW-%1"_s.arg(c.id);
            break;
        }
        engine.updateCohort(c);
        break;
    }
    case 5:
        engine.setSeatHolders(anyCohort(), rng.bounded(10, 50));
        break;
    case 6: {
        const QDate start = d(1, 5).addDays(rng.bounded(150));
        Leave leave{0, anyInstructor(), start, start.addDays(rng.bounded(8)), u"Conference"_s};
        // Sometimes an edit of an existing leave, possibly moving it to someone else.
        leave.id = !in.leaves.empty() && rng.bounded(4) == 0
                       ? in.leaves[rng.bounded(int(in.leaves.size()))].id
                       : nextLeaveId++;
        engine.addLeave(leave);
        break;
    }
    case 7:
        if (!in.leaves.empty() && rng.bounded(6) != 0)
            engine.removeLeave(in.leaves[rng.bounded(int(in.leaves.size()))].id);
        else
            engine.removeLeave(12345);
        break;
    case 9: {
        // An instructor edited whole: lower limits, qualifications dropped or changed,
        // leave moved, added or removed (as the instructor dialog saves them).
        const Id id = anyInstructor();
        Instructor who;
        who.id = id;
        for (const Instructor &i : in.instructors)
            if (i.id == id)
                who = i;
        who.maxDaysPerWeek = rng.bounded(1, 6);
        who.maxDaysPerMonth = rng.bounded(3, 22);
        who.maxDaysPerYear = rng.bounded(20, 200);
        std::vector<Qualification> qualifications;
        for (const Qualification &q : in.qualifications)
            if (q.instructorId == id && rng.bounded(3) != 0) {
                qualifications.push_back(q);
                if (rng.bounded(3) == 0)
                    qualifications.back().validUntil = d(1, 5).addDays(rng.bounded(150));
            }
        std::vector<Leave> leaves;
        for (const Leave &l : in.leaves)
            if (l.instructorId == id && rng.bounded(3) != 0)
                leaves.push_back(l);
        if (rng.bounded(2) == 0) {
            const QDate start = d(1, 5).addDays(rng.bounded(150));
            leaves.push_back({0, id, start, start.addDays(rng.bounded(8)), u"Training"_s});
        }
        engine.updateInstructor(who, std::move(qualifications), std::move(leaves));
        break;
    }
    case 8:
        if (rng.bounded(3) == 0) {
            ConflictSettings s = ConflictSettings::defaults();
            for (int r = 0; r < ConflictRuleCount; ++r) {
                if (rng.bounded(4) == 0)
                    s.set(ConflictRule(r), Severity(rng.bounded(3)));
            }
            engine.setSettings(s);
        }
        break;
    default: {
        // A whatIf for an assignment that already exists (a role change, or nothing).
        if (in.cohortInstructors.empty())
            break;
        CohortInstructor a = in.cohortInstructors[rng.bounded(int(in.cohortInstructors.size()))];
        a.role = rng.bounded(2) == 0 ? InstructorRole::Lead : InstructorRole::Assistant;
        const std::vector<Conflict> before = engine.conflicts();
        const std::vector<Conflict> predicted = engine.whatIf(a);
        engine.assign(a);
        QVERIFY(same(predicted, added(engine.conflicts(), before)));
        ++whatIfChecks;
        break;
    }
    }
}

} // namespace

void TestConflictEngine::initTestCase()
{
    QVERIFY2(!CalendarCsv::bundledChina2026().empty(), "the bundled calendar did not load");
}

void TestConflictEngine::names()
{
    QSet<QString> seen;
    for (int r = 0; r < ConflictRuleCount; ++r) {
        const QString name = displayName(ConflictRule(r));
        QVERIFY(!name.isEmpty());
        seen.insert(name);
    }
    QCOMPARE(seen.size(), ConflictRuleCount);
    QCOMPARE(displayName(ConflictRule::InstructorDoubleBooked), u"Instructor double-booked"_s);
    QCOMPARE(displayName(Severity::Off), u"Off"_s);
    QCOMPARE(displayName(Severity::Warn), u"Warn"_s);
    QCOMPARE(displayName(Severity::Block), u"Block"_s);
    QCOMPARE(toKey(ConflictRule::NoLead), u"no_lead"_s);
    QCOMPARE(fromKey<Severity>(u"block"), std::optional(Severity::Block));
}

void TestConflictEngine::defaults()
{
    const ConflictSettings s = ConflictSettings::defaults();
    for (ConflictRule r : {ConflictRule::InstructorDoubleBooked,
                           ConflictRule::InstructorNotQualified, ConflictRule::QualificationExpired,
                           ConflictRule::InstructorOnLeave, ConflictRule::VenueDoubleBooked})
        QCOMPARE(s.of(r), Severity::Block);
    for (ConflictRule r :
         {ConflictRule::OverWeeklyLimit, ConflictRule::OverMonthlyLimit,
          ConflictRule::OverYearlyLimit, ConflictRule::VenueTooSmall, ConflictRule::NonWorkingDay,
          ConflictRule::NoLead, ConflictRule::OverCapacity})
        QCOMPARE(s.of(r), Severity::Warn);
    QCOMPARE(ConflictEngine().settings(), s);
}

void TestConflictEngine::instructorDoubleBooked_data()
{
    addColumns();
    {
        Plan p;
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall), Wang);
        p.teach(p.cohort(u"AI-201-2026-001"_s, AI201, {d(3, 4)}, Room), Wang);
        addRow("same date and slot", p, 1, d(3, 4));
    }
    {
        Plan p;
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall, {SessionSlot::Morning}),
                Wang);
        p.teach(p.cohort(u"AI-201-2026-001"_s, AI201, {d(3, 4)}, Room, {SessionSlot::Afternoon}),
                Wang);
        addRow("same date, different slot", p, 0);
    }
    {
        Plan p;
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall), Wang);
        p.teach(p.cohort(u"AI-201-2026-001"_s, AI201, {d(3, 4)}, Room), Smith);
        addRow("different instructors", p, 0);
    }
    {
        Plan p;
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall), Wang);
        p.teach(p.cohort(u"AI-201-2026-001"_s, AI201, {d(3, 4)}, Room, {SessionSlot::Morning},
                         CohortStatus::Cancelled),
                Wang);
        addRow("the other cohort cancelled", p, 0);
    }
    {
        Plan p;
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, days(d(3, 2), 3), Hall), Wang);
        p.teach(p.cohort(u"AI-201-2026-001"_s, AI201, days(d(3, 3), 3), Room), Wang,
                InstructorRole::Assistant);
        p.teach(p.cohort(u"AI-201-2026-002"_s, AI201, {d(3, 4)}, Web), Wang);
        // 3 March: two cohorts; 4 March: three cohorts, three pairs.
        addRow("three cohorts, any role", p, 1 + 3 + 0, d(3, 3));
    }
}

void TestConflictEngine::instructorDoubleBooked()
{
    checkRule(ConflictRule::InstructorDoubleBooked);
}

void TestConflictEngine::instructorNotQualified_data()
{
    addColumns();
    {
        Plan p;
        p.teach(p.cohort(u"AI-201-2026-001"_s, AI201, {d(3, 4)}), Wang);
        addRow("track qualification above the level", p, 0);
    }
    {
        Plan p;
        p.teach(p.cohort(u"BD-201-2026-001"_s, BD201, {d(3, 4), d(3, 5)}), Smith);
        addRow("track qualification below the level", p, 1, d(3, 4));
    }
    {
        Plan p;
        p.in.qualifications.push_back(
            {3, Smith, 0, BD201, CourseLevel::Intermediate, QDate(2025, 1, 1), {}});
        p.teach(p.cohort(u"BD-201-2026-001"_s, BD201, {d(3, 4)}), Smith);
        addRow("course qualification", p, 0);
    }
    {
        Plan p;
        p.in.qualifications.push_back(
            {3, Smith, 0, AI201, CourseLevel::Intermediate, QDate(2025, 1, 1), {}});
        p.teach(p.cohort(u"BD-201-2026-001"_s, BD201, {d(3, 4)}), Smith);
        addRow("qualified for another course", p, 1, d(3, 4));
    }
    {
        Plan p;
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}), Smith);
        addRow("another track", p, 1, d(3, 4));
    }
    {
        Plan p;
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {}), Smith);
        addRow("no sessions yet: undated", p, 1, QDate());
    }
    {
        Plan p;
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall, {SessionSlot::Morning},
                         CohortStatus::Cancelled),
                Smith);
        addRow("cancelled cohort", p, 0);
    }
}

void TestConflictEngine::instructorNotQualified()
{
    checkRule(ConflictRule::InstructorNotQualified);
}

void TestConflictEngine::qualificationExpired_data()
{
    addColumns();
    {
        Plan p;
        p.teach(p.cohort(u"BD-101-2026-001"_s, BD101, {d(3, 30), d(3, 31)}), Smith);
        addRow("last valid day", p, 0);
    }
    {
        Plan p;
        p.teach(p.cohort(u"BD-101-2026-001"_s, BD101, {d(4, 1)}), Smith);
        addRow("the day after", p, 1, d(4, 1), 1);
    }
    {
        Plan p;
        p.teach(p.cohort(u"BD-101-2026-001"_s, BD101, {d(3, 30), d(3, 31), d(4, 1), d(4, 2)}, Hall,
                         {SessionSlot::Morning, SessionSlot::Afternoon}),
                Smith);
        addRow("two of four dates, two slots each", p, 1, d(4, 1), 2);
    }
    {
        Plan p;
        p.teach(p.cohort(u"BD-101-2024-001"_s, BD101, {QDate(2024, 12, 31), QDate(2025, 1, 2)}),
                Smith);
        addRow("before it is valid", p, 1, QDate(2024, 12, 31), 1);
    }
    {
        Plan p;
        p.in.qualifications.push_back({3, Smith, BD, 0, CourseLevel::Intermediate, d(4, 1), {}});
        p.teach(p.cohort(u"BD-101-2026-001"_s, BD101, {d(3, 31), d(4, 1)}), Smith);
        addRow("a renewed qualification takes over", p, 0);
    }
    {
        Plan p;
        p.teach(p.cohort(u"AI-101-2030-001"_s, AI101, {QDate(2030, 6, 3)}), Wang);
        addRow("no expiry", p, 0);
    }
    {
        Plan p;
        p.teach(p.cohort(u"BD-101-2026-001"_s, BD101, {d(4, 1)}, Hall, {SessionSlot::Morning},
                         CohortStatus::Cancelled),
                Smith);
        addRow("cancelled cohort", p, 0);
    }
}

void TestConflictEngine::qualificationExpired()
{
    checkRule(ConflictRule::QualificationExpired);
}

void TestConflictEngine::instructorOnLeave_data()
{
    addColumns();
    const Leave leave{1, Wang, d(3, 9), d(3, 13), u"Annual leave"_s};
    {
        Plan p;
        p.in.leaves = {leave};
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 6), d(3, 16)}), Wang);
        addRow("the days either side", p, 0);
    }
    {
        Plan p;
        p.in.leaves = {leave};
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 6), d(3, 9)}), Wang);
        addRow("the first day", p, 1, d(3, 9), 1);
    }
    {
        Plan p;
        p.in.leaves = {leave};
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 12), d(3, 13), d(3, 16)}, Hall,
                         {SessionSlot::Morning, SessionSlot::Afternoon}),
                Wang, InstructorRole::Assistant);
        addRow("the last two days, two slots each", p, 1, d(3, 12), 2);
    }
    {
        Plan p;
        p.in.leaves = {leave, {2, Wang, d(3, 16), d(3, 16), {}}};
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 13), d(3, 16)}), Wang);
        addRow("two leaves, one conflict each", p, 2, d(3, 13), 1);
    }
    {
        Plan p;
        p.in.leaves = {leave};
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 10)}), Smith);
        addRow("someone else's leave", p, 0);
    }
    {
        Plan p;
        p.in.leaves = {leave};
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 10)}, Hall, {SessionSlot::Morning},
                         CohortStatus::Cancelled),
                Wang);
        addRow("cancelled cohort", p, 0);
    }
}

void TestConflictEngine::instructorOnLeave()
{
    checkRule(ConflictRule::InstructorOnLeave);
}

void TestConflictEngine::overWeeklyLimit_data()
{
    addColumns();
    const auto plan = [](int limit) {
        Plan p;
        p.in.instructors[0].maxDaysPerWeek = limit;
        return p;
    };
    {
        Plan p = plan(3);
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, days(d(3, 2), 3), Hall,
                         {SessionSlot::Morning, SessionSlot::Afternoon}),
                Wang);
        addRow("at the limit (two slots a day count once)", p, 0);
    }
    {
        Plan p = plan(3);
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, days(d(3, 2), 2)), Wang);
        p.teach(p.cohort(u"AI-201-2026-001"_s, AI201, days(d(3, 4), 2)), Wang);
        addRow("one over, across two cohorts", p, 1, d(3, 2));
    }
    {
        Plan p = plan(3);
        // Thursday to Wednesday: three days in each of two weeks.
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101,
                         {d(3, 5), d(3, 6), d(3, 7), d(3, 9), d(3, 10), d(3, 11)}),
                Wang);
        addRow("spread over two weeks", p, 0);
    }
    {
        Plan p = plan(0);
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}), Wang);
        addRow("a limit of zero", p, 1, d(3, 2));
    }
    {
        Plan p = plan(2);
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, days(d(3, 2), 3)), Wang);
        p.teach(p.cohort(u"AI-201-2026-001"_s, AI201, days(d(3, 4), 2), Hall,
                         {SessionSlot::Morning}, CohortStatus::Cancelled),
                Wang);
        addRow("a cancelled cohort does not count", p, 1, d(3, 2));
    }
}

void TestConflictEngine::overWeeklyLimit()
{
    checkRule(ConflictRule::OverWeeklyLimit);
}

void TestConflictEngine::overMonthlyLimit_data()
{
    addColumns();
    // Two days a week from 2 March: the 5th and 6th days fall on 16 and 17 March.
    const auto plan = [](int teachingDays) {
        Plan p;
        p.in.instructors[0].maxDaysPerMonth = 5;
        std::vector<QDate> dates;
        for (int i = 0; int(dates.size()) < teachingDays; ++i) {
            dates.push_back(d(3, 2).addDays(7 * (i / 2) + i % 2));
        }
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, dates), Wang);
        return p;
    };
    addRow("at the limit", plan(5), 0);
    addRow("one over", plan(6), 1, d(3, 1));
    {
        Plan p;
        p.in.instructors[0].maxDaysPerMonth = 2;
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 30), d(3, 31), d(4, 1)}), Wang);
        addRow("across a month's end", p, 0);
    }
}

void TestConflictEngine::overMonthlyLimit()
{
    checkRule(ConflictRule::OverMonthlyLimit);
}

void TestConflictEngine::overYearlyLimit_data()
{
    addColumns();
    // One day a week from 5 January.
    const auto plan = [](int teachingDays) {
        Plan p;
        p.in.instructors[0].maxDaysPerYear = 8;
        std::vector<QDate> dates;
        for (int i = 0; i < teachingDays; ++i)
            dates.push_back(d(1, 5).addDays(7 * i));
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, dates), Wang);
        return p;
    };
    addRow("at the limit", plan(8), 0);
    addRow("one over", plan(9), 1, d(1, 1));
    {
        Plan p;
        p.in.instructors[0].maxDaysPerYear = 2;
        p.teach(p.cohort(u"AI-101-2026-001"_s, AI101,
                         {QDate(2025, 12, 30), QDate(2025, 12, 31), d(1, 5)}),
                Wang);
        addRow("across the year's end", p, 0);
    }
}

void TestConflictEngine::overYearlyLimit()
{
    checkRule(ConflictRule::OverYearlyLimit);
}

void TestConflictEngine::venueDoubleBooked_data()
{
    addColumns();
    {
        Plan p;
        p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall);
        p.cohort(u"BD-101-2026-001"_s, BD101, {d(3, 4)}, Hall);
        addRow("same date and slot", p, 1, d(3, 4));
    }
    {
        Plan p;
        p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall, {SessionSlot::Morning});
        p.cohort(u"BD-101-2026-001"_s, BD101, {d(3, 4)}, Hall, {SessionSlot::Afternoon});
        addRow("same date, different slot", p, 0);
    }
    {
        Plan p;
        p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall);
        p.cohort(u"BD-101-2026-001"_s, BD101, {d(3, 4)}, Room);
        addRow("different venues", p, 0);
    }
    {
        Plan p;
        p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Web);
        p.cohort(u"BD-101-2026-001"_s, BD101, {d(3, 4)}, Web);
        addRow("online venue shared", p, 0);
    }
    {
        Plan p;
        p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall);
        p.cohort(u"BD-101-2026-001"_s, BD101, {d(3, 4)}, Hall, {SessionSlot::Morning},
                 CohortStatus::Cancelled);
        addRow("the other cohort cancelled", p, 0);
    }
    {
        Plan p;
        p.cohort(u"AI-101-2026-001"_s, AI101, {}, 0);
        p.cohort(u"BD-101-2026-001"_s, BD101, {d(3, 4)}, 0);
        p.cohort(u"BD-101-2026-002"_s, BD101, {d(3, 4)}, 0);
        addRow("no venue", p, 0);
    }
}

void TestConflictEngine::venueDoubleBooked()
{
    checkRule(ConflictRule::VenueDoubleBooked);
}

void TestConflictEngine::venueTooSmall_data()
{
    addColumns();
    const auto plan = [](Id venue, int capacity) {
        Plan p;
        p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, venue);
        p.in.cohorts[0].capacity = capacity;
        return p;
    };
    addRow("as many seats as the venue", plan(Hall, 40), 0);
    addRow("one more", plan(Hall, 41), 1, d(3, 4));
    addRow("online venue", plan(Web, 600), 0);
    addRow("no venue", plan(0, 600), 0);
    Plan cancelled = plan(Room, 41);
    cancelled.in.cohorts[0].status = CohortStatus::Cancelled;
    addRow("cancelled cohort", cancelled, 0);
}

void TestConflictEngine::venueTooSmall()
{
    checkRule(ConflictRule::VenueTooSmall);
}

void TestConflictEngine::nonWorkingDay_data()
{
    addColumns();
    const auto plan = [](std::vector<QDate> dates,
                         std::vector<SessionSlot> slotList = {SessionSlot::Morning}) {
        Plan p;
        p.cohort(u"AI-101-2026-001"_s, AI101, dates, Hall, slotList);
        return p;
    };
    addRow("make-up Saturday", plan({d(10, 10)}), 0);
    addRow("plain Monday", plan({d(10, 12)}), 0);
    addRow("holiday", plan({d(10, 1)}), 1, d(10, 1));
    addRow("plain Sunday", plan({d(10, 10), d(10, 11)}), 1, d(10, 11));
    addRow("holiday, two slots: one conflict",
           plan({d(10, 1)}, {SessionSlot::Morning, SessionSlot::Afternoon}), 1, d(10, 1));
    addRow("a year without calendar data follows the week",
           plan({QDate(2027, 10, 1), QDate(2027, 10, 2)}), 1, QDate(2027, 10, 2));
    Plan cancelled = plan({d(10, 1)});
    cancelled.in.cohorts[0].status = CohortStatus::Cancelled;
    addRow("cancelled cohort", cancelled, 0);
}

void TestConflictEngine::nonWorkingDay()
{
    checkRule(ConflictRule::NonWorkingDay);
    QFETCH(ConflictInput, input);
    QFETCH(int, count);
    if (count > 0 && QByteArray(QTest::currentDataTag()).contains("two slots")) {
        ConflictEngine engine;
        engine.load(input);
        const auto found = ofRule(engine.conflicts(), ConflictRule::NonWorkingDay);
        QCOMPARE(found.front().slot, std::optional(SessionSlot::Morning));
        QVERIFY(found.front().explanation.contains(u"National Day"_s));
    }
}

void TestConflictEngine::calendarMissing_data()
{
    addColumns();
    const auto plan = [](std::vector<QDate> dates) {
        Plan p;
        p.cohort(u"AI-101-2026-001"_s, AI101, dates, Hall, {SessionSlot::Morning});
        return p;
    };
    addRow("a year with its calendar", plan({d(3, 4), d(3, 5)}), 0);
    addRow("a year without: said once, at the first session",
           plan({QDate(2027, 3, 4), QDate(2027, 3, 5)}), 1, QDate(2027, 3, 4));
    addRow("across the new year: once for the year without",
           plan({d(12, 30), d(12, 31), QDate(2027, 1, 4)}), 1, QDate(2027, 1, 4));
    Plan cancelled = plan({QDate(2027, 3, 4)});
    cancelled.in.cohorts[0].status = CohortStatus::Cancelled;
    addRow("cancelled cohort", cancelled, 0);
}

void TestConflictEngine::calendarMissing()
{
    checkRule(ConflictRule::CalendarMissing);
    QFETCH(ConflictInput, input);
    QFETCH(int, count);
    if (count > 0) {
        ConflictEngine engine;
        engine.load(input);
        const auto found = ofRule(engine.conflicts(), ConflictRule::CalendarMissing);
        QCOMPARE(found.front().severity, Severity::Warn);
        QVERIFY2(found.front().explanation.contains(u"no work calendar for 2027"_s),
                 qPrintable(found.front().explanation));
    }
}

void TestConflictEngine::noLead_data()
{
    addColumns();
    const auto plan = [](std::vector<InstructorRole> roles,
                         CohortStatus status = CohortStatus::Planned,
                         std::vector<QDate> dates = {d(3, 4)}) {
        Plan p;
        const Id c =
            p.cohort(u"AI-101-2026-001"_s, AI101, dates, Hall, {SessionSlot::Morning}, status);
        Id who = Wang;
        for (InstructorRole role : roles)
            p.teach(c, who++, role);
        return p;
    };
    addRow("a lead", plan({InstructorRole::Assistant, InstructorRole::Lead}), 0);
    addRow("an assistant only", plan({InstructorRole::Assistant}), 1, d(3, 4));
    addRow("nobody", plan({}), 1, d(3, 4));
    addRow("nobody, no sessions: undated", plan({}, CohortStatus::Open, {}), 1, QDate());
    addRow("completed cohort", plan({}, CohortStatus::Completed), 0);
    addRow("cancelled cohort", plan({}, CohortStatus::Cancelled), 0);
}

void TestConflictEngine::noLead()
{
    checkRule(ConflictRule::NoLead);
}

void TestConflictEngine::overCapacity_data()
{
    addColumns();
    const auto plan = [](std::optional<int> seatHolders,
                         CohortStatus status = CohortStatus::Running) {
        Plan p;
        const Id c =
            p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall, {SessionSlot::Morning}, status);
        p.in.cohorts[0].capacity = 30;
        if (seatHolders)
            p.in.seatHolders[c] = *seatHolders;
        return p;
    };
    addRow("full", plan(30), 0);
    addRow("one over", plan(31), 1, d(3, 4));
    addRow("nobody enrolled", plan(std::nullopt), 0);
    addRow("cancelled cohort", plan(31, CohortStatus::Cancelled), 0);
}

void TestConflictEngine::overCapacity()
{
    checkRule(ConflictRule::OverCapacity);
}

void TestConflictEngine::explanations()
{
    Plan p;
    p.in.instructors[0].maxDaysPerMonth = 1;
    p.in.leaves = {{1, Wang, d(3, 9), d(3, 13), u"Conference"_s}};
    // Ids in the opposite order of the codes: the double booking names BD... second.
    const Id bd = p.cohort(u"BD-101-2026-007"_s, BD101, {d(3, 4)}, Hall);
    const Id ai = p.cohort(u"AI-201-2026-003"_s, AI201, {d(3, 4), d(3, 10)}, Room);
    p.teach(bd, Wang).teach(ai, Wang).teach(bd, Smith, InstructorRole::Assistant);
    p.teach(p.cohort(u"BD-101-2026-008"_s, BD101, {d(4, 2)}, Room), Smith);
    ConflictEngine engine;
    engine.load(p.in);
    for (const Conflict &c : engine.conflicts())
        qDebug().noquote() << describe(c);

    const auto one = [&](ConflictRule rule) {
        const auto found = ofRule(engine.conflicts(), rule);
        return found.size() == 1 ? found.front() : Conflict{};
    };
    const Conflict booked = one(ConflictRule::InstructorDoubleBooked);
    QCOMPARE(booked.cohortId, ai);
    QCOMPARE(booked.otherCohortId, bd);
    QCOMPARE(booked.instructorId, Wang);
    QCOMPARE(booked.slot, std::optional(SessionSlot::Morning));
    QCOMPARE(booked.severity, Severity::Block);
    QCOMPARE(
        booked.explanation,
        u"王伟 is booked twice on 2026-03-04 (morning): cohorts AI-201-2026-003 and BD-101-2026-007."_s);

    const Conflict notQualified = one(ConflictRule::InstructorNotQualified);
    QCOMPARE(notQualified.cohortId, bd);
    QCOMPARE(notQualified.instructorId, Wang);
    for (const QString &part : {u"王伟"_s, u"BD-101"_s, u"Big Data"_s, u"Foundation"_s,
                                u"BD-101-2026-007"_s, u"2026-03-04"_s})
        QVERIFY2(notQualified.explanation.contains(part), qPrintable(notQualified.explanation));

    const Conflict lapsed = one(ConflictRule::QualificationExpired);
    QCOMPARE(lapsed.instructorId, Smith);
    for (const QString &part :
         {u"Alice Smith"_s, u"BD-101-2026-008"_s, u"2026-03-31"_s, u"2026-04-02"_s})
        QVERIFY2(lapsed.explanation.contains(part), qPrintable(lapsed.explanation));

    const Conflict leave = one(ConflictRule::InstructorOnLeave);
    QCOMPARE(leave.cohortId, ai);
    for (const QString &part : {u"王伟"_s, u"2026-03-09"_s, u"2026-03-13"_s, u"Conference"_s,
                                u"AI-201-2026-003"_s, u"2026-03-10"_s})
        QVERIFY2(leave.explanation.contains(part), qPrintable(leave.explanation));

    const Conflict month = one(ConflictRule::OverMonthlyLimit);
    QCOMPARE(month.cohortId, Id(0));
    QCOMPARE(month.instructorId, Wang);
    QCOMPARE(month.date, d(3, 1));
    QVERIFY2(month.explanation.contains(u"王伟 has 2 teaching days in "_s),
             qPrintable(month.explanation));
    QVERIFY2(month.explanation.contains(u"2026, limit 1"_s), qPrintable(month.explanation));

    const Conflict venue = one(ConflictRule::VenueDoubleBooked);
    QVERIFY(venue.cohortId == 0); // Hall and Room hold one cohort each on 4 March
    const Conflict noLead = one(ConflictRule::NoLead);
    QVERIFY(noLead.cohortId == 0); // everyone has a lead
}

void TestConflictEngine::severityOffHidesRule()
{
    Plan p;
    p.teach(p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall), Wang);
    p.teach(p.cohort(u"AI-201-2026-001"_s, AI201, {d(3, 4)}, Hall), Wang);
    p.cohort(u"AI-201-2026-002"_s, AI201, {d(3, 5)}, Room); // no lead
    ConflictEngine engine;
    engine.load(p.in);
    QCOMPARE(engine.count(Severity::Block), 2); // instructor and venue double-booked
    QCOMPARE(engine.count(Severity::Warn), 1);  // no lead
    QVERIFY(engine.hasBlocking());

    ConflictSettings s = ConflictSettings::defaults();
    s.set(ConflictRule::InstructorDoubleBooked, Severity::Off);
    s.set(ConflictRule::VenueDoubleBooked, Severity::Warn);
    engine.setSettings(s);
    QVERIFY(ofRule(engine.conflicts(), ConflictRule::InstructorDoubleBooked).empty());
    QVERIFY(ofRule(engine.fullCheck(), ConflictRule::InstructorDoubleBooked).empty());
    QCOMPARE(engine.count(Severity::Block), 0);
    QCOMPARE(engine.count(Severity::Warn), 2);
    QCOMPARE(engine.count(Severity::Off), 0);
    QVERIFY(!engine.hasBlocking());
    QCOMPARE(ofRule(engine.conflicts(), ConflictRule::VenueDoubleBooked).front().severity,
             Severity::Warn);

    // whatIf leaves out rules that are off too.
    const Id third = p.cohort(u"AI-101-2026-002"_s, AI101, {d(3, 4)}, Web);
    engine.updateCohort(p.in.cohorts.back());
    engine.setSessions(third, {{0, third, d(3, 4), SessionSlot::Morning}});
    QVERIFY(ofRule(engine.whatIf({third, Wang, InstructorRole::Lead, false}),
                   ConflictRule::InstructorDoubleBooked)
                .empty());

    engine.setSettings(ConflictSettings::defaults());
    QCOMPARE(ofRule(engine.conflicts(), ConflictRule::InstructorDoubleBooked).size(),
             std::size_t(1));
    // Double-booked with both cohorts; the missing lead it fixes is no new conflict.
    const auto predicted = engine.whatIf({third, Wang, InstructorRole::Lead, false});
    QCOMPARE(predicted.size(), std::size_t(2));
    QCOMPARE(ofRule(predicted, ConflictRule::InstructorDoubleBooked).size(), std::size_t(2));
}

void TestConflictEngine::stableOrder()
{
    Plan p;
    const Id undated = p.cohort(u"AI-101-2026-009"_s, AI101, {});
    const Id late = p.cohort(u"AI-101-2026-002"_s, AI101, {d(10, 1)}, Room);
    const Id early = p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Room);
    p.in.cohorts[std::size_t(late - 1)].capacity = 30; // too small and non-working day
    ConflictEngine engine;
    engine.load(p.in);
    const auto &all = engine.conflicts();
    for (const Conflict &c : all)
        qDebug().noquote() << describe(c);
    QCOMPARE(int(all.size()), 5);
    QCOMPARE(all[0].cohortId, early);                   // no lead, 4 March
    QCOMPARE(all[1].rule, ConflictRule::VenueTooSmall); // 1 October, by rule
    QCOMPARE(all[2].rule, ConflictRule::NonWorkingDay);
    QCOMPARE(all[3].rule, ConflictRule::NoLead);
    QCOMPARE(all[3].cohortId, late);
    QCOMPARE(all[4].cohortId, undated); // undated last
    QVERIFY(!all[4].date.isValid());
}

void TestConflictEngine::edits()
{
    Plan p;
    const Id a = p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall);
    const Id b = p.cohort(u"AI-201-2026-001"_s, AI201, {d(3, 5)}, Room);
    p.teach(a, Wang).teach(b, Smith);
    ConflictEngine engine;
    engine.load(p.in);
    const auto rules = [&] {
        std::vector<ConflictRule> r;
        for (const Conflict &c : engine.conflicts())
            r.push_back(c.rule);
        return r;
    };
    using R = ConflictRule;
    QCOMPARE(rules(), std::vector<R>{R::InstructorNotQualified}); // Smith on AI-201

    engine.unassign(b, Smith);
    engine.assign({b, Wang, InstructorRole::Lead, false});
    QCOMPARE(rules(), std::vector<R>{});
    QCOMPARE(engine.input().cohortInstructors.size(), std::size_t(2));

    engine.setSessions(b, {{0, b, d(3, 4), SessionSlot::Morning}});
    QCOMPARE(rules(), std::vector<R>{R::InstructorDoubleBooked});
    QCOMPARE(engine.input().sessions.size(), std::size_t(2));

    Cohort moved = engine.input().cohorts[std::size_t(a - 1)];
    moved.venueId = Room;
    engine.updateCohort(moved);
    QCOMPARE(rules(), (std::vector<R>{R::InstructorDoubleBooked, R::VenueDoubleBooked}));

    moved.status = CohortStatus::Cancelled;
    engine.updateCohort(moved);
    QCOMPARE(rules(), std::vector<R>{});

    engine.addLeave({7, Wang, d(3, 1), d(3, 6), {}});
    QCOMPARE(rules(), std::vector<R>{R::InstructorOnLeave});
    engine.setSeatHolders(b, 21);
    QCOMPARE(rules(), (std::vector<R>{R::InstructorOnLeave, R::OverCapacity}));
    engine.assign({b, Wang, InstructorRole::Assistant, false}); // a role change
    QCOMPARE(rules(), (std::vector<R>{R::InstructorOnLeave, R::NoLead, R::OverCapacity}));
    QCOMPARE(engine.input().cohortInstructors.size(),
             std::size_t(2)); // a's stays, though cancelled
    engine.removeLeave(7);
    QVERIFY(engine.input().leaves.empty());
    QCOMPARE(rules(), (std::vector<R>{R::NoLead, R::OverCapacity}));
    QVERIFY(same(engine.conflicts(), engine.fullCheck()));
}

void TestConflictEngine::copiesAreIndependent()
{
    Plan p;
    const Id a = p.cohort(u"AI-101-2026-001"_s, AI101, {d(3, 4)}, Hall);
    p.cohort(u"AI-201-2026-001"_s, AI201, {d(3, 4)}, Hall);
    p.teach(a, Wang);
    ConflictEngine engine;
    engine.load(p.in);
    const ConflictEngine copy = engine;
    engine.assign({2, Wang, InstructorRole::Lead, false});
    QVERIFY(same(engine.conflicts(), engine.fullCheck()));
    QVERIFY(same(copy.conflicts(), copy.fullCheck()));
    QCOMPARE(ofRule(copy.conflicts(), ConflictRule::NoLead).size(), std::size_t(1));
    QVERIFY(ofRule(copy.conflicts(), ConflictRule::InstructorDoubleBooked).empty());
    QVERIFY(ofRule(engine.conflicts(), ConflictRule::NoLead).empty());
    QCOMPARE(ofRule(engine.conflicts(), ConflictRule::InstructorDoubleBooked).size(),
             std::size_t(1));
    QCOMPARE(copy.input().cohortInstructors.size(), std::size_t(1));
}

void TestConflictEngine::incrementalMatchesFullCheck_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 2026u, 31337u})
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
}

void TestConflictEngine::incrementalMatchesFullCheck()
{
    QFETCH(quint32, seed);
    ConflictEngine engine;
    engine.load(randomPlan(seed));
    QVERIFY(same(engine.conflicts(), engine.fullCheck()));
    // The generated plan has something of every kind to find.
    std::array<int, ConflictRuleCount> byRule{};
    for (const Conflict &c : engine.conflicts())
        ++byRule[std::size_t(c.rule)];
    for (int r = 0; r < ConflictRuleCount; ++r)
        QVERIFY2(byRule[std::size_t(r)] > 0, qPrintable(toKey(ConflictRule(r))));

    QRandomGenerator rng(seed * 7919u);
    Id nextLeaveId = 1000;
    int whatIfChecks = 0;
    for (int step = 0; step < 300; ++step) {
        randomEdit(engine, rng, nextLeaveId, whatIfChecks);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"at step %1"_s.arg(step)));
        QVERIFY2(same(engine.conflicts(), engine.fullCheck()),
                 qPrintable(u"after step %1"_s.arg(step)));
        if (step % 50 == 49) {
            // The edited input, loaded afresh, gives the same result.
            ConflictEngine fresh(engine.settings());
            fresh.load(engine.input());
            QVERIFY(same(fresh.conflicts(), engine.conflicts()));
        }
    }
    QVERIFY(whatIfChecks > 30);
    qDebug("seed %u: %zu conflicts after 300 edits, %d whatIf checks", seed,
           engine.conflicts().size(), whatIfChecks);
}

void TestConflictEngine::whatIfMatchesAssign()
{
    // Every instructor on every cohort of a generated plan: what whatIf predicts is
    // exactly what the assignment then adds.
    ConflictEngine engine;
    engine.load(randomPlan(99));
    int predictedTotal = 0;
    const ConflictInput base = engine.input();
    for (const Cohort &c : base.cohorts) {
        for (Id i = 1; i <= 15; ++i) {
            ConflictEngine trial = engine;
            const CohortInstructor a{
                c.id, i, i % 2 ? InstructorRole::Lead : InstructorRole::Assistant, false};
            const std::vector<Conflict> before = trial.conflicts();
            const std::vector<Conflict> predicted = trial.whatIf(a);
            trial.assign(a);
            QVERIFY(same(predicted, added(trial.conflicts(), before)));
            predictedTotal += int(predicted.size());
        }
    }
    QVERIFY(same(engine.conflicts(), engine.fullCheck())); // the trials left it alone
    QVERIFY(predictedTotal > 0);
}

void TestConflictEngine::demoPlan()
{
    DemoOptions options;
    options.calendar = CalendarCsv::bundledChina2026();
    const PlanData plan = DemoPlanGenerator(options).generate();
    ConflictEngine engine;
    engine.load(inputFrom(plan));
    QVERIFY(same(engine.conflicts(), engine.fullCheck()));
    std::array<int, ConflictRuleCount> byRule{};
    for (const Conflict &c : engine.conflicts())
        ++byRule[std::size_t(c.rule)];
    QString summary;
    for (int r = 0; r < ConflictRuleCount; ++r) {
        if (byRule[std::size_t(r)] > 0)
            summary += u" %1=%2"_s.arg(toKey(ConflictRule(r))).arg(byRule[std::size_t(r)]);
    }
    qInfo("1-year demo: %zu cohorts, %zu conflicts:%s", plan.cohorts.size(),
          engine.conflicts().size(), qPrintable(summary));
    for (const Conflict &c : engine.conflicts()) {
        if (c.severity == Severity::Block)
            qWarning().noquote() << describe(c);
    }
    QVERIFY2(!engine.hasBlocking(), "the demo plan was generated to avoid blocking conflicts");

    // The engine does read the demo's records: at one teaching day a week, nearly every
    // instructor is over the limit.
    ConflictInput tight = inputFrom(plan);
    for (Instructor &i : tight.instructors)
        i.maxDaysPerWeek = 1;
    ConflictEngine overloaded;
    overloaded.load(tight);
    QVERIFY(ofRule(overloaded.conflicts(), ConflictRule::OverWeeklyLimit).size() > 100);

    // A few edits on the realistic plan keep the incremental state right too.
    QRandomGenerator rng(5);
    Id nextLeaveId = 100000;
    int whatIfChecks = 0;
    for (int step = 0; step < 40; ++step) {
        randomEdit(engine, rng, nextLeaveId, whatIfChecks);
        QVERIFY2(same(engine.conflicts(), engine.fullCheck()),
                 qPrintable(u"after step %1"_s.arg(step)));
    }
}

QTEST_GUILESS_MAIN(TestConflictEngine)
#include "tst_conflictengine.moc"

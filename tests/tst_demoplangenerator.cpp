// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoplangenerator.h"
#include "domain/workcalendar.h"
#include "planning/conflictengine.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <array>
#include <climits>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

using namespace Planner;
using namespace Qt::StringLiterals;

namespace {

// China's 2026 public holidays and make-up working days (State Council notice), as in
// resources/data/cn-work-calendar-2026.csv.
std::vector<CalendarDay> china2026()
{
    struct Row
    {
        int month;
        int day;
        CalendarDayKind kind;
        const char16_t *name;
    };
    constexpr auto H = CalendarDayKind::Holiday;
    constexpr auto W = CalendarDayKind::Workday;
    static constexpr Row rows[] = {
        {1, 1, H, u"New Year's Day"},
        {1, 2, H, u"New Year's Day"},
        {1, 3, H, u"New Year's Day"},
        {1, 4, W, u"New Year's Day (make-up workday)"},
        {2, 14, W, u"Spring Festival (make-up workday)"},
        {2, 15, H, u"Spring Festival"},
        {2, 16, H, u"Spring Festival"},
        {2, 17, H, u"Spring Festival"},
        {2, 18, H, u"Spring Festival"},
        {2, 19, H, u"Spring Festival"},
        {2, 20, H, u"Spring Festival"},
        {2, 21, H, u"Spring Festival"},
        {2, 22, H, u"Spring Festival"},
        {2, 23, H, u"Spring Festival"},
        {2, 28, W, u"Spring Festival (make-up workday)"},
        {4, 4, H, u"Qingming Festival"},
        {4, 5, H, u"Qingming Festival"},
        {4, 6, H, u"Qingming Festival"},
        {5, 1, H, u"Labour Day"},
        {5, 2, H, u"Labour Day"},
        {5, 3, H, u"Labour Day"},
        {5, 4, H, u"Labour Day"},
        {5, 5, H, u"Labour Day"},
        {5, 9, W, u"Labour Day (make-up workday)"},
        {6, 19, H, u"Dragon Boat Festival"},
        {6, 20, H, u"Dragon Boat Festival"},
        {6, 21, H, u"Dragon Boat Festival"},
        {9, 20, W, u"National Day (make-up workday)"},
        {9, 25, H, u"Mid-Autumn Festival"},
        {9, 26, H, u"Mid-Autumn Festival"},
        {9, 27, H, u"Mid-Autumn Festival"},
        {10, 1, H, u"National Day"},
        {10, 2, H, u"National Day"},
        {10, 3, H, u"National Day"},
        {10, 4, H, u"National Day"},
        {10, 5, H, u"National Day"},
        {10, 6, H, u"National Day"},
        {10, 7, H, u"National Day"},
        {10, 10, W, u"National Day (make-up workday)"},
    };
    std::vector<CalendarDay> days;
    for (const Row &row : rows)
        days.push_back(CalendarDay{QDate(2026, row.month, row.day), row.kind,
                                   QString::fromUtf16(row.name), QString()});
    return days;
}

DemoOptions makeOptions(quint64 seed, int years, QDate asOf = {})
{
    DemoOptions options;
    options.seed = seed;
    options.firstYear = 2026;
    options.years = years;
    options.asOf = asOf;
    options.calendar = china2026();
    return options;
}

bool validIdNumber(const QString &id)
{
    if (id.size() != 18)
        return false;
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit())
            return false;
        sum += id.at(i).digitValue() * weights[i];
    }
    return id.at(17) == QLatin1Char("10X98765432"[sum % 11]);
}

template <typename T> bool idsSequential(const std::vector<T> &rows)
{
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].id != Id(i) + 1)
            return false;
    }
    return true;
}

template <typename T> bool hasId(const std::vector<T> &rows, Id id)
{
    // Ids are 1..n in vector order (checked separately), so an id is valid iff in range.
    return id >= 1 && id <= Id(rows.size());
}

struct Span
{
    QDate first;
    QDate last;
    std::set<QDate> dates;
};

std::vector<Span> cohortSpans(const PlanData &plan)
{
    std::vector<Span> spans(plan.cohorts.size());
    for (const Session &s : plan.sessions) {
        Span &span = spans[std::size_t(s.cohortId - 1)];
        if (!span.first.isValid() || s.date < span.first)
            span.first = s.date;
        if (!span.last.isValid() || s.date > span.last)
            span.last = s.date;
        span.dates.insert(s.date);
    }
    return spans;
}

ConflictInput conflictInput(const PlanData &plan)
{
    return conflictInputOf(plan);
}

std::vector<Conflict> conflictsOf(const PlanData &plan)
{
    ConflictEngine engine;
    engine.load(conflictInput(plan));
    return engine.conflicts();
}

// The conflicts of after that before does not have.
std::vector<Conflict> added(const std::vector<Conflict> &after, const std::vector<Conflict> &before)
{
    std::vector<Conflict> result;
    for (const Conflict &c : after) {
        if (std::find(before.begin(), before.end(), c) == before.end())
            result.push_back(c);
    }
    return result;
}

QString describe(const std::vector<Conflict> &conflicts)
{
    QStringList lines;
    for (const Conflict &c : conflicts)
        lines << u"%1: %2"_s.arg(toKey(c.rule), c.explanation);
    return lines.join(u'\n');
}

// Cohorts still ahead of asOf: the only ones the injected problems may touch.
std::set<Id> futureCohorts(const PlanData &plan, QDate asOf)
{
    const auto spans = cohortSpans(plan);
    std::set<Id> ids;
    for (const Cohort &c : plan.cohorts) {
        const Span &span = spans[std::size_t(c.id - 1)];
        if ((c.status == CohortStatus::Planned || c.status == CohortStatus::Open) &&
            span.first.isValid() && span.first > asOf)
            ids.insert(c.id);
    }
    return ids;
}

} // namespace

class TestDemoPlanGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void deterministic_data();
    void deterministic();
    void seedMatters();
    void oneYearCounts();
    void tenYearCounts();

    void idsAndForeignKeys_data() { addPlanRows(); }
    void idsAndForeignKeys();
    void catalogue_data() { addPlanRows(); }
    void catalogue();
    void sessionsOnWorkingDays_data() { addPlanRows(); }
    void sessionsOnWorkingDays();
    void sessionShape_data() { addPlanRows(); }
    void sessionShape();
    void noInstructorDoubleBooking_data() { addPlanRows(); }
    void noInstructorDoubleBooking();
    void instructorsEligible_data() { addPlanRows(); }
    void instructorsEligible();
    void venues_data() { addPlanRows(); }
    void venues();
    void statusesFollowAsOf_data() { addPlanRows(); }
    void statusesFollowAsOf();
    void idNumbersValid_data() { addPlanRows(); }
    void idNumbersValid();
    void noOverlappingEnrollments_data() { addPlanRows(); }
    void noOverlappingEnrollments();
    void enrollmentsFollowStatus_data() { addPlanRows(); }
    void enrollmentsFollowStatus();
    void generatedPlanHasNoConflicts_data() { addPlanRows(); }
    void generatedPlanHasNoConflicts();

    void problemsDeterministic();
    void problemsKeepIntegrity_data() { addPlanRows(); }
    void problemsKeepIntegrity();
    void problemsOnlyTouchFutureCohorts_data() { addPlanRows(); }
    void problemsOnlyTouchFutureCohorts();
    void problemsShowAsConflicts_data() { addPlanRows(); }
    void problemsShowAsConflicts();

private:
    void addPlanRows();
    const PlanData &currentPlan(QDate *asOf = nullptr) const;
    // The current row's plan after addPlanningProblems.
    const PlanData &currentProblemPlan() const;

    std::map<QString, DemoOptions> m_options;
    std::map<QString, PlanData> m_plans;
    std::map<QString, PlanData> m_problemPlans;
};

void TestDemoPlanGenerator::initTestCase()
{
    m_options[u"2026"_s] = makeOptions(2026, 1);
    m_options[u"2026-2028 as of mid-2027"_s] = makeOptions(99, 3, QDate(2027, 6, 15));
    m_options[u"2026-2035"_s] = makeOptions(2026, 10);
    // Most of the year still ahead: the problems may land on a public holiday.
    m_options[u"2026 as of March"_s] = makeOptions(11, 1, QDate(2026, 3, 2));
    for (const auto &[name, options] : m_options) {
        QElapsedTimer timer;
        timer.start();
        m_plans[name] = DemoPlanGenerator(options).generate();
        const PlanData &plan = m_plans[name];
        qInfo("%s: %lld ms, %zu cohorts, %zu sessions, %zu trainees, %zu enrollments",
              qPrintable(name), timer.elapsed(), plan.cohorts.size(), plan.sessions.size(),
              plan.trainees.size(), plan.enrollments.size());
        timer.restart();
        m_problemPlans[name] = plan;
        DemoPlanGenerator(options).addPlanningProblems(m_problemPlans[name]);
        qInfo("%s: problems added in %lld ms", qPrintable(name), timer.elapsed());
    }
}

void TestDemoPlanGenerator::addPlanRows()
{
    QTest::addColumn<QString>("plan");
    for (const auto &entry : m_options)
        QTest::newRow(qPrintable(entry.first)) << entry.first;
}

const PlanData &TestDemoPlanGenerator::currentPlan(QDate *asOf) const
{
    const QString name = *static_cast<QString *>(QTest::qData("plan", qMetaTypeId<QString>()));
    if (asOf) {
        const DemoOptions &options = m_options.at(name);
        *asOf = options.asOf.isValid() ? options.asOf : QDate(options.firstYear, 11, 28);
    }
    return m_plans.at(name);
}

const PlanData &TestDemoPlanGenerator::currentProblemPlan() const
{
    const QString name = *static_cast<QString *>(QTest::qData("plan", qMetaTypeId<QString>()));
    return m_problemPlans.at(name);
}

void TestDemoPlanGenerator::deterministic_data()
{
    QTest::addColumn<int>("years");
    QTest::newRow("1 year") << 1;
    QTest::newRow("3 years") << 3;
}

void TestDemoPlanGenerator::deterministic()
{
    QFETCH(int, years);
    const PlanData a = DemoPlanGenerator(makeOptions(7, years)).generate();
    const PlanData b = DemoPlanGenerator(makeOptions(7, years)).generate();
    QVERIFY(a.tracks == b.tracks);
    QVERIFY(a.courses == b.courses);
    QVERIFY(a.venues == b.venues);
    QVERIFY(a.instructors == b.instructors);
    QVERIFY(a.qualifications == b.qualifications);
    QVERIFY(a.leaves == b.leaves);
    QVERIFY(a.cohorts == b.cohorts);
    QVERIFY(a.sessions == b.sessions);
    QVERIFY(a.cohortInstructors == b.cohortInstructors);
    QVERIFY(a.trainees == b.trainees);
    QVERIFY(a.enrollments == b.enrollments);
    QVERIFY(a.targets == b.targets);
    QVERIFY(a.calendar == b.calendar);
}

void TestDemoPlanGenerator::seedMatters()
{
    const PlanData a = DemoPlanGenerator(makeOptions(1, 1)).generate();
    const PlanData b = DemoPlanGenerator(makeOptions(2, 1)).generate();
    QVERIFY(a.instructors != b.instructors);
    QVERIFY(a.cohorts != b.cohorts);
    QVERIFY(a.sessions != b.sessions);
    QVERIFY(a.trainees != b.trainees);
    QVERIFY(a.enrollments != b.enrollments);
    // The catalogue is fixed: only the people and the timetable vary.
    QVERIFY(a.courses == b.courses);
}

void TestDemoPlanGenerator::oneYearCounts()
{
    const PlanData &plan = m_plans.at(u"2026"_s);
    QCOMPARE(plan.tracks.size(), std::size_t(3));
    QCOMPARE(plan.courses.size(), std::size_t(12));
    QVERIFY(plan.venues.size() >= 8);
    QCOMPARE(std::count_if(plan.venues.begin(), plan.venues.end(),
                           [](const Venue &v) { return v.online; }),
             1);
    QVERIFY(plan.instructors.size() >= 140 && plan.instructors.size() <= 160);
    QVERIFY2(plan.cohorts.size() >= 300 && plan.cohorts.size() <= 400,
             qPrintable(QString::number(plan.cohorts.size())));
    QVERIFY(!plan.qualifications.empty());
    QVERIFY(!plan.leaves.empty());
    QVERIFY(plan.trainees.size() >= 9000 && plan.trainees.size() <= 11500);

    // Almost every cohort has a lead; a few may be left for the planner to staff.
    std::set<Id> led;
    for (const CohortInstructor &ci : plan.cohortInstructors) {
        if (ci.role == InstructorRole::Lead)
            led.insert(ci.cohortId);
    }
    QVERIFY(led.size() >= plan.cohorts.size() * 90 / 100);

    int inPerson = 0, online = 0, hybrid = 0;
    for (const Cohort &c : plan.cohorts) {
        inPerson += c.mode == CohortMode::InPerson ? 1 : 0;
        online += c.mode == CohortMode::Online ? 1 : 0;
        hybrid += c.mode == CohortMode::Hybrid ? 1 : 0;
    }
    const int n = int(plan.cohorts.size());
    QVERIFY2(inPerson * 100 >= n * 50 && inPerson * 100 <= n * 80,
             qPrintable(QString::number(inPerson)));
    QVERIFY2(online * 100 >= n * 15 && online * 100 <= n * 35, qPrintable(QString::number(online)));
    QVERIFY2(hybrid * 100 >= n * 4 && hybrid * 100 <= n * 18, qPrintable(QString::number(hybrid)));
}

void TestDemoPlanGenerator::tenYearCounts()
{
    const PlanData &plan = m_plans.at(u"2026-2035"_s);
    QVERIFY2(plan.trainees.size() >= 90000 && plan.trainees.size() <= 115000,
             qPrintable(QString::number(plan.trainees.size())));
    QVERIFY2(plan.cohorts.size() >= 3000 && plan.cohorts.size() <= 4000,
             qPrintable(QString::number(plan.cohorts.size())));
    QCOMPARE(plan.targets.size(), std::size_t(30));
    std::set<int> years;
    for (const Cohort &c : plan.cohorts)
        years.insert(c.code.section(u'-', 2, 2).toInt());
    QCOMPARE(years.size(), std::size_t(10));
    QCOMPARE(*years.begin(), 2026);
    QCOMPARE(*years.rbegin(), 2035);
}

void TestDemoPlanGenerator::idsAndForeignKeys()
{
    const PlanData &plan = currentPlan();
    QVERIFY(idsSequential(plan.tracks));
    QVERIFY(idsSequential(plan.courses));
    QVERIFY(idsSequential(plan.venues));
    QVERIFY(idsSequential(plan.instructors));
    QVERIFY(idsSequential(plan.qualifications));
    QVERIFY(idsSequential(plan.leaves));
    QVERIFY(idsSequential(plan.cohorts));
    QVERIFY(idsSequential(plan.sessions));
    QVERIFY(idsSequential(plan.trainees));
    QVERIFY(idsSequential(plan.enrollments));

    for (const Course &c : plan.courses)
        QVERIFY(hasId(plan.tracks, c.trackId));
    for (const Qualification &q : plan.qualifications) {
        QVERIFY(hasId(plan.instructors, q.instructorId));
        QVERIFY((q.trackId != 0) != (q.courseId != 0));
        QVERIFY(q.trackId == 0 || hasId(plan.tracks, q.trackId));
        QVERIFY(q.courseId == 0 || hasId(plan.courses, q.courseId));
        QVERIFY(q.validFrom.isValid());
        QVERIFY(q.validUntil.isNull() || q.validUntil >= q.validFrom);
    }
    for (const Leave &l : plan.leaves) {
        QVERIFY(hasId(plan.instructors, l.instructorId));
        QVERIFY(l.end >= l.start);
        QVERIFY(l.start.daysTo(l.end) < 14);
        QVERIFY(!l.reason.isEmpty());
    }
    for (const Cohort &c : plan.cohorts) {
        QVERIFY(hasId(plan.courses, c.courseId));
        QVERIFY(c.mode == CohortMode::Online || hasId(plan.venues, c.venueId));
        QVERIFY(c.venueId == 0 || hasId(plan.venues, c.venueId));
    }
    for (const Session &s : plan.sessions)
        QVERIFY(hasId(plan.cohorts, s.cohortId));
    std::set<std::pair<Id, Id>> staff;
    for (const CohortInstructor &ci : plan.cohortInstructors) {
        QVERIFY(hasId(plan.cohorts, ci.cohortId));
        QVERIFY(hasId(plan.instructors, ci.instructorId));
        QVERIFY(!ci.locked);
        QVERIFY(staff.insert({ci.cohortId, ci.instructorId}).second);
    }
    std::set<std::pair<Id, Id>> enrolled;
    for (const Enrollment &e : plan.enrollments) {
        QVERIFY(hasId(plan.trainees, e.traineeId));
        QVERIFY(hasId(plan.cohorts, e.cohortId));
        QVERIFY(enrolled.insert({e.traineeId, e.cohortId}).second);
    }
    for (const Target &t : plan.targets)
        QVERIFY(hasId(plan.tracks, t.trackId));

    // Natural keys are unique.
    QSet<QString> codes;
    for (const Cohort &c : plan.cohorts)
        codes.insert(c.code);
    QCOMPARE(std::size_t(codes.size()), plan.cohorts.size());
    QSet<QString> emails;
    for (const Instructor &i : plan.instructors)
        emails.insert(i.email);
    for (const Trainee &t : plan.trainees)
        emails.insert(t.email);
    QCOMPARE(std::size_t(emails.size()), plan.instructors.size() + plan.trainees.size());
}

void TestDemoPlanGenerator::catalogue()
{
    const PlanData &plan = currentPlan();
    QSet<QString> colours;
    for (const Track &t : plan.tracks) {
        QVERIFY(!t.nameZh.isEmpty());
        QVERIFY(t.colour.size() == 7 && t.colour.startsWith(u'#'));
        colours.insert(t.colour);
    }
    QCOMPARE(colours.size(), 3);

    for (const Track &t : plan.tracks) {
        std::array<int, 3> levels{};
        for (const Course &c : plan.courses) {
            if (c.trackId != t.id)
                continue;
            ++levels[std::size_t(c.level)];
            QVERIFY(c.days >= 3 && c.days <= 10);
            QVERIFY(c.defaultCapacity >= 25 && c.defaultCapacity <= 40);
            QVERIFY(!c.titleZh.isEmpty() && !c.qualification.isEmpty());
        }
        QCOMPARE(levels, (std::array<int, 3>{1, 2, 1}));
    }

    // Targets: 10,000 trainees a year, 70% of them certified.
    std::map<int, int> perYear;
    for (const Target &t : plan.targets) {
        perYear[t.year] += t.trainees;
        QCOMPARE(t.certified, t.trainees * 7 / 10);
    }
    for (const auto &[year, trainees] : perYear)
        QCOMPARE(trainees, 10000);

    QVERIFY(plan.calendar == china2026());
}

void TestDemoPlanGenerator::sessionsOnWorkingDays()
{
    const PlanData &plan = currentPlan();
    const WorkCalendar calendar(china2026());
    std::set<QDate> holidays;
    for (const CalendarDay &day : china2026()) {
        if (day.kind == CalendarDayKind::Holiday)
            holidays.insert(day.date);
    }
    for (const Session &s : plan.sessions) {
        QVERIFY2(calendar.isWorkingDay(s.date), qPrintable(s.date.toString(Qt::ISODate)));
        QVERIFY(!holidays.count(s.date));
    }
    // Golden Week in particular.
    for (QDate d(2026, 10, 1); d <= QDate(2026, 10, 7); d = d.addDays(1)) {
        QVERIFY(std::none_of(plan.sessions.begin(), plan.sessions.end(),
                             [d](const Session &s) { return s.date == d; }));
    }
}

void TestDemoPlanGenerator::sessionShape()
{
    const PlanData &plan = currentPlan();
    std::vector<std::map<QDate, std::set<SessionSlot>>> slotsOf(plan.cohorts.size());
    for (const Session &s : plan.sessions)
        QVERIFY(slotsOf[std::size_t(s.cohortId - 1)][s.date].insert(s.slot).second);
    for (const Cohort &c : plan.cohorts) {
        const Course &course = plan.courses[std::size_t(c.courseId - 1)];
        const auto &days = slotsOf[std::size_t(c.id - 1)];
        QCOMPARE(int(days.size()), course.days);
        const std::set<SessionSlot> expected =
            c.mode == CohortMode::Online
                ? std::set<SessionSlot>{SessionSlot::Evening}
                : std::set<SessionSlot>{SessionSlot::Morning, SessionSlot::Afternoon};
        for (const auto &[date, daySlots] : days)
            QVERIFY(daySlots == expected);
        QVERIFY(c.code.startsWith(course.code + u'-'));
    }
}

void TestDemoPlanGenerator::noInstructorDoubleBooking()
{
    const PlanData &plan = currentPlan();
    std::vector<std::vector<const Session *>> sessions(plan.cohorts.size());
    for (const Session &s : plan.sessions)
        sessions[std::size_t(s.cohortId - 1)].push_back(&s);
    std::set<std::tuple<Id, qint64, SessionSlot>> booked;
    for (const CohortInstructor &ci : plan.cohortInstructors) {
        for (const Session *s : sessions[std::size_t(ci.cohortId - 1)]) {
            QVERIFY2(booked.insert({ci.instructorId, s->date.toJulianDay(), s->slot}).second,
                     qPrintable(u"instructor %1 on %2"_s.arg(ci.instructorId)
                                    .arg(s->date.toString(Qt::ISODate))));
        }
    }
}

void TestDemoPlanGenerator::instructorsEligible()
{
    const PlanData &plan = currentPlan();
    const auto spans = cohortSpans(plan);
    std::vector<std::set<QDate>> teaching(plan.instructors.size());
    for (const CohortInstructor &ci : plan.cohortInstructors) {
        const Cohort &cohort = plan.cohorts[std::size_t(ci.cohortId - 1)];
        const Course &course = plan.courses[std::size_t(cohort.courseId - 1)];
        const Span &span = spans[std::size_t(ci.cohortId - 1)];
        const bool qualified = std::any_of(
            plan.qualifications.begin(), plan.qualifications.end(), [&](const Qualification &q) {
                const bool covers = q.courseId == course.id ||
                                    (q.trackId == course.trackId && q.level >= course.level);
                return q.instructorId == ci.instructorId && covers && q.validFrom <= span.first &&
                       (q.validUntil.isNull() || q.validUntil >= span.last);
            });
        QVERIFY2(qualified, qPrintable(cohort.code));
        for (const Leave &l : plan.leaves) {
            if (l.instructorId != ci.instructorId)
                continue;
            for (const QDate &d : span.dates)
                QVERIFY2(d < l.start || d > l.end, qPrintable(cohort.code));
        }
        teaching[std::size_t(ci.instructorId - 1)].insert(span.dates.begin(), span.dates.end());
    }
    // Day limits: a teaching day counts once, however many sessions it has.
    for (const Instructor &instructor : plan.instructors) {
        std::map<std::pair<int, int>, int> weeks, months;
        std::map<int, int> years;
        for (const QDate &d : teaching[std::size_t(instructor.id - 1)]) {
            int weekYear = 0;
            const int week = d.weekNumber(&weekYear);
            ++weeks[{weekYear, week}];
            ++months[{d.year(), d.month()}];
            ++years[d.year()];
        }
        for (const auto &[key, days] : weeks)
            QVERIFY(days <= instructor.maxDaysPerWeek);
        for (const auto &[key, days] : months)
            QVERIFY(days <= instructor.maxDaysPerMonth);
        for (const auto &[key, days] : years)
            QVERIFY(days <= instructor.maxDaysPerYear);
    }
}

void TestDemoPlanGenerator::venues()
{
    const PlanData &plan = currentPlan();
    for (const Cohort &c : plan.cohorts) {
        const Venue &venue = plan.venues[std::size_t(c.venueId - 1)];
        if (c.mode == CohortMode::Online) {
            QVERIFY(venue.online);
        } else {
            QVERIFY(!venue.online);
            QVERIFY2(venue.seats >= c.capacity, qPrintable(c.code));
        }
    }
    // The online classroom hosts any number of parallel classes; rooms host one.
    std::set<std::tuple<Id, qint64, SessionSlot>> booked;
    for (const Session &s : plan.sessions) {
        const Cohort &c = plan.cohorts[std::size_t(s.cohortId - 1)];
        if (plan.venues[std::size_t(c.venueId - 1)].online)
            continue;
        QVERIFY2(booked.insert({c.venueId, s.date.toJulianDay(), s.slot}).second,
                 qPrintable(c.code));
    }
}

void TestDemoPlanGenerator::statusesFollowAsOf()
{
    QDate asOf;
    const PlanData &plan = currentPlan(&asOf);
    const auto spans = cohortSpans(plan);
    int cancelled = 0, completed = 0;
    for (const Cohort &c : plan.cohorts) {
        const Span &span = spans[std::size_t(c.id - 1)];
        if (span.last < asOf) {
            QVERIFY(c.status == CohortStatus::Completed || c.status == CohortStatus::Cancelled);
            (c.status == CohortStatus::Cancelled ? cancelled : completed)++;
        } else if (span.first <= asOf) {
            QCOMPARE(c.status, CohortStatus::Running);
        } else if (asOf.daysTo(span.first) <= 45) {
            QCOMPARE(c.status, CohortStatus::Open);
        } else {
            QCOMPARE(c.status, CohortStatus::Planned);
        }
    }
    QVERIFY(completed > 0);
    QVERIFY(cancelled * 100 <= (cancelled + completed) * 10);
}

void TestDemoPlanGenerator::idNumbersValid()
{
    const PlanData &plan = currentPlan();
    QSet<QString> seen;
    seen.reserve(qsizetype(plan.trainees.size()));
    for (const Trainee &t : plan.trainees) {
        QVERIFY2(validIdNumber(t.idNumber), qPrintable(t.idNumber));
        QVERIFY(t.idNumber.startsWith(u"1101"_s));
        const QDate birth = QDate::fromString(t.idNumber.mid(6, 8), u"yyyyMMdd"_s);
        QVERIFY(birth.isValid() && birth.year() >= 1975 && birth.year() <= 2002);
        QVERIFY(!seen.contains(t.idNumber));
        seen.insert(t.idNumber);
        QVERIFY(!t.name.isEmpty() && !t.employer.isEmpty() && !t.district.isEmpty());
    }
}

void TestDemoPlanGenerator::noOverlappingEnrollments()
{
    const PlanData &plan = currentPlan();
    const auto spans = cohortSpans(plan);
    std::vector<std::vector<std::pair<QDate, QDate>>> held(plan.trainees.size());
    for (const Enrollment &e : plan.enrollments) {
        const Span &span = spans[std::size_t(e.cohortId - 1)];
        held[std::size_t(e.traineeId - 1)].push_back({span.first, span.last});
    }
    int repeat = 0;
    for (auto &ranges : held) {
        std::sort(ranges.begin(), ranges.end());
        for (std::size_t k = 1; k < ranges.size(); ++k)
            QVERIFY(ranges[k - 1].second < ranges[k].first);
        repeat += ranges.size() > 1 ? int(ranges.size()) - 1 : 0;
    }
    // Some trainees come back for a further course.
    QVERIFY(repeat > 0);
}

void TestDemoPlanGenerator::enrollmentsFollowStatus()
{
    QDate asOf;
    const PlanData &plan = currentPlan(&asOf);
    const auto spans = cohortSpans(plan);
    std::vector<std::vector<const Enrollment *>> byCohort(plan.cohorts.size());
    for (const Enrollment &e : plan.enrollments) {
        byCohort[std::size_t(e.cohortId - 1)].push_back(&e);
        QCOMPARE(e.status == EnrollmentStatus::Waitlisted, e.waitlistPosition > 0);
        QCOMPARE(e.certification == CertificationLevel::None, e.certifiedOn.isNull());
        QVERIFY(e.enrolledOn.isValid() && e.enrolledOn <= asOf);
        QVERIFY(e.enrolledOn < spans[std::size_t(e.cohortId - 1)].first);
    }
    for (const Cohort &c : plan.cohorts) {
        const Course &course = plan.courses[std::size_t(c.courseId - 1)];
        const Span &span = spans[std::size_t(c.id - 1)];
        const auto &list = byCohort[std::size_t(c.id - 1)];
        int enrolled = 0;
        std::vector<int> positions;
        for (const Enrollment *e : list) {
            if (c.status != CohortStatus::Completed)
                QVERIFY(!e->attendance && !e->score &&
                        e->certification == CertificationLevel::None);
            switch (c.status) {
            case CohortStatus::Completed:
                QVERIFY(e->status == EnrollmentStatus::Completed ||
                        e->status == EnrollmentStatus::Failed ||
                        e->status == EnrollmentStatus::Withdrawn);
                QVERIFY(e->attendance && *e->attendance >= 0 && *e->attendance <= 1);
                if (e->status == EnrollmentStatus::Withdrawn) {
                    QVERIFY(!e->score);
                    break;
                }
                QVERIFY(e->score && *e->score >= 40 && *e->score <= 100);
                if (e->status == EnrollmentStatus::Failed) {
                    QVERIFY(*e->score < 60);
                    QCOMPARE(e->certification, CertificationLevel::None);
                } else if (e->certification != CertificationLevel::None) {
                    QCOMPARE(int(e->certification), int(course.level) + 1);
                    QVERIFY(e->certifiedOn <= asOf);
                    const qint64 after = span.last.daysTo(e->certifiedOn);
                    QVERIFY(after >= 14 && after <= 30);
                } else {
                    QVERIFY(span.last.addDays(30) > asOf);
                }
                break;
            case CohortStatus::Running:
                QVERIFY(e->status == EnrollmentStatus::Enrolled ||
                        e->status == EnrollmentStatus::Withdrawn);
                break;
            case CohortStatus::Open:
                QVERIFY(e->status == EnrollmentStatus::Enrolled ||
                        e->status == EnrollmentStatus::Waitlisted);
                if (e->status == EnrollmentStatus::Enrolled)
                    ++enrolled;
                else
                    positions.push_back(e->waitlistPosition);
                break;
            case CohortStatus::Planned:
                QCOMPARE(e->status, EnrollmentStatus::Enrolled);
                break;
            case CohortStatus::Cancelled:
                QCOMPARE(e->status, EnrollmentStatus::Withdrawn);
                break;
            }
        }
        QVERIFY(int(list.size()) <=
                (c.status == CohortStatus::Open ? c.capacity * 11 / 10 + 1 : c.capacity));
        if (c.status == CohortStatus::Open) {
            QVERIFY(enrolled <= c.capacity);
            std::sort(positions.begin(), positions.end());
            for (std::size_t k = 0; k < positions.size(); ++k)
                QCOMPARE(positions[k], int(k) + 1);
            QVERIFY(positions.empty() || enrolled == c.capacity);
        }
        if (c.status == CohortStatus::Completed)
            QVERIFY2((int(list.size()) + 1) * 100 >= c.capacity * 85,
                     qPrintable(u"%1: %2 of %3"_s.arg(c.code).arg(list.size()).arg(c.capacity)));
        if (c.status == CohortStatus::Planned)
            QVERIFY(int(list.size()) * 100 <= c.capacity * 30 + 50);
    }
}

void TestDemoPlanGenerator::generatedPlanHasNoConflicts()
{
    // The generator avoids every rule the conflict checks know; only addPlanningProblems
    // adds conflicts. The one exception is by design: an advanced cohort no qualified
    // instructor is free for keeps no lead, for the planner to staff (oneYearCounts).
    const QString name = *static_cast<QString *>(QTest::qData("plan", qMetaTypeId<QString>()));
    const PlanData &plan = currentPlan();
    const std::vector<Conflict> conflicts = conflictsOf(plan);
    const WorkCalendar calendar(plan.calendar);
    for (const Conflict &c : conflicts) {
        // Years after the bundled 2026 calendar run on weekends only, and are said to.
        if (c.rule == ConflictRule::CalendarMissing) {
            QVERIFY2(!calendar.hasYear(c.date.year()), qPrintable(c.explanation));
            continue;
        }
        QVERIFY2(c.rule == ConflictRule::NoLead, qPrintable(describe(conflicts)));
        const Cohort &cohort = plan.cohorts[std::size_t(c.cohortId - 1)];
        QCOMPARE(plan.courses[std::size_t(cohort.courseId - 1)].level, CourseLevel::Advanced);
    }
    // The bundled demo's options (seed 2026, one year): not a single conflict.
    if (name == u"2026"_s)
        QVERIFY2(conflicts.empty(), qPrintable(describe(conflicts)));
}

void TestDemoPlanGenerator::problemsDeterministic()
{
    const DemoOptions options = makeOptions(7, 1);
    PlanData a = DemoPlanGenerator(options).generate();
    PlanData b = a;
    const PlanData clean = a;
    DemoPlanGenerator(options).addPlanningProblems(a);
    DemoPlanGenerator(options).addPlanningProblems(b);
    QVERIFY(a.qualifications == b.qualifications);
    QVERIFY(a.leaves == b.leaves);
    QVERIFY(a.cohorts == b.cohorts);
    QVERIFY(a.sessions == b.sessions);
    QVERIFY(a.cohortInstructors == b.cohortInstructors);
    QVERIFY(a.enrollments == b.enrollments);
    QVERIFY(a.instructors == b.instructors);
    QVERIFY(a.venues == b.venues);
    // It did change the plan.
    QVERIFY(a.leaves != clean.leaves);
    QVERIFY(a.cohorts != clean.cohorts);
    QVERIFY(a.cohortInstructors != clean.cohortInstructors);
    QVERIFY(a.qualifications != clean.qualifications);

    // Another seed picks other cohorts.
    const DemoOptions other = makeOptions(8, 1);
    PlanData c = DemoPlanGenerator(other).generate();
    DemoPlanGenerator(other).addPlanningProblems(c);
    QVERIFY(conflictsOf(a) != conflictsOf(c));
}

void TestDemoPlanGenerator::problemsKeepIntegrity()
{
    // What the schema enforces: ids and references, primary keys, unique sessions, CHECKs.
    const PlanData &plan = currentProblemPlan();
    const PlanData &clean = currentPlan();
    QVERIFY(idsSequential(plan.qualifications));
    QVERIFY(idsSequential(plan.cohorts));
    QVERIFY(idsSequential(plan.sessions));
    QCOMPARE(plan.sessions.size(), clean.sessions.size());
    // New leave is appended after the largest id; the generated leave stays as it was.
    QVERIFY(plan.leaves.size() >= clean.leaves.size());
    QVERIFY(std::equal(clean.leaves.begin(), clean.leaves.end(), plan.leaves.begin()));
    QVERIFY(idsSequential(plan.leaves));

    for (const Qualification &q : plan.qualifications) {
        QVERIFY(hasId(plan.instructors, q.instructorId));
        QVERIFY(q.validFrom.isValid());
        QVERIFY(q.validUntil.isNull() || q.validUntil >= q.validFrom);
    }
    for (const Leave &l : plan.leaves) {
        QVERIFY(hasId(plan.instructors, l.instructorId));
        QVERIFY(l.start.isValid() && l.end.isValid() && l.end >= l.start);
        QVERIFY(!l.reason.isEmpty());
    }
    for (const Cohort &c : plan.cohorts) {
        QVERIFY(hasId(plan.courses, c.courseId));
        QVERIFY(c.mode == CohortMode::Online || hasId(plan.venues, c.venueId));
        QVERIFY(c.capacity >= 1 && c.capacity <= 10000);
    }
    std::set<std::tuple<Id, QDate, SessionSlot>> sessions;
    for (const Session &s : plan.sessions) {
        QVERIFY(hasId(plan.cohorts, s.cohortId));
        QVERIFY(s.date.isValid());
        QVERIFY(sessions.insert({s.cohortId, s.date, s.slot}).second);
    }
    std::set<std::pair<Id, Id>> staff;
    for (const CohortInstructor &ci : plan.cohortInstructors) {
        QVERIFY(hasId(plan.cohorts, ci.cohortId));
        QVERIFY(hasId(plan.instructors, ci.instructorId));
        QVERIFY(staff.insert({ci.cohortId, ci.instructorId}).second);
    }
    // Trainees and their enrollments are not part of any problem.
    QVERIFY(plan.trainees == clean.trainees);
    QVERIFY(plan.enrollments == clean.enrollments);
    QVERIFY(plan.instructors == clean.instructors);
    QVERIFY(plan.venues == clean.venues);
    QVERIFY(plan.calendar == clean.calendar);
}

void TestDemoPlanGenerator::problemsOnlyTouchFutureCohorts()
{
    QDate asOf;
    const PlanData &clean = currentPlan(&asOf);
    const PlanData &plan = currentProblemPlan();
    const std::set<Id> future = futureCohorts(clean, asOf);
    QVERIFY(!future.empty());

    for (std::size_t i = 0; i < plan.cohorts.size(); ++i) {
        const Cohort &before = clean.cohorts[i];
        const Cohort &after = plan.cohorts[i];
        if (before == after)
            continue;
        QVERIFY2(future.count(after.id), qPrintable(after.code));
        // Only the capacity and the notes change; the notes say what happened.
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.code, before.code);
        QCOMPARE(after.venueId, before.venueId);
        QVERIFY(after.capacity >= before.capacity);
        QVERIFY(after.notes.startsWith(before.notes) && after.notes.size() > before.notes.size());
    }
    for (std::size_t i = 0; i < plan.sessions.size(); ++i) {
        const Session &after = plan.sessions[i];
        if (clean.sessions[i] == after)
            continue;
        QVERIFY(future.count(after.cohortId));
        QVERIFY(after.date > asOf);
    }
    std::set<std::tuple<Id, Id, int>> before, after, changed;
    for (const CohortInstructor &ci : clean.cohortInstructors)
        before.insert({ci.cohortId, ci.instructorId, int(ci.role)});
    for (const CohortInstructor &ci : plan.cohortInstructors)
        after.insert({ci.cohortId, ci.instructorId, int(ci.role)});
    std::set_symmetric_difference(before.begin(), before.end(), after.begin(), after.end(),
                                  std::inserter(changed, changed.end()));
    QVERIFY(!changed.empty());
    for (const auto &[cohortId, instructorId, role] : changed)
        QVERIFY(future.count(cohortId));
    for (std::size_t i = clean.leaves.size(); i < plan.leaves.size(); ++i)
        QVERIFY(plan.leaves[i].start > asOf);
    // Renewals, where a lapse would otherwise reach cohorts further ahead: a copy of a
    // shortened qualification that starts again after the lapse.
    for (std::size_t i = clean.qualifications.size(); i < plan.qualifications.size(); ++i) {
        const Qualification &renewal = plan.qualifications[i];
        QVERIFY(renewal.validFrom > asOf);
        const auto original = [&](const Qualification &q) {
            return q.instructorId == renewal.instructorId && q.trackId == renewal.trackId &&
                   q.courseId == renewal.courseId && q.level == renewal.level &&
                   q.validUntil.isValid() && q.validUntil < renewal.validFrom;
        };
        const auto end = plan.qualifications.begin() + qsizetype(clean.qualifications.size());
        QVERIFY(std::any_of(plan.qualifications.begin(), end, original));
    }
    for (std::size_t i = 0; i < clean.qualifications.size(); ++i) {
        const Qualification &before = clean.qualifications[i];
        const Qualification &after = plan.qualifications[i];
        if (before == after)
            continue;
        // Shortened, to a date still ahead.
        QVERIFY(after.validUntil.isValid() && after.validUntil >= asOf);
        QVERIFY(before.validUntil.isNull() || after.validUntil < before.validUntil);
        Qualification restored = after;
        restored.validUntil = before.validUntil;
        QVERIFY(restored == before);
    }

    // And every new conflict is about a cohort ahead: none about the past, none that is
    // only an instructor's (limits).
    for (const Conflict &c : added(conflictsOf(plan), conflictsOf(clean))) {
        QVERIFY2(c.cohortId != 0 && future.count(c.cohortId), qPrintable(c.explanation));
        QVERIFY2(c.otherCohortId == 0 || future.count(c.otherCohortId), qPrintable(c.explanation));
    }
}

void TestDemoPlanGenerator::problemsShowAsConflicts()
{
    QDate asOf;
    const PlanData &clean = currentPlan(&asOf);
    const PlanData &plan = currentProblemPlan();
    const std::vector<Conflict> all = conflictsOf(plan);
    const std::vector<Conflict> conflicts = added(all, conflictsOf(clean));
    qInfo("%zu conflicts, %zu of them added:\n%s", all.size(), conflicts.size(),
          qPrintable(describe(conflicts)));

    std::array<int, ConflictRuleCount> byRule{};
    for (const Conflict &c : conflicts)
        ++byRule[std::size_t(c.rule)];
    for (ConflictRule rule :
         {ConflictRule::InstructorOnLeave, ConflictRule::NoLead, ConflictRule::QualificationExpired,
          ConflictRule::InstructorDoubleBooked, ConflictRule::VenueTooSmall})
        QVERIFY2(byRule[std::size_t(rule)] >= 1, qPrintable(toKey(rule)));
    QVERIFY(byRule[std::size_t(ConflictRule::InstructorOnLeave)] >= 2);

    // A moved day only where the calendar knows the year of the cohorts ahead: the first
    // plan year that has any.
    const std::set<Id> future = futureCohorts(clean, asOf);
    const auto spans = cohortSpans(clean);
    int year = INT_MAX;
    for (Id id : future)
        year = std::min(year, spans[std::size_t(id - 1)].first.year());
    const bool covered =
        std::any_of(plan.calendar.begin(), plan.calendar.end(),
                    [year](const CalendarDay &d) { return d.date.year() == year; });
    QCOMPARE(byRule[std::size_t(ConflictRule::NonWorkingDay)] >= 1, covered);

    // A believable plan, not a broken one: a few problems, each showing as its own kind.
    QVERIFY2(conflicts.size() <= 15, qPrintable(QString::number(conflicts.size())));
    const QString name = *static_cast<QString *>(QTest::qData("plan", qMetaTypeId<QString>()));
    if (name == u"2026"_s)
        QVERIFY2(all.size() <= 15, qPrintable(QString::number(all.size())));
    QCOMPARE(byRule[std::size_t(ConflictRule::InstructorNotQualified)], 0);
    QCOMPARE(byRule[std::size_t(ConflictRule::OverWeeklyLimit)], 0);
    QCOMPARE(byRule[std::size_t(ConflictRule::OverMonthlyLimit)], 0);
    QCOMPARE(byRule[std::size_t(ConflictRule::OverYearlyLimit)], 0);
    QCOMPARE(byRule[std::size_t(ConflictRule::VenueDoubleBooked)], 0);
    QCOMPARE(byRule[std::size_t(ConflictRule::OverCapacity)], 0);
}

QTEST_GUILESS_MAIN(TestDemoPlanGenerator)
#include "tst_demoplangenerator.moc"

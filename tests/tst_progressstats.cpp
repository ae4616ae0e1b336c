// SPDX-License-Identifier: GPL-3.0-or-later
// ProgressStats against numbers worked out by hand on a small plan, read through the
// store's aggregate queries.
#include "commands/planedits.h"
#include "items/cellvalues.h"
#include "planning/coststats.h"
#include "planning/progressstats.h"
#include "planning/recordrules.h"
#include "planning/scenariodiff.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Planner;

class TestProgressStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void facts();
    void report();
    void months();
    void filters_data();
    void filters();
    void utilisation();
    void years();
    void noHistoryUsesDefaults();
    // CostStats on the same plan with costs, worked out by hand.
    void costFacts();
    void costs();
    void costMonths();
    void costsAtYearEnd();
    void dayRates();
    void costRules_data();
    void costRules();
    void moneyTyped_data();
    void moneyTyped();
    void scenarioDiff();

private:
    QTemporaryDir m_dir;
    ProgressFacts m_facts;
    std::vector<YearTrackFact> m_yearFacts;
    CostFacts m_costFacts;
    ProgressReport m_costProgress;
    QString m_costPlan;
    const QDate m_asOf{2026, 6, 10};
};

namespace {

constexpr Id AI = 1;
constexpr Id BD = 2;

Session session(Id id, Id cohort, QDate day)
{
    return {id, cohort, day, SessionSlot::Morning};
}

Enrollment enrollment(Id id, Id trainee, Id cohort, EnrollmentStatus status, QDate certifiedOn = {})
{
    Enrollment e;
    e.id = id;
    e.traineeId = trainee;
    e.cohortId = cohort;
    e.status = status;
    e.waitlistPosition = status == EnrollmentStatus::Waitlisted ? int(id) : 0;
    if (certifiedOn.isValid()) {
        e.certification = CertificationLevel::Junior;
        e.certifiedOn = certifiedOn;
    }
    return e;
}

// Cohorts: A (AI, Haidian, completed in March 2026), B (AI, online, running on the
// as-of day 2026-06-10), C (BD, Haidian, planned for September), D (BD, cancelled),
// E (AI, Haidian, completed in December 2025).
PlanData fixture()
{
    PlanData p;
    p.tracks = {
        {AI, QStringLiteral("Artificial Intelligence"), QStringLiteral("人工智能"),
         QStringLiteral("#f28e2b")},
        {BD, QStringLiteral("Big Data"), QStringLiteral("大数据"), QStringLiteral("#59a14f")}};
    Course c1;
    c1.id = 1;
    c1.trackId = AI;
    c1.code = QStringLiteral("AI-101");
    c1.title = QStringLiteral("AI");
    Course c2 = c1;
    c2.id = 2;
    c2.trackId = BD;
    c2.code = QStringLiteral("BD-101");
    p.courses = {c1, c2};
    p.venues = {{1, QStringLiteral("Zhongguancun"), QStringLiteral("海淀区"), {}, 40, false},
                {2, QStringLiteral("Online"), {}, {}, 500, true}};
    auto cohort = [](Id id, Id course, Id venue, CohortMode mode, int capacity,
                     CohortStatus status) {
        Cohort c;
        c.id = id;
        c.courseId = course;
        c.code = QStringLiteral("C%1").arg(id);
        c.venueId = venue;
        c.mode = mode;
        c.capacity = capacity;
        c.status = status;
        return c;
    };
    p.cohorts = {cohort(1, 1, 1, CohortMode::InPerson, 10, CohortStatus::Completed),
                 cohort(2, 1, 2, CohortMode::Online, 20, CohortStatus::Running),
                 cohort(3, 2, 1, CohortMode::InPerson, 10, CohortStatus::Planned),
                 cohort(4, 2, 1, CohortMode::InPerson, 8, CohortStatus::Cancelled),
                 cohort(5, 1, 1, CohortMode::InPerson, 6, CohortStatus::Completed)};
    p.sessions = {session(1, 1, {2026, 3, 2}),  session(2, 1, {2026, 3, 3}),
                  session(3, 2, {2026, 6, 1}),  session(4, 2, {2026, 6, 2}),
                  session(5, 2, {2026, 6, 19}), session(6, 2, {2026, 6, 20}),
                  session(7, 3, {2026, 9, 1}),  session(8, 3, {2026, 9, 2}),
                  session(9, 4, {2026, 5, 6}),  session(10, 5, {2025, 12, 15})};
    for (Id t = 1; t <= 30; ++t) {
        Trainee trainee;
        trainee.id = t;
        trainee.name = QStringLiteral("T%1").arg(t);
        p.trainees.push_back(trainee);
    }
    using S = EnrollmentStatus;
    p.enrollments = {// A: 5 completed (4 certified in 2026: 3 in March, 1 in April), 1 failed,
                     // 1 withdrawn, 1 waitlisted.
                     enrollment(1, 1, 1, S::Completed, {2026, 3, 20}),
                     enrollment(2, 2, 1, S::Completed, {2026, 3, 20}),
                     enrollment(3, 3, 1, S::Completed, {2026, 3, 21}),
                     enrollment(4, 4, 1, S::Completed, {2026, 4, 2}),
                     enrollment(5, 5, 1, S::Completed), enrollment(6, 6, 1, S::Failed),
                     enrollment(7, 7, 1, S::Withdrawn), enrollment(8, 8, 1, S::Waitlisted),
                     // B: 4 enrolled, 1 withdrawn.
                     enrollment(9, 9, 2, S::Enrolled), enrollment(10, 10, 2, S::Enrolled),
                     enrollment(11, 11, 2, S::Enrolled), enrollment(12, 12, 2, S::Enrolled),
                     enrollment(13, 13, 2, S::Withdrawn),
                     // C: 2 enrolled, 3 waitlisted.
                     enrollment(14, 14, 3, S::Enrolled), enrollment(15, 15, 3, S::Enrolled),
                     enrollment(16, 16, 3, S::Waitlisted), enrollment(17, 17, 3, S::Waitlisted),
                     enrollment(18, 18, 3, S::Waitlisted),
                     // D (cancelled): 2 withdrawn.
                     enrollment(19, 19, 4, S::Withdrawn), enrollment(20, 20, 4, S::Withdrawn),
                     // E (December 2025): 2 completed (one certified in January 2026), 2 failed.
                     enrollment(21, 21, 5, S::Completed, {2026, 1, 5}),
                     enrollment(22, 22, 5, S::Completed), enrollment(23, 23, 5, S::Failed),
                     enrollment(24, 24, 5, S::Failed)};
    p.targets = {{2026, AI, 100, 80}, {2026, BD, 50, 40}};
    Instructor i1;
    i1.id = 1;
    i1.code = QStringLiteral("I1");
    i1.name = QStringLiteral("王伟");
    i1.maxDaysPerYear = 10;
    Instructor i2 = i1;
    i2.id = 2;
    i2.code = QStringLiteral("I2");
    i2.name = QStringLiteral("李娜");
    p.instructors = {i1, i2};
    p.cohortInstructors = {{1, 1, InstructorRole::Lead, false},
                           {2, 1, InstructorRole::Lead, false},
                           {4, 2, InstructorRole::Lead, false}};
    return p;
}

// The same plan with costs: venue 1 rents at 1,000 a day, the online classroom licenses a
// seat at 50; AI-101's materials are 100 and its exam 200 a trainee, BD-101's materials 300;
// I1 is qualified up to advanced, which the plan pays 2,800 a day; I2 has their own 2,500
// and assists C, which has no lead (one is costed at the foundation default, 1,500); AI's
// budget is 30,000, BD has none; 2026's fixed costs are 365,000 (1,000 a day).
PlanData costFixture()
{
    PlanData p = fixture();
    p.venues[0].dayRent = 1000;
    p.venues[1].seatLicence = 50;
    p.courses[0].materialsFee = 100;
    p.courses[0].examFee = 200;
    p.courses[1].materialsFee = 300;
    p.instructors[1].dayRate = 2500;
    Qualification q;
    q.id = 1;
    q.instructorId = 1;
    q.trackId = AI;
    q.level = CourseLevel::Advanced;
    q.validFrom = QDate(2020, 1, 1);
    p.qualifications = {q};
    p.cohortInstructors.push_back({3, 2, InstructorRole::Assistant, false});
    p.targets[0].budget = 30000;
    p.levelRates = {{CourseLevel::Advanced, 2800}};
    p.fixedCosts = {{0, 2026, QStringLiteral("Office"), 300000},
                    {0, 2026, QStringLiteral("Platform"), 65000},
                    {0, 2025, QStringLiteral("Office"), 999}};
    return p;
}

const CohortCost &cohortCost(const CostReport &r, Id id)
{
    for (const auto &c : r.cohorts) {
        if (c.cohortId == id)
            return c;
    }
    qFatal("no cohort %lld", id);
}

const TrackCost &trackCost(const CostReport &r, Id id)
{
    for (const auto &t : r.tracks) {
        if (t.trackId == id)
            return t;
    }
    qFatal("no track %lld", id);
}

const TrackProgress &track(const ProgressReport &r, Id id)
{
    for (const auto &t : r.tracks) {
        if (t.trackId == id)
            return t;
    }
    qFatal("no track %lld", id);
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

void TestProgressStats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("small.cohortplan"));
    const PlanData plan = fixture();
    QCOMPARE(PlanDatabase::create(path,
                                  [&](QSqlDatabase &db) {
                                      writePlanData(db, plan, AuditAction::Import,
                                                    QStringLiteral("fixture"));
                                  })
                 .message(),
             QString());
    auto db = TestSupport::openPlan(path, PlanDatabase::Mode::ReadOnly);
    QVERIFY(db);
    const PlanQueries queries(db->database());
    m_facts = queries.progressFacts(2026, m_asOf);
    m_yearFacts = queries.yearTrackFacts();
    QCOMPARE(queries.planYears(), (std::vector<int>{2025, 2026}));

    m_costPlan = m_dir.filePath(QStringLiteral("costs.cohortplan"));
    const PlanData costPlan = costFixture();
    QCOMPARE(PlanDatabase::create(m_costPlan,
                                  [&](QSqlDatabase &db) {
                                      writePlanData(db, costPlan, AuditAction::Import,
                                                    QStringLiteral("fixture"));
                                  })
                 .message(),
             QString());
    auto costDb = TestSupport::openPlan(m_costPlan, PlanDatabase::Mode::ReadOnly);
    QVERIFY(costDb);
    const PlanQueries costQueries(costDb->database());
    m_costFacts = costQueries.costFacts(2026);
    m_costProgress = ProgressStats::compute(costQueries.progressFacts(2026, m_asOf), m_asOf);
}

void TestProgressStats::facts()
{
    // Cancelled D and 2025's E are not among the year's cohorts.
    QCOMPARE(m_facts.cohorts.size(), std::size_t(3));
    const CohortProgressFact &a = m_facts.cohorts[0];
    QCOMPARE(a.cohortId, Id(1));
    QCOMPARE(a.completed, 5);
    QCOMPARE(a.failed, 1);
    QCOMPARE(a.withdrawn, 1);
    QCOMPARE(a.waitlisted, 1);
    QCOMPARE(a.district, QStringLiteral("海淀区"));
    QCOMPARE(a.end, QDate(2026, 3, 3));
    QCOMPARE(m_facts.cohorts[1].district, QString());
    QCOMPARE(m_facts.cohorts[1].enrolled, 4);
    QCOMPARE(m_facts.cohorts[2].waitlisted, 3);
    // History: A and E finished in the twelve months before 2026-06-10.
    QCOMPARE(m_facts.history.size(), std::size_t(1));
    QCOMPARE(m_facts.history[0].trackId, AI);
    QCOMPARE(m_facts.history[0].completed, 7);
    QCOMPARE(m_facts.history[0].failed, 3);
    QCOMPARE(m_facts.history[0].withdrawn, 1);
    QCOMPARE(m_facts.history[0].certified, 5);
}

void TestProgressStats::report()
{
    const ProgressReport r = ProgressStats::compute(m_facts, m_asOf);
    QCOMPARE(r.target, 150);
    QCOMPARE(r.targetCertified, 120);
    // Only A's five completers are trained: failed, withdrawn and waitlisted are not.
    QCOMPARE(r.trained, 5);
    // A's four certificates and E's one, all awarded in 2026.
    QCOMPARE(r.certified, 5);
    QCOMPARE(r.inTraining, 4);
    QCOMPARE(r.plannedSeats, 4 + 10);
    const TrackProgress &ai = track(r, AI);
    QCOMPARE(ai.trained, 5);
    QCOMPARE(ai.certified, 5);
    // B's four trainees at AI's observed completion rate 7/11; certification 5/7.
    QVERIFY(near(ai.forecast, 5 + 4 * 7.0 / 11));
    QVERIFY(near(ai.forecastCertified, 5 + 4 * 7.0 / 11 * 5.0 / 7));
    const TrackProgress &bd = track(r, BD);
    QCOMPARE(bd.trained, 0);
    QCOMPARE(bd.plannedSeats, 10);
    // C's ten seats at the default rates (no BD history).
    QVERIFY(near(bd.forecast, 10 * 0.9));
    QVERIFY(near(bd.forecastCertified, 10 * 0.9 * 0.9));
    QVERIFY(near(r.forecast, ai.forecast + bd.forecast));
    QVERIFY(near(r.shareOfTarget(), 5.0 / 150));
}

void TestProgressStats::months()
{
    const ProgressReport r = ProgressStats::compute(m_facts, m_asOf);
    QCOMPARE(r.months.size(), std::size_t(12));
    QCOMPARE(r.months[0].certified, 1); // E's certificate in January
    QCOMPARE(r.months[2].trained, 5);   // March
    QCOMPARE(r.months[2].certified, 3);
    QCOMPARE(r.months[3].certified, 1);
    QCOMPARE(r.months[11].cumulativeTrained, 5);
    QCOMPARE(r.months[11].cumulativeCertified, 5);
    QVERIFY(near(r.months[5].targetToDate, 75));
    QVERIFY(!r.months[4].forecast);
    QVERIFY(r.months[5].forecast);
    QVERIFY(near(r.months[4].forecastCumulative, 5));
    QVERIFY(near(r.months[5].forecastCumulative, 5 + 4 * 7.0 / 11));
    QVERIFY(near(r.months[8].forecastCumulative, 5 + 4 * 7.0 / 11 + 9));
    QVERIFY(near(r.months[11].forecastCumulative, r.forecast));
}

void TestProgressStats::filters_data()
{
    QTest::addColumn<QList<qint64>>("tracks");
    QTest::addColumn<QStringList>("districts");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("trained");
    QTest::addColumn<int>("certified");
    QTest::addColumn<int>("inTraining");
    QTest::addColumn<double>("forecast");
    QTest::newRow("all") << QList<qint64>{} << QStringList{} << 150 << 5 << 5 << 4
                         << 5 + 28.0 / 11 + 9;
    QTest::newRow("big data") << QList<qint64>{BD} << QStringList{} << 50 << 0 << 0 << 0 << 9.0;
    QTest::newRow("AI") << QList<qint64>{AI} << QStringList{} << 100 << 5 << 5 << 4
                        << 5 + 28.0 / 11;
    QTest::newRow("Haidian") << QList<qint64>{} << QStringList{QStringLiteral("海淀区")} << 150 << 5
                             << 5 << 0 << 14.0;
    QTest::newRow("online") << QList<qint64>{} << QStringList{QString()} << 150 << 0 << 0 << 4
                            << 28.0 / 11;
}

void TestProgressStats::filters()
{
    QFETCH(QList<qint64>, tracks);
    QFETCH(QStringList, districts);
    QFETCH(int, target);
    QFETCH(int, trained);
    QFETCH(int, certified);
    QFETCH(int, inTraining);
    QFETCH(double, forecast);
    ProgressFilter filter;
    filter.tracks.assign(tracks.begin(), tracks.end());
    filter.districts.assign(districts.begin(), districts.end());
    const ProgressReport r = ProgressStats::compute(m_facts, m_asOf, filter);
    QCOMPARE(r.target, target);
    QCOMPARE(r.trained, trained);
    QCOMPARE(r.certified, certified);
    QCOMPARE(r.inTraining, inTraining);
    QVERIFY2(near(r.forecast, forecast), qPrintable(QString::number(r.forecast)));
}

void TestProgressStats::utilisation()
{
    const auto rows = ProgressStats::utilisation(m_facts);
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].code, QStringLiteral("I1"));
    // A's two days in March and B's four in June; the cancelled cohort does not count.
    QCOMPARE(rows[0].days, 6);
    QCOMPARE(rows[0].byMonth[2], 2);
    QCOMPARE(rows[0].byMonth[5], 4);
    QVERIFY(near(rows[0].ratio, 0.6));
    QCOMPARE(rows[1].days, 0);
}

void TestProgressStats::years()
{
    const auto years = ProgressStats::years(m_yearFacts);
    QCOMPARE(years.size(), std::size_t(2));
    QCOMPARE(years[0].year, 2025);
    QCOMPARE(years[0].trained, 2);
    QCOMPARE(years[0].seats, 6);
    QCOMPARE(years[0].certified, 0);
    QCOMPARE(years[1].year, 2026);
    QCOMPARE(years[1].target, 150);
    QCOMPARE(years[1].seats, 10 + 20 + 10);
    QCOMPARE(years[1].trained, 5);
    QCOMPARE(years[1].certified, 5);
    ProgressFilter bd;
    bd.tracks = {BD};
    const auto bdYears = ProgressStats::years(m_yearFacts, bd);
    QCOMPARE(bdYears.size(), std::size_t(1));
    QCOMPARE(bdYears[0].seats, 10);
}

void TestProgressStats::noHistoryUsesDefaults()
{
    ProgressFacts facts = m_facts;
    facts.history.clear();
    const ProgressReport r = ProgressStats::compute(facts, m_asOf);
    QVERIFY(near(r.completionRate, ProgressStats::DefaultCompletionRate));
    QVERIFY(near(track(r, AI).forecast, 5 + 4 * 0.9));
    // As of the year's end everything is actual: the forecast equals what was trained.
    const ProgressReport end = ProgressStats::compute(m_facts, QDate(2027, 1, 1));
    QCOMPARE(end.plannedSeats, 0);
    QVERIFY(near(end.forecast, end.trained));
}

void TestProgressStats::costFacts()
{
    // A, B and C have days in 2026; cancelled D and 2025's E do not count.
    QCOMPARE(m_costFacts.cohorts.size(), std::size_t(3));
    const CohortCostFact &a = m_costFacts.cohorts[0];
    QCOMPARE(a.cohortId, Id(1));
    QCOMPARE(a.participants, 6); // 5 completed, 1 failed
    QCOMPARE(a.examined, 6);
    QCOMPARE(a.days, (std::vector<QDate>{{2026, 3, 2}, {2026, 3, 3}}));
    QCOMPARE(a.dayRent, Yuan(1000));
    QVERIFY(!a.online);
    QVERIFY(a.hasLead);
    const CohortCostFact &b = m_costFacts.cohorts[1];
    QVERIFY(b.online);
    QCOMPARE(b.seatLicence, Yuan(50));
    QCOMPARE(b.participants, 4);
    const CohortCostFact &c = m_costFacts.cohorts[2];
    QVERIFY(!c.hasLead);
    QCOMPARE(c.instructors, (std::vector<Id>{2}));
    QCOMPARE(m_costFacts.instructors.at(1).level, std::optional(CourseLevel::Advanced));
    QCOMPARE(m_costFacts.instructors.at(2).dayRate, std::optional<Yuan>(2500));
    QCOMPARE(m_costFacts.fixedCosts.size(), std::size_t(2)); // 2025's is another year's
    QCOMPARE(m_costFacts.tracks.size(), std::size_t(2));
    QCOMPARE(m_costFacts.tracks[0].budget, std::optional<Yuan>(30000));
    QCOMPARE(m_costFacts.tracks[1].budget, std::optional<Yuan>());
}

void TestProgressStats::costs()
{
    const CostReport r = CostStats::compute(m_costFacts, m_asOf, &m_costProgress);
    // A, all held: 2 days × (2,800 + 1,000 rent); 6 trainees × (100 + 200).
    const CohortCost &a = cohortCost(r, 1);
    QCOMPARE(a.forecast, (CostSplit{5600, 2000, 1800, 0}));
    QCOMPARE(a.spent, a.forecast);
    // B, online, 2 of 4 days held: 4 × 2,800; a licence and materials for its 4 trainees
    // on its first day; their exams on its last, still to come.
    const CohortCost &b = cohortCost(r, 2);
    QCOMPARE(b.forecast, (CostSplit{11200, 200, 400 + 800, 0}));
    QCOMPARE(b.spent, (CostSplit{5600, 200, 400, 0}));
    // C, to come: 2 days × (2,500 assistant + 1,500 estimated lead + 1,000 rent); its 10
    // seats × 300 materials.
    const CohortCost &c = cohortCost(r, 3);
    QVERIFY(c.leadEstimated);
    QCOMPARE(c.forecast, (CostSplit{8000, 2000, 3000, 0}));
    QCOMPARE(c.spent, CostSplit{});
    QCOMPARE(r.cohortsWithoutLead, 1);

    QCOMPARE(trackCost(r, AI).forecast.total(), Yuan(9400 + 12600));
    QCOMPARE(trackCost(r, AI).spent.total(), Yuan(9400 + 6200));
    QCOMPARE(trackCost(r, BD).forecast.total(), Yuan(13000));
    QCOMPARE(trackCost(r, BD).spent.total(), Yuan(0));
    // Fixed: 365,000 over 365 days; January 1 to June 10 is 161 days.
    QCOMPARE(r.forecast.fixed, Yuan(365000));
    QCOMPARE(r.spent.fixed, Yuan(161000));
    QCOMPARE(r.forecast.total(), Yuan(400000));
    QCOMPARE(r.spent.total(), Yuan(176600));
    QCOMPARE(r.budget, std::optional<Yuan>(30000)); // only AI sets one
    QCOMPARE(r.remaining(), std::optional<Yuan>(30000 - 400000));
    QCOMPARE(trackCost(r, BD).budget, std::optional<Yuan>());
    // Per head: the forecast cost over the trainees the progress report expects.
    QVERIFY(m_costProgress.forecastCertified > 0);
    QCOMPARE(r.perCertificate(),
             std::optional<Yuan>(std::llround(400000 / m_costProgress.forecastCertified)));
    QCOMPARE(trackCost(r, AI).perTrainee(),
             std::optional<Yuan>(std::llround(22000 / track(m_costProgress, AI).forecast)));
    // Without progress figures there is nothing to divide by.
    QCOMPARE(CostStats::compute(m_costFacts, m_asOf).perCertificate(), std::optional<Yuan>());
}

void TestProgressStats::costMonths()
{
    const CostReport r = CostStats::compute(m_costFacts, m_asOf, &m_costProgress);
    Yuan fixedParts = 0;
    for (int m = 1; m <= 12; ++m)
        fixedParts += 365000 * QDate(2026, m, 1).daysInMonth() / 365;
    QCOMPARE(fixedParts, Yuan(365000)); // the parts add up exactly
    const MonthCost &march = r.months[2];
    QCOMPARE(march.forecast, Yuan(9400 + 31000));
    QCOMPARE(march.spent, march.forecast);
    const MonthCost &june = r.months[5];
    QCOMPARE(june.forecast, Yuan(12600 + 30000));
    QCOMPARE(june.spent, Yuan(6200 + 10000)); // B's first two days, June 1 to 10 of the fixed
    QCOMPARE(r.months[8].forecast, Yuan(13000 + 30000));
    QCOMPARE(r.months[8].spent, Yuan(0));
    QCOMPARE(r.months[11].cumulativeForecast, r.forecast.total());
    QCOMPARE(r.months[11].cumulativeSpent, r.spent.total());
}

void TestProgressStats::costsAtYearEnd()
{
    // Once the year is over, everything is spent; before it, nothing.
    const CostReport after = CostStats::compute(m_costFacts, QDate(2027, 1, 1));
    QCOMPARE(after.spent, after.forecast);
    const CostReport before = CostStats::compute(m_costFacts, QDate(2025, 12, 31));
    QCOMPARE(before.spent.total(), Yuan(0));
    // C, not started: its seats are costed; B's exams would be too were it not started.
    QCOMPARE(cohortCost(before, 2).forecast.trainees, Yuan(20 * (100 + 200)));
    QCOMPARE(cohortCost(before, 2).forecast.venues, Yuan(20 * 50));
}

void TestProgressStats::dayRates()
{
    const std::vector<LevelRate> rates{{CourseLevel::Intermediate, 2000}};
    QCOMPARE(CostStats::dayRate({Yuan(900), CourseLevel::Advanced}, rates), Yuan(900));
    QCOMPARE(CostStats::dayRate({std::nullopt, CourseLevel::Intermediate}, rates), Yuan(2000));
    QCOMPARE(CostStats::dayRate({std::nullopt, CourseLevel::Advanced}, rates),
             CostDefaults::dayRate(CourseLevel::Advanced));
    // Not qualified for anything: the foundation rate.
    QCOMPARE(CostStats::dayRate({}, rates), CostDefaults::dayRate(CourseLevel::Foundation));
}

void TestProgressStats::costRules_data()
{
    QTest::addColumn<int>("record");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("field"); // empty: accepted
    // 0 instructor day rate, 1 venue rent, 2 seat licence, 3 materials, 4 exam fee,
    // 5 budget, 6 fixed cost, 7 level rate
    QTest::newRow("rate ok") << 0 << qint64(3500) << QString();
    QTest::newRow("rate negative") << 0 << qint64(-1) << QStringLiteral("day_rate");
    QTest::newRow("rate absurd") << 0 << qint64(100001) << QStringLiteral("day_rate");
    QTest::newRow("rent at the limit") << 1 << qint64(1000000) << QString();
    QTest::newRow("rent absurd") << 1 << qint64(1000001) << QStringLiteral("day_rent");
    QTest::newRow("licence negative") << 2 << qint64(-5) << QStringLiteral("seat_licence");
    QTest::newRow("materials absurd") << 3 << qint64(200000) << QStringLiteral("materials_fee");
    QTest::newRow("exam negative") << 4 << qint64(-200) << QStringLiteral("exam_fee");
    QTest::newRow("budget large") << 5 << qint64(50000000000) << QString();
    QTest::newRow("budget absurd") << 5 << qint64(100000000001) << QStringLiteral("budget");
    QTest::newRow("fixed negative") << 6 << qint64(-1) << QStringLiteral("amount");
    QTest::newRow("level rate absurd") << 7 << qint64(5000000) << QStringLiteral("day_rate");
}

void TestProgressStats::costRules()
{
    QFETCH(int, record);
    QFETCH(qint64, amount);
    QFETCH(QString, field);
    const PlanData plan = costFixture();
    Result<> result;
    switch (record) {
    case 0: {
        Instructor i = plan.instructors[0];
        i.maxDaysPerMonth = 10;
        i.dayRate = amount;
        result = RecordRules::check(i);
        break;
    }
    case 1:
    case 2: {
        Venue v = plan.venues[record == 1 ? 0 : 1];
        (record == 1 ? v.dayRent : v.seatLicence) = amount;
        result = RecordRules::check(v);
        break;
    }
    case 3:
    case 4: {
        Course c = plan.courses[0];
        (record == 3 ? c.materialsFee : c.examFee) = amount;
        result = RecordRules::check(c);
        break;
    }
    case 5: {
        Target t = plan.targets[0];
        t.budget = amount;
        result = RecordRules::check(t);
        break;
    }
    case 6:
        result = RecordRules::check(FixedCost{0, 2026, QStringLiteral("Office"), amount});
        break;
    case 7:
        result = RecordRules::check(LevelRate{CourseLevel::Advanced, amount});
        break;
    }
    if (field.isEmpty()) {
        QVERIFY2(result, qPrintable(result.message()));
    } else {
        QVERIFY(!result);
        QCOMPARE(result.problem().field, field);
        QVERIFY2(result.message().contains(QStringLiteral("between")),
                 qPrintable(result.message()));
    }
}

void TestProgressStats::moneyTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("empty");
    QTest::addColumn<qint64>("amount");
    QTest::newRow("plain") << QStringLiteral("12345") << true << false << qint64(12345);
    QTest::newRow("separators and sign")
        << QStringLiteral("¥1,200,000") << true << false << qint64(1200000);
    QTest::newRow("full-width sign") << QStringLiteral("￥800") << true << false << qint64(800);
    QTest::newRow("blank clears") << QStringLiteral("  ") << true << true << qint64(0);
    QTest::newRow("words") << QStringLiteral("a lot") << false << false << qint64(0);
    QTest::newRow("decimals") << QStringLiteral("12.5") << false << false << qint64(0);
}

void TestProgressStats::moneyTyped()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(bool, empty);
    QFETCH(qint64, amount);
    const auto parsed = Cells::moneyOf(typed);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(!parsed->has_value(), empty);
    if (!empty)
        QCOMPARE(**parsed, Yuan(amount));
}

void TestProgressStats::scenarioDiff()
{
    const QDate d(2027, 3, 1);
    const CohortSnapshot same{QStringLiteral("A"),
                              QStringLiteral("AI-101"),
                              QStringLiteral("V1"),
                              {d, d.addDays(1)},
                              {QStringLiteral("I1")}};
    CohortSnapshot moved = same;
    moved.code = QStringLiteral("B");
    CohortSnapshot movedAfter = moved;
    movedAfter.days = {d.addDays(7), d.addDays(8)};
    CohortSnapshot restaffed = same;
    restaffed.code = QStringLiteral("C");
    CohortSnapshot restaffedAfter = restaffed;
    restaffedAfter.instructors = {QStringLiteral("I2"), QStringLiteral("I3")};
    CohortSnapshot both = same;
    both.code = QStringLiteral("D");
    CohortSnapshot bothAfter = both;
    bothAfter.venue = QStringLiteral("V2");
    bothAfter.instructors = {};
    CohortSnapshot gone = same;
    gone.code = QStringLiteral("E");
    CohortSnapshot added = same;
    added.code = QStringLiteral("F");
    added.instructors = {QStringLiteral("I4"), QStringLiteral("I5")};
    const ScenarioDiff diff = ScenarioDiff::between(
        {gone, both, restaffed, moved, same}, {same, movedAfter, restaffedAfter, bothAfter, added});
    QCOMPARE(diff.added, 1);
    QCOMPARE(diff.removed, 1);
    QCOMPARE(diff.moved, 2);     // B (days), D (venue)
    QCOMPARE(diff.restaffed, 2); // C, D
    // Added: C's I2, I3 and F's I4, I5; removed: C's I1, D's I1, E's I1.
    QCOMPARE(diff.assignmentsAdded, 4);
    QCOMPARE(diff.assignmentsRemoved, 3);
    QCOMPARE(diff.lines.size(), std::size_t(6));
    QCOMPARE(diff.lines.front().cohort, QStringLiteral("B")); // by code
    QCOMPARE(diff.lines.front().before, QStringLiteral("2027-03-01 – 2027-03-02, V1"));
    QCOMPARE(diff.lines.front().after, QStringLiteral("2027-03-08 – 2027-03-09, V1"));
    QVERIFY(ScenarioDiff::between({same}, {same}).isEmpty());
}

QTEST_GUILESS_MAIN(TestProgressStats)
#include "tst_progressstats.moc"

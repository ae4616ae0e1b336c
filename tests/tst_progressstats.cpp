// SPDX-License-Identifier: GPL-3.0-or-later
// ProgressStats against numbers worked out by hand on a small plan, read through the
// store's aggregate queries.
#include "planning/progressstats.h"
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

private:
    QTemporaryDir m_dir;
    ProgressFacts m_facts;
    std::vector<YearTrackFact> m_yearFacts;
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

QTEST_GUILESS_MAIN(TestProgressStats)
#include "tst_progressstats.moc"

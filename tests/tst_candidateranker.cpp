// SPDX-License-Identifier: GPL-3.0-or-later
// Candidates for a cohort are judged by the conflict rules (qualified, free, under their
// limits), explained with the engine's words, and ranked best first.
#include "planning/candidateranker.h"

#include <QTest>

using namespace Planner;

class TestCandidateRanker : public QObject
{
    Q_OBJECT

private slots:
    void status_data();
    void status();
    void order();
    void assignedAreLeftOut();
    void loadFigures();
};

namespace {

constexpr Id AI = 1;
constexpr Id Staffed = 3; // the cohort to staff

Instructor instructor(Id id, const char *name, const char *district, int perWeek = 5)
{
    Instructor i;
    i.id = id;
    i.code = QStringLiteral("I%1").arg(id);
    i.name = QString::fromUtf8(name);
    i.homeDistrict = QString::fromUtf8(district);
    i.maxDaysPerWeek = perWeek;
    i.maxDaysPerMonth = 20;
    i.maxDaysPerYear = 200;
    return i;
}

Cohort cohort(Id id, Id venue)
{
    Cohort c;
    c.id = id;
    c.courseId = 1;
    c.code = QStringLiteral("AI-101-2026-%1").arg(id, 3, 10, QLatin1Char('0'));
    c.venueId = venue;
    c.capacity = 20;
    return c;
}

Session session(Id id, Id cohortId, int month, int day)
{
    return {id, cohortId, QDate(2026, month, day), SessionSlot::Morning};
}

// Cohort 3 (the target, no instructors yet) on Tuesday 10 and Wednesday 11 March 2026
// mornings in Haidian. The instructors:
//   1 王伟  qualified, free, lives in Haidian                  -> ok
//   2 李娜  qualified, free, lives in Chaoyang                 -> ok (travels)
//   3 张敏  on leave 9-13 March                                -> blocked
//   4 刘洋  no qualification                                   -> blocked
//   5 陈静  qualification valid until 10 March only            -> blocked (lapses on the 11th)
//   6 杨帆  leads cohort 4 on 10 March morning                 -> blocked (double-booked)
//   7 赵磊  one day a week at most, teaches cohort 5 on 9 March -> warning (weekly limit)
//   8 黄丽  teaches cohort 6 on 2 March, lives in Haidian      -> ok, but more loaded
ConflictInput plan()
{
    ConflictInput in;
    in.tracks = {{AI, QStringLiteral("Artificial Intelligence"), QStringLiteral("人工智能"),
                  QStringLiteral("#f28e2b")}};
    Course course;
    course.id = 1;
    course.trackId = AI;
    course.code = QStringLiteral("AI-101");
    course.title = QStringLiteral("AI Foundations");
    in.courses = {course};
    in.venues = {{1, QStringLiteral("Haidian Hall"), QStringLiteral("海淀区"), {}, 30, false},
                 {2, QStringLiteral("Chaoyang Room"), QStringLiteral("朝阳区"), {}, 30, false}};
    in.instructors = {instructor(1, "王伟", "海淀区"),    instructor(2, "李娜", "朝阳区"),
                      instructor(3, "张敏", "海淀区"),    instructor(4, "刘洋", "海淀区"),
                      instructor(5, "陈静", "海淀区"),    instructor(6, "杨帆", "海淀区"),
                      instructor(7, "赵磊", "海淀区", 1), instructor(8, "黄丽", "海淀区")};
    for (Id i : {1, 2, 3, 6, 7, 8})
        in.qualifications.push_back(
            {i, i, AI, 0, CourseLevel::Advanced, QDate(2020, 1, 1), QDate()});
    in.qualifications.push_back(
        {5, 5, AI, 0, CourseLevel::Advanced, QDate(2020, 1, 1), QDate(2026, 3, 10)});
    in.leaves = {{1, 3, QDate(2026, 3, 9), QDate(2026, 3, 13), QStringLiteral("Conference")}};
    in.cohorts = {cohort(Staffed, 1), cohort(4, 2), cohort(5, 2), cohort(6, 2)};
    in.sessions = {session(1, Staffed, 3, 10), session(2, Staffed, 3, 11), session(3, 4, 3, 10),
                   session(4, 5, 3, 9), session(5, 6, 3, 2)};
    in.cohortInstructors = {{4, 6, InstructorRole::Lead, false},
                            {5, 7, InstructorRole::Lead, false},
                            {6, 8, InstructorRole::Lead, false}};
    return in;
}

const Candidate *find(const std::vector<Candidate> &candidates, Id id)
{
    const auto it = std::find_if(candidates.begin(), candidates.end(),
                                 [id](const Candidate &c) { return c.instructorId == id; });
    return it != candidates.end() ? &*it : nullptr;
}

} // namespace

void TestCandidateRanker::status_data()
{
    QTest::addColumn<qint64>("instructor");
    QTest::addColumn<int>("weeklyLimit"); // the severity of the weekly limit rule
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("rule"); // the first reason's rule, -1 for none
    QTest::addColumn<bool>("qualified");
    QTest::addColumn<bool>("free");
    QTest::addColumn<bool>("underLimits");
    const int warn = int(Severity::Warn);
    const int ok = int(Candidate::Status::Ok);
    const int warning = int(Candidate::Status::Warning);
    const int blocked = int(Candidate::Status::Blocked);
    QTest::newRow("qualified and free") << qint64(1) << warn << ok << -1 << true << true << true;
    QTest::newRow("other district") << qint64(2) << warn << ok << -1 << true << true << true;
    QTest::newRow("on leave") << qint64(3) << warn << blocked
                              << int(ConflictRule::InstructorOnLeave) << true << false << true;
    QTest::newRow("not qualified")
        << qint64(4) << warn << blocked << int(ConflictRule::InstructorNotQualified) << false
        << true << true;
    QTest::newRow("lapses on the last day")
        << qint64(5) << warn << blocked << int(ConflictRule::QualificationExpired) << false << true
        << true;
    QTest::newRow("double-booked")
        << qint64(6) << warn << blocked << int(ConflictRule::InstructorDoubleBooked) << true
        << false << true;
    QTest::newRow("over weekly limit")
        << qint64(7) << warn << warning << int(ConflictRule::OverWeeklyLimit) << true << true
        << false;
    QTest::newRow("weekly limit off")
        << qint64(7) << int(Severity::Off) << ok << -1 << true << true << true;
    QTest::newRow("weekly limit blocks")
        << qint64(7) << int(Severity::Block) << blocked << int(ConflictRule::OverWeeklyLimit)
        << true << true << false;
    QTest::newRow("busy elsewhere, another week")
        << qint64(8) << warn << ok << -1 << true << true << true;
}

void TestCandidateRanker::status()
{
    QFETCH(qint64, instructor);
    QFETCH(int, weeklyLimit);
    QFETCH(int, status);
    QFETCH(int, rule);
    QFETCH(bool, qualified);
    QFETCH(bool, free);
    QFETCH(bool, underLimits);
    ConflictSettings settings = ConflictSettings::defaults();
    settings.set(ConflictRule::OverWeeklyLimit, Severity(weeklyLimit));
    ConflictEngine engine(settings);
    engine.load(plan());
    const std::vector<Candidate> candidates =
        CandidateRanker(engine).rank(Staffed, InstructorRole::Lead);
    QCOMPARE(int(candidates.size()), 8);
    const Candidate *c = find(candidates, Id(instructor));
    QVERIFY(c);
    QCOMPARE(int(c->status), status);
    QCOMPARE(c->qualified, qualified);
    QCOMPARE(c->free, free);
    QCOMPARE(c->underLimits, underLimits);
    QCOMPARE(c->reasons.size(), qsizetype(c->conflicts.size()));
    if (rule < 0) {
        QVERIFY(c->reasons.isEmpty());
    } else {
        QVERIFY(!c->reasons.isEmpty());
        QCOMPARE(int(c->conflicts.front().rule), rule);
        // The engine's explanation names the instructor.
        QVERIFY2(c->reasons.front().contains(c->name), qPrintable(c->reasons.front()));
        // What the candidate says is exactly what assigning would add.
        ConflictEngine trial = engine;
        trial.assign({Staffed, c->instructorId, InstructorRole::Lead, false});
        for (const Conflict &reason : c->conflicts)
            QVERIFY(std::find(trial.conflicts().begin(), trial.conflicts().end(), reason) !=
                    trial.conflicts().end());
        QCOMPARE(c->blocking() > 0, trial.count(Severity::Block) > engine.count(Severity::Block));
    }
}

void TestCandidateRanker::order()
{
    ConflictEngine engine;
    engine.load(plan());
    const std::vector<Candidate> candidates =
        CandidateRanker(engine).rank(Staffed, InstructorRole::Lead);
    QList<qint64> ids;
    for (const Candidate &c : candidates)
        ids.append(c.instructorId);
    // Free and qualified first: the least loaded, then who lives near the venue; then the
    // warning; then those the rules block (each with one reason), by load, district, name.
    QCOMPARE(ids.mid(0, 4), (QList<qint64>{1, 2, 8, 7}));
    for (int i = 4; i < 8; ++i)
        QCOMPARE(int(candidates[std::size_t(i)].status), int(Candidate::Status::Blocked));
    QVERIFY(candidates[0].sameDistrict);
    QVERIFY(!candidates[1].sameDistrict);
}

void TestCandidateRanker::assignedAreLeftOut()
{
    ConflictInput in = plan();
    in.cohortInstructors.push_back({Staffed, 1, InstructorRole::Lead, false});
    ConflictEngine engine;
    engine.load(in);
    const std::vector<Candidate> candidates =
        CandidateRanker(engine).rank(Staffed, InstructorRole::Assistant);
    QCOMPARE(int(candidates.size()), 7);
    QVERIFY(!find(candidates, 1));
    QCOMPARE(candidates.front().instructorId, Id(2));
}

void TestCandidateRanker::loadFigures()
{
    ConflictEngine engine;
    engine.load(plan());
    const Candidate eight = CandidateRanker(engine).evaluate(Staffed, 8, InstructorRole::Lead);
    // Cohort 6 on 2 March: another week, the same month and year.
    QCOMPARE(eight.load.week, 0);
    QCOMPARE(eight.load.month, 1);
    QCOMPARE(eight.load.year, 1);
    QCOMPARE(eight.limits.week, 5);
    QCOMPARE(eight.limits.year, 200);
    const Candidate seven = CandidateRanker(engine).evaluate(Staffed, 7, InstructorRole::Lead);
    QCOMPARE(seven.load.week, 1);
    QCOMPARE(seven.limits.week, 1);
}

QTEST_GUILESS_MAIN(TestCandidateRanker)
#include "tst_candidateranker.moc"

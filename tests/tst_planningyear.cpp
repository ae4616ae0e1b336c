// SPDX-License-Identifier: GPL-3.0-or-later
// Next year from its predecessor: targets rolled forward with a growth, computed by hand;
// nonsense refused with the field and a sentence; the qualifications that lapse; and the
// edit as one undo step that leaves the plan as it was when undone.
#include "testsupport.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "planning/planningyear.h"
#include "store/plandatabase.h"
#include "store/repository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Planner;

class TestPlanningYear final : public QObject
{
    Q_OBJECT

private slots:
    void roll_data();
    void roll();
    void refused_data();
    void refused();
    void lapsing();
    void assumptionsFromActuals_data();
    void assumptionsFromActuals();
    void editIsOneUndoStep();
};

namespace {

std::vector<Target> targets2026()
{
    return {
        {2026, 1, 2000, 1400}, {2026, 2, 4500, 3150}, {2026, 3, 3500, 2450}, {2025, 1, 100, 50}};
}

} // namespace

void TestPlanningYear::roll_data()
{
    QTest::addColumn<double>("growth");
    QTest::addColumn<QList<int>>("trainees");
    QTest::addColumn<QList<int>>("certified");
    QTest::newRow("same targets") << 0.0 << QList<int>{2000, 4500, 3500}
                                  << QList<int>{1400, 3150, 2450};
    QTest::newRow("+10 %") << 10.0 << QList<int>{2200, 4950, 3850} << QList<int>{1540, 3465, 2695};
    // 2000 * 1.0333 = 2066.6 -> 2067; 1400 * 1.0333 = 1446.62 -> 1447
    QTest::newRow("+3.33 %, rounded")
        << 3.33 << QList<int>{2067, 4650, 3617} << QList<int>{1447, 3255, 2532};
    QTest::newRow("-50 %") << -50.0 << QList<int>{1000, 2250, 1750} << QList<int>{700, 1575, 1225};
    QTest::newRow("-90 %, the least")
        << -90.0 << QList<int>{200, 450, 350} << QList<int>{140, 315, 245};
}

void TestPlanningYear::roll()
{
    QFETCH(double, growth);
    QFETCH(QList<int>, trainees);
    QFETCH(QList<int>, certified);
    QVERIFY(PlanningYear::check(targets2026(), 2027, growth).ok());
    const auto r = PlanningYear::roll(targets2026(), 2027, growth);
    QCOMPARE(r.fromYear, 2026);
    QCOMPARE(r.year, 2027);
    QCOMPARE(int(r.targets.size()), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(r.targets[std::size_t(i)].year, 2027);
        QCOMPARE(r.targets[std::size_t(i)].trackId, Id(i + 1));
        QCOMPARE(r.targets[std::size_t(i)].trainees, trainees.at(i));
        QCOMPARE(r.targets[std::size_t(i)].certified, certified.at(i));
        QVERIFY(RecordRules::check(r.targets[std::size_t(i)]).ok());
    }
    // A year after a gap starts from the latest year with targets.
    QCOMPARE(PlanningYear::roll(targets2026(), 2029, growth).fromYear, 2026);
}

void TestPlanningYear::refused_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("growth");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("has targets") << 2026 << 0.0 << "year"
                                 << "2026 has targets already";
    QTest::newRow("nothing before") << 2024 << 0.0 << "year"
                                    << "No year before 2024";
    QTest::newRow("out of range") << 2101 << 0.0 << "year"
                                  << "from 2000 to 2100";
    QTest::newRow("growth below -90 %") << 2027 << -95.0 << "growth"
                                        << "makes no sense";
    QTest::newRow("growth above 300 %") << 2027 << 301.0 << "growth"
                                        << "makes no sense";
    QTest::newRow("growth not a number") << 2027 << std::nan("") << "growth"
                                         << "makes no sense";
}

void TestPlanningYear::refused()
{
    QFETCH(int, year);
    QFETCH(double, growth);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto v = PlanningYear::check(targets2026(), year, growth);
    QVERIFY(!v.ok());
    QCOMPARE(v.problem().field, field);
    QVERIFY2(v.message().contains(message), qPrintable(v.message()));
}

void TestPlanningYear::lapsing()
{
    PlanData plan;
    plan.tracks = {{1, u"AI"_qs, {}, {}}};
    Course course;
    course.id = 5;
    course.trackId = 1;
    course.code = u"AI-201"_qs;
    plan.courses = {course};
    Qualification a{1, 10, 1, 0, CourseLevel::Advanced, QDate(2020, 1, 1), QDate(2027, 6, 30)};
    Qualification b{2, 11, 0, 5, CourseLevel::Intermediate, QDate(2020, 1, 1), QDate(2027, 2, 1)};
    Qualification c{3, 12, 1, 0, CourseLevel::Foundation, QDate(2020, 1, 1), QDate(2026, 12, 31)};
    Qualification d{4, 13, 1, 0, CourseLevel::Foundation, QDate(2020, 1, 1), QDate()};
    plan.qualifications = {a, b, c, d};
    const auto lapses = PlanningYear::lapsing(plan, 2027);
    QCOMPARE(lapses.size(), std::size_t(2));
    QCOMPARE(lapses[0].qualificationId, Id(2)); // by date
    QVERIFY2(lapses[0].what.startsWith(u"AI-201"_qs), qPrintable(lapses[0].what));
    QCOMPARE(lapses[1].instructorId, Id(10));
    QCOMPARE(lapses[1].validUntil, QDate(2027, 6, 30));
    QVERIFY(lapses[1].what.startsWith(u"AI"_qs));
}

void TestPlanningYear::assumptionsFromActuals_data()
{
    QTest::addColumn<qlonglong>("seats");
    QTest::addColumn<qlonglong>("holders");
    QTest::addColumn<qlonglong>("withdrawn");
    QTest::addColumn<qlonglong>("completed");
    QTest::addColumn<qlonglong>("failed");
    QTest::addColumn<qlonglong>("certified");
    QTest::addColumn<bool>("used");
    QTest::addColumn<QList<double>>("rates"); // fill, no-show, completion, pass
    // 400 seats, 360 holders (90 %), 18 withdrew (5 %), 300 of 342 completed, 240 certified.
    QTest::newRow("a year of history") << 400LL << 360LL << 18LL << 300LL << 42LL << 240LL << true
                                       << QList<double>{0.9, 0.05, 300.0 / 342.0, 0.8};
    QTest::newRow("overfull cohorts: fill capped at 100 %")
        << 100LL << 120LL << 0LL << 100LL << 20LL << 50LL << true
        << QList<double>{1.0, 0.0, 100.0 / 120.0, 0.5};
    QTest::newRow("too thin: defaults")
        << 100LL << 99LL << 0LL << 90LL << 9LL << 80LL << false << QList<double>{};
    QTest::newRow("nobody finished yet: defaults")
        << 400LL << 360LL << 10LL << 0LL << 0LL << 0LL << false << QList<double>{};
}

void TestPlanningYear::assumptionsFromActuals()
{
    QFETCH(qlonglong, seats);
    QFETCH(qlonglong, holders);
    QFETCH(qlonglong, withdrawn);
    QFETCH(qlonglong, completed);
    QFETCH(qlonglong, failed);
    QFETCH(qlonglong, certified);
    QFETCH(bool, used);
    QFETCH(QList<double>, rates);
    const auto r =
        PlanningYear::assumptionsFrom({1, seats, holders, withdrawn, completed, failed, certified});
    QCOMPARE(bool(r), used);
    if (!used)
        return;
    QVERIFY(qFuzzyCompare(r->fillRate, rates.at(0)));
    QVERIFY(qFuzzyCompare(1 + r->noShowRate, 1 + rates.at(1)));
    QVERIFY(qFuzzyCompare(r->completionRate, rates.at(2)));
    QVERIFY(qFuzzyCompare(r->passRate, rates.at(3)));
}

void TestPlanningYear::editIsOneUndoStep()
{
    QTemporaryDir dir;
    const QString path = TestSupport::writeDemoPlan(dir.filePath(u"plan.cohortplan"_qs));
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    PlanEditor editor;
    editor.setPlan(plan.get());
    const auto before = Repository<Target>(plan->database()).loadAll();
    PlanEdit r = PlanEdits(plan->database()).newPlanningYear(2027, 10);
    QVERIFY(r.ok());
    QCOMPARE(editor.execute(r.text, std::move(r.changes)).message(), QString());
    QCOMPARE(editor.undoStack()->count(), 1);
    const auto after = Repository<Target>(plan->database()).loadAll();
    QCOMPARE(after.size(), before.size() + 3);
    // Again: refused, nothing changed.
    const PlanEdit again = PlanEdits(plan->database()).newPlanningYear(2027, 10);
    QVERIFY(!again.ok());
    editor.undoStack()->undo();
    QCOMPARE(Repository<Target>(plan->database()).loadAll(), before);
    editor.setPlan(nullptr);
}

QTEST_GUILESS_MAIN(TestPlanningYear)
#include "tst_planningyear.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Go to (Ctrl+K): ranking, Chinese names, the limit, and the index of a real plan.
#include "testsupport.h"

#include "items/gotoindex.h"
#include "items/gotomodel.h"
#include "items/plansession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

class TestGoToIndex : public QObject
{
    Q_OBJECT

private slots:
    void ranking();
    void chineseNames();
    void limit();
    void model();
    void planIndex();
};

namespace {

GoToEntry entry(GoToKind kind, Id id, const QString &code, const QString &name,
                const QString &detail = {})
{
    return {kind, id, code, name, detail};
}

QStringList codesOf(const GoToIndex &index, const std::vector<int> &found)
{
    QStringList codes;
    for (int i : found)
        codes << (index.entry(i).code.isEmpty() ? index.entry(i).name : index.entry(i).code);
    return codes;
}

} // namespace

void TestGoToIndex::ranking()
{
    GoToIndex index(nullptr);
    index.setEntries({
        entry(GoToKind::Trainee, 1, QStringLiteral("110101"), QStringLiteral("Bai Li"),
              QStringLiteral("ai-101 fan")),
        entry(GoToKind::Course, 2, QStringLiteral("BD-101"), QStringLiteral("AI for data")),
        entry(GoToKind::Cohort, 3, QStringLiteral("AI-101-2026-002"),
              QStringLiteral("AI Foundations")),
        entry(GoToKind::Cohort, 4, QStringLiteral("AI-101-2026-001"),
              QStringLiteral("AI Foundations")),
        entry(GoToKind::Course, 5, QStringLiteral("AI-101"), QStringLiteral("AI Foundations")),
        entry(GoToKind::Venue, 6, QString(), QStringLiteral("Haidian Campus"),
              QStringLiteral("海淀区 · Main Street 1")),
    });
    QVERIFY(index.isReady());
    // Codes that start with the text first (in index order), then names that start with
    // it, then codes or names that contain it, then the detail line.
    QCOMPARE(codesOf(index, index.match(QStringLiteral("ai"))),
             (QStringList{QStringLiteral("AI-101-2026-002"), QStringLiteral("AI-101-2026-001"),
                          QStringLiteral("AI-101"), QStringLiteral("BD-101"),
                          QStringLiteral("110101"), QStringLiteral("Haidian Campus")}));
    QCOMPARE(codesOf(index, index.match(QStringLiteral("AI-101-2026-001"))),
             QStringList{QStringLiteral("AI-101-2026-001")});
    // Every word must be found, in code, name or detail.
    QCOMPARE(codesOf(index, index.match(QStringLiteral("  main   haidian "))),
             QStringList{QStringLiteral("Haidian Campus")});
    QCOMPARE(codesOf(index, index.match(QStringLiteral("fan 110"))),
             QStringList{QStringLiteral("110101")});
    QVERIFY(index.match(QStringLiteral("   ")).empty());
    QVERIFY(index.match(QStringLiteral("nothing like it")).empty());
}

void TestGoToIndex::chineseNames()
{
    GoToIndex index(nullptr);
    index.setEntries({
        entry(GoToKind::Instructor, 1, QStringLiteral("I0001"), QStringLiteral("汪超婷"),
              QStringLiteral("顺义区")),
        entry(GoToKind::Trainee, 2, QStringLiteral("110113198305160670"), QStringLiteral("王欣"),
              QStringLiteral("北京中数软件有限公司 · 海淀区")),
        entry(GoToKind::Trainee, 3, QStringLiteral("110113198305160671"), QStringLiteral("张王"),
              QStringLiteral("朝阳区")),
        entry(GoToKind::Course, 4, QStringLiteral("BC-101"),
              QStringLiteral("Blockchain Fundamentals"), QStringLiteral("区块链技术基础")),
    });
    // A name starting with the text before a name containing it.
    QCOMPARE(
        codesOf(index, index.match(QStringLiteral("王"))),
        (QStringList{QStringLiteral("110113198305160670"), QStringLiteral("110113198305160671")}));
    QCOMPARE(codesOf(index, index.match(QStringLiteral("王欣"))),
             QStringList{QStringLiteral("110113198305160670")});
    QCOMPARE(codesOf(index, index.match(QStringLiteral("区块链"))),
             QStringList{QStringLiteral("BC-101")});
    QCOMPARE(codesOf(index, index.match(QStringLiteral("王 海淀"))),
             QStringList{QStringLiteral("110113198305160670")});
}

void TestGoToIndex::limit()
{
    std::vector<GoToEntry> entries;
    for (int i = 0; i < 500; ++i)
        entries.push_back(entry(GoToKind::Trainee, i + 1,
                                QStringLiteral("T%1").arg(i, 4, 10, QLatin1Char('0')),
                                QStringLiteral("Trainee %1").arg(i)));
    entries.push_back(
        entry(GoToKind::Cohort, 1000, QStringLiteral("X-1"), QStringLiteral("contains t")));
    GoToIndex index(nullptr);
    index.setEntries(std::move(entries));
    QCOMPARE(index.match(QStringLiteral("t")).size(), std::size_t(50));
    QCOMPARE(index.match(QStringLiteral("t"), 10).size(), std::size_t(10));
    QCOMPARE(index.match(QStringLiteral("t"), 0).size(), std::size_t(0));
    // The best-ranked come first even when they come last in the index.
    const std::vector<int> found = index.match(QStringLiteral("t040"));
    QCOMPARE(found.size(), std::size_t(10));
    QCOMPARE(index.entry(found.front()).code, QStringLiteral("T0400"));
    QCOMPARE(codesOf(index, index.match(QStringLiteral("x-1 contains"))),
             QStringList{QStringLiteral("X-1")});
}

void TestGoToIndex::model()
{
    GoToIndex index(nullptr);
    GoToModel model(&index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QStringLiteral("ai"));
    QCOMPARE(model.rowCount(), 0); // nothing indexed yet
    index.setEntries({entry(GoToKind::Cohort, 7, QStringLiteral("AI-101-2026-001"),
                            QStringLiteral("AI Foundations"), QStringLiteral("2026-03-02")),
                      entry(GoToKind::Venue, 8, QString(), QStringLiteral("Aid Centre"))});
    // The query runs again when the index is ready.
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("AI-101-2026-001  AI Foundations"));
    QCOMPARE(first.data(GoToModel::IdRole).toLongLong(), 7);
    QCOMPARE(first.data(GoToModel::KindRole).toInt(), int(GoToKind::Cohort));
    QCOMPARE(first.data(GoToModel::KindNameRole).toString(), QStringLiteral("Cohort"));
    QCOMPARE(first.data(GoToModel::DetailRole).toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Aid Centre"));
    model.setQuery(QStringLiteral("aid"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).id, 8);
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestGoToIndex::planIndex()
{
    QTemporaryDir dir;
    const QString path =
        TestSupport::writeDemoPlan(dir.filePath(QStringLiteral("demo.cohortplan")));
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadOnly));
    const PlanCounts counts = PlanQueries(session.plan()->database()).counts();
    GoToIndex index(&session);
    QSignalSpy ready(&index, &GoToIndex::ready);
    index.ensureBuilt();
    QVERIFY(index.isBuilding());
    QVERIFY(ready.wait(30000));
    QVERIFY(!index.isBuilding());
    QCOMPARE(index.size(), counts.cohorts + counts.instructors + counts.trainees + counts.courses +
                               counts.venues);
    // Built once: asking again reads nothing until invalidated.
    index.ensureBuilt();
    QVERIFY(!index.isBuilding());
    index.invalidate();
    index.ensureBuilt();
    QVERIFY(index.isBuilding());
    QVERIFY(ready.wait(30000));

    int cohort = -1;
    for (int i = 0; i < index.size() && cohort < 0; ++i) {
        if (index.entry(i).kind == GoToKind::Cohort)
            cohort = i;
    }
    QVERIFY(cohort >= 0);
    const GoToEntry &c = index.entry(cohort);
    QVERIFY(!c.name.isEmpty());
    QVERIFY2(c.detail.contains(QLatin1String("2026-")), qPrintable(c.detail)); // its first day
    const std::vector<int> found = index.match(c.code.toLower());
    QVERIFY(!found.empty());
    QCOMPARE(index.entry(found.front()).id, c.id);
    QCOMPARE(index.entry(found.front()).kind, GoToKind::Cohort);
    // Trainees by their Chinese names: the commonest surname fills the list.
    const std::vector<int> wang = index.match(QStringLiteral("王"), 50);
    QCOMPARE(wang.size(), std::size_t(50));
    for (int i : wang)
        QVERIFY(index.entry(i).name.startsWith(QStringLiteral("王")) ||
                index.entry(i).detail.contains(QStringLiteral("王")) ||
                index.entry(i).name.contains(QStringLiteral("王")));
}

QTEST_MAIN(TestGoToIndex)
#include "tst_gotoindex.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/teachingload.h"

#include <QTest>

using namespace Planner;

class TestTeachingLoad : public QObject
{
    Q_OBJECT

private slots:
    void load_data();
    void load();
};

void TestTeachingLoad::load_data()
{
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("week");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    const QList<QDate> march{QDate(2026, 3, 2), QDate(2026, 3, 2), QDate(2026, 3, 3),
                             QDate(2026, 3, 9), QDate(2026, 4, 1), QDate(2025, 3, 3)};
    // Two sessions on 2 March count as one teaching day.
    QTest::newRow("week of 2 March") << march << QDate(2026, 3, 4) << 2 << 3 << 4;
    QTest::newRow("week of 9 March") << march << QDate(2026, 3, 9) << 1 << 3 << 4;
    QTest::newRow("April") << march << QDate(2026, 4, 1) << 1 << 1 << 4;
    QTest::newRow("no sessions") << QList<QDate>{} << QDate(2026, 3, 4) << 0 << 0 << 0;
    // ISO week 1 of 2027 starts on Monday 4 January; 31 December 2026 is in week 53.
    QTest::newRow("ISO week across the new year")
        << QList<QDate>{QDate(2026, 12, 28), QDate(2026, 12, 31), QDate(2027, 1, 1),
                        QDate(2027, 1, 4)}
        << QDate(2027, 1, 1) << 3 << 2 << 2;
}

void TestTeachingLoad::load()
{
    QFETCH(QList<QDate>, dates);
    QFETCH(QDate, on);
    QFETCH(int, week);
    QFETCH(int, month);
    QFETCH(int, year);
    const TeachingLoad load = TeachingLoad::on(std::vector<QDate>(dates.begin(), dates.end()), on);
    QCOMPARE(load.week, week);
    QCOMPARE(load.month, month);
    QCOMPARE(load.year, year);
}

QTEST_GUILESS_MAIN(TestTeachingLoad)
#include "tst_teachingload.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Moving and resizing sessions by working days over the bundled 2026 China calendar:
// National Day 2026-10-01..07 with the make-up Saturday 2026-10-10, Mid-Autumn
// 2026-09-25..27 with the make-up Sunday 2026-09-20, Spring Festival 2026-02-15..23 with
// the make-up Saturdays 2026-02-14 and 2026-02-28.
#include "io/calendarcsv.h"
#include "planning/sessionshift.h"

#include <QTest>

#include <set>

using namespace Planner;

class TestSessionShift : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void calendarIsTheBundledOne();
    void shift_data();
    void shift();
    void shiftKeepsIdsSlotsAndDistinctPairs();
    void shiftOnPlainWeekOutsideCalendar();
    void resize_data();
    void resize();
    void resizeEmpty();
    void offset_data();
    void offset();
    void offsetIsSymmetricWithShift();

private:
    WorkCalendar m_calendar;
};

namespace {

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

// Sessions of one cohort (id 7) on the given days, in the given slots each day.
std::vector<Session> sessionsOn(const QList<QDate> &days, const QList<int> &daySlots)
{
    std::vector<Session> sessions;
    for (const QDate &day : days) {
        for (int slot : daySlots)
            sessions.push_back({Id(sessions.size() + 1), 7, day, SessionSlot(slot)});
    }
    return sessions;
}

// Slots as ints: QList<int> is a test column type without registration.
using Slots = QList<int>;
const Slots FullDay{int(SessionSlot::Morning), int(SessionSlot::Afternoon)};
const Slots EveningOnly{int(SessionSlot::Evening)};

} // namespace

void TestSessionShift::initTestCase()
{
    m_calendar = WorkCalendar(CalendarCsv::bundledChina2026());
}

void TestSessionShift::calendarIsTheBundledOne()
{
    QVERIFY(m_calendar.isHoliday(d(10, 1)));
    QVERIFY(m_calendar.isHoliday(d(10, 7)));
    QVERIFY(m_calendar.isMakeUpWorkday(d(10, 10)));
    QVERIFY(m_calendar.isWorkingDay(d(10, 10)));
    QVERIFY(m_calendar.isMakeUpWorkday(d(9, 20)));
    QVERIFY(!m_calendar.isWorkingDay(d(9, 25)));
}

void TestSessionShift::shift_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("zero") << d(3, 4) << 0 << d(3, 4);
    QTest::newRow("within a week") << d(3, 2) << 3 << d(3, 5);
    QTest::newRow("over a weekend") << d(3, 6) << 1 << d(3, 9);
    QTest::newRow("a whole week") << d(3, 2) << 5 << d(3, 9);
    QTest::newRow("back over a weekend") << d(3, 9) << -1 << d(3, 6);
    QTest::newRow("back a whole week") << d(3, 13) << -5 << d(3, 6);
    QTest::newRow("over National Day") << d(9, 30) << 1 << d(10, 8);
    QTest::newRow("back over National Day") << d(10, 8) << -1 << d(9, 30);
    QTest::newRow("onto the make-up Saturday") << d(10, 9) << 1 << d(10, 10);
    QTest::newRow("over the make-up Saturday") << d(10, 9) << 2 << d(10, 12);
    QTest::newRow("back onto the make-up Saturday") << d(10, 12) << -1 << d(10, 10);
    QTest::newRow("back over holidays and the make-up day") << d(10, 12) << -4 << d(9, 30);
    QTest::newRow("over Mid-Autumn") << d(9, 24) << 1 << d(9, 28);
    QTest::newRow("onto the make-up Sunday") << d(9, 18) << 1 << d(9, 20);
    QTest::newRow("back onto the make-up Sunday") << d(9, 21) << -1 << d(9, 20);
    QTest::newRow("Spring Festival make-up Saturday") << d(2, 13) << 1 << d(2, 14);
    QTest::newRow("over Spring Festival") << d(2, 14) << 1 << d(2, 24);
    QTest::newRow("long shift over National Day") << d(9, 28) << 10 << d(10, 16);
    // Sessions on non-working days snap to the next working day first.
    QTest::newRow("Saturday snaps to Monday") << d(3, 7) << 0 << d(3, 9);
    QTest::newRow("Saturday, one later") << d(3, 7) << 1 << d(3, 10);
    QTest::newRow("Saturday, one earlier") << d(3, 7) << -1 << d(3, 6);
    QTest::newRow("holiday snaps to after it") << d(10, 3) << 0 << d(10, 8);
    QTest::newRow("holiday, one earlier") << d(10, 3) << -1 << d(9, 30);
    QTest::newRow("into the next year") << d(12, 30) << 3 << QDate(2027, 1, 4);
}

void TestSessionShift::shift()
{
    QFETCH(QDate, from);
    QFETCH(int, workingDays);
    QFETCH(QDate, expected);
    const std::vector<Session> input{{11, 7, from, SessionSlot::Afternoon}};
    const std::vector<Session> shifted = shiftSessions(input, workingDays, m_calendar);
    QCOMPARE(shifted.size(), std::size_t(1));
    QCOMPARE(shifted.front().date, expected);
    QVERIFY(m_calendar.isWorkingDay(shifted.front().date));
    if (m_calendar.isWorkingDay(from))
        QCOMPARE(addWorkingDays(from, workingDays, m_calendar), expected);
}

void TestSessionShift::shiftKeepsIdsSlotsAndDistinctPairs()
{
    // Three full days up to the eve of National Day, moved one working day later.
    const std::vector<Session> input = sessionsOn({d(9, 28), d(9, 29), d(9, 30)}, FullDay);
    const std::vector<Session> shifted = shiftSessions(input, 1, m_calendar);
    QCOMPARE(shifted.size(), input.size());
    for (std::size_t i = 0; i < input.size(); ++i) {
        QCOMPARE(shifted[i].id, input[i].id);
        QCOMPARE(shifted[i].cohortId, input[i].cohortId);
        QCOMPARE(shifted[i].slot, input[i].slot);
    }
    QCOMPARE(shifted[0].date, d(9, 29));
    QCOMPARE(shifted[2].date, d(9, 30));
    QCOMPARE(shifted[4].date, d(10, 8));
    QCOMPARE(shifted[5].date, d(10, 8));
    std::set<std::pair<QDate, int>> pairs;
    for (const Session &s : shifted)
        pairs.insert({s.date, int(s.slot)});
    QCOMPARE(pairs.size(), shifted.size());
    // And back again: the same sessions.
    QCOMPARE(shiftSessions(shifted, -1, m_calendar), input);
}

void TestSessionShift::shiftOnPlainWeekOutsideCalendar()
{
    // No calendar: Monday to Friday.
    const WorkCalendar plain;
    const std::vector<Session> input{{1, 1, QDate(2030, 5, 3), SessionSlot::Morning}}; // a Friday
    QCOMPARE(shiftSessions(input, 1, plain).front().date, QDate(2030, 5, 6));
    QCOMPARE(shiftSessions(input, -5, plain).front().date, QDate(2030, 4, 26));
}

void TestSessionShift::resize_data()
{
    QTest::addColumn<QList<QDate>>("days");
    QTest::addColumn<Slots>("daySlots");
    QTest::addColumn<QDate>("newEnd");
    QTest::addColumn<QList<QDate>>("expectedDays"); // each with the daySlots

    const QList<QDate> week{d(9, 28), d(9, 29), d(9, 30)};
    QTest::newRow("unchanged") << week << FullDay << d(9, 30) << week;
    QTest::newRow("extend over National Day and the make-up Saturday")
        << week << FullDay << d(10, 10) << (week + QList<QDate>{d(10, 8), d(10, 9), d(10, 10)});
    QTest::newRow("extend onto holidays only: nothing to add")
        << week << FullDay << d(10, 7) << week;
    QTest::newRow("extend to a Sunday stops on the Saturday")
        << week << FullDay << d(10, 11) << (week + QList<QDate>{d(10, 8), d(10, 9), d(10, 10)});
    QTest::newRow("extend evening sessions")
        << QList<QDate>{d(3, 2), d(3, 3)} << EveningOnly << d(3, 9)
        << QList<QDate>{d(3, 2), d(3, 3), d(3, 4), d(3, 5), d(3, 6), d(3, 9)};
    QTest::newRow("shorten") << week << FullDay << d(9, 29) << QList<QDate>{d(9, 28), d(9, 29)};
    QTest::newRow("shorten to a day between sessions")
        << QList<QDate>{d(3, 2), d(3, 4), d(3, 6)} << EveningOnly << d(3, 5)
        << QList<QDate>{d(3, 2), d(3, 4)};
    QTest::newRow("shorten to the first day")
        << week << FullDay << d(9, 28) << QList<QDate>{d(9, 28)};
}

void TestSessionShift::resize()
{
    QFETCH(QList<QDate>, days);
    QFETCH(Slots, daySlots);
    QFETCH(QDate, newEnd);
    QFETCH(QList<QDate>, expectedDays);
    const std::vector<Session> input = sessionsOn(days, daySlots);
    const std::vector<Session> resized = resizeSessions(input, newEnd, m_calendar);
    QCOMPARE(resized.size(), std::size_t(expectedDays.size() * daySlots.size()));
    for (std::size_t i = 0; i < resized.size(); ++i) {
        QCOMPARE(resized[i].date, expectedDays[qsizetype(i) / daySlots.size()]);
        QCOMPARE(int(resized[i].slot), daySlots[qsizetype(i) % daySlots.size()]);
        QCOMPARE(resized[i].cohortId, Id(7));
        // Kept sessions keep their ids; new ones have none yet.
        QCOMPARE(resized[i].id, i < input.size() ? input[i].id : Id(0));
    }
}

void TestSessionShift::resizeEmpty()
{
    const std::vector<Session> input = sessionsOn({d(9, 28), d(9, 29)}, FullDay);
    // Before the start: the first session stays, alone.
    const std::vector<Session> kept = resizeSessions(input, d(9, 1), m_calendar);
    QCOMPARE(kept.size(), std::size_t(1));
    QCOMPARE(kept.front(), input.front());
    QVERIFY(resizeSessions({}, d(9, 1), m_calendar).empty());
    // Unsorted input comes back sorted by date and slot.
    std::vector<Session> reversed(input.rbegin(), input.rend());
    QCOMPARE(resizeSessions(reversed, d(9, 29), m_calendar), input);
}

void TestSessionShift::offset_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    QTest::newRow("same day") << d(3, 4) << d(3, 4) << 0;
    QTest::newRow("next day") << d(3, 4) << d(3, 5) << 1;
    QTest::newRow("over a weekend") << d(3, 6) << d(3, 9) << 1;
    QTest::newRow("onto a Saturday") << d(3, 6) << d(3, 7) << 0;
    QTest::newRow("onto a Sunday") << d(3, 2) << d(3, 8) << 4;
    QTest::newRow("back onto a Saturday") << d(3, 9) << d(3, 7) << 0;
    QTest::newRow("back a week") << d(3, 9) << d(3, 2) << -5;
    QTest::newRow("over National Day") << d(9, 30) << d(10, 8) << 1;
    QTest::newRow("into National Day") << d(9, 30) << d(10, 4) << 0;
    QTest::newRow("back over National Day") << d(10, 8) << d(9, 30) << -1;
    QTest::newRow("onto the make-up Saturday") << d(10, 9) << d(10, 10) << 1;
    QTest::newRow("over the make-up Saturday") << d(10, 9) << d(10, 12) << 2;
    QTest::newRow("back over the make-up Saturday") << d(10, 12) << d(10, 9) << -2;
    QTest::newRow("from a Saturday") << d(3, 7) << d(3, 9) << 1;
}

void TestSessionShift::offset()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(workingDayOffset(from, to, m_calendar), expected);
}

void TestSessionShift::offsetIsSymmetricWithShift()
{
    // Every pair of working days from September to mid-October 2026.
    std::vector<QDate> days;
    for (QDate day = d(9, 1); day <= d(10, 16); day = day.addDays(1)) {
        if (m_calendar.isWorkingDay(day))
            days.push_back(day);
    }
    for (const QDate &a : days) {
        for (const QDate &b : days) {
            const int offset = workingDayOffset(a, b, m_calendar);
            QCOMPARE(offset, -workingDayOffset(b, a, m_calendar));
            const std::vector<Session> moved =
                shiftSessions({{1, 1, a, SessionSlot::Morning}}, offset, m_calendar);
            QCOMPARE(moved.front().date, b);
        }
    }
}

QTEST_GUILESS_MAIN(TestSessionShift)
#include "tst_sessionshift.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Laying out new cohorts over the bundled 2026 China calendar: National Day 2026-10-01..07
// with the make-up Saturday 2026-10-10, Mid-Autumn 2026-09-25..27 with the make-up Sunday
// 2026-09-20.
#include "io/calendarcsv.h"
#include "planning/cohortfactory.h"

#include <QTest>

using namespace Planner;
using namespace Qt::StringLiterals;

class TestCohortFactory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layOut_data();
    void layOut();
    void layOutSortedWithOneSessionPerSlot();
    void patternFromSessions_data();
    void patternFromSessions();
    void patternForCopy_data();
    void patternForCopy();
    void suggestCode_data();
    void suggestCode();
    void series_data();
    void series();
    void placementWarnings_data();
    void placementWarnings();

private:
    WorkCalendar m_calendar;
};

namespace {

constexpr int Mon = 1 << 0, Tue = 1 << 1, Wed = 1 << 2, Thu = 1 << 3, Fri = 1 << 4, Sat = 1 << 5,
              Sun = 1 << 6;
constexpr int Morning = 1 << int(SessionSlot::Morning),
              Afternoon = 1 << int(SessionSlot::Afternoon),
              Evening = 1 << int(SessionSlot::Evening);

QDate iso(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// The distinct dates of sessions, in order, as ISO text.
QStringList datesOf(const std::vector<Session> &sessions)
{
    QStringList dates;
    for (const Session &s : sessions) {
        const QString text = s.date.toString(Qt::ISODate);
        if (dates.isEmpty() || dates.last() != text)
            dates.append(text);
    }
    return dates;
}

} // namespace

void TestCohortFactory::initTestCase()
{
    m_calendar = WorkCalendar(CalendarCsv::bundledChina2026());
    QVERIFY(m_calendar.isMakeUpWorkday(iso(u"2026-10-10"_s)));
    QVERIFY(m_calendar.isMakeUpWorkday(iso(u"2026-09-20"_s)));
    QVERIFY(m_calendar.isHoliday(iso(u"2026-10-01"_s)));
}

void TestCohortFactory::layOut_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("teachingDays");
    QTest::addColumn<int>("weekdays");
    QTest::addColumn<int>("slotMask");
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<int>("sessionsPerDay");

    const int mwf = Mon | Wed | Fri;
    const int week = Mon | Tue | Wed | Thu | Fri;
    QTest::newRow("Mon/Wed/Fri over National Day, make-up Saturday skipped")
        << u"2026-09-28"_s << 4 << mwf << (Morning | Afternoon)
        << QStringList{u"2026-09-28"_s, u"2026-09-30"_s, u"2026-10-09"_s, u"2026-10-12"_s} << 2;
    QTest::newRow("working week over National Day takes the make-up Saturday")
        << u"2026-09-28"_s << 6 << week << (Morning | Afternoon)
        << QStringList{u"2026-09-28"_s, u"2026-09-29"_s, u"2026-09-30"_s,
                       u"2026-10-08"_s, u"2026-10-09"_s, u"2026-10-10"_s}
        << 2;
    QTest::newRow("working week takes the make-up Sunday before Mid-Autumn")
        << u"2026-09-18"_s << 3 << week << Morning
        << QStringList{u"2026-09-18"_s, u"2026-09-20"_s, u"2026-09-21"_s} << 1;
    QTest::newRow("Saturday in the pattern: only the make-up Saturday is a working one")
        << u"2026-10-02"_s << 3 << (mwf | Sat) << Evening
        << QStringList{u"2026-10-09"_s, u"2026-10-10"_s, u"2026-10-12"_s} << 1;
    QTest::newRow("start on a holiday moves to the first working day")
        << u"2026-10-01"_s << 1 << week << (Morning | Afternoon | Evening)
        << QStringList{u"2026-10-08"_s} << 3;
    QTest::newRow("start on a Tuesday with a Mon/Wed/Fri pattern")
        << u"2026-12-01"_s << 3 << mwf << (Morning | Afternoon)
        << QStringList{u"2026-12-02"_s, u"2026-12-04"_s, u"2026-12-07"_s} << 2;
    QTest::newRow("past the calendar: plain week")
        << u"2027-12-30"_s << 3 << week << Morning
        << QStringList{u"2027-12-30"_s, u"2027-12-31"_s, u"2028-01-03"_s} << 1;
    QTest::newRow("no teaching days")
        << u"2026-09-28"_s << 0 << week << Morning << QStringList{} << 1;
    QTest::newRow("no slot") << u"2026-09-28"_s << 3 << week << 0 << QStringList{} << 0;
    QTest::newRow("weekend only runs out after the make-up days")
        << u"2026-10-01"_s << 3 << (Sat | Sun) << Morning << QStringList{u"2026-10-10"_s} << 1;
}

void TestCohortFactory::layOut()
{
    QFETCH(QString, start);
    QFETCH(int, teachingDays);
    QFETCH(int, weekdays);
    QFETCH(int, slotMask);
    QFETCH(QStringList, dates);
    QFETCH(int, sessionsPerDay);

    const std::vector<Session> sessions =
        layOutSessions(iso(start), teachingDays, weekdays, slotMask, m_calendar);
    QCOMPARE(datesOf(sessions), dates);
    QCOMPARE(qsizetype(sessions.size()), dates.size() * sessionsPerDay);
    for (const Session &s : sessions) {
        QVERIFY(m_calendar.isWorkingDay(s.date));
        QCOMPARE(s.id, Id(0));
        QCOMPARE(s.cohortId, Id(0));
        QVERIFY(slotMask & (1 << int(s.slot)));
    }
}

void TestCohortFactory::layOutSortedWithOneSessionPerSlot()
{
    const std::vector<Session> sessions =
        layOutSessions(iso(u"2026-11-02"_s), 5, Tue | Thu, Morning | Evening, m_calendar);
    QCOMPARE(sessions.size(), std::size_t(10));
    for (std::size_t i = 1; i < sessions.size(); ++i) {
        const auto before = std::pair(sessions[i - 1].date, int(sessions[i - 1].slot));
        const auto after = std::pair(sessions[i].date, int(sessions[i].slot));
        QVERIFY(before < after);
    }
    QCOMPARE(sessions.front().slot, SessionSlot::Morning);
    QCOMPARE(sessions[1].slot, SessionSlot::Evening);
}

void TestCohortFactory::patternFromSessions_data()
{
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<int>("slotMask");
    QTest::addColumn<int>("weekdays");
    QTest::addColumn<int>("teachingDays");

    QTest::newRow("Mon/Wed/Fri") << QStringList{u"2026-11-02"_s, u"2026-11-04"_s, u"2026-11-06"_s,
                                                u"2026-11-09"_s}
                                 << (Morning | Afternoon) << (Mon | Wed | Fri) << 4;
    QTest::newRow("make-up Saturday is not a pattern weekday")
        << QStringList{u"2026-10-08"_s, u"2026-10-09"_s, u"2026-10-10"_s,
                       u"2026-10-12"_s, u"2026-10-13"_s, u"2026-10-14"_s}
        << Evening << (Mon | Tue | Wed | Thu | Fri) << 6;
    QTest::newRow("only a make-up day gives the working week")
        << QStringList{u"2026-10-10"_s} << Morning << (Mon | Tue | Wed | Thu | Fri) << 1;
}

void TestCohortFactory::patternFromSessions()
{
    QFETCH(QStringList, dates);
    QFETCH(int, slotMask);
    QFETCH(int, weekdays);
    QFETCH(int, teachingDays);

    std::vector<Session> sessions;
    for (const QString &date : dates) {
        for (int slot = 0; slot < 3; ++slot) {
            if (slotMask & (1 << slot))
                sessions.push_back(Session{0, 0, iso(date), SessionSlot(slot)});
        }
    }
    const SessionPattern pattern = patternOf(sessions, m_calendar);
    QCOMPARE(pattern.weekdays, weekdays);
    QCOMPARE(pattern.slotMask, slotMask);
    QCOMPARE(pattern.teachingDays, teachingDays);
    // Laid out again from the first date, the pattern gives the same sessions.
    QCOMPARE(layOutSessions(sessions.front().date, pattern, m_calendar), sessions);
}

void TestCohortFactory::patternForCopy_data()
{
    QTest::addColumn<int>("courseWeekdays");
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<int>("weekdays");

    const int week = Mon | Tue | Wed | Thu | Fri;
    QTest::newRow("short cohort of a working-week course")
        << week << QStringList{u"2026-01-05"_s, u"2026-01-06"_s, u"2026-01-07"_s} << week;
    QTest::newRow("over National Day with the make-up Saturday")
        << week << QStringList{u"2026-09-30"_s, u"2026-10-08"_s, u"2026-10-09"_s, u"2026-10-10"_s}
        << week;
    QTest::newRow("rescheduled to Tuesdays and Thursdays")
        << week << QStringList{u"2026-11-03"_s, u"2026-11-05"_s, u"2026-11-10"_s} << (Tue | Thu);
    QTest::newRow("Mon/Wed/Fri course")
        << (Mon | Wed | Fri) << QStringList{u"2026-11-02"_s, u"2026-11-04"_s} << (Mon | Wed | Fri);
    QTest::newRow("no sessions: the course's")
        << (Mon | Wed | Fri) << QStringList{} << (Mon | Wed | Fri);
}

void TestCohortFactory::patternForCopy()
{
    QFETCH(int, courseWeekdays);
    QFETCH(QStringList, dates);
    QFETCH(int, weekdays);

    Course course;
    course.days = 7;
    course.sessionWeekdays = courseWeekdays;
    course.sessionSlots = Morning | Afternoon;
    std::vector<Session> sessions;
    for (const QString &date : dates)
        sessions.push_back(Session{0, 0, iso(date), SessionSlot::Evening});
    const SessionPattern pattern = Planner::patternForCopy(course, sessions, m_calendar);
    QCOMPARE(pattern.weekdays, weekdays);
    QCOMPARE(pattern.teachingDays, dates.isEmpty() ? 7 : int(dates.size()));
    QCOMPARE(pattern.slotMask, dates.isEmpty() ? (Morning | Afternoon) : Evening);
}

void TestCohortFactory::suggestCode_data()
{
    QTest::addColumn<QString>("course");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("code");
    QTest::newRow("first of its year")
        << u"AI-201"_s << u"2026-07-06"_s << QStringList() << u"AI-201-2026-001"_s;
    QTest::newRow("continues the numbering")
        << u"AI-101"_s << u"2026-12-31"_s
        << QStringList{u"AI-101-2026-052"_s, u"AI-101-2026-053"_s, u"AI-101-2026-007"_s}
        << u"AI-101-2026-054"_s;
    // Other years, other courses (one whose code starts alike), suffixes and non-numbers
    // do not count.
    QTest::newRow("only its course and year")
        << u"AI-101"_s << u"2027-01-04"_s
        << QStringList{u"AI-101-2026-300"_s, u"AI-1011-2027-400"_s, u"AI-101-2027-12-2"_s,
                       u"AI-101-2027-x9"_s, u"AI-101-2027--5"_s}
        << u"AI-101-2027-001"_s;
    QTest::newRow("older two-digit codes")
        << u"BD-201"_s << u"2026-03-02"_s << QStringList{u"BD-201-2026-12"_s}
        << u"BD-201-2026-013"_s;
    QTest::newRow("past a thousand") << u"BD-201"_s << u"2026-03-02"_s
                                     << QStringList{u"BD-201-2026-999"_s} << u"BD-201-2026-1000"_s;
}

void TestCohortFactory::suggestCode()
{
    QFETCH(QString, course);
    QFETCH(QString, start);
    QFETCH(QStringList, taken);
    QFETCH(QString, code);
    const QSet<QString> codes(taken.cbegin(), taken.cend());
    QCOMPARE(suggestCohortCode(course, iso(start), codes), code);
}

void TestCohortFactory::series_data()
{
    QTest::addColumn<QString>("firstStart");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("everyWeeks");
    QTest::addColumn<QStringList>("starts");
    QTest::addColumn<QStringList>("ends");

    QTest::newRow("every 2 weeks")
        << u"2026-09-14"_s << 3 << 2
        << QStringList{u"2026-09-14"_s, u"2026-09-28"_s, u"2026-10-12"_s}
        << QStringList{u"2026-09-21"_s, u"2026-10-12"_s, u"2026-10-19"_s};
    QTest::newRow("a start in National Day waits for the holiday's end")
        << u"2026-09-17"_s << 2 << 2 << QStringList{u"2026-09-18"_s, u"2026-10-09"_s}
        << QStringList{u"2026-09-28"_s, u"2026-10-16"_s};
    QTest::newRow("weekly, one cohort") << u"2026-12-01"_s << 1 << 1 << QStringList{u"2026-12-02"_s}
                                        << QStringList{u"2026-12-09"_s};
}

void TestCohortFactory::series()
{
    QFETCH(QString, firstStart);
    QFETCH(int, count);
    QFETCH(int, everyWeeks);
    QFETCH(QStringList, starts);
    QFETCH(QStringList, ends);

    Course course;
    course.id = 42;
    course.code = QStringLiteral("AI-201");
    course.days = 4;
    course.sessionWeekdays = Mon | Wed | Fri;
    course.sessionSlots = Morning | Afternoon;
    const std::vector<PlannedCohort> series =
        planSeries(course, iso(firstStart), count, everyWeeks, 7, CohortMode::Hybrid, 24,
                   m_calendar, {QStringLiteral("AI-201-2026-004")});
    QCOMPARE(qsizetype(series.size()), starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const PlannedCohort &planned = series[std::size_t(i)];
        QCOMPARE(planned.start().toString(Qt::ISODate), starts.at(i));
        QCOMPARE(planned.end().toString(Qt::ISODate), ends.at(i));
        QCOMPARE(planned.sessions.size(), std::size_t(8));
        QCOMPARE(planned.cohort.courseId, Id(42));
        QCOMPARE(planned.cohort.venueId, Id(7));
        QCOMPARE(planned.cohort.mode, CohortMode::Hybrid);
        QCOMPARE(planned.cohort.capacity, 24);
        // Numbered on from the plan's codes, one after the other.
        // (Every series here starts in 2026.)
        QCOMPARE(planned.cohort.code,
                 QStringLiteral("AI-201-2026-%1").arg(5 + i, 3, 10, QLatin1Char('0')));
        if (i > 0)
            QVERIFY(series[std::size_t(i - 1)].start() < planned.start());
    }
}

void TestCohortFactory::placementWarnings_data()
{
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<QStringList>("parts"); // one per warning, in order
    const QDate today(2026, 12, 4);
    QTest::newRow("ahead, in a year with its calendar")
        << QList<QDate>{QDate(2026, 12, 7), QDate(2026, 12, 8)} << QStringList{};
    QTest::newRow("today is not the past") << QList<QDate>{today} << QStringList{};
    QTest::newRow("in the past") << QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 3)}
                                 << QStringList{QStringLiteral("2026-03-02, is before today")};
    QTest::newRow("into a year without its calendar")
        << QList<QDate>{QDate(2026, 12, 30), QDate(2027, 1, 4)}
        << QStringList{QStringLiteral("no work calendar for 2027")};
    QTest::newRow("both, and two years without")
        << QList<QDate>{QDate(2028, 1, 3), QDate(2025, 6, 2), QDate(2027, 1, 4)}
        << QStringList{QStringLiteral("2025-06-02, is before today"),
                       QStringLiteral("no work calendar for 2025"),
                       QStringLiteral("no work calendar for 2027"),
                       QStringLiteral("no work calendar for 2028")};
}

void TestCohortFactory::placementWarnings()
{
    QFETCH(QList<QDate>, dates);
    QFETCH(QStringList, parts);
    std::vector<Session> sessions;
    for (const QDate &d : dates)
        sessions.push_back(Session{0, 1, d, SessionSlot::Morning});
    const QStringList warnings =
        Planner::placementWarnings(sessions, m_calendar, QDate(2026, 12, 4));
    QCOMPARE(warnings.size(), parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i)
        QVERIFY2(warnings.at(i).contains(parts.at(i)), qPrintable(warnings.at(i)));
}

QTEST_GUILESS_MAIN(TestCohortFactory)
#include "tst_cohortfactory.moc"

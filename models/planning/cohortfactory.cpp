// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortfactory.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Planner {

namespace {

// How far nextPatternDay looks: a pattern with a working weekday finds one within a
// few weeks even across the longest holidays.
constexpr int SearchDays = 3660;

int weekdayBit(QDate date)
{
    return 1 << (date.dayOfWeek() - 1);
}

} // namespace

QDate PlannedCohort::start() const
{
    return sessions.empty() ? QDate() : sessions.front().date;
}

QDate PlannedCohort::end() const
{
    return sessions.empty() ? QDate() : sessions.back().date;
}

bool isPatternDay(QDate date, int weekdayMask, const WorkCalendar &calendar)
{
    if (!date.isValid() || !calendar.isWorkingDay(date))
        return false;
    if (weekdayMask & weekdayBit(date))
        return true;
    return (weekdayMask & WorkingWeekMask) == WorkingWeekMask && calendar.isMakeUpWorkday(date);
}

QDate nextPatternDay(QDate date, int weekdayMask, const WorkCalendar &calendar)
{
    if (!date.isValid())
        return {};
    for (int i = 0; i < SearchDays; ++i, date = date.addDays(1)) {
        if (isPatternDay(date, weekdayMask, calendar))
            return date;
    }
    return {};
}

std::vector<Session> layOutSessions(QDate start, int teachingDays, int weekdayMask, int slotMask,
                                    const WorkCalendar &calendar)
{
    std::vector<Session> sessions;
    QDate day = start;
    for (int n = 0; n < teachingDays; ++n) {
        day = nextPatternDay(day, weekdayMask, calendar);
        if (!day.isValid())
            break;
        for (int slot = 0; slot < 3; ++slot) {
            if (slotMask & (1 << slot))
                sessions.push_back(Session{0, 0, day, SessionSlot(slot)});
        }
        day = day.addDays(1);
    }
    return sessions;
}

std::vector<Session> layOutSessions(QDate start, const SessionPattern &pattern,
                                    const WorkCalendar &calendar)
{
    return layOutSessions(start, pattern.teachingDays, pattern.weekdays, pattern.slotMask,
                          calendar);
}

SessionPattern patternOf(const Course &course)
{
    return SessionPattern{course.sessionWeekdays, course.sessionSlots, course.days};
}

SessionPattern patternOf(const std::vector<Session> &sessions, const WorkCalendar &calendar)
{
    SessionPattern pattern;
    pattern.teachingDays = 0;
    if (sessions.empty())
        return pattern;
    int weekdays = 0;
    int slotMask = 0;
    QSet<qint64> dates;
    for (const Session &s : sessions) {
        if (!s.date.isValid())
            continue;
        if (!calendar.isMakeUpWorkday(s.date))
            weekdays |= weekdayBit(s.date);
        slotMask |= 1 << int(s.slot);
        dates.insert(s.date.toJulianDay());
    }
    pattern.weekdays = weekdays != 0 ? weekdays : WorkingWeekMask;
    pattern.slotMask = slotMask != 0 ? slotMask : pattern.slotMask;
    pattern.teachingDays = int(dates.size());
    return pattern;
}

SessionPattern patternForCopy(const Course &course, const std::vector<Session> &sessions,
                              const WorkCalendar &calendar)
{
    SessionPattern pattern = patternOf(sessions, calendar);
    if (pattern.teachingDays == 0)
        return patternOf(course);
    QList<QDate> dates;
    for (const Session &s : sessions) {
        if (s.date.isValid())
            dates.append(s.date);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    QList<QDate> byCourse;
    for (const Session &s :
         layOutSessions(dates.front(), pattern.teachingDays, course.sessionWeekdays, 1, calendar))
        byCourse.append(s.date);
    if (byCourse == dates)
        pattern.weekdays = course.sessionWeekdays;
    return pattern;
}

QString suggestCohortCode(const QString &courseCode, QDate start)
{
    return QStringLiteral("%1-%2-%3")
        .arg(courseCode)
        .arg(start.year(), 4, 10, QLatin1Char('0'))
        .arg(start.month(), 2, 10, QLatin1Char('0'));
}

std::vector<PlannedCohort> planSeries(const Course &course, QDate firstStart, int count,
                                      int everyWeeks, Id venueId, CohortMode mode, int capacity,
                                      const WorkCalendar &calendar)
{
    std::vector<PlannedCohort> series;
    if (!firstStart.isValid())
        return series;
    const SessionPattern pattern = patternOf(course);
    for (int k = 0; k < count; ++k) {
        PlannedCohort planned;
        planned.sessions =
            layOutSessions(firstStart.addDays(qint64(k) * everyWeeks * 7), pattern, calendar);
        if (planned.sessions.empty())
            continue;
        planned.cohort.courseId = course.id;
        planned.cohort.code = suggestCohortCode(course.code, planned.start());
        planned.cohort.venueId = venueId;
        planned.cohort.mode = mode;
        planned.cohort.capacity = capacity;
        series.push_back(std::move(planned));
    }
    return series;
}

QStringList placementWarnings(const std::vector<Session> &sessions, const WorkCalendar &calendar,
                              QDate today)
{
    QStringList warnings;
    QDate first;
    QList<int> missing;
    for (const Session &s : sessions) {
        if (!first.isValid() || s.date < first)
            first = s.date;
        if (!calendar.hasYear(s.date.year()) && !missing.contains(s.date.year()))
            missing.append(s.date.year());
    }
    std::sort(missing.begin(), missing.end());
    if (first.isValid() && today.isValid() && first < today)
        warnings << QCoreApplication::translate("Planner::CohortFactory",
                                                "The first session, %1, is before today: "
                                                "this places a cohort in the past.")
                        .arg(first.toString(Qt::ISODate));
    for (int year : missing)
        warnings << QCoreApplication::translate(
                        "Planner::CohortFactory",
                        "The plan has no work calendar for %1: its "
                        "public holidays are unknown and sessions are laid on weekdays only. "
                        "Import the official calendar first (File ▸ Import Work Calendar…).")
                        .arg(year);
    return warnings;
}

} // namespace Planner

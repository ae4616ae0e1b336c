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

QString suggestCohortCode(const QString &courseCode, QDate start, const QSet<QString> &taken)
{
    const QString prefix =
        QStringLiteral("%1-%2-").arg(courseCode).arg(start.year(), 4, 10, QLatin1Char('0'));
    int highest = 0;
    for (const QString &code : taken) {
        if (!code.startsWith(prefix))
            continue;
        bool number = false;
        const int n = QStringView(code).mid(prefix.size()).toInt(&number);
        // Digits only: "AI-201-2026-12-2" is not number 12 followed by anything.
        if (number && code.size() > prefix.size() && code.at(prefix.size()).isDigit())
            highest = std::max(highest, n);
    }
    QString code;
    for (int n = highest + 1; code.isEmpty() || taken.contains(code); ++n)
        code = prefix + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
    return code;
}

namespace {

qint64 slotKey(const Session &s)
{
    return s.date.toJulianDay() * 4 + int(s.slot);
}

} // namespace

VenueBookings::VenueBookings(const std::vector<Venue> &venues, const std::vector<Cohort> &cohorts,
                             const std::vector<Session> &sessions, Id except)
    : m_venues(venues)
{
    std::map<Id, const Cohort *> physical; // cohort id -> cohort, at a physical venue
    std::map<Id, bool> online;
    for (const Venue &v : venues)
        online[v.id] = v.online;
    for (const Cohort &c : cohorts) {
        if (c.id != except && c.status != CohortStatus::Cancelled && c.venueId != 0 &&
            !online[c.venueId])
            physical[c.id] = &c;
    }
    for (const Session &s : sessions) {
        if (const auto c = physical.find(s.cohortId); c != physical.end())
            m_booked[c->second->venueId].emplace(slotKey(s), c->second->code);
    }
}

std::vector<VenueOption> VenueBookings::rank(const std::vector<Session> &sessions,
                                             int capacity) const
{
    std::vector<VenueOption> options;
    for (const Venue &v : m_venues) {
        VenueOption option;
        option.venueId = v.id;
        option.seats = v.seats;
        if (v.online) {
            option.state = VenueOption::State::Online;
        } else if (v.seats < capacity) {
            option.state = VenueOption::State::TooSmall;
        } else if (const auto booked = m_booked.find(v.id); booked != m_booked.end()) {
            for (const Session &s : sessions) {
                if (const auto at = booked->second.find(slotKey(s)); at != booked->second.end()) {
                    option.state = VenueOption::State::Booked;
                    option.bookedBy = at->second;
                    option.bookedOn = s.date;
                    break;
                }
            }
        }
        options.push_back(std::move(option));
    }
    const auto spare = [capacity](const VenueOption &o) { return o.seats - capacity; };
    std::stable_sort(options.begin(), options.end(),
                     [&](const VenueOption &a, const VenueOption &b) {
                         if (a.state != b.state)
                             return a.state < b.state;
                         // The closest fit first; the larger first among those too small.
                         return a.state == VenueOption::State::TooSmall ? a.seats > b.seats
                                                                        : spare(a) < spare(b);
                     });
    return options;
}

std::vector<PlannedCohort> planSeries(const Course &course, QDate firstStart, int count,
                                      int everyWeeks, Id venueId, CohortMode mode, int capacity,
                                      const WorkCalendar &calendar, QSet<QString> taken)
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
        planned.cohort.code = suggestCohortCode(course.code, planned.start(), taken);
        taken.insert(planned.cohort.code);
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

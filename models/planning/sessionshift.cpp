// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionshift.h"

#include <algorithm>
#include <cstdlib>

namespace Planner {

namespace {

bool byDateAndSlot(const Session &a, const Session &b)
{
    return std::pair(a.date, int(a.slot)) < std::pair(b.date, int(b.slot));
}

} // namespace

QDate addWorkingDays(QDate date, int workingDays, const WorkCalendar &calendar)
{
    // Terminates: the calendar lists finitely many days, and outside them every Monday to
    // Friday is a working day.
    const int step = workingDays < 0 ? -1 : 1;
    for (int left = std::abs(workingDays); left > 0;) {
        date = date.addDays(step);
        if (calendar.isWorkingDay(date))
            --left;
    }
    return date;
}

std::vector<Session> shiftSessions(const std::vector<Session> &sessions, int workingDays,
                                   const WorkCalendar &calendar)
{
    std::vector<Session> shifted = sessions;
    for (Session &s : shifted) {
        if (!s.date.isValid())
            continue;
        const QDate from = calendar.isWorkingDay(s.date) ? s.date : calendar.nextWorkingDay(s.date);
        s.date = addWorkingDays(from, workingDays, calendar);
    }
    return shifted;
}

std::vector<Session> resizeSessions(const std::vector<Session> &sessions, QDate newEnd,
                                    const WorkCalendar &calendar)
{
    std::vector<Session> result = sessions;
    std::sort(result.begin(), result.end(), byDateAndSlot);
    if (result.empty() || !newEnd.isValid())
        return result;
    const QDate last = result.back().date;
    if (newEnd < last) {
        const auto firstAfter =
            std::upper_bound(result.begin() + 1, result.end(), newEnd,
                             [](QDate end, const Session &s) { return end < s.date; });
        result.erase(firstAfter, result.end());
        return result;
    }
    std::vector<SessionSlot> lastDaySlots;
    for (auto it = result.rbegin(); it != result.rend() && it->date == last; ++it)
        lastDaySlots.insert(lastDaySlots.begin(), it->slot);
    const Id cohortId = result.back().cohortId;
    for (QDate d = last.addDays(1); d <= newEnd; d = d.addDays(1)) {
        if (!calendar.isWorkingDay(d))
            continue;
        for (SessionSlot slot : lastDaySlots)
            result.push_back({0, cohortId, d, slot});
    }
    return result;
}

int workingDayOffset(QDate from, QDate to, const WorkCalendar &calendar)
{
    if (!from.isValid() || !to.isValid() || from == to)
        return 0;
    if (to > from)
        return calendar.workingDaysBetween(from.addDays(1), to);
    return -calendar.workingDaysBetween(to, from.addDays(-1));
}

} // namespace Planner

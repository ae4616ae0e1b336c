// SPDX-License-Identifier: GPL-3.0-or-later
#include "workcalendar.h"

namespace Planner {

WorkCalendar::WorkCalendar(const std::vector<CalendarDay> &days) : m_days(days)
{
    m_byJulianDay.reserve(qsizetype(days.size()));
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        m_byJulianDay.insert(m_days[i].date.toJulianDay(), i);
        m_years.insert(m_days[i].date.year());
    }
}

bool WorkCalendar::isWorkingDay(QDate date) const
{
    const auto it = m_byJulianDay.constFind(date.toJulianDay());
    if (it != m_byJulianDay.cend())
        return m_days[*it].kind == CalendarDayKind::Workday;
    return date.dayOfWeek() <= 5;
}

bool WorkCalendar::isHoliday(QDate date) const
{
    const auto it = m_byJulianDay.constFind(date.toJulianDay());
    return it != m_byJulianDay.cend() && m_days[*it].kind == CalendarDayKind::Holiday;
}

bool WorkCalendar::isMakeUpWorkday(QDate date) const
{
    const auto it = m_byJulianDay.constFind(date.toJulianDay());
    return it != m_byJulianDay.cend() && m_days[*it].kind == CalendarDayKind::Workday;
}

QString WorkCalendar::nameOf(QDate date) const
{
    const auto it = m_byJulianDay.constFind(date.toJulianDay());
    return it != m_byJulianDay.cend() ? m_days[*it].name : QString();
}

QDate WorkCalendar::nextWorkingDay(QDate date) const
{
    // Chinese holidays last at most nine days in a row; a month is a safe bound.
    for (int i = 0; i < 31; ++i, date = date.addDays(1)) {
        if (isWorkingDay(date))
            return date;
    }
    return date;
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int count = 0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        count += isWorkingDay(d) ? 1 : 0;
    return count;
}

} // namespace Planner

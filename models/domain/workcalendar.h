// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarday.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <vector>

namespace Planner {

// Which dates are working days: Monday to Friday, minus public holidays, plus make-up
// working days. Dates outside the years the calendar has data for follow the plain week.
class WorkCalendar
{
public:
    WorkCalendar() = default;
    explicit WorkCalendar(const std::vector<CalendarDay> &days);

    bool isWorkingDay(QDate date) const;
    bool isHoliday(QDate date) const;
    bool isMakeUpWorkday(QDate date) const;
    // The name of the holiday or make-up day at date, or an empty string.
    QString nameOf(QDate date) const;

    // The first working day on or after date.
    QDate nextWorkingDay(QDate date) const;
    // Working days in [from, to], both inclusive.
    int workingDaysBetween(QDate from, QDate to) const;

    const std::vector<CalendarDay> &days() const { return m_days; }
    // Whether the calendar has the official days of year (at least one holiday or make-up
    // working day in it): without them a year runs on weekends only, and the app says so.
    bool hasYear(int year) const { return m_years.contains(year); }

private:
    std::vector<CalendarDay> m_days;
    QHash<qint64, std::size_t> m_byJulianDay;
    QSet<int> m_years;
};

} // namespace Planner

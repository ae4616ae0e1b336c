// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarday.h"

#include <QDate>
#include <QHash>

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

private:
    std::vector<CalendarDay> m_days;
    QHash<qint64, std::size_t> m_byJulianDay;
};

} // namespace Planner

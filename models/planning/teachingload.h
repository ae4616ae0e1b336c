// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <vector>

namespace Planner {

// An instructor's teaching days in the ISO week, the month and the year of a date. A
// teaching day is a date with at least one session, however many slots it has.
struct TeachingLoad
{
    int week = 0;
    int month = 0;
    int year = 0;

    // dates: the instructor's session dates, in any order, repeats allowed.
    static TeachingLoad on(const std::vector<QDate> &dates, QDate date);
};

} // namespace Planner

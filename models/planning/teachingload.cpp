// SPDX-License-Identifier: GPL-3.0-or-later
#include "teachingload.h"

#include <algorithm>

namespace Planner {

TeachingLoad TeachingLoad::on(const std::vector<QDate> &dates, QDate date)
{
    std::vector<QDate> days = dates;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear);
    TeachingLoad load;
    for (const QDate &d : days) {
        int y = 0;
        if (d.weekNumber(&y) == week && y == weekYear)
            ++load.week;
        if (d.year() == date.year()) {
            ++load.year;
            if (d.month() == date.month())
                ++load.month;
        }
    }
    return load;
}

} // namespace Planner

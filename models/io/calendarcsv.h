// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/calendarday.h"
#include "domain/result.h"

#include <QString>

#include <vector>

namespace Planner {

// Work calendars as CSV with the columns date,kind,name,name_zh (kind: holiday or
// workday), the format of the official calendar shipped with the app.
namespace CalendarCsv {

// One thing wrong with one row of the file.
struct Problem
{
    int line = 0;
    QString column; // empty when the problem is with the row as a whole
    QString value;
    QString message;
    // "line N, column C: message"
    QString text() const;
};

struct Parsed
{
    std::vector<CalendarDay> days;
    std::vector<Problem> problems; // every problem found, in file order
};

// Parses CSV text, collecting every problem.
Parsed parseAll(const QString &text);

// Parses CSV text: the days, or the first problem ("line N, column C: message").
Result<std::vector<CalendarDay>> parse(const QString &text);

// The 2026 mainland China calendar bundled with the app.
std::vector<CalendarDay> bundledChina2026();

} // namespace CalendarCsv

} // namespace Planner

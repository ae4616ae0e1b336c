// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/calendarday.h"

#include <QString>

#include <vector>

namespace Planner {

// Work calendars as CSV with the columns date,kind,name,name_zh (kind: holiday or
// workday), the format of the official calendar shipped with the app.
namespace CalendarCsv {

// Parses CSV text. On the first bad row returns an empty list and sets *error to
// "line N, column C: message".
std::vector<CalendarDay> parse(const QString &text, QString *error);

// The 2026 mainland China calendar bundled with the app.
std::vector<CalendarDay> bundledChina2026();

} // namespace CalendarCsv

} // namespace Planner

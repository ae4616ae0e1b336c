// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarcsv.h"

#include <QSqlDatabase>
#include <QString>

namespace Planner {

struct CalendarImportResult
{
    int rows = 0;      // data rows in the file
    int imported = 0;  // new days
    int updated = 0;   // days already in the plan, changed
    int unchanged = 0; // days already in the plan as they are in the file
    std::vector<CalendarCsv::Problem> problems;
};

// Imports a work calendar CSV (date,kind,name,name_zh; UTF-8, with or without BOM, or
// GB18030 as Excel on Chinese Windows writes it) into the plan: all rows in one
// transaction, or none when any row has a problem. Days already in the plan are updated
// (the date is the key), each change audited. With dryRun nothing is written. Throws
// StoreError when the plan cannot be written.
CalendarImportResult importCalendarFile(QSqlDatabase &db, const QString &path, bool dryRun);

// Decodes a text file exported by a spreadsheet: UTF-8 (a BOM is dropped) when it is
// valid UTF-8, else GB18030. Returns false with *error when it cannot be read.
bool readSpreadsheetText(const QString &path, QString *text, QString *error);

} // namespace Planner

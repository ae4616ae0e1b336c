// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icswriter.h"

#include "domain/types.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Planner::IcsExport {

// The teaching schedule of the instructor with this staff code: every session of every
// cohort they are assigned to (as lead or assistant), cancelled cohorts left out. Empty
// optional with *error when there is no such instructor.
std::optional<Ics::Calendar> instructorSchedule(const QSqlDatabase &db, const QString &code, QString *error);
// The sessions of the cohort with this code.
std::optional<Ics::Calendar> cohortSessions(const QSqlDatabase &db, const QString &code, QString *error);
// The same by record id (for the pages' context menus).
std::optional<Ics::Calendar> instructorSchedule(const QSqlDatabase &db, Id instructorId, QString *error);
std::optional<Ics::Calendar> cohortSessions(const QSqlDatabase &db, Id cohortId, QString *error);
// A file name for the calendar: its name with characters file systems refuse replaced.
QString suggestedFileName(const Ics::Calendar &calendar);

// Writes the calendar to path (whole or not at all). Returns an error message or empty.
QString save(const Ics::Calendar &calendar, const QString &path);

} // namespace Planner::IcsExport

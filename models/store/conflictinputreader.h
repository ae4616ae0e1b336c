// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/conflictengine.h"

#include <QSqlDatabase>

namespace Planner {

// Reads what the conflict engine checks: the plan without trainees, and seat counts.
ConflictInput loadConflictInput(const QSqlDatabase &db);
// The same with only the sessions from first to last: what a year's conflicts need (with
// a week either side, for the weekly limits across its ends).
ConflictInput loadConflictInput(const QSqlDatabase &db, QDate first, QDate last);

// Every instructor's course preferences, (instructor id, course id) -> points from -2 to
// +2, for SolverOptions::preferences.
std::map<std::pair<Id, Id>, int> loadCoursePreferences(const QSqlDatabase &db);

} // namespace Planner

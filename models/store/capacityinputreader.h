// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/capacityplanner.h"

#include <QSqlDatabase>

namespace Planner {

// Reads what the capacity planner needs for year: the catalogue, the instructors with
// their qualifications and leave, the targets, the work calendar, and the cohorts with
// sessions in the year (with their sessions and instructors); the course mix, online
// courses and seasonal profile of the year before (PlanningYear::habits).
// The rates (fill, no-show, completion, certification) are each track's own from its
// completed cohorts of the year before, where that history is big enough
// (PlanningYear::assumptionsFrom); *historyYear (when given) is that year, or 0 when
// every track runs on the defaults.
CapacityInput loadCapacityInput(const QSqlDatabase &db, int year, int *historyYear = nullptr);

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/capacityplanner.h"

#include <QSqlDatabase>

namespace Planner {

// Reads what the capacity planner needs for year: the catalogue, the instructors with
// their qualifications and leave, the targets, the work calendar, and the cohorts with
// sessions in the year (with their sessions and instructors). Assumptions, course mix
// and profile are left at the planner's defaults (the mix from the year's cohorts).
CapacityInput loadCapacityInput(const QSqlDatabase &db, int year);

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/conflictengine.h"

#include <QSqlDatabase>

namespace Planner {

// Reads what the conflict engine checks: the plan without trainees, and seat counts.
ConflictInput loadConflictInput(const QSqlDatabase &db);

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

#include "planning/assignmentsolver.h"

#include <vector>

namespace Planner {

// The edit that applies an automatic assignment: every replaced assignment removed,
// then every new one inserted, as one change set (one transaction, one undo step).
// current: the plan's assignments the changes were computed from.
ChangeSet assignmentChangeSet(const std::vector<CohortInstructor> &current,
                              const std::vector<AssignmentChange> &changes);

} // namespace Planner

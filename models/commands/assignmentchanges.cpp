// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignmentchanges.h"

#include <algorithm>

namespace Planner {

ChangeSet assignmentChangeSet(const std::vector<CohortInstructor> &current,
                              const std::vector<AssignmentChange> &changes)
{
    ChangeSet set;
    // Removals first: an instructor may move from one role of a cohort to the other.
    for (const AssignmentChange &change : changes) {
        if (change.before == 0)
            continue;
        const auto it =
            std::find_if(current.begin(), current.end(), [&](const CohortInstructor &a) {
                return a.cohortId == change.cohortId && a.instructorId == change.before &&
                       a.role == change.role;
            });
        if (it != current.end())
            set.remove(*it);
    }
    for (const AssignmentChange &change : changes) {
        if (change.after != 0)
            set.insert(CohortInstructor{change.cohortId, change.after, change.role, false});
    }
    return set;
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/enrollmentrules.h"

#include <QSqlDatabase>

#include <vector>

namespace Planner {

// Reads what an enrollment edit checks (EnrollmentRules): the given enrollments, every
// enrollment of the given cohorts and trainees and of theirs, the dates and seats of all
// cohorts those enrollments are in, and the trainees' names.
EnrollmentInput loadEnrollmentInput(const QSqlDatabase &db, const std::vector<Id> &cohortIds,
                                    const std::vector<Id> &traineeIds, const std::vector<Id> &enrollmentIds = {});

} // namespace Planner

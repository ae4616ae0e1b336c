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
                                    const std::vector<Id> &traineeIds,
                                    const std::vector<Id> &enrollmentIds = {});

// Every cohort's dates and seats and every enrollment of the plan, without the trainees'
// names, and of each enrollment only what PlanRules reads (its trainee, cohort, status,
// waiting-list place and certificate date): what `verify` and a large import's check
// go through.
EnrollmentInput loadWholeEnrollmentInput(const QSqlDatabase &db);

// The names of the trainees with these ids (for messages).
QHash<Id, QString> loadTraineeNames(const QSqlDatabase &db, const std::vector<Id> &traineeIds);

} // namespace Planner

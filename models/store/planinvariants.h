// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Planner::PlanInvariants {

// What every plan keeps whatever happened to the process writing it (a crash, a kill, a
// full disk): the file is whole (a full integrity_check), every reference points at a
// record, every cohort has its sessions, no cohort seats more trainees (enrolled,
// completed or failed) than its capacity, each cohort's waiting list is numbered
// 1, 2, … without gaps or repeats, and no cohort still to run has a free seat while
// someone waits for one. Returns one line per problem (at most maxProblems),
// naming the records; empty when the plan keeps them all. Reads only.
QStringList check(const QSqlDatabase &db, int maxProblems = 20);

} // namespace Planner::PlanInvariants

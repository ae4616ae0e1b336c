// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enrollmentrules.h"

#include <QString>

#include <set>
#include <vector>

namespace Planner {

// The rules a plan keeps between any two edits, stated once. Every writer (an edit in
// the window or the CLI, an import, auto-assign, undo and redo) has them checked over the
// records it touched before its transaction commits (store/PlanInvariants::WriteCheck),
// and `verify` checks them over the whole plan:
//
//  - a cohort seats no more trainees (enrolled, completed or failed) than its capacity;
//  - a cohort's waiting list is numbered 1, 2, … without gaps or repeats;
//  - a cohort still to run (planned, open, running) has no free seat while someone waits;
//  - a certificate is dated on or after the first day of its cohort (and, by the file's
//    own CHECK, only a completed trainee holds one);
//  - a trainee holds no two enrollments in cohorts whose dates overlap (withdrawn
//    enrollments and cancelled cohorts do not count: EnrollmentRules::blocksOverlap).
//
// A session on a weekend or holiday is allowed: the conflict engine flags each one
// (ConflictKind::NonWorkingDay), so it is never silent. A cohort may have no sessions
// for a while (its cohorts file imported before its sessions file): it has no dates, so
// it overlaps nothing, and the Cohorts page shows it without any.
namespace PlanRules {

enum class Rule {
    OverCapacity,
    WaitlistNumbering,
    FreeSeatWhileWaiting,
    CertificateBeforeStart,
    Overlap
};

// One rule broken, with the records that break it.
struct Broken
{
    Rule rule;
    QString message; // in the user's language, naming the cohorts and trainees
    std::vector<Id> cohorts;
    std::vector<Id> trainees;
    std::vector<Id> enrollments;
    // The same breach found twice (before and after an edit) has the same key.
    QString key() const;
};

// The stable key of a rule ("over_capacity", …), for JSON and tests.
QString ruleKey(Rule rule);

// Checks the cohorts and trainees named (all of input's when all is set) against every
// rule above. input must hold every enrollment of those cohorts and trainees, and the
// dates of every cohort those enrollments are in (store/PlanInvariants reads it).
struct Scope
{
    bool all = false;
    std::set<Id> cohorts;
    std::set<Id> trainees;
};
std::vector<Broken> check(const EnrollmentInput &input, const Scope &scope);

} // namespace PlanRules

} // namespace Planner

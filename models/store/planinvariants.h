// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/planrules.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <vector>

namespace Planner::PlanInvariants {

// What every plan keeps whatever happened to the process writing it (a crash, a kill, a
// full disk, a bug in one of its writers): the file is whole (a full integrity_check),
// every reference points at a record (a server enforces both itself), and the plan keeps
// every rule of PlanRules. Returns
// one line per problem (at most maxProblems), naming the records; empty when the plan
// keeps them all. Reads only.
QStringList check(const QSqlDatabase &db, int maxProblems = 20);

// The rules of PlanRules the whole plan breaks, with their records and the trainees'
// names in the messages (what `verify` reports).
std::vector<PlanRules::Broken> brokenRules(const QSqlDatabase &db);

// Checks one write against PlanRules before its transaction commits. Made inside the
// writer's transaction before it writes: from then on the connection notes which cohorts
// and trainees the write touches (temporary triggers in a file, the change log on a
// server: whatever statement writes them).
// finish() then checks those records. A write that leaves a rule broken that was not
// broken before is refused: finish() throws StoreError naming each breach, and the
// writer's transaction must roll back. A record that already broke a rule (a plan
// written by an older version) does not block unrelated edits, nor the edits that mend it
// step by step.
class WriteCheck final
{
public:
    // What finish() checks: the records the write touched, or (for a write that touches
    // much of the plan, such as an import of enrollments, where noting each record costs
    // more than reading them all) the whole plan.
    enum class Scope { Touched, WholePlan };

    explicit WriteCheck(QSqlDatabase db, Scope scope = Scope::Touched);
    ~WriteCheck();
    WriteCheck(const WriteCheck &) = delete;
    WriteCheck &operator=(const WriteCheck &) = delete;

    // rewrite must write the same again: it is called, only when the records touched
    // broke a rule after the write, once the write was rolled back to compare with how
    // they were before.
    void finish(const std::function<void()> &rewrite);

private:
    // The cohorts and trainees the write touched, from the temporary tables (a file) or
    // from the change log rows written since the check began (a server).
    PlanRules::Scope touched() const;

    QSqlDatabase m_db;
    Scope m_scope;
    bool m_open = false;
    bool m_server = false;
    qint64 m_logMark = 0; // on a server: the last change_log id before the write
};

} // namespace Planner::PlanInvariants

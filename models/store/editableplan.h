// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace Planner {

class BackupStore;

// A plan edits can be written to: a plan file (PlanDatabase) or a plan on a server
// (ServerPlan). PlanEditor writes through this, so the one edit path serves both.
class EditablePlan
{
public:
    virtual ~EditablePlan() = default;
    virtual QSqlDatabase database() const = 0;
    virtual bool isReadOnly() const = 0;
    // Ok while what is written here reaches the plan others open; otherwise the Problem
    // says why not (a plan file deleted or replaced behind this program's back).
    virtual Result<> checkWritable() const { return {}; }
    // The automatic backups kept of the plan, or nullptr (read-only, or kept by the
    // server's own backups).
    virtual BackupStore *backups() const { return nullptr; }
};

} // namespace Planner

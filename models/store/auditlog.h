// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/calendarday.h"

#include <QSqlDatabase>

#include <vector>

namespace Planner {

// Who changed what, when: one row per change, written in the change's transaction.
class AuditLog final
{
public:
    explicit AuditLog(QSqlDatabase db);

    // Fills in at and user when they are empty.
    void record(AuditEntry entry);
    // The newest entries first.
    std::vector<AuditEntry> newest(int limit) const;

    // The operating-system account name, recorded as "who".
    static QString currentUser();

private:
    QSqlDatabase m_db;
};

} // namespace Planner

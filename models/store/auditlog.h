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

    // Who is recorded as making a change: "Wang Fang (wangfang)" when the user gave a
    // display name (Edit ▸ Preferences), else the operating-system account's name.
    static QString currentUser();
    // Who record() writes as the user of an entry on db: currentUser() on a file; on a
    // server the server role, after the display name when one was given.
    static QString userOn(const QSqlDatabase &db);
    // The display name for this process's changes; empty for the account's name alone.
    static void setDisplayName(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace Planner

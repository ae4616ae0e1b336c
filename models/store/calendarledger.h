// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <vector>

class QSqlDatabase;

namespace Planner {

// What each exported calendar last said of each event (table calendar_event): its
// SEQUENCE, a fingerprint of its content, whether it was cancelled, and enough of it to
// cancel it once it is gone from the plan. A calendar is named by its scope
// ("instructor:12", "cohort:7", "venue:3"). Not plan data: no History, no undo.
namespace CalendarLedger {

struct Entry
{
    QString uid;
    int sequence = 0;
    QString fingerprint;
    bool cancelled = false;
    QDate date;
    QTime start;
    QTime end;
    QString summary;
    QString location;

    bool operator==(const Entry &) const = default;
};

// The entries of one calendar, by uid. Throws StoreError.
std::vector<Entry> load(const QSqlDatabase &db, const QString &calendar);
// Replaces the calendar's entries with these (inside the caller's transaction, if any).
// Throws StoreError.
void save(const QSqlDatabase &db, const QString &calendar, const std::vector<Entry> &entries);
// The plan's identity (plan_meta plan_id, set when the plan was made or migrated to
// format 6): part of every event's UID, so that two plans' events never share one.
QString planId(const QSqlDatabase &db);

} // namespace CalendarLedger
} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarledger.h"

#include "sqlutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Planner::CalendarLedger {

namespace {

enum Column { Uid, Sequence, Fingerprint, Cancelled, Day, Starts, Ends, Summary, Location };

QVariant fromTime(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

// Text columns are NOT NULL: a null QString binds as ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QTime toTime(const QVariant &value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

} // namespace

std::vector<Entry> load(const QSqlDatabase &db, const QString &calendar)
{
    QSqlQuery q = Sql::prepare(
        db,
        QStringLiteral("SELECT uid, sequence, fingerprint, cancelled, day, starts, ends, "
                       "summary, location FROM calendar_event WHERE calendar = ? ORDER BY uid"));
    q.addBindValue(calendar);
    Sql::exec(q);
    std::vector<Entry> entries;
    while (q.next()) {
        Entry e;
        e.uid = q.value(Uid).toString();
        e.sequence = q.value(Sequence).toInt();
        e.fingerprint = q.value(Fingerprint).toString();
        e.cancelled = q.value(Cancelled).toBool();
        e.date = Sql::toDate(q.value(Day));
        e.start = toTime(q.value(Starts));
        e.end = toTime(q.value(Ends));
        e.summary = q.value(Summary).toString();
        e.location = q.value(Location).toString();
        entries.push_back(std::move(e));
    }
    return entries;
}

void save(const QSqlDatabase &db, const QString &calendar, const std::vector<Entry> &entries)
{
    QSqlQuery clear =
        Sql::prepare(db, QStringLiteral("DELETE FROM calendar_event WHERE calendar = ?"));
    clear.addBindValue(calendar);
    Sql::exec(clear);
    QSqlQuery insert = Sql::prepare(
        db, QStringLiteral("INSERT INTO calendar_event(calendar, uid, sequence, fingerprint, "
                           "cancelled, day, starts, ends, summary, location) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Entry &e : entries) {
        insert.addBindValue(calendar);
        insert.addBindValue(e.uid);
        insert.addBindValue(e.sequence);
        insert.addBindValue(text(e.fingerprint));
        insert.addBindValue(e.cancelled ? 1 : 0);
        insert.addBindValue(Sql::fromDate(e.date));
        insert.addBindValue(fromTime(e.start));
        insert.addBindValue(fromTime(e.end));
        insert.addBindValue(text(e.summary));
        insert.addBindValue(text(e.location));
        Sql::exec(insert);
    }
}

QString planId(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT value FROM plan_meta WHERE key = 'plan_id'"))
        .toString();
}

} // namespace Planner::CalendarLedger

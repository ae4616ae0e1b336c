// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "sqlutil.h"

#include <QDateTime>
#include <QDir>

namespace Planner {

AuditLog::AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

QString AuditLog::currentUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    // Services and some terminals set none of them: the home folder's name is the account.
    return QDir::home().dirName();
}

void AuditLog::record(AuditEntry entry)
{
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    if (entry.user.isEmpty())
        entry.user = currentUser();
    QSqlQuery q = Sql::prepare(
        m_db, QStringLiteral(
                  "INSERT INTO audit_log(at, user, action, table_name, record_key, before, after) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(Sql::bindable(entry.user));
    q.addBindValue(toKey(entry.action));
    q.addBindValue(Sql::bindable(entry.table));
    q.addBindValue(Sql::bindable(entry.recordKey));
    q.addBindValue(Sql::bindable(entry.before));
    q.addBindValue(Sql::bindable(entry.after));
    Sql::exec(q);
}

std::vector<AuditEntry> AuditLog::newest(int limit) const
{
    QSqlQuery q = Sql::prepare(
        m_db,
        QStringLiteral(
            "SELECT id, at, user, action, table_name, record_key, before, after FROM audit_log "
            "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    Sql::exec(q);
    std::vector<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.action = fromKey<AuditAction>(q.value(3).toString()).value_or(AuditAction::Update);
        e.table = q.value(4).toString();
        e.recordKey = q.value(5).toString();
        e.before = q.value(6).toString();
        e.after = q.value(7).toString();
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace Planner

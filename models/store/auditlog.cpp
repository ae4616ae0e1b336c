// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "osplatform.h"
#include "serverstore.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QMutex>

namespace Planner {

AuditLog::AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

namespace {
QMutex displayNameMutex; // edits are recorded on worker threads too
QString chosenName;
} // namespace

QString AuditLog::currentUser()
{
    static const QString account = OsPlatform::accountName();
    const QMutexLocker lock(&displayNameMutex);
    if (chosenName.isEmpty() || chosenName == account)
        return account;
    return QStringLiteral("%1 (%2)").arg(chosenName, account);
}

QString AuditLog::userOn(const QSqlDatabase &db)
{
    if (!PlanFormat::isServer(db))
        return currentUser();
    const QString role = Sql::scalar(db, QStringLiteral("SELECT current_user::text")).toString();
    const QMutexLocker lock(&displayNameMutex);
    return chosenName.isEmpty() ? role : QStringLiteral("%1 (%2)").arg(chosenName, role);
}

void AuditLog::setDisplayName(const QString &name)
{
    const QMutexLocker lock(&displayNameMutex);
    chosenName = name.simplified();
}

void AuditLog::record(AuditEntry entry)
{
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // On a server, who made the change is the server role the change was made as (one
    // login role per person): the server vouches for it, the computer's account does not.
    const bool server = PlanFormat::isServer(m_db);
    QString chosen;
    if (server && entry.user.isEmpty()) {
        const QMutexLocker lock(&displayNameMutex);
        chosen = chosenName;
    } else if (entry.user.isEmpty()) {
        entry.user = currentUser();
    }
    const QString who = server && entry.user.isEmpty()
                            ? QStringLiteral("CASE WHEN ? = '' THEN current_user::text "
                                             "ELSE ? || ' (' || current_user || ')' END")
                            : QStringLiteral("?");
    QSqlQuery q = Sql::prepare(m_db, QStringLiteral("INSERT INTO audit_log(at, \"user\", action, "
                                                    "table_name, record_key, before, after) "
                                                    "VALUES (?, %1, ?, ?, ?, ?, ?)")
                                         .arg(who));
    q.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    if (server && entry.user.isEmpty()) {
        q.addBindValue(Sql::bindable(QVariant(chosen)));
        q.addBindValue(Sql::bindable(QVariant(chosen)));
    } else {
        q.addBindValue(Sql::bindable(entry.user));
    }
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
            "SELECT id, at, \"user\", action, table_name, record_key, before, after FROM audit_log "
            "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    Sql::exec(q);
    Sql::Reader row(q);
    std::vector<AuditEntry> entries;
    while (row.next()) {
        AuditEntry e;
        e.id = row.id("id");
        e.at = QDateTime::fromString(row.text("at"), Qt::ISODateWithMs);
        e.user = row.text("user");
        e.action = fromKey<AuditAction>(row.text("action")).value_or(AuditAction::Update);
        e.table = row.text("table_name");
        e.recordKey = row.text("record_key");
        e.before = row.text("before");
        e.after = row.text("after");
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace Planner

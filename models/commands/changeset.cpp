// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeset.h"

#include "store/auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Planner {

void ChangeSet::append(ChangeSet other)
{
    for (Step &step : other.m_steps)
        m_steps.push_back(std::move(step));
    m_tables |= other.m_tables;
    if (m_note.isEmpty())
        m_note = other.m_note;
}

void ChangeSet::setNote(const QString &reason, const QString &table, const QString &recordKey)
{
    m_note = reason;
    addAuditNote(table, recordKey, QJsonObject{{QStringLiteral("override_reason"), reason}});
}

void ChangeSet::addAuditNote(const QString &table, const QString &recordKey,
                             const QJsonObject &after)
{
    AuditEntry entry;
    entry.action = AuditAction::Update;
    entry.table = table;
    entry.recordKey = recordKey;
    entry.after = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    // After the changes it explains, so the log reads change first, then why.
    const auto write = [entry](const QSqlDatabase &db) { AuditLog(db).record(entry); };
    m_steps.push_back({write, [](const QSqlDatabase &) {}, write});
}

void ChangeSet::apply(const QSqlDatabase &db) const
{
    for (const Step &step : m_steps)
        step.apply(db);
}

void ChangeSet::applyOverOthers(const QSqlDatabase &db) const
{
    for (const Step &step : m_steps)
        step.applyOver(db);
}

void ChangeSet::revert(const QSqlDatabase &db) const
{
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
        it->revert(db);
}

} // namespace Planner

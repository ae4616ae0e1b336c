// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Planner {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    // Numbers, booleans, arrays and objects as compact JSON.
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

std::vector<AuditField> auditFields(const AuditEntry &entry)
{
    const QJsonObject before = QJsonDocument::fromJson(entry.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
    // Both sides' fields: a column added or dropped by a format upgrade shows too.
    QStringList keys = after.keys();
    for (const QString &k : before.keys()) {
        if (!after.contains(k))
            keys << k;
    }
    keys.sort();
    std::vector<AuditField> fields;
    for (const QString &k : keys) {
        AuditField f;
        f.name = k;
        f.before = valueText(before.value(k));
        f.after = valueText(after.value(k));
        f.changed = before.value(k) != after.value(k);
        fields.push_back(std::move(f));
    }
    return fields;
}

} // namespace Planner

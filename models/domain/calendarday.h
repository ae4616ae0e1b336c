// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "types.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace Planner {

// One exception to the Monday-to-Friday week: a public holiday, or a weekend day that is
// a working day (调休上班).
struct CalendarDay
{
    QDate date;
    CalendarDayKind kind = CalendarDayKind::Holiday;
    QString name;
    QString nameZh;

    bool operator==(const CalendarDay &) const = default;
};

// Changes, and (format 6) what was done with people's data without changing it: an ID
// number revealed on screen, an export of personal data, a trainee erased on request.
enum class AuditAction { Insert, Update, Delete, Import, Generate, Migrate, Reveal, Export, Erase };

template <> struct EnumKeys<AuditAction>
{
    static constexpr std::array<std::string_view, 9> keys{
        "insert", "update", "delete", "import", "generate", "migrate", "reveal", "export", "erase"};
};

struct AuditEntry
{
    Id id = 0;
    QDateTime at; // UTC
    QString user;
    AuditAction action = AuditAction::Insert;
    QString table;
    QString recordKey; // the record's key as text ("42", or "2026/3" for composite keys)
    QString before;    // JSON object, empty for inserts
    QString after;     // JSON object, empty for deletes
    // How the History reads it, filled by its reader (not stored): the record and the
    // records its fields name, as they were called at the time ("course_id=5" →
    // "AI-101 Machine learning basics"; a cohort by its code).
    QString recordLabel;
    QHash<QString, QString> valueLabels;

    bool operator==(const AuditEntry &) const = default;
};

} // namespace Planner

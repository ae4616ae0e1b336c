// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>

namespace Planner {

enum class CourseLevel { Foundation, Intermediate, Advanced };
enum class CohortMode { InPerson, Online, Hybrid };
enum class CohortStatus { Planned, Open, Running, Completed, Cancelled };
enum class SessionSlot { Morning, Afternoon, Evening };
enum class InstructorRole { Lead, Assistant };
enum class EnrollmentStatus { Enrolled, Waitlisted, Withdrawn, Completed, Failed };
enum class CertificationLevel { None, Junior, Intermediate, Senior };
enum class CalendarDayKind { Holiday, Workday };
// The identity document a trainee's number is of (planning/identitydocument.h checks
// each kind's shape as the state defines it).
enum class IdDocumentType {
    ResidentId,
    ResidencePermit,
    HkMacaoPermit,
    TaiwanPermit,
    Passport,
    ForeignPermanentId
};

// The stable keys each enum is stored under in the plan file (and in CSV/JSON). The
// order of each list is the order of the enum; CHECK constraints in the schema list the
// same keys.
template <typename E> struct EnumKeys;

template <> struct EnumKeys<CourseLevel>
{
    static constexpr std::array<std::string_view, 3> keys{"foundation", "intermediate", "advanced"};
};
template <> struct EnumKeys<CohortMode>
{
    static constexpr std::array<std::string_view, 3> keys{"in_person", "online", "hybrid"};
};
template <> struct EnumKeys<CohortStatus>
{
    static constexpr std::array<std::string_view, 5> keys{"planned", "open", "running", "completed",
                                                          "cancelled"};
};
template <> struct EnumKeys<SessionSlot>
{
    static constexpr std::array<std::string_view, 3> keys{"morning", "afternoon", "evening"};
};
template <> struct EnumKeys<InstructorRole>
{
    static constexpr std::array<std::string_view, 2> keys{"lead", "assistant"};
};
template <> struct EnumKeys<EnrollmentStatus>
{
    static constexpr std::array<std::string_view, 5> keys{"enrolled", "waitlisted", "withdrawn",
                                                          "completed", "failed"};
};
template <> struct EnumKeys<CertificationLevel>
{
    // None is stored as NULL, never as a key.
    static constexpr std::array<std::string_view, 4> keys{"", "junior", "intermediate", "senior"};
};
template <> struct EnumKeys<CalendarDayKind>
{
    static constexpr std::array<std::string_view, 2> keys{"holiday", "workday"};
};

template <> struct EnumKeys<IdDocumentType>
{
    static constexpr std::array<std::string_view, 6> keys{
        "resident_id",   "residence_permit", "hk_macao_permit",
        "taiwan_permit", "passport",         "foreign_permanent_id"};
};

template <typename E> QString toKey(E value)
{
    const auto key = EnumKeys<E>::keys.at(static_cast<std::size_t>(value));
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

template <typename E> std::optional<E> fromKey(QStringView key)
{
    const auto &keys = EnumKeys<E>::keys;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (!keys[i].empty() && key == QLatin1StringView(keys[i].data(), qsizetype(keys[i].size())))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// Translated names for display. Defined in enums.cpp so that lupdate sees every string.
QString displayName(CourseLevel value);
QString displayName(CohortMode value);
QString displayName(CohortStatus value);
QString displayName(SessionSlot value);
QString displayName(InstructorRole value);
QString displayName(EnrollmentStatus value);
QString displayName(CertificationLevel value);
QString displayName(CalendarDayKind value);
QString displayName(IdDocumentType value);

} // namespace Planner

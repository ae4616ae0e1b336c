// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <QCoreApplication>

namespace Planner {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Domain)
};
} // namespace

QString displayName(CourseLevel value)
{
    switch (value) {
    case CourseLevel::Foundation:
        return Tr::tr("Foundation");
    case CourseLevel::Intermediate:
        return Tr::tr("Intermediate", "course level");
    case CourseLevel::Advanced:
        return Tr::tr("Advanced");
    }
    return {};
}

QString displayName(CohortMode value)
{
    switch (value) {
    case CohortMode::InPerson:
        return Tr::tr("In person");
    case CohortMode::Online:
        return Tr::tr("Online");
    case CohortMode::Hybrid:
        return Tr::tr("Hybrid");
    }
    return {};
}

QString displayName(CohortStatus value)
{
    switch (value) {
    case CohortStatus::Planned:
        return Tr::tr("Planned");
    case CohortStatus::Open:
        return Tr::tr("Open for enrollment");
    case CohortStatus::Running:
        return Tr::tr("Running");
    case CohortStatus::Completed:
        return Tr::tr("Completed", "cohort status");
    case CohortStatus::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

QString displayName(SessionSlot value)
{
    switch (value) {
    case SessionSlot::Morning:
        return Tr::tr("Morning");
    case SessionSlot::Afternoon:
        return Tr::tr("Afternoon");
    case SessionSlot::Evening:
        return Tr::tr("Evening");
    }
    return {};
}

QString displayName(InstructorRole value)
{
    switch (value) {
    case InstructorRole::Lead:
        return Tr::tr("Lead");
    case InstructorRole::Assistant:
        return Tr::tr("Assistant");
    }
    return {};
}

QString displayName(EnrollmentStatus value)
{
    switch (value) {
    case EnrollmentStatus::Enrolled:
        return Tr::tr("Enrolled");
    case EnrollmentStatus::Waitlisted:
        return Tr::tr("Waitlisted");
    case EnrollmentStatus::Withdrawn:
        return Tr::tr("Withdrawn");
    case EnrollmentStatus::Completed:
        return Tr::tr("Completed", "enrollment status");
    case EnrollmentStatus::Failed:
        return Tr::tr("Failed");
    }
    return {};
}

QString displayName(CertificationLevel value)
{
    switch (value) {
    case CertificationLevel::None:
        return Tr::tr("Not certified");
    case CertificationLevel::Junior:
        return Tr::tr("Junior");
    case CertificationLevel::Intermediate:
        return Tr::tr("Intermediate", "certification level");
    case CertificationLevel::Senior:
        return Tr::tr("Senior");
    }
    return {};
}

QString displayName(CalendarDayKind value)
{
    switch (value) {
    case CalendarDayKind::Holiday:
        return Tr::tr("Public holiday");
    case CalendarDayKind::Workday:
        return Tr::tr("Make-up working day");
    }
    return {};
}

QString displayName(IdDocumentType value)
{
    switch (value) {
    case IdDocumentType::ResidentId:
        return Tr::tr("Resident ID card");
    case IdDocumentType::ResidencePermit:
        return Tr::tr("Residence permit (Hong Kong, Macao, Taiwan)");
    case IdDocumentType::HkMacaoPermit:
        return Tr::tr("Travel permit (Hong Kong, Macao)");
    case IdDocumentType::TaiwanPermit:
        return Tr::tr("Travel permit (Taiwan)");
    case IdDocumentType::Passport:
        return Tr::tr("Passport");
    case IdDocumentType::ForeignPermanentId:
        return Tr::tr("Foreign permanent resident ID");
    }
    return {};
}

} // namespace Planner

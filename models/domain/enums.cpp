// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <QCoreApplication>

namespace Planner {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("Planner::Domain", text, disambiguation);
}
} // namespace

QString displayName(CourseLevel value)
{
    switch (value) {
    case CourseLevel::Foundation: return tr("Foundation");
    case CourseLevel::Intermediate: return tr("Intermediate", "course level");
    case CourseLevel::Advanced: return tr("Advanced");
    }
    return {};
}

QString displayName(CohortMode value)
{
    switch (value) {
    case CohortMode::InPerson: return tr("In person");
    case CohortMode::Online: return tr("Online");
    case CohortMode::Hybrid: return tr("Hybrid");
    }
    return {};
}

QString displayName(CohortStatus value)
{
    switch (value) {
    case CohortStatus::Planned: return tr("Planned");
    case CohortStatus::Open: return tr("Open for enrollment");
    case CohortStatus::Running: return tr("Running");
    case CohortStatus::Completed: return tr("Completed", "cohort status");
    case CohortStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString displayName(SessionSlot value)
{
    switch (value) {
    case SessionSlot::Morning: return tr("Morning");
    case SessionSlot::Afternoon: return tr("Afternoon");
    case SessionSlot::Evening: return tr("Evening");
    }
    return {};
}

QString displayName(InstructorRole value)
{
    switch (value) {
    case InstructorRole::Lead: return tr("Lead");
    case InstructorRole::Assistant: return tr("Assistant");
    }
    return {};
}

QString displayName(EnrollmentStatus value)
{
    switch (value) {
    case EnrollmentStatus::Enrolled: return tr("Enrolled");
    case EnrollmentStatus::Waitlisted: return tr("Waitlisted");
    case EnrollmentStatus::Withdrawn: return tr("Withdrawn");
    case EnrollmentStatus::Completed: return tr("Completed", "enrollment status");
    case EnrollmentStatus::Failed: return tr("Failed");
    }
    return {};
}

QString displayName(CertificationLevel value)
{
    switch (value) {
    case CertificationLevel::None: return tr("Not certified");
    case CertificationLevel::Junior: return tr("Junior");
    case CertificationLevel::Intermediate: return tr("Intermediate", "certification level");
    case CertificationLevel::Senior: return tr("Senior");
    }
    return {};
}

QString displayName(CalendarDayKind value)
{
    switch (value) {
    case CalendarDayKind::Holiday: return tr("Public holiday");
    case CalendarDayKind::Workday: return tr("Make-up working day");
    }
    return {};
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "types.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Planner {

struct Trainee
{
    Id id = 0;
    QString idNumber; // identity document number, unique: the natural key for imports
    QString name;
    QString employer;
    QString district;
    QString email;
    QString phone;
    IdDocumentType idType = IdDocumentType::ResidentId; // what idNumber is the number of

    bool operator==(const Trainee &) const = default;
};

struct Enrollment
{
    Id id = 0;
    Id traineeId = 0;
    Id cohortId = 0;
    EnrollmentStatus status = EnrollmentStatus::Enrolled;
    int waitlistPosition = 0; // 1-based for waitlisted enrollments, else 0
    QDate enrolledOn;
    std::optional<double> attendance; // 0..1
    std::optional<double> score;      // 0..100
    CertificationLevel certification = CertificationLevel::None;
    QDate certifiedOn;

    bool operator==(const Enrollment &) const = default;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "types.h"

#include <QDate>
#include <QString>

namespace Planner {

struct Cohort
{
    Id id = 0;
    Id courseId = 0;
    QString code;   // unique, e.g. "AI-201-2026-07"
    Id venueId = 0; // 0: none (online cohorts may have no venue)
    CohortMode mode = CohortMode::InPerson;
    int capacity = 30;
    CohortStatus status = CohortStatus::Planned;
    QString notes;

    bool operator==(const Cohort &) const = default;
};

// One teaching slot of a cohort. Conflicts are checked per session, so a full teaching
// day is two sessions (morning and afternoon).
struct Session
{
    Id id = 0;
    Id cohortId = 0;
    QDate date;
    SessionSlot slot = SessionSlot::Morning;

    bool operator==(const Session &) const = default;
};

struct CohortInstructor
{
    Id cohortId = 0;
    Id instructorId = 0;
    InstructorRole role = InstructorRole::Lead;
    bool locked = false; // kept as is by automatic assignment

    bool operator==(const CohortInstructor &) const = default;
};

} // namespace Planner

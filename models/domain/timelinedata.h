// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarday.h"
#include "cohort.h"
#include "enums.h"
#include "types.h"

#include <QDate>
#include <QString>

#include <vector>

namespace Planner {

// One instructor of a cohort on the timeline.
struct TimelineInstructor
{
    Id id = 0;
    QString name;
    InstructorRole role = InstructorRole::Lead;

    bool operator==(const TimelineInstructor &) const = default;
};

// One cohort as the timeline draws it: what its bar, label and tooltip need.
struct TimelineCohort
{
    Id id = 0;
    QString code;
    Id courseId = 0;
    QString courseCode;
    QString courseTitle;
    QString courseTitleZh;
    Id trackId = 0;
    QString trackName;
    QString trackNameZh;
    QString trackColour; // "#rrggbb"
    Id venueId = 0;      // 0: no venue (online)
    QString venueName;
    QString venueDistrict;
    CohortMode mode = CohortMode::InPerson;
    CohortStatus status = CohortStatus::Planned;
    int capacity = 0;
    int enrolled = 0;                            // holding a seat: enrolled, completed or failed
    std::vector<TimelineInstructor> instructors; // the lead(s) first, then by name
    std::vector<Session> sessions;               // all of them, by date and slot

    bool cancelled() const { return status == CohortStatus::Cancelled; }
    QDate start() const { return sessions.empty() ? QDate() : sessions.front().date; }
    QDate end() const { return sessions.empty() ? QDate() : sessions.back().date; }
    // The lead instructor, or nullptr when the cohort has none.
    const TimelineInstructor *lead() const
    {
        return !instructors.empty() && instructors.front().role == InstructorRole::Lead
                   ? &instructors.front()
                   : nullptr;
    }

    bool operator==(const TimelineCohort &) const = default;
};

// One year of the plan on the timeline: every cohort with at least one session in the
// year (cancelled ones included), by first session then code, and the year's work
// calendar exceptions.
struct TimelineData
{
    int year = 0;
    std::vector<TimelineCohort> cohorts;
    std::vector<CalendarDay> calendar;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/plandata.h"
#include "domain/result.h"
#include "domain/workcalendar.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Planner {

// The rules a single record must keep before it is written: required fields, ranges,
// an end not before a start. Each returns ok or the first Problem (its field and why). The rules
// that need the rest of the plan (unique codes, references in use) live with the edits that read
// it; the conflict rules (double-booking, qualifications) in ConflictEngine.
namespace RecordRules {

// The range of each rate of SeatRates, as shares (the schema's CHECKs say the same).
struct SeatRateRange
{
    const char *column; // "fill_rate"
    double min;
    double max;
};
const std::array<SeatRateRange, 4> &seatRateRanges(); // fill, no-show, completion, pass
Result<> check(const SeatRates &rates);

Result<> check(const Track &track);
Result<> check(const Course &course);
Result<> check(const Venue &venue);
Result<> check(const Instructor &instructor);
Result<> check(const Qualification &qualification);
Result<> check(const Leave &leave);
Result<> check(const Cohort &cohort);
Result<> check(const Session &session);
Result<> check(const CohortInstructor &assignment);
Result<> check(const Trainee &trainee);
Result<> check(const Enrollment &enrollment);
Result<> check(const Target &target);
Result<> check(const CalendarDay &day);
Result<> check(const LevelRate &rate);
Result<> check(const FixedCost &cost);

// A cohort's sessions: each on a working day of calendar, no two in the same date and
// slot, at least one.
Result<> checkSessions(const std::vector<Session> &sessions, const WorkCalendar &calendar);
// A cohort's instructors: one lead at most, nobody twice.
Result<> checkInstructors(const std::vector<CohortInstructor> &assignments);

} // namespace RecordRules
} // namespace Planner

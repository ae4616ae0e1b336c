// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/plandata.h"
#include "domain/workcalendar.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Planner {

// Why an edit is refused: the field at fault (the record's column name, e.g. "capacity")
// and a sentence for the user that says what is wrong with it.
struct RuleViolation
{
    QString field;
    QString message;
    bool operator==(const RuleViolation &) const = default;
};

// The rules a single record must keep before it is written: required fields, ranges,
// an end not before a start. Each returns the first violation or nothing. The rules that
// need the rest of the plan (unique codes, references in use) live with the edits that
// read it; the conflict rules (double-booking, qualifications) in ConflictEngine.
namespace RecordRules {

// The range of each rate of SeatRates, as shares (the schema's CHECKs say the same).
struct SeatRateRange
{
    const char *column; // "fill_rate"
    double min;
    double max;
};
const std::array<SeatRateRange, 4> &seatRateRanges(); // fill, no-show, completion, pass
std::optional<RuleViolation> check(const SeatRates &rates);

std::optional<RuleViolation> check(const Track &track);
std::optional<RuleViolation> check(const Course &course);
std::optional<RuleViolation> check(const Venue &venue);
std::optional<RuleViolation> check(const Instructor &instructor);
std::optional<RuleViolation> check(const Qualification &qualification);
std::optional<RuleViolation> check(const Leave &leave);
std::optional<RuleViolation> check(const Cohort &cohort);
std::optional<RuleViolation> check(const Session &session);
std::optional<RuleViolation> check(const CohortInstructor &assignment);
std::optional<RuleViolation> check(const Trainee &trainee);
std::optional<RuleViolation> check(const Enrollment &enrollment);
std::optional<RuleViolation> check(const Target &target);
std::optional<RuleViolation> check(const CalendarDay &day);

// A cohort's sessions: each on a working day of calendar, no two in the same date and
// slot, at least one.
std::optional<RuleViolation> checkSessions(const std::vector<Session> &sessions,
                                           const WorkCalendar &calendar);
// A cohort's instructors: one lead at most, nobody twice.
std::optional<RuleViolation> checkInstructors(const std::vector<CohortInstructor> &assignments);

} // namespace RecordRules
} // namespace Planner

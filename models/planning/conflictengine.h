// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/plandata.h"

#include <QDate>
#include <QString>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace Planner {

// The rules a plan is checked against. Every rule works per session (date and slot), never
// on whole date ranges.
enum class ConflictRule {
    InstructorDoubleBooked, // two sessions of one instructor on the same date and slot
    InstructorNotQualified, // no qualification covers the course's track and level
    QualificationExpired,   // a covering qualification exists but is not valid on a session date
    InstructorOnLeave,      // a session falls on a day of the instructor's leave
    OverWeeklyLimit,        // more teaching days in an ISO week than the instructor's limit
    OverMonthlyLimit,
    OverYearlyLimit,
    VenueDoubleBooked, // two cohorts in one physical venue on the same date and slot
    VenueTooSmall,     // the cohort's capacity is above the venue's seats
    NonWorkingDay,     // a session on a public holiday or a weekend that is no make-up workday
    NoLead,            // a cohort without a lead instructor
    OverCapacity,      // more trainees holding seats than the cohort's capacity
    CalendarMissing,   // sessions in a year whose official work calendar the plan lacks
};
inline constexpr int ConflictRuleCount = 13;

enum class Severity { Off, Warn, Block };

template <> struct EnumKeys<ConflictRule>
{
    static constexpr std::array<std::string_view, ConflictRuleCount> keys{
        "instructor_double_booked",
        "instructor_not_qualified",
        "qualification_expired",
        "instructor_on_leave",
        "over_weekly_limit",
        "over_monthly_limit",
        "over_yearly_limit",
        "venue_double_booked",
        "venue_too_small",
        "non_working_day",
        "no_lead",
        "over_capacity",
        "calendar_missing"};
};

template <> struct EnumKeys<Severity>
{
    static constexpr std::array<std::string_view, 3> keys{"off", "warn", "block"};
};

// Translated short names, for the conflicts panel and settings.
QString displayName(ConflictRule rule);
QString displayName(Severity severity);
// The rules about an assigned instructor (double booking, qualification, leave, the
// limits): those an assignment can break, which the solver never adds (isHardRule) and
// whose fixes the suggester looks for even without a cohort.
bool isInstructorRule(ConflictRule rule);

// Which rules block an edit, which only warn, which are off.
struct ConflictSettings
{
    std::array<Severity, ConflictRuleCount> severity{};

    Severity of(ConflictRule rule) const { return severity[std::size_t(rule)]; }
    void set(ConflictRule rule, Severity s) { severity[std::size_t(rule)] = s; }
    bool operator==(const ConflictSettings &) const = default;

    // Double booking (instructor or venue), missing or lapsed qualifications and leave
    // block; limits, small venues, non-working days, missing leads and overfull cohorts warn.
    static ConflictSettings defaults();
    // The severities this process checks with unless told otherwise: the defaults until
    // the user's preferences set their own (Preferences::apply). Thread-safe.
    static ConflictSettings current();
    static void setCurrent(const ConflictSettings &settings);
};

// One conflict: the rule, how severe it is under the settings, the records involved and a
// plain-language explanation that names them and the dates.
struct Conflict
{
    ConflictRule rule = ConflictRule::InstructorDoubleBooked;
    Severity severity = Severity::Warn;
    Id cohortId = 0; // the cohort concerned (for double bookings: the one whose code sorts first)
    Id otherCohortId = 0; // the other cohort of a double booking
    Id instructorId = 0;
    Id venueId = 0;
    QDate date; // the session date; for limits the first day of the week/month/year
    std::optional<SessionSlot> slot;
    int dates = 1; // how many session dates the conflict covers (leave, lapsed qualification)
    QString explanation;

    bool operator==(const Conflict &) const = default;
};

// The rule definitions the engine applies, shared with the AssignmentSolver so that both
// judge a qualification, a leave and a week alike.
namespace Rules {
// A track qualification covers the track's courses up to its level; a course
// qualification covers that course.
bool covers(const Qualification &q, const Course &course);
// Null dates are open ends.
bool validOn(const Qualification &q, QDate date);
// A leave with a missing date covers nothing.
bool covers(const Leave &leave, QDate date);
// The Monday of date's ISO week: the weekly limit counts teaching days per ISO week.
QDate weekStart(QDate date);
} // namespace Rules

// What the engine checks: the plan without its trainees; per cohort, the number of
// trainees holding a seat (enrolled, completed or failed) is enough.
struct ConflictInput
{
    std::vector<Track> tracks;
    std::vector<Course> courses;
    std::vector<Venue> venues;
    std::vector<Instructor> instructors;
    std::vector<Qualification> qualifications;
    std::vector<Leave> leaves;
    std::vector<Cohort> cohorts;
    std::vector<Session> sessions;
    std::vector<CohortInstructor> cohortInstructors;
    std::vector<CalendarDay> calendar;
    std::map<Id, int> seatHolders; // cohort id -> trainees holding a seat
};

// The conflict checks' view of a whole plan in memory: everything but the trainees, and
// per cohort the enrollments holding a seat (enrolled, completed or failed).
ConflictInput conflictInputOf(const PlanData &plan);

// Checks a plan against the rules, and keeps the result current through edits: each edit
// re-checks only the instructors, venues and cohorts it touches. Cancelled cohorts are
// never checked and never conflict with others; online venues are never double-booked.
// Pure logic over domain types: no SQL, no widgets.
class ConflictEngine final
{
public:
    explicit ConflictEngine(ConflictSettings settings = ConflictSettings::current());

    // Replaces the plan and checks all of it.
    void load(ConflictInput input);
    const ConflictInput &input() const { return m_input; }

    // All current conflicts except those of rules set to Off, in a stable order (date,
    // rule, cohort, instructor, venue).
    const std::vector<Conflict> &conflicts() const;
    // Checks the whole plan from scratch, ignoring the incremental state (for tests and
    // as the reference the incremental result must equal).
    std::vector<Conflict> fullCheck() const;
    int count(Severity severity) const;
    bool hasBlocking() const { return count(Severity::Block) > 0; }

    const ConflictSettings &settings() const { return m_settings; }
    void setSettings(ConflictSettings settings);

    // Edits. Each updates the input and re-checks what it touches.
    void assign(const CohortInstructor &assignment); // adds, or changes the role of, an assignment
    void unassign(Id cohortId, Id instructorId);
    void setSessions(Id cohortId,
                     std::vector<Session> sessions); // replaces all of a cohort's sessions
    void updateCohort(const Cohort &cohort);         // venue, mode, capacity, status...
    void setSeatHolders(Id cohortId, int seatHolders);
    void addLeave(const Leave &leave);
    void removeLeave(Id leaveId);
    // An instructor edited whole (the instructor dialog): the record (limits), all their
    // qualifications and all their leave replace what the plan had; leave with id 0 gets
    // the next free id. Re-checks that instructor only.
    void updateInstructor(const Instructor &instructor, std::vector<Qualification> qualifications,
                          std::vector<Leave> leaves);

    // The conflicts that assigning would add, without changing anything: what the
    // assignment dialog shows for each candidate.
    std::vector<Conflict> whatIf(const CohortInstructor &assignment) const;

private:
    struct Index;
    // The index to edit: built if missing, copied first if another engine shares it.
    Index &index();

    ConflictSettings m_settings;
    ConflictInput m_input;
    std::shared_ptr<Index> m_index;
    mutable std::vector<Conflict> m_merged;
    mutable bool m_mergedValid = false;
};

} // namespace Planner

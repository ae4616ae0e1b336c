// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/plandata.h"
#include "domain/result.h"

#include <QDate>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace Planner {

// What becomes of a seat, as rates between 0 and 1. The defaults are the programme's
// rule of thumb until a track has history of its own.
struct CapacityAssumptions
{
    double fillRate = 0.9;       // share of a cohort's seats taken
    double noShowRate = 0.05;    // share of those holding a seat who never start
    double completionRate = 0.9; // share of starters who complete
    double passRate = 0.8;       // share of completers who are certified

    // Trainees who complete, and who are certified, per seat offered.
    double trainedPerSeat() const { return fillRate * (1.0 - noShowRate) * completionRate; }
    double certifiedPerSeat() const { return trainedPerSeat() * passRate; }

    bool operator==(const CapacityAssumptions &) const = default;
};

// base with the rates set in rates taking the place of its own.
CapacityAssumptions withRates(CapacityAssumptions base, const SeatRates &rates);

// Dates (both inclusive) in which no new cohort may run: exams, the Spring Festival
// weeks, a venue's renovation everywhere. Planned cohorts are not moved by them.
struct CapacityBlackout
{
    QDate from;
    QDate until;
    QString reason;

    bool operator==(const CapacityBlackout &) const = default;
};

// Everything the capacity question depends on, as plain values (the store fills it; the
// tests write it by hand). Records of other years are allowed and ignored where they do
// not matter.
struct CapacityInput
{
    int year = 0;
    std::vector<Track> tracks;
    std::vector<Course> courses;
    std::vector<Venue> venues;
    std::vector<Instructor> instructors;
    std::vector<Qualification> qualifications; // judged by Rules::covers and Rules::validOn
    std::vector<Leave> leaves;
    std::vector<Target> targets;       // those of `year` are the question; none: validate() refuses
    std::vector<CalendarDay> calendar; // the WorkCalendar's exceptions; none: Monday to Friday
    // The plan: cancelled cohorts are ignored; a cohort counts toward the targets of the
    // year its last session falls in, and its sessions in the year take their
    // instructors' days and their venue's slots.
    std::vector<Cohort> cohorts;
    std::vector<Session> sessions;
    std::vector<CohortInstructor> cohortInstructors;

    // Per track; a track without an entry uses `assumptions`.
    CapacityAssumptions assumptions;
    std::map<Id, CapacityAssumptions> trackAssumptions;
    std::map<Id, CapacityAssumptions> courseAssumptions; // overrides its track's

    // Course id -> weight among its track's new cohorts (normalised per track; a course of
    // a track with some weights but none of its own gets 0). A track without any weight
    // takes the shares of its cohorts in the plan's year, or equal shares if it has none.
    std::map<Id, double> courseMix;
    // Weights of the twelve months for spreading the new cohorts (normalised). Unset:
    // flat over the working days outside blackouts.
    std::optional<std::array<double, 12>> seasonalProfile;
    std::vector<CapacityBlackout> blackouts;
    // New cohorts of these courses run online: they need no venue.
    std::set<Id> onlineCourses;
    // Cohorts with more seats than this need an assistant as well as a lead (as in
    // SolverOptions::assistantsAbove); 0: no assistants.
    int assistantsAbove = 0;
    // Master LPs per integer solve, and resource LPs per variant (profiled, months free),
    // before the best plan found is taken without proof (CapacityResult::exact false);
    // counted, not timed, so that a run repeats.
    int nodeLimit = 20000;
    int subproblemLimit = 400;
};

// One month of a track: what the seasonal profile asks for and what there is. The
// available figures are each resource's own supply for the track's courses, shared with
// the other tracks (an instructor qualified for two tracks counts in both). Cohorts are
// counted in cohort-months: a cohort with 3 of its 10 days in the month counts 0.3.
struct CapacityMonth
{
    double cohortsNeeded = 0;           // the profile's share of the new cohorts needed
    double instructorDaysNeeded = 0;    // lead (and assistant) days of those, plus the
                                        // days of planned cohorts still without staff
    double instructorDaysAvailable = 0; // free days of qualified instructors within limits
    double venueSlotDaysNeeded = 0;     // a cohort day in the morning and afternoon: 2
    double venueSlotDaysAvailable = 0;  // free slots of venues with enough seats
    double newCohorts = 0;              // cohort-months of the reachable plan
    double newCohortsMonthsFree = 0;    // the same with months free
};

struct CourseCapacity
{
    Id courseId = 0;
    double share = 0;      // of the track's new cohorts
    int cohortsNeeded = 0; // its share of the track's cohorts needed, rounded up
    int newCohorts = 0;    // in the reachable plan
    int newCohortsMonthsFree = 0;
};

struct TrackCapacity
{
    Id trackId = 0;
    QString name;
    int targetTrained = 0;
    int targetCertified = 0;
    double plannedTrained = 0; // expected from the plan's cohorts ending in the year
    double plannedCertified = 0;
    double reachableTrained = 0; // planned plus new cohorts, capped at the target
    double reachableCertified = 0;
    double reachableShare = 1; // the smaller of the two fractions of the targets reached
    double reachableShareMonthsFree = 1;
    // New cohorts still needed beyond the planned ones: trainees still needed / trainees
    // per cohort under the course mix, rounded up (the certified target likewise; the
    // larger count).
    int cohortsNeeded = 0;
    int cohortsPlanned = 0; // active cohorts of the track ending in the year
    int seatsNeeded = 0;    // seats the new cohorts must offer
    double instructorDaysNeeded = 0;
    double instructorDaysAvailable = 0; // at most, over the year (shared, see CapacityMonth)
    int newCohorts = 0;                 // in the reachable plan
    std::array<CapacityMonth, 12> months{};
    std::vector<CourseCapacity> courses;
};

enum class BottleneckKind { InstructorsLead, InstructorsAssistant, VenueSeats, Calendar };

template <> struct EnumKeys<BottleneckKind>
{
    static constexpr std::array<std::string_view, 4> keys{
        "instructors_lead", "instructors_assistant", "venue_seats", "calendar"};
};

// A resource that keeps a track from its target, in months first..last (1..12). need and
// have are instructor-days (instructors), venue slot-days (venues) or cohorts (calendar).
struct Bottleneck
{
    BottleneckKind kind = BottleneckKind::InstructorsLead;
    Id trackId = 0;
    QString resource; // "Advanced AI leads", "venues with 40 seats", "seasonal profile of AI"
    int firstMonth = 1;
    int lastMonth = 12;
    double need = 0;
    double have = 0;
    double reachableShare = 0; // of the track's target, as planned
    QString remedy;            // "4 more qualified leads for Advanced AI in Mar–Jun"
    int remedyAmount = 0;      // leads, venues or cohorts to move
    QString explanation;       // the whole sentence
    std::vector<Id> courseIds; // the courses short of the resource
    std::vector<Id> venueIds;  // venue bottlenecks: the venues that are full
};

struct CapacityResult
{
    std::optional<Problem> problem; // validate()'s Problem; then nothing else is set
    bool feasible = false;          // every target of the year reachable
    bool exact = true;              // the optimum was proved within nodeLimit and subproblemLimit
    double minShare = 1;            // the smallest fraction of a target reached
    double minShareMonthsFree = 1;
    double totalReached = 0; // trainees trained plus certified, capped at the targets
    double totalReachedMonthsFree = 0;
    // What no plan can beat: equal to minShare and totalReached when exact; else the
    // search's remaining bound (the total's among plans reaching minShare; infinite if a
    // solve failed), so a result can say "between 61.5 % and 61.9 %".
    double minShareBound = 1;
    double totalReachedBound = 0;
    int nodes = 0;                     // master LPs solved in the branch and bound
    int subproblems = 0;               // resource LPs solved
    std::vector<TrackCapacity> tracks; // those with a target in the year, in input order
    std::vector<Bottleneck> bottlenecks;
};

QString displayName(BottleneckKind kind);

// Can the year's targets be met with these instructors, venues and this calendar, and if
// not, what is short, where and when. Pure logic over domain types: no SQL, no widgets.
//
// Reachable is the optimum of a mixed-integer programme: whole cohorts per course, their
// days over the months × instructors (exact pools of identical ones) × qualification sets
// × venue seat counts, solved with LEMON's LP interface (GLPK) by a Benders decomposition
// and a branch and bound of our own; capacityplanner.cpp explains the model and why
// continuous months lose nothing.
class CapacityPlanner final
{
public:
    // Ok, or a translated sentence naming the first nonsense in the input.
    static Result<> validate(const CapacityInput &input);
    static CapacityResult plan(const CapacityInput &input);
};

} // namespace Planner

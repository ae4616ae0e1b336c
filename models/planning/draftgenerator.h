// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignmentsolver.h"
#include "capacityplanner.h"
#include "cohortfactory.h"
#include "conflictengine.h"

#include <QDate>
#include <QString>

#include <array>
#include <map>
#include <vector>

namespace Planner {

// What a draft is laid out with, beyond the capacity question itself.
struct DraftOptions
{
    // No new cohort starts before this day (today, as a rule: never in the past); invalid:
    // the first of January of the year.
    QDate earliestStart;
    // Said in each new cohort's notes, e.g. "Draft of 2027-12-04".
    QString notes;
};

// A cohort the draft lays out, with the instructors held for it while laying out: the
// proof that the draft can be staffed (the assignment solver chooses the real ones).
struct DraftCohort
{
    PlannedCohort planned;
    Id trackId = 0;
    int month = 1;                   // of its first session
    std::vector<Id> heldInstructors; // the lead, then an assistant where one is needed
    // Set by DraftGenerator::staff: the cohort's id in the plan and the solver's staff.
    std::vector<CohortInstructor> instructors;
};

// Cohorts of a course the draft could not place, and why.
struct DraftUnplaced
{
    Id courseId = 0;
    int count = 0;
    QString reason;
};

struct DraftTrack
{
    Id trackId = 0;
    QString name;
    int targetTrained = 0;
    double plannedTrained = 0;   // expected from the cohorts already in the plan
    double draftTrained = 0;     // expected from the draft's cohorts
    double reachableTrained = 0; // what the capacity analysis found reachable
    int cohorts = 0;             // in the draft
    int seats = 0;
    std::array<int, 12> byMonth{};
    // planned + draft, at most the target.
    double trained() const
    {
        return std::min<double>(targetTrained, plannedTrained + draftTrained);
    }
};

struct DraftResult
{
    std::optional<Problem> problem;   // the capacity analysis's Problem; then nothing else is set
    std::vector<DraftCohort> cohorts; // in order of their start
    std::vector<DraftUnplaced> unplaced;
    std::vector<DraftTrack> tracks; // those with a target in the year
    std::array<int, 12> byMonth{};  // new cohorts by the month of their first session
    std::map<Id, int> byVenue;      // new cohorts per venue (0: online without a venue)
    int seats = 0;
    // Trainees expected to complete in the year, planned and draft cohorts together,
    // each track at most its target.
    double reachableTrained() const;
};

// Lays the new cohorts of the capacity analysis's reachable plan (CourseCapacity::
// newCohorts) onto the year's working days: each course's session pattern from the
// earliest start day in the month the analysis gives its track's new cohorts (or the
// nearest month that has room), outside blackouts and never split by a long holiday; in
// the smallest free room with enough seats, spread over the districts and rooms among
// those (online courses run online); each with a
// qualified instructor free on its days and within their weekly, monthly and yearly
// limits held for it, so that the draft can be staffed. Never on a non-working day, never
// a venue's slot twice. Cohorts it cannot place are counted per course with the reason.
// Pure logic over domain types: no SQL, no widgets.
class DraftGenerator final
{
public:
    // New cohorts start on day or later: the days of the year before it become a blackout,
    // so that the capacity analysis counts what is left of the year (nothing for a day
    // on or before the first of January).
    static void startFrom(CapacityInput &input, QDate day);
    static DraftResult generate(const CapacityInput &input, const CapacityResult &capacity,
                                const DraftOptions &options);
    // Staffs the draft's cohorts with the assignment solver, the rest of plan kept as it
    // is: gives each cohort the next free id of plan and its instructors
    // (DraftCohort::instructors), starting from the instructors held for them.
    // options.cohorts, replan and the churn weight are set here.
    static SolverResult staff(ConflictInput plan, DraftResult &draft, SolverOptions options,
                              const std::atomic<bool> *cancel = nullptr);
};

} // namespace Planner

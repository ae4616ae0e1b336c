// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictengine.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Planner {

namespace Solver {
struct Problem;
}

// What the solver minimises, in whole points so that a bound can prove an optimum.
struct SolverWeights
{
    int unstaffedLead = 100000;    // per cohort left without a lead
    int unstaffedAssistant = 5000; // per cohort above the assistant size left without one
    int load = 1;                  // times the square of an instructor's teaching days in a year
    int travel = 5; // per teaching day of an in-person or hybrid cohort outside the home district
    int preference = 10; // per point of preference (-2 dislikes ... +2 likes) for a course
    int churn = 200;     // per assignment a re-plan changes
    // The largest a weight may be set to: sums over a year's cohorts stay far from overflow.
    static constexpr int MaxWeight = 10'000'000;

    bool operator==(const SolverWeights &) const = default;
};

struct SolverOptions
{
    SolverWeights weights;
    // The cohorts to staff; none: every cohort that is neither cancelled nor completed.
    // Completed and cancelled cohorts are never restaffed.
    std::optional<std::vector<Id>> cohorts;
    // Cohorts with a capacity above this get an assistant too; 0: no assistants.
    int assistantsAbove = 0;
    // Keep the current assignments unless changing one gains more than weights.churn.
    // Without it the scope is staffed afresh (only locked assignments are kept).
    bool replan = false;
    // The time budget, spent as a work budget of timeLimitSeconds * WorkPerSecond units
    // (days checked, moves priced, knapsack cells), which a seed repeats on any machine.
    // WorkPerSecond is measured on the project's reference machine (2 cores, see
    // docs/PERFORMANCE.md). The clock stops a run only after ClockFactor times the budget
    // (at least a second more): then SolverResult::stoppedByClock is set.
    double timeLimitSeconds = 1.0;
    static constexpr std::uint64_t WorkPerSecond = 700'000'000;
    // A unit of the local search's work (a day checked, a move priced) takes about this
    // many times as long as one of the bound's (a knapsack cell): counted so, the budget
    // is time, and the bound gets its share of it (BoundShare).
    static constexpr std::uint64_t SearchUnitCost = 20;
    static constexpr double BoundShare = 0.25;
    static constexpr double ClockFactor = 3.0;
    // A work budget in those units instead of the one derived from timeLimitSeconds (0:
    // derived).
    std::uint64_t workBudget = 0;
    int maxRounds = 400; // a round: bound iterations plus one local-search pass
    quint64 seed = 1;
    // Problems with at most this many combinations of choices are enumerated (branch and
    // bound), which proves their optimum; 0: never.
    double enumerateUpTo = 2e6;
    // (instructor id, course id) -> preference from -2 to +2 (the plan's
    // instructor_preference table: loadCoursePreferences).
    std::map<std::pair<Id, Id>, int> preferences;
};

// Reported after every round, from the solver's thread.
struct SolverProgress
{
    int round = 0;
    qint64 objective = 0;
    double lowerBound = 0;
    double gap = 0; // over the decidable part, as SolverResult::gap
    double seconds = 0;
    qint64 fixed = 0; // as SolverResult::fixed
};

// One assignment a solution changes. before or after 0: none.
struct AssignmentChange
{
    Id cohortId = 0;
    InstructorRole role = InstructorRole::Lead;
    Id before = 0;
    Id after = 0;
    QString reason;
};

// Why a cohort's role stays unstaffed: every qualified instructor and what stops them.
struct UnstaffedCohort
{
    // Why, in kind: the cohort has no course; nobody is qualified for its course; or
    // qualified instructors exist but none is free (blockers says what stops each).
    enum class Why { NoCourse, NobodyQualified, NoneFree };
    Id cohortId = 0;
    InstructorRole role = InstructorRole::Lead;
    Why why = Why::NoneFree;
    QString courseCode;
    QString reason;       // one paragraph
    QStringList blockers; // one line per qualified instructor
};

// Instructor-days needed by the staffed cohorts of a track against what its qualified
// instructors have left (yearly limit and working days in the scope, less leave and
// other teaching; an instructor qualified for two tracks counts in both).
struct TrackDemand
{
    Id trackId = 0;
    QString track;
    int daysNeeded = 0;
    int daysAvailable = 0;
};

struct ObjectiveParts
{
    qint64 unstaffed = 0;
    qint64 load = 0;
    qint64 travel = 0;
    qint64 preference = 0;
    qint64 churn = 0;
    qint64 total() const { return unstaffed + load + travel + preference + churn; }
};

struct SolverResult
{
    int cohorts = 0; // in scope
    int roles = 0;   // leads and assistants to staff
    int staffed = 0; // roles staffed
    int cohortsWithLead = 0;
    int cohortsWithoutLead = 0;
    qint64 objective = 0;
    ObjectiveParts parts;
    // A proven lower bound on the optimum of the whole objective (fixed part included).
    double lowerBound = 0;
    // The fixed part: roles with no candidate at all (no instructor qualified, free of
    // leave and of the kept bookings on every session date and within their limits with
    // them) stay unstaffed in every solution, so each costs its unstaffed penalty
    // whatever the solver does. Counted exactly; in objective and lowerBound alike.
    int fixedRoles = 0; // such roles with a penalty (an optional second lead has none)
    qint64 fixed = 0;   // their penalties
    // What the solver decides: objective - fixed, and lowerBound - fixed.
    qint64 decidableObjective = 0;
    double decidableBound = 0;
    // How far from the optimum the answer can be, over the decidable part:
    // (objective - lowerBound) / (objective - fixed), 0 when optimal. (A decidable part
    // of less than a point in size, possible only with weights that make staffing pay,
    // counts as one point.)
    double gap = 0;
    // The bound proves the objective optimal: it is a whole number of points, so a bound
    // above objective - 1 leaves no better one.
    bool optimal = false;
    bool cancelled = false;
    // The wall clock, not the work budget, ended the run (a machine far slower or busier
    // than the reference): the result may differ from another run with the same seed.
    bool stoppedByClock = false;
    std::uint64_t work = 0; // units of work done (see SolverOptions::WorkPerSecond)
    int rounds = 0;
    double seconds = 0;
    // The plan's assignments after the solve (all of them, in scope or not).
    std::vector<CohortInstructor> assignments;
    std::vector<AssignmentChange> changes;
    std::vector<UnstaffedCohort> unstaffed;
    std::vector<TrackDemand> demand;
};

// Staffs cohorts with instructors. Every rule the conflict engine blocks is hard here too
// (qualification valid on every session date, leave, one session per instructor per date
// and slot), and so are the weekly, monthly and yearly limits; locked assignments and
// those of cohorts outside the scope are kept. What is left is minimised (see
// SolverWeights) by local search, while a Lagrangian relaxation (one knapsack per
// instructor and year, plus the roles that clashes leave unstaffed) bounds the optimum
// from below: the result says how far from optimal it can be, and proves it optimal when
// the two meet.
// Deterministic for a seed: the run ends on a work budget, not on the clock (unless
// stoppedByClock says otherwise) or on cancel.
// Pure logic over domain types.
class AssignmentSolver final
{
public:
    AssignmentSolver(const ConflictInput &input, SolverOptions options);
    ~AssignmentSolver();
    AssignmentSolver(const AssignmentSolver &) = delete;
    AssignmentSolver &operator=(const AssignmentSolver &) = delete;

    // cancel: checked between rounds (and within long ones); the best solution so far is
    // returned with cancelled set.
    SolverResult solve(const std::atomic<bool> *cancel = nullptr,
                       const std::function<void(const SolverProgress &)> &progress = {});

    // The same problem as a mixed-integer programme in (free) MPS format with the same
    // objective, so an external solver can check an optimum.
    QByteArray toMps() const;

    // input with result's assignments in place of its own.
    static ConflictInput withAssignments(const ConflictInput &input,
                                         const std::vector<CohortInstructor> &assignments);

private:
    std::unique_ptr<Solver::Problem> m_problem; // the problem in numbers (solver/problem.h)
    ConflictInput m_input;
    SolverOptions m_options;
};

// The cohorts of a track (0: any) whose first session lies in [from, to] (null: open),
// for SolverOptions::cohorts.
std::vector<Id> cohortsInScope(const ConflictInput &input, Id trackId, QDate from, QDate to);

// The rules the solver treats as hard: what a solution must not add.
bool isHardRule(ConflictRule rule);

} // namespace Planner

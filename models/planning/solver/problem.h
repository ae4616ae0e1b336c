// SPDX-License-Identifier: GPL-3.0-or-later
// The assignment problem in numbers, as AssignmentSolver's search, bound and MPS export
// see it (internal to the solver).
#pragma once

#include "planning/assignmentsolver.h"

#include <limits>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Planner::Solver {

inline constexpr double Infinity = std::numeric_limits<double>::infinity();

inline bool isActive(const Cohort &c)
{
    return c.status != CohortStatus::Cancelled;
}

inline bool isRestaffable(const Cohort &c)
{
    return c.status != CohortStatus::Cancelled && c.status != CohortStatus::Completed;
}

inline quint8 slotBit(SessionSlot slot)
{
    return quint8(1u << unsigned(slot));
}

// The problem in numbers: days as indexes into the plan's horizon, instructors and tasks
// (one role of one cohort) as indexes, every candidate an instructor who may take a task
// on their own (qualified on every date, not on leave, free of the kept assignments and
// within their limits with them) with its cost.
struct Problem
{
    struct DayMask
    {
        int day = 0;
        quint8 mask = 0;
    };
    struct Candidate
    {
        int instructor = 0;
        qint64 cost = 0; // travel + preference + churn
    };
    struct Task
    {
        std::size_t cohort = 0; // index into the input's cohorts
        InstructorRole role = InstructorRole::Lead;
        std::vector<DayMask> days;
        int dayCount = 0;
        int year = 0;       // index of the year of its first session
        int current = -1;   // instructor it had before (for churn and the diff), or -1
        bool needed = true; // false: an extra lead, which may go without a cost
        qint64 unstaffedCost = 0;
        std::vector<Candidate> candidates; // sorted by instructor
        // Whether both meet at one date and slot (one instructor cannot take both).
        bool clashes(const Task &other) const
        {
            auto x = days.begin();
            auto y = other.days.begin();
            while (x != days.end() && y != other.days.end()) {
                if (x->day < y->day) {
                    ++x;
                } else if (y->day < x->day) {
                    ++y;
                } else {
                    if (x->mask & y->mask)
                        return true;
                    ++x;
                    ++y;
                }
            }
            return false;
        }
        int candidateOf(int instructor) const
        {
            const auto it =
                std::lower_bound(candidates.begin(), candidates.end(), instructor,
                                 [](const Candidate &c, int i) { return c.instructor < i; });
            return it != candidates.end() && it->instructor == instructor
                       ? int(it - candidates.begin())
                       : -1;
        }
    };

    const ConflictInput &in;
    SolverOptions options;
    qint64 firstDay = 0;
    int horizon = 1;
    std::vector<int> weekOf, monthOf, yearOf; // by day
    int weeks = 1, months = 1, years = 1;
    int firstYear = 0;

    std::vector<const Instructor *> instructors;
    std::unordered_map<Id, int> instructorIndex;
    std::vector<Task> tasks;
    std::vector<CohortInstructor> kept; // assignments the solve does not touch
    std::unordered_map<Id, std::size_t> cohortIndex, courseIndex, venueIndex;
    std::unordered_map<Id, std::vector<DayMask>> daysOfCohort;
    int scopeCohorts = 0;
    std::set<Id> scope;

    // The kept assignments' hold on each instructor.
    std::vector<quint8> fixedOccupied, fixedUse; // instructor * horizon + day
    std::vector<int> fixedWeek, fixedMonth, fixedYear, fixedLoad;
    // Per instructor: (task, candidate index) pairs grouped by the task's year.
    std::vector<std::vector<std::pair<int, int>>> itemsOf;
    // The fixed part of the objective: tasks without a candidate stay unstaffed in every
    // solution (SolverResult::fixed).
    qint64 fixedCost = 0;
    int fixedRoles = 0;

    Problem(const ConflictInput &input, const SolverOptions &opts);
    int dayIndex(QDate date) const { return int(date.toJulianDay() - firstDay); }
    qint64 loadCost(qint64 days) const { return qint64(options.weights.load) * days * days; }
};

} // namespace Planner::Solver

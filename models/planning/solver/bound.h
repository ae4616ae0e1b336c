// SPDX-License-Identifier: GPL-3.0-or-later
// The solver's lower bound: a Lagrangian relaxation with the roles that must stay
// unstaffed kept exactly.
#pragma once

#include "planning/solver/problem.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace Planner::Solver {

// The Lagrangian relaxation of "each task gets one instructor or stays unstaffed": per
// instructor and year, a 0/1 knapsack over teaching days with the convex load cost and
// no two tasks that surely clash (see schedule()), ignoring the other overlaps and the
// limits beyond each task's own. Any multipliers
// give a valid lower bound; subgradient steps raise it.
//
// The relaxation also keeps two facts every solution obeys, which its per-instructor
// subproblems cannot see (each instructor alone can take any one of several clashing
// roles, so dualising "one instructor per role" lets them all be staffed):
// - a task without a candidate stays unstaffed (the fixed part), counted exactly;
// - per clash window (findWindows()), a set of tasks that pairwise clash, at least its
//   deficit (its tasks minus a maximum matching of them to their candidates) stays
//   unstaffed.
// Why the bound stays valid: write the problem as min cost(z, x) over staffing choices x
// (per instructor, a feasible set of tasks) and z_t = 1 for t unstaffed, subject to
// z_t + sum_i x_ti = 1. Every solution also has z_t = 1 for a task without a candidate
// and sum_{t in W} z_t >= d_W for each window W: W's tasks pairwise clash, so each
// instructor takes at most one of them, the staffed ones and their instructors form a
// matching, and at most a maximum matching's size of them are staffed. Keeping these
// beside the z choices and dualising only the equalities, L(lambda) = min over (z, x)
// obeying them and each instructor's subproblem of cost(z, x) + sum_t lambda_t (1 - z_t -
// sum_i x_ti): every solution is such a pair with a zero penalty term, so L(lambda) <=
// its cost for any lambda, hence <= the optimum. The windows are disjoint, so the z part
// separates by window (forcedIn()); a task without a candidate adds exactly its penalty.
class Bound
{
public:
    // Work done by evaluate() in the same units as State::work (items times days).
    std::uint64_t work = 0;

    explicit Bound(const Problem &p);

    // A bound that needs no multipliers, from the same facts: the fixed part, per window
    // its deficit's cheapest penalties, nothing below the kept assignments' load cost, and
    // no staffed task below its cheapest candidate (only a preference can make that
    // negative). Every solution pays at least this; the reported bound is the larger of it
    // and the Lagrangian's best, so a plan whose clashes force roles unstaffed gets them
    // into its bound before the first subgradient step.
    double forced = 0;

    // Multipliers from the linear relaxation, solved as a min-cost flow (LEMON's network
    // simplex): days flow from tasks through instructors (or "unstaffed") to a sink,
    // each further teaching day of an instructor-year priced at its load increment. Its
    // node potentials price a task's days; the Lagrangian at those prices is at least the
    // LP bound. Costs are scaled to whole numbers, so the prices are near-optimal only,
    // which is all a starting point needs: the bound itself is evaluated exactly.
    void startFromFlow();

    // L(lambda); fills the subgradient and the relaxation's choice per task.
    double evaluate();

    // One subgradient step towards target (an upper bound). Returns false when the
    // subgradient is zero (the relaxation's choice is a partition).
    bool step(double value, double target, double theta);

    std::vector<double> lambda;
    std::vector<int> chosen;    // an instructor the relaxation picked for each task, or -1
    std::vector<int> preferred; // the flow's candidate for each task, or -1

private:
    struct Item
    {
        int task;
        int days;
        double value;
    };

    // Tasks that pairwise clash (all meet at one date and slot), at least `unstaffed` of
    // which stay unstaffed in every solution.
    struct Window
    {
        std::vector<int> tasks;
        int unstaffed = 0;
    };

    // The z part of a window at the multipliers: each task either unstaffed (its penalty)
    // or staffed (its multiplier, paid back by the subproblems), the cheaper way, except
    // that at least window.unstaffed tasks are unstaffed: those where it costs least
    // extra. Fills the subgradient (1 for a task the relaxation staffs here).
    double forcedIn(const Window &window);

    // How many of tasks (pairwise clashing) stay unstaffed in every solution: |tasks| minus
    // a maximum matching of tasks to their candidates, since the staffed ones of a clashing
    // set go to distinct instructors. The matching is a maximum flow (LEMON's Preflow:
    // source -> task -> candidate -> sink, one unit through each task and instructor, the
    // middle arcs uncuttable). hall gets the tasks on the source side of a minimum cut:
    // their candidates are all on that side too, so the cut (= the flow = |tasks| -
    // deficit) is at least the tasks outside hall plus hall's candidates, and hall alone
    // has the whole deficit (no more, by Hall's theorem) while the other tasks stay free
    // for other windows. The deficit of hall is recounted from its candidates (|hall| -
    // |N(hall)|, at most that many of hall can be staffed), so its validity rests on
    // nothing but hall clashing; should the recount fall short, the whole set is kept.
    int deficit(const std::vector<int> &tasks, std::vector<int> *hall);

    // The clash windows: per date and slot, the tasks (with candidates) that meet then
    // pairwise clash; those whose deficit is positive, largest first, each cut to its Hall
    // set and kept apart from the ones chosen before (a window recounted on the tasks left
    // to it), so that the windows are disjoint and their deficits add up. Then forced.
    void findWindows();

    // The instructor-year's subproblem: the worthwhile items (m_items) whose days, at the
    // load cost from base, give the least Lagrangian cost, up to cap days, with no two
    // items that surely clash: with wholeSpans, no two whose date spans overlap (exact
    // when spans overlap only where tasks clash); else no two of the same slots whose
    // cores overlap. Per group of slots a weighted interval schedule by days (a table of
    // the best value for each exact day count), the groups combined by day count.
    double schedule(double base, int cap, bool wholeSpans);

    // The relaxation gives task t to this instructor.
    void take(int t)
    {
        m_g[std::size_t(t)] -= 1.0;
        chosen[std::size_t(t)] = 1;
    }

    const Problem &m_p;
    std::vector<double> m_g;
    double m_constant = 0;
    struct Core
    {
        int first = 0;
        int last = -1;
        quint8 mask = 0; // the slots it meets in
    };
    struct Group
    {
        quint8 mask = 0;
        std::vector<Item> items;
        std::vector<std::size_t> before; // how many items end before item j starts
        std::vector<double> table;
    };
    std::vector<Item> m_items;
    // A unit of findWindows()'s work (a task listed, a candidate tried, an arc of a flow)
    // takes about this many of the knapsack's cells (measured: 8-22 ns each on the demo
    // plans and the stress instance, against about 1.4 ns per cell).
    static constexpr std::uint64_t WindowUnitCost = 12;
    std::vector<Window> m_windows;
    std::vector<int> m_windowOf;                   // by task: its window, or -1
    std::vector<std::pair<double, int>> m_reduced; // forcedIn()'s (penalty - multiplier, task)
    std::vector<bool> m_intervals; // by instructor: spans overlap exactly when tasks clash
    std::vector<Core> m_core;      // by task
    std::vector<Group> m_groups;
    std::vector<double> m_combined, m_next;
    std::vector<int> m_split;
};

} // namespace Planner::Solver

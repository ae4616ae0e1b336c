// SPDX-License-Identifier: GPL-3.0-or-later
// The solver's primal side: a solution being improved (State) and the local search that
// improves it (Search).
#pragma once

#include "planning/solver/problem.h"

#include <cstdint>
#include <functional>
#include <random>
#include <vector>

namespace Planner::Solver {

// A solution being improved: which candidate has each task, and what that holds.
class State
{
public:
    explicit State(const Problem &p) : m_p(p), m_n(p.instructors.size()) { reset(); }

    // Work done so far in deterministic units (days checked, moves priced): the search
    // stops on this, not on the clock, so that a seed repeats on any machine. Never reset.
    mutable std::uint64_t work = 0;

    void reset();

    int instructorOf(int t) const
    {
        const int k = assigned[std::size_t(t)];
        return k < 0 ? -1 : m_p.tasks[std::size_t(t)].candidates[std::size_t(k)].instructor;
    }

    // Whether instructor i (a candidate of t) can take t as things stand.
    bool fits(int t, int i) const;

    // Cost change of giving t (unassigned) candidate k, or of taking it away.
    qint64 addDelta(int t, int k) const
    {
        ++work;
        const auto &task = m_p.tasks[std::size_t(t)];
        const auto &c = task.candidates[std::size_t(k)];
        const qint64 l = m_load[std::size_t(c.instructor) * m_p.years + task.year];
        return c.cost - task.unstaffedCost + m_p.loadCost(l + task.dayCount) - m_p.loadCost(l);
    }
    qint64 removeDelta(int t) const
    {
        const auto &task = m_p.tasks[std::size_t(t)];
        const int k = assigned[std::size_t(t)];
        const auto &c = task.candidates[std::size_t(k)];
        const qint64 l = m_load[std::size_t(c.instructor) * m_p.years + task.year];
        return task.unstaffedCost - c.cost + m_p.loadCost(l - task.dayCount) - m_p.loadCost(l);
    }

    void add(int t, int k);

    void remove(int t);

    // Assigns tasks to best-fitting candidates exactly as listed.
    void assignAll(const std::vector<int> &solution)
    {
        reset();
        for (std::size_t t = 0; t < solution.size(); ++t) {
            if (solution[t] >= 0)
                add(int(t), solution[t]);
        }
    }

    qint64 load(int i, int year) const
    {
        return m_load[std::size_t(i) * m_p.years + std::size_t(year)];
    }

    bool overlaps(int a, int b) const
    {
        return m_p.tasks[std::size_t(a)].clashes(m_p.tasks[std::size_t(b)]);
    }

    std::vector<int> assigned;             // task -> candidate index, -1 unassigned
    std::vector<std::vector<int>> tasksOf; // instructor -> tasks
    qint64 cost = 0;

private:
    const Problem &m_p;
    std::size_t m_n;
    std::vector<quint8> m_occupied, m_use;
    std::vector<int> m_week, m_month, m_year, m_load;
};

// The local search: greedy construction, then moves, swaps and ejection chains, with
// random restarts of a few tasks when stuck. Seeded, so reproducible.
class Search
{
public:
    Search(const Problem &p, quint64 seed) : m_p(p), state(p), m_rng(seed) {}

    // Best candidate of an unassigned task by added cost, or -1 (staying unstaffed is
    // cheaper or nobody fits).
    int bestFit(int t, qint64 *delta = nullptr) const;

    void construct(const std::vector<int> &order);

    // Hardest first: fewest candidates, then longest; ties broken at random.
    std::vector<int> constructionOrder();

    // Moves a task to a cheaper candidate (or staffs it).
    bool relocate(int t);

    // What exchanging t (candidate kt -> kj) and u (ku -> kuNew) would change in cost.
    qint64 swapDelta(int t, int kt, int kj, int u, int ku, int kuNew) const;

    // Exchanges t with a task of another instructor who could take t's place.
    bool swap(int t);

    // Puts t with candidate k by moving the tasks in its way elsewhere (or leaving them
    // unstaffed when that is cheaper overall).
    bool eject(int t);

    bool ejectAndPlace(int t, int k, const std::vector<int> &blocking);

    // Places unassigned u with a candidate where exactly one task (not avoid) is in the
    // way, that task taking its best fit elsewhere. Leaves things as they were when
    // neither works out.
    void placeWithOneEjection(int u, int avoid);

    // Takes t out (if assigned), remembering where it was for restore().
    void take(int t)
    {
        if (std::none_of(m_touched.begin(), m_touched.end(),
                         [t](const auto &e) { return e.first == t; }))
            m_touched.push_back({t, state.assigned[std::size_t(t)]});
        if (state.assigned[std::size_t(t)] >= 0)
            state.remove(t);
    }

    // Puts every task take() saw back where it was.
    void restore();

    // Improves until no move, swap or ejection helps (or stop() says so).
    void descend(const std::function<bool()> &stop);

    // Depth-first branch and bound over every task's options, for problems small enough
    // to enumerate: proves the optimum. Starts from the best known cost (an upper bound);
    // leaves the state at the best solution found. False when it ran out of nodes.
    bool exhaustive(qint64 &bestCost, std::vector<int> &best, qint64 maxNodes);

    // Takes a few tasks away at random, around one instructor-year, and puts them back.
    void perturb();

private:
    const Problem &m_p;
    std::vector<std::pair<int, int>> m_touched; // task, candidate before an attempt

public:
    State state;

private:
    std::mt19937_64 m_rng;
    std::vector<int> m_others; // swap()'s copy of a task list
};

} // namespace Planner::Solver

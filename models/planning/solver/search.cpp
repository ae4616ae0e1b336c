// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/solver/search.h"

#include <algorithm>
#include <numeric>

namespace Planner::Solver {

void State::reset()
{
    assigned.assign(m_p.tasks.size(), -1);
    m_occupied = m_p.fixedOccupied;
    m_use = m_p.fixedUse;
    m_week = m_p.fixedWeek;
    m_month = m_p.fixedMonth;
    m_year = m_p.fixedYear;
    m_load = m_p.fixedLoad;
    tasksOf.assign(m_n, {});
    cost = 0;
    for (const auto &t : m_p.tasks)
        cost += t.unstaffedCost;
    for (int l : m_load)
        cost += m_p.loadCost(l);
}

bool State::fits(int t, int i) const
{
    const auto &task = m_p.tasks[std::size_t(t)];
    work += 1 + task.days.size();
    const Instructor &person = *m_p.instructors[std::size_t(i)];
    const std::size_t base = std::size_t(i) * m_p.horizon;
    int week = -1, month = -1, year = -1, nw = 0, nm = 0, ny = 0;
    const auto within = [&]() {
        return (week < 0 ||
                m_week[std::size_t(i) * m_p.weeks + week] + nw <= person.maxDaysPerWeek) &&
               (month < 0 ||
                m_month[std::size_t(i) * m_p.months + month] + nm <= person.maxDaysPerMonth) &&
               (year < 0 ||
                m_year[std::size_t(i) * m_p.years + year] + ny <= person.maxDaysPerYear);
    };
    for (const auto &m : task.days) {
        const std::size_t k = base + m.day;
        if (m_occupied[k] & m.mask)
            return false;
        if (m_use[k] != 0)
            continue;
        if (m_p.weekOf[m.day] != week) {
            week = m_p.weekOf[m.day];
            nw = 0;
        }
        if (m_p.monthOf[m.day] != month) {
            month = m_p.monthOf[m.day];
            nm = 0;
        }
        if (m_p.yearOf[m.day] != year) {
            year = m_p.yearOf[m.day];
            ny = 0;
        }
        ++nw;
        ++nm;
        ++ny;
        if (!within())
            return false;
    }
    return true;
}

void State::add(int t, int k)
{
    cost += addDelta(t, k);
    const auto &task = m_p.tasks[std::size_t(t)];
    const std::size_t i = std::size_t(task.candidates[std::size_t(k)].instructor);
    assigned[std::size_t(t)] = k;
    m_load[i * m_p.years + task.year] += task.dayCount;
    for (const auto &m : task.days) {
        const std::size_t x = i * m_p.horizon + m.day;
        if (m_use[x]++ == 0) {
            ++m_week[i * m_p.weeks + m_p.weekOf[m.day]];
            ++m_month[i * m_p.months + m_p.monthOf[m.day]];
            ++m_year[i * m_p.years + m_p.yearOf[m.day]];
        }
        m_occupied[x] |= m.mask;
    }
    tasksOf[i].push_back(t);
}

void State::remove(int t)
{
    cost += removeDelta(t);
    const auto &task = m_p.tasks[std::size_t(t)];
    const std::size_t i = std::size_t(instructorOf(t));
    assigned[std::size_t(t)] = -1;
    m_load[i * m_p.years + task.year] -= task.dayCount;
    for (const auto &m : task.days) {
        const std::size_t x = i * m_p.horizon + m.day;
        if (--m_use[x] == 0) {
            --m_week[i * m_p.weeks + m_p.weekOf[m.day]];
            --m_month[i * m_p.months + m_p.monthOf[m.day]];
            --m_year[i * m_p.years + m_p.yearOf[m.day]];
        }
        m_occupied[x] &= quint8(~m.mask);
    }
    auto &list = tasksOf[i];
    list.erase(std::find(list.begin(), list.end(), t));
}

int Search::bestFit(int t, qint64 *delta) const
{
    const auto &task = m_p.tasks[std::size_t(t)];
    int best = -1;
    qint64 bestDelta = 0;
    for (std::size_t k = 0; k < task.candidates.size(); ++k) {
        const qint64 d = state.addDelta(t, int(k));
        if ((best < 0 ? d < 0 : d < bestDelta) && state.fits(t, task.candidates[k].instructor)) {
            best = int(k);
            bestDelta = d;
        }
    }
    if (delta)
        *delta = bestDelta;
    return best;
}

void Search::construct(const std::vector<int> &order)
{
    for (int t : order) {
        if (state.assigned[std::size_t(t)] >= 0)
            continue;
        const int k = bestFit(t);
        if (k >= 0)
            state.add(t, k);
    }
}

std::vector<int> Search::constructionOrder()
{
    std::vector<int> order(m_p.tasks.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), m_rng);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const auto &ta = m_p.tasks[std::size_t(a)];
        const auto &tb = m_p.tasks[std::size_t(b)];
        if (ta.candidates.size() != tb.candidates.size())
            return ta.candidates.size() < tb.candidates.size();
        return ta.dayCount > tb.dayCount;
    });
    return order;
}

bool Search::relocate(int t)
{
    const int from = state.assigned[std::size_t(t)];
    if (from < 0) {
        const int k = bestFit(t);
        if (k < 0)
            return false;
        state.add(t, k);
        return true;
    }
    const qint64 before = state.cost;
    state.remove(t);
    qint64 delta = 0;
    const int k = bestFit(t, &delta);
    if (k >= 0 && k != from && state.cost + delta < before) {
        state.add(t, k);
        return true;
    }
    state.add(t, from);
    return false;
}

qint64 Search::swapDelta(int t, int kt, int kj, int u, int ku, int kuNew) const
{
    const auto &a = m_p.tasks[std::size_t(t)];
    const auto &b = m_p.tasks[std::size_t(u)];
    qint64 delta = a.candidates[std::size_t(kj)].cost - a.candidates[std::size_t(kt)].cost +
                   b.candidates[std::size_t(kuNew)].cost - b.candidates[std::size_t(ku)].cost;
    const int i = a.candidates[std::size_t(kt)].instructor;
    const int j = a.candidates[std::size_t(kj)].instructor;
    struct Change
    {
        int instructor, year, days;
    };
    Change changes[4] = {{i, a.year, -a.dayCount},
                         {j, a.year, a.dayCount},
                         {j, b.year, -b.dayCount},
                         {i, b.year, b.dayCount}};
    // Merge changes to the same instructor-year so each load is priced once.
    for (int x = 0; x < 4; ++x) {
        for (int y = x + 1; y < 4; ++y) {
            if (changes[y].days != 0 && changes[x].instructor == changes[y].instructor &&
                changes[x].year == changes[y].year) {
                changes[x].days += changes[y].days;
                changes[y].days = 0;
            }
        }
    }
    for (const Change &c : changes) {
        if (c.days == 0)
            continue;
        const qint64 l = state.load(c.instructor, c.year);
        delta += m_p.loadCost(l + c.days) - m_p.loadCost(l);
    }
    return delta;
}

bool Search::swap(int t)
{
    const int kt = state.assigned[std::size_t(t)];
    if (kt < 0)
        return false;
    const auto &task = m_p.tasks[std::size_t(t)];
    const int i = task.candidates[std::size_t(kt)].instructor;
    for (std::size_t kj = 0; kj < task.candidates.size(); ++kj) {
        const int j = task.candidates[kj].instructor;
        if (j == i)
            continue;
        // A copy: the exchanges below reorder the list, even when undone.
        m_others = state.tasksOf[std::size_t(j)];
        state.work += 1 + m_others.size();
        for (int u : m_others) {
            const auto &other = m_p.tasks[std::size_t(u)];
            const int ku = other.candidateOf(i);
            if (ku < 0)
                continue;
            const int kuNow = state.assigned[std::size_t(u)];
            if (swapDelta(t, kt, int(kj), u, kuNow, ku) >= 0)
                continue;
            const qint64 before = state.cost;
            state.remove(t);
            state.remove(u);
            bool done = false;
            if (state.fits(t, j)) {
                state.add(t, int(kj));
                if (state.fits(u, i)) {
                    state.add(u, ku);
                    if (state.cost < before)
                        done = true;
                    else
                        state.remove(u);
                }
                if (!done)
                    state.remove(t);
            }
            if (done)
                return true;
            state.add(u, kuNow);
            state.add(t, kt);
        }
    }
    return false;
}

bool Search::eject(int t)
{
    const auto &task = m_p.tasks[std::size_t(t)];
    const int kt = state.assigned[std::size_t(t)];
    const int now = kt < 0 ? -1 : task.candidates[std::size_t(kt)].instructor;
    // What t costs where it is now: a move elsewhere must at least beat that on t's
    // own terms before making room is worth trying.
    qint64 stay = task.unstaffedCost;
    if (kt >= 0) {
        const auto &c = task.candidates[std::size_t(kt)];
        const qint64 l = state.load(c.instructor, task.year);
        stay = c.cost + m_p.loadCost(l) - m_p.loadCost(l - task.dayCount);
    }
    for (std::size_t k = 0; k < task.candidates.size(); ++k) {
        const int i = task.candidates[k].instructor;
        if (i == now)
            continue;
        const qint64 l = state.load(i, task.year);
        if (task.candidates[k].cost + m_p.loadCost(l + task.dayCount) - m_p.loadCost(l) >= stay)
            continue;
        if (state.fits(t, i))
            continue; // relocate's business
        std::vector<int> blocking;
        for (int u : state.tasksOf[std::size_t(i)]) {
            if (state.overlaps(t, u))
                blocking.push_back(u);
        }
        if (blocking.size() > 2)
            continue;
        if (blocking.empty()) {
            // A limit is in the way: try making room by taking away any one task.
            const std::vector<int> others = state.tasksOf[std::size_t(i)];
            for (int u : others) {
                if (ejectAndPlace(t, int(k), {u}))
                    return true;
            }
            continue;
        }
        if (ejectAndPlace(t, int(k), blocking))
            return true;
    }
    return false;
}

bool Search::ejectAndPlace(int t, int k, const std::vector<int> &blocking)
{
    const auto &task = m_p.tasks[std::size_t(t)];
    const int i = task.candidates[std::size_t(k)].instructor;
    const qint64 before = state.cost;
    m_touched.clear();
    take(t);
    for (int u : blocking)
        take(u);
    if (state.fits(t, i)) {
        state.add(t, k);
        // Each task moved out of the way takes its best fit, or else makes room for
        // itself by moving one more task (an ejection chain of two).
        for (int u : blocking) {
            const int ku = bestFit(u);
            if (ku >= 0)
                state.add(u, ku);
            else
                placeWithOneEjection(u, t);
        }
        if (state.cost < before)
            return true;
    }
    restore();
    return false;
}

void Search::placeWithOneEjection(int u, int avoid)
{
    const auto &task = m_p.tasks[std::size_t(u)];
    for (std::size_t k = 0; k < task.candidates.size(); ++k) {
        const int i = task.candidates[k].instructor;
        int blocker = -1;
        int count = 0;
        for (int v : state.tasksOf[std::size_t(i)]) {
            if (state.overlaps(u, v)) {
                blocker = v;
                ++count;
            }
        }
        if (count != 1 || blocker == avoid)
            continue;
        const int kv = state.assigned[std::size_t(blocker)];
        take(blocker);
        if (state.fits(u, i)) {
            state.add(u, int(k));
            const int kb = bestFit(blocker);
            if (kb >= 0) {
                state.add(blocker, kb);
                return;
            }
            state.remove(u);
        }
        state.add(blocker, kv);
    }
}

void Search::restore()
{
    for (const auto &[t, k] : m_touched) {
        if (state.assigned[std::size_t(t)] >= 0)
            state.remove(t);
    }
    // Tasks placed meanwhile that take() never saw were moved by bestFit only after
    // being taken, so every change is among m_touched.
    for (const auto &[t, k] : m_touched) {
        if (k >= 0)
            state.add(t, k);
    }
    m_touched.clear();
}

void Search::descend(const std::function<bool()> &stop)
{
    std::vector<int> order(m_p.tasks.size());
    std::iota(order.begin(), order.end(), 0);
    // stop() is asked every few dozen tasks: a pass over thousands of tasks can take
    // longer than a whole time budget.
    std::size_t asked = 0;
    const auto stopNow = [&] { return (++asked % 32 == 0) && stop(); };
    for (int pass = 0; pass < 50; ++pass) {
        std::shuffle(order.begin(), order.end(), m_rng);
        bool improved = false;
        for (int t : order) {
            improved = relocate(t) || improved;
            if (stopNow())
                return;
        }
        for (int t : order) {
            improved = swap(t) || improved;
            if (stopNow())
                return;
        }
        // Unstaffed tasks first: staffing one is worth the most.
        for (int t : order) {
            if (state.assigned[std::size_t(t)] < 0)
                improved = eject(t) || improved;
            if (stopNow())
                return;
        }
        for (int t : order) {
            if (state.assigned[std::size_t(t)] >= 0 &&
                m_p.tasks[std::size_t(t)].candidates.size() > 1)
                improved = eject(t) || improved;
            if (stopNow())
                return;
        }
        if (!improved || stop())
            return;
    }
}

bool Search::exhaustive(qint64 &bestCost, std::vector<int> &best, qint64 maxNodes)
{
    std::vector<int> order(m_p.tasks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_p.tasks[std::size_t(a)].candidates.size() <
               m_p.tasks[std::size_t(b)].candidates.size();
    });
    state.reset();
    qint64 nodes = 0;
    bool complete = true;
    const std::function<void(std::size_t)> visit = [&](std::size_t depth) {
        if (++nodes > maxNodes) {
            complete = false;
            return;
        }
        // Loads only grow and their cost is convex, so today's increments are the least
        // any remaining task can add.
        qint64 bound = state.cost;
        for (std::size_t x = depth; x < order.size(); ++x) {
            const int t = order[x];
            qint64 cheapest = 0;
            for (std::size_t k = 0; k < m_p.tasks[std::size_t(t)].candidates.size(); ++k)
                cheapest = std::min(cheapest, state.addDelta(t, int(k)));
            bound += cheapest;
        }
        if (bound >= bestCost)
            return;
        if (depth == order.size()) {
            bestCost = state.cost;
            best = state.assigned;
            return;
        }
        const int t = order[depth];
        for (std::size_t k = 0; k < m_p.tasks[std::size_t(t)].candidates.size() && complete; ++k) {
            if (!state.fits(t, m_p.tasks[std::size_t(t)].candidates[k].instructor))
                continue;
            state.add(t, int(k));
            visit(depth + 1);
            state.remove(t);
        }
        if (complete)
            visit(depth + 1); // unstaffed
    };
    visit(0);
    state.assignAll(best);
    return complete;
}

void Search::perturb()
{
    if (m_p.tasks.empty())
        return;
    std::uniform_int_distribution<std::size_t> pick(0, m_p.tasks.size() - 1);
    const std::size_t count = std::max<std::size_t>(2, m_p.tasks.size() / 40);
    std::vector<int> removed;
    for (std::size_t n = 0; n < count; ++n) {
        const int t = int(pick(m_rng));
        if (state.assigned[std::size_t(t)] >= 0) {
            state.remove(t);
            removed.push_back(t);
        }
    }
    std::shuffle(removed.begin(), removed.end(), m_rng);
    // Reinsert with a random candidate among the fitting ones, to leave the valley.
    for (int t : removed) {
        const auto &task = m_p.tasks[std::size_t(t)];
        std::vector<int> fitting;
        for (std::size_t k = 0; k < task.candidates.size(); ++k) {
            if (state.fits(t, task.candidates[k].instructor))
                fitting.push_back(int(k));
        }
        if (!fitting.empty()) {
            std::uniform_int_distribution<std::size_t> any(0, fitting.size() - 1);
            state.add(t, fitting[any(m_rng)]);
        }
    }
}

} // namespace Planner::Solver

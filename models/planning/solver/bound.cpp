// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/solver/bound.h"

#include <lemon/network_simplex.h>
#include <lemon/preflow.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace Planner::Solver {

Bound::Bound(const Problem &p) : lambda(p.tasks.size(), 0.0), m_p(p), m_g(p.tasks.size(), 0.0)
{
    // Start each multiplier at what its cheapest candidate adds at an average load.
    qint64 totalDays = 0;
    for (const auto &t : p.tasks)
        totalDays += t.dayCount;
    const double average =
        p.instructors.empty()
            ? 0.0
            : double(totalDays) / double(p.instructors.size() * std::size_t(p.years));
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
        const auto &task = p.tasks[t];
        double best = double(task.unstaffedCost);
        for (const auto &c : task.candidates) {
            const double marginal =
                double(p.options.weights.load) *
                ((average + task.dayCount) * (average + task.dayCount) - average * average);
            best = std::min(best, double(c.cost) + marginal);
        }
        lambda[t] = best;
    }
    for (int l : p.fixedLoad)
        m_constant += double(p.loadCost(l));
    // Where an instructor's candidate tasks clash exactly when their date spans
    // overlap (the usual case: whole days, one pattern), the subproblem can keep
    // them apart too, as a weighted interval schedule: a stronger, still valid bound.
    m_intervals.assign(p.instructors.size(), false);
    for (std::size_t i = 0; i < p.instructors.size(); ++i) {
        const auto &items = p.itemsOf[i];
        if (items.size() > 160)
            continue;
        bool ok = true;
        for (std::size_t a = 0; ok && a < items.size(); ++a) {
            const auto &ta = p.tasks[std::size_t(items[a].first)];
            for (std::size_t b = a + 1; ok && b < items.size(); ++b) {
                const auto &tb = p.tasks[std::size_t(items[b].first)];
                if (ta.days.empty() || tb.days.empty() || ta.year != tb.year)
                    continue;
                const bool spans = ta.days.front().day <= tb.days.back().day &&
                                   tb.days.front().day <= ta.days.back().day;
                ok = spans == ta.clashes(tb);
            }
        }
        m_intervals[i] = ok;
    }
    // Elsewhere tasks may share dates without clashing (an evening course beside a day
    // course, a weekend course across a weekday one), so the subproblem only keeps
    // apart what surely clashes: tasks of the same slots whose cores (the longest run
    // of consecutive days each meets in all its slots) share a day.
    m_core.resize(p.tasks.size());
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
        Core &core = m_core[t];
        for (const auto &d : p.tasks[t].days)
            core.mask |= d.mask;
        int runFirst = -1;
        int previous = -2;
        for (const auto &d : p.tasks[t].days) {
            if (d.mask != core.mask) {
                runFirst = -1;
                continue;
            }
            if (runFirst < 0 || d.day != previous + 1)
                runFirst = d.day;
            previous = d.day;
            if (d.day - runFirst > core.last - core.first) {
                core.first = runFirst;
                core.last = d.day;
            }
        }
    }
    findWindows();
}

void Bound::startFromFlow()
{
    using Graph = lemon::SmartDigraph;
    Graph g;
    constexpr qint64 Scale = 2520; // divisible by every day count up to 10
    Graph::ArcMap<qint64> capacity(g), cost(g);
    std::vector<Graph::Node> taskNode;
    const Graph::Node sink = g.addNode();
    std::map<std::pair<int, int>, Graph::Node> instructorYear;
    std::vector<std::tuple<Graph::Node, Graph::Node, qint64, qint64>> arcs;
    std::vector<std::vector<std::size_t>> arcOf(m_p.tasks.size()); // task -> candidate arcs
    qint64 total = 0;
    std::map<std::pair<int, int>, int> daysInto;
    for (std::size_t t = 0; t < m_p.tasks.size(); ++t) {
        const auto &task = m_p.tasks[t];
        taskNode.push_back(g.addNode());
        if (task.dayCount == 0)
            continue;
        total += task.dayCount;
        const qint64 d = task.dayCount;
        arcs.push_back({taskNode.back(), sink, d, task.unstaffedCost * Scale / d});
        for (const auto &c : task.candidates) {
            // (A default Node is uninitialised in LEMON: look up, never default-construct.)
            auto it = instructorYear.find({c.instructor, task.year});
            if (it == instructorYear.end())
                it = instructorYear.emplace(std::pair(c.instructor, task.year), g.addNode()).first;
            const Graph::Node node = it->second;
            daysInto[{c.instructor, task.year}] += task.dayCount;
            arcOf[t].push_back(arcs.size());
            arcs.push_back({taskNode.back(), node, d, c.cost * Scale / d});
        }
    }
    const qint64 w = m_p.options.weights.load;
    // Unit arcs up to the yearly limit: beyond it a solution cannot go anyway, and
    // these prices only start the bound (any prices give a valid one).
    for (const auto &[key, node] : instructorYear) {
        const qint64 base = m_p.fixedLoad[std::size_t(key.first) * std::size_t(m_p.years) +
                                          std::size_t(key.second)];
        const qint64 units = std::min<qint64>(
            daysInto[key], m_p.instructors[std::size_t(key.first)]->maxDaysPerYear);
        for (qint64 k = 1; k <= units; ++k)
            arcs.push_back({node, sink, 1, Scale * w * (2 * (base + k) - 1)});
    }
    std::vector<Graph::Arc> arcIds;
    for (const auto &[from, to, cap, c] : arcs) {
        const Graph::Arc a = g.addArc(from, to);
        arcIds.push_back(a);
        capacity[a] = cap;
        cost[a] = c;
    }
    Graph::NodeMap<qint64> supply(g, 0);
    for (std::size_t t = 0; t < m_p.tasks.size(); ++t)
        supply[taskNode[t]] = m_p.tasks[t].dayCount;
    supply[sink] = -total;
    lemon::NetworkSimplex<Graph, qint64, qint64> simplex(g);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, qint64, qint64>::OPTIMAL)
        return;
    // The relaxation's favourite for each task: where most of its days flow.
    preferred.assign(m_p.tasks.size(), -1);
    for (std::size_t t = 0; t < m_p.tasks.size(); ++t) {
        qint64 most = 0;
        for (std::size_t k = 0; k < arcOf[t].size(); ++k) {
            const qint64 f = simplex.flow(arcIds[arcOf[t][k]]);
            if (f > most) {
                most = f;
                preferred[t] = int(k);
            }
        }
    }
    // Whichever sign convention the potentials follow, one of the two readings is the
    // price of a task's days; keep the one with the higher Lagrangian value.
    const std::vector<double> start = lambda;
    double bestValue = evaluate();
    std::vector<double> bestLambda = lambda;
    for (const double sign : {1.0, -1.0}) {
        for (std::size_t t = 0; t < m_p.tasks.size(); ++t) {
            const auto &task = m_p.tasks[t];
            if (task.dayCount == 0)
                continue;
            const double perDay = sign *
                                  double(simplex.potential(sink) - simplex.potential(taskNode[t])) /
                                  double(Scale);
            lambda[t] = std::min(double(task.unstaffedCost), perDay * task.dayCount);
        }
        const double value = evaluate();
        if (value > bestValue) {
            bestValue = value;
            bestLambda = lambda;
        }
    }
    lambda = bestLambda;
}

double Bound::evaluate()
{
    double value = m_constant;
    const std::size_t nt = m_p.tasks.size();
    chosen.assign(nt, -1);
    work += nt;
    for (std::size_t t = 0; t < nt; ++t) {
        const double u = double(m_p.tasks[t].unstaffedCost);
        if (m_p.tasks[t].candidates.empty()) {
            // No subproblem can take t: any multiplier of u or more is best, and gives
            // exactly u, so the fixed part is counted as it is and never stepped.
            value += u;
            m_g[t] = 0.0;
        } else if (m_windowOf[t] < 0) {
            value += std::min(lambda[t], u);
            m_g[t] = lambda[t] > u ? 0.0 : 1.0;
        }
    }
    for (const Window &window : m_windows)
        value += forcedIn(window);
    const double w = m_p.options.weights.load;
    for (std::size_t i = 0; i < m_p.instructors.size(); ++i) {
        const auto &items = m_p.itemsOf[i];
        for (std::size_t b = 0; b < items.size();) {
            const int year = m_p.tasks[std::size_t(items[b].first)].year;
            std::size_t e = b;
            m_items.clear();
            double sumValue = 0;
            int sumDays = 0;
            while (e < items.size() && m_p.tasks[std::size_t(items[e].first)].year == year) {
                const auto &[t, k] = items[e];
                const auto &task = m_p.tasks[std::size_t(t)];
                const double v =
                    lambda[std::size_t(t)] - double(task.candidates[std::size_t(k)].cost);
                if (v > 1e-12) {
                    m_items.push_back({t, task.dayCount, v});
                    sumValue += v;
                    sumDays += task.dayCount;
                }
                ++e;
            }
            b = e;
            if (m_items.empty())
                continue;
            const double base = m_p.fixedLoad[i * std::size_t(m_p.years) + std::size_t(year)];
            // No subset is worth more days than the load they would cost.
            int cap = sumDays;
            if (w > 0) {
                for (int d = 1; d <= sumDays; ++d) {
                    if (w * ((base + d) * (base + d) - base * base) > sumValue) {
                        cap = d;
                        break;
                    }
                }
            }
            work += m_items.size() * std::size_t(cap + 1);
            value += schedule(base, cap, m_intervals[i]);
        }
    }
    return value;
}

bool Bound::step(double value, double target, double theta)
{
    double norm = 0;
    for (double g : m_g)
        norm += g * g;
    if (norm < 1e-12)
        return false;
    const double s = theta * std::max(target - value, 1e-6) / norm;
    for (std::size_t t = 0; t < lambda.size(); ++t)
        lambda[t] += s * m_g[t];
    return true;
}

double Bound::forcedIn(const Window &window)
{
    m_reduced.clear();
    for (int t : window.tasks)
        m_reduced.push_back(
            {double(m_p.tasks[std::size_t(t)].unstaffedCost) - lambda[std::size_t(t)], t});
    std::sort(m_reduced.begin(), m_reduced.end());
    double value = 0;
    for (std::size_t k = 0; k < m_reduced.size(); ++k) {
        const auto [reduced, t] = m_reduced[k];
        const bool unstaffed = int(k) < window.unstaffed || reduced < 0;
        value += lambda[std::size_t(t)] + (unstaffed ? reduced : 0.0);
        m_g[std::size_t(t)] = unstaffed ? 0.0 : 1.0;
    }
    return value;
}

int Bound::deficit(const std::vector<int> &tasks, std::vector<int> *hall)
{
    using Graph = lemon::SmartDigraph;
    Graph g;
    Graph::ArcMap<int> capacity(g);
    const Graph::Node source = g.addNode();
    const Graph::Node sink = g.addNode();
    std::vector<Graph::Node> taskNode;
    std::unordered_map<int, Graph::Node> instructorNode;
    std::size_t arcs = 0;
    const int uncut = int(tasks.size()) + 1;
    for (int t : tasks) {
        taskNode.push_back(g.addNode());
        capacity[g.addArc(source, taskNode.back())] = 1;
        for (const auto &c : m_p.tasks[std::size_t(t)].candidates) {
            auto it = instructorNode.find(c.instructor);
            if (it == instructorNode.end()) {
                it = instructorNode.emplace(c.instructor, g.addNode()).first;
                capacity[g.addArc(it->second, sink)] = 1;
            }
            capacity[g.addArc(taskNode.back(), it->second)] = uncut;
            ++arcs;
        }
    }
    work += WindowUnitCost * (arcs + tasks.size());
    lemon::Preflow<Graph, Graph::ArcMap<int>> flow(g, capacity, source, sink);
    flow.run();
    const int missing = int(tasks.size()) - flow.flowValue();
    if (missing <= 0 || !hall)
        return std::max(missing, 0);
    hall->clear();
    std::set<int> neighbours;
    for (std::size_t k = 0; k < tasks.size(); ++k) {
        if (!flow.minCut(taskNode[k]))
            continue;
        hall->push_back(tasks[k]);
        for (const auto &c : m_p.tasks[std::size_t(tasks[k])].candidates)
            neighbours.insert(c.instructor);
    }
    if (int(hall->size()) - int(neighbours.size()) != missing)
        *hall = tasks;
    return missing;
}

void Bound::findWindows()
{
    const std::size_t nt = m_p.tasks.size();
    m_windowOf.assign(nt, -1);
    std::vector<std::vector<int>> at(std::size_t(m_p.horizon) * 8);
    for (std::size_t t = 0; t < nt; ++t) {
        const auto &task = m_p.tasks[t];
        if (task.candidates.empty())
            continue;
        for (const auto &d : task.days) {
            for (unsigned bit = 0; bit < 8; ++bit) {
                if (d.mask & (1u << bit))
                    at[std::size_t(d.day) * 8 + bit].push_back(int(t));
            }
        }
    }
    std::set<std::vector<int>> seen;
    std::vector<std::pair<int, std::vector<int>>> found;  // deficit, tasks
    std::vector<int> takenIn(m_p.instructors.size(), -1); // by instructor: the set it went to
    int setNumber = 0;
    for (std::vector<int> &tasks : at) {
        work += WindowUnitCost * (tasks.size() + 1);
        if (tasks.size() < 2 || !seen.insert(tasks).second)
            continue;
        // Most sets have instructors to spare: a greedy matching (each task its first
        // free candidate) that staffs them all proves no deficit, without the graph.
        ++setNumber;
        bool all = true;
        for (int t : tasks) {
            const auto &candidates = m_p.tasks[std::size_t(t)].candidates;
            const auto free =
                std::find_if(candidates.begin(), candidates.end(), [&](const auto &c) {
                    return takenIn[std::size_t(c.instructor)] != setNumber;
                });
            work += WindowUnitCost * (std::size_t(free - candidates.begin()) + 1);
            if (free == candidates.end()) {
                all = false;
                break;
            }
            takenIn[std::size_t(free->instructor)] = setNumber;
        }
        if (all)
            continue;
        if (const int d = deficit(tasks, nullptr); d > 0)
            found.push_back({d, std::move(tasks)});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<int> left, hall;
    for (const auto &[d, tasks] : found) {
        left.clear();
        for (int t : tasks) {
            if (m_windowOf[std::size_t(t)] < 0)
                left.push_back(t);
        }
        if (left.size() < 2)
            continue;
        const int missing = deficit(left, &hall);
        if (missing <= 0)
            continue;
        for (int t : hall)
            m_windowOf[std::size_t(t)] = int(m_windows.size());
        m_windows.push_back({hall, missing});
    }

    const SolverWeights &w = m_p.options.weights;
    forced = m_constant;
    for (std::size_t t = 0; t < nt; ++t) {
        const auto &task = m_p.tasks[t];
        if (task.candidates.empty()) {
            forced += double(task.unstaffedCost);
            continue;
        }
        qint64 cheapest = 0;
        for (const auto &c : task.candidates)
            cheapest = std::min(cheapest, c.cost);
        forced += double(cheapest);
    }
    for (const Window &window : m_windows) {
        std::vector<qint64> penalties;
        for (int t : window.tasks)
            penalties.push_back(m_p.tasks[std::size_t(t)].unstaffedCost);
        std::sort(penalties.begin(), penalties.end());
        for (int k = 0; k < window.unstaffed; ++k)
            forced += double(penalties[std::size_t(k)]);
    }
    // The argument needs penalties and the load cost never below zero, as the dialog's
    // and the CLI's weights are (a negative weight there is refused).
    if (w.load < 0 || w.unstaffedLead < 0 || w.unstaffedAssistant < 0 || w.churn < 0)
        forced = -Infinity;
}

double Bound::schedule(double base, int cap, bool wholeSpans)
{
    const std::size_t width = std::size_t(cap) + 1;
    // Items without sessions clash with nothing and cost no days: take them outright.
    double free = 0;
    for (Group &group : m_groups)
        group.items.clear(); // kept, with their buffers, for the next call
    for (const Item &item : m_items) {
        if (item.days == 0) {
            free += item.value;
            take(item.task);
            continue;
        }
        const quint8 mask = wholeSpans ? quint8(0) : m_core[std::size_t(item.task)].mask;
        auto g = std::find_if(m_groups.begin(), m_groups.end(),
                              [&](const Group &x) { return x.mask == mask; });
        if (g == m_groups.end()) {
            m_groups.push_back({mask, {}, {}, {}});
            g = m_groups.end() - 1;
        }
        g->items.push_back(item);
    }
    const auto first = [&](const Item &x) {
        return wholeSpans ? m_p.tasks[std::size_t(x.task)].days.front().day
                          : m_core[std::size_t(x.task)].first;
    };
    const auto last = [&](const Item &x) {
        return wholeSpans ? m_p.tasks[std::size_t(x.task)].days.back().day
                          : m_core[std::size_t(x.task)].last;
    };
    // Each group's table: row j, column D = the best value of items 1..j (by end)
    // with exactly D days, no two overlapping.
    for (Group &group : m_groups) {
        std::vector<Item> &items = group.items;
        if (items.empty())
            continue;
        std::sort(items.begin(), items.end(),
                  [&](const Item &a, const Item &b) { return last(a) < last(b); });
        const std::size_t m = items.size();
        group.before.resize(m);
        for (std::size_t j = 0; j < m; ++j) {
            const int start = first(items[j]);
            group.before[j] =
                std::size_t(std::partition_point(items.begin(), items.begin() + std::ptrdiff_t(j),
                                                 [&](const Item &x) { return last(x) < start; }) -
                            items.begin());
        }
        group.table.assign((m + 1) * width, -Infinity);
        group.table[0] = 0;
        for (std::size_t j = 1; j <= m; ++j) {
            const Item &item = items[j - 1];
            const double *prev = &group.table[(j - 1) * width];
            const double *from = &group.table[group.before[j - 1] * width];
            double *row = &group.table[j * width];
            for (int D = 0; D <= cap; ++D) {
                double best = prev[D];
                if (D >= item.days && from[D - item.days] != -Infinity)
                    best = std::max(best, from[D - item.days] + item.value);
                row[std::size_t(D)] = best;
            }
        }
    }
    // The groups together: the best split of each day count between them.
    m_combined.assign(width, -Infinity);
    m_combined[0] = 0;
    m_split.assign(m_groups.size() * width, 0);
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].items.empty())
            continue;
        const double *own = &m_groups[g].table[m_groups[g].items.size() * width];
        m_next.assign(width, -Infinity);
        for (int D = 0; D <= cap; ++D) {
            for (int mine = 0; mine <= D; ++mine) {
                if (own[mine] == -Infinity || m_combined[std::size_t(D - mine)] == -Infinity)
                    continue;
                const double v = m_combined[std::size_t(D - mine)] + own[mine];
                if (v > m_next[std::size_t(D)]) {
                    m_next[std::size_t(D)] = v;
                    m_split[g * width + std::size_t(D)] = mine;
                }
            }
        }
        work += width * width;
        m_combined.swap(m_next);
    }
    const double w = m_p.options.weights.load;
    double bestValue = 0;
    int bestD = 0;
    for (int D = 0; D <= cap; ++D) {
        if (m_combined[std::size_t(D)] == -Infinity)
            continue;
        const double v = w * ((base + D) * (base + D) - base * base) - m_combined[std::size_t(D)];
        if (v < bestValue) {
            bestValue = v;
            bestD = D;
        }
    }
    // Which items made bestD, for the subgradient: each group's share, then its rows.
    int rest = bestD;
    for (std::size_t g = m_groups.size(); g-- > 0;) {
        const Group &group = m_groups[g];
        if (group.items.empty())
            continue;
        int D = m_split[g * width + std::size_t(rest)];
        rest -= D;
        for (std::size_t j = group.items.size(); j > 0 && D > 0;) {
            if (group.table[j * width + std::size_t(D)] ==
                group.table[(j - 1) * width + std::size_t(D)]) {
                --j;
                continue;
            }
            const Item &item = group.items[j - 1];
            take(item.task);
            D -= item.days;
            j = group.before[j - 1];
        }
    }
    return bestValue - free;
}

} // namespace Planner::Solver

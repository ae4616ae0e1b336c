// SPDX-License-Identifier: GPL-3.0-or-later
// AssignmentSolver::toMps: the problem as a mixed-integer programme for other solvers.
#include "planning/solver/problem.h"

#include <algorithm>
#include <map>
#include <set>

namespace Planner {

using Solver::Problem;

// Columns: X<t>_<k> binary (task t by candidate k), U<t> binary (t unstaffed), S<i>_<y>_<n>
// in [0, 1] (the n-th teaching day of instructor i in year y, priced at the load cost's
// increment, convex so they fill in order), D<i>_<d> in [0, 1] (i teaches on day d) and
// K fixed at 1 carrying the kept assignments' load cost. Rows: A<t> one instructor or
// unstaffed; L<i>_<y> the load's days; O<n> at most one task per instructor, date and
// slot; T<n> links days to tasks and W/M/Y<n> the limits, written only where they can
// bind.
QByteArray AssignmentSolver::toMps() const
{
    const Problem &p = *m_problem;
    const qint64 w = m_options.weights.load;
    QByteArray rows, columns, rhs, bounds;
    const auto row = [&](char type, const QByteArray &name) {
        rows += ' ';
        rows += type;
        rows += ' ' + name + '\n';
    };
    const auto entry = [&](const QByteArray &column, const QByteArray &rowName, qint64 value) {
        columns += "    " + column + ' ' + rowName + ' ' + QByteArray::number(value) + '\n';
    };
    row('N', "COST");
    const auto x = [](std::size_t t, std::size_t k) {
        return "X" + QByteArray::number(qulonglong(t)) + '_' + QByteArray::number(qulonglong(k));
    };

    // Rows first, collected per column afterwards: columns must come together in MPS.
    std::map<QByteArray, std::vector<std::pair<QByteArray, qint64>>>
        extra; // column -> (row, value)
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
        const QByteArray a = "A" + QByteArray::number(qulonglong(t));
        row('E', a);
        rhs += "    RHS " + a + " 1\n";
    }
    int overlapRows = 0, limitRows = 0;
    std::vector<std::pair<QByteArray, QByteArray>> continuous; // name, upper bound
    QByteArray continuousColumns;
    for (std::size_t i = 0; i < p.instructors.size(); ++i) {
        const auto &items = p.itemsOf[i];
        if (items.empty())
            continue;
        const Instructor &person = *p.instructors[i];
        // Load per year.
        std::map<int, int> daysInYear;
        for (const auto &[t, k] : items)
            daysInYear[p.tasks[std::size_t(t)].year] += p.tasks[std::size_t(t)].dayCount;
        for (const auto &[year, maxDays] : daysInYear) {
            const QByteArray l =
                "L" + QByteArray::number(qulonglong(i)) + '_' + QByteArray::number(year);
            row('E', l);
            for (const auto &[t, k] : items) {
                if (p.tasks[std::size_t(t)].year == year)
                    extra[x(std::size_t(t), std::size_t(k))].push_back(
                        {l, -p.tasks[std::size_t(t)].dayCount});
            }
            const qint64 base = p.fixedLoad[i * std::size_t(p.years) + std::size_t(year)];
            for (int n = 1; n <= maxDays; ++n) {
                const QByteArray s = "S" + QByteArray::number(qulonglong(i)) + '_' +
                                     QByteArray::number(year) + '_' + QByteArray::number(n);
                const qint64 cost = w * ((base + n) * (base + n) - (base + n - 1) * (base + n - 1));
                if (cost != 0)
                    continuousColumns += "    " + s + " COST " + QByteArray::number(cost) + '\n';
                continuousColumns += "    " + s + ' ' + l + " 1\n";
                continuous.push_back({s, "1"});
            }
        }
        // Overlaps: tasks sharing a date and slot, one row per distinct set.
        std::map<std::pair<int, int>, std::vector<std::pair<int, int>>>
            bySlot; // (day, bit) -> (t, k)
        std::map<int, std::vector<std::pair<int, int>>> byDay;
        for (const auto &[t, k] : items) {
            for (const auto &m : p.tasks[std::size_t(t)].days) {
                byDay[m.day].push_back({t, k});
                for (int bit = 0; bit < 8; ++bit) {
                    if (m.mask & (1u << bit))
                        bySlot[{m.day, bit}].push_back({t, k});
                }
            }
        }
        std::set<std::vector<std::pair<int, int>>> seen;
        for (auto &[key, list] : bySlot) {
            if (list.size() < 2 || !seen.insert(list).second)
                continue;
            const QByteArray o = "O" + QByteArray::number(overlapRows++);
            row('L', o);
            rhs += "    RHS " + o + " 1\n";
            for (const auto &[t, k] : list)
                extra[x(std::size_t(t), std::size_t(k))].push_back({o, 1});
        }
        // Limits: only periods where the free days could exceed what is left.
        struct Period
        {
            const std::vector<int> *of;
            const std::vector<int> *fixed;
            int count;
            int limit;
            char name;
        };
        const Period periods[] = {
            {&p.weekOf, &p.fixedWeek, p.weeks, person.maxDaysPerWeek, 'W'},
            {&p.monthOf, &p.fixedMonth, p.months, person.maxDaysPerMonth, 'M'},
            {&p.yearOf, &p.fixedYear, p.years, person.maxDaysPerYear, 'Y'}};
        std::set<int> dayColumns;
        for (const Period &period : periods) {
            std::map<int, std::vector<int>> daysOfPeriod;
            for (const auto &[day, list] : byDay) {
                if (p.fixedUse[i * std::size_t(p.horizon) + std::size_t(day)] == 0)
                    daysOfPeriod[(*period.of)[std::size_t(day)]].push_back(day);
            }
            for (const auto &[id, days] : daysOfPeriod) {
                const int left =
                    period.limit - (*period.fixed)[i * std::size_t(period.count) + std::size_t(id)];
                if (int(days.size()) <= left)
                    continue;
                const QByteArray k = QByteArray(1, period.name) + QByteArray::number(limitRows++);
                row('L', k);
                rhs += "    RHS " + k + ' ' + QByteArray::number(left) + '\n';
                for (int day : days) {
                    dayColumns.insert(day);
                    extra["D" + QByteArray::number(qulonglong(i)) + '_' + QByteArray::number(day)]
                        .push_back({k, 1});
                }
            }
        }
        for (int day : dayColumns) {
            // sum of x on the day <= (slots a day has) * d: the tasks of one day are at most
            // one per slot by the overlap rows, so d = 1 whenever any of them is taught.
            const QByteArray d =
                "D" + QByteArray::number(qulonglong(i)) + '_' + QByteArray::number(day);
            const QByteArray link = "T" + QByteArray::number(limitRows++);
            row('L', link);
            quint8 mask = 0;
            for (const auto &[t, k] : byDay[day]) {
                extra[x(std::size_t(t), std::size_t(k))].push_back({link, 1});
                for (const auto &m : p.tasks[std::size_t(t)].days) {
                    if (m.day == day)
                        mask |= m.mask;
                }
            }
            const int slotsThatDay = std::popcount(unsigned(mask));
            extra[d].push_back({link, -std::min<qint64>(slotsThatDay, qint64(byDay[day].size()))});
            continuous.push_back({d, "1"});
        }
    }

    columns += "    MARKER 'MARKER' 'INTORG'\n";
    QByteArray binaries;
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
        const auto &task = p.tasks[t];
        const QByteArray a = "A" + QByteArray::number(qulonglong(t));
        for (std::size_t k = 0; k < task.candidates.size(); ++k) {
            const QByteArray name = x(t, k);
            if (task.candidates[k].cost != 0)
                entry(name, "COST", task.candidates[k].cost);
            entry(name, a, 1);
            for (const auto &[r, v] : extra[name])
                entry(name, r, v);
            extra.erase(name);
            binaries += " BV BND " + name + '\n';
        }
        const QByteArray u = "U" + QByteArray::number(qulonglong(t));
        entry(u, "COST", task.unstaffedCost);
        entry(u, a, 1);
        binaries += " BV BND " + u + '\n';
    }
    columns += "    MARKER 'MARKER' 'INTEND'\n";
    columns += continuousColumns;
    for (const auto &[name, list] : extra) {
        for (const auto &[r, v] : list)
            entry(name, r, v);
    }
    qint64 constant = 0;
    for (int l : p.fixedLoad)
        constant += p.loadCost(l);
    if (constant != 0)
        entry("K", "COST", constant);

    bounds = binaries;
    for (const auto &[name, up] : continuous)
        bounds += " UP BND " + name + ' ' + up + '\n';
    if (constant != 0)
        bounds += " FX BND K 1\n";

    QByteArray out = "NAME COHORTPLANNER_ASSIGNMENT\nROWS\n" + rows + "COLUMNS\n" + columns +
                     "RHS\n" + rhs + "BOUNDS\n" + bounds + "ENDATA\n";
    return out;
}

} // namespace Planner

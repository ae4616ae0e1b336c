// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignmentsolver.h"

#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <lemon/network_simplex.h>
#include <lemon/preflow.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <set>
#include <unordered_map>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::AssignmentSolver)
};

constexpr double Infinity = std::numeric_limits<double>::infinity();

bool isActive(const Cohort &c)
{
    return c.status != CohortStatus::Cancelled;
}

bool isRestaffable(const Cohort &c)
{
    return c.status != CohortStatus::Cancelled && c.status != CohortStatus::Completed;
}

quint8 slotBit(SessionSlot slot)
{
    return quint8(1u << unsigned(slot));
}

QString roleText(InstructorRole role)
{
    return role == InstructorRole::Lead ? Tr::tr("lead") : Tr::tr("assistant");
}

} // namespace

bool isHardRule(ConflictRule rule)
{
    return isInstructorRule(rule);
}

std::vector<Id> cohortsInScope(const ConflictInput &input, Id trackId, QDate from, QDate to)
{
    std::unordered_map<Id, Id> trackOf;
    for (const Course &c : input.courses)
        trackOf[c.id] = c.trackId;
    std::unordered_map<Id, QDate> firstDate;
    for (const Session &s : input.sessions) {
        QDate &d = firstDate[s.cohortId];
        if (s.date.isValid() && (!d.isValid() || s.date < d))
            d = s.date;
    }
    std::vector<Id> ids;
    for (const Cohort &c : input.cohorts) {
        if (trackId != 0 && trackOf[c.courseId] != trackId)
            continue;
        const QDate first = firstDate[c.id];
        if ((from.isValid() || to.isValid()) && !first.isValid())
            continue;
        if ((from.isValid() && first < from) || (to.isValid() && first > to))
            continue;
        ids.push_back(c.id);
    }
    return ids;
}

// The problem in numbers: days as indexes into the plan's horizon, instructors and tasks
// (one role of one cohort) as indexes, every candidate an instructor who may take a task
// on their own (qualified on every date, not on leave, free of the kept assignments and
// within their limits with them) with its cost.
struct AssignmentSolver::Problem
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

AssignmentSolver::Problem::Problem(const ConflictInput &input, const SolverOptions &opts)
    : in(input), options(opts)
{
    for (std::size_t i = 0; i < in.cohorts.size(); ++i)
        cohortIndex[in.cohorts[i].id] = i;
    for (std::size_t i = 0; i < in.courses.size(); ++i)
        courseIndex[in.courses[i].id] = i;
    for (std::size_t i = 0; i < in.venues.size(); ++i)
        venueIndex[in.venues[i].id] = i;
    for (const Instructor &person : in.instructors) {
        instructorIndex[person.id] = int(instructors.size());
        instructors.push_back(&person);
    }

    // The horizon: every session date of a cohort that is not cancelled.
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (const Session &s : in.sessions) {
        if (!s.date.isValid())
            continue;
        const auto c = cohortIndex.find(s.cohortId);
        if (c == cohortIndex.end() || !isActive(in.cohorts[c->second]))
            continue;
        lo = std::min(lo, s.date.toJulianDay());
        hi = std::max(hi, s.date.toJulianDay());
    }
    if (lo > hi)
        lo = hi = QDate(2000, 1, 1).toJulianDay();
    firstDay = lo;
    horizon = int(hi - lo + 1);
    const QDate first = QDate::fromJulianDay(lo);
    const qint64 firstWeek = Rules::weekStart(first).toJulianDay();
    firstYear = first.year();
    weekOf.resize(horizon);
    monthOf.resize(horizon);
    yearOf.resize(horizon);
    for (int d = 0; d < horizon; ++d) {
        const QDate date = QDate::fromJulianDay(lo + d);
        weekOf[d] = int((Rules::weekStart(date).toJulianDay() - firstWeek) / 7);
        monthOf[d] = (date.year() - firstYear) * 12 + date.month() - 1;
        yearOf[d] = date.year() - firstYear;
    }
    weeks = weekOf.back() + 1;
    months = monthOf.back() + 1;
    years = yearOf.back() + 1;

    for (const Session &s : in.sessions) {
        if (s.date.isValid() && cohortIndex.count(s.cohortId))
            daysOfCohort[s.cohortId].push_back({dayIndex(s.date), slotBit(s.slot)});
    }
    for (auto &[id, list] : daysOfCohort) {
        std::sort(list.begin(), list.end(),
                  [](const DayMask &a, const DayMask &b) { return a.day < b.day; });
        std::vector<DayMask> merged;
        for (const DayMask &m : list) {
            if (!merged.empty() && merged.back().day == m.day)
                merged.back().mask |= m.mask;
            else
                merged.push_back(m);
        }
        list = std::move(merged);
    }

    // The scope and its tasks.
    std::set<Id> scope;
    if (!options.cohorts) {
        for (const Cohort &c : in.cohorts) {
            if (isRestaffable(c))
                scope.insert(c.id);
        }
    } else {
        for (Id id : *options.cohorts) {
            const auto it = cohortIndex.find(id);
            if (it != cohortIndex.end() && isRestaffable(in.cohorts[it->second]))
                scope.insert(id);
        }
    }
    scopeCohorts = int(scope.size());
    this->scope = scope;

    std::map<std::pair<Id, InstructorRole>, std::vector<const CohortInstructor *>> staffOf;
    for (const CohortInstructor &a : in.cohortInstructors)
        staffOf[{a.cohortId, a.role}].push_back(&a);

    std::set<std::pair<Id, Id>> taskOwned; // assignments a task replaces
    for (Id cohortId : scope) {
        const std::size_t ci = cohortIndex.at(cohortId);
        const Cohort &c = in.cohorts[ci];
        for (InstructorRole role : {InstructorRole::Lead, InstructorRole::Assistant}) {
            const auto &staff = staffOf[{cohortId, role}];
            const bool required =
                role == InstructorRole::Lead ||
                (options.assistantsAbove > 0 && c.capacity > options.assistantsAbove);
            // A locked assignment in the role satisfies it and stays.
            const bool lockedInRole = std::any_of(
                staff.begin(), staff.end(), [](const CohortInstructor *a) { return a->locked; });
            const auto task = [&](const CohortInstructor *now, bool needed) {
                Task t;
                t.cohort = ci;
                t.role = role;
                t.needed = needed;
                if (const auto d = daysOfCohort.find(cohortId); d != daysOfCohort.end())
                    t.days = d->second;
                t.dayCount = int(t.days.size());
                t.year = t.days.empty() ? 0 : yearOf[t.days.front().day];
                if (now) {
                    t.current = instructorIndex.at(now->instructorId);
                    taskOwned.insert({cohortId, now->instructorId});
                }
                tasks.push_back(std::move(t));
            };
            // Every unlocked assignment is restaffed (an assistant the cohort has stays
            // wanted); a required role nobody fills gets a task of its own. A second
            // lead is optional.
            bool first = !lockedInRole;
            for (const CohortInstructor *a : staff) {
                if (a->locked || !instructorIndex.count(a->instructorId))
                    continue;
                task(a, first || role == InstructorRole::Assistant);
                first = false;
            }
            if (required && staff.empty())
                task(nullptr, true);
        }
    }
    for (const CohortInstructor &a : in.cohortInstructors) {
        if (!taskOwned.count({a.cohortId, a.instructorId}))
            kept.push_back(a);
    }

    // What the kept assignments hold.
    const std::size_t n = instructors.size();
    fixedOccupied.assign(n * horizon, 0);
    fixedUse.assign(n * horizon, 0);
    fixedWeek.assign(n * weeks, 0);
    fixedMonth.assign(n * months, 0);
    fixedYear.assign(n * years, 0);
    fixedLoad.assign(n * years, 0);
    for (const CohortInstructor &a : kept) {
        const auto ii = instructorIndex.find(a.instructorId);
        const auto ci = cohortIndex.find(a.cohortId);
        if (ii == instructorIndex.end() || ci == cohortIndex.end() ||
            !isActive(in.cohorts[ci->second]))
            continue;
        const std::size_t i = std::size_t(ii->second);
        const auto d = daysOfCohort.find(a.cohortId);
        if (d == daysOfCohort.end())
            continue;
        fixedLoad[i * years + yearOf[d->second.front().day]] += int(d->second.size());
        for (const DayMask &m : d->second) {
            const std::size_t k = i * horizon + m.day;
            if (fixedUse[k]++ == 0) {
                ++fixedWeek[i * weeks + weekOf[m.day]];
                ++fixedMonth[i * months + monthOf[m.day]];
                ++fixedYear[i * years + yearOf[m.day]];
            }
            fixedOccupied[k] |= m.mask;
        }
    }

    // Candidates: each instructor the rules allow on their own, with the kept assignments.
    std::unordered_map<Id, std::vector<const Qualification *>> qualificationsOf;
    for (const Qualification &q : in.qualifications)
        qualificationsOf[q.instructorId].push_back(&q);
    std::unordered_map<Id, std::vector<const Leave *>> leavesOf;
    for (const Leave &l : in.leaves)
        leavesOf[l.instructorId].push_back(&l);
    const SolverWeights &w = options.weights;
    for (Task &t : tasks) {
        const Cohort &c = in.cohorts[t.cohort];
        t.unstaffedCost = !t.needed                        ? 0
                          : t.role == InstructorRole::Lead ? w.unstaffedLead
                                                           : w.unstaffedAssistant;
        if (options.replan && t.current >= 0)
            t.unstaffedCost += w.churn;
        const auto course = courseIndex.find(c.courseId);
        if (course == courseIndex.end())
            continue; // nobody can be judged qualified for a cohort without a course
        const Course &cr = in.courses[course->second];
        const Venue *venue = nullptr;
        if (const auto v = venueIndex.find(c.venueId); v != venueIndex.end())
            venue = &in.venues[v->second];
        const bool travels =
            c.mode != CohortMode::Online && venue && !venue->online && !venue->district.isEmpty();
        for (std::size_t i = 0; i < n; ++i) {
            const Instructor &person = *instructors[i];
            const auto qs = qualificationsOf.find(person.id);
            if (qs == qualificationsOf.end())
                continue;
            std::vector<const Qualification *> covering;
            for (const Qualification *q : qs->second) {
                if (Rules::covers(*q, cr))
                    covering.push_back(q);
            }
            if (covering.empty())
                continue;
            bool ok = true;
            const auto leaves = leavesOf.find(person.id);
            int newWeek = 0, newMonth = 0, newYear = 0, week = -1, month = -1, year = -1;
            const auto withinLimits = [&]() {
                return (week < 0 ||
                        fixedWeek[i * weeks + week] + newWeek <= person.maxDaysPerWeek) &&
                       (month < 0 ||
                        fixedMonth[i * months + month] + newMonth <= person.maxDaysPerMonth) &&
                       (year < 0 || fixedYear[i * years + year] + newYear <= person.maxDaysPerYear);
            };
            for (const DayMask &m : t.days) {
                const QDate date = QDate::fromJulianDay(firstDay + m.day);
                const std::size_t k = i * horizon + m.day;
                if ((fixedOccupied[k] & m.mask) != 0 ||
                    !std::any_of(
                        covering.begin(), covering.end(),
                        [&](const Qualification *q) { return Rules::validOn(*q, date); }) ||
                    (leaves != leavesOf.end() &&
                     std::any_of(leaves->second.begin(), leaves->second.end(),
                                 [&](const Leave *l) { return Rules::covers(*l, date); }))) {
                    ok = false;
                    break;
                }
                if (fixedUse[k] != 0)
                    continue;
                if (weekOf[m.day] != week) {
                    if (!withinLimits()) {
                        ok = false;
                        break;
                    }
                    week = weekOf[m.day];
                    newWeek = 0;
                }
                if (monthOf[m.day] != month) {
                    month = monthOf[m.day];
                    newMonth = 0;
                }
                if (yearOf[m.day] != year) {
                    year = yearOf[m.day];
                    newYear = 0;
                }
                ++newWeek;
                ++newMonth;
                ++newYear;
                if (!withinLimits()) {
                    ok = false;
                    break;
                }
            }
            if (!ok)
                continue;
            qint64 cost = 0;
            if (travels && !person.homeDistrict.isEmpty() && person.homeDistrict != venue->district)
                cost += qint64(w.travel) * t.dayCount;
            if (const auto p = options.preferences.find({person.id, cr.id});
                p != options.preferences.end())
                cost -= qint64(w.preference) * std::clamp(p->second, -2, 2);
            if (options.replan && t.current >= 0 && t.current != int(i))
                cost += w.churn;
            t.candidates.push_back({int(i), cost});
        }
    }

    for (const Task &t : tasks) {
        if (t.candidates.empty()) {
            fixedCost += t.unstaffedCost;
            fixedRoles += t.unstaffedCost > 0 ? 1 : 0;
        }
    }

    itemsOf.assign(n, {});
    for (std::size_t t = 0; t < tasks.size(); ++t) {
        for (std::size_t k = 0; k < tasks[t].candidates.size(); ++k)
            itemsOf[std::size_t(tasks[t].candidates[k].instructor)].push_back({int(t), int(k)});
    }
    for (auto &items : itemsOf) {
        std::stable_sort(items.begin(), items.end(), [this](const auto &a, const auto &b) {
            return tasks[std::size_t(a.first)].year < tasks[std::size_t(b.first)].year;
        });
    }
}

namespace {

// A solution being improved: which candidate has each task, and what that holds.
class State
{
public:
    using Problem = AssignmentSolver::Problem;

    explicit State(const Problem &p) : m_p(p), m_n(p.instructors.size()) { reset(); }

    // Work done so far in deterministic units (days checked, moves priced): the search
    // stops on this, not on the clock, so that a seed repeats on any machine. Never reset.
    mutable std::uint64_t work = 0;

    void reset()
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

    int instructorOf(int t) const
    {
        const int k = assigned[std::size_t(t)];
        return k < 0 ? -1 : m_p.tasks[std::size_t(t)].candidates[std::size_t(k)].instructor;
    }

    // Whether instructor i (a candidate of t) can take t as things stand.
    bool fits(int t, int i) const
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

    void add(int t, int k)
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

    void remove(int t)
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
    Search(const AssignmentSolver::Problem &p, quint64 seed) : m_p(p), state(p), m_rng(seed) {}

    // Best candidate of an unassigned task by added cost, or -1 (staying unstaffed is
    // cheaper or nobody fits).
    int bestFit(int t, qint64 *delta = nullptr) const
    {
        const auto &task = m_p.tasks[std::size_t(t)];
        int best = -1;
        qint64 bestDelta = 0;
        for (std::size_t k = 0; k < task.candidates.size(); ++k) {
            const qint64 d = state.addDelta(t, int(k));
            if ((best < 0 ? d < 0 : d < bestDelta) &&
                state.fits(t, task.candidates[k].instructor)) {
                best = int(k);
                bestDelta = d;
            }
        }
        if (delta)
            *delta = bestDelta;
        return best;
    }

    void construct(const std::vector<int> &order)
    {
        for (int t : order) {
            if (state.assigned[std::size_t(t)] >= 0)
                continue;
            const int k = bestFit(t);
            if (k >= 0)
                state.add(t, k);
        }
    }

    // Hardest first: fewest candidates, then longest; ties broken at random.
    std::vector<int> constructionOrder()
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

    // Moves a task to a cheaper candidate (or staffs it).
    bool relocate(int t)
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

    // What exchanging t (candidate kt -> kj) and u (ku -> kuNew) would change in cost.
    qint64 swapDelta(int t, int kt, int kj, int u, int ku, int kuNew) const
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

    // Exchanges t with a task of another instructor who could take t's place.
    bool swap(int t)
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

    // Puts t with candidate k by moving the tasks in its way elsewhere (or leaving them
    // unstaffed when that is cheaper overall).
    bool eject(int t)
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

    bool ejectAndPlace(int t, int k, const std::vector<int> &blocking)
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

    // Places unassigned u with a candidate where exactly one task (not avoid) is in the
    // way, that task taking its best fit elsewhere. Leaves things as they were when
    // neither works out.
    void placeWithOneEjection(int u, int avoid)
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
    void restore()
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

    // Improves until no move, swap or ejection helps (or stop() says so).
    void descend(const std::function<bool()> &stop)
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

    // Depth-first branch and bound over every task's options, for problems small enough
    // to enumerate: proves the optimum. Starts from the best known cost (an upper bound);
    // leaves the state at the best solution found. False when it ran out of nodes.
    bool exhaustive(qint64 &bestCost, std::vector<int> &best, qint64 maxNodes)
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
            for (std::size_t k = 0; k < m_p.tasks[std::size_t(t)].candidates.size() && complete;
                 ++k) {
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

    // Takes a few tasks away at random, around one instructor-year, and puts them back.
    void perturb()
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

private:
    const AssignmentSolver::Problem &m_p;
    std::vector<std::pair<int, int>> m_touched; // task, candidate before an attempt

public:
    State state;

private:
    std::mt19937_64 m_rng;
    std::vector<int> m_others; // swap()'s copy of a task list
};

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

    explicit Bound(const AssignmentSolver::Problem &p)
        : lambda(p.tasks.size(), 0.0), m_p(p), m_g(p.tasks.size(), 0.0)
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
    void startFromFlow()
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
                    it = instructorYear.emplace(std::pair(c.instructor, task.year), g.addNode())
                             .first;
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
                const double perDay =
                    sign * double(simplex.potential(sink) - simplex.potential(taskNode[t])) /
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

    // L(lambda); fills the subgradient and the relaxation's choice per task.
    double evaluate()
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

    // One subgradient step towards target (an upper bound). Returns false when the
    // subgradient is zero (the relaxation's choice is a partition).
    bool step(double value, double target, double theta)
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
    double forcedIn(const Window &window)
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
    int deficit(const std::vector<int> &tasks, std::vector<int> *hall)
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

    // The clash windows: per date and slot, the tasks (with candidates) that meet then
    // pairwise clash; those whose deficit is positive, largest first, each cut to its Hall
    // set and kept apart from the ones chosen before (a window recounted on the tasks left
    // to it), so that the windows are disjoint and their deficits add up. Then forced.
    void findWindows()
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

    // The instructor-year's subproblem: the worthwhile items (m_items) whose days, at the
    // load cost from base, give the least Lagrangian cost, up to cap days, with no two
    // items that surely clash: with wholeSpans, no two whose date spans overlap (exact
    // when spans overlap only where tasks clash); else no two of the same slots whose
    // cores overlap. Per group of slots a weighted interval schedule by days (a table of
    // the best value for each exact day count), the groups combined by day count.
    double schedule(double base, int cap, bool wholeSpans)
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
                group.before[j] = std::size_t(
                    std::partition_point(items.begin(), items.begin() + std::ptrdiff_t(j),
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
            const double v =
                w * ((base + D) * (base + D) - base * base) - m_combined[std::size_t(D)];
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

    // The relaxation gives task t to this instructor.
    void take(int t)
    {
        m_g[std::size_t(t)] -= 1.0;
        chosen[std::size_t(t)] = 1;
    }

    const AssignmentSolver::Problem &m_p;
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

} // namespace

AssignmentSolver::AssignmentSolver(const ConflictInput &input, SolverOptions options)
    : m_input(input), m_options(std::move(options))
{
    m_problem = std::make_unique<Problem>(m_input, m_options);
}

AssignmentSolver::~AssignmentSolver() = default;

ConflictInput AssignmentSolver::withAssignments(const ConflictInput &input,
                                                const std::vector<CohortInstructor> &assignments)
{
    ConflictInput out = input;
    out.cohortInstructors = assignments;
    return out;
}

SolverResult AssignmentSolver::solve(const std::atomic<bool> *cancel,
                                     const std::function<void(const SolverProgress &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    const Problem &p = *m_problem;
    // The search ends on a work budget in deterministic units, derived from the time
    // budget, so that a seed gives the same result on a fast or a busy machine; the
    // clock only stops a run that overruns by far (and the result says so).
    const double limitSeconds = std::max(0.0, m_options.timeLimitSeconds);
    const std::uint64_t budget =
        m_options.workBudget > 0
            ? m_options.workBudget
            : std::uint64_t(limitSeconds * double(SolverOptions::WorkPerSecond));
    const double emergencyMs =
        std::max(limitSeconds * SolverOptions::ClockFactor, limitSeconds + 1.0) * 1000.0;
    const auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    bool clockStopped = false;
    Search search(p, m_options.seed);
    Bound bound(p);
    const auto searchWork = [&] { return search.state.work * SolverOptions::SearchUnitCost; };
    const auto stop = [&] {
        if (cancelled())
            return true;
        if (searchWork() + bound.work >= budget)
            return true;
        if (double(timer.nsecsElapsed()) / 1e6 >= emergencyMs)
            clockStopped = true;
        return clockStopped;
    };

    // Re-planning starts from what still holds; a fresh solve from nothing.
    if (m_options.replan) {
        for (std::size_t t = 0; t < p.tasks.size(); ++t) {
            const auto &task = p.tasks[t];
            if (task.current < 0)
                continue;
            const int k = task.candidateOf(task.current);
            if (k >= 0 && search.state.fits(int(t), task.current))
                search.state.add(int(t), k);
        }
    }
    // The flow relaxation prices the tasks for the bound and suggests a start: each task
    // with its favourite instructor where that fits, hardest first.
    bound.startFromFlow();
    const std::vector<int> order = search.constructionOrder();
    if (!bound.preferred.empty()) {
        for (int t : order) {
            const int k = bound.preferred[std::size_t(t)];
            if (k >= 0 && search.state.assigned[std::size_t(t)] < 0 &&
                search.state.fits(t, p.tasks[std::size_t(t)].candidates[std::size_t(k)].instructor))
                search.state.add(t, k);
        }
    }
    search.construct(order);
    // Then staff what the greedy start left out, moving others out of the way.
    for (int t : order) {
        if (search.state.assigned[std::size_t(t)] < 0 &&
            !p.tasks[std::size_t(t)].candidates.empty())
            search.eject(t);
        if (stop())
            break;
    }
    std::vector<int> best = search.state.assigned;
    qint64 bestCost = search.state.cost;
    double lower = -Infinity;
    double theta = 0.1; // small: the flow's prices are a good start
    int sinceImproved = 0;
    bool proven = false;
    bool relaxationExact = false;
    int round = 0;
    // The best proven bound: the Lagrangian's best or the one without multipliers.
    const auto proof = [&] { return std::max(lower, bound.forced); };
    // Every objective is a whole number of points, so a bound above bestCost - 1 leaves no
    // better one (a millionth below, for the bound's rounding).
    const auto isProven = [&] { return proof() - 1e-6 > double(bestCost) - 1.0; };
    // The gap over the decidable part: (objective - bound) / (objective - fixed), where both
    // objective and bound include the fixed part (see SolverResult::gap).
    const auto gapOf = [&](qint64 objective, double lowerBound) {
        const double decidable = std::max(std::abs(double(objective - p.fixedCost)), 1.0);
        return std::max(0.0, double(objective) - lowerBound) / decidable;
    };
    const auto report = [&] {
        if (!progress)
            return;
        SolverProgress pr;
        pr.round = round;
        pr.objective = bestCost;
        pr.lowerBound = isProven() ? double(bestCost) : std::ceil(proof() - 1e-6);
        pr.gap = isProven() ? 0.0 : gapOf(bestCost, pr.lowerBound);
        pr.seconds = double(timer.nsecsElapsed()) / 1e9;
        pr.fixed = p.fixedCost;
        progress(pr);
    };

    // Small problems are enumerated outright.
    {
        double combinations = 1;
        for (const auto &task : p.tasks)
            combinations *= double(task.candidates.size() + 1);
        if (combinations <= m_options.enumerateUpTo && search.exhaustive(bestCost, best, 4000000)) {
            proven = true;
            lower = double(bestCost);
        }
    }

    while (!proven && round < m_options.maxRounds) {
        ++round;
        // Bound: subgradient steps while they have less than their share of the work
        // (the first round has at least one).
        for (int it = 0;
             !relaxationExact && !stop() &&
             (double(bound.work) < SolverOptions::BoundShare * double(bound.work + searchWork()) ||
              (round == 1 && it == 0));
             ++it) {
            const double value = bound.evaluate();
            if (value > lower + 1e-9) {
                lower = value;
                sinceImproved = 0;
            } else if (++sinceImproved >= 8) {
                theta = std::max(theta / 2, 1e-4);
                sinceImproved = 0;
            }
            if (isProven())
                break;
            if (!bound.step(value, double(bestCost), theta))
                relaxationExact = true; // lower is the relaxation's optimum
        }
        proven = isProven();
        if (proven || stop())
            break;
        // Primal: descend from the current solution, then kick it and descend again.
        search.descend(stop);
        if (search.state.cost < bestCost) {
            bestCost = search.state.cost;
            best = search.state.assigned;
        } else if (search.state.cost > bestCost) {
            search.state.assignAll(best);
        }
        proven = isProven();
        report();
        if (proven || stop())
            break;
        search.perturb();
        search.descend(stop);
        if (search.state.cost < bestCost) {
            bestCost = search.state.cost;
            best = search.state.assigned;
        } else {
            search.state.assignAll(best);
        }
        proven = isProven();
        if (proven || stop())
            break;
    }
    report();

    // The result.
    SolverResult r;
    r.cohorts = p.scopeCohorts;
    r.roles = int(p.tasks.size());
    r.rounds = round;
    r.cancelled = cancelled();
    r.stoppedByClock = clockStopped && !r.cancelled;
    r.work = searchWork() + bound.work;
    r.objective = bestCost;
    proven = proven || isProven();
    r.lowerBound = proven ? double(bestCost) : std::ceil(proof() - 1e-6);
    r.optimal = proven;
    r.fixedRoles = p.fixedRoles;
    r.fixed = p.fixedCost;
    r.decidableObjective = bestCost - p.fixedCost;
    r.decidableBound = r.lowerBound - double(p.fixedCost);
    r.gap = proven ? 0.0 : gapOf(bestCost, r.lowerBound);

    r.assignments = p.kept;
    std::set<Id> led;
    for (const CohortInstructor &a : p.kept) {
        if (a.role == InstructorRole::Lead)
            led.insert(a.cohortId);
    }
    std::vector<qint64> load(p.fixedLoad.begin(), p.fixedLoad.end());
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
        const auto &task = p.tasks[t];
        const Cohort &c = p.in.cohorts[task.cohort];
        const int k = best[t];
        const int i = k < 0 ? -1 : task.candidates[std::size_t(k)].instructor;
        if (k >= 0) {
            ++r.staffed;
            r.assignments.push_back({c.id, p.instructors[std::size_t(i)]->id, task.role, false});
            if (task.role == InstructorRole::Lead)
                led.insert(c.id);
            load[std::size_t(i) * std::size_t(p.years) + std::size_t(task.year)] += task.dayCount;
            const qint64 cost = task.candidates[std::size_t(k)].cost;
            const qint64 churn = m_options.replan && task.current >= 0 && task.current != i
                                     ? m_options.weights.churn
                                     : 0;
            r.parts.churn += churn;
            // Split the rest into travel and preference again.
            qint64 travel = 0;
            const Venue *venue = nullptr;
            if (const auto v = p.venueIndex.find(c.venueId); v != p.venueIndex.end())
                venue = &p.in.venues[v->second];
            const Instructor &person = *p.instructors[std::size_t(i)];
            if (c.mode != CohortMode::Online && venue && !venue->online &&
                !venue->district.isEmpty() && !person.homeDistrict.isEmpty() &&
                person.homeDistrict != venue->district)
                travel = qint64(m_options.weights.travel) * task.dayCount;
            r.parts.travel += travel;
            r.parts.preference += cost - churn - travel;
        } else {
            r.parts.unstaffed +=
                task.unstaffedCost -
                (m_options.replan && task.current >= 0 ? m_options.weights.churn : 0);
            if (m_options.replan && task.current >= 0)
                r.parts.churn += m_options.weights.churn;
        }
        if (i != task.current) {
            AssignmentChange change;
            change.cohortId = c.id;
            change.role = task.role;
            change.before = task.current < 0 ? 0 : p.instructors[std::size_t(task.current)]->id;
            change.after = i < 0 ? 0 : p.instructors[std::size_t(i)]->id;
            r.changes.push_back(change);
        }
    }
    for (qint64 l : load)
        r.parts.load += p.loadCost(l);
    {
        const std::set<Id> &scopeIds = p.scope;
        r.cohortsWithLead = 0;
        for (Id id : scopeIds)
            r.cohortsWithLead += led.count(id) ? 1 : 0;
        r.cohortsWithoutLead = int(scopeIds.size()) - r.cohortsWithLead;
    }

    // Explanations, in the conflict engine's own words.
    ConflictEngine before;
    before.load(m_input);
    ConflictEngine after;
    after.load(withAssignments(m_input, r.assignments));
    std::unordered_map<Id, QString> nameOf;
    for (const Instructor &person : m_input.instructors)
        nameOf[person.id] = person.name.isEmpty() ? person.code : person.name;
    // The first explanation of each hard rule, with how many more of its kind there are
    // (a double booking repeats for every session otherwise).
    const auto hardReasons = [](const std::vector<Conflict> &conflicts) {
        std::map<ConflictRule, std::pair<QString, int>> byRule;
        for (const Conflict &c : conflicts) {
            if (!isHardRule(c.rule))
                continue;
            auto &entry = byRule[c.rule];
            if (entry.second++ == 0)
                entry.first = c.explanation;
        }
        QStringList out;
        for (const auto &[rule, entry] : byRule)
            out << (entry.second > 1 ? Tr::tr("%1 (and %n more like it)", nullptr, entry.second - 1)
                                           .arg(entry.first)
                                     : entry.first);
        return out;
    };
    for (AssignmentChange &change : r.changes) {
        const std::size_t ci = p.cohortIndex.at(change.cohortId);
        const Cohort &c = m_input.cohorts[ci];
        QStringList why;
        if (change.before != 0) {
            for (const Conflict &x : before.conflicts()) {
                if (isHardRule(x.rule) && x.instructorId == change.before &&
                    (x.cohortId == change.cohortId || x.otherCohortId == change.cohortId))
                    why << x.explanation;
            }
        }
        if (change.before != 0 && !why.isEmpty())
            change.reason = Tr::tr("%1 can no longer teach %2: %3")
                                .arg(nameOf[change.before], c.code, why.join(QLatin1Char(' ')));
        else if (change.before == 0)
            change.reason = Tr::tr("%1 had no %2; %3 is free and qualified.")
                                .arg(c.code, roleText(change.role), nameOf[change.after]);
        else if (change.after == 0)
            change.reason = Tr::tr("Nobody can take %1 as %2 without breaking a rule.")
                                .arg(c.code, roleText(change.role));
        else if (m_options.replan)
            change.reason = Tr::tr("A better balance of load, travel and preferences than keeping "
                                   "%1, worth more than the cost of the change.")
                                .arg(nameOf[change.before]);
        else
            change.reason = Tr::tr("Staffed afresh: %1 fits the balance of load, travel and "
                                   "preferences better.")
                                .arg(nameOf[change.after]);
    }

    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
        if (best[t] >= 0)
            continue;
        const auto &task = p.tasks[t];
        const Cohort &c = p.in.cohorts[task.cohort];
        UnstaffedCohort u;
        u.cohortId = c.id;
        u.role = task.role;
        const auto course = p.courseIndex.find(c.courseId);
        int qualified = 0;
        for (const Instructor &person : m_input.instructors) {
            if (course == p.courseIndex.end())
                break;
            bool covers = false;
            for (const Qualification &q : m_input.qualifications)
                covers = covers || (q.instructorId == person.id &&
                                    Rules::covers(q, m_input.courses[course->second]));
            if (!covers)
                continue;
            ++qualified;
            QStringList reasons = hardReasons(after.whatIf({c.id, person.id, task.role, false}));
            if (reasons.isEmpty()) {
                const bool already = std::any_of(
                    r.assignments.begin(), r.assignments.end(), [&](const CohortInstructor &a) {
                        return a.cohortId == c.id && a.instructorId == person.id;
                    });
                reasons << (already ? Tr::tr("already teaches this cohort in another role")
                                    : Tr::tr("free, but taking this cohort would leave a more "
                                             "important one unstaffed"));
            }
            u.blockers << reasons.join(QLatin1Char(' '));
        }
        if (course == p.courseIndex.end())
            u.reason = Tr::tr("Cohort %1 has no course, so no instructor can be judged qualified.")
                           .arg(c.code);
        else if (qualified == 0)
            u.reason = Tr::tr("Cohort %1 needs a %2 but no instructor is qualified for %3.")
                           .arg(c.code, roleText(task.role), m_input.courses[course->second].code);
        else
            u.reason =
                (u.blockers.size() > 3
                     ? Tr::tr("Cohort %1 needs a %2; %n qualified instructor(s), none free: %3 "
                              "(and %4 more)",
                              nullptr, qualified)
                           .arg(c.code, roleText(task.role),
                                u.blockers.mid(0, 3).join(QLatin1Char(' ')))
                           .arg(u.blockers.size() - 3)
                     : Tr::tr("Cohort %1 needs a %2; %n qualified instructor(s), none free: %3",
                              nullptr, qualified)
                           .arg(c.code, roleText(task.role), u.blockers.join(QLatin1Char(' '))));
        r.unstaffed.push_back(std::move(u));
    }

    // Instructor-days per track: what the staffed scope needs against what is left.
    {
        WorkCalendar calendar(m_input.calendar);
        std::map<Id, TrackDemand> byTrack;
        for (const Track &track : m_input.tracks)
            byTrack[track.id] = {track.id, track.name, 0, 0};
        QDate first, last;
        for (const auto &task : p.tasks) {
            const Cohort &c = p.in.cohorts[task.cohort];
            const auto course = p.courseIndex.find(c.courseId);
            if (course == p.courseIndex.end())
                continue;
            byTrack[m_input.courses[course->second].trackId].daysNeeded += task.dayCount;
            if (!task.days.empty()) {
                const QDate a = QDate::fromJulianDay(p.firstDay + task.days.front().day);
                const QDate b = QDate::fromJulianDay(p.firstDay + task.days.back().day);
                first = first.isValid() ? std::min(first, a) : a;
                last = last.isValid() ? std::max(last, b) : b;
            }
        }
        if (first.isValid()) {
            const int working = calendar.workingDaysBetween(first, last);
            for (std::size_t i = 0; i < p.instructors.size(); ++i) {
                const Instructor &person = *p.instructors[i];
                int onLeave = 0;
                for (const Leave &l : m_input.leaves) {
                    if (l.instructorId == person.id && l.start.isValid() && l.end.isValid() &&
                        l.end >= first && l.start <= last)
                        onLeave += calendar.workingDaysBetween(std::max(l.start, first),
                                                               std::min(l.end, last));
                }
                int yearly = 0, booked = 0;
                for (int y = p.yearOf[std::size_t(p.dayIndex(first))];
                     y <= p.yearOf[std::size_t(p.dayIndex(last))]; ++y) {
                    yearly += person.maxDaysPerYear;
                    booked += p.fixedYear[i * std::size_t(p.years) + std::size_t(y)];
                }
                const int days = std::max(0, std::min(yearly, working - onLeave) - booked);
                std::set<Id> tracks;
                for (const Qualification &q : m_input.qualifications) {
                    if (q.instructorId != person.id)
                        continue;
                    if (q.trackId != 0)
                        tracks.insert(q.trackId);
                    else if (const auto course = p.courseIndex.find(q.courseId);
                             course != p.courseIndex.end())
                        tracks.insert(m_input.courses[course->second].trackId);
                }
                for (Id track : tracks)
                    byTrack[track].daysAvailable += days;
            }
        }
        for (auto &[id, demand] : byTrack) {
            if (demand.daysNeeded > 0 || demand.daysAvailable > 0)
                r.demand.push_back(demand);
        }
    }
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    return r;
}

} // namespace Planner

namespace Planner {

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

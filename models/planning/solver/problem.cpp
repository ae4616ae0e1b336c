// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/solver/problem.h"

#include <algorithm>
#include <map>

namespace Planner::Solver {

Problem::Problem(const ConflictInput &input, const SolverOptions &opts) : in(input), options(opts)
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

} // namespace Planner::Solver

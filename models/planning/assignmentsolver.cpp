// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignmentsolver.h"

#include "domain/workcalendar.h"
#include "planning/solver/bound.h"
#include "planning/solver/problem.h"
#include "planning/solver/search.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace Planner {

using Solver::Bound;
using Solver::Infinity;
using Solver::Problem;
using Solver::Search;
using Solver::State;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::AssignmentSolver)
};

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

namespace {

// One solve: the search and the bound, the budget they share, and the best solution and
// proof found so far. solve() runs its phases in order.
class Run
{
public:
    Run(const Problem &p, const SolverOptions &options, const std::atomic<bool> *cancel,
        const std::function<void(const SolverProgress &)> &progress)
        : m_p(p), m_options(options), m_cancel(cancel), m_progress(progress),
          m_search(p, options.seed), m_bound(p)
    {
        m_timer.start();
        // The search ends on a work budget in deterministic units, derived from the time
        // budget, so that a seed gives the same result on a fast or a busy machine; the
        // clock only stops a run that overruns by far (and the result says so).
        const double limitSeconds = std::max(0.0, options.timeLimitSeconds);
        m_budget = options.workBudget > 0
                       ? options.workBudget
                       : std::uint64_t(limitSeconds * double(SolverOptions::WorkPerSecond));
        m_emergencyMs =
            std::max(limitSeconds * SolverOptions::ClockFactor, limitSeconds + 1.0) * 1000.0;
    }

    // Phase 1: a first solution. Re-planning starts from what still holds; then each task
    // gets the flow relaxation's favourite instructor where that fits, hardest first, the
    // greedy construction the rest, and ejection chains what it left out.
    void start()
    {
        State &state = m_search.state;
        if (m_options.replan) {
            for (std::size_t t = 0; t < m_p.tasks.size(); ++t) {
                const auto &task = m_p.tasks[t];
                if (task.current < 0)
                    continue;
                const int k = task.candidateOf(task.current);
                if (k >= 0 && state.fits(int(t), task.current))
                    state.add(int(t), k);
            }
        }
        m_bound.startFromFlow();
        const std::vector<int> order = m_search.constructionOrder();
        if (!m_bound.preferred.empty()) {
            for (int t : order) {
                const int k = m_bound.preferred[std::size_t(t)];
                if (k >= 0 && state.assigned[std::size_t(t)] < 0 &&
                    state.fits(t, m_p.tasks[std::size_t(t)].candidates[std::size_t(k)].instructor))
                    state.add(t, k);
            }
        }
        m_search.construct(order);
        for (int t : order) {
            if (state.assigned[std::size_t(t)] < 0 && !m_p.tasks[std::size_t(t)].candidates.empty())
                m_search.eject(t);
            if (stop())
                break;
        }
        m_best = state.assigned;
        m_bestCost = state.cost;
    }

    // Phase 2: small problems are enumerated outright, which proves their optimum.
    void enumerateSmall()
    {
        double combinations = 1;
        for (const auto &task : m_p.tasks)
            combinations *= double(task.candidates.size() + 1);
        if (combinations <= m_options.enumerateUpTo &&
            m_search.exhaustive(m_bestCost, m_best, 4000000)) {
            m_proven = true;
            m_lower = double(m_bestCost);
        }
    }

    // Phase 3: rounds of subgradient steps on the bound (while they have less than their
    // share of the work) and local search (descend, kick, descend), until the bound proves
    // the best solution optimal, the budget is spent or the run is cancelled.
    void improve()
    {
        double theta = 0.1; // small: the flow's prices are a good start
        int sinceImproved = 0;
        bool relaxationExact = false;
        while (!m_proven && m_round < m_options.maxRounds) {
            ++m_round;
            for (int it = 0; !relaxationExact && !stop() &&
                             (double(m_bound.work) <
                                  SolverOptions::BoundShare * double(m_bound.work + searchWork()) ||
                              (m_round == 1 && it == 0));
                 ++it) {
                const double value = m_bound.evaluate();
                if (value > m_lower + 1e-9) {
                    m_lower = value;
                    sinceImproved = 0;
                } else if (++sinceImproved >= 8) {
                    theta = std::max(theta / 2, 1e-4);
                    sinceImproved = 0;
                }
                if (isProven())
                    break;
                if (!m_bound.step(value, double(m_bestCost), theta))
                    relaxationExact = true; // m_lower is the relaxation's optimum
            }
            m_proven = isProven();
            if (m_proven || stop())
                break;
            descendAndKeepBest(false);
            m_proven = isProven();
            report();
            if (m_proven || stop())
                break;
            m_search.perturb();
            descendAndKeepBest(true);
            m_proven = isProven();
            if (m_proven || stop())
                break;
        }
        report();
    }

    // Phase 4: the figures of the best solution and the assignments it makes, with the
    // objective split into its parts.
    SolverResult result() const;

    const std::vector<int> &best() const { return m_best; }
    double seconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    std::uint64_t searchWork() const { return m_search.state.work * SolverOptions::SearchUnitCost; }
    bool stop()
    {
        if (cancelled())
            return true;
        if (searchWork() + m_bound.work >= m_budget)
            return true;
        if (double(m_timer.nsecsElapsed()) / 1e6 >= m_emergencyMs)
            m_clockStopped = true;
        return m_clockStopped;
    }
    // The best proven bound: the Lagrangian's best or the one without multipliers.
    double proof() const { return std::max(m_lower, m_bound.forced); }
    // Every objective is a whole number of points, so a bound above the best cost - 1 leaves
    // no better one (a millionth below, for the bound's rounding).
    bool isProven() const { return proof() - 1e-6 > double(m_bestCost) - 1.0; }
    double lowerBound() const
    {
        return isProven() ? double(m_bestCost) : std::ceil(proof() - 1e-6);
    }
    // The gap over the decidable part: (objective - bound) / (objective - fixed), where both
    // objective and bound include the fixed part (see SolverResult::gap).
    double gap() const
    {
        if (isProven())
            return 0.0;
        const double decidable = std::max(std::abs(double(m_bestCost - m_p.fixedCost)), 1.0);
        return std::max(0.0, double(m_bestCost) - lowerBound()) / decidable;
    }
    // Descends from the current solution; keeps it when it is the best so far, and goes
    // back to the best otherwise (after a kick, also when it only ties).
    void descendAndKeepBest(bool afterKick)
    {
        m_search.descend([this] { return stop(); });
        State &state = m_search.state;
        if (state.cost < m_bestCost) {
            m_bestCost = state.cost;
            m_best = state.assigned;
        } else if (afterKick || state.cost > m_bestCost) {
            state.assignAll(m_best);
        }
    }
    void report() const
    {
        if (!m_progress)
            return;
        SolverProgress pr;
        pr.round = m_round;
        pr.objective = m_bestCost;
        pr.lowerBound = lowerBound();
        pr.gap = gap();
        pr.seconds = seconds();
        pr.fixed = m_p.fixedCost;
        m_progress(pr);
    }

    const Problem &m_p;
    const SolverOptions &m_options;
    const std::atomic<bool> *m_cancel;
    const std::function<void(const SolverProgress &)> &m_progress;
    QElapsedTimer m_timer;
    std::uint64_t m_budget = 0;
    double m_emergencyMs = 0;
    bool m_clockStopped = false;
    Search m_search;
    Bound m_bound;
    std::vector<int> m_best;
    qint64 m_bestCost = 0;
    double m_lower = -Infinity;
    bool m_proven = false;
    int m_round = 0;
};

SolverResult Run::result() const
{
    const Problem &p = m_p;
    const std::vector<int> &best = m_best;
    SolverResult r;
    r.cohorts = p.scopeCohorts;
    r.roles = int(p.tasks.size());
    r.rounds = m_round;
    r.cancelled = cancelled();
    r.stoppedByClock = m_clockStopped && !r.cancelled;
    r.work = searchWork() + m_bound.work;
    r.objective = m_bestCost;
    r.optimal = m_proven || isProven();
    r.lowerBound = r.optimal ? double(m_bestCost) : std::ceil(proof() - 1e-6);
    r.fixedRoles = p.fixedRoles;
    r.fixed = p.fixedCost;
    r.decidableObjective = m_bestCost - p.fixedCost;
    r.decidableBound = r.lowerBound - double(p.fixedCost);
    r.gap = r.optimal ? 0.0 : gap();
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
    r.cohortsWithLead = 0;
    for (Id id : p.scope)
        r.cohortsWithLead += led.count(id) ? 1 : 0;
    r.cohortsWithoutLead = int(p.scope.size()) - r.cohortsWithLead;
    return r;
}

// The first explanation of each hard rule, with how many more of its kind there are (a
// double booking repeats for every session otherwise).
QStringList hardReasons(const std::vector<Conflict> &conflicts)
{
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
        out << (entry.second > 1
                    ? Tr::tr("%1 (and %n more like it)", nullptr, entry.second - 1).arg(entry.first)
                    : entry.first);
    return out;
}

// Phase 5: why each assignment changed, in the conflict engine's own words.
void explainChanges(SolverResult &r, const Problem &p, const SolverOptions &options,
                    const ConflictEngine &before)
{
    const ConflictInput &input = p.in;
    std::unordered_map<Id, QString> nameOf;
    for (const Instructor &person : input.instructors)
        nameOf[person.id] = person.name.isEmpty() ? person.code : person.name;
    for (AssignmentChange &change : r.changes) {
        const std::size_t ci = p.cohortIndex.at(change.cohortId);
        const Cohort &c = input.cohorts[ci];
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
        else if (options.replan)
            change.reason = Tr::tr("A better balance of load, travel and preferences than keeping "
                                   "%1, worth more than the cost of the change.")
                                .arg(nameOf[change.before]);
        else
            change.reason = Tr::tr("Staffed afresh: %1 fits the balance of load, travel and "
                                   "preferences better.")
                                .arg(nameOf[change.after]);
    }
}

// Phase 6: for each role left unstaffed, every qualified instructor and what stops them.
void explainUnstaffed(SolverResult &r, const Problem &p, const std::vector<int> &best,
                      const ConflictEngine &after)
{
    const ConflictInput &input = p.in;
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
        for (const Instructor &person : input.instructors) {
            if (course == p.courseIndex.end())
                break;
            bool covers = false;
            for (const Qualification &q : input.qualifications)
                covers = covers || (q.instructorId == person.id &&
                                    Rules::covers(q, input.courses[course->second]));
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
        if (course != p.courseIndex.end())
            u.courseCode = input.courses[course->second].code;
        u.why = course == p.courseIndex.end() ? UnstaffedCohort::Why::NoCourse
                : qualified == 0              ? UnstaffedCohort::Why::NobodyQualified
                                              : UnstaffedCohort::Why::NoneFree;
        if (course == p.courseIndex.end())
            u.reason = Tr::tr("Cohort %1 has no course, so no instructor can be judged qualified.")
                           .arg(c.code);
        else if (qualified == 0)
            u.reason = Tr::tr("Cohort %1 needs a %2 but no instructor is qualified for %3.")
                           .arg(c.code, roleText(task.role), u.courseCode);
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
}

// Phase 7: instructor-days per track, what the staffed scope needs against what is left.
std::vector<TrackDemand> trackDemand(const Problem &p)
{
    const ConflictInput &input = p.in;
    std::vector<TrackDemand> out;
    {
        WorkCalendar calendar(input.calendar);
        std::map<Id, TrackDemand> byTrack;
        for (const Track &track : input.tracks)
            byTrack[track.id] = {track.id, track.name, 0, 0};
        QDate first, last;
        for (const auto &task : p.tasks) {
            const Cohort &c = p.in.cohorts[task.cohort];
            const auto course = p.courseIndex.find(c.courseId);
            if (course == p.courseIndex.end())
                continue;
            byTrack[input.courses[course->second].trackId].daysNeeded += task.dayCount;
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
                for (const Leave &l : input.leaves) {
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
                for (const Qualification &q : input.qualifications) {
                    if (q.instructorId != person.id)
                        continue;
                    if (q.trackId != 0)
                        tracks.insert(q.trackId);
                    else if (const auto course = p.courseIndex.find(q.courseId);
                             course != p.courseIndex.end())
                        tracks.insert(input.courses[course->second].trackId);
                }
                for (Id track : tracks)
                    byTrack[track].daysAvailable += days;
            }
        }
        for (auto &[id, demand] : byTrack) {
            if (demand.daysNeeded > 0 || demand.daysAvailable > 0)
                out.push_back(demand);
        }
    }
    return out;
}

} // namespace

SolverResult AssignmentSolver::solve(const std::atomic<bool> *cancel,
                                     const std::function<void(const SolverProgress &)> &progress)
{
    const Problem &p = *m_problem;
    Run run(p, m_options, cancel, progress);
    run.start();
    run.enumerateSmall();
    run.improve();
    SolverResult r = run.result();
    ConflictEngine before;
    before.load(m_input);
    ConflictEngine after;
    after.load(withAssignments(m_input, r.assignments));
    explainChanges(r, p, m_options, before);
    explainUnstaffed(r, p, run.best(), after);
    r.demand = trackDemand(p);
    r.seconds = run.seconds();
    return r;
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacityplanner.h"

#include "conflictengine.h" // Rules::covers, Rules::validOn, Rules::weekStart: one definition each
#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <lemon/lp.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <numeric>
#include <queue>
#include <set>
#include <unordered_map>
#include <utility>

// The model
// =========
//
// Integer variables X[c]: new cohorts of course c in the year. Continuous variables
// x[c][m]: cohort-months, the share of those cohorts' days that falls in month m, with
// sum_m x[c][m] = X[c]. Resources are counted in days, the unit both the instructors'
// limits and the venues' slots are written in; month m needs days[c] * x[c][m] of them.
//
// Why continuous months give the exact optimum of whole cohorts: lay course c's X[c]
// cohorts end to end through the months, each taking the next days[c] of the course's
// days in month order. Every cohort gets exactly days[c] days and every month exactly
// days[c] * x[c][m], so each monthly row (instructor-days, slot-days, the profile) holds
// as the LP says; only that a cohort may run across a month's end (as real ones do) or
// pause over one. The integer requirement is therefore on X alone, and an integer X that
// the LP accepts is a plan. (Cohorts held inside one month, an integer per month, make the
// programme far harder, and undercount: a lead with 16 days a month teaches 1.6 ten-day
// cohorts a month, not one.)
//
// - Instructors. Each instructor's free days (working, outside blackouts and leave, not
//   already teaching) are split into parts by ISO week, month and the set of courses his
//   valid qualifications cover on that day (Rules::covers, Rules::validOn). Variables
//   (days given) per part, rows for the weekly limit where a week's parts could exceed it,
//   for the monthly and the yearly limit where they bind, each less the days already
//   taught. Instructors with the same parts and limits form one class whose bounds are
//   multiplied by their number: the sum of n copies of one convex set is n times the set,
//   so this is exact. Per month and course set S, a pool row hands the pool's days to the
//   courses of S; per course and month the cohorts' lead days (doubled when an assistant
//   is needed) must be covered by the pools holding that course.
// - Venues. A slot (morning, afternoon, evening) of a venue offers one cohort per open day
//   not booked already; a cohort takes every slot of its course's pattern on each of its
//   days at a venue with at least the course's seats. The venues a course may use are
//   nested (all those with at least its seats), so by Hall's theorem one row per seat
//   count, slot and month is exact: no allocation variables. Online courses need none.
//   (Slots are counted one by one: a two-slot course on a day with only its morning free
//   counts that morning.)
// - The mix and the calendar. Course c runs at most its share of the track's needed
//   cohorts (rounded up); with the seasonal profile, the track runs at most the profile's
//   share of them in each month (rounded up). The months-free variant lets the excess over
//   the profile go free.
// - Planned cohorts. Their instructors' and venues' days are taken out of the supply;
//   those still without a lead (or a needed assistant) or without a venue add fixed days
//   to the demand rows, with a slack whose total is held at its least possible value
//   (stage 0, a plain LP) so that a plan the staff cannot cover stays solvable. Their days
//   are demand on their month's pools, not on their dates: a lead free on other days of
//   the month counts (the assignment solver judges the dates). Blackouts
//   stop new cohorts only, but the supply counts open days: planned cohorts without staff
//   in a blackout draw on the month's open days.
//
// Objective, lexicographic in two solves: first the smallest fraction of a target reached
// (lambda; each track's trained and certified figures count, capped at the target by
// lambda <= 1), then, holding lambda at its optimum, the total trained plus certified (each
// capped at its target). Two solves rather than one weighted objective because no weight is
// provably large enough: lambda moves in steps of one cohort's trainees over a target,
// which can be arbitrarily small against the total, and a weight that is too small
// silently trades fairness for volume. For the months-free variant a last LP with X fixed
// finds the fewest cohort-months outside the profile: the "move N cohorts" remedy.
//
// How it is solved (Benders decomposition): the integer part lives in a master LP over X,
// lambda and the reached figures, a dozen columns, searched by a branch and bound of our
// own (LEMON's Mip would call glp_intopt without any limit). The resources live in one
// subproblem LP (the profile switched by the excess's bound), asked whether a vector X
// fits; when it does not, its duals give a cut on X the master keeps (see fits()). The
// master's bound is valid at every node; a point counts only once the subproblem accepts
// it. The feasible X are closed downwards (fewer cohorts only free resources), so a point
// that fits, rounded down, is a plan: the search's first incumbents. Node and subproblem
// limits are counted, not timed, so a run repeats; past them the best plan is reported
// with CapacityResult::exact false.
//
// Most years fit: before any search, place() lays every course's share of the cohorts
// needed greedily into the months and resources (from stage 0's solution for the planned
// cohorts) and checks the result against every row and bound of the subproblem LP. A
// placement that passes is a solution of that LP, so the point fits; when it reaches
// every target, the master's root bound equals its value and both searches end at their
// root, with no subproblem solved, and the months of the plan are the placement's. When
// it does not fit, what it placed, rounded down, is the first plan and the search runs
// as before. (The subproblem LP has thousands of rows; one solve from scratch costs more
// than the whole analysis of a year that fits.)
//
// Bottlenecks come from the subproblem's duals when it is asked for every course's share
// of the cohorts needed, valued by what a cohort trains and certifies: an instructor or
// venue row with a positive dual holds that back. The figures beside it (need under the
// profile, have in the plan) come from the solution.

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::CapacityPlanner)
};

constexpr int Months = 12;
constexpr int Slots = 3; // morning, afternoon, evening
constexpr double Tol = 1e-6;
constexpr double DualTol = 1e-7;
constexpr double FitTol = 1e-6; // relative, in cohorts
constexpr double CutTol = 1e-8;

// What the subproblem says of a point: it fits, it does not (and a cut was added), or
// no more subproblems may be solved (or one failed).
enum class Fit { Yes, No, Stop };

using Col = lemon::Lp::Col;
using Row = lemon::Lp::Row;
using Expr = lemon::Lp::Expr;
const double Inf = lemon::Lp::INF;

// A set of model courses.
using Mask = std::vector<std::uint64_t>;

bool isEmpty(const Expr &e)
{
    return Expr::ConstCoeffIt(e) == lemon::INVALID;
}

bool intersects(const Mask &a, const Mask &b)
{
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (a[i] & b[i])
            return true;
    }
    return false;
}

bool has(const Mask &m, int i)
{
    return (m[std::size_t(i) / 64] >> (i % 64)) & 1u;
}

void set(Mask &m, int i)
{
    m[std::size_t(i) / 64] |= std::uint64_t(1) << (i % 64);
}

bool isActive(const Cohort &c)
{
    return c.status != CohortStatus::Cancelled;
}

int ceilOf(double v)
{
    return v <= Tol ? 0 : int(std::ceil(v - 1e-9));
}

// The days of the year and what each is.
struct Year
{
    int year = 0;
    qint64 firstJd = 0;
    int days = 0;
    qint64 firstWeekJd = 0; // the Monday of 1 January's ISO week
    int weeks = 0;
    std::vector<int> monthOf;
    std::vector<int> weekOf;
    std::vector<char> working;
    std::vector<char> open; // working and outside every blackout: new cohorts may run
    std::array<int, Months> openDays{};
    // Per week and month: open days (the most a weekly limit lets one teach in a month).
    std::vector<std::array<int, Months>> openInWeek;

    int dayIndex(QDate d) const
    {
        const qint64 i = d.toJulianDay() - firstJd;
        return i >= 0 && i < days ? int(i) : -1;
    }
    int weekIndex(QDate d) const
    {
        return int((Rules::weekStart(d).toJulianDay() - firstWeekJd) / 7);
    }
};

Year makeYear(const CapacityInput &in)
{
    Year y;
    y.year = in.year;
    const QDate first(in.year, 1, 1);
    y.firstJd = first.toJulianDay();
    y.days = first.daysInYear();
    y.firstWeekJd = Rules::weekStart(first).toJulianDay();
    y.weeks = y.weekIndex(QDate(in.year, 12, 31)) + 1;
    y.openInWeek.assign(std::size_t(y.weeks), {});
    const WorkCalendar calendar(in.calendar);
    y.monthOf.resize(std::size_t(y.days));
    y.weekOf.resize(std::size_t(y.days));
    y.working.resize(std::size_t(y.days));
    y.open.resize(std::size_t(y.days));
    for (int d = 0; d < y.days; ++d) {
        const QDate date = QDate::fromJulianDay(y.firstJd + d);
        y.monthOf[d] = date.month() - 1;
        y.weekOf[d] = y.weekIndex(date);
        y.working[d] = calendar.isWorkingDay(date);
        y.open[d] = y.working[d];
    }
    for (const CapacityBlackout &b : in.blackouts) {
        for (int d = 0; d < y.days; ++d) {
            const QDate date = QDate::fromJulianDay(y.firstJd + d);
            if (b.from <= date && date <= b.until)
                y.open[d] = 0;
        }
    }
    for (int d = 0; d < y.days; ++d) {
        if (y.open[d]) {
            ++y.openDays[y.monthOf[d]];
            ++y.openInWeek[y.weekOf[d]][y.monthOf[d]];
        }
    }
    return y;
}

struct ModelTrack
{
    const Track *track = nullptr;
    int targetTrained = 0;
    int targetCertified = 0;
    double plannedTrained = 0;
    double plannedCertified = 0;
    int cohortsPlanned = 0;
    int need = 0;         // new cohorts needed
    double needExact = 0; // before rounding up
    std::vector<int> courses;
    std::array<double, Months> weight{}; // the profile, normalised
    std::array<int, Months> monthCap{};
};

struct ModelCourse
{
    const Course *course = nullptr;
    int track = -1; // index into the model tracks, -1: a track without a target
    double share = 0;
    int cap = 0;
    double trainedPerCohort = 0;
    double certifiedPerCohort = 0;
    double staffDays = 0; // lead days per cohort, plus as many assistant days if needed
    bool assistant = false;
    bool online = false;
    int slotCount = 0;
    std::array<double, Months> fixedStaff{}; // days of planned cohorts without lead/assistant
    std::array<double, Months> fixedVenue{}; // days of planned in-person cohorts without venue
    bool active = false;                     // in the model: new cohorts or fixed demand
    int bit = -1;                            // index in the course masks
    int threshold = -1;                      // index of its seats among the thresholds
};

// One instructor (or a class of identical ones): days per part, and the limits that bind.
struct SupplyVar
{
    int month = 0;
    int set = 0; // index of the course set
    double ub = 0;
};

struct SupplyRow
{
    enum Kind { Week, Month, Year };
    Kind kind = Week;
    std::vector<int> vars;
    double rhs = 0;
};

struct Supply
{
    std::vector<SupplyVar> vars;
    std::vector<SupplyRow> rows;
    int count = 1;
};

// The most one of a class gives in month m to the course sets `wanted` accepts: its parts
// there, each week's and the month's limit applied to that month alone (a week split
// between two months counts in both, so this is an upper bound).
template <typename Wanted> double monthSupply(const Supply &s, int m, Wanted wanted)
{
    double total = 0;
    std::vector<double> days(s.vars.size(), 0.0);
    for (std::size_t v = 0; v < s.vars.size(); ++v) {
        if (s.vars[v].month == m && wanted(s.vars[v].set)) {
            days[v] = s.vars[v].ub;
            total += days[v];
        }
    }
    for (SupplyRow::Kind kind : {SupplyRow::Week, SupplyRow::Month}) {
        for (const SupplyRow &r : s.rows) {
            if (r.kind != kind)
                continue;
            double in = 0;
            for (int v : r.vars)
                in += days[std::size_t(v)];
            total -= std::max(0.0, std::min(in, total) - r.rhs);
        }
    }
    return total;
}

double yearCapOf(const Supply &s)
{
    for (const SupplyRow &r : s.rows) {
        if (r.kind == SupplyRow::Year)
            return r.rhs;
    }
    return Inf;
}

using SlotDays = std::array<std::array<double, Slots>, Months>;

// A physical venue and its free slots on the open days of each month.
struct VenueSupply
{
    const Venue *venue = nullptr;
    SlotDays free{};
};

int patternOf(const Course &c)
{
    return c.sessionSlots & 0x7 ? c.sessionSlots & 0x7
                                : 0x1; // a course without a pattern still takes a slot
}

const CapacityAssumptions &assumptionsOf(const CapacityInput &in, const Course &course)
{
    if (const auto c = in.courseAssumptions.find(course.id); c != in.courseAssumptions.end())
        return c->second;
    if (const auto t = in.trackAssumptions.find(course.trackId); t != in.trackAssumptions.end())
        return t->second;
    return in.assumptions;
}

QString monthName(int month) // 0..11
{
    return QLocale().monthName(month + 1, QLocale::ShortFormat);
}

QString monthRange(int first, int last) // 0..11
{
    return first == last ? monthName(first) : monthName(first) + QChar(0x2013) + monthName(last);
}

QString monthRanges(const std::array<bool, Months> &months)
{
    QStringList parts;
    for (int m = 0; m < Months;) {
        if (!months[m]) {
            ++m;
            continue;
        }
        int e = m;
        while (e + 1 < Months && months[e + 1])
            ++e;
        parts << monthRange(m, e);
        m = e + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString number(double v)
{
    return QLocale().toString(std::round(v), 'f', 0);
}

int percent(double share)
{
    return int(std::floor(share * 100.0 + 1e-9));
}

// Runs of consecutive months set in flags.
std::vector<std::pair<int, int>> runsOf(const std::array<bool, Months> &flags)
{
    std::vector<std::pair<int, int>> runs;
    for (int m = 0; m < Months; ++m) {
        if (!flags[m])
            continue;
        if (!runs.empty() && runs.back().second == m - 1)
            runs.back().second = m;
        else
            runs.push_back({m, m});
    }
    return runs;
}

// The most days one instructor with these limits can teach in the months first..last.
double daysOneCanTeach(const Year &y, const Instructor &p, int first, int last)
{
    double total = 0;
    for (int m = first; m <= last; ++m) {
        int days = 0;
        for (int w = 0; w < y.weeks; ++w)
            days += std::min(p.maxDaysPerWeek, y.openInWeek[w][m]);
        total += std::max(0, std::min(days, p.maxDaysPerMonth));
    }
    return std::min(total, double(std::max(0, p.maxDaysPerYear)));
}

// The result of one integer solve.
struct IntegerSolution
{
    bool found = false;
    bool proved = false;
    double objective = -Inf;
    double bound = Inf;    // no plan is better: the objective once proved
    std::vector<double> x; // per integer column
    int nodes = 0;
};

// Branch and bound over the integer columns of the master LP, maximising its objective:
// best bound first, diving from each node into its nearer child so that plans turn up
// early. The master knows the resources only through the cuts fits() has added so far:
// its bound is valid at every node, but a point has to pass fits() to count, which adds a
// cut when it does not (then the node is solved again). At the root fits() is asked
// until the master's optimum passes, so that the root bound is the full relaxation's.
// Rounding a point that passed down is a plan, since lowering X only frees resources;
// evaluate gives its objective if it also keeps the lower bounds of earlier stages.
// start, if given, is a plan to begin with. integral: the objective is an integer at
// every integer point, so a bound can be rounded down.
IntegerSolution
branchAndBound(lemon::Lp &lp, const std::vector<Col> &ints,
               const std::function<Fit(const std::vector<double> &)> &fits,
               const std::function<std::optional<double>(const std::vector<double> &)> &evaluate,
               bool integral, int nodeLimit, const std::vector<double> &start = {})
{
    IntegerSolution best;
    if (!start.empty()) {
        if (const auto value = evaluate(start)) {
            best.found = true;
            best.objective = *value;
            best.x = start;
        }
    }
    const std::size_t n = ints.size();
    std::vector<double> rootLo(n), rootHi(n);
    for (std::size_t i = 0; i < n; ++i) {
        rootLo[i] = lp.colLowerBound(ints[i]);
        rootHi[i] = lp.colUpperBound(ints[i]);
    }
    std::vector<double> curLo = rootLo, curHi = rootHi;
    struct Node
    {
        std::vector<std::pair<int, std::pair<double, double>>> bounds; // changes from the root
        double bound = Inf;                                            // the parent's
        bool operator<(const Node &o) const { return bound < o.bound; }
    };
    std::priority_queue<Node> open;
    std::optional<Node> dive = Node{};
    bool complete = true;
    bool failed = false; // a node was given up without a bound
    double lost = -Inf;  // the best bound of nodes the limit cut short
    const auto pruned = [&](double bound) {
        if (!best.found)
            return false;
        if (integral)
            bound = std::floor(bound + Tol);
        return bound <=
               best.objective + (integral ? 0.5 : Tol * std::max(1.0, std::abs(best.objective)));
    };
    std::vector<double> lo(n), hi(n), x(n), down(n);
    for (;;) {
        Node node;
        if (dive) {
            node = std::move(*dive);
            dive.reset();
        } else {
            if (open.empty() || pruned(open.top().bound))
                break; // the best open bound cannot beat the plan: proved
            node = open.top();
            open.pop();
        }
        if (pruned(node.bound))
            continue;
        if (best.nodes >= nodeLimit) {
            complete = false;
            lost = std::max(lost, node.bound);
            break;
        }
        lo = rootLo;
        hi = rootHi;
        for (const auto &[i, b] : node.bounds) {
            lo[std::size_t(i)] = b.first;
            hi[std::size_t(i)] = b.second;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (lo[i] != curLo[i] || hi[i] != curHi[i]) {
                lp.colBounds(ints[i], lo[i], hi[i]);
                curLo[i] = lo[i];
                curHi[i] = hi[i];
            }
        }
        const bool root = node.bounds.empty();
        double bound = -Inf;
        int branch = -1;
        bool solved = false;
        bool settled = false; // infeasible, pruned or failed: nothing more below
        bool passed = false;
        bool stopped = false;
        while (best.nodes < nodeLimit) {
            ++best.nodes;
            // After a bound change or a new cut the basis stays dual feasible, which is
            // what the dual simplex wants; GLPK's gives up on some bases, the primal not.
            auto status = lp.solveDual();
            if (status != lemon::Lp::SOLVED)
                status = lp.solve();
            settled = true;
            if (status != lemon::Lp::SOLVED) {
                complete = false; // a numerical failure: nothing is proved below this node
                failed = true;
                break;
            }
            if (lp.primalType() != lemon::Lp::OPTIMAL)
                break; // infeasible: nothing below
            bound = lp.primal();
            if (pruned(bound))
                break;
            settled = false;
            branch = -1;
            double bestFrac = 0;
            for (std::size_t i = 0; i < n; ++i) {
                x[i] = lp.primal(ints[i]);
                const double f = x[i] - std::floor(x[i]);
                const double dist = std::min(f, 1.0 - f);
                if (dist > Tol && dist > bestFrac + 1e-12) {
                    bestFrac = dist;
                    branch = int(i);
                }
            }
            if (branch < 0) {
                for (std::size_t i = 0; i < n; ++i)
                    x[i] = std::round(x[i]);
            }
            if (branch < 0 || root) {
                const Fit fit = fits(x);
                if (fit == Fit::Stop) {
                    stopped = true;
                    failed = true;
                    break;
                }
                if (fit == Fit::No)
                    continue; // cut off: solve the node again
                passed = true;
            }
            solved = true;
            break;
        }
        if (stopped) {
            complete = false;
            break;
        }
        if (!solved) {
            if (!settled) { // the node limit struck in the middle of the node
                complete = false;
                lost = std::max(lost, node.bound);
            }
            continue;
        }
        if (branch < 0) {
            // Integer and it fits: the node's optimum is a plan.
            best.found = true;
            best.objective = bound;
            best.x = x;
            continue;
        }
        if (passed) {
            for (std::size_t i = 0; i < n; ++i)
                down[i] = std::max(lo[i], std::floor(x[i] + Tol));
            if (const auto value = evaluate(down);
                value && (!best.found || *value > best.objective + Tol)) {
                best.found = true;
                best.objective = *value;
                best.x = down;
            }
            if (pruned(bound))
                continue;
        }
        // Strong branching: the master is a dozen columns, so both children of every
        // fractional column are solved, and the column whose worse child falls the most
        // is branched on (the plans' symmetry between similar tracks defeats cheaper
        // rules). The children's bounds go with them into the queue.
        double bestScore = -1;
        double bestDown = bound, bestUp = bound; // unless a child is solved: the parent's
        std::vector<double> frac(x.begin(), x.end());
        for (std::size_t i = 0; i < n && best.nodes < nodeLimit; ++i) {
            const double f = frac[i] - std::floor(frac[i]);
            if (std::min(f, 1.0 - f) <= Tol)
                continue;
            const auto child = [&](double l, double h) {
                ++best.nodes;
                lp.colBounds(ints[i], l, h);
                auto status = lp.solveDual();
                if (status != lemon::Lp::SOLVED)
                    status = lp.solve();
                // Infeasible: -Inf, the child goes. Not solved: the parent's bound, it stays.
                const double value = status != lemon::Lp::SOLVED             ? bound
                                     : lp.primalType() == lemon::Lp::OPTIMAL ? lp.primal()
                                                                             : -Inf;
                lp.colBounds(ints[i], lo[i], hi[i]);
                return value;
            };
            const double dnBound = child(lo[i], std::floor(frac[i]));
            const double upBound = child(std::ceil(frac[i]), hi[i]);
            const double score = std::min(bound - dnBound, bound - upBound) * 1e3 +
                                 std::max(bound - dnBound, bound - upBound);
            if (score > bestScore) {
                bestScore = score;
                branch = int(i);
                bestDown = dnBound;
                bestUp = upBound;
            }
        }
        const double v = frac[std::size_t(branch)];
        Node up{node.bounds, bestUp};
        up.bounds.push_back({branch, {std::ceil(v), hi[std::size_t(branch)]}});
        Node dn{std::move(node.bounds), bestDown};
        dn.bounds.push_back({branch, {lo[std::size_t(branch)], std::floor(v)}});
        const bool upFirst = bestUp > bestDown || (bestUp == bestDown && v - std::floor(v) >= 0.5);
        if (upFirst) {
            if (bestUp > -Inf)
                dive = std::move(up);
            if (bestDown > -Inf)
                open.push(std::move(dn));
        } else {
            if (bestDown > -Inf)
                dive = std::move(dn);
            if (bestUp > -Inf)
                open.push(std::move(up));
        }
    }
    if (best.nodes >= nodeLimit && (dive || !open.empty()))
        complete = false;
    if (complete) {
        best.bound = best.objective;
    } else {
        // The best any node left unexplored could still give.
        best.bound = std::max(best.found ? best.objective : -Inf, lost);
        if (dive)
            best.bound = std::max(best.bound, dive->bound);
        if (!open.empty())
            best.bound = std::max(best.bound, open.top().bound);
        if (failed)
            best.bound = Inf; // a node was given up unsolved: no bound is claimed
    }
    // Leave the model as the caller gave it.
    for (std::size_t i = 0; i < n; ++i) {
        if (rootLo[i] != curLo[i] || rootHi[i] != curHi[i])
            lp.colBounds(ints[i], rootLo[i], rootHi[i]);
    }
    best.proved = complete;
    return best;
}

// Everything the planner computes on the way, shared by the solves and the reports.
class Planning
{
public:
    explicit Planning(const CapacityInput &in) : m_in(in), m_year(makeYear(in)) {}

    CapacityResult run();

private:
    // The months and the resources, one LP for both variants: with the profile, the
    // excess over it is held at 0; with months free it is not.
    struct Sub
    {
        lemon::Lp lp;
        std::vector<std::optional<Row>> spread; // per course: its cohort-months <= X
        std::vector<std::array<std::optional<Col>, Months>> months;   // x: cohort-months
        std::vector<std::array<std::optional<Row>, Months>> staffRow; // per course
        std::vector<std::array<std::array<std::optional<Row>, Slots>, Months>>
            venueRows; // per threshold
        std::vector<std::array<std::optional<Col>, Months>> staffSlack, venueSlack;
        std::vector<std::array<std::optional<Col>, Months>> excess; // per track
        std::optional<Row> slackRow;
        // A copy of the LP's matrix, by LEMON id, for place(): the terms of every row and
        // every column.
        std::vector<std::vector<std::pair<int, double>>> rowTerms, colTerms;
        std::vector<Row> rows;
        std::vector<Col> cols;
        // The instructor pools by month: the pool row, its set's courses' z columns.
        struct Pool
        {
            Row row;
            int courses = 0;                                // how many active courses the set holds
            std::vector<std::pair<std::size_t, Col>> given; // (course, z)
        };
        std::array<std::vector<Pool>, Months> pools;
        std::vector<double> base; // a solution without new cohorts, per column id
        bool profiled = false;
        int objective = -1;           // the SubObjective set last
        bool objectiveChanged = true; // since the last solve: the primal simplex then
    };
    // One variant of the model (profiled or months free): the plan's course totals in a
    // small master LP; the months and resources in the shared subproblem (see the top).
    struct Model
    {
        bool profiled = true;
        std::unique_ptr<lemon::Lp> master; // X, lambda, the reached figures, cuts
        // X: new cohorts per course in the year (one per courseOf entry), then each
        // track's total, integer too: branching on those splits plans that differ only
        // by which of similar tracks gets a cohort, which branching on X alone does not.
        std::vector<Col> ints;
        std::vector<int> intIndex;            // per model course, -1: none
        std::vector<std::size_t> courseOf;    // per integer column
        std::vector<std::vector<int>> totals; // per track total after them: its courses' columns
        Col lambda;
        std::vector<std::optional<Col>> trained, certified; // per model track
        // The plan.
        std::vector<double> x;                                          // X per integer column
        std::vector<std::array<double, Months>> monthly;                // and its x per course
        std::vector<std::array<double, Months>> staffShort, venueShort; // planned days uncovered
        double shareBound = Inf;                                        // proved upper bounds
        double totalBound = Inf;
        bool proved = true;
        int nodes = 0;
        int subSolves = 0;
    };
    enum class SubObjective { Fit, LeastSlack, Yield, LeastExcess };

    void buildTracksAndCourses();
    void buildSupply();
    void buildVenues();
    void buildModel(Model &model);
    void addCuts(Model &model, const std::vector<std::pair<Col, double>> &terms, double capacity);
    void setSubObjective(SubObjective objective);
    void useProfile(bool profiled);
    bool solveSub();
    Fit fits(Model &model, const std::vector<double> &x);
    bool place(const Model &model, const std::vector<double> &x);
    std::vector<double> withTotals(const Model &model, std::vector<double> x) const;
    bool solve(Model &model, const std::vector<double> &start);
    double trainedOf(const Model &model, int t, const std::vector<double> &x) const;
    double certifiedOf(const Model &model, int t, const std::vector<double> &x) const;
    double shareOf(const Model &model, int t, const std::vector<double> &x) const;
    double minShare(const Model &model, const std::vector<double> &x) const;
    double totalOf(const Model &model, const std::vector<double> &x) const;
    double cohortsIn(const Model &model, int t, int m) const;
    void fixPlan(Model &model);
    void dropSurplus(Model &model);
    void report(CapacityResult &result);
    void findBottlenecks(CapacityResult &result);

    const CapacityInput &m_in;
    Year m_year;
    std::vector<ModelTrack> m_tracks;
    std::vector<ModelCourse> m_courses;
    std::unordered_map<Id, int> m_courseIndex;
    std::vector<int> m_activeCourses; // model course indices by bit
    std::map<Mask, int> m_setIndex;
    std::vector<Mask> m_sets;
    std::vector<Supply> m_supply;
    std::vector<VenueSupply> m_venues;
    std::vector<int> m_thresholds;         // distinct seats of the in-person courses, ascending
    std::vector<SlotDays> m_thresholdFree; // free slots of the venues with that many seats
    double m_minSlack = 0;
    bool m_slackFixed = false;
    Sub m_sub;
    // The last placement place() found and checked, of m_placed per integer column.
    struct Placement
    {
        bool valid = false;
        std::vector<double> placed; // per course column
        std::vector<std::array<double, Months>> monthly, staffShort, venueShort; // per course
    } m_placement;
    Model m_profiled;
    Model m_free;
    // Duals of the profiled model's relaxation (second stage).
    std::vector<std::array<double, Months>> m_staffDual;
    std::vector<std::array<double, Months>> m_venueDual; // per seat threshold
};

void Planning::buildTracksAndCourses()
{
    std::unordered_map<Id, int> trackIndex;
    for (const Track &t : m_in.tracks) {
        int trained = 0;
        int certified = 0;
        bool any = false;
        for (const Target &target : m_in.targets) {
            if (target.year == m_in.year && target.trackId == t.id) {
                trained += target.trainees;
                certified += target.certified;
                any = true;
            }
        }
        if (!any || (trained <= 0 && certified <= 0))
            continue;
        ModelTrack mt;
        mt.track = &t;
        mt.targetTrained = std::max(0, trained);
        mt.targetCertified = std::max(0, certified);
        trackIndex[t.id] = int(m_tracks.size());
        m_tracks.push_back(mt);
    }

    for (const Course &c : m_in.courses) {
        ModelCourse mc;
        mc.course = &c;
        if (const auto t = trackIndex.find(c.trackId); t != trackIndex.end())
            mc.track = t->second;
        const CapacityAssumptions &a = assumptionsOf(m_in, c);
        mc.trainedPerCohort = c.defaultCapacity * a.trainedPerSeat();
        mc.certifiedPerCohort = c.defaultCapacity * a.certifiedPerSeat();
        mc.assistant = m_in.assistantsAbove > 0 && c.defaultCapacity > m_in.assistantsAbove;
        mc.staffDays = std::max(1, c.days) * (mc.assistant ? 2.0 : 1.0);
        mc.online = m_in.onlineCourses.count(c.id) > 0;
        mc.slotCount = std::popcount(unsigned(c.sessionSlots & 0x7));
        if (mc.slotCount == 0)
            mc.slotCount = 1; // a course without a pattern still takes a slot a day
        m_courseIndex[c.id] = int(m_courses.size());
        if (mc.track >= 0)
            m_tracks[std::size_t(mc.track)].courses.push_back(int(m_courses.size()));
        m_courses.push_back(mc);
    }

    // The plan's cohorts: what they train, what they take, what they still need.
    std::unordered_map<Id, std::vector<QDate>> datesOf;
    for (const Session &s : m_in.sessions) {
        if (s.date.isValid())
            datesOf[s.cohortId].push_back(s.date);
    }
    std::unordered_map<Id, std::pair<bool, bool>> staffOf; // lead, assistant
    for (const CohortInstructor &a : m_in.cohortInstructors) {
        auto &s = staffOf[a.cohortId];
        (a.role == InstructorRole::Lead ? s.first : s.second) = true;
    }
    std::unordered_map<Id, const Venue *> venueById;
    for (const Venue &v : m_in.venues)
        venueById[v.id] = &v;
    std::vector<std::map<int, double>> planCount(m_tracks.size()); // course -> cohorts in the year
    for (const Cohort &c : m_in.cohorts) {
        const auto ci = m_courseIndex.find(c.courseId);
        const auto dates = datesOf.find(c.id);
        if (!isActive(c) || ci == m_courseIndex.end() || dates == datesOf.end())
            continue;
        ModelCourse &mc = m_courses[std::size_t(ci->second)];
        std::vector<QDate> days = dates->second;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        const bool inYear =
            std::any_of(days.begin(), days.end(), [&](QDate d) { return d.year() == m_in.year; });
        if (mc.track >= 0) {
            ModelTrack &t = m_tracks[std::size_t(mc.track)];
            if (inYear)
                planCount[std::size_t(mc.track)][ci->second] += 1;
            if (days.back().year() == m_in.year) {
                const CapacityAssumptions &a = assumptionsOf(m_in, *mc.course);
                t.plannedTrained += c.capacity * a.trainedPerSeat();
                t.plannedCertified += c.capacity * a.certifiedPerSeat();
                ++t.cohortsPlanned;
            }
        }
        const auto staff = staffOf.find(c.id);
        const bool hasLead = staff != staffOf.end() && staff->second.first;
        const bool hasAssistant = staff != staffOf.end() && staff->second.second;
        const bool needsAssistant = m_in.assistantsAbove > 0 && c.capacity > m_in.assistantsAbove;
        const auto venue = venueById.find(c.venueId);
        const bool needsVenue =
            c.mode != CohortMode::Online && (venue == venueById.end() || venue->second->online);
        for (QDate d : days) {
            if (d.year() != m_in.year)
                continue;
            const int m = d.month() - 1;
            mc.fixedStaff[m] += (hasLead ? 0 : 1) + (needsAssistant && !hasAssistant ? 1 : 0);
            if (needsVenue)
                mc.fixedVenue[m] += 1;
        }
    }

    // The mix, the cohorts needed, the profile.
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        ModelTrack &mt = m_tracks[t];
        std::vector<double> weights(mt.courses.size(), 0.0);
        bool given = false;
        for (std::size_t i = 0; i < mt.courses.size(); ++i) {
            const auto w = m_in.courseMix.find(m_courses[std::size_t(mt.courses[i])].course->id);
            if (w != m_in.courseMix.end()) {
                weights[i] = std::max(0.0, w->second);
                given = true;
            }
        }
        if (!given) {
            for (std::size_t i = 0; i < mt.courses.size(); ++i) {
                const auto p = planCount[t].find(mt.courses[i]);
                weights[i] = p != planCount[t].end() ? p->second : 0.0;
            }
        }
        double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
        if (sum <= 0) {
            std::fill(weights.begin(), weights.end(), 1.0);
            sum = double(weights.size());
        }
        double trainedPerCohort = 0;
        double certifiedPerCohort = 0;
        for (std::size_t i = 0; i < mt.courses.size(); ++i) {
            ModelCourse &mc = m_courses[std::size_t(mt.courses[i])];
            mc.share = sum > 0 ? weights[i] / sum : 0.0;
            trainedPerCohort += mc.share * mc.trainedPerCohort;
            certifiedPerCohort += mc.share * mc.certifiedPerCohort;
        }
        const double trainedNeeded = std::max(0.0, mt.targetTrained - mt.plannedTrained);
        const double certifiedNeeded = std::max(0.0, mt.targetCertified - mt.plannedCertified);
        double exact = 0;
        if (trainedNeeded > Tol && trainedPerCohort > 0)
            exact = std::max(exact, trainedNeeded / trainedPerCohort);
        if (certifiedNeeded > Tol && certifiedPerCohort > 0)
            exact = std::max(exact, certifiedNeeded / certifiedPerCohort);
        mt.needExact = exact;
        mt.need = ceilOf(exact);
        for (int c : mt.courses) {
            ModelCourse &mc = m_courses[std::size_t(c)];
            mc.cap = ceilOf(mc.share * mt.need);
        }
        std::array<double, Months> w{};
        if (m_in.seasonalProfile) {
            for (int m = 0; m < Months; ++m)
                w[m] = std::max(0.0, (*m_in.seasonalProfile)[std::size_t(m)]);
        } else {
            for (int m = 0; m < Months; ++m)
                w[m] = m_year.openDays[m];
        }
        const double total = std::accumulate(w.begin(), w.end(), 0.0);
        for (int m = 0; m < Months; ++m) {
            mt.weight[m] = total > 0 ? w[m] / total : 0.0;
            mt.monthCap[m] = ceilOf(mt.weight[m] * mt.need);
        }
    }

    for (std::size_t c = 0; c < m_courses.size(); ++c) {
        ModelCourse &mc = m_courses[c];
        const double fixed = std::accumulate(mc.fixedStaff.begin(), mc.fixedStaff.end(), 0.0) +
                             std::accumulate(mc.fixedVenue.begin(), mc.fixedVenue.end(), 0.0);
        mc.active = mc.cap > 0 || fixed > 0;
        if (mc.active) {
            mc.bit = int(m_activeCourses.size());
            m_activeCourses.push_back(int(c));
        }
    }
}

void Planning::buildSupply()
{
    const std::size_t words = (m_activeCourses.size() + 63) / 64;
    std::unordered_map<Id, std::vector<const Qualification *>> qualificationsOf;
    for (const Qualification &q : m_in.qualifications)
        qualificationsOf[q.instructorId].push_back(&q);
    std::unordered_map<Id, std::vector<const Leave *>> leavesOf;
    for (const Leave &l : m_in.leaves)
        leavesOf[l.instructorId].push_back(&l);
    std::unordered_map<Id, const Cohort *> cohortById;
    for (const Cohort &c : m_in.cohorts)
        cohortById[c.id] = &c;
    std::unordered_map<Id, std::vector<QDate>> datesOf;
    for (const Session &s : m_in.sessions) {
        if (s.date.isValid())
            datesOf[s.cohortId].push_back(s.date);
    }
    std::unordered_map<Id, std::vector<qint64>> teachingOf; // instructor -> julian days
    for (const CohortInstructor &a : m_in.cohortInstructors) {
        const auto c = cohortById.find(a.cohortId);
        const auto d = datesOf.find(a.cohortId);
        if (c == cohortById.end() || !isActive(*c->second) || d == datesOf.end())
            continue;
        auto &days = teachingOf[a.instructorId];
        for (QDate date : d->second)
            days.push_back(date.toJulianDay());
    }

    std::map<std::vector<double>, std::size_t> classOf;
    std::vector<char> busy(std::size_t(m_year.days));
    for (const Instructor &person : m_in.instructors) {
        // Which model courses each qualification covers.
        std::vector<std::pair<const Qualification *, Mask>> covering;
        if (const auto qs = qualificationsOf.find(person.id); qs != qualificationsOf.end()) {
            for (const Qualification *q : qs->second) {
                Mask mask(words, 0);
                bool any = false;
                for (int bit = 0; bit < int(m_activeCourses.size()); ++bit) {
                    if (Rules::covers(
                            *q,
                            *m_courses[std::size_t(m_activeCourses[std::size_t(bit)])].course)) {
                        set(mask, bit);
                        any = true;
                    }
                }
                if (any)
                    covering.push_back({q, std::move(mask)});
            }
        }
        if (covering.empty())
            continue;

        // Days taken: leave and teaching; teaching also uses up the limits.
        std::fill(busy.begin(), busy.end(), 0);
        std::vector<int> weekUsed(std::size_t(m_year.weeks), 0);
        std::array<int, Months> monthUsed{};
        int yearUsed = 0;
        if (const auto t = teachingOf.find(person.id); t != teachingOf.end()) {
            std::vector<qint64> days = t->second;
            std::sort(days.begin(), days.end());
            days.erase(std::unique(days.begin(), days.end()), days.end());
            for (qint64 jd : days) {
                const QDate date = QDate::fromJulianDay(jd);
                const int w = m_year.weekIndex(date);
                if (w >= 0 && w < m_year.weeks)
                    ++weekUsed[std::size_t(w)];
                const int d = m_year.dayIndex(date);
                if (d >= 0) {
                    busy[std::size_t(d)] = 1;
                    ++monthUsed[m_year.monthOf[d]];
                    ++yearUsed;
                }
            }
        }
        if (const auto ls = leavesOf.find(person.id); ls != leavesOf.end()) {
            for (int d = 0; d < m_year.days; ++d) {
                const QDate date = QDate::fromJulianDay(m_year.firstJd + d);
                for (const Leave *l : ls->second)
                    busy[std::size_t(d)] = busy[std::size_t(d)] || Rules::covers(*l, date);
            }
        }

        // Free days by (week, month, course set).
        std::map<std::tuple<int, int, int>, double> parts;
        Mask mask(words);
        for (int d = 0; d < m_year.days; ++d) {
            if (!m_year.open[d] || busy[std::size_t(d)])
                continue;
            const QDate date = QDate::fromJulianDay(m_year.firstJd + d);
            std::fill(mask.begin(), mask.end(), 0);
            bool any = false;
            for (const auto &[q, covers] : covering) {
                if (Rules::validOn(*q, date)) {
                    for (std::size_t i = 0; i < words; ++i)
                        mask[i] |= covers[i];
                    any = true;
                }
            }
            if (!any)
                continue;
            auto [it, inserted] = m_setIndex.try_emplace(mask, int(m_sets.size()));
            if (inserted)
                m_sets.push_back(mask);
            parts[{m_year.weekOf[d], m_year.monthOf[d], it->second}] += 1;
        }

        // Keep only the limits that can bind, merge what no weekly limit separates.
        Supply s;
        std::map<std::pair<int, int>, int> merged; // (month, set) -> var
        for (auto it = parts.begin(); it != parts.end();) {
            const int week = std::get<0>(it->first);
            auto end = it;
            double total = 0;
            int count = 0;
            while (end != parts.end() && std::get<0>(end->first) == week) {
                total += end->second;
                ++count;
                ++end;
            }
            const double cap = std::max(0, person.maxDaysPerWeek - weekUsed[std::size_t(week)]);
            // A week whose limit cannot bind, or with one part only (its limit is then its
            // bound), needs no row: its parts join their month's. Parts in no weekly row
            // with the same month and course set lie in the same rows, so one variable
            // bounded by their sum holds exactly what they hold (with weekly limits below
            // five days a part per week had made half the columns of the demo's LP).
            if (total <= cap || (count == 1 && cap > 0)) {
                for (auto p = it; p != end; ++p) {
                    const auto key = std::make_pair(std::get<1>(p->first), std::get<2>(p->first));
                    auto [v, inserted] = merged.try_emplace(key, int(s.vars.size()));
                    if (inserted)
                        s.vars.push_back({key.first, key.second, 0});
                    s.vars[std::size_t(v->second)].ub += std::min(p->second, cap);
                }
            } else if (cap > 0) {
                SupplyRow row;
                row.kind = SupplyRow::Week;
                row.rhs = cap;
                for (auto p = it; p != end; ++p) {
                    row.vars.push_back(int(s.vars.size()));
                    s.vars.push_back(
                        {std::get<1>(p->first), std::get<2>(p->first), std::min(p->second, cap)});
                }
                if (count > 1)
                    s.rows.push_back(std::move(row));
            }
            it = end;
        }
        const auto limit = [&](SupplyRow::Kind kind, std::vector<int> vars, double cap) {
            double total = 0;
            for (int v : vars)
                total += s.vars[std::size_t(v)].ub;
            if (total <= cap)
                return;
            for (int v : vars)
                s.vars[std::size_t(v)].ub = std::min(s.vars[std::size_t(v)].ub, std::max(0.0, cap));
            if (vars.size() > 1 && cap > 0)
                s.rows.push_back({kind, std::move(vars), cap});
        };
        for (int m = 0; m < Months; ++m) {
            std::vector<int> vars;
            for (std::size_t v = 0; v < s.vars.size(); ++v) {
                if (s.vars[v].month == m)
                    vars.push_back(int(v));
            }
            limit(SupplyRow::Month, vars, std::max(0, person.maxDaysPerMonth - monthUsed[m]));
        }
        std::vector<int> all(s.vars.size());
        std::iota(all.begin(), all.end(), 0);
        limit(SupplyRow::Year, all, std::max(0, person.maxDaysPerYear - yearUsed));

        // Drop what holds nothing, then find the instructor's class.
        std::vector<int> renumber(s.vars.size(), -1);
        std::vector<SupplyVar> vars;
        for (std::size_t v = 0; v < s.vars.size(); ++v) {
            if (s.vars[v].ub > Tol) {
                renumber[v] = int(vars.size());
                vars.push_back(s.vars[v]);
            }
        }
        if (vars.empty())
            continue;
        std::vector<SupplyRow> rows;
        for (SupplyRow &r : s.rows) {
            SupplyRow kept;
            kept.kind = r.kind;
            kept.rhs = r.rhs;
            for (int v : r.vars) {
                if (renumber[std::size_t(v)] >= 0)
                    kept.vars.push_back(renumber[std::size_t(v)]);
            }
            if (kept.vars.size() > 1)
                rows.push_back(std::move(kept));
        }
        s.vars = std::move(vars);
        s.rows = std::move(rows);
        std::vector<double> key;
        key.reserve(s.vars.size() * 3 + s.rows.size() * 4);
        for (const SupplyVar &v : s.vars)
            key.insert(key.end(), {double(v.month), double(v.set), v.ub});
        key.push_back(-1);
        for (const SupplyRow &r : s.rows) {
            key.push_back(r.kind);
            key.push_back(r.rhs);
            for (int v : r.vars)
                key.push_back(v);
            key.push_back(-1);
        }
        const auto [it, inserted] = classOf.try_emplace(std::move(key), m_supply.size());
        if (inserted) {
            m_supply.push_back(std::move(s));
        } else {
            ++m_supply[it->second].count;
        }
    }
}

void Planning::buildVenues()
{
    std::unordered_map<Id, const Cohort *> cohortById;
    for (const Cohort &c : m_in.cohorts)
        cohortById[c.id] = &c;
    std::unordered_map<Id, std::vector<const Session *>> sessionsAt; // venue -> sessions
    for (const Session &s : m_in.sessions) {
        const auto c = cohortById.find(s.cohortId);
        if (c == cohortById.end() || !isActive(*c->second) ||
            c->second->mode == CohortMode::Online || !s.date.isValid() ||
            s.date.year() != m_in.year)
            continue;
        sessionsAt[c->second->venueId].push_back(&s);
    }
    for (const Venue &v : m_in.venues) {
        if (v.online || v.seats <= 0)
            continue;
        std::vector<char> booked(std::size_t(m_year.days) * Slots, 0);
        if (const auto s = sessionsAt.find(v.id); s != sessionsAt.end()) {
            for (const Session *session : s->second)
                booked[std::size_t(m_year.dayIndex(session->date)) * Slots +
                       std::size_t(session->slot)] = 1;
        }
        VenueSupply vs;
        vs.venue = &v;
        for (int d = 0; d < m_year.days; ++d) {
            if (!m_year.open[d])
                continue;
            for (int s = 0; s < Slots; ++s)
                vs.free[m_year.monthOf[d]][s] += booked[std::size_t(d) * Slots + s] ? 0 : 1;
        }
        m_venues.push_back(vs);
    }
    // A venue that seats a course seats every smaller one: the courses' choices of venue
    // are nested, so by Hall's theorem the month's days fit the venues exactly when, for
    // every seat count s, the days of the courses with at least s seats fit the venues
    // with at least s seats. One row per seat count, slot and month; no allocation.
    std::set<int> seats;
    for (int c : m_activeCourses) {
        if (!m_courses[std::size_t(c)].online)
            seats.insert(m_courses[std::size_t(c)].course->defaultCapacity);
    }
    m_thresholds.assign(seats.begin(), seats.end());
    for (int c : m_activeCourses) {
        ModelCourse &mc = m_courses[std::size_t(c)];
        if (!mc.online)
            mc.threshold = int(std::lower_bound(m_thresholds.begin(), m_thresholds.end(),
                                                mc.course->defaultCapacity) -
                               m_thresholds.begin());
    }
    m_thresholdFree.assign(m_thresholds.size(), SlotDays{});
    for (std::size_t k = 0; k < m_thresholds.size(); ++k) {
        for (const VenueSupply &v : m_venues) {
            if (v.venue->seats < m_thresholds[k])
                continue;
            for (int m = 0; m < Months; ++m) {
                for (int s = 0; s < Slots; ++s)
                    m_thresholdFree[k][m][s] += v.free[m][s];
            }
        }
    }
}

// Chvátal–Gomory cuts of a capacity row sum(a_i x_i) <= capacity over integer x >= 0:
// divided by each distinct a, coefficients and right-hand side rounded down. Only where
// the row can bind at all.
void Planning::addCuts(Model &model, const std::vector<std::pair<Col, double>> &terms,
                       double capacity)
{
    if (terms.empty())
        return;
    double most = 0;
    std::set<double> divisors;
    for (const auto &[c, a] : terms) {
        most += a * model.master->colUpperBound(c);
        divisors.insert(a);
    }
    if (most <= capacity + Tol)
        return;
    for (double d : divisors) {
        const double rhs = std::floor(capacity / d + Tol);
        if (rhs * d >= capacity - Tol && divisors.size() == 1)
            continue; // already integral: the row itself says as much
        Expr e;
        for (const auto &[c, a] : terms) {
            if (const double k = std::floor(a / d + Tol); k > 0)
                e += k * c;
        }
        model.master->addRow(-Inf, e, rhs);
    }
}

// Builds the subproblem and the profiled master (the months-free master is its copy).
void Planning::buildModel(Model &model)
{
    model.master = std::make_unique<lemon::Lp>();
    lemon::Lp &lp = m_sub.lp;
    lemon::Lp &master = *model.master;
    lp.messageLevel(lemon::LpBase::MESSAGE_NOTHING);
    master.messageLevel(lemon::LpBase::MESSAGE_NOTHING);
    const std::size_t nc = m_courses.size();
    const std::size_t nt = m_tracks.size();
    m_sub.staffRow.assign(nc, {});
    m_sub.staffSlack.assign(nc, {});
    m_sub.venueSlack.assign(nc, {});
    model.trained.assign(nt, std::nullopt);
    model.certified.assign(nt, std::nullopt);
    m_sub.excess.assign(nt, {});

    const auto col = [&](double lo, double hi) {
        const Col c = lp.addCol();
        lp.colBounds(c, lo, hi);
        const std::size_t id = std::size_t(lemon::Lp::id(c));
        if (m_sub.cols.size() <= id) {
            m_sub.cols.resize(id + 1, c);
            m_sub.colTerms.resize(id + 1);
        }
        m_sub.cols[id] = c;
        return c;
    };
    const auto subRow = [&](double lo, const Expr &e, double hi) {
        const Row r = lp.addRow(lo, e, hi);
        const std::size_t id = std::size_t(lemon::Lp::id(r));
        if (m_sub.rows.size() <= id) {
            m_sub.rows.resize(id + 1, r);
            m_sub.rowTerms.resize(id + 1);
        }
        m_sub.rows[id] = r;
        for (Expr::ConstCoeffIt t(e); t != lemon::INVALID; ++t) {
            if (*t == 0)
                continue;
            const int c = lemon::Lp::id(Col(t));
            m_sub.rowTerms[id].push_back({c, *t});
            m_sub.colTerms[std::size_t(c)].push_back({int(id), *t});
        }
        return r;
    };
    const auto masterCol = [&](double lo, double hi) {
        const Col c = master.addCol();
        master.colBounds(c, lo, hi);
        return c;
    };

    // The cohorts: X per course (integer), x per course and month (continuous). Each X
    // is bounded by its course's cap and by what the year's qualified supply and fitting
    // venues could hold if they served that course alone, rounded down: valid for every
    // integer plan, and it closes most of the gap a fractional cohort would open in the
    // relaxation.
    model.intIndex.assign(nc, -1);
    m_sub.months.assign(nc, {});
    m_sub.spread.assign(nc, std::nullopt);
    for (std::size_t c = 0; c < nc; ++c) {
        ModelCourse &mc = m_courses[c];
        if (mc.cap <= 0)
            continue;
        double ub = mc.cap;
        double staff = 0;
        for (const Supply &s : m_supply) {
            double year = 0;
            for (int m = 0; m < Months; ++m)
                year += monthSupply(s, m,
                                    [&](int set) { return has(m_sets[std::size_t(set)], mc.bit); });
            staff += s.count * std::min(year, yearCapOf(s));
        }
        ub = std::min(ub, std::floor(staff / mc.staffDays + Tol));
        if (!mc.online) {
            double venue = Inf;
            for (int sl = 0; sl < Slots; ++sl) {
                if (!(patternOf(*mc.course) & (1 << sl)))
                    continue;
                double year = 0;
                for (int m = 0; m < Months; ++m)
                    year += m_thresholdFree[std::size_t(mc.threshold)][m][sl];
                venue = std::min(venue, year);
            }
            ub = std::min(ub, std::floor(venue / std::max(1, mc.course->days) + Tol));
        }
        const Col xc = masterCol(0, std::max(0.0, ub));
        model.intIndex[c] = int(model.ints.size());
        model.ints.push_back(xc);
        model.courseOf.push_back(c);
        Expr spread;
        for (int m = 0; m < Months; ++m) {
            if (m_year.openDays[m] <= 0)
                continue;
            m_sub.months[c][m] = col(0, Inf);
            spread += *m_sub.months[c][m];
        }
        m_sub.spread[c] = subRow(-Inf, spread, std::max(0.0, ub));
    }
    model.lambda = masterCol(0, 1);
    const auto x = [&](std::size_t c, int m) { return m_sub.months[c][m]; };
    const auto cohorts = [&](std::size_t c) -> std::optional<Col> {
        const int i = model.intIndex[c];
        if (i < 0)
            return std::nullopt;
        return model.ints[std::size_t(i)];
    };

    // Instructors: classes, pools, demand.
    std::map<std::pair<int, int>, Expr> poolSupply; // (month, set) -> days
    for (const Supply &s : m_supply) {
        std::vector<Col> cols;
        for (const SupplyVar &v : s.vars) {
            cols.push_back(col(0, v.ub * s.count));
            poolSupply[{v.month, v.set}] += cols.back();
        }
        for (const SupplyRow &r : s.rows) {
            Expr e;
            for (int v : r.vars)
                e += cols[std::size_t(v)];
            subRow(-Inf, e, r.rhs * s.count);
        }
    }
    std::vector<std::array<Expr, Months>> staffed(nc);
    for (const auto &[key, supply] : poolSupply) {
        const auto [month, setIndex] = key;
        const Mask &mask = m_sets[std::size_t(setIndex)];
        Expr given;
        Sub::Pool pool;
        for (int bit = 0; bit < int(m_activeCourses.size()); ++bit) {
            if (has(mask, bit))
                ++pool.courses;
            const std::size_t c = std::size_t(m_activeCourses[std::size_t(bit)]);
            if (!has(mask, bit) || (!x(c, month) && m_courses[c].fixedStaff[month] <= 0))
                continue;
            const Col z = col(0, Inf);
            given += z;
            staffed[c][month] += z;
            pool.given.push_back({c, z});
        }
        if (!isEmpty(given)) {
            pool.row = subRow(-Inf, given - supply, 0);
            m_sub.pools[std::size_t(month)].push_back(std::move(pool));
        }
    }
    Expr slacks;
    for (std::size_t c = 0; c < nc; ++c) {
        const ModelCourse &mc = m_courses[c];
        for (int m = 0; m < Months; ++m) {
            const auto xc = x(c, m);
            if (!xc && mc.fixedStaff[m] <= 0)
                continue;
            Expr e;
            e -= staffed[c][m];
            if (xc)
                e += mc.staffDays * *xc;
            if (mc.fixedStaff[m] > 0) {
                const Col s = col(0, mc.fixedStaff[m]);
                m_sub.staffSlack[c][m] = s;
                e -= s;
                slacks += s;
            }
            m_sub.staffRow[c][m] = subRow(-Inf, e, -mc.fixedStaff[m]);
        }
    }

    // Cuts on the instructors: per track and level, the courses of that level and above
    // are taught only by instructors qualified for one of them; their days in the year
    // bound those courses' cohorts.
    for (const ModelTrack &mt : m_tracks) {
        std::set<std::vector<int>> groups;
        for (CourseLevel level :
             {CourseLevel::Foundation, CourseLevel::Intermediate, CourseLevel::Advanced}) {
            std::vector<int> group;
            for (int c : mt.courses) {
                if (m_courses[std::size_t(c)].active &&
                    m_courses[std::size_t(c)].course->level >= level)
                    group.push_back(c);
            }
            if (group.size() > 1)
                groups.insert(group);
        }
        for (const std::vector<int> &group : groups) {
            Mask mask(m_sets.empty() ? 1 : m_sets.front().size(), 0);
            for (int c : group)
                set(mask, m_courses[std::size_t(c)].bit);
            const auto covers = [&](int set) { return intersects(m_sets[std::size_t(set)], mask); };
            std::vector<std::pair<Col, double>> yearTerms;
            for (int c : group) {
                if (const auto xc = cohorts(std::size_t(c)))
                    yearTerms.push_back({*xc, m_courses[std::size_t(c)].staffDays});
            }
            double yearSupply = 0;
            for (const Supply &s : m_supply) {
                double year = 0;
                for (int m = 0; m < Months; ++m)
                    year += monthSupply(s, m, covers);
                yearSupply += std::min(year, yearCapOf(s)) * s.count;
            }
            addCuts(model, yearTerms, yearSupply);
        }
    }

    // Venues: per seat threshold, slot and month (see buildVenues).
    m_sub.venueRows.assign(m_thresholds.size(), {});
    for (std::size_t c = 0; c < nc; ++c) {
        const ModelCourse &mc = m_courses[c];
        for (int m = 0; m < Months; ++m) {
            if (!mc.online && mc.fixedVenue[m] > 0) {
                const Col sv = col(0, mc.fixedVenue[m]);
                m_sub.venueSlack[c][m] = sv;
                slacks += sv;
            }
        }
    }
    for (std::size_t k = 0; k < m_thresholds.size(); ++k) {
        for (int sl = 0; sl < Slots; ++sl) {
            std::vector<std::pair<Col, double>> yearTerms;
            double yearFree = 0;
            for (int c : m_activeCourses) {
                const ModelCourse &mc = m_courses[std::size_t(c)];
                if (mc.online || mc.threshold < int(k) || !(patternOf(*mc.course) & (1 << sl)))
                    continue;
                if (const auto xc = cohorts(std::size_t(c)))
                    yearTerms.push_back({*xc, double(std::max(1, mc.course->days))});
            }
            for (int m = 0; m < Months; ++m) {
                Expr used;
                double fixed = 0;
                bool any = false;
                for (int c : m_activeCourses) {
                    const ModelCourse &mc = m_courses[std::size_t(c)];
                    if (mc.online || mc.threshold < int(k) || !(patternOf(*mc.course) & (1 << sl)))
                        continue;
                    if (const auto xc = x(std::size_t(c), m)) {
                        used += double(std::max(1, mc.course->days)) * *xc;
                        any = true;
                    }
                    if (mc.fixedVenue[m] > 0) {
                        fixed += mc.fixedVenue[m];
                        used -= *m_sub.venueSlack[std::size_t(c)][m];
                        any = true;
                    }
                }
                yearFree += m_thresholdFree[k][m][sl];
                if (any)
                    m_sub.venueRows[k][m][sl] =
                        subRow(-Inf, used, m_thresholdFree[k][m][sl] - fixed);
            }
            addCuts(model, yearTerms, yearFree);
        }
    }
    if (!isEmpty(slacks))
        m_sub.slackRow = subRow(-Inf, slacks, Inf);

    // The profile (subproblem), the targets (master).
    for (std::size_t t = 0; t < nt; ++t) {
        const ModelTrack &mt = m_tracks[t];
        Expr trained, certified;
        for (int c : mt.courses) {
            const ModelCourse &mc = m_courses[std::size_t(c)];
            if (const auto xc = cohorts(std::size_t(c))) {
                trained += mc.trainedPerCohort * *xc;
                certified += mc.certifiedPerCohort * *xc;
            }
        }
        for (int m = 0; m < Months; ++m) {
            Expr month;
            for (int c : mt.courses) {
                if (const auto xc = x(std::size_t(c), m))
                    month += *xc;
            }
            if (isEmpty(month))
                continue;
            const Col e = col(0, Inf);
            m_sub.excess[t][m] = e;
            subRow(-Inf, month - e, mt.monthCap[m]);
        }
        if (mt.targetTrained > 0) {
            master.addRow(-Inf, mt.targetTrained * model.lambda - trained, mt.plannedTrained);
            const Col r = masterCol(0, mt.targetTrained);
            model.trained[t] = r;
            master.addRow(-Inf, r - trained, mt.plannedTrained);
        }
        if (mt.targetCertified > 0) {
            master.addRow(-Inf, mt.targetCertified * model.lambda - certified, mt.plannedCertified);
            const Col r = masterCol(0, mt.targetCertified);
            model.certified[t] = r;
            master.addRow(-Inf, r - certified, mt.plannedCertified);
        }
    }
    for (const ModelTrack &mt : m_tracks) {
        Expr sum;
        double most = 0;
        std::vector<int> columns;
        for (int c : mt.courses) {
            if (const auto xc = cohorts(std::size_t(c))) {
                sum += *xc;
                most += master.colUpperBound(*xc);
                columns.push_back(model.intIndex[std::size_t(c)]);
            }
        }
        if (columns.size() < 2)
            continue;
        const Col total = masterCol(0, most);
        master.addRow(0, total - sum, 0);
        model.ints.push_back(total);
        model.totals.push_back(std::move(columns));
    }
    for (auto &month : m_sub.pools) {
        std::stable_sort(month.begin(), month.end(), [](const Sub::Pool &a, const Sub::Pool &b) {
            return a.courses < b.courses;
        });
    }
    lp.max();
    master.max();
}

double Planning::trainedOf(const Model &model, int t, const std::vector<double> &x) const
{
    const ModelTrack &mt = m_tracks[std::size_t(t)];
    double v = mt.plannedTrained;
    for (int c : mt.courses) {
        if (const int i = model.intIndex[std::size_t(c)]; i >= 0)
            v += m_courses[std::size_t(c)].trainedPerCohort * x[std::size_t(i)];
    }
    return v;
}

double Planning::certifiedOf(const Model &model, int t, const std::vector<double> &x) const
{
    const ModelTrack &mt = m_tracks[std::size_t(t)];
    double v = mt.plannedCertified;
    for (int c : mt.courses) {
        if (const int i = model.intIndex[std::size_t(c)]; i >= 0)
            v += m_courses[std::size_t(c)].certifiedPerCohort * x[std::size_t(i)];
    }
    return v;
}

double Planning::shareOf(const Model &model, int t, const std::vector<double> &x) const
{
    const ModelTrack &mt = m_tracks[std::size_t(t)];
    double share = 1;
    if (mt.targetTrained > 0)
        share = std::min(share, trainedOf(model, t, x) / mt.targetTrained);
    if (mt.targetCertified > 0)
        share = std::min(share, certifiedOf(model, t, x) / mt.targetCertified);
    return share;
}

double Planning::minShare(const Model &model, const std::vector<double> &x) const
{
    double share = 1;
    for (std::size_t t = 0; t < m_tracks.size(); ++t)
        share = std::min(share, shareOf(model, int(t), x));
    return share;
}

double Planning::totalOf(const Model &model, const std::vector<double> &x) const
{
    double total = 0;
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        const ModelTrack &mt = m_tracks[t];
        if (mt.targetTrained > 0)
            total += std::min(double(mt.targetTrained), trainedOf(model, int(t), x));
        if (mt.targetCertified > 0)
            total += std::min(double(mt.targetCertified), certifiedOf(model, int(t), x));
    }
    return total;
}

double Planning::cohortsIn(const Model &model, int t, int m) const
{
    double n = 0;
    for (int c : m_tracks[std::size_t(t)].courses)
        n += model.monthly[std::size_t(c)][m];
    return n;
}

void Planning::useProfile(bool profiled)
{
    if (m_sub.profiled == profiled)
        return;
    m_sub.profiled = profiled;
    // Freeing the months keeps the basis primal feasible: the primal simplex goes on
    // from there.
    if (!profiled)
        m_sub.objectiveChanged = true;
    for (const auto &track : m_sub.excess) {
        for (const auto &e : track) {
            if (e)
                m_sub.lp.colUpperBound(*e, profiled ? 0 : Inf);
        }
    }
}

// After a change of objective the basis is no longer dual feasible, so the primal simplex;
// after changes of bounds alone, the dual. GLPK's dual simplex gives up on some bases: the
// other then.
bool Planning::solveSub()
{
    lemon::Lp &lp = m_sub.lp;
    auto status = m_sub.objectiveChanged ? lp.solve() : lp.solveDual();
    if (status != lemon::Lp::SOLVED)
        status = m_sub.objectiveChanged ? lp.solveDual() : lp.solve();
    m_sub.objectiveChanged = false;
    return status == lemon::Lp::SOLVED && lp.primalType() == lemon::Lp::OPTIMAL;
}

void Planning::setSubObjective(SubObjective objective)
{
    if (m_sub.objective == int(objective))
        return;
    m_sub.objective = int(objective);
    m_sub.objectiveChanged = true;
    lemon::Lp &lp = m_sub.lp;
    for (std::size_t c = 0; c < m_courses.size(); ++c) {
        const ModelCourse &mc = m_courses[c];
        double perCohort = 0;
        if (objective == SubObjective::Fit)
            perCohort = 1;
        else if (objective == SubObjective::Yield)
            perCohort = mc.trainedPerCohort + mc.certifiedPerCohort;
        for (int m = 0; m < Months; ++m) {
            if (m_sub.months[c][m])
                lp.objCoeff(*m_sub.months[c][m], perCohort);
            if (m_sub.staffSlack[c][m])
                lp.objCoeff(*m_sub.staffSlack[c][m],
                            objective == SubObjective::LeastSlack ? -1 : 0);
            if (m_sub.venueSlack[c][m])
                lp.objCoeff(*m_sub.venueSlack[c][m],
                            objective == SubObjective::LeastSlack ? -1 : 0);
        }
    }
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        for (int m = 0; m < Months; ++m) {
            if (m_sub.excess[t][m])
                lp.objCoeff(*m_sub.excess[t][m], objective == SubObjective::LeastExcess ? -1 : 0);
        }
    }
}

// Whether the courses' totals x fit the months and resources. If not, the subproblem's
// duals give a cut the master keeps: with pi the duals of the rows "cohort-months of c <=
// X_c" and V the most cohort-months that fit, V(X) <= sum(pi_c X_c) + K for every X (the
// dual's feasible set does not depend on X), and a plan needs V(X) = sum(X_c); so
// sum((1 - pi_c) X_c) <= K, which this x breaks.
Fit Planning::fits(Model &model, const std::vector<double> &x)
{
    lemon::Lp &lp = m_sub.lp;
    if (model.subSolves >= m_in.subproblemLimit)
        return Fit::Stop;
    ++model.subSolves;
    useProfile(model.profiled);
    setSubObjective(SubObjective::Fit);
    double wanted = 0;
    for (std::size_t i = 0; i < model.courseOf.size(); ++i) {
        lp.rowUpperBound(*m_sub.spread[model.courseOf[i]], x[i]);
        wanted += x[i];
    }
    if (!solveSub())
        return Fit::Stop; // cannot judge: stop rather than take it

    // A point within FitTol of fitting fits; a cut keeps only CutTol of slack, so every
    // point it rejects is cut off by a margin and the master moves.
    const double got = lp.primal();
    if (got >= wanted - FitTol * std::max(1.0, wanted))
        return Fit::Yes;
    Expr cut;
    double rhs = got + CutTol * std::max(1.0, wanted);
    for (std::size_t i = 0; i < model.courseOf.size(); ++i) {
        const double pi = std::clamp(lp.dual(*m_sub.spread[model.courseOf[i]]), 0.0, 1.0);
        cut += (1.0 - pi) * model.ints[i];
        rhs -= pi * x[i];
    }
    model.master->addRow(-Inf, cut, rhs);
    return Fit::No;
}

// Places the courses' totals x (per course column) greedily into the months and the
// resources, from a solution without new cohorts (stage 0's, which holds the planned
// cohorts' days at their least slack), and checks the result against every row and bound
// of the subproblem LP as it stands. What it placed goes to m_placement; true if every
// cohort of x was placed. A placement that passes the check is a solution of the LP, so
// it proves that what it placed fits, as fits() would (an answer of no proves nothing).
// Chunks of each course go round the months (a fresh start each round) and draw on the
// pools of the fewest courses first, so that versatile instructors stay free.
bool Planning::place(const Model &model, const std::vector<double> &x)
{
    m_placement.valid = false;
    lemon::Lp &lp = m_sub.lp;
    useProfile(model.profiled);
    const std::size_t n = model.courseOf.size();
    for (std::size_t i = 0; i < n; ++i)
        lp.rowUpperBound(*m_sub.spread[model.courseOf[i]], x[i]);
    const std::size_t rows = m_sub.rows.size(), cols = m_sub.cols.size();
    std::vector<double> rowLo(rows), rowHi(rows), colLo(cols), colHi(cols);
    for (std::size_t r = 0; r < rows; ++r) {
        rowLo[r] = lp.rowLowerBound(m_sub.rows[r]);
        rowHi[r] = lp.rowUpperBound(m_sub.rows[r]);
    }
    for (std::size_t c = 0; c < cols; ++c) {
        colLo[c] = lp.colLowerBound(m_sub.cols[c]);
        colHi[c] = lp.colUpperBound(m_sub.cols[c]);
    }
    std::vector<double> value = m_sub.base;
    value.resize(cols, 0.0);
    std::vector<double> activity(rows, 0.0);
    for (std::size_t r = 0; r < rows; ++r) {
        for (const auto &[c, a] : m_sub.rowTerms[r])
            activity[r] += a * value[std::size_t(c)];
    }
    const auto add = [&](int c, double delta) {
        value[std::size_t(c)] += delta;
        for (const auto &[r, a] : m_sub.colTerms[std::size_t(c)])
            activity[std::size_t(r)] += a * delta;
    };
    // How far column c can rise with every row it tightens (but `except`) held.
    const auto room = [&](int c, int except) {
        double most = colHi[std::size_t(c)] - value[std::size_t(c)];
        for (const auto &[r, a] : m_sub.colTerms[std::size_t(c)]) {
            if (a > 0 && r != except)
                most = std::min(most, (rowHi[std::size_t(r)] - activity[std::size_t(r)]) / a);
        }
        return std::max(0.0, most);
    };
    constexpr double Eps = 1e-9;
    // Up to `want` cohort-months of course c in month m; what it placed.
    const auto placeAt = [&](std::size_t c, int m, double want) {
        const int xc = lemon::Lp::id(*m_sub.months[c][m]);
        const int staff = lemon::Lp::id(*m_sub.staffRow[c][m]);
        double a = std::min(want, room(xc, staff));
        if (a <= Eps)
            return 0.0;
        const double k = m_courses[c].staffDays;
        const double need = k * a - (rowHi[std::size_t(staff)] - activity[std::size_t(staff)]);
        double got = 0;
        for (const Sub::Pool &pool : m_sub.pools[std::size_t(m)]) {
            if (got >= need - Eps)
                break;
            const auto z = std::find_if(pool.given.begin(), pool.given.end(),
                                        [&](const auto &g) { return g.first == c; });
            if (z == pool.given.end())
                continue;
            const int zc = lemon::Lp::id(z->second);
            const int pr = lemon::Lp::id(pool.row);
            // The pool's days not given yet, then its instructors' still free.
            if (const double t =
                    std::min(need - got, rowHi[std::size_t(pr)] - activity[std::size_t(pr)]);
                t > Eps) {
                add(zc, t);
                got += t;
            }
            for (const auto &[sc, coefficient] : m_sub.rowTerms[std::size_t(pr)]) {
                if (got >= need - Eps)
                    break;
                if (coefficient >= 0)
                    continue; // a course's z
                const double t = std::min(need - got, room(sc, -1));
                if (t > Eps) {
                    add(sc, t);
                    add(zc, t);
                    got += t;
                }
            }
        }
        if (need > 0 && got < need)
            a = std::max(0.0, a - (need - got) / k);
        if (a <= Eps)
            return 0.0;
        add(xc, a);
        return a;
    };
    // Whole cohorts first (the months then read as cohorts where resources allow), then
    // quarters of what is left.
    std::vector<double> left(x.begin(), x.begin() + std::ptrdiff_t(n));
    for (const double chunk : {1.0, 0.25}) {
        for (int round = 0; round < 256; ++round) {
            bool progress = false;
            for (std::size_t i = 0; i < n; ++i) {
                const std::size_t c = model.courseOf[i];
                for (int k = 0; k < Months && left[i] > Eps; ++k) {
                    const int m = (k + round + int(i)) % Months;
                    if (!m_sub.months[c][m] || !m_sub.staffRow[c][m])
                        continue;
                    const double got = placeAt(c, m, std::min(chunk, left[i]));
                    left[i] -= got;
                    progress = progress || got > Eps;
                }
            }
            if (!progress)
                break;
        }
    }

    // The check: every row and bound from scratch, within the LP's own tolerance.
    const auto within = [](double v, double lo, double hi) {
        return v >= lo - 1e-7 * std::max(1.0, std::abs(lo)) &&
               v <= hi + 1e-7 * std::max(1.0, std::abs(hi));
    };
    for (std::size_t c = 0; c < cols; ++c) {
        if (!within(value[c], colLo[c], colHi[c]))
            return false;
    }
    for (std::size_t r = 0; r < rows; ++r) {
        double v = 0;
        for (const auto &[c, a] : m_sub.rowTerms[r])
            v += a * value[std::size_t(c)];
        if (!within(v, rowLo[r], rowHi[r]))
            return false;
    }
    m_placement.valid = true;
    m_placement.placed.assign(n, 0.0);
    m_placement.monthly.assign(m_courses.size(), std::array<double, Months>{});
    m_placement.staffShort.assign(m_courses.size(), std::array<double, Months>{});
    m_placement.venueShort.assign(m_courses.size(), std::array<double, Months>{});
    for (std::size_t c = 0; c < m_courses.size(); ++c) {
        for (int m = 0; m < Months; ++m) {
            if (const auto &col = m_sub.months[c][m])
                m_placement.monthly[c][m] = std::max(0.0, value[std::size_t(lemon::Lp::id(*col))]);
            if (const auto &col = m_sub.staffSlack[c][m])
                m_placement.staffShort[c][m] = value[std::size_t(lemon::Lp::id(*col))];
            if (const auto &col = m_sub.venueSlack[c][m])
                m_placement.venueShort[c][m] = value[std::size_t(lemon::Lp::id(*col))];
        }
    }
    bool all = true;
    for (std::size_t i = 0; i < n; ++i) {
        for (int m = 0; m < Months; ++m)
            m_placement.placed[i] += m_placement.monthly[model.courseOf[i]][m];
        all = all && m_placement.placed[i] >= x[i] - FitTol * std::max(1.0, x[i]);
    }
    return all;
}

// The courses' columns x with each track's total column after them.
std::vector<double> Planning::withTotals(const Model &model, std::vector<double> x) const
{
    x.resize(model.courseOf.size());
    for (const std::vector<int> &columns : model.totals) {
        double total = 0;
        for (int i : columns)
            total += x[std::size_t(i)];
        x.push_back(total);
    }
    return x;
}

bool Planning::solve(Model &model, const std::vector<double> &start)
{
    lemon::Lp &lp = *model.master;
    const auto objective = [&](double lambda, double perReached) {
        lp.objCoeff(model.lambda, lambda);
        for (std::size_t t = 0; t < m_tracks.size(); ++t) {
            if (model.trained[t])
                lp.objCoeff(*model.trained[t], perReached);
            if (model.certified[t])
                lp.objCoeff(*model.certified[t], perReached);
        }
    };

    // Stage 0: the planned cohorts' days nobody can cover, at their least (no new
    // cohorts: a plain LP).
    if (m_sub.slackRow && !m_slackFixed) {
        for (std::size_t i = 0; i < model.courseOf.size(); ++i)
            m_sub.lp.rowUpperBound(*m_sub.spread[model.courseOf[i]], 0);
        setSubObjective(SubObjective::LeastSlack);
        if (!solveSub())
            return false;
        m_minSlack = std::max(0.0, -m_sub.lp.primal());
        m_sub.lp.rowUpperBound(*m_sub.slackRow, m_minSlack + Tol);
        m_slackFixed = true;
        m_sub.base.resize(m_sub.cols.size());
        for (std::size_t c = 0; c < m_sub.cols.size(); ++c)
            m_sub.base[c] = m_sub.lp.primal(m_sub.cols[c]);
    }
    const auto fit = [&](const std::vector<double> &x) { return fits(model, x); };

    // The first plan, unless given: every course's share of the cohorts needed (within
    // its bounds) if place() fits them all, else what it placed, rounded down (fewer
    // cohorts only free resources), else none. When the needed cohorts fit, the root's
    // bound is their value and the search ends there, without a subproblem.
    std::vector<double> begin = start;
    if (begin.empty()) {
        std::vector<double> wanted(model.courseOf.size());
        for (std::size_t i = 0; i < wanted.size(); ++i)
            wanted[i] = lp.colUpperBound(model.ints[i]);
        const bool all = model.profiled && place(model, wanted);
        begin.assign(wanted.size(), 0.0);
        for (std::size_t i = 0; i < wanted.size() && m_placement.valid; ++i) {
            const double placed = m_placement.placed[i];
            begin[i] =
                all ? wanted[i]
                    : std::min(wanted[i], std::floor(placed + FitTol * std::max(1.0, placed)));
        }
        begin = withTotals(model, begin);
    }

    // Stage 1: the smallest fraction of a target.
    objective(1, 0);
    const auto first = branchAndBound(
        lp, model.ints, fit,
        [&](const std::vector<double> &x) { return std::optional<double>(minShare(model, x)); },
        false, m_in.nodeLimit, begin);
    model.nodes += first.nodes;
    model.proved = model.proved && first.proved;
    model.shareBound = std::min(1.0, first.bound);
    if (!first.found)
        return false;
    const double lambda = std::min(1.0, minShare(model, first.x));
    lp.colLowerBound(model.lambda, std::max(0.0, lambda - Tol));

    // Stage 2: the total, the smallest fraction held.
    objective(0, 1);
    auto second = branchAndBound(
        lp, model.ints, fit,
        [&](const std::vector<double> &x) -> std::optional<double> {
            if (minShare(model, x) < lambda - Tol)
                return std::nullopt;
            return totalOf(model, x);
        },
        false, m_in.nodeLimit, first.x);
    model.nodes += second.nodes;
    model.proved = model.proved && second.proved;
    model.totalBound = second.bound;
    model.x = second.found ? second.x : first.x;
    return true;
}

// Cohorts the targets do not need (every one of them adds nothing once a track is at its
// target) are taken out, so the months show the plan, not the solver's indifference.
// Taking a cohort out only frees days and slots: the plan stays feasible.
void Planning::dropSurplus(Model &model)
{
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        const ModelTrack &mt = m_tracks[t];
        std::vector<int> courses = mt.courses;
        std::sort(courses.begin(), courses.end(), [&](int a, int b) {
            return m_courses[std::size_t(a)].trainedPerCohort <
                   m_courses[std::size_t(b)].trainedPerCohort;
        });
        bool changed = true;
        while (changed) {
            changed = false;
            const double trained =
                std::min(double(mt.targetTrained), trainedOf(model, int(t), model.x));
            const double certified =
                std::min(double(mt.targetCertified), certifiedOf(model, int(t), model.x));
            for (int c : courses) {
                const int i = model.intIndex[std::size_t(c)];
                if (i < 0 || model.x[std::size_t(i)] < 1)
                    continue;
                model.x[std::size_t(i)] -= 1;
                if (std::min(double(mt.targetTrained), trainedOf(model, int(t), model.x)) >=
                        trained - Tol &&
                    std::min(double(mt.targetCertified), certifiedOf(model, int(t), model.x)) >=
                        certified - Tol)
                    changed = true;
                else
                    model.x[std::size_t(i)] += 1;
                if (changed)
                    break;
            }
        }
    }
}

void Planning::report(CapacityResult &result)
{
    // Supply per track and month (each resource's own, shared between tracks).
    std::vector<Mask> trackMask(m_tracks.size(), Mask((m_activeCourses.size() + 63) / 64, 0));
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        for (int c : m_tracks[t].courses) {
            if (m_courses[std::size_t(c)].bit >= 0)
                set(trackMask[t], m_courses[std::size_t(c)].bit);
        }
    }
    std::vector<std::array<double, Months>> staffAvailable(m_tracks.size(),
                                                           std::array<double, Months>{});
    std::vector<double> staffYear(m_tracks.size(), 0.0);
    for (const Supply &s : m_supply) {
        for (std::size_t t = 0; t < m_tracks.size(); ++t) {
            const auto forTrack = [&](int set) {
                return intersects(m_sets[std::size_t(set)], trackMask[t]);
            };
            double year = 0;
            for (int m = 0; m < Months; ++m) {
                const double days = monthSupply(s, m, forTrack);
                staffAvailable[t][m] += days * s.count;
                year += days;
            }
            staffYear[t] += std::min(year, yearCapOf(s)) * s.count;
        }
    }

    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        const ModelTrack &mt = m_tracks[t];
        TrackCapacity tc;
        tc.trackId = mt.track->id;
        tc.name = mt.track->name;
        tc.targetTrained = mt.targetTrained;
        tc.targetCertified = mt.targetCertified;
        tc.plannedTrained = mt.plannedTrained;
        tc.plannedCertified = mt.plannedCertified;
        tc.reachableTrained =
            std::min(double(mt.targetTrained), trainedOf(m_profiled, int(t), m_profiled.x));
        tc.reachableCertified =
            std::min(double(mt.targetCertified), certifiedOf(m_profiled, int(t), m_profiled.x));
        tc.reachableShare = shareOf(m_profiled, int(t), m_profiled.x);
        tc.reachableShareMonthsFree = shareOf(m_free, int(t), m_free.x);
        tc.cohortsNeeded = mt.need;
        tc.cohortsPlanned = mt.cohortsPlanned;
        tc.instructorDaysAvailable = staffYear[t];
        double seatsPerCohort = 0;
        for (int c : mt.courses) {
            const ModelCourse &mc = m_courses[std::size_t(c)];
            seatsPerCohort += mc.share * mc.course->defaultCapacity;
            CourseCapacity cc;
            cc.courseId = mc.course->id;
            cc.share = mc.share;
            cc.cohortsNeeded = mc.cap;
            if (const int i = m_profiled.intIndex[std::size_t(c)]; i >= 0)
                cc.newCohorts = int(std::lround(m_profiled.x[std::size_t(i)]));
            if (const int i = m_free.intIndex[std::size_t(c)]; i >= 0)
                cc.newCohortsMonthsFree = int(std::lround(m_free.x[std::size_t(i)]));
            tc.newCohorts += cc.newCohorts;
            tc.courses.push_back(cc);
        }
        tc.seatsNeeded = ceilOf(mt.needExact * seatsPerCohort);

        // Venues that seat at least one of the track's in-person courses.
        int smallest = std::numeric_limits<int>::max();
        for (int c : mt.courses) {
            if (!m_courses[std::size_t(c)].online)
                smallest = std::min(smallest, m_courses[std::size_t(c)].course->defaultCapacity);
        }
        for (int m = 0; m < Months; ++m) {
            CapacityMonth &cm = tc.months[std::size_t(m)];
            cm.cohortsNeeded = mt.weight[m] * mt.need;
            cm.instructorDaysAvailable = staffAvailable[t][m];
            int pattern = 0;
            for (int c : mt.courses) {
                const ModelCourse &mc = m_courses[std::size_t(c)];
                const double cohorts = mc.share * mt.need * mt.weight[m];
                cm.instructorDaysNeeded += cohorts * mc.staffDays + mc.fixedStaff[m];
                if (!mc.online) {
                    cm.venueSlotDaysNeeded +=
                        (cohorts * std::max(1, mc.course->days) + mc.fixedVenue[m]) * mc.slotCount;
                    pattern |= patternOf(*mc.course);
                }
            }
            for (const VenueSupply &v : m_venues) {
                if (v.venue->seats < smallest)
                    continue;
                for (int s = 0; s < Slots; ++s) {
                    if (pattern & (1 << s))
                        cm.venueSlotDaysAvailable += v.free[m][s];
                }
            }
            cm.newCohorts = cohortsIn(m_profiled, int(t), m);
            cm.newCohortsMonthsFree = cohortsIn(m_free, int(t), m);
            tc.instructorDaysNeeded += cm.instructorDaysNeeded;
        }
        result.tracks.push_back(std::move(tc));
    }
}

void Planning::findBottlenecks(CapacityResult &result)
{
    std::vector<Bottleneck> found;
    const auto trackName = [&](std::size_t t) { return m_tracks[t].track->name; };
    const auto xOf = [&](std::size_t c, int m) { return m_profiled.monthly[c][m]; };

    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        const ModelTrack &mt = m_tracks[t];
        const double share = result.tracks[t].reachableShare;
        if (share >= 1 - 1e-9)
            continue;

        // Instructors: per level of the track, the months in which its courses' demand
        // rows have a positive dual.
        for (CourseLevel level :
             {CourseLevel::Foundation, CourseLevel::Intermediate, CourseLevel::Advanced}) {
            std::vector<int> courses;
            for (int c : mt.courses) {
                if (m_courses[std::size_t(c)].course->level == level &&
                    m_courses[std::size_t(c)].active)
                    courses.push_back(c);
            }
            if (courses.empty())
                continue;
            std::array<bool, Months> shortMonths{};
            for (int c : courses) {
                for (int m = 0; m < Months; ++m)
                    shortMonths[m] = shortMonths[m] || m_staffDual[std::size_t(c)][m] > DualTol;
            }
            for (const auto &[first, last] : runsOf(shortMonths)) {
                std::vector<int> shortCourses;
                for (int c : courses) {
                    for (int m = first; m <= last; ++m) {
                        if (m_staffDual[std::size_t(c)][m] > DualTol) {
                            shortCourses.push_back(c);
                            break;
                        }
                    }
                }
                double need = 0, have = 0, leadNeed = 0;
                bool assistants = false;
                for (int c : shortCourses) {
                    const ModelCourse &mc = m_courses[std::size_t(c)];
                    assistants = assistants || mc.assistant;
                    for (int m = first; m <= last; ++m) {
                        const double cohorts = mc.share * mt.need * mt.weight[m];
                        need += cohorts * mc.staffDays + mc.fixedStaff[m];
                        leadNeed += cohorts * std::max(1, mc.course->days) + mc.fixedStaff[m];
                        have += xOf(std::size_t(c), m) * mc.staffDays + mc.fixedStaff[m];
                        have -= m_profiled.staffShort[std::size_t(c)][m];
                    }
                }
                if (need - have < 0.5)
                    continue;
                const bool assistantKind = assistants && leadNeed <= have + Tol;
                QString qualification;
                if (shortCourses.size() == courses.size()) {
                    qualification = Tr::tr("%1 %2", "course level, track")
                                        .arg(displayName(level), trackName(t));
                } else {
                    QStringList codes;
                    for (int c : shortCourses)
                        codes << m_courses[std::size_t(c)].course->code;
                    qualification = codes.join(QStringLiteral(", "));
                }
                // What one more qualified instructor brings: the middle of those who hold
                // such a qualification now, or the defaults if nobody does.
                std::vector<double> perPerson;
                for (const Instructor &p : m_in.instructors) {
                    bool qualified = false;
                    for (const Qualification &q : m_in.qualifications) {
                        if (q.instructorId != p.id)
                            continue;
                        for (int c : shortCourses)
                            qualified =
                                qualified || Rules::covers(q, *m_courses[std::size_t(c)].course);
                    }
                    if (qualified)
                        perPerson.push_back(daysOneCanTeach(m_year, p, first, last));
                }
                double one = daysOneCanTeach(m_year, Instructor{}, first, last);
                if (!perPerson.empty()) {
                    std::sort(perPerson.begin(), perPerson.end());
                    one = perPerson[perPerson.size() / 2];
                }
                Bottleneck b;
                b.kind = assistantKind ? BottleneckKind::InstructorsAssistant
                                       : BottleneckKind::InstructorsLead;
                b.trackId = mt.track->id;
                b.resource = assistantKind ? Tr::tr("%1 assistants").arg(qualification)
                                           : Tr::tr("%1 leads").arg(qualification);
                b.firstMonth = first + 1;
                b.lastMonth = last + 1;
                b.need = need;
                b.have = have;
                b.reachableShare = share;
                b.remedyAmount = one > 0 ? ceilOf((need - have) / one) : 0;
                for (int c : shortCourses)
                    b.courseIds.push_back(m_courses[std::size_t(c)].course->id);
                b.remedy = assistantKind ? Tr::tr("%n more qualified assistant(s) for %1 in %2",
                                                  nullptr, b.remedyAmount)
                                               .arg(qualification, monthRange(first, last))
                                         : Tr::tr("%n more qualified lead(s) for %1 in %2", nullptr,
                                                  b.remedyAmount)
                                               .arg(qualification, monthRange(first, last));
                b.explanation =
                    Tr::tr("%1: need %2 instructor-days in %3, have %4 → %5 % of the %6 target "
                           "reachable; remedy: %7.")
                        .arg(b.resource, number(need), monthRange(first, last), number(have))
                        .arg(percent(share))
                        .arg(trackName(t), b.remedy);
                found.push_back(std::move(b));
            }
        }

        // The calendar: a profile that asks too much of some months while others have
        // room. The cohorts to move are those the months-free plan runs beyond the
        // profile, at their fewest (fixPlan), rounded up.
        const double freeShare = result.tracks[t].reachableShareMonthsFree;
        if (freeShare > share + 1e-9) {
            std::array<bool, Months> source{}, target{};
            double excess = 0;
            double need = 0, have = 0;
            for (int m = 0; m < Months; ++m) {
                const double planned = cohortsIn(m_profiled, int(t), m);
                const double free = cohortsIn(m_free, int(t), m);
                if (free > mt.monthCap[m] + 0.05) {
                    target[m] = true;
                    excess += free - mt.monthCap[m];
                }
                // Short of the profile because instructors or venues are: a month to move
                // cohorts out of.
                bool resourcesShort = false;
                for (int c : mt.courses) {
                    const ModelCourse &mc = m_courses[std::size_t(c)];
                    resourcesShort = resourcesShort || m_staffDual[std::size_t(c)][m] > DualTol;
                    for (int k = 0; k <= mc.threshold; ++k)
                        resourcesShort = resourcesShort || m_venueDual[std::size_t(k)][m] > DualTol;
                }
                if (!target[m] && resourcesShort && planned < mt.weight[m] * mt.need - 0.05) {
                    source[m] = true;
                    need += mt.weight[m] * mt.need;
                    have += planned;
                }
            }
            const int moves = ceilOf(excess - 1e-6);
            const auto runs = runsOf(source);
            if (moves > 0 && !runs.empty()) {
                Bottleneck b;
                b.kind = BottleneckKind::Calendar;
                b.trackId = mt.track->id;
                b.resource = Tr::tr("seasonal profile of %1").arg(trackName(t));
                b.firstMonth = runs.front().first + 1;
                b.lastMonth = runs.back().second + 1;
                b.need = need;
                b.have = have;
                b.reachableShare = share;
                b.remedyAmount = moves;
                b.remedy =
                    Tr::tr("move %n cohort(s) to %1", nullptr, moves).arg(monthRanges(target));
                b.explanation =
                    Tr::tr("%1: need %2 cohorts in %3, have %4 → %5 % of the %6 target reachable; "
                           "remedy: %7, which reaches %8 %.")
                        .arg(b.resource, number(need), monthRanges(source), number(have))
                        .arg(percent(share))
                        .arg(trackName(t), b.remedy)
                        .arg(percent(freeShare));
                found.push_back(std::move(b));
            }
        }
    }

    // Venues: the months in which a seat count's rows have a positive dual. Venues are
    // shared by every track, and a venue with s seats seats every smaller course, so one
    // bottleneck per run of such months, named after the seat count short by the most
    // (its need and have) and the track it hurts most; the remedy is venues of the
    // largest seat count short, as many as the worst of them needs.
    std::array<bool, Months> anyShort{};
    for (std::size_t k = 0; k < m_thresholds.size(); ++k) {
        for (int m = 0; m < Months; ++m)
            anyShort[m] = anyShort[m] || m_venueDual[k][m] > DualTol;
    }
    for (const auto &[first, last] : runsOf(anyShort)) {
        Bottleneck b;
        int seats = 0;
        int smallest = std::numeric_limits<int>::max();
        int worst = -1;
        double shortest = 0;
        int named = 0; // the seat count whose need and have are reported
        for (std::size_t k = 0; k < m_thresholds.size(); ++k) {
            bool binds = false;
            for (int m = first; m <= last; ++m)
                binds = binds || m_venueDual[k][m] > DualTol;
            if (!binds)
                continue;
            int slotCount = 1;
            double need = 0, have = 0;
            for (int c : m_activeCourses) {
                const ModelCourse &mc = m_courses[std::size_t(c)];
                if (mc.online || mc.threshold < int(k))
                    continue;
                const double needed = mc.track >= 0 ? m_tracks[std::size_t(mc.track)].need : 0;
                const double share =
                    mc.track >= 0 ? result.tracks[std::size_t(mc.track)].reachableShare : 1;
                if (share < 1 - 1e-9 &&
                    (worst < 0 || share < result.tracks[std::size_t(worst)].reachableShare))
                    worst = mc.track;
                slotCount = std::max(slotCount, mc.slotCount);
                const int days = std::max(1, mc.course->days);
                for (int m = first; m <= last; ++m) {
                    const double weight =
                        mc.track >= 0 ? m_tracks[std::size_t(mc.track)].weight[m] : 0;
                    need += (mc.share * needed * weight * days + mc.fixedVenue[m]) * mc.slotCount;
                    have += (xOf(std::size_t(c), m) * days + mc.fixedVenue[m] -
                             m_profiled.venueShort[std::size_t(c)][m]) *
                            mc.slotCount;
                }
                if (std::find(b.courseIds.begin(), b.courseIds.end(), mc.course->id) ==
                    b.courseIds.end())
                    b.courseIds.push_back(mc.course->id);
            }
            if (need - have < 0.5)
                continue;
            double perVenue = 0;
            for (int m = first; m <= last; ++m)
                perVenue += double(m_year.openDays[m]) * (Slots / slotCount) * slotCount;
            seats = std::max(seats, m_thresholds[k]);
            smallest = std::min(smallest, m_thresholds[k]);
            b.remedyAmount =
                std::max(b.remedyAmount, perVenue > 0 ? ceilOf((need - have) / perVenue) : 0);
            if (need - have > shortest) {
                shortest = need - have;
                named = m_thresholds[k];
                b.need = need;
                b.have = have;
            }
        }
        if (worst < 0 || seats == 0)
            continue;
        std::map<QString, int> districts;
        for (const VenueSupply &v : m_venues) {
            if (v.venue->seats >= smallest) {
                b.venueIds.push_back(v.venue->id);
                if (!v.venue->district.isEmpty() && v.venue->seats >= seats)
                    ++districts[v.venue->district];
            }
        }
        QString district;
        int most = 0;
        for (const auto &[name, n] : districts) {
            if (n > most) {
                most = n;
                district = name;
            }
        }
        const double share = result.tracks[std::size_t(worst)].reachableShare;
        b.kind = BottleneckKind::VenueSeats;
        b.trackId = m_tracks[std::size_t(worst)].track->id;
        b.resource = Tr::tr("venues with %1 seats").arg(named);
        b.firstMonth = first + 1;
        b.lastMonth = last + 1;
        b.reachableShare = share;
        b.remedy = district.isEmpty()
                       ? Tr::tr("%n more venue(s) with %1 seats in %2", nullptr, b.remedyAmount)
                             .arg(seats)
                             .arg(monthRange(first, last))
                       : Tr::tr("%n more venue(s) with %1 seats in %2, %3", nullptr, b.remedyAmount)
                             .arg(seats)
                             .arg(district, monthRange(first, last));
        b.explanation =
            Tr::tr("%1: need %2 slot-days in %3, have %4 → %5 % of the %6 target reachable; "
                   "remedy: %7.")
                .arg(b.resource, number(b.need), monthRange(first, last), number(b.have))
                .arg(percent(share))
                .arg(trackName(std::size_t(worst)), b.remedy);
        found.push_back(std::move(b));
    }

    // Planned cohorts the staff cannot cover at all.
    if (m_minSlack > 0.5) {
        double staffFixed = 0, staffShort = 0;
        for (std::size_t c = 0; c < m_courses.size(); ++c) {
            for (int m = 0; m < Months; ++m) {
                staffFixed += m_courses[c].fixedStaff[m];
                staffShort += m_profiled.staffShort[c][m];
            }
        }
        if (staffShort > 0.5) {
            const double one = daysOneCanTeach(m_year, Instructor{}, 0, Months - 1);
            Bottleneck b;
            b.kind = BottleneckKind::InstructorsLead;
            b.resource = Tr::tr("leads for planned cohorts");
            b.need = staffFixed;
            b.have = staffFixed - staffShort;
            b.reachableShare = result.minShare;
            b.remedyAmount = ceilOf(staffShort / one);
            b.remedy = Tr::tr("%n more qualified lead(s)", nullptr, b.remedyAmount);
            b.explanation = Tr::tr("%1: need %2 instructor-days, have %3; remedy: %4.")
                                .arg(b.resource, number(b.need), number(b.have), b.remedy);
            found.push_back(std::move(b));
        }
    }

    std::stable_sort(found.begin(), found.end(), [](const Bottleneck &a, const Bottleneck &b) {
        if (a.reachableShare != b.reachableShare)
            return a.reachableShare < b.reachableShare;
        return a.need - a.have > b.need - b.have;
    });
    result.bottlenecks = std::move(found);
}

// The plan's months: X fixed, one subproblem LP for the cohort-months. Months free, the
// fewest cohort-months outside the profile among the distributions of that plan: what
// has to move.
void Planning::fixPlan(Model &model)
{
    lemon::Lp &lp = m_sub.lp;
    // Every cohort of the plan placed, within the tolerance fits() accepted it with.
    const double total = std::accumulate(
        model.x.begin(), model.x.begin() + std::ptrdiff_t(model.courseOf.size()), 0.0);
    for (std::size_t i = 0; i < model.courseOf.size(); ++i) {
        lp.rowUpperBound(*m_sub.spread[model.courseOf[i]], model.x[i]);
        lp.rowLowerBound(*m_sub.spread[model.courseOf[i]],
                         model.x[i] - FitTol * std::max(1.0, total));
    }
    useProfile(model.profiled);
    setSubObjective(model.profiled ? SubObjective::Fit : SubObjective::LeastExcess);
    model.monthly.assign(m_courses.size(), std::array<double, Months>{});
    model.staffShort.assign(m_courses.size(), std::array<double, Months>{});
    model.venueShort.assign(m_courses.size(), std::array<double, Months>{});
    // Within what place() put under the profile: that placement, each course scaled down
    // to the plan (a solution of either LP, with no cohort-month outside the profile).
    bool within = m_placement.valid;
    for (std::size_t i = 0; i < model.courseOf.size() && within; ++i)
        within = model.x[i] <= m_placement.placed[i] + FitTol * std::max(1.0, model.x[i]);
    if (within) {
        for (std::size_t i = 0; i < model.courseOf.size(); ++i) {
            const std::size_t c = model.courseOf[i];
            const double placed = m_placement.placed[i];
            for (int m = 0; m < Months; ++m)
                model.monthly[c][m] =
                    placed > 0 ? m_placement.monthly[c][m] * std::min(1.0, model.x[i] / placed) : 0;
        }
        model.staffShort = m_placement.staffShort;
        model.venueShort = m_placement.venueShort;
        return;
    }
    if (!solveSub()) {
        // Cannot happen: the plan passed fits(). Spread it by the profile.
        model.proved = false;
        for (std::size_t c = 0; c < m_courses.size(); ++c) {
            if (const int i = model.intIndex[c]; i >= 0) {
                for (int m = 0; m < Months; ++m)
                    model.monthly[c][m] = model.x[std::size_t(i)] *
                                          m_tracks[std::size_t(m_courses[c].track)].weight[m];
            }
        }
        return;
    }
    for (std::size_t c = 0; c < m_courses.size(); ++c) {
        for (int m = 0; m < Months; ++m) {
            if (const auto &col = m_sub.months[c][m])
                model.monthly[c][m] = std::max(0.0, lp.primal(*col));
            if (const auto &col = m_sub.staffSlack[c][m])
                model.staffShort[c][m] = lp.primal(*col);
            if (const auto &col = m_sub.venueSlack[c][m])
                model.venueShort[c][m] = lp.primal(*col);
        }
    }
}

CapacityResult Planning::run()
{
    CapacityResult result;
    buildTracksAndCourses();
    buildSupply();
    buildVenues();

    // The profiled plan first, then the months freed: freeing them leaves the
    // subproblem's basis feasible (the other way round costs a long dual simplex).
    m_profiled.profiled = true;
    m_free.profiled = false;
    buildModel(m_profiled);
    m_free.master.reset(m_profiled.master->cloneSolver());
    m_free.ints = m_profiled.ints;
    m_free.intIndex = m_profiled.intIndex;
    m_free.courseOf = m_profiled.courseOf;
    m_free.lambda = m_profiled.lambda;
    m_free.trained = m_profiled.trained;
    m_free.certified = m_profiled.certified;
    useProfile(true);
    // A plan under the profile is one with months free: the search starts from it.
    if (!solve(m_profiled, {}) || !solve(m_free, m_profiled.x)) {
        result.problem = Problem::of(Tr::tr("The capacity model could not be solved."));
        result.exact = false;
        return result;
    }

    // Which resources keep the profiled plan from the cohorts the targets need: the
    // subproblem asked for every course's share of them, valued by what a cohort
    // trains and certifies; a resource row with a positive dual holds it back.
    m_staffDual.assign(m_courses.size(), std::array<double, Months>{});
    m_venueDual.assign(m_thresholds.size(), std::array<double, Months>{});
    bool anyShort = false; // only the tracks short of their target have bottlenecks
    for (std::size_t t = 0; t < m_tracks.size(); ++t)
        anyShort = anyShort || shareOf(m_profiled, int(t), m_profiled.x) < 1 - 1e-9;
    if (anyShort) {
        lemon::Lp &lp = m_sub.lp;
        for (const std::size_t c : m_profiled.courseOf) {
            lp.rowUpperBound(*m_sub.spread[c], m_courses[c].cap);
        }
        useProfile(true);
        setSubObjective(SubObjective::Yield);
        if (solveSub()) {
            for (std::size_t c = 0; c < m_courses.size(); ++c) {
                for (int m = 0; m < Months; ++m) {
                    if (m_sub.staffRow[c][m])
                        m_staffDual[c][m] = lp.dual(*m_sub.staffRow[c][m]);
                }
            }
            for (std::size_t k = 0; k < m_thresholds.size(); ++k) {
                for (int m = 0; m < Months; ++m) {
                    for (int sl = 0; sl < Slots; ++sl) {
                        if (const auto &row = m_sub.venueRows[k][m][sl])
                            m_venueDual[k][m] = std::max(m_venueDual[k][m], lp.dual(*row));
                    }
                }
            }
        }
    }

    dropSurplus(m_profiled);
    dropSurplus(m_free);
    fixPlan(m_profiled);
    fixPlan(m_free);

    result.minShare = minShare(m_profiled, m_profiled.x);
    result.minShareMonthsFree = minShare(m_free, m_free.x);
    result.totalReached = totalOf(m_profiled, m_profiled.x);
    result.totalReachedMonthsFree = totalOf(m_free, m_free.x);
    result.nodes = m_profiled.nodes + m_free.nodes;
    result.subproblems = m_profiled.subSolves + m_free.subSolves;
    result.exact = m_profiled.proved && m_free.proved;
    result.minShareBound = std::max(result.minShare, m_profiled.shareBound);
    result.totalReachedBound = std::max(result.totalReached, m_profiled.totalBound);
    result.feasible = result.minShare >= 1 - 1e-9 && m_minSlack <= 0.5;
    report(result);
    findBottlenecks(result);
    return result;
}

QString checkRates(const CapacityAssumptions &a, const QString &owner)
{
    const std::array<std::pair<double, QString>, 4> rates{
        {{a.fillRate, Tr::tr("fill rate")},
         {a.noShowRate, Tr::tr("no-show rate")},
         {a.completionRate, Tr::tr("completion rate")},
         {a.passRate, Tr::tr("certification pass rate")}}};
    for (const auto &[value, name] : rates) {
        if (!(value >= 0.0 && value <= 1.0))
            return Tr::tr("The %1 of %2 is %3; a rate lies between 0 and 1.")
                .arg(name, owner, QLocale().toString(value));
    }
    return {};
}

} // namespace

CapacityAssumptions withRates(CapacityAssumptions base, const SeatRates &rates)
{
    base.fillRate = rates.fill.value_or(base.fillRate);
    base.noShowRate = rates.noShow.value_or(base.noShowRate);
    base.completionRate = rates.completion.value_or(base.completionRate);
    base.passRate = rates.pass.value_or(base.passRate);
    return base;
}

QString displayName(BottleneckKind kind)
{
    switch (kind) {
    case BottleneckKind::InstructorsLead:
        return Tr::tr("Lead instructors");
    case BottleneckKind::InstructorsAssistant:
        return Tr::tr("Assistant instructors");
    case BottleneckKind::VenueSeats:
        return Tr::tr("Venue seats");
    case BottleneckKind::Calendar:
        return Tr::tr("Calendar");
    }
    return {};
}

Result<> CapacityPlanner::validate(const CapacityInput &in)
{
    if (in.year < 1900 || in.year > 9999)
        return Problem::of(Tr::tr("%1 is no year to plan.").arg(in.year));
    std::unordered_map<Id, const Track *> tracks;
    for (const Track &t : in.tracks)
        tracks[t.id] = &t;
    bool anyTarget = false;
    for (const Target &t : in.targets) {
        if (t.year != in.year)
            continue;
        if (!tracks.count(t.trackId))
            return Problem::of(
                Tr::tr("A target of %1 names a track that is not in the plan.").arg(in.year));
        if (t.trainees < 0 || t.certified < 0)
            return Problem::of(Tr::tr("The %1 target of %2 is negative.")
                                   .arg(in.year)
                                   .arg(tracks[t.trackId]->name));
        anyTarget = anyTarget || t.trainees > 0 || t.certified > 0;
    }
    if (!anyTarget)
        return Problem::of(
            Tr::tr("There are no targets for %1: set how many engineers each track is to train.")
                .arg(in.year));

    if (QString e = checkRates(in.assumptions, Tr::tr("the default assumptions")); !e.isEmpty())
        return Problem::of(e);
    for (const auto &[id, a] : in.trackAssumptions) {
        const auto t = tracks.find(id);
        const QString owner = t != tracks.end() ? t->second->name : Tr::tr("track %1").arg(id);
        if (QString e = checkRates(a, owner); !e.isEmpty())
            return Problem::of(e);
    }
    std::unordered_map<Id, const Course *> courses;
    for (const Course &c : in.courses)
        courses[c.id] = &c;
    for (const auto &[id, a] : in.courseAssumptions) {
        const auto c = courses.find(id);
        const QString owner = c != courses.end() ? c->second->code : Tr::tr("course %1").arg(id);
        if (QString e = checkRates(a, owner); !e.isEmpty())
            return Problem::of(e);
    }

    std::set<Id> targeted;
    for (const Target &t : in.targets) {
        if (t.year == in.year && (t.trainees > 0 || t.certified > 0))
            targeted.insert(t.trackId);
    }
    for (const Course &c : in.courses) {
        if (!targeted.count(c.trackId))
            continue;
        if (c.days < 1)
            return Problem::of(Tr::tr("Course %1 has %2 teaching days; a course has at least one.")
                                   .arg(c.code)
                                   .arg(c.days));
        if (c.defaultCapacity < 1)
            return Problem::of(Tr::tr("Course %1 has %2 seats; a cohort has at least one.")
                                   .arg(c.code)
                                   .arg(c.defaultCapacity));
        const CapacityAssumptions &a = assumptionsOf(in, c);
        if (a.trainedPerSeat() <= 0)
            return Problem::of(Tr::tr("With the rates for %1 nobody completes a cohort: the fill "
                                      "and completion rates "
                                      "must be above 0 and the no-show rate below 1.")
                                   .arg(c.code));
    }
    for (Id t : targeted) {
        if (std::none_of(in.courses.begin(), in.courses.end(),
                         [&](const Course &c) { return c.trackId == t; }))
            return Problem::of(Tr::tr("%1 has a target for %2 but no course to train it.")
                                   .arg(tracks[t]->name)
                                   .arg(in.year));
    }
    for (const auto &[id, w] : in.courseMix) {
        const auto c = courses.find(id);
        const QString code = c != courses.end() ? c->second->code : Tr::tr("course %1").arg(id);
        if (!(w >= 0.0) || !std::isfinite(w))
            return Problem::of(
                Tr::tr("The share of %1 in the course mix is %2; a share is 0 or more.")
                    .arg(code, QLocale().toString(w)));
    }
    for (Id t : targeted) {
        bool given = false;
        double sum = 0;
        for (const Course &c : in.courses) {
            if (c.trackId != t)
                continue;
            if (const auto w = in.courseMix.find(c.id); w != in.courseMix.end()) {
                given = true;
                sum += w->second;
            }
        }
        if (given && sum <= 0)
            return Problem::of(
                Tr::tr("The course mix gives no course of %1 a share.").arg(tracks[t]->name));
    }
    if (in.seasonalProfile) {
        double sum = 0;
        for (int m = 0; m < Months; ++m) {
            const double w = (*in.seasonalProfile)[std::size_t(m)];
            if (!(w >= 0.0) || !std::isfinite(w))
                return Problem::of(
                    Tr::tr("The seasonal profile's weight for %1 is %2; a weight is 0 or more.")
                        .arg(QLocale().monthName(m + 1), QLocale().toString(w)));
            sum += w;
        }
        if (sum <= 0)
            return Problem::of(Tr::tr(
                "The seasonal profile gives every month a weight of 0: no cohort could run."));
    }
    for (const CapacityBlackout &b : in.blackouts) {
        if (!b.from.isValid() || !b.until.isValid())
            return Problem::of(Tr::tr("A blackout needs a first and a last date."));
        if (b.until < b.from)
            return Problem::of(Tr::tr("The blackout %1 ends on %2, before it starts on %3.")
                                   .arg(b.reason.isEmpty() ? Tr::tr("without a reason") : b.reason,
                                        QLocale().toString(b.until, QLocale::ShortFormat),
                                        QLocale().toString(b.from, QLocale::ShortFormat)));
    }
    if (in.assistantsAbove < 0)
        return Problem::of(
            Tr::tr("The cohort size above which an assistant is needed is negative."));
    if (in.nodeLimit < 1 || in.subproblemLimit < 1)
        return Problem::of(Tr::tr("The search needs at least one node."));
    return {};
}

CapacityResult CapacityPlanner::plan(const CapacityInput &input)
{
    if (Result<> valid = validate(input); !valid) {
        CapacityResult result;
        result.problem = valid.problem();
        result.exact = false;
        return result;
    }
    return Planning(input).run();
}

} // namespace Planner

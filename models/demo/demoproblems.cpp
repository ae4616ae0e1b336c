// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demobuilder.h"

#include <algorithm>
#include <map>
#include <set>

namespace Planner::Demo {

namespace {

// ---------------------------------------------------------------------------------------
// Planning problems

// Leave that came in after the timetable was staffed: the reasons say so, because that is
// how such a clash happens in a plan that was once clean.
constexpr const char16_t *LateLeaveReasons[] = {
    u"Family leave (requested after assignment)",
    u"Medical leave (requested after assignment)",
    u"Conference abroad (approved after assignment)",
};
constexpr int LateLeaveCount = int(std::size(LateLeaveReasons));

// Below this many cohorts ahead of asOf, the next plan year's join the pool, so that each
// problem can have a cohort of its own.
constexpr std::size_t MinProblemPool = 12;

// Injects the problems of DemoPlanGenerator::addPlanningProblems. Each problem gets its
// own cohort and instructors that no other problem touched, and each is chosen so that it
// causes the one conflict it stands for and no others (no extra limit overruns, leave
// that misses the instructor's other cohorts, ...): a coordinator should see a few clear
// problems, not a broken plan.
class ProblemMaker
{
public:
    ProblemMaker(const DemoOptions &options, PlanData &plan)
        : m_plan(plan),
          m_asOf(options.asOf.isValid() ? options.asOf : QDate(options.firstYear, 11, 28)),
          m_calendar(plan.calendar), m_rng(options.seed, StreamProblems)
    {}

    void run();

private:
    using SlotKey = qint64;
    static SlotKey keyOf(QDate date, SessionSlot slot)
    {
        return date.toJulianDay() * 4 + qint64(slot);
    }

    void reindex();
    void collectPool();

    // The injections, rarest fit first: a double booking needs two overlapping cohorts.
    void doubleBooking();
    void movedDay();
    void raisedCapacity();
    void lapsingQualification();
    void lateLeave(int k);
    void withdrawnLead();

    bool isFuture(const Cohort &c) const;
    bool available(Id cohortId) const { return !m_used.count(cohortId); }
    bool touched(Id instructorId) const { return m_touched.count(instructorId) > 0; }
    const Cohort &cohort(Id id) const { return m_plan.cohorts[m_cohortAt.at(id)]; }
    Cohort &cohort(Id id) { return m_plan.cohorts[m_cohortAt.at(id)]; }
    const Course *course(Id id) const;
    const Venue *venue(Id id) const;
    QString instructorName(Id id) const;
    const std::vector<QDate> &datesOf(Id cohortId) const;
    const std::vector<SlotKey> &keysOf(Id cohortId) const;
    Id leadOf(Id cohortId) const;
    bool assigned(Id cohortId, Id instructorId) const;
    std::vector<Id> staffOf(Id cohortId) const;
    // The days the instructor teaches, leaving out one cohort (0: none left out).
    std::set<QDate> teachingDays(Id instructorId, Id except) const;
    bool onLeave(Id instructorId, QDate first, QDate last) const;
    bool covers(const Qualification &q, const Course &c) const;
    bool qualifiedOn(Id instructorId, const Course &c, QDate date) const;
    bool withinLimits(Id instructorId, const std::set<QDate> &days) const;
    bool calendarCovers(int year) const;
    // The instructor's qualifications covering the course that are still valid after until.
    std::vector<std::size_t> coveringAfter(Id instructorId, const Course &c, QDate until) const;
    // Ends the rows at until; with a valid renewed date, each starts again as a new row then.
    void renew(const std::vector<std::size_t> &rows, QDate until, QDate renewed);
    // How many of the instructor's other cohorts that would lapse too; -1 if one of them
    // is not ahead of asOf.
    int alsoLapsing(Id instructorId, Id cohortId, const std::vector<std::size_t> &rows, QDate until,
                    QDate renewed);
    static void appendNote(Cohort &c, const QString &note);

    PlanData &m_plan;
    const QDate m_asOf;
    const WorkCalendar m_calendar;
    Rng m_rng;

    std::vector<Id> m_pool; // cohorts ahead of asOf, in id order
    std::set<Id> m_used;    // cohorts that already have a problem
    std::set<Id> m_touched; // instructors that already have a problem

    // Rebuilt after each injection. Ordered maps: iteration order feeds the random draws.
    std::map<Id, std::size_t> m_cohortAt;
    std::map<Id, std::vector<QDate>> m_dates;       // per cohort, sorted, distinct
    std::map<Id, std::vector<SlotKey>> m_keys;      // per cohort, sorted, distinct
    std::map<Id, std::vector<std::size_t>> m_staff; // per cohort, rows of cohortInstructors
    std::map<Id, std::vector<Id>> m_cohortsOf;      // per instructor, cohorts not cancelled
    std::map<Id, std::vector<std::size_t>> m_leavesOf;
    std::map<Id, std::vector<std::size_t>> m_qualificationsOf;
    std::map<Id, std::set<SlotKey>> m_venueBusy; // per physical venue
    std::set<Id> m_waitlisted;                   // cohorts with a waiting list
};

void ProblemMaker::run()
{
    reindex();
    for (const Enrollment &e : m_plan.enrollments) {
        if (e.status == EnrollmentStatus::Waitlisted)
            m_waitlisted.insert(e.cohortId);
    }
    collectPool();
    if (m_pool.empty())
        return;
    doubleBooking();
    movedDay();
    raisedCapacity();
    lapsingQualification();
    for (int k = 0; k < LateLeaveCount; ++k)
        lateLeave(k);
    const int withdrawn = m_rng.between(1, 2);
    for (int k = 0; k < withdrawn; ++k)
        withdrawnLead();
}

void ProblemMaker::reindex()
{
    m_cohortAt.clear();
    for (std::size_t i = 0; i < m_plan.cohorts.size(); ++i)
        m_cohortAt[m_plan.cohorts[i].id] = i;

    m_dates.clear();
    m_keys.clear();
    for (const Session &s : m_plan.sessions) {
        if (!s.date.isValid())
            continue;
        m_dates[s.cohortId].push_back(s.date);
        m_keys[s.cohortId].push_back(keyOf(s.date, s.slot));
    }
    const auto sortUnique = [](auto &values) {
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
    };
    for (auto &entry : m_dates)
        sortUnique(entry.second);
    for (auto &entry : m_keys)
        sortUnique(entry.second);

    m_staff.clear();
    m_cohortsOf.clear();
    for (std::size_t i = 0; i < m_plan.cohortInstructors.size(); ++i) {
        const CohortInstructor &a = m_plan.cohortInstructors[i];
        m_staff[a.cohortId].push_back(i);
        const auto it = m_cohortAt.find(a.cohortId);
        if (it != m_cohortAt.end() && m_plan.cohorts[it->second].status != CohortStatus::Cancelled)
            m_cohortsOf[a.instructorId].push_back(a.cohortId);
    }

    m_leavesOf.clear();
    for (std::size_t i = 0; i < m_plan.leaves.size(); ++i)
        m_leavesOf[m_plan.leaves[i].instructorId].push_back(i);
    m_qualificationsOf.clear();
    for (std::size_t i = 0; i < m_plan.qualifications.size(); ++i)
        m_qualificationsOf[m_plan.qualifications[i].instructorId].push_back(i);

    m_venueBusy.clear();
    for (const Cohort &c : m_plan.cohorts) {
        const Venue *v = venue(c.venueId);
        if (!v || v->online || c.status == CohortStatus::Cancelled)
            continue;
        const auto &keys = keysOf(c.id);
        m_venueBusy[v->id].insert(keys.begin(), keys.end());
    }
}

void ProblemMaker::collectPool()
{
    std::map<int, std::vector<Id>> byYear;
    for (const Cohort &c : m_plan.cohorts) {
        if (isFuture(c))
            byYear[datesOf(c.id).front().year()].push_back(c.id);
    }
    for (const auto &[year, ids] : byYear) {
        m_pool.insert(m_pool.end(), ids.begin(), ids.end());
        if (m_pool.size() >= MinProblemPool)
            break;
    }
    std::sort(m_pool.begin(), m_pool.end());
}

bool ProblemMaker::isFuture(const Cohort &c) const
{
    if (c.status != CohortStatus::Planned && c.status != CohortStatus::Open)
        return false;
    const auto &dates = datesOf(c.id);
    return !dates.empty() && dates.front() > m_asOf;
}

const Course *ProblemMaker::course(Id id) const
{
    const auto it = std::find_if(m_plan.courses.begin(), m_plan.courses.end(),
                                 [id](const Course &c) { return c.id == id; });
    return it == m_plan.courses.end() ? nullptr : &*it;
}

const Venue *ProblemMaker::venue(Id id) const
{
    const auto it = std::find_if(m_plan.venues.begin(), m_plan.venues.end(),
                                 [id](const Venue &v) { return v.id == id; });
    return it == m_plan.venues.end() ? nullptr : &*it;
}

QString ProblemMaker::instructorName(Id id) const
{
    const auto it = std::find_if(m_plan.instructors.begin(), m_plan.instructors.end(),
                                 [id](const Instructor &i) { return i.id == id; });
    return it == m_plan.instructors.end() ? u"#%1"_s.arg(id) : it->name;
}

const std::vector<QDate> &ProblemMaker::datesOf(Id cohortId) const
{
    static const std::vector<QDate> none;
    const auto it = m_dates.find(cohortId);
    return it == m_dates.end() ? none : it->second;
}

const std::vector<ProblemMaker::SlotKey> &ProblemMaker::keysOf(Id cohortId) const
{
    static const std::vector<SlotKey> none;
    const auto it = m_keys.find(cohortId);
    return it == m_keys.end() ? none : it->second;
}

Id ProblemMaker::leadOf(Id cohortId) const
{
    const auto it = m_staff.find(cohortId);
    if (it == m_staff.end())
        return 0;
    for (std::size_t row : it->second) {
        if (m_plan.cohortInstructors[row].role == InstructorRole::Lead)
            return m_plan.cohortInstructors[row].instructorId;
    }
    return 0;
}

bool ProblemMaker::assigned(Id cohortId, Id instructorId) const
{
    const auto staff = staffOf(cohortId);
    return std::find(staff.begin(), staff.end(), instructorId) != staff.end();
}

std::vector<Id> ProblemMaker::staffOf(Id cohortId) const
{
    std::vector<Id> ids;
    if (const auto it = m_staff.find(cohortId); it != m_staff.end()) {
        for (std::size_t row : it->second)
            ids.push_back(m_plan.cohortInstructors[row].instructorId);
    }
    return ids;
}

std::set<QDate> ProblemMaker::teachingDays(Id instructorId, Id except) const
{
    std::set<QDate> days;
    if (const auto it = m_cohortsOf.find(instructorId); it != m_cohortsOf.end()) {
        for (Id c : it->second) {
            if (c != except)
                days.insert(datesOf(c).begin(), datesOf(c).end());
        }
    }
    return days;
}

bool ProblemMaker::onLeave(Id instructorId, QDate first, QDate last) const
{
    const auto it = m_leavesOf.find(instructorId);
    if (it == m_leavesOf.end())
        return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](std::size_t row) {
        const Leave &l = m_plan.leaves[row];
        return l.start <= last && first <= l.end;
    });
}

bool ProblemMaker::covers(const Qualification &q, const Course &c) const
{
    return (q.trackId != 0 && q.trackId == c.trackId && q.level >= c.level) ||
           (q.courseId != 0 && q.courseId == c.id);
}

bool ProblemMaker::qualifiedOn(Id instructorId, const Course &c, QDate date) const
{
    const auto it = m_qualificationsOf.find(instructorId);
    if (it == m_qualificationsOf.end())
        return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](std::size_t row) {
        const Qualification &q = m_plan.qualifications[row];
        return covers(q, c) && (!q.validFrom.isValid() || q.validFrom <= date) &&
               (!q.validUntil.isValid() || date <= q.validUntil);
    });
}

bool ProblemMaker::withinLimits(Id instructorId, const std::set<QDate> &days) const
{
    const auto it =
        std::find_if(m_plan.instructors.begin(), m_plan.instructors.end(),
                     [instructorId](const Instructor &i) { return i.id == instructorId; });
    if (it == m_plan.instructors.end())
        return true;
    std::map<int, int> weeks, months, years;
    for (const QDate &d : days) {
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        if (++weeks[weekYear * 100 + week] > it->maxDaysPerWeek ||
            ++months[d.year() * 100 + d.month()] > it->maxDaysPerMonth ||
            ++years[d.year()] > it->maxDaysPerYear)
            return false;
    }
    return true;
}

bool ProblemMaker::calendarCovers(int year) const
{
    return std::any_of(m_plan.calendar.begin(), m_plan.calendar.end(),
                       [year](const CalendarDay &d) { return d.date.year() == year; });
}

void ProblemMaker::appendNote(Cohort &c, const QString &note)
{
    c.notes = c.notes.isEmpty() ? note : c.notes + u"; "_s + note;
}

// The lead of one cohort also made assistant of another that meets at the same time. Of
// the pairs, one sharing the fewest sessions (the second starting on the first's last
// day, say), with the instructor otherwise free, qualified and within limits for it.
void ProblemMaker::doubleBooking()
{
    struct Pair
    {
        Id instructor;
        Id lead;
        Id other;
    };
    std::vector<Pair> best;
    std::size_t fewest = SIZE_MAX;
    for (Id a : m_pool) {
        const Id person = leadOf(a);
        if (!available(a) || person == 0 || touched(person))
            continue;
        const auto &keysA = keysOf(a);
        const std::set<QDate> busy = teachingDays(person, 0);
        for (Id b : m_pool) {
            if (b == a || !available(b) || assigned(b, person))
                continue;
            const auto &keysB = keysOf(b);
            std::vector<SlotKey> shared;
            std::set_intersection(keysA.begin(), keysA.end(), keysB.begin(), keysB.end(),
                                  std::back_inserter(shared));
            if (shared.empty() || shared.size() > fewest)
                continue;
            // No clash beyond the one with a: not with the instructor's other cohorts.
            const auto &otherCohorts = m_cohortsOf.at(person);
            const bool clash = std::any_of(otherCohorts.begin(), otherCohorts.end(), [&](Id o) {
                if (o == a)
                    return false;
                const auto &keysO = keysOf(o);
                return std::find_first_of(keysO.begin(), keysO.end(), keysB.begin(), keysB.end()) !=
                       keysO.end();
            });
            const Course *c = course(cohort(b).courseId);
            const auto &dates = datesOf(b);
            if (clash || !c || onLeave(person, dates.front(), dates.back()))
                continue;
            if (!std::all_of(dates.begin(), dates.end(),
                             [&](QDate d) { return qualifiedOn(person, *c, d); }))
                continue;
            std::set<QDate> days = busy;
            days.insert(dates.begin(), dates.end());
            if (!withinLimits(person, days))
                continue;
            if (shared.size() < fewest) {
                fewest = shared.size();
                best.clear();
            }
            best.push_back({person, a, b});
        }
    }
    if (best.empty())
        return;
    const Pair &p = best[std::size_t(m_rng.below(qint64(best.size())))];
    m_plan.cohortInstructors.push_back(
        CohortInstructor{p.other, p.instructor, InstructorRole::Assistant, false});
    m_used.insert({p.lead, p.other});
    m_touched.insert(p.instructor);
    reindex();
}

// A cohort's last day moved to a non-working day of the same week and month (so no
// instructor's week or month gets longer), a public holiday if one fits, else the weekend.
void ProblemMaker::movedDay()
{
    struct Move
    {
        Id cohort;
        QDate from;
        QDate to;
    };
    std::vector<Move> holidays, weekends;
    for (Id id : m_pool) {
        const Cohort &c = cohort(id);
        const std::vector<Id> staff = staffOf(id);
        if (!available(id) ||
            std::any_of(staff.begin(), staff.end(), [this](Id i) { return touched(i); }))
            continue;
        const QDate last = datesOf(id).back();
        if (!calendarCovers(last.year()))
            continue;
        const Course *course = this->course(c.courseId);
        const Venue *room = venue(c.venueId);
        for (QDate to = last.addDays(1);
             to.dayOfWeek() > last.dayOfWeek() && to.month() == last.month(); to = to.addDays(1)) {
            if (m_calendar.isWorkingDay(to))
                continue;
            bool fits = course != nullptr;
            for (Id person : staff) {
                const std::set<QDate> other = teachingDays(person, id);
                fits = fits && !other.count(last) && !other.count(to) && !onLeave(person, to, to) &&
                       qualifiedOn(person, *course, to);
            }
            if (room && !room->online) {
                const auto &busy = m_venueBusy[room->id];
                for (SlotKey key : keysOf(id)) {
                    if (key / 4 == last.toJulianDay())
                        fits = fits && !busy.count(keyOf(to, SessionSlot(key % 4)));
                }
            }
            if (fits)
                (m_calendar.isHoliday(to) ? holidays : weekends).push_back({id, last, to});
        }
    }
    const std::vector<Move> &moves = holidays.empty() ? weekends : holidays;
    if (moves.empty())
        return;
    const Move &m = moves[std::size_t(m_rng.below(qint64(moves.size())))];
    for (Session &s : m_plan.sessions) {
        if (s.cohortId == m.cohort && s.date == m.from)
            s.date = m.to;
    }
    appendNote(cohort(m.cohort), u"Last day moved from %1 to %2 at the employers' request"_s.arg(
                                     m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate)));
    m_used.insert(m.cohort);
    for (Id person : staffOf(m.cohort))
        m_touched.insert(person);
    reindex();
}

// A classroom cohort raised a few seats above its room after extra nominations. Rooms
// just big enough make the believable case; cohorts with a waiting list are left alone,
// since a raise would have taken those trainees in.
void ProblemMaker::raisedCapacity()
{
    std::vector<Id> close;
    std::vector<Id> any;
    int smallestGap = INT_MAX;
    for (Id id : m_pool) {
        const Cohort &c = cohort(id);
        const Venue *room = venue(c.venueId);
        if (!available(id) || c.mode != CohortMode::InPerson || !room || room->online ||
            m_waitlisted.count(id))
            continue;
        const int gap = room->seats - c.capacity;
        if (gap <= 10)
            close.push_back(id);
        if (gap < smallestGap) {
            smallestGap = gap;
            any.clear();
        }
        if (gap == smallestGap)
            any.push_back(id);
    }
    const std::vector<Id> &candidates = close.empty() ? any : close;
    if (candidates.empty())
        return;
    Cohort &c = cohort(candidates[std::size_t(m_rng.below(qint64(candidates.size())))]);
    const int before = c.capacity;
    c.capacity = venue(c.venueId)->seats + m_rng.between(2, 6);
    appendNote(
        c, u"Capacity raised from %1 to %2 for extra nominations"_s.arg(before).arg(c.capacity));
    m_used.insert(c.id);
    reindex();
}

// The lead's qualification for a cohort's course now ends a few days before its first
// session: the renewal is late. Preferably a lead with no other cohort on the same
// qualification after that date; where every lead has some (a plan of several years),
// the renewal is recorded as coming through the day after the cohort, so that only the
// cohorts in between lapse. Never a lead teaching a cohort already under way then.
void ProblemMaker::lapsingQualification()
{
    struct Lapse
    {
        Id cohort;
        Id instructor;
        QDate until;
        QDate renewed;
    };
    std::vector<Lapse> best;
    std::pair<int, int> fewest{INT_MAX, INT_MAX}; // other cohorts lapsing, renewal needed
    const int daysBefore = m_rng.between(2, 6);
    for (Id id : m_pool) {
        const Id person = leadOf(id);
        const Course *c = course(cohort(id).courseId);
        if (!available(id) || person == 0 || touched(person) || !c)
            continue;
        const QDate until = datesOf(id).front().addDays(-daysBefore);
        if (until < m_asOf)
            continue;
        const std::vector<std::size_t> rows = coveringAfter(person, *c, until);
        const bool possible = std::all_of(rows.begin(), rows.end(), [&](std::size_t row) {
            const QDate from = m_plan.qualifications[row].validFrom;
            return !from.isValid() || from <= until;
        });
        if (!possible || rows.empty())
            continue;
        for (const QDate renewed : {QDate(), datesOf(id).back().addDays(1)}) {
            const int lapsing = alsoLapsing(person, id, rows, until, renewed);
            const std::pair<int, int> score{lapsing, renewed.isValid() ? 1 : 0};
            if (lapsing < 0 || score > fewest)
                continue;
            if (score < fewest) {
                fewest = score;
                best.clear();
            }
            best.push_back({id, person, until, renewed});
        }
    }
    if (best.empty())
        return;
    const Lapse &l = best[std::size_t(m_rng.below(qint64(best.size())))];
    const Course &c = *course(cohort(l.cohort).courseId);
    const std::vector<std::size_t> rows = coveringAfter(l.instructor, c, l.until);
    renew(rows, l.until, l.renewed);
    m_used.insert(l.cohort);
    m_touched.insert(l.instructor);
    reindex();
}

std::vector<std::size_t> ProblemMaker::coveringAfter(Id instructorId, const Course &c,
                                                     QDate until) const
{
    std::vector<std::size_t> rows;
    if (const auto it = m_qualificationsOf.find(instructorId); it != m_qualificationsOf.end()) {
        for (std::size_t row : it->second) {
            const Qualification &q = m_plan.qualifications[row];
            if (covers(q, c) && (!q.validUntil.isValid() || q.validUntil > until))
                rows.push_back(row);
        }
    }
    return rows;
}

void ProblemMaker::renew(const std::vector<std::size_t> &rows, QDate until, QDate renewed)
{
    Id nextId = 0;
    for (const Qualification &q : m_plan.qualifications)
        nextId = std::max(nextId, q.id);
    for (std::size_t row : rows) {
        Qualification &q = m_plan.qualifications[row];
        // A renewal only where the old qualification would have outlasted it.
        if (renewed.isValid() && (!q.validUntil.isValid() || q.validUntil >= renewed)) {
            Qualification renewal = q;
            renewal.id = ++nextId;
            renewal.validFrom = renewed;
            q.validUntil = until;
            m_plan.qualifications.push_back(renewal); // invalidates q: last use of it
        } else {
            q.validUntil = until;
        }
    }
}

int ProblemMaker::alsoLapsing(Id instructorId, Id cohortId, const std::vector<std::size_t> &rows,
                              QDate until, QDate renewed)
{
    // Tried on the plan itself, then put back.
    const std::vector<Qualification> saved = m_plan.qualifications;
    const auto savedRows = m_qualificationsOf;
    renew(rows, until, renewed);
    for (std::size_t row = saved.size(); row < m_plan.qualifications.size(); ++row)
        m_qualificationsOf[instructorId].push_back(row);

    int lapsing = 0;
    for (Id other : m_cohortsOf[instructorId]) {
        const Course *oc = course(cohort(other).courseId);
        if (other == cohortId || !oc)
            continue;
        const auto &dates = datesOf(other);
        if (std::any_of(dates.begin(), dates.end(),
                        [&](QDate d) { return !qualifiedOn(instructorId, *oc, d); })) {
            if (!isFuture(cohort(other))) {
                lapsing = -1;
                break;
            }
            ++lapsing;
        }
    }
    m_plan.qualifications = saved;
    m_qualificationsOf = savedRows;
    return lapsing;
}

// Leave over some of a cohort's days, starting on one of them and ending before the
// instructor's next other teaching day, so that only this cohort is hit.
void ProblemMaker::lateLeave(int k)
{
    std::vector<std::pair<Id, Id>> candidates; // cohort, instructor
    for (Id id : m_pool) {
        if (!available(id))
            continue;
        // The lead if free of other problems, else an assistant.
        Id person = leadOf(id);
        if (person == 0 || touched(person)) {
            person = 0;
            for (Id other : staffOf(id)) {
                if (!touched(other)) {
                    person = other;
                    break;
                }
            }
        }
        if (person != 0)
            candidates.push_back({id, person});
    }
    for (int attempts = 0; attempts < 8 && !candidates.empty(); ++attempts) {
        const std::size_t pick = std::size_t(m_rng.below(qint64(candidates.size())));
        const auto [id, person] = candidates[pick];
        candidates.erase(candidates.begin() + qint64(pick));

        const std::set<QDate> other = teachingDays(person, id);
        const auto &dates = datesOf(id);
        const int offset = m_rng.below(qint64((dates.size() + 1) / 2));
        const int length = m_rng.between(2, 5);
        for (std::size_t n = 0; n < dates.size(); ++n) {
            const QDate start = dates[(std::size_t(offset) + n) % dates.size()];
            // A day apart from the instructor's other leave, else the two would read as one.
            if (other.count(start) || onLeave(person, start.addDays(-1), start.addDays(1)))
                continue;
            QDate end = start.addDays(length - 1);
            if (const auto next = other.upper_bound(start); next != other.end() && *next <= end)
                end = next->addDays(-1);
            if (const auto it = m_leavesOf.find(person); it != m_leavesOf.end()) {
                for (std::size_t row : it->second) {
                    const QDate from = m_plan.leaves[row].start;
                    if (from > start && from.addDays(-1) <= end)
                        end = from.addDays(-2);
                }
            }
            if (end < start)
                continue;
            Id nextId = 0;
            for (const Leave &l : m_plan.leaves)
                nextId = std::max(nextId, l.id);
            m_plan.leaves.push_back(
                Leave{nextId + 1, person, start, end, str(LateLeaveReasons[k])});
            m_used.insert(id);
            m_touched.insert(person);
            reindex();
            return;
        }
    }
}

// The lead withdrew; the cohort waits for a replacement.
void ProblemMaker::withdrawnLead()
{
    std::vector<Id> candidates;
    for (Id id : m_pool) {
        if (available(id) && leadOf(id) != 0)
            candidates.push_back(id);
    }
    if (candidates.empty())
        return;
    const Id id = candidates[std::size_t(m_rng.below(qint64(candidates.size())))];
    const Id person = leadOf(id);
    auto &rows = m_plan.cohortInstructors;
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](const CohortInstructor &a) {
                                  return a.cohortId == id && a.instructorId == person;
                              }),
               rows.end());
    appendNote(cohort(id),
               u"Lead %1 withdrew (reassigned to a client project); replacement needed"_s.arg(
                   instructorName(person)));
    m_used.insert(id);
    reindex();
}

} // namespace

void addPlanningProblems(const DemoOptions &options, PlanData &plan)
{
    ProblemMaker(options, plan).run();
}

} // namespace Planner::Demo

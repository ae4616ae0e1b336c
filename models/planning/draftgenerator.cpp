// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftgenerator.h"

#include "conflictengine.h" // Rules::covers, Rules::validOn, Rules::weekStart

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::DraftGenerator)
};

// Days between two teaching days of one cohort beyond which the course counts as split:
// a normal weekend is a gap of 3 days, a Monday holiday in a Monday/Wednesday/Friday
// pattern 5; the Spring Festival or Golden Week would break the course in two.
constexpr qint64 MaxGap = 5;

bool isActive(const Cohort &c)
{
    return c.status != CohortStatus::Cancelled;
}

quint64 slotKey(Id venue, QDate date, SessionSlot slot)
{
    return (quint64(venue) << 32) | (quint64(date.toJulianDay()) << 2) | quint64(int(slot));
}

// What an instructor has taught and been held for, in days.
struct Teacher
{
    const Instructor *instructor = nullptr;
    std::vector<const Qualification *> qualifications;
    std::vector<const Leave *> leaves;
    std::unordered_set<qint64> days;         // Julian days
    std::unordered_map<qint64, int> perWeek; // Julian day of the Monday -> days
    std::unordered_map<int, int> perMonth;   // year * 12 + month - 1 -> days
    std::unordered_map<int, int> perYear;
    int breadth = 0; // courses of the plan a qualification covers

    void add(QDate date)
    {
        if (!days.insert(date.toJulianDay()).second)
            return;
        ++perWeek[Rules::weekStart(date).toJulianDay()];
        ++perMonth[date.year() * 12 + date.month() - 1];
        ++perYear[date.year()];
    }

    bool qualified(const Course &course, QDate date) const
    {
        return std::any_of(qualifications.begin(), qualifications.end(),
                           [&](const Qualification *q) {
                               return Rules::covers(*q, course) && Rules::validOn(*q, date);
                           });
    }

    // Free to teach course on every one of dates (sorted, distinct) within the limits.
    bool canTake(const Course &course, const std::vector<QDate> &dates) const
    {
        std::unordered_map<qint64, int> week;
        std::unordered_map<int, int> month;
        std::unordered_map<int, int> year;
        for (const QDate &d : dates) {
            if (days.count(d.toJulianDay()) || !qualified(course, d))
                return false;
            if (std::any_of(leaves.begin(), leaves.end(),
                            [&](const Leave *l) { return Rules::covers(*l, d); }))
                return false;
            ++week[Rules::weekStart(d).toJulianDay()];
            ++month[d.year() * 12 + d.month() - 1];
            ++year[d.year()];
        }
        const auto over = [](const auto &added, const auto &taught, int limit) {
            for (const auto &[key, n] : added) {
                const auto t = taught.find(key);
                if ((t == taught.end() ? 0 : t->second) + n > limit)
                    return true;
            }
            return false;
        };
        return !over(week, perWeek, instructor->maxDaysPerWeek) &&
               !over(month, perMonth, instructor->maxDaysPerMonth) &&
               !over(year, perYear, instructor->maxDaysPerYear);
    }
};

// Why a cohort found no place: the furthest a start day got.
enum class Failure { NoDays, NoVenue, NoInstructor };

class Layout
{
public:
    Layout(const CapacityInput &in, const DraftOptions &options)
        : m_in(in), m_calendar(in.calendar),
          m_earliest(options.earliestStart.isValid()
                         ? std::max(options.earliestStart, QDate(in.year, 1, 1))
                         : QDate(in.year, 1, 1))
    {
        for (const Venue &v : in.venues) {
            if (v.online) {
                if (!m_onlineVenue || v.seats > m_onlineVenue->seats)
                    m_onlineVenue = &v;
            } else {
                m_rooms.push_back(&v);
            }
        }
        // Best fit first: the smallest room with enough seats, then the spread decides.
        std::sort(m_rooms.begin(), m_rooms.end(), [](const Venue *a, const Venue *b) {
            return std::tie(a->seats, a->id) < std::tie(b->seats, b->id);
        });
        for (const Instructor &i : in.instructors)
            m_teachers[i.id].instructor = &i;
        for (const Qualification &q : in.qualifications)
            if (auto t = m_teachers.find(q.instructorId); t != m_teachers.end())
                t->second.qualifications.push_back(&q);
        for (const Leave &l : in.leaves)
            if (auto t = m_teachers.find(l.instructorId); t != m_teachers.end())
                t->second.leaves.push_back(&l);
        for (auto &[id, t] : m_teachers)
            for (const Course &c : in.courses)
                t.breadth +=
                    std::any_of(t.qualifications.begin(), t.qualifications.end(),
                                [&](const Qualification *q) { return Rules::covers(*q, c); });

        std::unordered_map<Id, const Cohort *> cohorts;
        for (const Cohort &c : in.cohorts)
            if (isActive(c))
                cohorts[c.id] = &c;
        std::unordered_map<Id, std::vector<const Session *>> sessionsOf;
        for (const Session &s : in.sessions) {
            const auto c = cohorts.find(s.cohortId);
            if (c == cohorts.end())
                continue;
            sessionsOf[s.cohortId].push_back(&s);
            if (c->second->venueId != 0 && c->second->mode != CohortMode::Online)
                m_busySlots.insert(slotKey(c->second->venueId, s.date, s.slot));
        }
        for (const CohortInstructor &a : in.cohortInstructors) {
            const auto t = m_teachers.find(a.instructorId);
            if (t == m_teachers.end() || !cohorts.count(a.cohortId))
                continue;
            for (const Session *s : sessionsOf[a.cohortId])
                t->second.add(s->date);
        }
    }

    QDate earliest() const { return m_earliest; }

    // The sessions of a cohort of course starting on start, if they are whole, in the year,
    // outside blackouts and not split by a long break.
    std::optional<std::vector<Session>> run(const Course &course, QDate start) const
    {
        std::vector<Session> sessions = layOutSessions(start, patternOf(course), m_calendar);
        if (sessions.empty() || sessions.back().date.year() != m_in.year)
            return std::nullopt;
        const int perDay = std::popcount(unsigned(course.sessionSlots & 0x7));
        if (int(sessions.size()) != course.days * perDay)
            return std::nullopt;
        QDate previous;
        for (const Session &s : sessions) {
            if (previous.isValid() && previous.daysTo(s.date) > MaxGap)
                return std::nullopt;
            previous = s.date;
            for (const CapacityBlackout &b : m_in.blackouts)
                if (s.date >= b.from && s.date <= b.until)
                    return std::nullopt;
        }
        return sessions;
    }

    // The room for a cohort of capacity on sessions: the smallest that fits (the larger
    // ones are kept for larger cohorts), among those the least used district, then the
    // least used room; nullptr when none is free.
    const Venue *room(int capacity, const std::vector<Session> &sessions) const
    {
        const Venue *best = nullptr;
        std::tuple<int, int, int, Id> bestKey;
        for (const Venue *v : m_rooms) {
            if (v->seats < capacity)
                continue;
            const bool free = std::none_of(sessions.begin(), sessions.end(), [&](const Session &s) {
                return m_busySlots.count(slotKey(v->id, s.date, s.slot)) > 0;
            });
            if (!free)
                continue;
            const auto district = m_perDistrict.find(v->district);
            const auto used = m_perVenue.find(v->id);
            const std::tuple key{v->seats, district == m_perDistrict.end() ? 0 : district->second,
                                 used == m_perVenue.end() ? 0 : used->second, v->id};
            if (!best || key < bestKey) {
                best = v;
                bestKey = key;
            }
        }
        return best;
    }

    bool anyRoomFor(int capacity) const
    {
        return std::any_of(m_rooms.begin(), m_rooms.end(),
                           [&](const Venue *v) { return v->seats >= capacity; });
    }

    // How many instructors can teach course at some time of the year: the scarcer, the
    // earlier its cohorts are placed.
    int qualifiedFor(const Course &course) const
    {
        const QDate first(m_in.year, 1, 1);
        const QDate last(m_in.year, 12, 31);
        int n = 0;
        for (const auto &[id, t] : m_teachers)
            n += std::any_of(t.qualifications.begin(), t.qualifications.end(),
                             [&](const Qualification *q) {
                                 return Rules::covers(*q, course) &&
                                        (!q->validFrom.isValid() || q->validFrom <= last) &&
                                        (!q->validUntil.isValid() || q->validUntil >= first);
                             });
        return n;
    }

    // count instructors for course on dates: those who can teach the fewest courses first
    // (the others are kept for where only they can go), then those who have taught least.
    std::vector<Id> teachers(const Course &course, const std::vector<QDate> &dates, int count) const
    {
        std::vector<std::tuple<int, int, Id>> fit;
        for (const auto &[id, t] : m_teachers) {
            if (t.canTake(course, dates)) {
                const auto y = t.perYear.find(m_in.year);
                fit.emplace_back(t.breadth, y == t.perYear.end() ? 0 : y->second, id);
            }
        }
        if (int(fit.size()) < count)
            return {};
        std::partial_sort(fit.begin(), fit.begin() + count, fit.end());
        std::vector<Id> chosen;
        for (int k = 0; k < count; ++k)
            chosen.push_back(std::get<2>(fit[std::size_t(k)]));
        return chosen;
    }

    void book(const Venue *venue, const std::vector<Session> &sessions,
              const std::vector<QDate> &dates, const std::vector<Id> &held)
    {
        if (venue) {
            for (const Session &s : sessions)
                m_busySlots.insert(slotKey(venue->id, s.date, s.slot));
            ++m_perDistrict[venue->district];
            ++m_perVenue[venue->id];
        }
        for (Id id : held)
            for (const QDate &d : dates)
                m_teachers[id].add(d);
    }

    const Venue *onlineVenue() const { return m_onlineVenue; }
    const WorkCalendar &calendar() const { return m_calendar; }

private:
    const CapacityInput &m_in;
    WorkCalendar m_calendar;
    QDate m_earliest;
    std::vector<const Venue *> m_rooms;
    const Venue *m_onlineVenue = nullptr;
    std::unordered_set<quint64> m_busySlots;
    std::map<Id, Teacher> m_teachers;
    std::map<QString, int> m_perDistrict;
    std::map<Id, int> m_perVenue;
};

// n whole cohorts over the months by weight, by largest remainder (ties to the earlier
// month); months without weight get none unless every month has none (then flat).
std::array<int, 12> spread(int n, std::array<double, 12> weights, int firstMonth)
{
    for (int m = 0; m < firstMonth - 1; ++m)
        weights[std::size_t(m)] = 0;
    double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (total <= 0) {
        for (int m = firstMonth - 1; m < 12; ++m)
            weights[std::size_t(m)] = 1;
        total = 13 - firstMonth;
    }
    std::array<int, 12> counts{};
    std::vector<std::pair<double, int>> remainders;
    int given = 0;
    for (int m = 0; m < 12; ++m) {
        const double exact = n * weights[std::size_t(m)] / total;
        counts[std::size_t(m)] = int(std::floor(exact + 1e-9));
        given += counts[std::size_t(m)];
        remainders.emplace_back(-(exact - counts[std::size_t(m)]), m);
    }
    std::sort(remainders.begin(), remainders.end());
    for (std::size_t k = 0; given < n && k < remainders.size(); ++k, ++given)
        ++counts[std::size_t(remainders[k].second)];
    return counts;
}

const CapacityAssumptions &ratesOf(const CapacityInput &in, const Course &course)
{
    if (const auto c = in.courseAssumptions.find(course.id); c != in.courseAssumptions.end())
        return c->second;
    if (const auto t = in.trackAssumptions.find(course.trackId); t != in.trackAssumptions.end())
        return t->second;
    return in.assumptions;
}

} // namespace

double DraftResult::reachableTrained() const
{
    double total = 0;
    for (const DraftTrack &t : tracks)
        total += t.trained();
    return total;
}

void DraftGenerator::startFrom(CapacityInput &input, QDate day)
{
    const QDate first(input.year, 1, 1);
    if (!day.isValid() || day <= first)
        return;
    input.blackouts.push_back(
        CapacityBlackout{first, std::min(day.addDays(-1), QDate(input.year, 12, 31)),
                         Tr::tr("before %1").arg(QLocale().toString(day, QLocale::ShortFormat))});
}

DraftResult DraftGenerator::generate(const CapacityInput &input, const CapacityResult &capacity,
                                     const DraftOptions &options)
{
    DraftResult result;
    if (capacity.problem) {
        result.problem = capacity.problem;
        return result;
    }
    Layout layout(input, options);
    if (layout.earliest().year() != input.year) {
        result.problem = Problem::of(
            Tr::tr("%1 is over: a draft is laid out from %2 on, which is past its last day.")
                .arg(input.year)
                .arg(QLocale().toString(layout.earliest(), QLocale::ShortFormat)));
        return result;
    }
    std::map<Id, const Course *> courses;
    for (const Course &c : input.courses)
        courses[c.id] = &c;

    // What to place: per course, its cohorts of the reachable plan by start month.
    struct Task
    {
        const Course *course;
        Id trackId;
        int month; // 1..12
    };
    std::vector<Task> tasks;
    for (const TrackCapacity &t : capacity.tracks) {
        DraftTrack track;
        track.trackId = t.trackId;
        track.name = t.name;
        track.targetTrained = t.targetTrained;
        track.plannedTrained = t.plannedTrained;
        track.reachableTrained = t.reachableTrained;
        result.tracks.push_back(track);
        std::array<double, 12> weights{};
        for (int m = 0; m < 12; ++m)
            weights[std::size_t(m)] = t.months[std::size_t(m)].newCohorts;
        for (const CourseCapacity &cc : t.courses) {
            const auto course = courses.find(cc.courseId);
            if (course == courses.end() || cc.newCohorts <= 0)
                continue;
            const std::array<int, 12> counts =
                spread(cc.newCohorts, weights, layout.earliest().month());
            for (int m = 0; m < 12; ++m)
                for (int k = 0; k < counts[std::size_t(m)]; ++k)
                    tasks.push_back(Task{course->second, t.trackId, m + 1});
        }
    }
    // Month by month, the courses taking turns so that none is left with the scraps;
    // within a turn those fewest instructors can teach first, then the longest (they
    // have the fewest starts).
    std::map<Id, int> turn;
    std::map<Id, int> scarcity;
    std::vector<std::tuple<int, int, int, int, Id, std::size_t>> order;
    for (std::size_t k = 0; k < tasks.size(); ++k) {
        const Task &t = tasks[k];
        if (!scarcity.count(t.course->id))
            scarcity[t.course->id] = layout.qualifiedFor(*t.course);
        order.emplace_back(t.month, turn[t.course->id * 16 + t.month]++, scarcity[t.course->id],
                           -t.course->days, t.course->id, k);
    }
    std::sort(order.begin(), order.end());

    std::map<std::pair<Id, QString>, int> unplaced; // (course, reason) -> cohorts
    for (const auto &entry : order) {
        const Task &task = tasks[std::get<5>(entry)];
        const Course &course = *task.course;
        const bool online = input.onlineCourses.count(course.id) > 0;
        const int capacity = course.defaultCapacity;
        const int needed = input.assistantsAbove > 0 && capacity > input.assistantsAbove ? 2 : 1;
        Failure furthest = Failure::NoDays;
        bool placed = false;
        // The month the analysis gives, then the nearest ones, later first.
        for (int step = 0; step < 24 && !placed; ++step) {
            const int month = task.month + (step % 2 == 0 ? step / 2 : -(step + 1) / 2);
            if (month < layout.earliest().month() || month > 12)
                continue;
            // The earliest start first: cohorts follow each other closely in a room, which
            // leaves the fewest gaps too short for another (the month's share keeps the
            // year's spread).
            struct Start
            {
                QDate date;
                std::vector<Session> sessions;
            };
            std::vector<Start> starts;
            for (QDate d(input.year, month, 1); d.isValid() && d.month() == month;
                 d = d.addDays(1)) {
                if (d < layout.earliest() ||
                    !isPatternDay(d, course.sessionWeekdays, layout.calendar()))
                    continue;
                if (auto sessions = layout.run(course, d))
                    starts.push_back(Start{d, std::move(*sessions)});
            }
            for (Start &start : starts) {
                const Venue *venue =
                    online ? layout.onlineVenue() : layout.room(capacity, start.sessions);
                if (!online && !venue) {
                    furthest = std::max(furthest, Failure::NoVenue);
                    continue;
                }
                std::vector<QDate> dates;
                for (const Session &s : start.sessions)
                    if (dates.empty() || dates.back() != s.date)
                        dates.push_back(s.date);
                const std::vector<Id> held = layout.teachers(course, dates, needed);
                if (held.empty()) {
                    furthest = Failure::NoInstructor;
                    continue;
                }
                layout.book(online ? nullptr : venue, start.sessions, dates, held);
                DraftCohort draft;
                draft.trackId = task.trackId;
                draft.month = start.date.month();
                draft.heldInstructors = held;
                Cohort &c = draft.planned.cohort;
                c.courseId = course.id;
                // The code is given once the draft is in order of start (below).
                c.venueId = venue ? venue->id : 0;
                c.mode = online ? CohortMode::Online : CohortMode::InPerson;
                c.capacity = capacity;
                c.status = CohortStatus::Planned;
                c.notes = options.notes;
                draft.planned.sessions = std::move(start.sessions);
                result.cohorts.push_back(std::move(draft));
                placed = true;
                break;
            }
        }
        if (placed)
            continue;
        QString reason;
        switch (furthest) {
        case Failure::NoDays:
            reason = Tr::tr("no run of %n teaching day(s) in %1 that stays within the year, "
                            "outside blackouts "
                            "and unbroken by a long holiday",
                            nullptr, course.days)
                         .arg(input.year);
            break;
        case Failure::NoVenue:
            reason = layout.anyRoomFor(capacity)
                         ? Tr::tr("no venue with %n seat(s) free on the days of any start", nullptr,
                                  capacity)
                         : Tr::tr("no venue has %n seat(s)", nullptr, capacity);
            break;
        case Failure::NoInstructor:
            reason = needed > 1 ? Tr::tr("no two qualified instructors free on the days of any "
                                         "start within their limits")
                                : Tr::tr("no qualified instructor free on the days of any start "
                                         "within their limits");
            break;
        }
        ++unplaced[{course.id, reason}];
    }

    std::sort(result.cohorts.begin(), result.cohorts.end(),
              [](const DraftCohort &a, const DraftCohort &b) {
                  return std::tie(a.planned.sessions.front().date, a.planned.cohort.courseId) <
                         std::tie(b.planned.sessions.front().date, b.planned.cohort.courseId);
              });
    // Codes continue each course's numbering in the plan, in the order the cohorts start.
    QSet<QString> taken;
    for (const Cohort &c : input.cohorts)
        taken.insert(c.code);
    for (DraftCohort &d : result.cohorts) {
        d.planned.cohort.code = suggestCohortCode(courses.at(d.planned.cohort.courseId)->code,
                                                  d.planned.start(), taken);
        taken.insert(d.planned.cohort.code);
    }
    for (const DraftCohort &d : result.cohorts) {
        const Course &course = *courses.at(d.planned.cohort.courseId);
        ++result.byMonth[std::size_t(d.month - 1)];
        ++result.byVenue[d.planned.cohort.venueId];
        result.seats += d.planned.cohort.capacity;
        for (DraftTrack &t : result.tracks) {
            if (t.trackId != d.trackId)
                continue;
            ++t.cohorts;
            t.seats += d.planned.cohort.capacity;
            ++t.byMonth[std::size_t(d.month - 1)];
            t.draftTrained += d.planned.cohort.capacity * ratesOf(input, course).trainedPerSeat();
        }
    }
    for (const auto &[key, count] : unplaced)
        result.unplaced.push_back(DraftUnplaced{key.first, count, key.second});
    return result;
}

SolverResult DraftGenerator::staff(ConflictInput plan, DraftResult &draft, SolverOptions options,
                                   const std::atomic<bool> *cancel)
{
    Id next = 1;
    for (const Cohort &c : plan.cohorts)
        next = std::max(next, c.id + 1);
    std::vector<Id> ids;
    for (DraftCohort &d : draft.cohorts) {
        d.planned.cohort.id = next++;
        d.instructors.clear();
        ids.push_back(d.planned.cohort.id);
        plan.cohorts.push_back(d.planned.cohort);
        for (Session s : d.planned.sessions) {
            s.cohortId = d.planned.cohort.id;
            plan.sessions.push_back(s);
        }
        // The instructors held while laying out are where the search starts: it only
        // moves from a plan that staffs every cohort to a better one.
        for (std::size_t k = 0; k < d.heldInstructors.size(); ++k)
            plan.cohortInstructors.push_back(
                CohortInstructor{d.planned.cohort.id, d.heldInstructors[k],
                                 k == 0 ? InstructorRole::Lead : InstructorRole::Assistant, false});
    }
    if (ids.empty())
        return {};
    options.cohorts = ids;
    options.replan = true;
    options.weights.churn = 0; // nothing is kept for its own sake in a draft
    AssignmentSolver solver(plan, options);
    SolverResult result = solver.solve(cancel);
    std::unordered_map<Id, DraftCohort *> byId;
    for (DraftCohort &d : draft.cohorts)
        byId[d.planned.cohort.id] = &d;
    for (const CohortInstructor &a : result.assignments)
        if (const auto d = byId.find(a.cohortId); d != byId.end())
            d->second->instructors.push_back(a);
    return result;
}

} // namespace Planner

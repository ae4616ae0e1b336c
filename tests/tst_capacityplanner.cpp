// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning/capacityplanner.h"
#include "planning/conflictengine.h"
#include "planning/draftgenerator.h"
#include "testsupport.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

#include <lemon/lp.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <random>
#include <set>

using namespace Planner;

namespace {

constexpr int Year = 2027; // no imported calendar: Monday to Friday

// Working days of 2027 per month, by hand from the calendar: 261 in all.
constexpr std::array<int, 12> WorkingDays2027{21, 20, 23, 22, 21, 22, 22, 22, 22, 21, 22, 23};

// Small plans written by hand.
struct Plan
{
    CapacityInput in;

    Plan()
    {
        in.year = Year;
        in.assumptions = {1.0, 0.0, 1.0, 1.0}; // every seat trains and certifies one
    }

    Id track(const QString &name, int trained, int certified = 0)
    {
        const Id id = Id(in.tracks.size() + 1);
        in.tracks.push_back({id, name, name, QStringLiteral("#4e79a7")});
        in.targets.push_back({Year, id, trained, certified});
        return id;
    }
    Id course(Id track, const QString &code, int days, int seats,
              CourseLevel level = CourseLevel::Foundation)
    {
        Course c;
        c.id = Id(in.courses.size() + 100);
        c.trackId = track;
        c.code = code;
        c.title = code;
        c.level = level;
        c.days = days;
        c.defaultCapacity = seats;
        in.courses.push_back(c);
        return c.id;
    }
    Id instructor(int week, int month, int year)
    {
        Instructor p;
        p.id = Id(in.instructors.size() + 1000);
        p.code = QStringLiteral("I%1").arg(p.id);
        p.name = p.code;
        p.maxDaysPerWeek = week;
        p.maxDaysPerMonth = month;
        p.maxDaysPerYear = year;
        in.instructors.push_back(p);
        return p.id;
    }
    void qualify(Id instructor, Id track, CourseLevel level = CourseLevel::Advanced,
                 QDate from = {})
    {
        Qualification q;
        q.id = Id(in.qualifications.size() + 1);
        q.instructorId = instructor;
        q.trackId = track;
        q.level = level;
        q.validFrom = from;
        in.qualifications.push_back(q);
    }
    Id venue(int seats, const QString &district = QStringLiteral("Chaoyang"))
    {
        Venue v;
        v.id = Id(in.venues.size() + 500);
        v.name = QStringLiteral("V%1").arg(v.id);
        v.district = district;
        v.seats = seats;
        in.venues.push_back(v);
        return v.id;
    }
    // A planned cohort on the working days from..until, mornings and afternoons.
    Id cohort(Id course, int capacity, QDate from, QDate until, Id venue, Id lead)
    {
        Cohort c;
        c.id = Id(in.cohorts.size() + 3000);
        c.courseId = course;
        c.code = QStringLiteral("C%1").arg(c.id);
        c.venueId = venue;
        c.capacity = capacity;
        in.cohorts.push_back(c);
        for (QDate d = from; d <= until; d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            for (SessionSlot s : {SessionSlot::Morning, SessionSlot::Afternoon})
                in.sessions.push_back({Id(in.sessions.size() + 1), c.id, d, s});
        }
        if (lead != 0)
            in.cohortInstructors.push_back({c.id, lead, InstructorRole::Lead, false});
        return c.id;
    }
    // Only October to December stay open: small enough to enumerate.
    void onlyFrom(QDate first)
    {
        in.blackouts.push_back({QDate(Year, 1, 1), first.addDays(-1), QStringLiteral("closed")});
    }
};

int isoWeek(QDate date)
{
    int isoYear = 0;
    const int week = date.weekNumber(&isoYear);
    return isoYear * 100 + week;
}

// The optimum by enumeration, written from the rules in the header and nothing of the
// planner: every count of new cohorts per course within its share of the cohorts needed,
// best first by the smallest fraction of a target, then the total; the first whose
// months fit is the optimum. Whether they fit is a plain LP over single days: cohort-
// months per course and month within the profile's share, each instructor's free days
// (not teaching, not on leave; week, month and year limits less what is taught) given to
// courses he is qualified for, each free venue day to one course it seats. No classes,
// pools, seat thresholds, cuts or master problem. Supports what the small plans use:
// track qualifications, whole-day planned cohorts, morning-and-afternoon courses, the
// default profile.
struct Reference
{
    double minShare = -1;
    double total = -1;
    long plans = 0;   // count vectors
    long checked = 0; // LPs solved
};

Reference enumerate(const CapacityInput &in)
{
    const QDate first(in.year, 1, 1);
    const int days = first.daysInYear();
    std::vector<bool> open(static_cast<std::size_t>(days), false);
    std::array<int, 12> openDays{};
    for (int d = 0; d < days; ++d) {
        const QDate date = first.addDays(d);
        bool isOpen = date.dayOfWeek() <= 5;
        for (const CapacityBlackout &b : in.blackouts)
            isOpen = isOpen && !(b.from <= date && date <= b.until);
        open[std::size_t(d)] = isOpen;
        openDays[std::size_t(date.month() - 1)] += isOpen ? 1 : 0;
    }
    const double openTotal = std::accumulate(openDays.begin(), openDays.end(), 0.0);
    const auto rates = [&](const Course &c) {
        if (in.courseAssumptions.count(c.id))
            return in.courseAssumptions.at(c.id);
        if (in.trackAssumptions.count(c.trackId))
            return in.trackAssumptions.at(c.trackId);
        return in.assumptions;
    };
    const auto trainedPerCohort = [&](const Course &c) {
        const CapacityAssumptions a = rates(c);
        return c.defaultCapacity * a.fillRate * (1 - a.noShowRate) * a.completionRate;
    };
    std::map<Id, std::vector<QDate>> datesOf;
    for (const Session &s : in.sessions)
        datesOf[s.cohortId].push_back(s.date);

    struct TrackRef
    {
        Id id;
        double trained = 0, certified = 0; // targets
        double plannedTrained = 0, plannedCertified = 0;
        std::vector<int> courses;
        std::array<int, 12> monthCap{};
    };
    std::vector<TrackRef> tracks;
    for (const Target &t : in.targets) {
        if (t.year == in.year && (t.trainees > 0 || t.certified > 0))
            tracks.push_back({t.trackId, double(t.trainees), double(t.certified), 0, 0, {}, {}});
    }
    std::vector<int> cap(in.courses.size(), 0);
    for (TrackRef &t : tracks) {
        for (const Cohort &c : in.cohorts) {
            const auto course = std::find_if(in.courses.begin(), in.courses.end(),
                                             [&](const Course &k) { return k.id == c.courseId; });
            if (course->trackId != t.id || datesOf[c.id].empty())
                continue;
            const double perSeat = trainedPerCohort(*course) / course->defaultCapacity;
            t.plannedTrained += c.capacity * perSeat;
            t.plannedCertified += c.capacity * perSeat * rates(*course).passRate;
        }
        double weightSum = 0;
        for (std::size_t c = 0; c < in.courses.size(); ++c) {
            if (in.courses[c].trackId == t.id) {
                t.courses.push_back(int(c));
                weightSum +=
                    in.courseMix.count(in.courses[c].id) ? in.courseMix.at(in.courses[c].id) : 1.0;
            }
        }
        const auto shareOf = [&](const Course &k) {
            return (in.courseMix.count(k.id) ? in.courseMix.at(k.id) : 1.0) / weightSum;
        };
        double perCohortT = 0, perCohortC = 0;
        for (int c : t.courses) {
            const Course &k = in.courses[std::size_t(c)];
            perCohortT += shareOf(k) * trainedPerCohort(k);
            perCohortC += shareOf(k) * trainedPerCohort(k) * rates(k).passRate;
        }
        const double needT = std::max(0.0, t.trained - t.plannedTrained) / perCohortT;
        const double needC = std::max(0.0, t.certified - t.plannedCertified) / perCohortC;
        const int need = int(std::ceil(std::max(needT, needC) - 1e-9));
        for (int c : t.courses)
            cap[std::size_t(c)] = int(std::ceil(shareOf(in.courses[std::size_t(c)]) * need - 1e-9));
        for (int m = 0; m < 12; ++m)
            t.monthCap[std::size_t(m)] =
                int(std::ceil(openDays[std::size_t(m)] / openTotal * need - 1e-9));
    }
    std::vector<int> courses; // those with new cohorts, in input order
    std::vector<int> trackOf(in.courses.size(), -1);
    for (std::size_t t = 0; t < tracks.size(); ++t) {
        for (int c : tracks[t].courses) {
            trackOf[std::size_t(c)] = int(t);
            if (cap[std::size_t(c)] > 0)
                courses.push_back(c);
        }
    }
    const auto staffDays = [&](const Course &c) {
        return c.days * (in.assistantsAbove > 0 && c.defaultCapacity > in.assistantsAbove ? 2 : 1);
    };
    const auto qualified = [&](Id person, const Course &c, QDate d) {
        return std::any_of(
            in.qualifications.begin(), in.qualifications.end(), [&](const Qualification &q) {
                return q.instructorId == person &&
                       ((q.trackId == c.trackId && q.level >= c.level) || q.courseId == c.id) &&
                       (!q.validFrom.isValid() || q.validFrom <= d) &&
                       (!q.validUntil.isValid() || d <= q.validUntil);
            });
    };

    const auto fits = [&](const std::vector<int> &X) {
        lemon::Lp lp;
        lp.messageLevel(lemon::LpBase::MESSAGE_NOTHING);
        const auto col = [&](double hi) {
            const lemon::Lp::Col c = lp.addCol();
            lp.colBounds(c, 0, hi);
            return c;
        };
        const double inf = lemon::Lp::INF;
        std::map<std::pair<int, int>, lemon::Lp::Col> x; // (course, month)
        std::map<std::pair<int, int>, lemon::Lp::Expr> staff, hosted, trackMonth;
        for (std::size_t i = 0; i < courses.size(); ++i) {
            lemon::Lp::Expr all;
            for (int m = 0; m < 12; ++m) {
                if (openDays[std::size_t(m)] == 0)
                    continue;
                const lemon::Lp::Col c = col(inf);
                x.insert({{courses[i], m}, c});
                all += c;
                trackMonth[{trackOf[std::size_t(courses[i])], m}] += c;
            }
            lp.addRow(X[i], all, X[i]);
        }
        for (const auto &[key, e] : trackMonth)
            lp.addRow(-inf, e, tracks[std::size_t(key.first)].monthCap[std::size_t(key.second)]);
        for (const Instructor &p : in.instructors) {
            std::set<qint64> teaching, busy;
            for (const CohortInstructor &a : in.cohortInstructors) {
                if (a.instructorId == p.id) {
                    for (QDate d : datesOf[a.cohortId])
                        teaching.insert(d.toJulianDay());
                }
            }
            busy = teaching;
            for (const Leave &l : in.leaves) {
                if (l.instructorId == p.id) {
                    for (QDate d = l.start; d <= l.end; d = d.addDays(1))
                        busy.insert(d.toJulianDay());
                }
            }
            std::map<int, int> usedWeek;
            std::array<int, 12> usedMonth{};
            int usedYear = 0;
            for (qint64 jd : teaching) {
                const QDate d = QDate::fromJulianDay(jd);
                ++usedWeek[isoWeek(d)];
                ++usedMonth[std::size_t(d.month() - 1)];
                ++usedYear;
            }
            std::map<int, lemon::Lp::Expr> week;
            std::array<lemon::Lp::Expr, 12> month;
            lemon::Lp::Expr year;
            for (int d = 0; d < days; ++d) {
                const QDate date = first.addDays(d);
                if (!open[std::size_t(d)] || busy.count(date.toJulianDay()))
                    continue;
                lemon::Lp::Expr day;
                for (int c : courses) {
                    if (!qualified(p.id, in.courses[std::size_t(c)], date))
                        continue;
                    const lemon::Lp::Col a = col(1);
                    day += a;
                    staff[{c, date.month() - 1}] += a;
                }
                lp.addRow(-inf, day, 1);
                week[isoWeek(date)] += day;
                month[std::size_t(date.month() - 1)] += day;
                year += day;
            }
            for (const auto &[w, e] : week)
                lp.addRow(-inf, e, p.maxDaysPerWeek - usedWeek[w]);
            for (int m = 0; m < 12; ++m)
                lp.addRow(-inf, month[std::size_t(m)],
                          p.maxDaysPerMonth - usedMonth[std::size_t(m)]);
            lp.addRow(-inf, year, p.maxDaysPerYear - usedYear);
        }
        for (const Venue &v : in.venues) {
            std::set<qint64> booked;
            for (const Cohort &c : in.cohorts) {
                if (c.venueId == v.id) {
                    for (QDate d : datesOf[c.id])
                        booked.insert(d.toJulianDay());
                }
            }
            for (int d = 0; d < days; ++d) {
                const QDate date = first.addDays(d);
                if (!open[std::size_t(d)] || booked.count(date.toJulianDay()))
                    continue;
                lemon::Lp::Expr day;
                for (int c : courses) {
                    if (v.seats < in.courses[std::size_t(c)].defaultCapacity)
                        continue;
                    const lemon::Lp::Col b = col(1);
                    day += b;
                    hosted[{c, date.month() - 1}] += b;
                }
                lp.addRow(-inf, day, 1);
            }
        }
        for (const auto &[key, c] : x) {
            const Course &k = in.courses[std::size_t(key.first)];
            lp.addRow(0, staff[key] - double(staffDays(k)) * c, inf);
            lp.addRow(0, hosted[key] - double(k.days) * c, inf);
        }
        lp.min();
        lp.solve();
        return lp.primalType() == lemon::Lp::OPTIMAL;
    };

    // Every count vector with its objective, best first.
    struct Candidate
    {
        double share;
        double total;
        std::vector<int> X;
    };
    std::vector<Candidate> candidates;
    std::vector<int> X(courses.size(), 0);
    std::function<void(std::size_t)> walk = [&](std::size_t i) {
        if (i == courses.size()) {
            double share = 1, total = 0;
            for (std::size_t t = 0; t < tracks.size(); ++t) {
                double trained = tracks[t].plannedTrained, certified = tracks[t].plannedCertified;
                for (std::size_t j = 0; j < courses.size(); ++j) {
                    const Course &k = in.courses[std::size_t(courses[j])];
                    if (trackOf[std::size_t(courses[j])] != int(t))
                        continue;
                    trained += trainedPerCohort(k) * X[j];
                    certified += trainedPerCohort(k) * rates(k).passRate * X[j];
                }
                if (tracks[t].trained > 0) {
                    share = std::min(share, trained / tracks[t].trained);
                    total += std::min(trained, tracks[t].trained);
                }
                if (tracks[t].certified > 0) {
                    share = std::min(share, certified / tracks[t].certified);
                    total += std::min(certified, tracks[t].certified);
                }
            }
            candidates.push_back({share, total, X});
            return;
        }
        for (int n = 0; n <= cap[std::size_t(courses[i])]; ++n) {
            X[i] = n;
            walk(i + 1);
        }
        X[i] = 0;
    };
    walk(0);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (std::abs(a.share - b.share) > 1e-9)
                             return a.share > b.share;
                         return a.total > b.total + 1e-9;
                     });
    Reference best;
    best.plans = long(candidates.size());
    for (const Candidate &c : candidates) {
        ++best.checked;
        if (fits(c.X)) {
            best.minShare = c.share;
            best.total = c.total;
            break;
        }
    }
    return best;
}

// A small random plan: one or two tracks, Nov and Dec open.
CapacityInput randomPlan(unsigned seed)
{
    std::mt19937 rng(seed);
    const auto pick = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    Plan p;
    p.onlyFrom(QDate(Year, 11, 1));
    const int tracks = pick(1, 2);
    std::vector<Id> trackIds;
    for (int t = 0; t < tracks; ++t) {
        const Id track = p.track(QStringLiteral("T%1").arg(t), 0);
        trackIds.push_back(track);
        const int courses = tracks == 1 ? pick(1, 2) : 1;
        int seatsSum = 0;
        for (int c = 0; c < courses; ++c) {
            const int seats = 5 * pick(2, 8);
            seatsSum += seats;
            p.course(track, QStringLiteral("T%1-%2").arg(t).arg(c), pick(3, 8), seats,
                     c == 0 ? CourseLevel::Foundation : CourseLevel::Advanced);
        }
        // At most four cohorts needed: small enough to enumerate.
        p.in.targets.back().trainees = pick(1, 4) * seatsSum / courses;
        if (pick(0, 1) == 1)
            p.in.targets.back().certified = p.in.targets.back().trainees / 2;
    }
    if (pick(0, 1) == 1)
        p.in.assumptions = {0.9, 0.1, 0.8, 0.7};
    const int people = pick(1, 3);
    for (int i = 0; i < people; ++i) {
        const Id person = p.instructor(pick(2, 5), pick(5, 20), pick(8, 40));
        for (Id track : trackIds) {
            if (pick(0, 3) > 0)
                p.qualify(person, track,
                          pick(0, 1) ? CourseLevel::Advanced : CourseLevel::Foundation);
        }
    }
    for (int v = 0, n = pick(1, 2); v < n; ++v)
        p.venue(5 * pick(2, 8));
    if (pick(0, 2) == 0)
        p.in.assistantsAbove = 25;
    return p.in;
}

// Near the programme's size: 150 instructors, 12 courses, 14 venues, 3 tracks.
CapacityInput benchmarkPlan()
{
    std::mt19937 rng(14);
    const auto pick = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    Plan p;
    p.in.assumptions = CapacityAssumptions{};
    const QStringList names{QStringLiteral("AI"), QStringLiteral("Blockchain"),
                            QStringLiteral("Big Data")};
    const std::array<CourseLevel, 4> levels{CourseLevel::Foundation, CourseLevel::Foundation,
                                            CourseLevel::Intermediate, CourseLevel::Advanced};
    const std::array<int, 4> days{5, 8, 10, 6};
    const std::array<int, 4> seats{30, 40, 30, 24};
    std::vector<Id> tracks;
    for (int t = 0; t < 3; ++t) {
        tracks.push_back(p.track(names[t], 3334, 2600));
        for (int c = 0; c < 4; ++c)
            p.course(tracks.back(), QStringLiteral("%1-%2").arg(t).arg(c + 1), days[std::size_t(c)],
                     seats[std::size_t(c)], levels[std::size_t(c)]);
    }
    const QStringList districts{QStringLiteral("Haidian"), QStringLiteral("Chaoyang"),
                                QStringLiteral("Dongcheng"), QStringLiteral("Xicheng")};
    for (int i = 0; i < 150; ++i) {
        const bool partTime = i % 7 == 0;
        const Id person = partTime ? p.instructor(3, 10, 100) : p.instructor(5, 16, 160);
        const int track = i % 3;
        const int level = pick(0, 2);
        p.qualify(person, tracks[std::size_t(track)], CourseLevel(level));
        if (i % 10 == 0)
            p.qualify(person, tracks[std::size_t((track + 1) % 3)], CourseLevel::Foundation,
                      QDate(Year, 7, 1));
        if (i % 4 == 0) {
            const QDate start = QDate(Year, 1, 1).addDays(pick(0, 350));
            p.in.leaves.push_back(
                {Id(p.in.leaves.size() + 1), person, start, start.addDays(pick(4, 14)), {}});
        }
    }
    const std::array<int, 14> venueSeats{30, 30, 30, 30, 40, 40, 40, 40, 50, 50, 60, 24, 24, 80};
    for (int v = 0; v < 14; ++v)
        p.venue(venueSeats[std::size_t(v)], districts[v % 4]);
    // Sixty cohorts planned in the first quarter, a few still without a lead.
    for (int k = 0; k < 60; ++k) {
        const Course &c = p.in.courses[std::size_t(k % 12)];
        const QDate start = QDate(Year, 1, 4).addDays(7 * (k / 6));
        const Id lead = k % 9 == 0 ? 0 : p.in.instructors[std::size_t((k * 37) % 150)].id;
        p.cohort(c.id, c.defaultCapacity, start, start.addDays(c.days > 5 ? 11 : 4),
                 p.in.venues[std::size_t(k % 14)].id, lead);
    }
    p.in.blackouts.push_back(
        {QDate(Year, 2, 8), QDate(Year, 2, 12), QStringLiteral("Spring Festival")});
    p.in.blackouts.push_back(
        {QDate(Year, 10, 1), QDate(Year, 10, 7), QStringLiteral("National Day")});
    return p.in;
}

// The benchmark plan with a calendar of its own (holidays, a make-up working day), an
// online course, and by seed: assistants, a start later in the year, more leave.
CapacityInput draftPlan(int seed)
{
    CapacityInput in = benchmarkPlan();
    std::mt19937 rng{unsigned(seed)};
    in.calendar = {
        {QDate(Year, 5, 3), CalendarDayKind::Holiday, QStringLiteral("Labour Day"), QString()},
        {QDate(Year, 5, 4), CalendarDayKind::Holiday, QStringLiteral("Labour Day"), QString()},
        {QDate(Year, 5, 5), CalendarDayKind::Holiday, QStringLiteral("Labour Day"), QString()},
        {QDate(Year, 4, 25), CalendarDayKind::Workday, QStringLiteral("Labour Day"), QString()},
        {QDate(Year, 6, 14), CalendarDayKind::Holiday, QStringLiteral("Dragon Boat"), QString()}};
    Venue online;
    online.id = 999;
    online.name = QStringLiteral("Online");
    online.seats = 500;
    online.online = true;
    in.venues.push_back(online);
    in.onlineCourses.insert(in.courses[1].id);
    if (seed % 2 == 1)
        in.assistantsAbove = 35;
    for (int k = 0; k < seed * 5; ++k) {
        const QDate start =
            QDate(Year, 1, 1).addDays(std::uniform_int_distribution<int>(0, 360)(rng));
        const Id who =
            in.instructors[std::size_t(std::uniform_int_distribution<int>(0, 149)(rng))].id;
        in.leaves.push_back({Id(in.leaves.size() + 1), who, start, start.addDays(3), {}});
    }
    return in;
}

// The plan as the conflict engine and the solver see it.
ConflictInput conflictInputOf(const CapacityInput &in)
{
    ConflictInput plan;
    plan.tracks = in.tracks;
    plan.courses = in.courses;
    plan.venues = in.venues;
    plan.instructors = in.instructors;
    plan.qualifications = in.qualifications;
    plan.leaves = in.leaves;
    plan.cohorts = in.cohorts;
    plan.sessions = in.sessions;
    plan.cohortInstructors = in.cohortInstructors;
    plan.calendar = in.calendar;
    return plan;
}

// The rules a draft keeps, checked here from the input alone: working days outside the
// blackouts, whole runs in the year from the earliest start, one cohort per venue slot,
// enough seats, and held instructors qualified, free and within their limits; then the
// conflict engine over plan and draft adds no conflict but the missing calendar.
void checkDraft(const CapacityInput &in, const DraftResult &draft, QDate earliest)
{
    const WorkCalendar calendar(in.calendar);
    std::map<Id, const Course *> courses;
    for (const Course &c : in.courses)
        courses[c.id] = &c;
    std::map<Id, const Venue *> venues;
    for (const Venue &v : in.venues)
        venues[v.id] = &v;
    std::set<std::tuple<Id, QDate, int>> taken;
    std::map<Id, Id> venueOf;
    for (const Cohort &c : in.cohorts)
        venueOf[c.id] = c.venueId;
    for (const Session &s : in.sessions)
        if (venueOf[s.cohortId] != 0)
            taken.insert({venueOf[s.cohortId], s.date, int(s.slot)});
    ConflictInput plan = conflictInputOf(in);
    ConflictEngine before;
    before.load(plan);
    Id nextId = 100000;
    std::array<int, 12> byMonth{};
    for (const DraftCohort &d : draft.cohorts) {
        const Cohort &c = d.planned.cohort;
        const Course &course = *courses.at(c.courseId);
        QCOMPARE(c.status, CohortStatus::Planned);
        QCOMPARE(c.capacity, course.defaultCapacity);
        QVERIFY(!d.planned.sessions.empty());
        QCOMPARE(int(d.planned.sessions.size()),
                 course.days * std::popcount(unsigned(course.sessionSlots)));
        QCOMPARE(d.month, d.planned.sessions.front().date.month());
        ++byMonth[std::size_t(d.month - 1)];
        QDate previous;
        for (const Session &s : d.planned.sessions) {
            QVERIFY2(calendar.isWorkingDay(s.date), qPrintable(s.date.toString(Qt::ISODate)));
            QCOMPARE(s.date.year(), Year);
            QVERIFY(s.date >= earliest);
            for (const CapacityBlackout &b : in.blackouts)
                QVERIFY2(s.date < b.from || s.date > b.until,
                         qPrintable(s.date.toString(Qt::ISODate)));
            if (previous.isValid())
                QVERIFY(previous.daysTo(s.date) <= 5);
            previous = s.date;
        }
        const bool online = in.onlineCourses.count(course.id) > 0;
        QCOMPARE(c.mode, online ? CohortMode::Online : CohortMode::InPerson);
        if (!online) {
            QVERIFY(venues.count(c.venueId));
            QVERIFY(!venues.at(c.venueId)->online);
            QVERIFY(venues.at(c.venueId)->seats >= c.capacity);
            for (const Session &s : d.planned.sessions)
                QVERIFY2(taken.insert({c.venueId, s.date, int(s.slot)}).second,
                         "a venue's slot booked twice");
        }
        const int needed = in.assistantsAbove > 0 && c.capacity > in.assistantsAbove ? 2 : 1;
        QCOMPARE(int(d.heldInstructors.size()), needed);
        Cohort placed = c;
        placed.id = nextId++;
        plan.cohorts.push_back(placed);
        for (Session s : d.planned.sessions) {
            s.cohortId = placed.id;
            plan.sessions.push_back(s);
        }
        for (std::size_t k = 0; k < d.heldInstructors.size(); ++k)
            plan.cohortInstructors.push_back(
                {placed.id, d.heldInstructors[k],
                 k == 0 ? InstructorRole::Lead : InstructorRole::Assistant, false});
    }
    QCOMPARE(byMonth, draft.byMonth);
    ConflictEngine after;
    after.load(plan);
    const auto key = [](const Conflict &c) {
        return std::tuple{int(c.rule), c.cohortId, c.otherCohortId,           c.instructorId,
                          c.venueId,   c.date,     c.slot ? int(*c.slot) : -1};
    };
    std::multiset<decltype(key(Conflict{}))> known;
    for (const Conflict &c : before.conflicts())
        known.insert(key(c));
    for (const Conflict &c : after.conflicts()) {
        if (c.rule == ConflictRule::CalendarMissing || known.count(key(c)))
            continue;
        QFAIL(qPrintable(QStringLiteral("the draft adds a conflict: %1").arg(c.explanation)));
    }
}

const Bottleneck *findKind(const CapacityResult &r, BottleneckKind kind)
{
    for (const Bottleneck &b : r.bottlenecks) {
        if (b.kind == kind)
            return &b;
    }
    return nullptr;
}

} // namespace

class TestCapacityPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void arithmetic_data();
    void arithmetic();
    void sufficient();
    void sufficientWithoutSubproblem();
    void instructorsBind();
    void venuesBind();
    void assistantsBind();
    void supply();
    void unstaffedPlanned();
    void monthsFree();
    void bruteForce_data();
    void bruteForce();
    void validate_data();
    void validate();
    void benchmark();
    void draftReachesTarget();
    void draftKeepsTheRules_data();
    void draftKeepsTheRules();
    void draftUnplaced_data();
    void draftUnplaced();
    void draftEarliestStart();
    void draftStaffed();
};

void TestCapacityPlanner::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCapacityPlanner::arithmetic_data()
{
    QTest::addColumn<int>("seats");
    QTest::addColumn<double>("fill");
    QTest::addColumn<double>("noShow");
    QTest::addColumn<double>("completion");
    QTest::addColumn<double>("pass");
    QTest::addColumn<int>("trained");
    QTest::addColumn<int>("certified");
    QTest::addColumn<int>("planned"); // seats of one planned cohort ending in the year, 0: none
    QTest::addColumn<int>("cohortsNeeded");
    QTest::addColumn<int>("seatsNeeded");
    // 30 seats x 0.9 x 0.95 x 0.9 = 23.085 trained a cohort; 100 / 23.085 = 4.33.
    QTest::newRow("rates, rounded up")
        << 30 << 0.9 << 0.05 << 0.9 << 0.8 << 100 << 0 << 0 << 5 << 130;
    QTest::newRow("exact division is not rounded up")
        << 20 << 1.0 << 0.0 << 1.0 << 1.0 << 100 << 0 << 0 << 5 << 100;
    // 25 x 0.8 x 0.5 = 10 a cohort.
    QTest::newRow("no-shows and completion")
        << 25 << 1.0 << 0.2 << 0.5 << 1.0 << 100 << 0 << 0 << 10 << 250;
    // 20 trained but 10 certified a cohort: the certified target decides.
    QTest::newRow("certified decides")
        << 20 << 1.0 << 0.0 << 1.0 << 0.5 << 40 << 40 << 0 << 4 << 80;
    QTest::newRow("planned cohort counts")
        << 20 << 1.0 << 0.0 << 1.0 << 1.0 << 100 << 0 << 20 << 4 << 80;
    QTest::newRow("target already met")
        << 20 << 1.0 << 0.0 << 1.0 << 1.0 << 20 << 0 << 30 << 0 << 0;
}

void TestCapacityPlanner::arithmetic()
{
    QFETCH(int, seats);
    QFETCH(double, fill);
    QFETCH(double, noShow);
    QFETCH(double, completion);
    QFETCH(double, pass);
    QFETCH(int, trained);
    QFETCH(int, certified);
    QFETCH(int, planned);
    QFETCH(int, cohortsNeeded);
    QFETCH(int, seatsNeeded);
    Plan p;
    p.in.assumptions = {fill, noShow, completion, pass};
    const Id track = p.track(QStringLiteral("AI"), trained, certified);
    const Id course = p.course(track, QStringLiteral("AI-101"), 5, seats);
    for (int i = 0; i < 4; ++i)
        p.qualify(p.instructor(5, 20, 200), track);
    p.venue(seats);
    p.venue(seats);
    if (planned > 0)
        p.cohort(course, planned, QDate(Year, 3, 1), QDate(Year, 3, 5), p.in.venues.front().id,
                 p.in.instructors.front().id);

    const CapacityResult r = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(r.problem);
    QCOMPARE(r.tracks.size(), std::size_t(1));
    const TrackCapacity &t = r.tracks.front();
    QCOMPARE(t.cohortsNeeded, cohortsNeeded);
    QCOMPARE(t.seatsNeeded, seatsNeeded);
    QCOMPARE(t.cohortsPlanned, planned > 0 ? 1 : 0);
    const double perSeat = fill * (1 - noShow) * completion;
    QVERIFY(qFuzzyCompare(1 + t.plannedTrained, 1 + planned * perSeat));
    QCOMPARE(t.instructorDaysNeeded, double(cohortsNeeded * 5));
    // Plenty of everything: the targets are reached, and no more cohorts than needed run.
    QVERIFY(r.feasible);
    QVERIFY(r.exact);
    QCOMPARE(t.reachableTrained, double(trained));
    QCOMPARE(t.reachableShare, 1.0);
    QVERIFY(t.newCohorts <= cohortsNeeded);
    QVERIFY(r.bottlenecks.empty());
}

void TestCapacityPlanner::sufficient()
{
    Plan p;
    const Id ai = p.track(QStringLiteral("AI"), 400, 300);
    const Id data = p.track(QStringLiteral("Data"), 300);
    p.in.trackAssumptions[ai] = {1.0, 0.0, 1.0, 0.75};
    const Id a1 = p.course(ai, QStringLiteral("AI-101"), 10, 20);
    const Id a2 = p.course(ai, QStringLiteral("AI-301"), 5, 20, CourseLevel::Advanced);
    p.course(data, QStringLiteral("D-101"), 5, 30);
    p.in.courseMix = {{a1, 1.0}, {a2, 1.0}};
    for (int i = 0; i < 3; ++i)
        p.qualify(p.instructor(5, 16, 160), ai);
    p.qualify(p.instructor(5, 16, 160), data);
    p.venue(30);
    p.venue(20, QStringLiteral("Haidian"));

    const CapacityResult r = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(r.problem);
    QVERIFY(r.feasible);
    QVERIFY(r.exact);
    QCOMPARE(r.minShare, 1.0);
    QVERIFY(r.bottlenecks.empty());
    QCOMPARE(r.tracks.size(), std::size_t(2));
    const TrackCapacity &t = r.tracks[0];
    QCOMPARE(t.reachableTrained, 400.0);
    QCOMPARE(t.reachableCertified, 300.0);
    // 400 trained at 20 a cohort: 20 cohorts, half of each course; 10 x 10 + 10 x 5 days.
    QCOMPARE(t.cohortsNeeded, 20);
    QCOMPARE(t.courses.size(), std::size_t(2));
    QCOMPARE(t.courses[0].cohortsNeeded, 10);
    QCOMPARE(t.instructorDaysNeeded, 150.0);
    QCOMPARE(t.newCohorts, 20);
    // The flat profile spreads the need over the working days.
    QVERIFY(qFuzzyCompare(t.months[2].cohortsNeeded, 20.0 * WorkingDays2027[2] / 261));
    int inMonths = 0;
    for (const CapacityMonth &m : t.months)
        inMonths += m.newCohorts;
    QCOMPARE(inMonths, 20);
    QCOMPARE(r.tracks[1].reachableTrained, 300.0);
}

// A year that fits is proved by the greedy placement checked against the subproblem's
// rows: no resource LP, the search ends at its roots, and the figures are those of the
// optimum (the brute-force comparisons below cover the same path on small plans).
void TestCapacityPlanner::sufficientWithoutSubproblem()
{
    Plan p;
    const Id ai = p.track(QStringLiteral("AI"), 400, 300);
    p.in.trackAssumptions[ai] = {1.0, 0.0, 1.0, 0.75};
    p.course(ai, QStringLiteral("AI-101"), 10, 20);
    for (int i = 0; i < 3; ++i)
        p.qualify(p.instructor(5, 16, 160), ai);
    p.venue(30);
    const CapacityResult r = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(r.problem);
    QVERIFY(r.feasible);
    QVERIFY(r.exact);
    QCOMPARE(r.minShare, 1.0);
    QCOMPARE(r.minShareBound, 1.0);
    QCOMPARE(r.subproblems, 0);
    QCOMPARE(r.tracks.front().newCohorts, 20);
    double inMonths = 0;
    for (const CapacityMonth &m : r.tracks.front().months) {
        inMonths += m.newCohorts;
        QCOMPARE(m.newCohorts, m.newCohortsMonthsFree);
    }
    QVERIFY(std::abs(inMonths - 20) < 1e-6);
}

void TestCapacityPlanner::instructorsBind()
{
    // One lead with 16 days a month and 160 a year teaches 16 ten-day cohorts (they may
    // run across a month's end): 320 of 400 trained. The profile would run 20 cohorts,
    // 200 days.
    Plan p;
    const Id ai = p.track(QStringLiteral("AI"), 400);
    const Id course = p.course(ai, QStringLiteral("AI-101"), 10, 20);
    const Id lead = p.instructor(5, 16, 160);
    p.qualify(lead, ai, CourseLevel::Foundation);
    p.venue(30);

    const CapacityResult r = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(r.problem);
    QVERIFY(!r.feasible);
    QVERIFY(r.exact);
    QCOMPARE(r.tracks.front().reachableTrained, 320.0);
    QCOMPARE(r.tracks.front().newCohorts, 16);
    QCOMPARE(r.minShare, 0.8);
    QCOMPARE(r.minShareBound, 0.8);
    QCOMPARE(r.minShareMonthsFree, 0.8); // the yearly limit binds: moving does not help
    QCOMPARE(r.tracks.front().months[0].instructorDaysAvailable, 16.0);
    QCOMPARE(r.tracks.front().instructorDaysAvailable, 160.0);

    QCOMPARE(r.bottlenecks.size(), std::size_t(1));
    const Bottleneck &b = r.bottlenecks.front();
    QCOMPARE(b.kind, BottleneckKind::InstructorsLead);
    QCOMPARE(b.resource, QStringLiteral("Foundation AI leads"));
    QCOMPARE(b.firstMonth, 1);
    QCOMPARE(b.lastMonth, 12);
    QCOMPARE(std::round(b.need), 200.0);
    QCOMPARE(b.have, 160.0);
    QCOMPARE(b.remedyAmount, 1); // 40 days short, one more lead gives 160
    QCOMPARE(b.courseIds, std::vector<Id>{course});
    QCOMPARE(
        b.explanation,
        QStringLiteral(
            "Foundation AI leads: need 200 instructor-days in Jan–Dec, have 160 → 80 % of the "
            "AI target reachable; remedy: 1 more qualified lead(s) for Foundation AI in Jan–Dec."));

    // The remedy closes it.
    p.qualify(p.instructor(5, 16, 160), ai, CourseLevel::Foundation);
    QVERIFY(CapacityPlanner::plan(p.in).feasible);
}

void TestCapacityPlanner::venuesBind()
{
    // One venue big enough: 261 open days, 26 ten-day cohorts of 30, 780 of 1,200. The
    // smaller venue does not help.
    Plan p;
    const Id data = p.track(QStringLiteral("Data"), 1200);
    p.course(data, QStringLiteral("D-101"), 10, 30);
    for (int i = 0; i < 5; ++i)
        p.qualify(p.instructor(5, 22, 260), data);
    const Id big = p.venue(30, QStringLiteral("Chaoyang"));
    p.venue(20, QStringLiteral("Haidian"));

    const CapacityResult r = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(r.problem);
    QVERIFY(!r.feasible);
    QCOMPARE(r.tracks.front().reachableTrained, 780.0);
    QCOMPARE(r.tracks.front().months[1].venueSlotDaysAvailable, 2.0 * WorkingDays2027[1]);
    const Bottleneck *b = findKind(r, BottleneckKind::VenueSeats);
    QVERIFY(b);
    QVERIFY(!findKind(r, BottleneckKind::InstructorsLead));
    QCOMPARE(b->resource, QStringLiteral("venues with 30 seats"));
    QCOMPARE(b->firstMonth, 1);
    QCOMPARE(b->lastMonth, 12);
    QCOMPARE(std::round(b->need), 800.0); // 40 cohorts x 10 days x 2 slots
    QCOMPARE(b->have, 520.0);
    QCOMPARE(b->venueIds, std::vector<Id>{big});
    QCOMPARE(b->remedyAmount, 1);
    QCOMPARE(b->remedy, QStringLiteral("1 more venue(s) with 30 seats in Chaoyang, Jan–Dec"));
    QVERIFY(
        b->explanation.startsWith(QStringLiteral("venues with 30 seats: need 800 slot-days in "
                                                 "Jan–Dec, have 520 → 65 % of the Data target")));

    p.venue(30);
    QVERIFY(CapacityPlanner::plan(p.in).feasible);
}

void TestCapacityPlanner::assistantsBind()
{
    // Cohorts of 20 need an assistant: 20 instructor-days a 10-day cohort. Two leads with
    // 160 days each: 16 cohorts, 320 of 400 trained. Leads alone (200 days) would do.
    Plan p;
    p.in.assistantsAbove = 15;
    const Id ai = p.track(QStringLiteral("AI"), 400);
    p.course(ai, QStringLiteral("AI-101"), 10, 20);
    p.qualify(p.instructor(5, 16, 160), ai, CourseLevel::Foundation);
    p.qualify(p.instructor(5, 16, 160), ai, CourseLevel::Foundation);
    p.venue(30);

    const CapacityResult r = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(r.problem);
    QCOMPARE(r.tracks.front().reachableTrained, 320.0);
    QCOMPARE(r.tracks.front().instructorDaysNeeded, 400.0);
    QCOMPARE(r.bottlenecks.size(), std::size_t(1));
    const Bottleneck &b = r.bottlenecks.front();
    QCOMPARE(b.kind, BottleneckKind::InstructorsAssistant);
    QCOMPARE(b.resource, QStringLiteral("Foundation AI assistants"));
    QCOMPARE(std::round(b.need), 400.0);
    QCOMPARE(b.have, 320.0);
    QCOMPARE(b.remedyAmount, 1);
}

void TestCapacityPlanner::supply()
{
    // X teaches a planned cohort on 8 days of March; Y is qualified from July and on
    // leave for 10 working days in August.
    Plan p;
    const Id ai = p.track(QStringLiteral("AI"), 100);
    const Id course = p.course(ai, QStringLiteral("AI-101"), 5, 20);
    const Id x = p.instructor(5, 16, 160);
    const Id y = p.instructor(5, 16, 160);
    p.qualify(x, ai);
    p.qualify(y, ai, CourseLevel::Advanced, QDate(Year, 7, 1));
    p.in.leaves.push_back({1, y, QDate(Year, 8, 2), QDate(Year, 8, 13), QStringLiteral("holiday")});
    const Id venue = p.venue(30);
    p.cohort(course, 20, QDate(Year, 3, 1), QDate(Year, 3, 10), venue, x);

    const CapacityResult r = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(r.problem);
    const TrackCapacity &t = r.tracks.front();
    QCOMPARE(t.cohortsPlanned, 1);
    QCOMPARE(t.plannedTrained, 20.0);
    QCOMPARE(t.cohortsNeeded, 4);
    QCOMPARE(t.months[0].instructorDaysAvailable, 16.0);
    QCOMPARE(t.months[2].instructorDaysAvailable, 8.0);  // 16 less the 8 taught
    QCOMPARE(t.months[5].instructorDaysAvailable, 16.0); // Y not yet
    QCOMPARE(t.months[6].instructorDaysAvailable, 32.0);
    QCOMPARE(t.months[7].instructorDaysAvailable, 28.0); // Y: 22 - 10 days of leave
    // X: 152 days left of 160; Y: 16 + 12 + 4 x 16.
    QCOMPARE(t.instructorDaysAvailable, 152.0 + 92.0);
    // The planned cohort's 8 days take 16 of the venue's March slots.
    QCOMPARE(t.months[2].venueSlotDaysAvailable, 2.0 * (WorkingDays2027[2] - 8));
    QVERIFY(r.feasible);
}

void TestCapacityPlanner::unstaffedPlanned()
{
    // A planned cohort without a lead on 5 days of April needs them from the staff.
    Plan p;
    const Id ai = p.track(QStringLiteral("AI"), 100);
    const Id course = p.course(ai, QStringLiteral("AI-101"), 5, 20);
    const Id lead = p.instructor(5, 16, 160);
    p.qualify(lead, ai);
    const Id venue = p.venue(30);
    p.cohort(course, 20, QDate(Year, 4, 5), QDate(Year, 4, 9), venue, 0);

    CapacityResult r = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(r.problem);
    QVERIFY(r.feasible);
    const TrackCapacity &t = r.tracks.front();
    QCOMPARE(t.cohortsNeeded, 4); // 80 more after the planned 20
    QVERIFY(
        qFuzzyCompare(t.months[3].instructorDaysNeeded, 4.0 * 5 * WorkingDays2027[3] / 261 + 5));

    // On leave all April, the only lead cannot cover it: not feasible, and said so. (The
    // month is the unit: a leave of that week alone would leave April days to cover it.)
    p.in.leaves.push_back(
        {1, lead, QDate(Year, 4, 1), QDate(Year, 4, 30), QStringLiteral("course")});
    r = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(r.problem);
    QVERIFY(!r.feasible);
    QCOMPARE(r.tracks.front().reachableTrained, 100.0); // the new cohorts are not at risk
    bool found = false;
    for (const Bottleneck &b : r.bottlenecks) {
        if (b.resource == QStringLiteral("leads for planned cohorts")) {
            found = true;
            QCOMPARE(b.kind, BottleneckKind::InstructorsLead);
            QCOMPARE(b.need, 5.0);
            QCOMPARE(b.have, 0.0);
        }
    }
    QVERIFY(found);
}

void TestCapacityPlanner::monthsFree()
{
    // The profile puts every cohort in March, where one lead has days for 1.6 of them.
    Plan p;
    const Id ai = p.track(QStringLiteral("AI"), 200);
    p.course(ai, QStringLiteral("AI-101"), 10, 20);
    p.qualify(p.instructor(5, 16, 160), ai);
    p.venue(30);
    std::array<double, 12> profile{};
    profile[2] = 1;
    p.in.seasonalProfile = profile;

    const CapacityResult r = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(r.problem);
    QCOMPARE(r.minShare, 0.1);
    QCOMPARE(r.minShareMonthsFree, 1.0);
    QCOMPARE(r.tracks.front().months[2].newCohorts, 1.0);
    QCOMPARE(r.tracks.front().months[2].cohortsNeeded, 10.0);
    const Bottleneck *calendar = findKind(r, BottleneckKind::Calendar);
    QVERIFY(calendar);
    QCOMPARE(calendar->resource, QStringLiteral("seasonal profile of AI"));
    QCOMPARE(calendar->firstMonth, 3);
    QCOMPARE(calendar->lastMonth, 3);
    // Ten cohorts months free, 1.6 of them can stay in March: 8.4 move, rounded up.
    QCOMPARE(calendar->remedyAmount, 9);
    QVERIFY2(calendar->remedy.startsWith(QStringLiteral("move 9 cohort(s) to ")),
             qPrintable(calendar->remedy));
    double outside = 0;
    for (int m = 0; m < 12; ++m)
        outside += m == 2 ? 0 : r.tracks.front().months[std::size_t(m)].newCohortsMonthsFree;
    QVERIFY2(std::abs(outside - 8.4) < 1e-3, qPrintable(QString::number(outside)));
    // March is short of leads as well.
    const Bottleneck *leads = findKind(r, BottleneckKind::InstructorsLead);
    QVERIFY(leads);
    QCOMPARE(leads->firstMonth, 3);
    QCOMPARE(leads->lastMonth, 3);
}

void TestCapacityPlanner::bruteForce_data()
{
    QTest::addColumn<int>("plan");
    QTest::newRow("one lead, yearly limit") << 0;
    QTest::newRow("two tracks share a lead") << 1;
    QTest::newRow("two venue sizes") << 2;
    QTest::newRow("weekly limit across a month boundary") << 3;
    QTest::newRow("assistants") << 4;
    QTest::newRow("a planned cohort takes days") << 5;
    QTest::newRow("certified targets, rates per track") << 6;
    for (int seed = 1; seed <= 16; ++seed)
        QTest::addRow("random %d", seed) << 100 + seed;
}

void TestCapacityPlanner::bruteForce()
{
    QFETCH(int, plan);
    CapacityInput in;
    if (plan >= 100) {
        in = randomPlan(unsigned(plan));
    } else {
        Plan p;
        p.onlyFrom(QDate(Year, 10, 1));
        switch (plan) {
        case 0: { // 40 days a year: five 8-day cohorts of 10 needed
            const Id a = p.track(QStringLiteral("A"), 200);
            p.course(a, QStringLiteral("A1"), 8, 20);
            p.qualify(p.instructor(5, 16, 40), a);
            p.venue(20);
            break;
        }
        case 1: {
            const Id a = p.track(QStringLiteral("A"), 100);
            const Id b = p.track(QStringLiteral("B"), 300);
            p.course(a, QStringLiteral("A1"), 5, 20);
            p.course(b, QStringLiteral("B1"), 10, 30);
            const Id both = p.instructor(5, 20, 60);
            p.qualify(both, a);
            p.qualify(both, b);
            p.qualify(p.instructor(5, 10, 100), b);
            p.venue(30);
            p.venue(30);
            break;
        }
        case 2: {
            p.onlyFrom(QDate(Year, 11, 1));
            const Id a = p.track(QStringLiteral("A"), 240);
            const Id small = p.course(a, QStringLiteral("A1"), 5, 20);
            const Id large = p.course(a, QStringLiteral("A2"), 5, 40, CourseLevel::Intermediate);
            p.in.courseMix = {{small, 1}, {large, 1}};
            for (int i = 0; i < 2; ++i)
                p.qualify(p.instructor(5, 10, 200), a);
            p.venue(40);
            p.venue(20);
            break;
        }
        case 3: { // Oct 9 days; Nov and Dec share week 48's two: 27 days, 3 cohorts, not 4
            const Id a = p.track(QStringLiteral("A"), 60);
            p.course(a, QStringLiteral("A1"), 7, 10);
            p.qualify(p.instructor(2, 20, 100), a);
            p.venue(10);
            break;
        }
        case 4: {
            const Id a = p.track(QStringLiteral("A"), 200);
            p.course(a, QStringLiteral("A1"), 5, 20);
            p.in.assistantsAbove = 15;
            p.qualify(p.instructor(5, 12, 100), a);
            p.qualify(p.instructor(5, 12, 100), a);
            p.venue(20);
            break;
        }
        case 5: {
            const Id a = p.track(QStringLiteral("A"), 300);
            const Id a1 = p.course(a, QStringLiteral("A1"), 5, 20);
            const Id x = p.instructor(5, 15, 40);
            p.qualify(x, a);
            const Id v = p.venue(20);
            p.cohort(a1, 20, QDate(Year, 11, 1), QDate(Year, 11, 5), v, x);
            break;
        }
        case 6: {
            const Id a = p.track(QStringLiteral("A"), 100, 90);
            const Id b = p.track(QStringLiteral("B"), 120, 30);
            p.in.trackAssumptions[a] = {1.0, 0.0, 1.0, 0.5};
            p.in.trackAssumptions[b] = {0.9, 0.1, 0.8, 0.5};
            p.course(a, QStringLiteral("A1"), 5, 20);
            p.course(b, QStringLiteral("B1"), 4, 25);
            const Id shared = p.instructor(4, 12, 30);
            p.qualify(shared, a);
            p.qualify(shared, b);
            p.qualify(p.instructor(5, 10, 20), a);
            p.venue(25);
            break;
        }
        }
        in = p.in;
    }
    VERIFY_OK(CapacityPlanner::validate(in));
    const CapacityResult r = CapacityPlanner::plan(in);
    VERIFY_NO_PROBLEM(r.problem);
    QVERIFY(r.exact);
    const Reference ref = enumerate(in);
    QVERIFY(ref.plans > 0);
    QVERIFY2(std::abs(r.minShare - ref.minShare) < 1e-6,
             qPrintable(QStringLiteral("planner %1, enumeration %2 (%3 plans, %4 checked)")
                            .arg(r.minShare)
                            .arg(ref.minShare)
                            .arg(ref.plans)
                            .arg(ref.checked)));
    QVERIFY2(std::abs(r.totalReached - ref.total) < 1e-6,
             qPrintable(
                 QStringLiteral("planner %1, enumeration %2").arg(r.totalReached).arg(ref.total)));
    // Freeing the months never reaches less.
    QVERIFY(r.minShareMonthsFree >= r.minShare - 1e-9);
    if (r.minShareMonthsFree <= r.minShare + 1e-9)
        QVERIFY(r.totalReachedMonthsFree >= r.totalReached - 1e-6);
    if (plan == 3)
        QCOMPARE(r.tracks.front().newCohorts, 3);
}

void TestCapacityPlanner::validate_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << 0 << QString();
    QTest::newRow("fill rate above 1")
        << 1
        << QStringLiteral(
               "The fill rate of the default assumptions is 1.5; a rate lies between 0 and 1.");
    QTest::newRow("no-show rate of a track below 0")
        << 2 << QStringLiteral("The no-show rate of AI is -0.1; a rate lies between 0 and 1.");
    QTest::newRow("pass rate of a course")
        << 3
        << QStringLiteral(
               "The certification pass rate of AI-101 is 2; a rate lies between 0 and 1.");
    QTest::newRow("no targets for the year")
        << 4
        << QStringLiteral(
               "There are no targets for 2027: set how many engineers each track is to train.");
    QTest::newRow("profile all zero")
        << 5
        << QStringLiteral(
               "The seasonal profile gives every month a weight of 0: no cohort could run.");
    QTest::newRow("blackout ends before it starts")
        << 6 << QStringLiteral("The blackout Exams ends on 5/1/27, before it starts on 5/10/27.");
    QTest::newRow("nobody completes")
        << 7
        << QStringLiteral(
               "With the rates for AI-101 nobody completes a cohort: the fill and completion rates "
               "must be above 0 and the no-show rate below 1.");
    QTest::newRow("mix without shares")
        << 8 << QStringLiteral("The course mix gives no course of AI a share.");
}

void TestCapacityPlanner::validate()
{
    QFETCH(int, mutation);
    QFETCH(QString, message);
    Plan p;
    const Id ai = p.track(QStringLiteral("AI"), 100);
    const Id course = p.course(ai, QStringLiteral("AI-101"), 5, 20);
    p.qualify(p.instructor(5, 16, 160), ai);
    p.venue(30);
    switch (mutation) {
    case 1:
        p.in.assumptions.fillRate = 1.5;
        break;
    case 2:
        p.in.trackAssumptions[ai] = {0.9, -0.1, 0.9, 0.8};
        break;
    case 3:
        p.in.courseAssumptions[course] = {0.9, 0.1, 0.9, 2.0};
        break;
    case 4:
        p.in.targets.front().year = 2026;
        break;
    case 5:
        p.in.seasonalProfile = std::array<double, 12>{};
        break;
    case 6:
        p.in.blackouts.push_back({QDate(Year, 5, 10), QDate(Year, 5, 1), QStringLiteral("Exams")});
        break;
    case 7:
        p.in.assumptions.completionRate = 0;
        break;
    case 8:
        p.in.courseMix[course] = 0;
        break;
    default:
        break;
    }
    QCOMPARE(CapacityPlanner::validate(p.in).message(), message);
    const CapacityResult r = CapacityPlanner::plan(p.in);
    QCOMPARE(r.problem ? r.problem->message : QString(), message);
    if (!message.isEmpty()) {
        QVERIFY(!r.feasible);
        QVERIFY(r.tracks.empty());
    }
}

void TestCapacityPlanner::benchmark()
{
    const CapacityInput in = benchmarkPlan();
    VERIFY_OK(CapacityPlanner::validate(in));
    QElapsedTimer timer;
    timer.start();
    const CapacityResult r = CapacityPlanner::plan(in);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    VERIFY_NO_PROBLEM(r.problem);
    qDebug("capacity plan of %d instructors, %d courses, %d venues, %d tracks: %.1f ms, %d master "
           "and %d "
           "resource LPs, %s, smallest share %.3f (months free %.3f), %d bottleneck(s)",
           int(in.instructors.size()), int(in.courses.size()), int(in.venues.size()),
           int(in.tracks.size()), ms, r.nodes, r.subproblems, r.exact ? "optimal" : "not proved",
           r.minShare, r.minShareMonthsFree, int(r.bottlenecks.size()));
    for (const Bottleneck &b : r.bottlenecks)
        qDebug("  %s", qPrintable(b.explanation));
    QVERIFY(r.exact); // proved: the search's limits are counted, so this repeats anywhere
    QVERIFY(r.minShareMonthsFree >= r.minShare - 1e-9);
}

void TestCapacityPlanner::draftReachesTarget()
{
    // 60 to train, 30 seats a cohort that all complete: two cohorts, at the one venue,
    // with the one instructor, one after the other.
    Plan p;
    const Id track = p.track(QStringLiteral("AI"), 60);
    const Id course = p.course(track, QStringLiteral("AI-101"), 5, 30);
    const Id teacher = p.instructor(5, 16, 160);
    p.qualify(teacher, track);
    const Id venue = p.venue(30);
    const CapacityResult capacity = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(capacity.problem);
    QVERIFY(capacity.feasible);
    const DraftResult draft =
        DraftGenerator::generate(p.in, capacity, {QDate(Year, 1, 1), QStringLiteral("draft")});
    VERIFY_NO_PROBLEM(draft.problem);
    QCOMPARE(int(draft.cohorts.size()), 2);
    QVERIFY(draft.unplaced.empty());
    QCOMPARE(draft.seats, 60);
    QCOMPARE(draft.reachableTrained(), 60.0);
    QCOMPARE(int(draft.tracks.size()), 1);
    QCOMPARE(draft.tracks[0].cohorts, 2);
    QCOMPARE(draft.tracks[0].draftTrained, 60.0);
    QCOMPARE(draft.byVenue.at(venue), 2);
    int number = 0;
    for (const DraftCohort &d : draft.cohorts) {
        QCOMPARE(d.planned.cohort.courseId, course);
        QCOMPARE(d.planned.cohort.venueId, venue);
        QCOMPARE(d.planned.cohort.notes, QStringLiteral("draft"));
        QCOMPARE(d.heldInstructors, std::vector<Id>{teacher});
        // Numbered in order of start, after the plan's own cohorts of the course.
        QCOMPARE(d.planned.cohort.code,
                 QStringLiteral("AI-101-%1-%2").arg(Year).arg(++number, 3, 10, QLatin1Char('0')));
    }

    QVERIFY(draft.cohorts[0].planned.end() < draft.cohorts[1].planned.start());
    checkDraft(p.in, draft, QDate(Year, 1, 1));
}

void TestCapacityPlanner::draftKeepsTheRules_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<QDate>("earliest");
    QTest::newRow("whole year") << 1 << QDate(Year, 1, 1);
    QTest::newRow("from March, no assistants") << 2 << QDate(Year, 3, 15);
    QTest::newRow("from July, assistants") << 3 << QDate(Year, 7, 1);
    QTest::newRow("much leave") << 8 << QDate(Year, 1, 1);
}

void TestCapacityPlanner::draftKeepsTheRules()
{
    QFETCH(int, seed);
    QFETCH(QDate, earliest);
    CapacityInput in = draftPlan(seed);
    DraftGenerator::startFrom(in, earliest);
    const CapacityResult capacity = CapacityPlanner::plan(in);
    VERIFY_NO_PROBLEM(capacity.problem);
    const DraftResult draft = DraftGenerator::generate(in, capacity, {earliest, {}});
    VERIFY_NO_PROBLEM(draft.problem);
    int wanted = 0;
    for (const TrackCapacity &t : capacity.tracks)
        for (const CourseCapacity &c : t.courses)
            wanted += c.newCohorts;
    int unplaced = 0;
    for (const DraftUnplaced &u : draft.unplaced) {
        qDebug("unplaced: %d of course %lld: %s", u.count, qlonglong(u.courseId),
               qPrintable(u.reason));
        QVERIFY(u.count > 0);
        QVERIFY(!u.reason.isEmpty());
        unplaced += u.count;
    }
    QVERIFY(wanted > 50);
    QCOMPARE(int(draft.cohorts.size()) + unplaced, wanted);
    // Day by day the plan holds less than month by month, but not much less.
    QVERIFY2(draft.cohorts.size() >= 0.9 * wanted,
             qPrintable(QStringLiteral("%1 of %2").arg(draft.cohorts.size()).arg(wanted)));
    checkDraft(in, draft, earliest);
    // Spread: no district holds more than half the draft's in-person cohorts.
    std::map<Id, QString> district;
    for (const Venue &v : in.venues)
        district[v.id] = v.district;
    std::map<QString, int> perDistrict;
    int inPerson = 0;
    for (const auto &[venue, n] : draft.byVenue) {
        if (venue == 0 || venue == 999)
            continue;
        perDistrict[district[venue]] += n;
        inPerson += n;
    }
    for (const auto &[name, n] : perDistrict)
        QVERIFY2(n <= inPerson / 2, qPrintable(name));
}

void TestCapacityPlanner::draftUnplaced_data()
{
    QTest::addColumn<QString>("obstacle");
    QTest::addColumn<QString>("reason");
    QTest::newRow("blackouts every other week")
        << QStringLiteral("blackouts") << QStringLiteral("no run of 10 teaching day");
    QTest::newRow("the one lead off every Wednesday")
        << QStringLiteral("leave") << QStringLiteral("no qualified instructor free");
    QTest::newRow("the one room taken every Tuesday")
        << QStringLiteral("venue") << QStringLiteral("no venue with 30 seat");
}

void TestCapacityPlanner::draftUnplaced()
{
    // Month by month there is room, day by day no whole run of the course: the draft says
    // which cohorts it could not place and why.
    QFETCH(QString, obstacle);
    QFETCH(QString, reason);
    Plan p;
    const Id track = p.track(QStringLiteral("AI"), 60);
    const int days = obstacle == QLatin1String("blackouts") ? 10 : 5;
    p.course(track, QStringLiteral("AI-101"), days, 30);
    const Id teacher = p.instructor(5, 22, 260);
    p.qualify(teacher, track);
    const Id room = p.venue(30);
    // Another track's one-day cohorts (it has no target of its own).
    p.in.tracks.push_back(
        {99, QStringLiteral("Other"), QStringLiteral("Other"), QStringLiteral("#4e79a7")});
    const Id other = p.course(99, QStringLiteral("X-1"), 1, 30);
    for (QDate d(Year, 1, 4); d.year() == Year; d = d.addDays(7)) {
        if (obstacle == QLatin1String("blackouts") && d.weekNumber() % 2 == 0)
            p.in.blackouts.push_back({d, d.addDays(6), QStringLiteral("closed")});
        if (obstacle == QLatin1String("leave"))
            p.in.leaves.push_back(
                {Id(p.in.leaves.size() + 1), teacher, d.addDays(2), d.addDays(2), {}});
        if (obstacle == QLatin1String("venue"))
            p.cohort(other, 30, d.addDays(1), d.addDays(1), room, 0);
    }
    if (obstacle == QLatin1String("venue")) // someone to teach the planned cohorts
        p.qualify(p.instructor(5, 22, 260), 99);
    const CapacityResult capacity = CapacityPlanner::plan(p.in);
    VERIFY_NO_PROBLEM(capacity.problem);
    int wanted = 0;
    for (const CourseCapacity &c : capacity.tracks.at(0).courses)
        wanted += c.newCohorts;
    QVERIFY(wanted > 0);
    const DraftResult draft = DraftGenerator::generate(p.in, capacity, {QDate(Year, 1, 1), {}});
    QVERIFY(draft.cohorts.empty());
    QCOMPARE(int(draft.unplaced.size()), 1);
    QCOMPARE(draft.unplaced[0].count, wanted);
    QVERIFY2(draft.unplaced[0].reason.startsWith(reason), qPrintable(draft.unplaced[0].reason));
    QCOMPARE(draft.reachableTrained(), capacity.tracks[0].plannedTrained);
}

void TestCapacityPlanner::draftEarliestStart()
{
    CapacityInput in = draftPlan(2);
    const CapacityResult whole = CapacityPlanner::plan(in);
    DraftGenerator::startFrom(in, QDate(Year, 11, 20));
    QCOMPARE(in.blackouts.back().from, QDate(Year, 1, 1));
    QCOMPARE(in.blackouts.back().until, QDate(Year, 11, 19));
    const CapacityResult capacity = CapacityPlanner::plan(in);
    QVERIFY(capacity.minShare < whole.minShare); // a month and a half is less than a year
    const DraftResult late = DraftGenerator::generate(in, capacity, {QDate(Year, 11, 20), {}});
    VERIFY_NO_PROBLEM(late.problem);
    QVERIFY(!late.cohorts.empty());
    for (int m = 0; m < 10; ++m)
        QCOMPARE(late.byMonth[std::size_t(m)], 0);
    checkDraft(in, late, QDate(Year, 11, 20));
    const DraftResult over = DraftGenerator::generate(in, capacity, {QDate(Year + 1, 1, 2), {}});
    QVERIFY(over.cohorts.empty());
    QVERIFY(over.problem);
    QVERIFY2(over.problem->message.startsWith(QStringLiteral("2027 is over")),
             qPrintable(over.problem->message));
}

void TestCapacityPlanner::draftStaffed()
{
    const CapacityInput in = draftPlan(3);
    const CapacityResult capacity = CapacityPlanner::plan(in);
    DraftResult draft = DraftGenerator::generate(in, capacity, {QDate(Year, 1, 1), {}});
    QVERIFY(!draft.cohorts.empty());
    ConflictInput plan = conflictInputOf(in);
    SolverOptions options;
    options.assistantsAbove = in.assistantsAbove;
    options.timeLimitSeconds = 0.5;
    const SolverResult staffed = DraftGenerator::staff(plan, draft, options);
    int roles = 0;
    std::set<Id> ids;
    for (const DraftCohort &d : draft.cohorts) {
        QVERIFY(d.planned.cohort.id > 3000 + Id(in.cohorts.size()) - 1);
        QVERIFY(ids.insert(d.planned.cohort.id).second);
        roles += int(d.heldInstructors.size());
        // Every role the draft held an instructor for is staffed: the solver starts there.
        QCOMPARE(d.instructors.size(), d.heldInstructors.size());
        for (const CohortInstructor &a : d.instructors)
            QCOMPARE(a.cohortId, d.planned.cohort.id);
    }
    QCOMPARE(staffed.roles, roles);
    QCOMPARE(staffed.staffed, roles);
    QVERIFY(staffed.gap >= 0);
}

QTEST_GUILESS_MAIN(TestCapacityPlanner)
#include "tst_capacityplanner.moc"

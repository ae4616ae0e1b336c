// SPDX-License-Identifier: GPL-3.0-or-later
#include "planningyear.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Planner::PlanningYear {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::PlanningYear)
};

} // namespace

int sourceYear(const std::vector<Target> &targets, int year)
{
    int from = 0;
    for (const Target &t : targets)
        if (t.year < year)
            from = std::max(from, t.year);
    return from;
}

Result<> check(const std::vector<Target> &targets, int year, double growthPercent)
{
    if (year < 2000 || year > 2100)
        return Problem{QStringLiteral("year"),
                       Tr::tr("The planning year must be from 2000 to 2100, not %1.").arg(year)};
    if (std::any_of(targets.begin(), targets.end(),
                    [&](const Target &t) { return t.year == year; }))
        return Problem{
            QStringLiteral("year"),
            Tr::tr("%1 has targets already: change them on the Courses & Tracks page.").arg(year)};
    if (sourceYear(targets, year) == 0)
        return Problem{QStringLiteral("year"),
                       Tr::tr("No year before %1 has targets to start from: enter %1's "
                              "targets on the Courses & Tracks page.")
                           .arg(year)};
    if (!std::isfinite(growthPercent) || growthPercent < MinGrowth || growthPercent > MaxGrowth)
        return Problem{QStringLiteral("growth"),
                       Tr::tr("A growth of %1 % makes no sense: give one from %2 % to +%3 %.")
                           .arg(QLocale().toString(growthPercent, 'g', 6))
                           .arg(MinGrowth)
                           .arg(MaxGrowth)};
    return {};
}

Rollover roll(const std::vector<Target> &targets, int year, double growthPercent)
{
    Rollover r;
    r.year = year;
    r.growthPercent = growthPercent;
    r.fromYear = sourceYear(targets, year);
    const double factor = 1.0 + growthPercent / 100.0;
    for (const Target &t : targets) {
        if (t.year != r.fromYear)
            continue;
        Target next = t;
        next.year = year;
        next.trainees = int(std::lround(t.trainees * factor));
        next.certified = std::min(next.trainees, int(std::lround(t.certified * factor)));
        r.targets.push_back(next);
    }
    return r;
}

std::map<Id, double> courseShares(const std::vector<Course> &courses,
                                  const std::map<Id, double> &weights)
{
    std::map<Id, double> shares;
    double set = 0;
    double free = 0;
    int unset = 0;
    for (const Course &c : courses) {
        if (c.cohortShare) {
            set += std::max(0.0, *c.cohortShare);
        } else {
            const auto w = weights.find(c.id);
            free += w != weights.end() ? std::max(0.0, w->second) : 0.0;
            ++unset;
        }
    }
    const double scale = set > 1.0 ? 1.0 / set : 1.0;
    const double rest = std::max(0.0, 1.0 - set);
    for (const Course &c : courses) {
        if (c.cohortShare) {
            shares[c.id] = std::max(0.0, *c.cohortShare) * scale;
        } else if (free > 0) {
            const auto w = weights.find(c.id);
            shares[c.id] = rest * (w != weights.end() ? std::max(0.0, w->second) : 0.0) / free;
        } else {
            shares[c.id] = rest / unset;
        }
    }
    return shares;
}

Habits habits(const std::vector<Cohort> &cohorts, const std::vector<Session> &sessions)
{
    Habits h;
    std::map<Id, QDate> firstDay;
    for (const Session &s : sessions) {
        QDate &first = firstDay[s.cohortId];
        if (!first.isValid() || s.date < first)
            first = s.date;
    }
    std::map<Id, std::pair<int, int>> online; // course -> (online cohorts, all)
    std::array<double, 12> starts{};
    bool anyStart = false;
    for (const Cohort &c : cohorts) {
        if (c.status == CohortStatus::Cancelled)
            continue;
        h.courseMix[c.courseId] += 1;
        auto &[onlineCount, all] = online[c.courseId];
        onlineCount += c.mode == CohortMode::Online ? 1 : 0;
        ++all;
        if (const auto f = firstDay.find(c.id); f != firstDay.end()) {
            starts[std::size_t(f->second.month() - 1)] += 1;
            anyStart = true;
        }
    }
    for (const auto &[course, counts] : online)
        if (2 * counts.first > counts.second)
            h.onlineCourses.insert(course);
    if (anyStart)
        h.seasonalProfile = starts;
    return h;
}

std::optional<CapacityAssumptions> assumptionsFrom(const TrackActuals &a)
{
    if (a.holders < MinHistory || a.seats <= 0 || a.completed + a.failed <= 0)
        return {};
    const auto rate = [](double part, double whole) {
        return whole > 0 ? std::clamp(part / whole, 0.0, 1.0) : 0.0;
    };
    CapacityAssumptions r;
    r.fillRate = rate(double(a.holders), double(a.seats));
    r.noShowRate = rate(double(a.withdrawn), double(a.holders));
    r.completionRate = rate(double(a.completed), double(a.completed + a.failed));
    r.passRate = a.completed > 0 ? rate(double(a.certified), double(a.completed)) : r.passRate;
    return r;
}

std::vector<LapsingQualification> lapsing(const PlanData &plan, int year)
{
    std::vector<LapsingQualification> out;
    for (const Qualification &q : plan.qualifications) {
        if (!q.validUntil.isValid() || q.validUntil.year() != year)
            continue;
        QString what;
        for (const Course &c : plan.courses)
            if (c.id == q.courseId)
                what = c.code;
        for (const Track &t : plan.tracks)
            if (t.id == q.trackId)
                what = t.name;
        out.push_back({q.instructorId, q.id, q.courseId, q.trackId, q.level,
                       QStringLiteral("%1 (%2)").arg(what, displayName(q.level)), q.validUntil});
    }
    std::sort(out.begin(), out.end(),
              [](const LapsingQualification &a, const LapsingQualification &b) {
                  return a.validUntil != b.validUntil ? a.validUntil < b.validUntil
                                                      : a.instructorId < b.instructorId;
              });
    return out;
}

} // namespace Planner::PlanningYear

// SPDX-License-Identifier: GPL-3.0-or-later
#include "coststats.h"

#include "progressstats.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Planner {

CostSplit &CostSplit::operator+=(const CostSplit &other)
{
    instructors += other.instructors;
    venues += other.venues;
    trainees += other.trainees;
    fixed += other.fixed;
    return *this;
}

namespace {

std::optional<Yuan> perHead(Yuan total, double heads)
{
    if (heads < 0.5)
        return std::nullopt;
    return Yuan(std::llround(double(total) / heads));
}

// The part of amount that falls on the days first..last of year (inclusive), spread evenly
// over its days; computed as a difference of cumulative shares, so that the parts of
// consecutive spans add up to amount exactly.
Yuan spread(Yuan amount, int year, QDate first, QDate last)
{
    const QDate start(year, 1, 1);
    const qint64 days = start.daysInYear();
    auto upTo = [&](QDate day) -> Yuan { // the share of the days before `day`
        const qint64 n = std::clamp<qint64>(start.daysTo(day), 0, days);
        return amount * n / days; // at most 10^10 × 366: no overflow
    };
    return upTo(last.addDays(1)) - upTo(first);
}

} // namespace

std::optional<Yuan> TrackCost::perTrainee() const
{
    return perHead(forecast.total(), trainedForecast);
}

std::optional<Yuan> TrackCost::perCertificate() const
{
    return perHead(forecast.total(), certifiedForecast);
}

std::optional<Yuan> CostReport::perTrainee() const
{
    return perHead(forecast.total(), trainedForecast);
}

std::optional<Yuan> CostReport::perCertificate() const
{
    return perHead(forecast.total(), certifiedForecast);
}

std::optional<Yuan> CostReport::remaining() const
{
    if (!budget)
        return std::nullopt;
    return *budget - forecast.total();
}

Yuan CostStats::levelRate(CourseLevel level, const std::vector<LevelRate> &rates)
{
    for (const LevelRate &r : rates)
        if (r.level == level)
            return r.dayRate;
    return CostDefaults::dayRate(level);
}

Yuan CostStats::dayRate(const InstructorCostFact &instructor, const std::vector<LevelRate> &rates)
{
    if (instructor.dayRate)
        return *instructor.dayRate;
    return levelRate(instructor.level.value_or(CourseLevel::Foundation), rates);
}

CostReport CostStats::compute(const CostFacts &facts, QDate asOf, const ProgressReport *progress)
{
    CostReport report;
    report.year = facts.year;
    report.asOf = asOf;
    report.fixedCosts = facts.fixedCosts;
    const QDate yearStart(facts.year, 1, 1);
    const QDate yearEnd(facts.year, 12, 31);

    QHash<Id, std::size_t> trackIndex;
    for (const TrackCostFact &t : facts.tracks) {
        trackIndex.insert(t.trackId, report.tracks.size());
        TrackCost track;
        track.trackId = t.trackId;
        track.name = t.name;
        track.nameZh = t.nameZh;
        track.colour = t.colour;
        track.budget = t.budget;
        if (t.budget)
            report.budget = report.budget.value_or(0) + *t.budget;
        report.tracks.push_back(std::move(track));
    }
    for (int m = 0; m < 12; ++m)
        report.months[std::size_t(m)].month = m + 1;

    // Books one cost on `day`: to the cohort's whole cost, and, within the year, to the
    // month, the track and the spent or still-to-come part of the year.
    auto book = [&](CohortCost &cohort, TrackCost *track, QDate day, Yuan CostSplit::*part,
                    Yuan amount) {
        if (amount == 0)
            return;
        cohort.whole.*part += amount;
        if (day < yearStart || day > yearEnd)
            return;
        const bool spent = day <= asOf;
        MonthCost &month = report.months[std::size_t(day.month() - 1)];
        month.forecast += amount;
        cohort.forecast.*part += amount;
        report.forecast.*part += amount;
        if (track)
            track->forecast.*part += amount;
        if (spent) {
            month.spent += amount;
            cohort.spent.*part += amount;
            report.spent.*part += amount;
            if (track)
                track->spent.*part += amount;
        }
    };

    report.cohorts.reserve(facts.cohorts.size());
    for (const CohortCostFact &c : facts.cohorts) {
        CohortCost cost;
        cost.cohortId = c.cohortId;
        cost.code = c.code;
        cost.trackId = c.trackId;
        const auto found = trackIndex.constFind(c.trackId);
        TrackCost *track = found != trackIndex.cend() ? &report.tracks[*found] : nullptr;
        if (c.days.empty()) {
            report.cohorts.push_back(std::move(cost));
            continue;
        }
        Yuan instructorDay = 0;
        for (Id id : c.instructors) {
            const auto it = facts.instructors.find(id);
            instructorDay += it != facts.instructors.end() ? dayRate(it->second, facts.levelRates)
                                                           : levelRate(c.level, facts.levelRates);
        }
        if (!c.hasLead) {
            instructorDay += levelRate(c.level, facts.levelRates);
            cost.leadEstimated = true;
            ++report.cohortsWithoutLead;
        }
        const Yuan rent = c.online ? 0 : c.dayRent;
        for (const QDate &day : c.days) {
            book(cost, track, day, &CostSplit::instructors, instructorDay);
            book(cost, track, day, &CostSplit::venues, rent);
        }
        const QDate first = c.days.front();
        const QDate last = c.days.back();
        const int started = first <= asOf ? c.participants : c.capacity;
        const int examined =
            last <= asOf ? c.examined : (first <= asOf ? c.participants : c.capacity);
        book(cost, track, first, &CostSplit::trainees, c.materialsFee * started);
        if (c.online)
            book(cost, track, first, &CostSplit::venues, c.seatLicence * started);
        book(cost, track, last, &CostSplit::trainees, c.examFee * examined);
        report.cohorts.push_back(std::move(cost));
    }

    // Fixed costs: the programme's, added up and spread over the year's days (one rounding,
    // so that the months add up to the year and a year's spent part is the same however
    // its costs are split).
    Yuan fixed = 0;
    for (const FixedCost &f : facts.fixedCosts)
        fixed += f.amount;
    if (fixed != 0) {
        for (int m = 1; m <= 12; ++m) {
            const QDate first(facts.year, m, 1);
            const QDate last(facts.year, m, first.daysInMonth());
            MonthCost &month = report.months[std::size_t(m - 1)];
            month.forecast += spread(fixed, facts.year, first, last);
            month.spent += asOf < first   ? 0
                           : asOf >= last ? spread(fixed, facts.year, first, last)
                                          : spread(fixed, facts.year, first, asOf);
        }
        report.forecast.fixed = fixed;
        report.spent.fixed = asOf < yearStart  ? 0
                             : asOf >= yearEnd ? fixed
                                               : spread(fixed, facts.year, yearStart, asOf);
    }

    Yuan spentSoFar = 0;
    Yuan forecastSoFar = 0;
    for (MonthCost &m : report.months) {
        spentSoFar += m.spent;
        forecastSoFar += m.forecast;
        m.cumulativeSpent = spentSoFar;
        m.cumulativeForecast = forecastSoFar;
    }

    if (progress) {
        report.trainedForecast = progress->forecast;
        report.certifiedForecast = progress->forecastCertified;
        for (const TrackProgress &p : progress->tracks) {
            const auto found = trackIndex.constFind(p.trackId);
            if (found == trackIndex.cend())
                continue;
            report.tracks[*found].trainedForecast = p.forecast;
            report.tracks[*found].certifiedForecast = p.forecastCertified;
        }
    }
    return report;
}

} // namespace Planner

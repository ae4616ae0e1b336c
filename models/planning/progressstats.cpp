// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressstats.h"

#include <algorithm>
#include <map>

namespace Planner {

namespace {

bool keeps(const std::vector<Id> &tracks, Id track)
{
    return tracks.empty() || std::find(tracks.begin(), tracks.end(), track) != tracks.end();
}

bool keeps(const std::vector<QString> &districts, const QString &district)
{
    return districts.empty() ||
           std::find(districts.begin(), districts.end(), district) != districts.end();
}

struct Rates
{
    double completion = ProgressStats::DefaultCompletionRate;
    double certification = ProgressStats::DefaultCertificationRate;
};

Rates ratesOf(const TrackHistory &h)
{
    Rates r;
    const int outcomes = h.completed + h.failed + h.withdrawn;
    if (outcomes > 0)
        r.completion = double(h.completed) / outcomes;
    if (h.completed > 0)
        r.certification = std::min(1.0, double(h.certified) / h.completed);
    return r;
}

// The trainees a cohort that has not finished is expected to bring to completion: those
// enrolled once it runs, its seats while it is still planned or open.
double expectedCompleters(const CohortProgressFact &c, double completionRate)
{
    const int seats = c.status == CohortStatus::Running || c.status == CohortStatus::Completed
                          ? c.enrolled + c.completed
                          : std::max(c.capacity, c.enrolled + c.completed);
    return seats * completionRate;
}

} // namespace

ProgressReport ProgressStats::compute(const ProgressFacts &facts, QDate asOf,
                                      const ProgressFilter &filter)
{
    ProgressReport report;
    report.year = facts.year;
    report.asOf = asOf;

    std::map<Id, Rates> rates;
    TrackHistory overall;
    for (const TrackHistory &h : facts.history) {
        if (!keeps(filter.tracks, h.trackId))
            continue;
        rates[h.trackId] = ratesOf(h);
        overall.completed += h.completed;
        overall.failed += h.failed;
        overall.withdrawn += h.withdrawn;
        overall.certified += h.certified;
    }
    const Rates overallRates = ratesOf(overall);
    report.completionRate = overallRates.completion;
    report.certificationRate = overallRates.certification;

    std::map<Id, std::size_t> trackIndex;
    for (const TrackTarget &t : facts.tracks) {
        if (!keeps(filter.tracks, t.trackId))
            continue;
        TrackProgress p;
        p.trackId = t.trackId;
        p.name = t.name;
        p.nameZh = t.nameZh;
        p.colour = t.colour;
        p.target = t.targetTrainees;
        p.targetCertified = t.targetCertified;
        trackIndex[t.trackId] = report.tracks.size();
        report.tracks.push_back(std::move(p));
    }

    // Expected completions by month of the cohorts still to finish, per track.
    std::map<Id, std::array<double, 12>> expectedByMonth;
    for (const CohortProgressFact &c : facts.cohorts) {
        const auto it = trackIndex.find(c.trackId);
        if (it == trackIndex.end() || !keeps(filter.districts, c.district) || !c.end.isValid() ||
            c.end.year() != facts.year)
            continue;
        TrackProgress &p = report.tracks[it->second];
        const int month = c.end.month() - 1;
        if (c.end < asOf) {
            p.trainedByMonth[std::size_t(month)] += c.completed;
            p.trained += c.completed;
        } else {
            const auto rate = rates.find(c.trackId);
            const double expected = expectedCompleters(
                c, rate != rates.end() ? rate->second.completion : DefaultCompletionRate);
            expectedByMonth[c.trackId][std::size_t(month)] += expected;
            p.plannedSeats +=
                c.status == CohortStatus::Running ? c.enrolled : std::max(c.capacity, c.enrolled);
            // Cohorts that ended on the as-of day have their outcomes recorded already.
            p.trained += c.completed;
            p.trainedByMonth[std::size_t(month)] += c.completed;
        }
        if (c.start.isValid() && c.start <= asOf && asOf <= c.end)
            p.inTraining += c.enrolled;
    }
    for (const CertificationFact &f : facts.certifications) {
        const auto it = trackIndex.find(f.trackId);
        if (it == trackIndex.end() || !keeps(filter.districts, f.district) || f.month < 1 ||
            f.month > 12)
            continue;
        TrackProgress &p = report.tracks[it->second];
        p.certifiedByMonth[std::size_t(f.month - 1)] += f.count;
        p.certified += f.count;
    }

    for (TrackProgress &p : report.tracks) {
        const auto rate = rates.find(p.trackId);
        const double certRate =
            rate != rates.end() ? rate->second.certification : DefaultCertificationRate;
        double expected = 0;
        for (double e : expectedByMonth[p.trackId])
            expected += e;
        p.forecast = p.trained + expected;
        p.forecastCertified = p.certified + expected * certRate;
        report.target += p.target;
        report.targetCertified += p.targetCertified;
        report.trained += p.trained;
        report.certified += p.certified;
        report.inTraining += p.inTraining;
        report.plannedSeats += p.plannedSeats;
        report.forecast += p.forecast;
        report.forecastCertified += p.forecastCertified;
    }

    // The months: actuals, the target spread evenly, and the forecast running on from the
    // actuals of the as-of month.
    int cumulativeTrained = 0;
    int cumulativeCertified = 0;
    double forecastTrained = 0;
    double forecastCertified = 0;
    for (int m = 1; m <= 12; ++m) {
        MonthProgress month;
        month.month = m;
        for (const TrackProgress &p : report.tracks) {
            month.trained += p.trainedByMonth[std::size_t(m - 1)];
            month.certified += p.certifiedByMonth[std::size_t(m - 1)];
            const auto rate = rates.find(p.trackId);
            const double certRate =
                rate != rates.end() ? rate->second.certification : DefaultCertificationRate;
            const auto expected = expectedByMonth.find(p.trackId);
            if (expected != expectedByMonth.end()) {
                forecastTrained += expected->second[std::size_t(m - 1)];
                forecastCertified += expected->second[std::size_t(m - 1)] * certRate;
            }
        }
        cumulativeTrained += month.trained;
        cumulativeCertified += month.certified;
        month.cumulativeTrained = cumulativeTrained;
        month.cumulativeCertified = cumulativeCertified;
        month.targetToDate = report.target * m / 12.0;
        month.forecast = QDate(facts.year, m, 1).addMonths(1).addDays(-1) > asOf;
        month.forecastCumulative = cumulativeTrained + forecastTrained;
        month.forecastCertifiedCumulative = cumulativeCertified + forecastCertified;
        report.months.push_back(month);
    }
    return report;
}

std::vector<UtilisationRow> ProgressStats::utilisation(const ProgressFacts &facts)
{
    std::vector<UtilisationRow> rows;
    rows.reserve(facts.instructors.size());
    for (const InstructorLoadFact &f : facts.instructors) {
        UtilisationRow r;
        r.instructorId = f.instructorId;
        r.code = f.code;
        r.name = f.name;
        r.limit = f.maxDaysPerYear;
        r.monthLimit = f.maxDaysPerMonth;
        r.byMonth = f.days;
        for (int d : f.days)
            r.days += d;
        r.ratio = r.limit > 0 ? double(r.days) / r.limit : (r.days > 0 ? 1.0 : 0.0);
        rows.push_back(std::move(r));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const UtilisationRow &a, const UtilisationRow &b) {
                         if (a.ratio != b.ratio)
                             return a.ratio > b.ratio;
                         return a.code < b.code;
                     });
    return rows;
}

std::vector<YearProgress> ProgressStats::years(const std::vector<YearTrackFact> &facts,
                                               const ProgressFilter &filter)
{
    std::map<int, YearProgress> byYear;
    for (const YearTrackFact &f : facts) {
        if (!keeps(filter.tracks, f.trackId))
            continue;
        YearProgress &y = byYear[f.year];
        y.year = f.year;
        y.target += f.targetTrainees;
        y.targetCertified += f.targetCertified;
        y.seats += f.seats;
        y.trained += f.trained;
        y.certified += f.certified;
    }
    std::vector<YearProgress> result;
    for (const auto &[year, progress] : byYear)
        result.push_back(progress);
    return result;
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/progressfacts.h"

#include <QDate>
#include <QString>

#include <array>
#include <vector>

namespace Planner {

// Which part of the plan the statistics cover. Empty lists mean "all".
struct ProgressFilter
{
    std::vector<Id> tracks;
    std::vector<QString> districts; // venue districts; "" selects online cohorts
};

struct MonthProgress
{
    int month = 1; // 1..12
    int trained = 0;
    int certified = 0;
    int cumulativeTrained = 0;
    int cumulativeCertified = 0;
    double targetToDate = 0;       // the year's target spread evenly over the months
    double forecastCumulative = 0; // trained so far plus expected completions by month end
    double forecastCertifiedCumulative = 0;
    bool forecast = false; // the month ends after the "as of" date
};

struct TrackProgress
{
    Id trackId = 0;
    QString name;
    QString nameZh;
    QString colour;
    int target = 0;
    int targetCertified = 0;
    int trained = 0;
    int certified = 0;
    int inTraining = 0;
    int plannedSeats = 0; // seats of cohorts still to finish this year
    double forecast = 0;  // trained by year end, expected
    double forecastCertified = 0;
    std::array<int, 12> trainedByMonth{};
    std::array<int, 12> certifiedByMonth{};
};

struct ProgressReport
{
    int year = 0;
    QDate asOf;
    int target = 0;
    int targetCertified = 0;
    int trained = 0;
    int certified = 0;
    int inTraining = 0;   // enrolled in cohorts running on the "as of" date
    int plannedSeats = 0; // seats of the cohorts still to finish this year
    double forecast = 0;  // trained by year end, expected
    double forecastCertified = 0;
    double completionRate = 0;         // expected share of a cohort's trainees who complete
    double certificationRate = 0;      // expected share of completers who get certified
    std::vector<MonthProgress> months; // 12 entries, January first
    std::vector<TrackProgress> tracks;

    double shareOfTarget() const { return target > 0 ? double(trained) / target : 0.0; }
};

struct UtilisationRow
{
    Id instructorId = 0;
    QString code;
    QString name;
    int days = 0;  // teaching days in the year
    int limit = 0; // yearly limit
    double ratio = 0;
    int monthLimit = 0;
    std::array<int, 12> byMonth{};
};

struct YearProgress
{
    int year = 0;
    int target = 0;
    int targetCertified = 0;
    int seats = 0;
    int trained = 0;
    int certified = 0;
};

// The programme's progress against its targets: pure arithmetic over aggregated facts.
// Trained means completed (withdrawn, failed and waitlisted trainees are not); a trainee
// counts in the month their cohort's last session falls in. The forecast adds, for each
// cohort still to finish this year, its expected completers: the trainees enrolled for a
// running cohort, the seats of a planned or open one, times the track's completion rate
// observed in finished cohorts (0.9 where there is no history yet).
class ProgressStats final
{
public:
    static constexpr double DefaultCompletionRate = 0.9;
    static constexpr double DefaultCertificationRate = 0.9;

    static ProgressReport compute(const ProgressFacts &facts, QDate asOf,
                                  const ProgressFilter &filter = {});
    // Instructors by teaching days against their yearly limit, most loaded first.
    static std::vector<UtilisationRow> utilisation(const ProgressFacts &facts);
    // One row per year, ascending, over the tracks the filter keeps.
    static std::vector<YearProgress> years(const std::vector<YearTrackFact> &facts,
                                           const ProgressFilter &filter = {});
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/costs.h"
#include "domain/types.h"
#include "planning/scenariodiff.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Planner {

// One scenario's (or the plan's) figures of a year, as Compare sets them side by side.
struct ScenarioFigures
{
    struct Track
    {
        Id trackId = 0;
        QString name;
        QString nameZh;
        int target = 0;
        int targetCertified = 0;
        double reachable = 0; // trained, with the new cohorts the year can still take
        double trainedForecast = 0;
        double certifiedForecast = 0;
        Yuan cost = 0; // forecast at the year end, without the fixed costs
    };

    QString name;
    QString path;
    QString problem; // why it could not be read; the rest is then empty
    int target = 0;
    int targetCertified = 0;
    double reachable = 0;
    double reachableCertified = 0;
    int plannedSeats = 0; // seats of the cohorts still to finish in the year
    double trainedForecast = 0;
    double certifiedForecast = 0;
    double utilisation = 0; // teaching days of the year over the instructors' yearly limits
    int unstaffed = 0;      // cohorts of the year without a lead
    int blocking = 0;       // conflicts of the year
    int warnings = 0;
    Yuan cost = 0; // forecast at the year end
    std::optional<Yuan> budget;
    std::optional<Yuan> costPerCertificate;
    std::array<double, 12> cumulativeForecast{}; // trained by each month's end, expected
    std::array<double, 12> targetToDate{};
    std::vector<Track> tracks;
    std::vector<CohortSnapshot> cohorts; // for the diff
};

// Two to four scenarios (the plan among them, usually first) side by side for a year, and
// what each changes against the first.
struct ScenarioComparison
{
    struct File
    {
        QString name; // as shown: "Plan", or the scenario's name
        QString path;
    };
    int year = 0;
    QDate asOf;
    std::vector<ScenarioFigures> scenarios;
    std::vector<ScenarioDiff> diffs; // diffs[i]: the first scenario against scenarios[i + 1]

    // The plan (named "plan") and the scenario files beside it, by name; not checked.
    static std::vector<File> filesOf(const QString &planPath);
    // The years the plan has targets or cohorts in (none when it cannot be read).
    static std::vector<int> yearsOf(const QString &planPath);
    // Reads each file read-only, on threads of their own (two at a time), and compares.
    static ScenarioComparison compare(const std::vector<File> &files, int year, QDate asOf);
    // One file's figures (what compare() runs per file).
    static ScenarioFigures read(const File &file, int year, QDate asOf);
};

} // namespace Planner

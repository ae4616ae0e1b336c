// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocomparison.h"

#include "planning/capacityplanner.h"
#include "planning/conflictengine.h"
#include "planning/coststats.h"
#include "planning/progressstats.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "store/scenariostore.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <memory>

namespace Planner {

std::vector<ScenarioComparison::File> ScenarioComparison::filesOf(const QString &planPath)
{
    std::vector<File> files{{QStringLiteral("plan"), QFileInfo(planPath).absoluteFilePath()}};
    const ScenarioStore store(planPath);
    for (const QFileInfo &file :
         QDir(store.folder())
             .entryInfoList({QStringLiteral("*.cohortplan")}, QDir::Files, QDir::Name)) {
        const QString name = file.fileName().chopped(int(qstrlen(".cohortplan")));
        if (!name.startsWith(QLatin1Char('.')))
            files.push_back({name, file.absoluteFilePath()});
    }
    return files;
}

std::vector<int> ScenarioComparison::yearsOf(const QString &planPath)
{
    auto plan = PlanDatabase::openCheckedReadOnly(planPath);
    if (!plan)
        return {};
    try {
        return PlanQueries((*plan)->database()).planYears();
    } catch (const StoreError &) {
        return {};
    }
}

ScenarioFigures ScenarioComparison::read(const File &file, int year, QDate asOf)
{
    ScenarioFigures f;
    f.name = file.name;
    f.path = file.path;
    auto plan = PlanDatabase::openCheckedReadOnly(file.path);
    if (!plan) {
        f.problem = plan.problem().message;
        return f;
    }
    try {
        const PlanQueries q((*plan)->database());
        const ProgressFacts facts = q.progressFacts(year, asOf);
        const ProgressReport progress = ProgressStats::compute(facts, asOf);
        const CostReport costs = CostStats::compute(q.costFacts(year), asOf, &progress);
        const CapacityResult capacity = CapacityPlanner::plan(q.capacityInput(year));
        ConflictEngine engine;
        // The year's sessions, and a week either side for the weekly limits at its ends.
        engine.load(q.conflictInput(QDate(year, 1, 1).addDays(-7), QDate(year, 12, 31).addDays(7)));
        f.cohorts = q.cohortSnapshots(year);

        f.target = progress.target;
        f.targetCertified = progress.targetCertified;
        f.plannedSeats = progress.plannedSeats;
        f.trainedForecast = progress.forecast;
        f.certifiedForecast = progress.forecastCertified;
        for (std::size_t m = 0; m < 12 && m < progress.months.size(); ++m) {
            f.cumulativeForecast[m] = progress.months[m].forecastCumulative;
            f.targetToDate[m] = progress.months[m].targetToDate;
        }
        qint64 days = 0;
        for (const InstructorLoadFact &i : facts.instructors)
            for (int d : i.days)
                days += d;
        const qint64 limit = q.instructorDayLimit();
        f.utilisation = limit > 0 ? double(days) / double(limit) : 0.0;
        f.unstaffed = costs.cohortsWithoutLead;
        for (const Conflict &c : engine.conflicts()) {
            if (c.date.year() != year)
                continue;
            if (c.severity == Severity::Block)
                ++f.blocking;
            else if (c.severity == Severity::Warn)
                ++f.warnings;
        }
        f.cost = costs.forecast.total();
        f.budget = costs.budget;
        f.costPerCertificate = costs.perCertificate();
        for (const TrackProgress &t : progress.tracks) {
            ScenarioFigures::Track track;
            track.trackId = t.trackId;
            track.name = t.name;
            track.nameZh = t.nameZh;
            track.target = t.target;
            track.targetCertified = t.targetCertified;
            track.trainedForecast = t.forecast;
            track.certifiedForecast = t.forecastCertified;
            track.reachable = t.forecast;
            for (const TrackCost &c : costs.tracks)
                if (c.trackId == t.trackId)
                    track.cost = c.forecast.total();
            f.tracks.push_back(std::move(track));
        }
        if (!capacity.problem) {
            for (const TrackCapacity &t : capacity.tracks) {
                f.reachable += t.reachableTrained;
                f.reachableCertified += t.reachableCertified;
                for (ScenarioFigures::Track &track : f.tracks)
                    if (track.trackId == t.trackId)
                        track.reachable = t.reachableTrained;
            }
        } else {
            // No targets to reach: what the plan's cohorts give.
            f.reachable = progress.forecast;
            f.reachableCertified = progress.forecastCertified;
        }
    } catch (const StoreError &e) {
        f = ScenarioFigures{};
        f.name = file.name;
        f.path = file.path;
        f.problem = e.message();
    }
    return f;
}

ScenarioComparison ScenarioComparison::compare(const std::vector<File> &files, int year, QDate asOf)
{
    ScenarioComparison result;
    result.year = year;
    result.asOf = asOf;
    result.scenarios.resize(files.size());
    // Two at a time (the machines have two cores); each thread its own connection.
    const std::size_t parallel = std::max(1, QThread::idealThreadCount());
    for (std::size_t first = 0; first < files.size(); first += parallel) {
        std::vector<std::unique_ptr<QThread>> threads;
        for (std::size_t i = first; i < std::min(files.size(), first + parallel); ++i) {
            threads.emplace_back(QThread::create([&result, &files, i, year, asOf] {
                result.scenarios[i] = read(files[i], year, asOf);
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            t->wait();
    }
    for (std::size_t i = 1; i < result.scenarios.size(); ++i)
        result.diffs.push_back(
            ScenarioDiff::between(result.scenarios.front().cohorts, result.scenarios[i].cohorts));
    return result;
}

} // namespace Planner

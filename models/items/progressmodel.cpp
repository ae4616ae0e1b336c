// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressmodel.h"

#include "store/plandatabase.h"
#include "store/storeerror.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace Planner {

ProgressData loadProgress(const QSqlDatabase &db, int year, QDate asOf, bool withAllYears)
{
    const PlanQueries queries(db);
    ProgressData data;
    data.planYears = queries.planYears();
    auto has = [&](int y) {
        return std::find(data.planYears.begin(), data.planYears.end(), y) != data.planYears.end();
    };
    if (!has(year))
        year = has(asOf.year()) || data.planYears.empty() ? asOf.year() : data.planYears.front();
    data.facts = queries.progressFacts(year, asOf);
    data.costFacts = queries.costFacts(year);
    if (withAllYears)
        data.yearFacts = queries.yearTrackFacts();
    return data;
}

Result<ProgressData> loadProgress(const QString &planPath, int year, QDate asOf)
{
    // A file or a server plan's URL alike.
    const PlanDatabase::ThreadConnection plan(planPath, true);
    if (!plan.status())
        return plan.status().problem();
    try {
        return loadProgress(plan.database(), year, asOf);
    } catch (const StoreError &e) {
        return e.problem();
    }
}

ProgressModel::ProgressModel(QObject *parent) : RowTableModel(parent) {}

void ProgressModel::reload(PlanSession &session)
{
    m_session = &session;
    const int year = m_year;
    const QDate asOf = m_asOf;
    // The year first, so that the page shows its figures as soon as they are in; the
    // multi-year view, which reads every year, follows.
    session.query<ProgressData>(
        this,
        [year, asOf](const PlanQueries &q) {
            return loadProgress(q.database(), year, asOf, false);
        },
        [this](ProgressData data) {
            data.yearFacts = std::move(m_data.yearFacts);
            setData(std::move(data));
        },
        [this](const QString &error) { emit loadFailed(error); });
    session.query<std::vector<YearTrackFact>>(
        this, [](const PlanQueries &q) { return q.yearTrackFacts(); },
        [this](std::vector<YearTrackFact> facts) {
            m_data.yearFacts = std::move(facts);
            m_years = ProgressStats::years(m_data.yearFacts, m_filter);
            emit reportChanged();
        },
        [this](const QString &error) { emit loadFailed(error); });
}

void ProgressModel::setData(ProgressData data)
{
    m_data = std::move(data);
    m_year = m_data.facts.year;
    recompute();
    emit dataReplaced();
}

void ProgressModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    if (m_session)
        reload(*m_session);
}

void ProgressModel::setAsOf(QDate asOf)
{
    m_asOf = asOf;
}

void ProgressModel::setFilter(ProgressFilter filter)
{
    m_filter = std::move(filter);
    recompute();
}

QStringList ProgressModel::districts() const
{
    QStringList result;
    for (const CohortProgressFact &c : m_data.facts.cohorts) {
        if (!result.contains(c.district))
            result << c.district;
    }
    std::sort(result.begin(), result.end());
    return result;
}

void ProgressModel::recompute()
{
    m_report = ProgressStats::compute(m_data.facts, m_asOf, m_filter);
    // The costs per head divide by the trainees of the same tracks.
    ProgressFilter tracksOnly;
    tracksOnly.tracks = m_filter.tracks;
    const ProgressReport tracksProgress =
        m_filter.districts.empty() ? m_report
                                   : ProgressStats::compute(m_data.facts, m_asOf, tracksOnly);
    m_costs = CostStats::compute(m_data.costFacts, m_asOf, &tracksProgress);
    if (!m_filter.tracks.empty()) {
        CostReport chosen = m_costs;
        chosen.budget.reset();
        chosen.spent = {};
        chosen.forecast = {};
        chosen.tracks.clear();
        chosen.trainedForecast = tracksProgress.forecast;
        chosen.certifiedForecast = tracksProgress.forecastCertified;
        for (const TrackCost &t : m_costs.tracks) {
            if (std::find(m_filter.tracks.begin(), m_filter.tracks.end(), t.trackId) ==
                m_filter.tracks.end())
                continue;
            if (t.budget)
                chosen.budget = chosen.budget.value_or(0) + *t.budget;
            chosen.spent += t.spent;
            chosen.forecast += t.forecast;
            chosen.tracks.push_back(t);
        }
        m_costs = std::move(chosen);
    }
    m_utilisation = ProgressStats::utilisation(m_data.facts);
    m_years = ProgressStats::years(m_data.yearFacts, m_filter);
    setRows(m_report.tracks);
    emit reportChanged();
}

QString ProgressModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Track:
        return tr("Track");
    case Target:
        return tr("Target");
    case Trained:
        return tr("Trained");
    case ShareOfTarget:
        return tr("% of target");
    case Forecast:
        return tr("Forecast");
    case ForecastShare:
        return tr("Forecast %");
    case InTraining:
        return tr("In training");
    case PlannedSeats:
        return tr("Seats to come");
    case TargetCertified:
        return tr("Certification target");
    case Certified:
        return tr("Certified");
    case ColumnCount:
        break;
    }
    return {};
}

QString ProgressModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case Trained:
        return tr("Trainees who completed a cohort that ended this year");
    case Forecast:
        return tr(
            "Trained by the end of the year if the remaining cohorts complete at the usual rate");
    case InTraining:
        return tr("Trainees in cohorts running today");
    case PlannedSeats:
        return tr("Seats of the cohorts still to finish this year");
    case Certified:
        return tr("Certificates awarded this year");
    default:
        return {};
    }
}

QVariant ProgressModel::cellData(int sourceRow, int column, int role) const
{
    const TrackProgress &r = row(sourceRow);
    if (role == IdRole)
        return r.trackId;
    auto number = [role](double value) -> QVariant {
        if (role == Qt::DisplayRole)
            return QLocale().toString(value, 'f', 0);
        if (role == SortRole)
            return value;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    auto share = [role](double part, int whole) -> QVariant {
        const double ratio = whole > 0 ? part / whole : 0.0;
        if (role == Qt::DisplayRole)
            return whole > 0 ? QLocale().toString(ratio * 100.0, 'f', 0) + QLatin1Char('%')
                             : QStringLiteral("–");
        if (role == SortRole)
            return ratio;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && whole > 0 && ratio < 1.0)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    };
    switch (Column(column)) {
    case Track:
        if (role == Qt::DecorationRole)
            return QColor::fromString(r.colour);
        if (role == Qt::DisplayRole || role == SortRole)
            return localizedName(r.name, r.nameZh);
        return {};
    case Target:
        return number(r.target);
    case Trained:
        return number(r.trained);
    case ShareOfTarget:
        if (role == Qt::ForegroundRole)
            return {};
        return share(r.trained, r.target);
    case Forecast:
        return number(r.forecast);
    case ForecastShare:
        return share(r.forecast, r.target);
    case InTraining:
        return number(r.inTraining);
    case PlannedSeats:
        return number(r.plannedSeats);
    case TargetCertified:
        return number(r.targetCertified);
    case Certified:
        return number(r.certified);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Planner

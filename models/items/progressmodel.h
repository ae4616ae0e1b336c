// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plantablemodels.h"

#include "planning/coststats.h"
#include "planning/progressstats.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Planner {

// Everything the dashboard shows for one year, read in one go.
struct ProgressData
{
    std::vector<int> planYears;
    ProgressFacts facts;
    std::vector<YearTrackFact> yearFacts;
    CostFacts costFacts; // of the same year
};

// Reads the progress data of year (or, when the plan has no such year, of asOf's year or
// the plan's first year) on the given connection; the multi-year facts too if asked.
ProgressData loadProgress(const QSqlDatabase &db, int year, QDate asOf, bool withAllYears = true);
// The same from the plan file at planPath, opened read-only for it, or the Problem when it
// cannot be opened or read.
Result<ProgressData> loadProgress(const QString &planPath, int year, QDate asOf);

// The dashboard's data: the year's progress per track as table rows, and the whole
// report, utilisation and multi-year figures for the charts. Changing the year reloads;
// changing the filter only recomputes.
class ProgressModel final : public RowTableModel<TrackProgress>
{
    Q_OBJECT

public:
    enum Column {
        Track,
        Target,
        Trained,
        ShareOfTarget,
        Forecast,
        ForecastShare,
        InTraining,
        PlannedSeats,
        TargetCertified,
        Certified,
        ColumnCount
    };

    explicit ProgressModel(QObject *parent = nullptr);

    void reload(PlanSession &session);
    // Uses data read elsewhere (the chart renderer reads synchronously).
    void setData(ProgressData data);

    int year() const { return m_year; }
    void setYear(int year);
    QDate asOf() const { return m_asOf; }
    void setAsOf(QDate asOf);
    const ProgressFilter &filter() const { return m_filter; }
    void setFilter(ProgressFilter filter);

    const ProgressReport &report() const { return m_report; }
    // The year's costs (CostStats) of the programme, or with a track filter of those
    // tracks (then without the fixed costs): the district filter does not apply.
    const CostReport &costs() const { return m_costs; }
    const std::vector<UtilisationRow> &utilisation() const { return m_utilisation; }
    const std::vector<YearProgress> &years() const { return m_years; }
    const std::vector<int> &planYears() const { return m_data.planYears; }
    const std::vector<TrackTarget> &tracks() const { return m_data.facts.tracks; }
    // The venue districts of the year's cohorts ("" for online), sorted.
    QStringList districts() const;

signals:
    // New data was read (a reload or setData), as opposed to a filter change.
    void dataReplaced();
    void reportChanged();

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;

private:
    void recompute();

    PlanSession *m_session = nullptr;
    ProgressData m_data;
    int m_year = 0;
    QDate m_asOf = QDate::currentDate();
    ProgressFilter m_filter;
    ProgressReport m_report;
    CostReport m_costs;
    std::vector<UtilisationRow> m_utilisation;
    std::vector<YearProgress> m_years;
};

} // namespace Planner

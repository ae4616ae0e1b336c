// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plantablemodels.h"

#include "planning/coststats.h"

#include <optional>
#include <vector>

namespace Planner {

// What the Budget page shows of one year, read and computed at once on a worker thread.
struct BudgetData
{
    std::vector<int> years; // the plan's years, ascending
    int year = 0;
    CostReport report;
    std::vector<TargetSummary> targets; // the year's, by track
    std::vector<LevelRate> levelRates;  // those the plan sets

    // year 0: this year if the plan has it, else its latest.
    static BudgetData load(const PlanQueries &queries, int year, QDate asOf);
};

// Per track: budget, spent, forecast, its parts and the costs per head; then the fixed
// costs and the programme's total. A track's budget edits in place (it is its target's).
struct TrackCostRow
{
    enum Kind { Track, Fixed, Programme };
    Kind kind = Track;
    TrackCost cost;
    std::optional<Target> target; // a track's, when it has one in the year
};

class TrackCostModel final : public RowTableModel<TrackCostRow>
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Budget,
        Spent,
        Forecast,
        Remaining,
        Instructors,
        Venues,
        TraineeCosts,
        PerTrainee,
        PerCertificate,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    void show(PlanSession &session, const BudgetData &data);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;
};

struct MonthCostRow
{
    MonthCost cost;
    std::optional<Yuan> budgetToDate; // the year's budget spread evenly over the months
};

class MonthCostModel final : public RowTableModel<MonthCostRow>
{
    Q_OBJECT
public:
    enum Column {
        Month,
        Spent,
        Planned,
        CumulativeSpent,
        CumulativeForecast,
        BudgetToDate,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    void show(const CostReport &report);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
};

struct CohortCostRow
{
    CohortCost cost;
    QString track;
};

class CohortCostModel final : public RowTableModel<CohortCostRow>
{
    Q_OBJECT
public:
    enum Column {
        Cohort,
        Track,
        Instructors,
        Venues,
        TraineeCosts,
        Total,
        SpentInYear,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    void show(const CostReport &report);
    Facets supportedFacets() const override;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString facet(int sourceRow, Facet facet) const override;
};

// The day rates by level: set in the plan, or the defaults (grey). Clearing one goes back
// to the default.
struct LevelRateRow
{
    CourseLevel level = CourseLevel::Foundation;
    std::optional<Yuan> set;
};

class LevelRateModel final : public RowTableModel<LevelRateRow>
{
    Q_OBJECT
public:
    enum Column { Level, DayRate, ColumnCount };
    using RowTableModel::RowTableModel;
    void show(PlanSession &session, const std::vector<LevelRate> &rates);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;
};

// The year's fixed costs, by name; Add and Delete on the page.
class FixedCostModel final : public RowTableModel<FixedCost>
{
    Q_OBJECT
public:
    enum Column { Name, Amount, ColumnCount };
    using RowTableModel::RowTableModel;
    void show(PlanSession &session, const std::vector<FixedCost> &costs);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plantablemodels.h"

#include "store/capacityinputreader.h"

namespace Planner {

// The assumptions of a year's capacity (Targets & Capacity ▸ Assumptions): per track with
// a target in the year, then per course of it, what becomes of a seat. A cell shows the
// rate that applies: set in the plan (upright), or where it comes from (italic, grey):
// the track's actuals of the year before, the documented default, or for a course its
// track's. Editing a cell sets the rate on the target of the year or on the course, as
// one undo step; clearing it goes back to where it came from. A course line also has its
// share of the track's new cohorts (as the track ran before, unless set).
class AssumptionTableModel final : public RowTableModel<AssumptionRow>
{
    Q_OBJECT
public:
    enum Column { Name, Share, Fill, NoShow, Completion, Pass, Source, ColumnCount };
    using RowTableModel::RowTableModel;
    void reload(PlanSession &session, int year);
    int year() const { return m_year; }

    // What a rate column of a row is, and whether the plan sets it.
    static std::optional<double> setRate(const AssumptionRow &row, Column column);
    static double rate(const AssumptionRow &row, Column column);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;

private:
    QString origin(const AssumptionRow &row, Column column) const;
    QVariant shareData(const AssumptionRow &row, int role) const;
    int m_year = 0;
};

} // namespace Planner

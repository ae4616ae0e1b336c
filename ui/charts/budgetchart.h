// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

namespace Planner {

struct CostReport;

// The Budget page's chart: what the year has spent by the end of each month, what it will
// have spent if the plan holds (dashed, to December), against its budget spread evenly.
// Graphs, in order: Series.
class BudgetChart final : public ChartWidget
{
    Q_OBJECT

public:
    enum Series { Spent, Forecast, Budget, SeriesCount };

    explicit BudgetChart(QWidget *parent = nullptr);

    void setReport(const CostReport &report);
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

namespace Planner {

struct ScenarioComparison;

// Compare's chart: each scenario's cumulative forecast of trained trainees, month by month,
// against the year's target (of the first scenario).
class ScenarioChart final : public ChartWidget
{
    Q_OBJECT

public:
    explicit ScenarioChart(QWidget *parent = nullptr);

    void setComparison(const ScenarioComparison &comparison);
};

} // namespace Planner

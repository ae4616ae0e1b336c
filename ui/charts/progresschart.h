// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"
#include <QSize>
#include <QString>

class QCustomPlot;

namespace Planner {

struct ProgressReport;

// The year's cumulative trained and certified trainees against the target, month by month,
// with the forecast to December. Graphs, in order: Series.
class ProgressChart final : public ChartWidget
{
    Q_OBJECT

public:
    enum Series { Trained, Certified, Target, ForecastTrained, ForecastCertified, SeriesCount };

    explicit ProgressChart(QWidget *parent = nullptr);

    void setReport(const ProgressReport &report);
};

} // namespace Planner

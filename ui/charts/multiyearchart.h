// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/progressstats.h"

#include "chartwidget.h"
#include <QSize>
#include <QString>

class QCustomPlot;

namespace Planner {

// Target, planned seats, trained and certified trainees side by side for each year.
// Plottables, in order: Series; each holds one data point per year, keyed by the year.
class MultiYearChart final : public ChartWidget
{
    Q_OBJECT

public:
    enum Series { Target, PlannedSeats, Trained, Certified, SeriesCount };

    explicit MultiYearChart(QWidget *parent = nullptr);

    void setYears(const std::vector<YearProgress> &years);
};

} // namespace Planner

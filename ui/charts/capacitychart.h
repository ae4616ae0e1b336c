// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"
#include <QSize>
#include <QString>
#include <QStringList>

class QCustomPlot;

namespace Planner {

struct ProgressReport;

// Each track's target beside what the plan delivers: trained so far, the forecast for the
// year (trained plus the cohorts still to finish), and certified. Bars, in order: Series.
class CapacityChart final : public ChartWidget
{
    Q_OBJECT

public:
    enum Series { Target, Trained, Forecast, Certified, SeriesCount };

    explicit CapacityChart(QWidget *parent = nullptr);

    void setReport(const ProgressReport &report);

private:
    QStringList m_tracks;
};

} // namespace Planner

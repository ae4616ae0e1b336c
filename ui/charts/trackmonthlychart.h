// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/progressstats.h"

#include "chartwidget.h"
#include <QSize>
#include <QString>

class QComboBox;
class QCustomPlot;

namespace Planner {

// Trainees trained or certified per month, one stacked bar per track: plottable i is
// track i of the report, stacked above track i - 1.
class TrackMonthlyChart final : public ChartWidget
{
    Q_OBJECT

public:
    enum class Measure { Trained, Certified };
    Q_ENUM(Measure)

    explicit TrackMonthlyChart(QWidget *parent = nullptr);

    QComboBox *measureSelector() const;
    Measure measure() const;
    void setReport(const ProgressReport &report);
    void setMeasure(Measure measure);

signals:
    void measureChanged(Planner::TrackMonthlyChart::Measure measure);

private:
    void rebuild();

    QComboBox *m_measureSelector;
    Measure m_measure = Measure::Trained;
    std::vector<TrackProgress> m_tracks;
};

} // namespace Planner

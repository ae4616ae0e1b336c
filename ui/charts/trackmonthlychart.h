// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/progressstats.h"

#include <QSize>
#include <QString>
#include <QWidget>

class QComboBox;
class QCustomPlot;

namespace Planner {

// Trainees trained or certified per month, one stacked bar per track: plottable i is
// track i of the report, stacked above track i - 1.
class TrackMonthlyChart final : public QWidget
{
    Q_OBJECT

public:
    enum class Measure { Trained, Certified };
    Q_ENUM(Measure)

    explicit TrackMonthlyChart(QWidget *parent = nullptr);

    QCustomPlot *plot() const;
    QComboBox *measureSelector() const;
    Measure measure() const;
    void setReport(const ProgressReport &report);
    void setMeasure(Measure measure);
    // Writes the chart to a .png, .svg or .pdf file; returns an error message or "".
    QString exportTo(const QString &path, QSize size);

signals:
    void measureChanged(Planner::TrackMonthlyChart::Measure measure);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QCustomPlot *m_plot;
    QComboBox *m_measureSelector;
    Measure m_measure = Measure::Trained;
    std::vector<TrackProgress> m_tracks;
};

} // namespace Planner

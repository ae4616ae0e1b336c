// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/progressstats.h"

#include <QSize>
#include <QString>
#include <QWidget>

class QCustomPlot;

namespace Planner {

// Target, planned seats, trained and certified trainees side by side for each year.
// Plottables, in order: Series; each holds one data point per year, keyed by the year.
class MultiYearChart final : public QWidget
{
    Q_OBJECT

public:
    enum Series { Target, PlannedSeats, Trained, Certified, SeriesCount };

    explicit MultiYearChart(QWidget *parent = nullptr);

    QCustomPlot *plot() const;
    void setYears(const std::vector<YearProgress> &years);
    // Writes the chart to a .png, .svg or .pdf file; returns an error message or "".
    QString exportTo(const QString &path, QSize size);

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
};

} // namespace Planner

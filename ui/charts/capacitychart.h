// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCustomPlot;

namespace Planner {

struct ProgressReport;

// Each track's target beside what the plan delivers: trained so far, the forecast for the
// year (trained plus the cohorts still to finish), and certified. Bars, in order: Series.
class CapacityChart final : public QWidget
{
    Q_OBJECT

public:
    enum Series { Target, Trained, Forecast, Certified, SeriesCount };

    explicit CapacityChart(QWidget *parent = nullptr);

    QCustomPlot *plot() const;
    void setReport(const ProgressReport &report);
    // Writes the chart to a .png, .svg or .pdf file; returns an error message or "".
    QString exportTo(const QString &path, QSize size);

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
    QStringList m_tracks;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QWidget>

class QCustomPlot;

namespace Planner {

struct ProgressReport;

// The year's cumulative trained and certified trainees against the target, month by month,
// with the forecast to December. Graphs, in order: Series.
class ProgressChart final : public QWidget
{
    Q_OBJECT

public:
    enum Series { Trained, Certified, Target, ForecastTrained, ForecastCertified, SeriesCount };

    explicit ProgressChart(QWidget *parent = nullptr);

    QCustomPlot *plot() const;
    void setReport(const ProgressReport &report);
    // Writes the chart to a .png, .svg or .pdf file; returns an error message or "".
    QString exportTo(const QString &path, QSize size);

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSize>
#include <QString>
#include <QWidget>

class QCustomPlot;
class QVBoxLayout;

namespace Planner {

// What every dashboard chart shares: a QCustomPlot with a title inside it (so exports
// carry it), colours from the palette (again on a palette change), the export menu and
// exportTo(). Subclasses add their series.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    QCustomPlot *plot() const;
    // Writes the chart to a .png, .svg or .pdf file (ChartStyle::exportChart).
    Result<> exportTo(const QString &path, QSize size);

protected:
    // exportName: the file name the export dialog proposes, without suffix.
    ChartWidget(const QString &title, const QString &exportName, QWidget *parent);
    // Months 1..12 on the horizontal axis with short month names, tooltips naming the
    // month, drag and zoom along it; margin is the space beside January and December.
    void useMonthAxis(double margin);
    // The layout the plot sits in, for widgets above it.
    QVBoxLayout *chartLayout() const;
    void changeEvent(QEvent *event) override;

    QCustomPlot *m_plot;

private:
    QVBoxLayout *m_layout;
};

} // namespace Planner

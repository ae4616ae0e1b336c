// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresschart.h"

#include "chartstyle.h"

#include "planning/progressstats.h"

#include <qcustomplot.h>

#include <algorithm>

namespace Planner {

namespace {

QCPGraph *addGraph(QCustomPlot *plot, const QString &name, const QColor &colour, Qt::PenStyle style,
                   bool markers)
{
    QCPGraph *graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(colour, 2.0, style));
    if (markers)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 5));
    return graph;
}

} // namespace

ProgressChart::ProgressChart(QWidget *parent)
    : ChartWidget(tr("Progress against the target"), tr("progress"), parent)
{

    const QColor trained(0x59, 0xa1, 0x4f);
    const QColor certified(0xf2, 0x8e, 0x2b);
    addGraph(m_plot, tr("Trained (cumulative)"), trained, Qt::SolidLine, true);
    addGraph(m_plot, tr("Certified (cumulative)"), certified, Qt::SolidLine, true);
    addGraph(m_plot, tr("Target"), QColor(0x9e, 0x9e, 0x9e), Qt::SolidLine, false);
    addGraph(m_plot, tr("Forecast trained"), trained, Qt::DashLine, false);
    addGraph(m_plot, tr("Forecast certified"), certified, Qt::DashLine, false);

    useMonthAxis(0.5);
    m_plot->yAxis->setLabel(tr("Trainees"));
    m_plot->yAxis->setRange(0, 10);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    ChartStyle::applyPalette(m_plot, palette());
}

void ProgressChart::setReport(const ProgressReport &report)
{
    QVector<double> actualKeys, trained, certified, targetKeys, target;
    QVector<double> forecastKeys, forecastTrained, forecastCertified;
    const MonthProgress *lastActual = nullptr;
    for (const MonthProgress &m : report.months) {
        targetKeys << m.month;
        target << m.targetToDate;
        if (!m.forecast) {
            actualKeys << m.month;
            trained << m.cumulativeTrained;
            certified << m.cumulativeCertified;
            lastActual = &m;
            continue;
        }
        // The forecast continues the actual line from its last month.
        if (forecastKeys.isEmpty() && lastActual) {
            forecastKeys << lastActual->month;
            forecastTrained << lastActual->cumulativeTrained;
            forecastCertified << lastActual->cumulativeCertified;
        }
        forecastKeys << m.month;
        forecastTrained << m.forecastCumulative;
        forecastCertified << m.forecastCertifiedCumulative;
    }
    m_plot->graph(Trained)->setData(actualKeys, trained, true);
    m_plot->graph(Certified)->setData(actualKeys, certified, true);
    m_plot->graph(Target)->setData(targetKeys, target, true);
    m_plot->graph(ForecastTrained)->setData(forecastKeys, forecastTrained, true);
    m_plot->graph(ForecastCertified)->setData(forecastKeys, forecastCertified, true);

    double top = 0;
    for (const QVector<double> *values :
         {&trained, &certified, &target, &forecastTrained, &forecastCertified}) {
        if (!values->isEmpty())
            top = std::max(top, *std::max_element(values->cbegin(), values->cend()));
    }
    m_plot->xAxis->setRange(0.5, 12.5);
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.1 : 10.0);
    m_plot->replot();
}

} // namespace Planner

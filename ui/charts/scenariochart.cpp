// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariochart.h"

#include "chartstyle.h"

#include "items/scenariocomparison.h"

#include <qcustomplot.h>

#include <algorithm>
#include <iterator>

namespace Planner {

ScenarioChart::ScenarioChart(QWidget *parent)
    : ChartWidget(tr("Forecast of each scenario against the target"), tr("scenarios"), parent)
{
    useMonthAxis(0.5);
    m_plot->yAxis->setLabel(tr("Trained (cumulative)"));
    m_plot->yAxis->setRange(0, 10);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    ChartStyle::applyPalette(m_plot, palette());
}

void ScenarioChart::setComparison(const ScenarioComparison &comparison)
{
    m_plot->clearGraphs();
    static const QColor colours[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                     QColor(0x59, 0xa1, 0x4f), QColor(0xb0, 0x7a, 0xa1)};
    QVector<double> months;
    for (int m = 1; m <= 12; ++m)
        months << m;
    double top = 0;
    if (!comparison.scenarios.empty()) {
        const ScenarioFigures &first = comparison.scenarios.front();
        QVector<double> target(first.targetToDate.begin(), first.targetToDate.end());
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(tr("Target"));
        graph->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 2.0, Qt::DashLine));
        graph->setData(months, target, true);
        top = std::max(top, *std::max_element(target.cbegin(), target.cend()));
    }
    for (std::size_t i = 0; i < comparison.scenarios.size(); ++i) {
        const ScenarioFigures &s = comparison.scenarios[i];
        if (!s.problem.isEmpty())
            continue;
        QVector<double> values(s.cumulativeForecast.begin(), s.cumulativeForecast.end());
        const QColor colour = colours[i % std::size(colours)];
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(s.name);
        graph->setPen(QPen(colour, 2.0));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 5));
        graph->setData(months, values, true);
        top = std::max(top, *std::max_element(values.cbegin(), values.cend()));
    }
    m_plot->xAxis->setRange(0.5, 12.5);
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.25 : 10.0);
    m_plot->replot();
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetchart.h"

#include "chartstyle.h"

#include "planning/coststats.h"

#include <qcustomplot.h>

#include <algorithm>

namespace Planner {

BudgetChart::BudgetChart(QWidget *parent)
    : ChartWidget(tr("Spending through the year"), tr("spending"), parent)
{
    const QColor spent(0x4e, 0x79, 0xa7);
    QCPGraph *graph = m_plot->addGraph();
    graph->setName(tr("Spent (cumulative)"));
    graph->setPen(QPen(spent, 2.0));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, spent, spent, 5));
    graph = m_plot->addGraph();
    graph->setName(tr("Forecast"));
    graph->setPen(QPen(spent, 2.0, Qt::DashLine));
    graph = m_plot->addGraph();
    graph->setName(tr("Budget"));
    graph->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 2.0));
    useMonthAxis(0.5);
    m_plot->yAxis->setLabel(tr("Million yuan"));
    m_plot->yAxis->setRange(0, 10);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    ChartStyle::applyPalette(m_plot, palette());
}

void BudgetChart::setReport(const CostReport &report)
{
    QVector<double> spentKeys, spent, forecastKeys, forecast, budgetKeys, budget;
    const int lastSpent = report.asOf.year() > report.year   ? 12
                          : report.asOf.year() < report.year ? 0
                                                             : report.asOf.month();
    for (const MonthCost &m : report.months) {
        const double million = 1e6;
        if (m.month <= lastSpent) {
            spentKeys << m.month;
            spent << m.cumulativeSpent / million;
        }
        // The forecast continues the spent line from its last month.
        if (m.month >= std::max(1, lastSpent)) {
            forecastKeys << m.month;
            forecast << (m.month == lastSpent ? m.cumulativeSpent : m.cumulativeForecast) / million;
        }
        if (report.budget) {
            budgetKeys << m.month;
            budget << double(*report.budget) * m.month / 12 / million;
        }
    }
    m_plot->graph(Spent)->setData(spentKeys, spent, true);
    m_plot->graph(Forecast)->setData(forecastKeys, forecast, true);
    m_plot->graph(Budget)->setData(budgetKeys, budget, true);
    double top = 0;
    for (const QVector<double> *values : {&spent, &forecast, &budget})
        if (!values->isEmpty())
            top = std::max(top, *std::max_element(values->cbegin(), values->cend()));
    m_plot->xAxis->setRange(0.5, 12.5);
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.25 : 10.0);
    m_plot->replot();
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "multiyearchart.h"

#include "chartstyle.h"

#include <qcustomplot.h>

#include <algorithm>

namespace Planner {

MultiYearChart::MultiYearChart(QWidget *parent)
    : ChartWidget(tr("Targets and results by year"), tr("years"), parent)
{

    auto *group = new QCPBarsGroup(m_plot);
    group->setSpacing(2);
    const std::pair<QString, QColor> series[SeriesCount] = {
        {tr("Target"), QColor(0x9e, 0x9e, 0x9e)},
        {tr("Planned seats"), QColor(0x4e, 0x79, 0xa7)},
        {tr("Trained"), QColor(0x59, 0xa1, 0x4f)},
        {tr("Certified"), QColor(0xf2, 0x8e, 0x2b)},
    };
    for (const auto &[name, colour] : series) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(name);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colour);
        bars->setWidth(0.18);
        bars->setBarsGroup(group);
    }

    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->xAxis->setLabel(tr("Year"));
    m_plot->yAxis->setLabel(tr("Trainees"));
    m_plot->yAxis->setRange(0, 10);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    ChartStyle::applyPalette(m_plot, palette());
    ChartStyle::installValueToolTips(m_plot,
                                     [](double key) { return QString::number(qRound(key)); });
}

void MultiYearChart::setYears(const std::vector<YearProgress> &years)
{
    QVector<double> keys;
    QVector<QString> labels;
    QVector<double> values[SeriesCount];
    double top = 0;
    for (const YearProgress &y : years) {
        keys << y.year;
        // Years are labels, not quantities: no group separator.
        labels << QString::number(y.year);
        values[Target] << y.target;
        values[PlannedSeats] << y.seats;
        values[Trained] << y.trained;
        values[Certified] << y.certified;
        top = std::max(
            {top, double(y.target), double(y.seats), double(y.trained), double(y.certified)});
    }
    for (int s = 0; s < SeriesCount; ++s)
        static_cast<QCPBars *>(m_plot->plottable(s))->setData(keys, values[s]);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(keys, labels);
    m_plot->xAxis->setTicker(ticker);
    if (keys.isEmpty()) {
        m_plot->xAxis->setRange(0.4, 1.6);
    } else {
        const auto [first, last] = std::minmax_element(keys.cbegin(), keys.cend());
        m_plot->xAxis->setRange(*first - 0.6, *last + 0.6);
    }
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.35 : 10.0); // room for the legend above the bars
    m_plot->replot();
}

} // namespace Planner

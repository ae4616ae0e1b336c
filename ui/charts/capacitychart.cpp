// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacitychart.h"

#include "chartstyle.h"

#include "items/plantablemodels.h"
#include "planning/progressstats.h"

#include <qcustomplot.h>

#include <algorithm>

namespace Planner {

CapacityChart::CapacityChart(QWidget *parent)
    : ChartWidget(tr("Tracks against their targets"), tr("tracks"), parent)
{

    auto *group = new QCPBarsGroup(m_plot);
    group->setSpacing(2);
    const struct
    {
        QString name;
        QColor colour;
    } series[SeriesCount] = {
        {tr("Target"), QColor(0x9e, 0x9e, 0x9e)},
        {tr("Trained"), QColor(0x59, 0xa1, 0x4f)},
        {tr("Forecast for the year"), QColor(0x4e, 0x79, 0xa7)},
        {tr("Certified"), QColor(0xf2, 0x8e, 0x2b)},
    };
    for (const auto &s : series) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(s.name);
        bars->setPen(Qt::NoPen);
        bars->setBrush(s.colour);
        bars->setWidth(0.18);
        bars->setBarsGroup(group);
    }
    m_plot->yAxis->setLabel(tr("Trainees"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    ChartStyle::applyPalette(m_plot, palette());
    ChartStyle::installValueToolTips(m_plot, [this](double key) {
        const int index = qRound(key) - 1;
        return index >= 0 && index < m_tracks.size() ? m_tracks.at(index) : QString();
    });
}

void CapacityChart::setReport(const ProgressReport &report)
{
    QVector<double> keys;
    m_tracks.clear();
    QVector<double> values[SeriesCount];
    for (std::size_t i = 0; i < report.tracks.size(); ++i) {
        const TrackProgress &t = report.tracks[i];
        keys << double(i + 1);
        m_tracks << localizedName(t.name, t.nameZh);
        values[Target] << t.target;
        values[Trained] << t.trained;
        values[Forecast] << t.forecast;
        values[Certified] << t.certified;
    }
    double top = 0;
    for (int s = 0; s < SeriesCount; ++s) {
        qobject_cast<QCPBars *>(m_plot->plottable(s))->setData(keys, values[s], true);
        for (double v : std::as_const(values[s]))
            top = std::max(top, v);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(keys, m_tracks);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.4, double(keys.size()) + 0.6);
    m_plot->yAxis->setRange(0, std::max(10.0, top * 1.15));
    m_plot->replot();
}

} // namespace Planner

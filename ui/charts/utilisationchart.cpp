// SPDX-License-Identifier: GPL-3.0-or-later
#include "utilisationchart.h"

#include "chartstyle.h"

#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Planner {

namespace {

double percentOf(const UtilisationRow &row)
{
    const double percent = row.ratio * 100.0;
    return std::isfinite(percent) ? percent : 0.0;
}

QCPBars *addBars(QCustomPlot *plot, const QString &name, const QColor &colour)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(name);
    bars->setBrush(colour);
    bars->setPen(Qt::NoPen);
    bars->setWidth(0.7);
    return bars;
}

} // namespace

UtilisationChart::UtilisationChart(QWidget *parent)
    : ChartWidget(tr("Instructor utilisation"), tr("utilisation"), parent), m_limitLine(nullptr)
{

    addBars(m_plot, tr("Within the limit"), QColor(0x4e, 0x79, 0xa7));
    addBars(m_plot, tr("Over the limit"), QColor(0xd6, 0x27, 0x28));

    m_limitLine = new QCPItemStraightLine(m_plot);
    m_limitLine->point1->setCoords(0, 100);
    m_limitLine->point2->setCoords(1, 100);
    m_limitLine->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1.5, Qt::DashLine));
    m_limitLine->setSelectable(false);

    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->xAxis->setLabel(tr("Instructor"));
    m_plot->yAxis->setLabel(tr("% of yearly limit"));
    m_plot->xAxis->setRange(0.4, 1.6);
    m_plot->yAxis->setRange(0, 110);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    ChartStyle::applyPalette(m_plot, palette());
    ChartStyle::installToolTips(m_plot, [this](QCPAbstractPlottable *plottable, int index) {
        QCPPlottableInterface1D *data = plottable->interface1D();
        return data ? toolTip(data->dataMainKey(index)) : QString();
    });
}

QCPItemStraightLine *UtilisationChart::limitLine() const
{
    return m_limitLine;
}

void UtilisationChart::setRows(const std::vector<UtilisationRow> &rows)
{
    m_rows = rows;
    QVector<double> withinKeys, withinValues, overKeys, overValues, ticks;
    QVector<QString> labels;
    double top = 100;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const double key = double(i + 1);
        const double percent = percentOf(m_rows[i]);
        if (percent > 100.0) {
            overKeys << key;
            overValues << percent;
        } else {
            withinKeys << key;
            withinValues << percent;
        }
        top = std::max(top, percent);
        ticks << key;
        labels << m_rows[i].code;
    }
    auto *within = static_cast<QCPBars *>(m_plot->plottable(WithinLimit));
    auto *over = static_cast<QCPBars *>(m_plot->plottable(OverLimit));
    within->setData(withinKeys, withinValues, true);
    over->setData(overKeys, overValues, true);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(ticks, labels);
    m_plot->xAxis->setTicker(ticker);
    const bool labelled = int(m_rows.size()) <= MaxLabelledBars;
    m_plot->xAxis->setTickLabels(labelled);
    m_plot->xAxis->setTicks(labelled);
    // Up to a dozen codes fit side by side; more are set upright.
    m_plot->xAxis->setTickLabelRotation(m_rows.size() > 12 ? -90 : 0);
    m_plot->xAxis->setRange(0.4, std::max(1.0, double(m_rows.size())) + 0.6);
    m_plot->yAxis->setRange(0, top * 1.1);
    m_plot->replot();
}

QString UtilisationChart::toolTip(double key) const
{
    const long index = std::lround(key) - 1;
    if (index < 0 || index >= long(m_rows.size()))
        return {};
    const UtilisationRow &row = m_rows[std::size_t(index)];
    const QLocale locale;
    //: %1 instructor code, %2 name, %3 teaching days, %n the yearly limit in days, %4 share
    return tr("%1 %2: %3 / %Ln day(s) (%4%)", nullptr, row.limit)
        .arg(row.code, row.name, locale.toString(row.days),
             locale.toString(percentOf(row), 'f', 0));
}

} // namespace Planner

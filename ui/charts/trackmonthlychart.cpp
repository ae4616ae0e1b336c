// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackmonthlychart.h"

#include "chartstyle.h"

#include "items/plantablemodels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <qcustomplot.h>

#include <algorithm>

namespace Planner {

namespace {

// For tracks without a valid colour of their own.
QColor fallbackColour(std::size_t index)
{
    static const QColor colours[] = {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
        QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
        QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
    };
    return colours[index % std::size(colours)];
}

} // namespace

TrackMonthlyChart::TrackMonthlyChart(QWidget *parent)
    : ChartWidget(tr("Results by month and track"), tr("monthly-by-track"), parent),
      m_measureSelector(new QComboBox(this))
{
    m_measureSelector->addItem(tr("Trained"), int(Measure::Trained));
    m_measureSelector->addItem(tr("Certified"), int(Measure::Certified));
    auto *measureLabel = new QLabel(tr("&Show:"), this);
    measureLabel->setBuddy(m_measureSelector);
    auto *header = new QHBoxLayout;
    header->addStretch(1);
    header->addWidget(measureLabel);
    header->addWidget(m_measureSelector);
    chartLayout()->insertLayout(0, header);

    useMonthAxis(0.6);
    m_plot->yAxis->setLabel(tr("Trainees"));
    m_plot->yAxis->setRange(0, 10);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    ChartStyle::applyPalette(m_plot, palette());

    connect(m_measureSelector, &QComboBox::currentIndexChanged, this,
            [this] { setMeasure(Measure(m_measureSelector->currentData().toInt())); });
}

QComboBox *TrackMonthlyChart::measureSelector() const
{
    return m_measureSelector;
}

TrackMonthlyChart::Measure TrackMonthlyChart::measure() const
{
    return m_measure;
}

void TrackMonthlyChart::setReport(const ProgressReport &report)
{
    m_tracks = report.tracks;
    rebuild();
}

void TrackMonthlyChart::setMeasure(Measure measure)
{
    {
        const QSignalBlocker blocker(m_measureSelector);
        m_measureSelector->setCurrentIndex(m_measureSelector->findData(int(measure)));
    }
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuild();
    emit measureChanged(measure);
}

void TrackMonthlyChart::rebuild()
{
    m_plot->clearPlottables();
    QVector<double> keys;
    for (int month = 1; month <= 12; ++month)
        keys << month;
    std::array<double, 12> stacked{};
    QCPBars *below = nullptr;
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        const TrackProgress &track = m_tracks[i];
        const auto &byMonth =
            m_measure == Measure::Trained ? track.trainedByMonth : track.certifiedByMonth;
        QVector<double> values;
        for (std::size_t m = 0; m < byMonth.size(); ++m) {
            values << byMonth[m];
            stacked[m] += byMonth[m];
        }
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(localizedName(track.name, track.nameZh));
        QColor colour = QColor::fromString(track.colour);
        if (!colour.isValid())
            colour = fallbackColour(i);
        bars->setBrush(colour);
        // No outline, so months without trainees draw nothing; a one-pixel gap of
        // background separates the stacked tracks instead.
        bars->setPen(Qt::NoPen);
        bars->setStackingGap(1);
        bars->setWidth(0.7);
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    const double top = *std::max_element(stacked.cbegin(), stacked.cend());
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.35 : 10.0); // room for the legend above the bars
    // New legend items take the legend's text colour, which follows the palette already.
    m_plot->replot();
}

} // namespace Planner

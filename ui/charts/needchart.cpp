// SPDX-License-Identifier: GPL-3.0-or-later
#include "needchart.h"

#include "chartstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <qcustomplot.h>

#include <algorithm>

namespace Planner {

NeedChart::NeedChart(QWidget *parent)
    : ChartWidget(tr("Need and availability by month"), tr("need-by-month"), parent),
      m_measureSelector(new QComboBox(this))
{
    m_measureSelector->addItem(tr("Instructor-days"), int(Measure::InstructorDays));
    m_measureSelector->addItem(tr("Venue slot-days"), int(Measure::VenueSlotDays));
    auto *measureLabel = new QLabel(tr("&Show:"), this);
    measureLabel->setBuddy(m_measureSelector);
    auto *header = new QHBoxLayout;
    header->addStretch(1);
    header->addWidget(measureLabel);
    header->addWidget(m_measureSelector);
    chartLayout()->insertLayout(0, header);

    useMonthAxis(0.6);
    m_plot->yAxis->setRange(0, 10);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    ChartStyle::applyPalette(m_plot, palette());
    connect(m_measureSelector, &QComboBox::currentIndexChanged, this,
            [this] { setMeasure(Measure(m_measureSelector->currentData().toInt())); });
}

void NeedChart::setTrack(const TrackCapacity &track)
{
    m_track = track;
    rebuild();
}

void NeedChart::setMeasure(Measure measure)
{
    {
        const QSignalBlocker blocker(m_measureSelector);
        m_measureSelector->setCurrentIndex(m_measureSelector->findData(int(measure)));
    }
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuild();
}

void NeedChart::rebuild()
{
    m_plot->clearPlottables();
    const bool instructors = m_measure == Measure::InstructorDays;
    m_plot->yAxis->setLabel(instructors ? tr("Instructor-days") : tr("Venue slot-days"));
    auto *group = new QCPBarsGroup(m_plot);
    group->setSpacing(2);
    double top = 0;
    const std::pair<QString, QColor> series[] = {{tr("Needed"), QColor(0xe1, 0x57, 0x59)},
                                                 {tr("Available"), QColor(0x4e, 0x79, 0xa7)}};
    for (int s = 0; s < 2; ++s) {
        QVector<double> keys, values;
        for (int m = 0; m < 12; ++m) {
            const CapacityMonth &month = m_track.months[std::size_t(m)];
            const double v =
                instructors ? (s == 0 ? month.instructorDaysNeeded : month.instructorDaysAvailable)
                            : (s == 0 ? month.venueSlotDaysNeeded : month.venueSlotDaysAvailable);
            keys << m + 1;
            values << v;
            top = std::max(top, v);
        }
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(series[s].first);
        bars->setBrush(series[s].second);
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.35);
        bars->setBarsGroup(group);
        bars->setData(keys, values, true);
    }
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.3 : 10.0); // room for the legend above the bars
    m_plot->replot();
}

} // namespace Planner

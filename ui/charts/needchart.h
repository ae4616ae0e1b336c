// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

#include "planning/capacityplanner.h"

class QComboBox;

namespace Planner {

// One track's need against what is available, month by month (Targets & Capacity):
// instructor-days or venue slot-days, the need as one bar and what is available beside
// it; plottable 0 is the need, 1 what is available.
class NeedChart final : public ChartWidget
{
    Q_OBJECT

public:
    enum class Measure { InstructorDays, VenueSlotDays };
    Q_ENUM(Measure)

    explicit NeedChart(QWidget *parent = nullptr);

    QComboBox *measureSelector() const { return m_measureSelector; }
    void setTrack(const TrackCapacity &track);
    void setMeasure(Measure measure);

private:
    void rebuild();

    QComboBox *m_measureSelector;
    Measure m_measure = Measure::InstructorDays;
    TrackCapacity m_track;
};

} // namespace Planner

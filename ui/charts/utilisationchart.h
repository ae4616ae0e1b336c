// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/progressstats.h"

#include "chartwidget.h"
#include <QSize>
#include <QString>

class QCPItemStraightLine;
class QCustomPlot;

namespace Planner {

// Each instructor's teaching days as a share of their yearly limit, one bar per instructor
// in the order given. Plottable WithinLimit holds the bars up to 100 %, plottable OverLimit
// (warning red) those above; a dashed line marks 100 %.
class UtilisationChart final : public ChartWidget
{
    Q_OBJECT

public:
    enum Series { WithinLimit, OverLimit, SeriesCount };
    // With more instructors than this the bars carry no names (the tooltip does).
    static constexpr int MaxLabelledBars = 40;

    explicit UtilisationChart(QWidget *parent = nullptr);

    QCPItemStraightLine *limitLine() const;
    void setRows(const std::vector<UtilisationRow> &rows);

private:
    QString toolTip(double key) const;

    QCPItemStraightLine *m_limitLine;
    std::vector<UtilisationRow> m_rows;
};

} // namespace Planner

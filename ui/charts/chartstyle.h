// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSize>
#include <QString>

#include <functional>

class QCPAbstractPlottable;
class QCustomPlot;
class QPalette;
class QPointF;

// Look and behaviour shared by the chart widgets: colours from the widget palette, zoom on
// the time axis, value tooltips, export to PNG/SVG/PDF. Display only: no figures are
// computed here.
namespace Planner::ChartStyle {

// The text of a tooltip for data point dataIndex of plottable; empty for none.
using ToolTipText = std::function<QString(QCPAbstractPlottable *plottable, int dataIndex)>;

// Background from the palette's Base, axes, ticks, labels, legend and title text from its
// Text, grid lines from its Mid: readable in light and dark palettes. Replots.
void applyPalette(QCustomPlot *plot, const QPalette &palette);

// Drag and wheel zoom on the horizontal (time) axis only; the value axis stays put.
void enableTimeZoom(QCustomPlot *plot);

// Hovering a bar or a graph's data point shows "series — key label: value".
void installValueToolTips(QCustomPlot *plot, std::function<QString(double key)> keyLabel);
// Hovering a data point shows text(plottable, index) when that is not empty.
void installToolTips(QCustomPlot *plot, ToolTipText text);
// The tooltip installToolTips() shows at pos (widget coordinates): the plottable under pos
// and its data point nearest to pos; empty when there is none.
QString toolTipAt(QCustomPlot *plot, const QPointF &pos, const ToolTipText &text);
// "series — key label: value" for data point dataIndex of a bars or graph plottable.
QString valueToolTip(QCPAbstractPlottable *plottable, int dataIndex,
                     const std::function<QString(double key)> &keyLabel);

// Writes the chart to path, in the format its suffix names (.png, .svg or .pdf). A PNG is
// exactly size pixels, drawn with the on-screen layout of a chart at most 960 pixels wide
// and scaled up (3000 pixels wide = 300 dpi, which the file records). An SVG is size
// pixels, a PDF page is size pixels at screen resolution, both laid out at that size.
// A Problem naming the file when it cannot be written.
Result<> exportChart(QCustomPlot *plot, const QString &path, QSize size);

// A context menu on the plot with "Export chart…": asks for a file (PNG, SVG or PDF),
// writes a 3000×1800 PNG or a 1000×600 vector chart, and reports a failure in a message box.
// defaultName is the proposed file name without suffix.
void installExportMenu(QCustomPlot *plot, const QString &defaultName);

} // namespace Planner::ChartStyle

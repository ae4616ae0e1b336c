// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPageLayout>
#include <QPageSize>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolTip>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace Planner::ChartStyle {

namespace {

// A PNG wider than this keeps the layout of a chart this wide and is scaled up, so its text
// stays legible: 960 pixels is 10 inches on screen, and 3000 pixels then print at 300 dpi.
constexpr double ReferenceWidth = 960.0;
constexpr double InchesPerMetre = 1.0 / 0.0254;

QString formatValue(double value)
{
    // Counts are whole numbers; forecasts and shares show two decimals at most.
    const double rounded = std::round(value * 100.0) / 100.0;
    return QLocale().toString(rounded, 'f', QLocale::FloatingPointShortest);
}

// The chart's title, for the metadata of vector files: its first text element.
QString chartTitle(QCustomPlot *plot)
{
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *text = qobject_cast<QCPTextElement *>(element))
            return text->text();
    }
    return {};
}

bool writePng(QCustomPlot *plot, QSaveFile &file, QSize size)
{
    const double scale = std::max(1.0, size.width() / ReferenceWidth);
    const int width = std::max(1, qRound(size.width() / scale));
    const int height = std::max(1, qRound(size.height() / scale));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    // Text is measured at the widget's resolution; the image must render it at the same.
    const int screenDpm = qRound(plot->logicalDpiX() * InchesPerMetre);
    image.setDotsPerMeterX(screenDpm);
    image.setDotsPerMeterY(screenDpm);
    image.fill(Qt::transparent); // the plot paints its background brush over it
    QCPPainter painter;
    if (!painter.begin(&image))
        return false;
    painter.setMode(QCPPainter::pmNoCaching);
    if (scale > 1.0)
        painter.setMode(QCPPainter::pmNonCosmetic);
    painter.scale(double(size.width()) / width, double(size.height()) / height);
    plot->toPainter(&painter, width, height);
    painter.end();
    const int printDpm = qRound(plot->logicalDpiX() * scale * InchesPerMetre);
    image.setDotsPerMeterX(printDpm);
    image.setDotsPerMeterY(printDpm);
    return image.save(&file, "PNG");
}

bool writeSvg(QCustomPlot *plot, QSaveFile &file, QSize size)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(plot->logicalDpiX());
    generator.setTitle(chartTitle(plot));
    generator.setDescription(QCoreApplication::applicationName());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNonCosmetic);
    plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

bool writePdf(QCustomPlot *plot, QSaveFile &file, QSize size)
{
    // At the widget's resolution text measures as on screen; the page is as large as the
    // chart would be on that screen.
    const int dpi = plot->logicalDpiX();
    QPdfWriter writer(&file);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setTitle(chartTitle(plot));
    writer.setResolution(dpi);
    const QSizeF points(size.width() * 72.0 / dpi, size.height() * 72.0 / dpi);
    if (!writer.setPageLayout(
            QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF())))
        return false;
    QCPPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNonCosmetic);
    // The page in device pixels may differ from size by rounding of the page size.
    painter.scale(double(writer.width()) / size.width(), double(writer.height()) / size.height());
    plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

void exportInteractively(QCustomPlot *plot, const QString &defaultName)
{
    const QString png = QCoreApplication::translate("Planner::ChartStyle", "PNG image (*.png)");
    const QString svg = QCoreApplication::translate("Planner::ChartStyle", "SVG image (*.svg)");
    const QString pdf = QCoreApplication::translate("Planner::ChartStyle", "PDF document (*.pdf)");
    QString selected = png;
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString path = QFileDialog::getSaveFileName(
        plot->window(), QCoreApplication::translate("Planner::ChartStyle", "Export chart"),
        folder.filePath(defaultName + QLatin1String(".png")),
        QStringList{png, svg, pdf}.join(QLatin1String(";;")), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == svg   ? QLatin1String(".svg")
                : selected == pdf ? QLatin1String(".pdf")
                                  : QLatin1String(".png");
    const bool raster =
        QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
    if (const Result<> written =
            exportChart(plot, path, raster ? QSize(3000, 1800) : QSize(1000, 600));
        !written)
        QMessageBox::warning(plot->window(),
                             QCoreApplication::translate("Planner::ChartStyle", "Export chart"),
                             written.message());
}

} // namespace

void applyPalette(QCustomPlot *plot, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor mid = palette.color(QPalette::Mid);
    const QColor base = palette.color(QPalette::Base);
    plot->setBackground(QBrush(base));
    const QPen textPen(text, 0);
    const QPen gridPen(mid, 0, Qt::DotLine);
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(textPen);
            axis->setTickPen(textPen);
            axis->setSubTickPen(textPen);
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(gridPen);
            axis->grid()->setSubGridPen(gridPen);
            axis->grid()->setZeroLinePen(QPen(mid, 0));
        }
    }
    plot->legend->setBrush(QBrush(base));
    plot->legend->setBorderPen(QPen(mid, 0));
    // The legend's colour applies to items it makes from now on; recolour those it has.
    plot->legend->setTextColor(text);
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        plot->legend->item(i)->setTextColor(text);
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element))
            title->setTextColor(text);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void enableTimeZoom(QCustomPlot *plot)
{
    plot->setInteraction(QCP::iRangeDrag, true);
    plot->setInteraction(QCP::iRangeZoom, true);
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
    }
}

QString valueToolTip(QCPAbstractPlottable *plottable, int dataIndex,
                     const std::function<QString(double key)> &keyLabel)
{
    QCPPlottableInterface1D *data = plottable ? plottable->interface1D() : nullptr;
    if (!data || dataIndex < 0 || dataIndex >= data->dataCount())
        return {};
    const double key = data->dataMainKey(dataIndex);
    const QString label = keyLabel ? keyLabel(key) : QLocale().toString(key);
    //: Chart tooltip: %1 series name, %2 the point's key (a month, a year), %3 its value
    return QCoreApplication::translate("Planner::ChartStyle", "%1 — %2: %3")
        .arg(plottable->name(), label, formatValue(data->dataMainValue(dataIndex)));
}

QString toolTipAt(QCustomPlot *plot, const QPointF &pos, const ToolTipText &text)
{
    int index = -1;
    QCPAbstractPlottable *plottable = plot->plottableAt(pos, false, &index);
    if (!plottable || index < 0 || !plottable->realVisibility() || !text)
        return {};
    return text(plottable, index);
}

void installToolTips(QCustomPlot *plot, ToolTipText text)
{
    plot->setMouseTracking(true);
    QObject::connect(plot, &QCustomPlot::mouseMove, plot,
                     [plot, text = std::move(text)](QMouseEvent *event) {
                         // No tooltips while the user drags the axis along.
                         const QString tip = event->buttons() == Qt::NoButton
                                                 ? toolTipAt(plot, event->position(), text)
                                                 : QString();
                         if (tip.isEmpty())
                             QToolTip::hideText();
                         else
                             QToolTip::showText(event->globalPosition().toPoint(), tip, plot);
                     });
}

void installValueToolTips(QCustomPlot *plot, std::function<QString(double key)> keyLabel)
{
    installToolTips(plot,
                    [keyLabel = std::move(keyLabel)](QCPAbstractPlottable *plottable, int index) {
                        return valueToolTip(plottable, index, keyLabel);
                    });
}

Result<> exportChart(QCustomPlot *plot, const QString &path, QSize size)
{
    const QString name = QDir::toNativeSeparators(path);
    if (size.isEmpty())
        return Problem::of(QCoreApplication::translate("Planner::ChartStyle",
                                                       "Cannot export the chart to %1: "
                                                       "the size %2×%3 is empty.")
                               .arg(name)
                               .arg(size.width())
                               .arg(size.height()));
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool (*write)(QCustomPlot *, QSaveFile &, QSize) = nullptr;
    if (suffix == QLatin1String("png"))
        write = writePng;
    else if (suffix == QLatin1String("svg"))
        write = writeSvg;
    else if (suffix == QLatin1String("pdf"))
        write = writePdf;
    else
        return Problem::of(QCoreApplication::translate("Planner::ChartStyle",
                                                       "Cannot export the chart to %1: the file "
                                                       "type is unknown. Name the file with "
                                                       ".png, .svg or .pdf at the end.")
                               .arg(name));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Problem::of(
            QCoreApplication::translate("Planner::ChartStyle", "Cannot write the chart to %1: %2")
                .arg(name, file.errorString()));
    const bool written = write(plot, file, size);
    // Drawing laid the plot out at the export size: lay it out for the screen again, now,
    // so that mouse positions map to the right data straight away.
    plot->replot();
    if (!written) {
        file.cancelWriting();
        return Problem::of(
            QCoreApplication::translate("Planner::ChartStyle", "Cannot write the chart to %1.")
                .arg(name));
    }
    if (!file.commit())
        return Problem::of(
            QCoreApplication::translate("Planner::ChartStyle", "Cannot write the chart to %1: %2")
                .arg(name, file.errorString()));
    return {};
}

void installExportMenu(QCustomPlot *plot, const QString &defaultName)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        plot, &QWidget::customContextMenuRequested, plot, [plot, defaultName](const QPoint &pos) {
            QMenu menu(plot);
            QAction *exportAction =
                menu.addAction(QCoreApplication::translate("Planner::ChartStyle", "Export chart…"));
            if (menu.exec(plot->mapToGlobal(pos)) == exportAction)
                exportInteractively(plot, defaultName);
        });
}

} // namespace Planner::ChartStyle

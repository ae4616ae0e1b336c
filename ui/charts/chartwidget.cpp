// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"

#include "chartstyle.h"

#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace Planner {

ChartWidget::ChartWidget(const QString &title, const QString &exportName, QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_layout(new QVBoxLayout(this))
{
    m_plot->setMinimumHeight(220);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_plot, 1);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, title, titleFont));
    ChartStyle::applyPalette(m_plot, palette());
    ChartStyle::installExportMenu(m_plot, exportName);
}

QCustomPlot *ChartWidget::plot() const
{
    return m_plot;
}

Result<> ChartWidget::exportTo(const QString &path, QSize size)
{
    return ChartStyle::exportChart(m_plot, path, size);
}

void ChartWidget::useMonthAxis(double margin)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        ticker->addTick(month, locale.standaloneMonthName(month, QLocale::ShortFormat));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Month"));
    m_plot->xAxis->setRange(1 - margin, 12 + margin);
    ChartStyle::enableTimeZoom(m_plot);
    ChartStyle::installValueToolTips(m_plot, [](double key) {
        return QLocale().standaloneMonthName(qRound(key), QLocale::LongFormat);
    });
}

QVBoxLayout *ChartWidget::chartLayout() const
{
    return m_layout;
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::applyPalette(m_plot, palette());
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartstyle.h"
#include "charts/multiyearchart.h"
#include "charts/progresschart.h"
#include "charts/trackmonthlychart.h"
#include "charts/utilisationchart.h"

#include "items/plantablemodels.h"
#include "planning/progressstats.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <qcustomplot.h>

using namespace Planner;

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void progressChart();
    void progressChartWholeYearActualOrForecast();
    void progressChartToolTip();
    void trackMonthlyChart();
    void utilisationChart();
    void utilisationChartManyInstructors();
    void multiYearChart();
    void followsPalette();
    void exportFormats_data();
    void exportFormats();
    void exportFailures();

private:
    QTemporaryDir m_dir;
};

namespace {

constexpr int AsOfMonth = 6;

// Two tracks, as of 30 June 2026: January to June are actual, July to December forecast.
ProgressReport sampleReport()
{
    ProgressReport report;
    report.year = 2026;
    report.asOf = QDate(2026, 6, 30);
    report.target = 120;
    report.targetCertified = 100;

    TrackProgress a;
    a.trackId = 1;
    a.name = QStringLiteral("Network Engineering");
    a.nameZh = QStringLiteral("网络工程");
    a.colour = QStringLiteral("#1f77b4");
    a.trainedByMonth = {2, 3, 0, 4, 5, 1, 0, 0, 0, 0, 0, 0};
    a.certifiedByMonth = {1, 2, 0, 3, 4, 1, 0, 0, 0, 0, 0, 0};
    TrackProgress b;
    b.trackId = 2;
    b.name = QStringLiteral("Cloud Operations");
    b.colour = QStringLiteral("#ff7f0e");
    b.trainedByMonth = {0, 6, 2, 0, 3, 7, 0, 0, 0, 0, 0, 0};
    b.certifiedByMonth = {0, 5, 2, 0, 1, 6, 0, 0, 0, 0, 0, 0};
    report.tracks = {a, b};

    int cumulative = 0;
    int cumulativeCertified = 0;
    double forecast = 0;
    double forecastCertified = 0;
    for (int m = 1; m <= 12; ++m) {
        MonthProgress month;
        month.month = m;
        month.trained = a.trainedByMonth[m - 1] + b.trainedByMonth[m - 1];
        month.certified = a.certifiedByMonth[m - 1] + b.certifiedByMonth[m - 1];
        cumulative += month.trained;
        cumulativeCertified += month.certified;
        month.cumulativeTrained = cumulative;
        month.cumulativeCertified = cumulativeCertified;
        month.targetToDate = report.target * m / 12.0;
        month.forecast = m > AsOfMonth;
        if (month.forecast) {
            forecast += 9.5;
            forecastCertified += 7.25;
        } else {
            forecast = cumulative;
            forecastCertified = cumulativeCertified;
        }
        month.forecastCumulative = forecast;
        month.forecastCertifiedCumulative = forecastCertified;
        report.months.push_back(month);
    }
    report.trained = cumulative;
    report.certified = cumulativeCertified;
    report.forecast = forecast;
    report.forecastCertified = forecastCertified;
    return report;
}

std::vector<UtilisationRow> sampleRows(int count)
{
    std::vector<UtilisationRow> rows;
    for (int i = 0; i < count; ++i) {
        UtilisationRow row;
        row.instructorId = i + 1;
        row.code = QStringLiteral("I%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        row.name = QStringLiteral("Instructor %1").arg(i + 1);
        row.limit = 100;
        row.days = std::max(0, 130 - 10 * i); // 130, 120, 110, 100, 90, …
        row.ratio = double(row.days) / row.limit;
        rows.push_back(row);
    }
    return rows;
}

std::vector<YearProgress> sampleYears()
{
    return {
        {2024, 100, 80, 110, 95, 70},
        {2025, 120, 100, 125, 118, 90},
        {2026, 140, 110, 150, 60, 40},
    };
}

QVector<double> keysOf(QCPAbstractPlottable *plottable)
{
    QVector<double> keys;
    QCPPlottableInterface1D *data = plottable->interface1D();
    for (int i = 0; i < data->dataCount(); ++i)
        keys << data->dataMainKey(i);
    return keys;
}

QVector<double> valuesOf(QCPAbstractPlottable *plottable)
{
    QVector<double> values;
    QCPPlottableInterface1D *data = plottable->interface1D();
    for (int i = 0; i < data->dataCount(); ++i)
        values << data->dataMainValue(i);
    return values;
}

// Equal but for the last bits of the doubles: shares times 100 are not exact.
bool sameValues(const QVector<double> &actual, const QVector<double> &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (!qFuzzyCompare(actual[i] + 1.0, expected[i] + 1.0))
            return false;
    }
    return true;
}

QByteArray describe(const QVector<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v);
    return parts.join(QLatin1String(", ")).toUtf8();
}

template <std::size_t N> QVector<double> toVector(const std::array<int, N> &values)
{
    return QVector<double>(values.begin(), values.end());
}

// Hovers pos in the plot as the mouse would and returns the tooltip shown, if any.
QString hover(QCustomPlot *plot, QPointF pos)
{
    // A tooltip lingers a moment after it is hidden; start without one.
    QToolTip::hideText();
    if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
        return QStringLiteral("(the previous tooltip stays)");
    QMouseEvent move(QEvent::MouseMove, pos, plot->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &move);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

// A chart of each kind with data, exported by its own exportTo().
QString exportChartOfKind(const QString &kind, const QString &path, QSize size)
{
    if (kind == QLatin1String("progress")) {
        ProgressChart chart;
        chart.setReport(sampleReport());
        return chart.exportTo(path, size).message();
    }
    if (kind == QLatin1String("tracks")) {
        TrackMonthlyChart chart;
        chart.setReport(sampleReport());
        return chart.exportTo(path, size).message();
    }
    if (kind == QLatin1String("utilisation")) {
        UtilisationChart chart;
        chart.setRows(sampleRows(8));
        return chart.exportTo(path, size).message();
    }
    MultiYearChart chart;
    chart.setYears(sampleYears());
    return chart.exportTo(path, size).message();
}

} // namespace

void TestCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCharts::progressChart()
{
    const ProgressReport report = sampleReport();
    ProgressChart chart;
    chart.setReport(report);
    QCustomPlot *plot = chart.plot();
    QCOMPARE(plot->graphCount(), 5);
    QCOMPARE(plot->graph(ProgressChart::Trained)->name(), QStringLiteral("Trained (cumulative)"));
    QCOMPARE(plot->graph(ProgressChart::Certified)->name(),
             QStringLiteral("Certified (cumulative)"));
    QCOMPARE(plot->graph(ProgressChart::Target)->name(), QStringLiteral("Target"));
    QCOMPARE(plot->graph(ProgressChart::ForecastTrained)->name(),
             QStringLiteral("Forecast trained"));
    QCOMPARE(plot->graph(ProgressChart::ForecastCertified)->name(),
             QStringLiteral("Forecast certified"));

    // Actual lines: January to June, cumulative.
    QCOMPARE(keysOf(plot->graph(0)), (QVector<double>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(valuesOf(plot->graph(0)), (QVector<double>{2, 11, 13, 17, 25, 33}));
    QCOMPARE(keysOf(plot->graph(1)), (QVector<double>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(valuesOf(plot->graph(1)), (QVector<double>{1, 8, 10, 13, 18, 25}));
    // Target: every month.
    QCOMPARE(plot->graph(2)->dataCount(), 12);
    QCOMPARE(valuesOf(plot->graph(2)).front(), 10.0);
    QCOMPARE(valuesOf(plot->graph(2)).back(), 120.0);
    QCOMPARE(plot->graph(2)->pen().color(), QColor(0x9e, 0x9e, 0x9e));
    // Forecasts: from June's actual figure to December's forecast, dashed.
    QCOMPARE(keysOf(plot->graph(3)), (QVector<double>{6, 7, 8, 9, 10, 11, 12}));
    QCOMPARE(valuesOf(plot->graph(3)).front(), 33.0);
    QCOMPARE(valuesOf(plot->graph(3)).back(), 33 + 6 * 9.5);
    QCOMPARE(valuesOf(plot->graph(3)).back(), report.months.back().forecastCumulative);
    QCOMPARE(keysOf(plot->graph(4)).front(), 6.0);
    QCOMPARE(valuesOf(plot->graph(4)).front(), 25.0);
    QCOMPARE(valuesOf(plot->graph(4)).back(), 25 + 6 * 7.25);
    QCOMPARE(plot->graph(3)->pen().style(), Qt::DashLine);
    QCOMPARE(plot->graph(4)->pen().style(), Qt::DashLine);
    QCOMPARE(plot->graph(0)->pen().style(), Qt::SolidLine);

    QCOMPARE(plot->yAxis->range().lower, 0.0);
    QCOMPARE(plot->yAxis->range().upper, 120 * 1.1);
    QCOMPARE(plot->xAxis->label(), QStringLiteral("Month"));
    QCOMPARE(plot->yAxis->label(), QStringLiteral("Trainees"));
    QVERIFY(plot->legend->visible());
    auto ticker = plot->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().size(), 12);
    QCOMPARE(ticker->ticks().value(6), QLocale().standaloneMonthName(6, QLocale::ShortFormat));
    // Zoom and drag move through time only.
    QVERIFY(plot->interactions().testFlag(QCP::iRangeZoom));
    QVERIFY(plot->interactions().testFlag(QCP::iRangeDrag));
    QCOMPARE(plot->axisRect()->rangeZoom(), Qt::Horizontal);
    QCOMPARE(plot->axisRect()->rangeDrag(), Qt::Horizontal);
    QCOMPARE(plot->contextMenuPolicy(), Qt::CustomContextMenu);
    QVERIFY(plot->minimumHeight() >= 200);

    // A second report replaces the first.
    chart.setReport(report);
    QCOMPARE(plot->graphCount(), 5);
    QCOMPARE(plot->graph(0)->dataCount(), 6);
}

void TestCharts::progressChartWholeYearActualOrForecast()
{
    ProgressReport report = sampleReport();
    ProgressChart chart;
    for (MonthProgress &m : report.months)
        m.forecast = false;
    chart.setReport(report);
    QCOMPARE(chart.plot()->graph(0)->dataCount(), 12);
    QCOMPARE(chart.plot()->graph(3)->dataCount(), 0);
    QCOMPARE(chart.plot()->graph(4)->dataCount(), 0);

    for (MonthProgress &m : report.months)
        m.forecast = true;
    chart.setReport(report);
    QCOMPARE(chart.plot()->graph(0)->dataCount(), 0);
    QCOMPARE(chart.plot()->graph(3)->dataCount(), 12);
    QCOMPARE(keysOf(chart.plot()->graph(3)).front(), 1.0);

    chart.setReport(ProgressReport{});
    for (int g = 0; g < chart.plot()->graphCount(); ++g)
        QCOMPARE(chart.plot()->graph(g)->dataCount(), 0);
    QCOMPARE(chart.plot()->yAxis->range().upper, 10.0);
}

void TestCharts::progressChartToolTip()
{
    ProgressChart chart;
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setReport(sampleReport());
    QCustomPlot *plot = chart.plot();
    const QPointF june = plot->graph(0)->coordsToPixels(6, 33);
    QCOMPARE(hover(plot, june), QStringLiteral("Trained (cumulative) — %1: 33")
                                    .arg(QLocale().standaloneMonthName(6, QLocale::LongFormat)));
    const QPointF december = plot->graph(3)->coordsToPixels(12, 33 + 6 * 9.5);
    QCOMPARE(hover(plot, december),
             QStringLiteral("Forecast trained — %1: %2")
                 .arg(QLocale().standaloneMonthName(12, QLocale::LongFormat),
                      QLocale().toString(90.0, 'f', QLocale::FloatingPointShortest)));
    // Nowhere near a point: no tooltip.
    const QString nothing = hover(plot, plot->graph(0)->coordsToPixels(11, 1));
    QVERIFY2(nothing.isEmpty(), qPrintable(nothing));
}

void TestCharts::trackMonthlyChart()
{
    const ProgressReport report = sampleReport();
    TrackMonthlyChart chart;
    QSignalSpy measureChanged(&chart, &TrackMonthlyChart::measureChanged);
    chart.setReport(report);
    QCustomPlot *plot = chart.plot();
    QCOMPARE(chart.measure(), TrackMonthlyChart::Measure::Trained);
    QCOMPARE(plot->plottableCount(), 2);
    auto *first = qobject_cast<QCPBars *>(plot->plottable(0));
    auto *second = qobject_cast<QCPBars *>(plot->plottable(1));
    QVERIFY(first && second);
    QCOMPARE(first->name(), localizedName(report.tracks[0].name, report.tracks[0].nameZh));
    QCOMPARE(second->name(), localizedName(report.tracks[1].name, report.tracks[1].nameZh));
    QCOMPARE(first->brush().color(), QColor(0x1f, 0x77, 0xb4));
    QCOMPARE(second->brush().color(), QColor(0xff, 0x7f, 0x0e));
    QCOMPARE(keysOf(first), (QVector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    QCOMPARE(valuesOf(first), toVector(report.tracks[0].trainedByMonth));
    QCOMPARE(valuesOf(second), toVector(report.tracks[1].trainedByMonth));
    // Stacked: the second track sits on the first.
    QCOMPARE(first->barBelow(), nullptr);
    QCOMPARE(first->barAbove(), second);
    QCOMPARE(second->barBelow(), first);
    QCOMPARE(plot->yAxis->range().upper, (3 + 6) * 1.35); // February's stack, room for the legend

    chart.setMeasure(TrackMonthlyChart::Measure::Certified);
    QCOMPARE(measureChanged.count(), 1);
    QCOMPARE(chart.measureSelector()->currentData().toInt(),
             int(TrackMonthlyChart::Measure::Certified));
    QCOMPARE(plot->plottableCount(), 2);
    first = qobject_cast<QCPBars *>(plot->plottable(0));
    second = qobject_cast<QCPBars *>(plot->plottable(1));
    QCOMPARE(valuesOf(first), toVector(report.tracks[0].certifiedByMonth));
    QCOMPARE(valuesOf(second), toVector(report.tracks[1].certifiedByMonth));
    QCOMPARE(second->barBelow(), first);

    // The selector above the chart switches back.
    chart.measureSelector()->setCurrentIndex(
        chart.measureSelector()->findData(int(TrackMonthlyChart::Measure::Trained)));
    QCOMPARE(chart.measure(), TrackMonthlyChart::Measure::Trained);
    QCOMPARE(measureChanged.count(), 2);
    QCOMPARE(valuesOf(plot->plottable(1)), toVector(report.tracks[1].trainedByMonth));
    // Setting the current measure again changes nothing.
    chart.setMeasure(TrackMonthlyChart::Measure::Trained);
    QCOMPARE(measureChanged.count(), 2);

    // A report with fewer tracks drops the other bars; a track without a colour gets one.
    ProgressReport one = report;
    one.tracks.resize(1);
    one.tracks[0].colour.clear();
    chart.setReport(one);
    QCOMPARE(plot->plottableCount(), 1);
    QVERIFY(qobject_cast<QCPBars *>(plot->plottable(0))->brush().color().isValid());
}

void TestCharts::utilisationChart()
{
    // 130 %, 120 %, 110 %, 100 %, 90 %, 80 %: the first three are over the limit.
    const std::vector<UtilisationRow> rows = sampleRows(6);
    UtilisationChart chart;
    chart.setRows(rows);
    QCustomPlot *plot = chart.plot();
    QCOMPARE(plot->plottableCount(), 2);
    QCPAbstractPlottable *within = plot->plottable(UtilisationChart::WithinLimit);
    QCPAbstractPlottable *over = plot->plottable(UtilisationChart::OverLimit);
    QCOMPARE(keysOf(over), (QVector<double>{1, 2, 3}));
    QVERIFY2(sameValues(valuesOf(over), {130, 120, 110}), describe(valuesOf(over)));
    QCOMPARE(keysOf(within), (QVector<double>{4, 5, 6}));
    QVERIFY2(sameValues(valuesOf(within), {100, 90, 80}), describe(valuesOf(within)));
    QVERIFY(qobject_cast<QCPBars *>(over)->brush().color().red() > 200);
    QCOMPARE(chart.limitLine()->point1->coords().y(), 100.0);
    QCOMPARE(chart.limitLine()->point2->coords().y(), 100.0);
    QCOMPARE(chart.limitLine()->pen().style(), Qt::DashLine);
    QCOMPARE(plot->yAxis->label(), QStringLiteral("% of yearly limit"));
    QVERIFY(plot->yAxis->range().upper >= 130);
    QVERIFY(plot->xAxis->tickLabels());
    auto ticker = plot->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().value(1), QStringLiteral("I001"));

    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    plot->replot();
    const QString tip = hover(plot, over->coordsToPixels(1, 60));
    QVERIFY2(tip.contains(QLatin1String("I001 Instructor 1: 130 / 100")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("130%")), qPrintable(tip));
    QVERIFY(hover(plot, within->coordsToPixels(4, 50)).startsWith(QLatin1String("I004 ")));

    chart.setRows({});
    QCOMPARE(within->interface1D()->dataCount(), 0);
    QCOMPARE(over->interface1D()->dataCount(), 0);
}

void TestCharts::utilisationChartManyInstructors()
{
    UtilisationChart chart;
    chart.setRows(sampleRows(UtilisationChart::MaxLabelledBars));
    QVERIFY(chart.plot()->xAxis->tickLabels());
    chart.setRows(sampleRows(UtilisationChart::MaxLabelledBars + 1));
    QVERIFY(!chart.plot()->xAxis->tickLabels());
    const int bars = chart.plot()->plottable(0)->interface1D()->dataCount() +
                     chart.plot()->plottable(1)->interface1D()->dataCount();
    QCOMPARE(bars, UtilisationChart::MaxLabelledBars + 1);
}

void TestCharts::multiYearChart()
{
    const std::vector<YearProgress> years = sampleYears();
    MultiYearChart chart;
    chart.setYears(years);
    QCustomPlot *plot = chart.plot();
    QCOMPARE(plot->plottableCount(), 4);
    const QStringList names{QStringLiteral("Target"), QStringLiteral("Planned seats"),
                            QStringLiteral("Trained"), QStringLiteral("Certified")};
    QCPBarsGroup *group = qobject_cast<QCPBars *>(plot->plottable(0))->barsGroup();
    QVERIFY(group);
    for (int s = 0; s < 4; ++s) {
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(s));
        QVERIFY(bars);
        QCOMPARE(bars->name(), names[s]);
        QCOMPARE(bars->barsGroup(), group);
        QCOMPARE(keysOf(bars), (QVector<double>{2024, 2025, 2026}));
    }
    QCOMPARE(valuesOf(plot->plottable(MultiYearChart::Target)), (QVector<double>{100, 120, 140}));
    QCOMPARE(valuesOf(plot->plottable(MultiYearChart::PlannedSeats)),
             (QVector<double>{110, 125, 150}));
    QCOMPARE(valuesOf(plot->plottable(MultiYearChart::Trained)), (QVector<double>{95, 118, 60}));
    QCOMPARE(valuesOf(plot->plottable(MultiYearChart::Certified)), (QVector<double>{70, 90, 40}));
    auto ticker = plot->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().value(2025), QStringLiteral("2025"));
    QCOMPARE(plot->yAxis->range().upper, 150 * 1.35); // room for the legend above the bars
}

void TestCharts::followsPalette()
{
    ProgressChart chart;
    chart.setReport(sampleReport());
    QPalette dark = chart.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    chart.setPalette(dark);
    QCustomPlot *plot = chart.plot();
    QCOMPARE(plot->toPixmap(200, 100).toImage().pixelColor(0, 0), QColor(0x20, 0x20, 0x20));
    QCOMPARE(plot->xAxis->tickLabelColor(), QColor(0xee, 0xee, 0xee));
    QCOMPARE(plot->yAxis->labelColor(), QColor(0xee, 0xee, 0xee));
    QCOMPARE(plot->yAxis->basePen().color(), QColor(0xee, 0xee, 0xee));
    QCOMPARE(plot->yAxis->grid()->pen().color(), QColor(0x60, 0x60, 0x60));
    QCOMPARE(plot->legend->item(0)->textColor(), QColor(0xee, 0xee, 0xee));

    // Legend items made after the change follow it too.
    TrackMonthlyChart tracks;
    tracks.setPalette(dark);
    tracks.setReport(sampleReport());
    QCOMPARE(tracks.plot()->legend->itemCount(), 2);
    QCOMPARE(tracks.plot()->legend->item(1)->textColor(), QColor(0xee, 0xee, 0xee));
}

void TestCharts::exportFormats_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QSize>("size");

    const QStringList kinds{QStringLiteral("progress"), QStringLiteral("tracks"),
                            QStringLiteral("utilisation"), QStringLiteral("years")};
    for (const QString &kind : kinds) {
        QTest::addRow("%s print png", qPrintable(kind))
            << kind << kind + QLatin1String("-print.png") << QSize(3000, 1800);
        QTest::addRow("%s small png", qPrintable(kind))
            << kind << kind + QLatin1String("-small.png") << QSize(480, 300);
        QTest::addRow("%s svg", qPrintable(kind))
            << kind << kind + QLatin1String(".svg") << QSize(1000, 600);
        QTest::addRow("%s pdf", qPrintable(kind))
            << kind << kind + QLatin1String(".pdf") << QSize(1000, 600);
    }
    QTest::newRow("upper-case suffix")
        << QStringLiteral("progress") << QStringLiteral("UPPER.PNG") << QSize(640, 400);
}

void TestCharts::exportFormats()
{
    QFETCH(QString, kind);
    QFETCH(QString, fileName);
    QFETCH(QSize, size);

    const QString path = m_dir.filePath(fileName);
    QFile::remove(path);
    const QString error = exportChartOfKind(kind, path, size);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 0);
    const QByteArray head = file.read(64);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        // Drawn on the palette's background, and not blank.
        QCOMPARE(image.pixelColor(0, 0), QPalette().color(QPalette::Base));
        int drawn = 0;
        for (int x = 0; x < size.width(); ++x)
            drawn += image.pixelColor(x, size.height() / 2) != image.pixelColor(0, 0);
        QVERIFY2(drawn > size.width() / 100, qPrintable(QString::number(drawn)));
    } else if (suffix == QLatin1String("svg")) {
        QVERIFY(head.startsWith("<?xml"));
        file.seek(0);
        QVERIFY(file.readAll().contains("<svg"));
    } else {
        QVERIFY(head.startsWith("%PDF"));
    }
}

void TestCharts::exportFailures()
{
    ProgressChart chart;
    chart.setReport(sampleReport());

    const QString unknown = m_dir.filePath(QStringLiteral("chart.jpeg"));
    QString error = chart.exportTo(unknown, QSize(800, 600)).message();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("chart.jpeg")), qPrintable(error));
    QVERIFY(!QFile::exists(unknown));

    const QString noSuffix = m_dir.filePath(QStringLiteral("chart"));
    error = chart.exportTo(noSuffix, QSize(800, 600)).message();
    QVERIFY2(error.contains(QDir::toNativeSeparators(noSuffix)), qPrintable(error));

    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    error = chart.exportTo(missingFolder, QSize(800, 600)).message();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(missingFolder)), qPrintable(error));
    QVERIFY(!QFile::exists(missingFolder));

    error = chart.exportTo(m_dir.filePath(QStringLiteral("empty.png")), QSize(0, 600)).message();
    QVERIFY2(error.contains(QLatin1String("empty.png")), qPrintable(error));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"

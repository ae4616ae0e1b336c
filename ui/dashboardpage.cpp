// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "pagetitle.h"

#include "charts/capacitychart.h"
#include "charts/multiyearchart.h"
#include "charts/progresschart.h"
#include "charts/trackmonthlychart.h"
#include "charts/utilisationchart.h"

#include "items/cellvalues.h"
#include "items/plansession.h"
#include "items/progressmodel.h"

#include <QComboBox>

#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <cstdlib>

#include <qcustomplot.h>

#include <cmath>

namespace Planner {

namespace {

QString whole(double value)
{
    return QLocale().toString(qint64(std::llround(value)));
}

QString share(double part, double whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    return QLocale().toString(100.0 * part / whole, 'f', 0) + QLatin1Char('%');
}

// A tile's breakdown by track, as a small HTML table for its tooltip.
QString breakdown(const ProgressReport &report, const QString &heading,
                  const std::function<QString(const TrackProgress &)> &value)
{
    QString html = QStringLiteral("<b>%1</b><table>").arg(heading.toHtmlEscaped());
    for (const TrackProgress &t : report.tracks)
        html += QStringLiteral("<tr><td><span style=\"color:%1\">■</span> %2</td><td "
                               "align=\"right\">&nbsp;&nbsp;%3</td></tr>")
                    .arg(t.colour, localizedName(t.name, t.nameZh).toHtmlEscaped(),
                         value(t).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace

DashboardPage::DashboardPage(PlanSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ProgressModel(this)),
      m_year(new QComboBox(this)), m_tracks(new QToolButton(this)), m_district(new QComboBox(this)),
      m_status(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_progressChart(new ProgressChart(this)), m_trackChart(new TrackMonthlyChart(this)),
      m_capacityChart(new CapacityChart(this)), m_utilisationChart(new UtilisationChart(this)),
      m_multiYearChart(new MultiYearChart(this)), m_table(new QTableView(this))
{
    QLabel *title = createPageTitle(tr("Plan overview"), this);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_year->setMinimumContentsLength(6);
    m_tracks->setPopupMode(QToolButton::InstantPopup);
    m_tracks->setMenu(new QMenu(m_tracks));
    m_tracks->setToolTip(tr("Show the progress of some tracks only"));
    auto *districtLabel = new QLabel(tr("&District:"), this);
    districtLabel->setBuddy(m_district);
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export PDF…"));
    exportButton->setToolTip(tr("Save this page as a one-page PDF report"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(yearLabel);
    header->addWidget(m_year);
    header->addSpacing(8);
    header->addWidget(m_tracks);
    header->addSpacing(8);
    header->addWidget(districtLabel);
    header->addWidget(m_district);
    header->addSpacing(8);
    header->addWidget(exportButton);

    auto *tiles = new QGridLayout;
    tiles->setHorizontalSpacing(12);
    m_trained = addTile(tiles, 0, tr("Trained"));
    m_certified = addTile(tiles, 1, tr("Certified"));
    m_inTraining = addTile(tiles, 2, tr("In training now"));
    m_seats = addTile(tiles, 3, tr("Seats to come"));
    m_forecast = addTile(tiles, 4, tr("Forecast for the year"));
    m_cost = addTile(tiles, 5, tr("Cost of the year"));
    m_cost.frame->setObjectName(QStringLiteral("costTile"));

    m_tabs->addTab(m_progressChart, tr("Progress"));
    m_tabs->addTab(m_trackChart, tr("By month and track"));
    m_tabs->addTab(m_capacityChart, tr("Tracks against targets"));
    m_tabs->addTab(m_utilisationChart, tr("Instructor utilisation"));
    m_tabs->addTab(m_multiYearChart, tr("All years"));

    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProgressModel::Track, QHeaderView::Stretch);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // As tall as its rows once loaded (see refresh); until then its header and a row, not
    // a table view's default height, which made the window too tall for a laptop.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() * 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addLayout(tiles);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_table);

    connect(m_model, &ProgressModel::reportChanged, this, &DashboardPage::showReport);
    connect(m_model, &ProgressModel::dataReplaced, this, &DashboardPage::rebuildFilters);
    connect(m_model, &ProgressModel::loadFailed, this, [this](const QString &message) {
        m_status->setText(tr("Could not load: %1").arg(message));
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant year = m_year->currentData();
        if (year.isValid() && year.toInt() != m_model->year()) {
            m_status->setText(tr("Loading…"));
            m_model->setYear(year.toInt());
        }
    });
    connect(m_district, &QComboBox::currentIndexChanged, this, &DashboardPage::applyFilter);
    connect(exportButton, &QToolButton::clicked, this, &DashboardPage::exportPdfDialog);
}

DashboardPage::Tile DashboardPage::addTile(QGridLayout *grid, int column, const QString &caption)
{
    Tile tile;
    tile.frame = new QFrame(this);
    tile.frame->setFrameShape(QFrame::StyledPanel);
    tile.frame->setAutoFillBackground(true);
    tile.frame->setBackgroundRole(QPalette::Base);
    tile.frame->installEventFilter(this);
    tile.frame->setCursor(Qt::PointingHandCursor);
    auto *captionLabel = new QLabel(caption, tile.frame);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    tile.value = new QLabel(QStringLiteral("–"), tile.frame);
    QFont big = tile.value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    tile.value->setFont(big);
    tile.detail = new QLabel(tile.frame);
    tile.detail->setForegroundRole(QPalette::PlaceholderText);
    auto *box = new QVBoxLayout(tile.frame);
    box->addWidget(captionLabel);
    box->addWidget(tile.value);
    box->addWidget(tile.detail);
    grid->addWidget(tile.frame, 0, column);
    return tile;
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    // A click on a tile shows its breakdown by track, as hovering does.
    if (event->type() == QEvent::MouseButtonRelease) {
        if (auto *frame = qobject_cast<QFrame *>(watched); frame && !frame->toolTip().isEmpty()) {
            QToolTip::showText(static_cast<QMouseEvent *>(event)->globalPosition().toPoint(),
                               frame->toolTip(), frame);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::markStale()
{
    m_stale = true;
    if (isVisible())
        reloadNow();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadNow();
}

void DashboardPage::reloadNow()
{
    m_stale = false;
    m_status->setText(tr("Loading…"));
    m_model->reload(*m_session);
}

void DashboardPage::rebuildFilters()
{
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        for (int y : m_model->planYears())
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(m_year->findData(m_model->year()));
    }
    // Keep the tracks and district chosen when the year changes, where they still exist.
    QList<qint64> unchecked;
    for (QAction *a : m_tracks->menu()->actions()) {
        if (!a->isChecked())
            unchecked << a->data().toLongLong();
    }
    m_tracks->menu()->clear();
    for (const TrackTarget &t : m_model->tracks()) {
        QAction *a = m_tracks->menu()->addAction(localizedName(t.name, t.nameZh));
        a->setCheckable(true);
        a->setChecked(!unchecked.contains(t.trackId));
        a->setData(t.trackId);
        QPixmap swatch(12, 12);
        swatch.fill(QColor::fromString(t.colour));
        a->setIcon(QIcon(swatch));
        connect(a, &QAction::toggled, this, &DashboardPage::applyFilter);
    }
    const QVariant district = m_district->currentData();
    {
        const QSignalBlocker blocker(m_district);
        m_district->clear();
        m_district->addItem(tr("All districts"));
        for (const QString &d : m_model->districts())
            m_district->addItem(d.isEmpty() ? tr("Online") : d, d);
        const int index = district.isValid() ? m_district->findData(district) : 0;
        m_district->setCurrentIndex(std::max(index, 0));
    }
    applyFilter();
}

void DashboardPage::applyFilter()
{
    ProgressFilter filter;
    int checked = 0;
    const auto actions = m_tracks->menu()->actions();
    for (QAction *a : actions) {
        if (a->isChecked()) {
            filter.tracks.push_back(a->data().toLongLong());
            ++checked;
        }
    }
    if (checked == actions.size())
        filter.tracks.clear();
    m_tracks->setText(checked == actions.size() ? tr("All tracks")
                                                : tr("%n track(s)", nullptr, checked));
    if (m_district->currentData().isValid())
        filter.districts.push_back(m_district->currentData().toString());
    m_model->setFilter(std::move(filter));
}

void DashboardPage::showReport()
{
    const ProgressReport &r = m_model->report();
    if (r.tracks.empty()) {
        m_status->setText(
            tr("This plan has no tracks, targets or cohorts for %1 yet.").arg(r.year));
    } else {
        m_status->setText(tr("Progress of %1 as of %2. Trained: trainees who completed a cohort "
                             "that ended in the year; the forecast adds the remaining cohorts at "
                             "the usual completion rate (%3).")
                              .arg(r.year)
                              .arg(QLocale().toString(r.asOf, QLocale::ShortFormat))
                              .arg(share(r.completionRate, 1.0)));
    }
    m_trained.value->setText(whole(r.trained));
    m_trained.detail->setText(
        tr("%1 of %2 targeted").arg(share(r.trained, r.target), whole(r.target)));
    m_trained.frame->setToolTip(breakdown(r, tr("Trained, by track"), [](const TrackProgress &t) {
        return tr("%1 of %2").arg(whole(t.trained), whole(t.target));
    }));
    m_certified.value->setText(whole(r.certified));
    m_certified.detail->setText(
        tr("%1 of %2 targeted")
            .arg(share(r.certified, r.targetCertified), whole(r.targetCertified)));
    m_certified.frame->setToolTip(
        breakdown(r, tr("Certified, by track"), [](const TrackProgress &t) {
            return tr("%1 of %2").arg(whole(t.certified), whole(t.targetCertified));
        }));
    m_inTraining.value->setText(whole(r.inTraining));
    m_inTraining.detail->setText(tr("in cohorts running now"));
    m_inTraining.frame->setToolTip(
        breakdown(r, tr("In training now, by track"),
                  [](const TrackProgress &t) { return whole(t.inTraining); }));
    m_seats.value->setText(whole(r.plannedSeats));
    m_seats.detail->setText(tr("in cohorts still to finish"));
    m_seats.frame->setToolTip(
        breakdown(r, tr("Seats to come, by track"),
                  [](const TrackProgress &t) { return whole(t.plannedSeats); }));
    m_forecast.value->setText(whole(r.forecast));
    const bool shortfall = r.target > 0 && r.forecast < r.target;
    m_forecast.detail->setText(
        shortfall ? tr("%1 of target: %2 short")
                        .arg(share(r.forecast, r.target), whole(r.target - r.forecast))
                  : tr("%1 of target").arg(share(r.forecast, r.target)));
    m_forecast.value->setStyleSheet(shortfall ? QStringLiteral("color: #c0392b") : QString());
    m_forecast.frame->setToolTip(
        breakdown(r, tr("Forecast for the year, by track"), [](const TrackProgress &t) {
            return QCoreApplication::translate("Planner::DashboardPage", "%1 (%2 of target)")
                .arg(whole(t.forecast), share(t.forecast, t.target));
        }));
    showCosts();

    m_progressChart->setReport(r);
    m_trackChart->setReport(r);
    m_capacityChart->setReport(r);
    m_utilisationChart->setRows(m_model->utilisation());
    m_multiYearChart->setYears(m_model->years());

    // The table is as tall as its rows: a handful of tracks, no scrolling.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(std::max(height, m_table->horizontalHeader()->sizeHint().height() * 2));
}

void DashboardPage::showCosts()
{
    using Cells::moneyText;
    const CostReport &c = m_model->costs();
    const Yuan forecast = c.forecast.total();
    m_cost.value->setText(compactMoney(forecast));
    const bool over = c.budget && forecast > *c.budget;
    m_cost.value->setStyleSheet(over ? QStringLiteral("color: #c0392b") : QString());
    QString detail;
    // Six tiles share a laptop's width: the budget itself is in the tooltip.
    if (c.budget)
        detail = over ? tr("%1 over budget").arg(compactMoney(forecast - *c.budget))
                      : tr("%1 of the budget").arg(share(double(forecast), double(*c.budget)));
    else
        detail = tr("no budget set");
    m_cost.detail->setText(detail);
    QString tip = tr("<b>Cost of %1, forecast at the year end</b>: %2<br>Spent by %3: %4")
                      .arg(c.year)
                      .arg(moneyText(forecast), QLocale().toString(c.asOf, QLocale::ShortFormat),
                           moneyText(c.spent.total()));
    tip += QStringLiteral("<br>") +
           tr("Budget: %1").arg(c.budget ? moneyText(*c.budget) : tr("no budget set"));
    if (const auto perCertificate = c.perCertificate())
        tip += QStringLiteral("<br>") + tr("Per certificate: %1").arg(moneyText(*perCertificate));
    tip += QStringLiteral("<br>") +
           tr("Instructors %1 · venues %2 · materials and exams %3 · fixed %4")
               .arg(moneyText(c.forecast.instructors), moneyText(c.forecast.venues),
                    moneyText(c.forecast.trainees), moneyText(c.forecast.fixed));
    for (const TrackCost &t : c.tracks)
        tip += QStringLiteral("<br>") + tr("%1: %2 of %3")
                                            .arg(localizedName(t.name, t.nameZh),
                                                 moneyText(t.forecast.total()),
                                                 t.budget ? moneyText(*t.budget) : tr("no budget"));
    if (!m_model->filter().districts.empty())
        tip += QStringLiteral("<br>") + tr("(Costs are not filtered by district.)");
    tip += QStringLiteral("<br>") + tr("The Budget page has the details.");
    m_cost.frame->setToolTip(tip);
}

QString DashboardPage::compactMoney(Yuan value)
{
    const QLocale locale;
    // Chinese counts large sums in 万 (ten thousand); English in millions.
    if (locale.language() == QLocale::Chinese && std::llabs(value) >= 100'000)
        return tr("¥%1万", "ten thousand yuan").arg(locale.toString(double(value) / 1e4, 'f', 0));
    if (std::llabs(value) >= 1'000'000)
        return tr("¥%1M", "a million yuan").arg(locale.toString(double(value) / 1e6, 'f', 1));
    return Cells::moneyText(value);
}

QStringList DashboardPage::tileValues() const
{
    return {m_trained.value->text(), m_certified.value->text(), m_inTraining.value->text(),
            m_seats.value->text(),   m_forecast.value->text(),  m_cost.value->text()};
}

void DashboardPage::exportPdfDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Dashboard"),
        QDir(folder).filePath(tr("progress-%1.pdf").arg(m_model->year())), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Result<> written = exportPdf(path); !written)
        QMessageBox::warning(this, tr("Cannot export the dashboard"), written.message());
    else
        emit statusMessage(tr("Saved the dashboard as %1").arg(QDir::toNativeSeparators(path)));
}

Result<> DashboardPage::exportPdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Progress %1").arg(m_model->year()));
    writer.setCreator(QStringLiteral("Cohort Planner"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Problem::of(tr("Cannot write “%1”: the file could not be opened for writing.")
                               .arg(QDir::toNativeSeparators(path)));
    const QRect page = painter.viewport();
    const ProgressReport &r = m_model->report();
    // Layout in the page's own units: title, figures, two charts side by side, the table.
    const int line = page.height() / 40;
    QFont font = painter.font();
    font.setPixelSize(line * 3 / 2);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, page.width(), line * 2), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Training progress %1").arg(r.year));
    font.setPixelSize(line * 3 / 4);
    font.setBold(false);
    painter.setFont(font);
    font.setPixelSize(line * 2 / 3);
    painter.setFont(font);
    painter.drawText(QRect(0, line * 2, page.width(), line * 3 / 2),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_status->text());

    const QStringList captions{tr("Trained"),
                               tr("Certified"),
                               tr("In training now"),
                               tr("Seats to come"),
                               tr("Forecast for the year"),
                               tr("Cost of the year")};
    const QStringList values = tileValues();
    const QStringList details{m_trained.detail->text(),    m_certified.detail->text(),
                              m_inTraining.detail->text(), m_seats.detail->text(),
                              m_forecast.detail->text(),   m_cost.detail->text()};
    const int tileWidth = page.width() / int(captions.size());
    for (int i = 0; i < int(captions.size()); ++i) {
        const QRect box(i * tileWidth, line * 4, tileWidth - line / 2, line * 4);
        painter.setPen(QColor(0xc8, 0xc8, 0xc8));
        painter.drawRect(box);
        painter.setPen(Qt::black);
        font.setPixelSize(line * 3 / 4);
        font.setBold(false);
        painter.setFont(font);
        painter.drawText(box.adjusted(line / 3, line / 4, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                         captions[i]);
        font.setPixelSize(line * 3 / 2);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(box.adjusted(line / 3, line, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                         values[i]);
        font.setPixelSize(line * 3 / 5);
        font.setBold(false);
        painter.setFont(font);
        const QRect detailBox = box.adjusted(line / 3, 0, -line / 4, -line / 4);
        painter.drawText(
            detailBox, Qt::AlignLeft | Qt::AlignBottom,
            QFontMetrics(font, &writer).elidedText(details[i], Qt::ElideRight, detailBox.width()));
    }

    const int chartTop = line * 9;
    const int chartHeight = line * 19;
    const int chartWidth = page.width() / 2 - line / 2;
    auto drawChart = [&](QCustomPlot *plot, int x) {
        // Render at screen-like pixel sizes, scaled onto the page, so fonts keep their
        // proportions to the chart.
        // Laid out as on a screen 640 pixels wide (so its text keeps a readable size on
        // the page), rendered at four times that for print.
        const QSize logical(640, 640 * chartHeight / chartWidth);
        const QPixmap pixmap = plot->toPixmap(logical.width(), logical.height(), 4.0);
        painter.drawPixmap(QRect(x, chartTop, chartWidth, chartHeight), pixmap);
    };
    drawChart(m_progressChart->plot(), 0);
    drawChart(m_capacityChart->plot(), page.width() / 2 + line / 2);

    // The tracks table.
    const int tableTop = chartTop + chartHeight + line;
    const int columns = ProgressModel::ColumnCount;
    const int columnWidth = page.width() / (columns + 1);
    font.setPixelSize(line * 2 / 3);
    // The header row is two lines high: long titles wrap instead of running together.
    for (int row = -1; row < m_model->rowCount(); ++row) {
        font.setBold(row < 0);
        painter.setFont(font);
        const int top = row < 0 ? tableTop : tableTop + line * 2 + row * line;
        const int height = row < 0 ? line * 2 : line;
        for (int c = 0; c < columns; ++c) {
            const int x = c == 0 ? 0 : columnWidth * (c + 1);
            const int width = c == 0 ? columnWidth * 2 : columnWidth;
            const QString text = row < 0 ? m_model->headerData(c, Qt::Horizontal).toString()
                                         : m_model->index(row, c).data().toString();
            painter.drawText(QRect(x, top, width - line / 4, height),
                             (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom |
                                 Qt::TextWordWrap,
                             text);
        }
    }
    if (!painter.end())
        return Problem::of(tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace Planner

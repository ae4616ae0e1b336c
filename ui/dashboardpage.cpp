// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "items/plansession.h"
#include "items/plantablemodels.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace Planner {

namespace {
QString formatNumber(int value)
{
    return QLocale().toString(value);
}
QString formatShare(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    return QLocale().toString(100.0 * part / whole, 'f', 0) + QLatin1Char('%');
}
} // namespace

DashboardPage::DashboardPage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TargetTableModel(this))
    , m_year(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_chart(new QCustomPlot(this))
    , m_table(new QTableView(this))
{
    auto *title = new QLabel(tr("Plan overview"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_year->setMinimumContentsLength(6);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(yearLabel);
    header->addWidget(m_year);

    auto *tiles = new QGridLayout;
    tiles->setHorizontalSpacing(12);
    m_target = addTile(tiles, 0, tr("Target"), tr("Engineers to train this year, all tracks"));
    m_seats = addTile(tiles, 1, tr("Planned seats"),
                      tr("Seats in the cohorts that start this year (cancelled cohorts excluded)"));
    m_enrolled = addTile(tiles, 2, tr("Enrolled"),
                         tr("Trainees holding a seat: enrolled, completed or failed"));
    m_trained = addTile(tiles, 3, tr("Trained"), tr("Trainees who completed their course"));
    m_certified = addTile(tiles, 4, tr("Certified"), tr("Certificates awarded this year"));

    m_chart->setMinimumHeight(220);
    m_chart->legend->setVisible(true);
    m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_chart->yAxis->setLabel(tr("Trainees"));
    m_chart->setBackground(palette().base());

    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TargetTableModel::Track, QHeaderView::Stretch);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addLayout(tiles);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_table);

    connect(m_model, &TargetTableModel::loaded, this, [this] {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        for (int y : m_model->years())
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(m_year->findData(m_model->year()));
        showYear();
    });
    connect(m_model, &TargetTableModel::loadFailed, this,
            [this](const QString &message) { m_status->setText(tr("Could not load: %1").arg(message)); });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (m_year->currentData().isValid() && m_year->currentData().toInt() != m_model->year())
            m_model->setYear(m_year->currentData().toInt());
    });
}

DashboardPage::Tile DashboardPage::addTile(QGridLayout *grid, int column, const QString &caption,
                                           const QString &toolTip)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setToolTip(toolTip);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *captionLabel = new QLabel(caption, frame);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(QStringLiteral("–"), frame);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    value->setFont(big);
    auto *detail = new QLabel(frame);
    detail->setForegroundRole(QPalette::PlaceholderText);
    auto *box = new QVBoxLayout(frame);
    box->addWidget(captionLabel);
    box->addWidget(value);
    box->addWidget(detail);
    grid->addWidget(frame, 0, column);
    return {value, detail};
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

void DashboardPage::showYear()
{
    const TargetRow t = m_model->totals();
    m_status->setText(m_model->rowCount() == 0
                          ? tr("This plan has no targets or cohorts yet.")
                          : tr("Targets of %1 against the cohorts and trainees in the plan.").arg(t.year));
    m_target.value->setText(formatNumber(t.targetTrainees));
    m_target.detail->setText(tr("certify %1").arg(formatNumber(t.targetCertified)));
    m_seats.value->setText(formatNumber(t.seats));
    m_seats.detail->setText(tr("%1 of target, %n cohort(s)", nullptr, t.cohorts)
                                 .arg(formatShare(t.seats, t.targetTrainees)));
    m_enrolled.value->setText(formatNumber(t.enrolled));
    m_enrolled.detail->setText(tr("%n waitlisted", nullptr, t.waitlisted));
    m_trained.value->setText(formatNumber(t.completed));
    m_trained.detail->setText(tr("%1 of target").arg(formatShare(t.completed, t.targetTrainees)));
    m_certified.value->setText(formatNumber(t.certified));
    m_certified.detail->setText(
        tr("%1 of certification target").arg(formatShare(t.certified, t.targetCertified)));
    updateChart();
    // The table is as tall as its rows: a handful of tracks, no scrolling.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_model->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(std::max(height, m_table->horizontalHeader()->height() * 2));
}

void DashboardPage::updateChart()
{
    m_chart->clearPlottables();
    const auto &rows = m_model->rows();
    QVector<double> ticks;
    QVector<QString> labels;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ticks << double(i + 1);
        labels << localizedName(rows[i].track, rows[i].trackZh);
    }
    auto *group = new QCPBarsGroup(m_chart);
    group->setSpacing(2);
    struct Series
    {
        QString name;
        QColor colour;
        int TargetRow::*field;
    };
    const Series series[] = {
        {tr("Target"), QColor(0x9e, 0x9e, 0x9e), &TargetRow::targetTrainees},
        {tr("Planned seats"), QColor(0x4e, 0x79, 0xa7), &TargetRow::seats},
        {tr("Trained"), QColor(0x59, 0xa1, 0x4f), &TargetRow::completed},
        {tr("Certified"), QColor(0xf2, 0x8e, 0x2b), &TargetRow::certified},
    };
    double top = 0;
    for (const Series &s : series) {
        auto *bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
        bars->setName(s.name);
        bars->setPen(Qt::NoPen);
        bars->setBrush(s.colour);
        bars->setWidth(0.18);
        bars->setBarsGroup(group);
        QVector<double> values;
        for (const TargetRow &r : rows) {
            values << double(r.*(s.field));
            top = std::max(top, values.back());
        }
        bars->setData(ticks, values, true);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(ticks, labels);
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(0.4, double(rows.size()) + 0.6);
    m_chart->yAxis->setRange(0, std::max(10.0, top * 1.15));
    m_chart->replot();
}

} // namespace Planner

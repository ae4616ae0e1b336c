// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetpage.h"

#include "charts/budgetchart.h"
#include "pagetitle.h"
#include "planitemdelegate.h"
#include "tablepage.h"

#include "items/cellvalues.h"
#include "items/plansession.h"

#include <QComboBox>
#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Planner {

BudgetPage::BudgetPage(PlanSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_year(new QComboBox(this)), m_summary(new QLabel(this)),
      m_note(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_trackModel(new TrackCostModel(this)), m_chart(new BudgetChart(this)),
      m_monthModel(new MonthCostModel(this)), m_cohortModel(new CohortCostModel(this)),
      m_rateModel(new LevelRateModel(this)), m_fixedModel(new FixedCostModel(this)),
      m_addFixed(new QPushButton(tr("&Add Fixed Cost"), this)),
      m_removeFixed(new QPushButton(tr("&Delete"), this))
{
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_year->setObjectName(QStringLiteral("budgetYear"));
    auto *header = new QHBoxLayout;
    header->addWidget(createPageTitle(tr("Budget"), this));
    header->addStretch(1);
    header->addWidget(yearLabel);
    header->addWidget(m_year);

    m_summary->setObjectName(QStringLiteral("budgetSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_tracks = createTable(m_trackModel, true);
    m_tracks->setObjectName(QStringLiteral("budgetTracks"));
    m_tracks->horizontalHeader()->setSectionResizeMode(TrackCostModel::Name, QHeaderView::Stretch);
    m_months = createTable(m_monthModel, false);
    m_months->setObjectName(QStringLiteral("budgetMonths"));
    m_cohorts = new TablePage(
        tr("Cost of each cohort"), m_cohortModel, [this] { reload(); }, this);
    m_cohorts->setObjectName(QStringLiteral("budgetCohorts"));
    m_cohorts->setSummaryText([](int n) {
        return tr("%n cohort(s) with a day in the year; italic: no lead yet", nullptr, n);
    });
    connect(m_cohorts, &TablePage::activated, this, &BudgetPage::cohortActivated);

    m_rates = createTable(m_rateModel, true);
    m_rates->setObjectName(QStringLiteral("levelRates"));
    m_fixed = createTable(m_fixedModel, true);
    m_fixed->setObjectName(QStringLiteral("fixedCosts"));
    m_fixed->horizontalHeader()->setSectionResizeMode(FixedCostModel::Name, QHeaderView::Stretch);
    m_fixed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addFixed->setObjectName(QStringLiteral("addFixedCost"));
    m_removeFixed->setObjectName(QStringLiteral("removeFixedCost"));
    m_removeFixed->setEnabled(false);
    auto *ratesBox = new QGroupBox(tr("Day rates by level"), this);
    auto *ratesHint = new QLabel(tr("An instructor is paid the rate of the highest level they "
                                    "are qualified for, unless the Instructors page gives them "
                                    "their own. Grey: the default."),
                                 ratesBox);
    ratesHint->setWordWrap(true);
    auto *ratesLayout = new QVBoxLayout(ratesBox);
    ratesLayout->addWidget(ratesHint);
    ratesLayout->addWidget(m_rates, 1);
    auto *fixedBox = new QGroupBox(tr("Fixed costs of the year"), this);
    auto *fixedHint = new QLabel(tr("What the programme pays whatever its cohorts, spread evenly "
                                    "over the year."),
                                 fixedBox);
    fixedHint->setWordWrap(true);
    auto *fixedButtons = new QHBoxLayout;
    fixedButtons->addStretch(1);
    fixedButtons->addWidget(m_addFixed);
    fixedButtons->addWidget(m_removeFixed);
    auto *fixedLayout = new QVBoxLayout(fixedBox);
    fixedLayout->addWidget(fixedHint);
    fixedLayout->addWidget(m_fixed, 1);
    fixedLayout->addLayout(fixedButtons);
    auto *costsTab = new QWidget(this);
    auto *costsLayout = new QHBoxLayout(costsTab);
    costsLayout->addWidget(ratesBox, 2);
    costsLayout->addWidget(fixedBox, 3);

    // By track: the table as tall as its rows, the year's spending below it.
    auto *tracksTab = new QWidget(this);
    auto *tracksLayout = new QVBoxLayout(tracksTab);
    tracksLayout->setContentsMargins(0, 0, 0, 0);
    m_tracks->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tracks->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    tracksLayout->addWidget(m_tracks);
    tracksLayout->addWidget(m_chart, 1);
    m_tabs->addTab(tracksTab, tr("By track"));
    m_tabs->addTab(m_months, tr("By month"));
    m_tabs->addTab(m_cohorts, tr("By cohort"));
    m_tabs->addTab(costsTab, tr("Rates and fixed costs"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QComboBox::activated, this, [this] {
        m_requestedYear = m_year->currentData().toInt();
        reload();
    });
    connect(m_addFixed, &QPushButton::clicked, this, &BudgetPage::addFixedCost);
    connect(m_removeFixed, &QPushButton::clicked, this, &BudgetPage::removeFixedCosts);
    connect(m_fixed->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_removeFixed->setEnabled(!m_session->isReadOnly() &&
                                  m_fixed->selectionModel()->hasSelection());
    });
}

QTableView *BudgetPage::createTable(TableModelBase *model, bool editable)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setHighlightSections(false);
    if (editable) {
        auto *delegate = new PlanItemDelegate(view);
        view->setItemDelegate(delegate);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
        connect(model, &TableModelBase::editRejected, this, &BudgetPage::statusMessage);
    } else {
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    return view;
}

void BudgetPage::setYear(int year)
{
    m_requestedYear = year;
    reload();
}

void BudgetPage::markStale()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void BudgetPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void BudgetPage::reload()
{
    if (!m_session->isOpen())
        return;
    m_stale = false;
    m_loaded = false;
    const bool readOnly = m_session->isReadOnly();
    m_addFixed->setEnabled(!readOnly);
    const int requested = m_requestedYear;
    const QDate today = QDate::currentDate();
    m_session->query<BudgetData>(
        this,
        [requested, today](const PlanQueries &q) { return BudgetData::load(q, requested, today); },
        [this](BudgetData data) { showData(std::move(data)); },
        [this](const QString &error) { m_summary->setText(error.toHtmlEscaped()); });
}

void BudgetPage::showData(BudgetData data)
{
    m_data = std::move(data);
    m_requestedYear = m_data.year;
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        std::vector<int> years = m_data.years;
        if (std::find(years.begin(), years.end(), m_data.year) == years.end())
            years.push_back(m_data.year);
        std::sort(years.begin(), years.end());
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(m_year->findData(m_data.year));
    }
    const CostReport &r = m_data.report;
    m_trackModel->show(*m_session, m_data);
    m_chart->setReport(r);
    int height = m_tracks->horizontalHeader()->sizeHint().height() + 2 * m_tracks->frameWidth();
    for (int row = 0; row < m_trackModel->rowCount(); ++row)
        height += m_tracks->rowHeight(row);
    m_tracks->setFixedHeight(height);
    m_monthModel->show(r);
    m_cohortModel->show(r);
    m_rateModel->show(*m_session, m_data.levelRates);
    m_fixedModel->show(*m_session, r.fixedCosts);
    m_removeFixed->setEnabled(false);

    using Cells::moneyText;
    const QString none = tr("none set");
    QString text = tr("<b>%1</b>: budget <b>%2</b> · spent by %3 <b>%4</b> · forecast at the "
                      "year end <b>%5</b>")
                       .arg(m_data.year)
                       .arg(r.budget ? moneyText(*r.budget) : none,
                            QLocale().toString(r.asOf, QLocale::ShortFormat),
                            moneyText(r.spent.total()), moneyText(r.forecast.total()));
    if (const auto left = r.remaining()) {
        text += QStringLiteral(" · ");
        text += *left >= 0 ? tr("<b>%1</b> left").arg(moneyText(*left))
                           : tr("<b><span style=\"color:#c0392b\">%1 over budget</span></b>")
                                 .arg(moneyText(-*left));
    }
    text += QStringLiteral("<br>");
    text += tr("Per trainee completing: <b>%1</b> · per certificate: <b>%2</b>")
                .arg(r.perTrainee() ? moneyText(*r.perTrainee()) : tr("none expected"),
                     r.perCertificate() ? moneyText(*r.perCertificate()) : tr("none expected"));
    m_summary->setText(text);
    QStringList notes;
    if (r.cohortsWithoutLead > 0)
        notes << tr("%n cohort(s) have no lead yet: each is costed with one at its course level's "
                    "day rate.",
                    nullptr, r.cohortsWithoutLead);
    if (!r.budget)
        notes
            << tr("No track has a budget for %1: type one in the Budget column.").arg(m_data.year);
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
    m_loaded = true;
    emit loaded();
}

void BudgetPage::addFixedCost()
{
    if (m_session->isReadOnly())
        return;
    const int year = m_data.year;
    const auto done = m_session->apply(m_session->makeEdit(
        [year](const PlanEdits &edits) { return edits.save(edits.newFixedCost(year)); }));
    if (!done)
        emit statusMessage(done.message());
}

void BudgetPage::removeFixedCosts()
{
    std::vector<Id> ids;
    for (const QModelIndex &index : m_fixed->selectionModel()->selectedRows())
        ids.push_back(index.data(TableModelBase::IdRole).toLongLong());
    if (ids.empty() || m_session->isReadOnly())
        return;
    const auto done = m_session->apply(
        m_session->makeEdit([ids](const PlanEdits &edits) { return edits.removeFixedCosts(ids); }));
    if (!done)
        emit statusMessage(done.message());
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacitypage.h"

#include "charts/needchart.h"
#include "pagetitle.h"
#include "planitemdelegate.h"

#include "items/assumptionmodel.h"

#include "items/plansession.h"
#include "items/plantablemodels.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Planner {

namespace {

enum TrackColumn {
    Name,
    TargetTrained,
    ReachableTrained,
    TargetCertified,
    ReachableCertified,
    Planned,
    Needed,
    NewInPlan,
    Rates,
    TrackColumns
};

QTableWidgetItem *number(double value, bool shortOf = false)
{
    auto *item = new QTableWidgetItem(QLocale().toString(qint64(std::floor(value + 1e-6))));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (shortOf) {
        item->setForeground(QColor(0xb0, 0x2a, 0x2a));
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}

} // namespace

CapacityPage::CapacityPage(PlanSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_year(new QComboBox(this)),
      m_newYear(new QPushButton(tr("New Planning &Year…"), this)),
      m_generate(new QPushButton(tr("&Generate Draft…"), this)),
      m_calendarBanner(createWarningBanner(this)), m_status(new QLabel(this)),
      m_tracks(new QTableWidget(0, TrackColumns, this)), m_months(new QTableWidget(12, 7, this)),
      m_chart(new NeedChart(this)), m_bottlenecks(new QListWidget(this)),
      m_assumptionModel(new AssumptionTableModel(this)), m_assumptions(new QTableView(this)),
      m_assumptionStatus(new QLabel(this))
{
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_year->setObjectName(QStringLiteral("capacityYear"));
    m_newYear->setToolTip(
        tr("Start next year from this year's targets: what lapses, what is missing"));
    m_generate->setToolTip(
        tr("Lay the cohorts the year still needs onto its working days, as a draft you can undo"));
    m_generate->setObjectName(QStringLiteral("generateDraft"));
    auto *header = new QHBoxLayout;
    header->addWidget(createPageTitle(tr("Targets & Capacity"), this));
    header->addStretch(1);
    header->addWidget(yearLabel);
    header->addWidget(m_year);
    header->addSpacing(12);
    header->addWidget(m_newYear);
    header->addWidget(m_generate);

    m_calendarBanner->setObjectName(QStringLiteral("calendarBanner"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_tracks->setHorizontalHeaderLabels(
        {tr("Track"), tr("Target\ntrained"), tr("Reachable\ntrained"), tr("Target\ncertified"),
         tr("Reachable\ncertified"), tr("Cohorts\nplanned"), tr("New cohorts\nneeded"),
         tr("New cohorts\npossible"), tr("Rates from")});
    m_tracks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tracks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tracks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tracks->verticalHeader()->hide();
    m_tracks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tracks->horizontalHeader()->setStretchLastSection(true);

    m_months->setHorizontalHeaderLabels(
        {tr("Month"), tr("New cohorts\nto start"), tr("New cohorts\nin the plan"),
         tr("Instructor-days\nneeded"), tr("Instructor-days\navailable"),
         tr("Venue slot-days\nneeded"), tr("Venue slot-days\navailable")});
    m_months->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_months->verticalHeader()->hide();
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_months->horizontalHeader()->setStretchLastSection(true);

    m_bottlenecks->setWordWrap(true);
    m_bottlenecks->setObjectName(QStringLiteral("bottlenecks"));

    m_assumptions->setObjectName(QStringLiteral("assumptions"));
    m_assumptions->setModel(m_assumptionModel);
    auto *delegate = new PlanItemDelegate(m_assumptions);
    m_assumptions->setItemDelegate(delegate);
    m_assumptions->verticalHeader()->hide();
    m_assumptions->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_assumptions->setEditTriggers(QAbstractItemView::DoubleClicked |
                                   QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed);
    // One line per row: a long course title is elided (its tooltip has it whole).
    m_assumptions->setWordWrap(false);
    m_assumptions->setTextElideMode(Qt::ElideRight);
    m_assumptions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assumptions->horizontalHeader()->setSectionResizeMode(AssumptionTableModel::Name,
                                                            QHeaderView::Stretch);
    m_assumptions->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_assumptions->verticalHeader()->setDefaultSectionSize(m_assumptions->fontMetrics().height() +
                                                           8);
    m_assumptionStatus->setWordWrap(true);
    m_assumptionStatus->setTextFormat(Qt::PlainText);
    m_assumptionStatus->setText(
        tr("What becomes of a seat, per track and course. Grey figures come from the year "
           "before's actuals or the defaults: type a percentage to set one in the plan, "
           "clear it to go back."));
    auto *assumptionBox = new QWidget(this);
    auto *assumptionLayout = new QVBoxLayout(assumptionBox);
    assumptionLayout->setContentsMargins(0, 0, 0, 0);
    assumptionLayout->addWidget(m_assumptionStatus);
    assumptionLayout->addWidget(m_assumptions, 1);
    auto report = [this](const QString &message) {
        if (!message.isEmpty())
            m_assumptionStatus->setText(message);
    };
    connect(m_assumptionModel, &TableModelBase::editRejected, this, report);
    connect(delegate, &PlanItemDelegate::editRejected, this, report);
    connect(m_assumptionModel, &TableModelBase::loadFailed, this, report);

    m_tabs = new QTabWidget(this);
    QTabWidget *tabs = m_tabs;
    tabs->addTab(m_chart, tr("Chart"));
    tabs->addTab(m_months, tr("By month"));
    tabs->addTab(assumptionBox, tr("Assumptions"));
    auto *bottleneckBox = new QWidget(this);
    auto *bottleneckLayout = new QVBoxLayout(bottleneckBox);
    bottleneckLayout->setContentsMargins(0, 0, 0, 0);
    bottleneckLayout->addWidget(
        new QLabel(tr("What is short, and what would close it:"), bottleneckBox));
    bottleneckLayout->addWidget(m_bottlenecks);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(tabs);
    lower->addWidget(bottleneckBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    m_tracks->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_calendarBanner);
    layout->addWidget(m_status);
    layout->addWidget(m_tracks);
    layout->addWidget(lower, 1);

    connect(m_year, &QComboBox::activated, this, [this] {
        m_requestedYear = m_year->currentData().toInt();
        reload();
    });
    connect(m_tracks, &QTableWidget::currentCellChanged, this, [this](int row) { showTrack(row); });
    connect(m_newYear, &QPushButton::clicked, this, [this] {
        // The dialog is modal: when it returns, a new year is in the plan (or not); show
        // the latest.
        emit newPlanningYearRequested();
        setYear(0);
    });
    connect(m_generate, &QPushButton::clicked, this,
            [this] { emit generateDraftRequested(year()); });
    connect(m_calendarBanner, &QLabel::linkActivated, this, &CapacityPage::importCalendarRequested);
}

int CapacityPage::year() const
{
    return m_requestedYear;
}

void CapacityPage::setYear(int year)
{
    m_requestedYear = year;
    reload();
}

void CapacityPage::markStale()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void CapacityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CapacityPage::reload()
{
    if (!m_session->isOpen())
        return;
    m_stale = false;
    m_loaded = false;
    m_status->setText(tr("Working out what the targets need…"));
    m_generate->setEnabled(false);
    const int requested = m_requestedYear;
    const bool readOnly = m_session->isReadOnly();
    m_newYear->setEnabled(!readOnly);
    m_session->query<Analysis>(
        this,
        [requested](const PlanQueries &q) {
            Analysis a;
            a.years = q.planYears();
            // Next year's first: the latest year with targets, else this one.
            a.year = requested;
            if (a.year == 0) {
                a.year = QDate::currentDate().year();
                for (const TargetSummary &t : q.targets())
                    a.year = std::max(a.year, t.target.year);
            }
            a.input = q.capacityInput(a.year, &a.historyYear, &a.history);
            a.result = CapacityPlanner::plan(a.input); // validated first
            return a;
        },
        [this, readOnly](Analysis a) {
            show(std::move(a));
            m_generate->setEnabled(!readOnly && !m_result.problem && !m_result.tracks.empty());
        },
        [this](const QString &error) { m_status->setText(error); });
}

QString CapacityPage::trackName(Id id, const QString &fallback) const
{
    const auto t = m_trackRecords.find(id);
    return t == m_trackRecords.end() ? fallback : localizedName(t->second.name, t->second.nameZh);
}

void CapacityPage::show(Analysis a)
{
    m_requestedYear = a.year;
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        std::vector<int> years = a.years;
        for (int y : {QDate::currentDate().year(), a.year})
            if (std::find(years.begin(), years.end(), y) == years.end())
                years.push_back(y);
        std::sort(years.begin(), years.end());
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(m_year->findData(a.year));
    }
    m_assumptionModel->reload(*m_session, a.year);
    m_trackRecords.clear();
    for (const Track &t : a.input.tracks)
        m_trackRecords[t.id] = t;
    const bool calendarMissing = !WorkCalendar(a.input.calendar).hasYear(a.year);
    m_calendarBanner->setText(
        calendarMissing
            ? tr("The plan has no work calendar for %1: its working days are counted as Monday to "
                 "Friday, and its public holidays are unknown. <a href=\"import\">Import Work "
                 "Calendar…</a>")
                  .arg(a.year)
            : QString());
    m_calendarBanner->setVisible(calendarMissing);
    m_result = std::move(a.result);
    m_tracks->setRowCount(0);
    m_bottlenecks->clear();
    if (m_result.problem) {
        m_status->setText(tr("%1 Use New Planning Year… to give %2 its targets.")
                              .arg(m_result.problem->message)
                              .arg(a.year));
        m_chart->setTrack({});
        showTrack(-1);
        m_loaded = true;
        emit loaded();
        return;
    }
    const QLocale locale;
    QStringList shortTracks;
    for (const TrackCapacity &t : m_result.tracks)
        if (t.reachableShare < 1 - 1e-9)
            shortTracks << tr("%1 %2 %").arg(trackName(t.trackId, t.name),
                                             locale.toString(t.reachableShare * 100, 'f', 0));
    QString status = m_result.feasible
                         ? tr("Every target of %1 can be reached with the plan's instructors, "
                              "venues and calendar.")
                               .arg(a.year)
                         : tr("Not every target of %1 can be reached: %2 of the target at most.")
                               .arg(a.year)
                               .arg(shortTracks.join(QStringLiteral(", ")));
    status +=
        QLatin1Char(' ') +
        (a.historyYear > 0
             ? tr("Rates of completion and certification from each track's cohorts of %1 where it "
                  "has enough of them, else the defaults.")
                   .arg(a.historyYear)
             : tr("Rates of completion and certification: the defaults (no year before with enough "
                  "cohorts)."));
    if (!m_result.exact)
        status += QLatin1Char(' ') +
                  tr("(The search stopped at its limit: the figures are the best plan found.)");
    m_status->setText(status);

    m_tracks->setRowCount(int(m_result.tracks.size()));
    for (int row = 0; row < int(m_result.tracks.size()); ++row) {
        const TrackCapacity &t = m_result.tracks[std::size_t(row)];
        auto *name = new QTableWidgetItem(trackName(t.trackId, t.name));
        name->setData(Qt::UserRole, qlonglong(t.trackId));
        m_tracks->setItem(row, Name, name);
        m_tracks->setItem(row, TargetTrained, number(t.targetTrained));
        m_tracks->setItem(row, ReachableTrained,
                          number(t.reachableTrained, t.reachableTrained < t.targetTrained - 0.5));
        m_tracks->setItem(row, TargetCertified, number(t.targetCertified));
        m_tracks->setItem(
            row, ReachableCertified,
            number(t.reachableCertified, t.reachableCertified < t.targetCertified - 0.5));
        m_tracks->setItem(row, Planned, number(t.cohortsPlanned));
        m_tracks->setItem(row, Needed, number(t.cohortsNeeded));
        // Short only when the target is: rounding per course can make the count needed
        // a cohort or two more than the plan that reaches it.
        m_tracks->setItem(
            row, NewInPlan,
            number(t.newCohorts, t.newCohorts < t.cohortsNeeded && t.reachableShare < 1 - 1e-9));
        const bool own = a.input.trackAssumptions.count(t.trackId) > 0;
        const CapacityAssumptions &rates =
            own ? a.input.trackAssumptions.at(t.trackId) : a.input.assumptions;
        const QString base =
            a.history.count(t.trackId) ? tr("%1 actuals").arg(a.historyYear) : tr("defaults");
        const auto target =
            std::find_if(a.input.targets.begin(), a.input.targets.end(), [&](const Target &g) {
                return g.year == a.year && g.trackId == t.trackId;
            });
        const SeatRates set = target != a.input.targets.end() ? target->rates : SeatRates{};
        const int count = int(set.fill.has_value()) + int(set.noShow.has_value()) +
                          int(set.completion.has_value()) + int(set.pass.has_value());
        auto *source = new QTableWidgetItem(
            count == 4   ? tr("the plan")
            : count == 0 ? base
                         : tr("%1, %n rate(s) set in the plan", nullptr, count).arg(base));
        source->setToolTip(
            tr("Seats taken %1 %, no-shows %2 %, completion %3 %, certification %4 %")
                .arg(locale.toString(rates.fillRate * 100, 'f', 0),
                     locale.toString(rates.noShowRate * 100, 'f', 0),
                     locale.toString(rates.completionRate * 100, 'f', 0),
                     locale.toString(rates.passRate * 100, 'f', 0)));
        m_tracks->setItem(row, Rates, source);
    }
    for (const Bottleneck &b : m_result.bottlenecks) {
        auto *item = new QListWidgetItem(QStringLiteral("• %1").arg(b.explanation), m_bottlenecks);
        item->setToolTip(b.remedy);
    }
    if (m_result.bottlenecks.empty())
        m_bottlenecks->addItem(m_result.feasible ? tr("Nothing is short.")
                                                 : tr("Nothing the plan could change is short."));
    // Every track in view (up to six; more scroll), the chart below takes the rest.
    m_tracks->resizeRowsToContents();
    int height = m_tracks->horizontalHeader()->sizeHint().height() + 2 * m_tracks->frameWidth();
    for (int row = 0; row < std::min(6, m_tracks->rowCount()); ++row)
        height += m_tracks->rowHeight(row);
    m_tracks->setFixedHeight(height + 2);
    m_tracks->setCurrentCell(0, 0);
    showTrack(0);
    m_loaded = true;
    emit loaded();
}

void CapacityPage::showTrack(int row)
{
    const QLocale locale;
    if (row < 0 || row >= int(m_result.tracks.size())) {
        for (int m = 0; m < 12; ++m)
            for (int c = 0; c < m_months->columnCount(); ++c)
                m_months->setItem(m, c, nullptr);
        return;
    }
    const TrackCapacity &t = m_result.tracks[std::size_t(row)];
    m_chart->setTrack(t);
    for (int m = 0; m < 12; ++m) {
        const CapacityMonth &month = t.months[std::size_t(m)];
        m_months->setItem(m, 0, new QTableWidgetItem(locale.standaloneMonthName(m + 1)));
        auto *needed = new QTableWidgetItem(locale.toString(month.cohortsNeeded, 'f', 1));
        needed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_months->setItem(m, 1, needed);
        auto *possible = new QTableWidgetItem(locale.toString(month.newCohorts, 'f', 1));
        possible->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_months->setItem(m, 2, possible);
        m_months->setItem(m, 3, number(month.instructorDaysNeeded));
        m_months->setItem(m, 4,
                          number(month.instructorDaysAvailable,
                                 month.instructorDaysAvailable < month.instructorDaysNeeded - 0.5));
        m_months->setItem(m, 5, number(month.venueSlotDaysNeeded));
        m_months->setItem(m, 6,
                          number(month.venueSlotDaysAvailable,
                                 month.venueSlotDaysAvailable < month.venueSlotDaysNeeded - 0.5));
    }
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftdialog.h"

#include "windowsize.h"

#include "items/plansession.h"
#include "items/plantablemodels.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Planner {

namespace {

QTableWidgetItem *count(int n)
{
    auto *item = new QTableWidgetItem(n == 0 ? QString() : QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    // The names take the room left over; the figures keep to their width.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

} // namespace

DraftDialog::DraftDialog(PlanSession *session, int year, QWidget *parent)
    : QDialog(parent), m_session(session), m_yearValue(year), m_earliest(new QDateEdit(this)),
      m_staff(new QCheckBox(tr("&Staff the draft with instructors (automatic assignment)"), this)),
      m_blackouts(new QTableWidget(0, 2, this)), m_preview(new QPushButton(tr("&Preview"), this)),
      m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)), m_months(nullptr),
      m_venues(nullptr), m_unplaced(nullptr), m_create(nullptr)
{
    setWindowTitle(tr("Generate Draft of %1").arg(year));
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    m_earliest->setCalendarPopup(true);
    m_earliest->setDateRange(first, last);
    m_earliest->setDate(std::clamp(QDate::currentDate(), first, last));
    m_staff->setChecked(true);

    auto *intro = new QLabel(
        tr("Lays the cohorts %1 still needs onto its working days as planned cohorts: in the "
           "months the capacity analysis gives, never on a non-working day, never in a room that "
           "is taken, each with a qualified instructor free for it. The draft is one step you "
           "can undo.")
            .arg(year),
        this);
    intro->setWordWrap(true);

    auto *options = new QFormLayout;
    options->addRow(tr("No cohort starts &before:"), m_earliest);
    options->addRow(QString(), m_staff);

    auto *profileBox =
        new QGroupBox(tr("Seasonal profile: share of new cohorts per month (%)"), this);
    auto *profileGrid = new QGridLayout(profileBox);
    const QLocale locale;
    for (int m = 0; m < 12; ++m) {
        auto *spin = new QSpinBox(profileBox);
        spin->setRange(0, 100);
        spin->setAccessibleName(locale.standaloneMonthName(m + 1));
        m_profile[std::size_t(m)] = spin;
        auto *label =
            new QLabel(locale.standaloneMonthName(m + 1, QLocale::ShortFormat), profileBox);
        label->setBuddy(spin);
        profileGrid->addWidget(label, (m / 6) * 2, m % 6);
        profileGrid->addWidget(spin, (m / 6) * 2 + 1, m % 6);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            m_profileEdited = true;
            optionsChanged();
        });
    }

    auto *blackoutBox = new QGroupBox(
        tr("Blackouts: no new cohort runs in these days (e.g. the Spring Festival)"), this);
    m_blackouts->setHorizontalHeaderLabels({tr("From"), tr("Until")});
    m_blackouts->verticalHeader()->hide();
    m_blackouts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_blackouts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_blackouts->setMinimumHeight(90);
    auto *addBlackoutButton = new QPushButton(tr("&Add"), blackoutBox);
    auto *removeBlackout = new QPushButton(tr("&Remove"), blackoutBox);
    auto *blackoutButtons = new QVBoxLayout;
    blackoutButtons->addWidget(addBlackoutButton);
    blackoutButtons->addWidget(removeBlackout);
    blackoutButtons->addStretch(1);
    auto *blackoutLayout = new QHBoxLayout(blackoutBox);
    blackoutLayout->addWidget(m_blackouts, 1);
    blackoutLayout->addLayout(blackoutButtons);
    connect(addBlackoutButton, &QPushButton::clicked, this, [this, year] {
        const QDate from = std::clamp(QDate::currentDate(), QDate(year, 1, 1), QDate(year, 12, 31));
        addBlackout(from, from.addDays(6));
    });
    connect(removeBlackout, &QPushButton::clicked, this, [this] {
        if (m_blackouts->currentRow() >= 0) {
            m_blackouts->removeRow(m_blackouts->currentRow());
            optionsChanged();
        }
    });

    auto *optionsRow = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(options);
    left->addWidget(profileBox);
    left->addStretch(1);
    optionsRow->addLayout(left, 3);
    optionsRow->addWidget(blackoutBox, 2);

    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("draftSummary"));
    QStringList monthHeaders{tr("Track")};
    for (int m = 1; m <= 12; ++m)
        monthHeaders << locale.standaloneMonthName(m, QLocale::ShortFormat);
    monthHeaders << tr("Cohorts") << tr("Expected\ntrained") << tr("Target");
    m_months = table(monthHeaders, this);
    m_venues = table({tr("Venue"), tr("District"), tr("New cohorts")}, this);
    m_unplaced = table({tr("Course"), tr("Cohorts"), tr("Why they could not be placed")}, this);
    m_unplaced->setWordWrap(true);
    m_unplaced->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_unplaced->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tabs->addTab(m_months, tr("By month and track"));
    m_tabs->addTab(m_venues, tr("By venue"));
    m_tabs->addTab(m_unplaced, tr("Not placed"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create Draft"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createDraft"));
    m_create->setEnabled(false);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_previewed && !m_running)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &DraftDialog::runPreview);
    connect(m_earliest, &QDateEdit::dateChanged, this, &DraftDialog::optionsChanged);
    connect(m_staff, &QCheckBox::toggled, this, &DraftDialog::optionsChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(optionsRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(900, 600));
    loadDefaults();
}

void DraftDialog::addBlackout(QDate from, QDate until)
{
    const int row = m_blackouts->rowCount();
    m_blackouts->insertRow(row);
    for (int c = 0; c < 2; ++c) {
        auto *edit = new QDateEdit(c == 0 ? from : until, m_blackouts);
        edit->setCalendarPopup(true);
        edit->setDateRange(QDate(m_yearValue, 1, 1), QDate(m_yearValue, 12, 31));
        connect(edit, &QDateEdit::dateChanged, this, &DraftDialog::optionsChanged);
        m_blackouts->setCellWidget(row, c, edit);
    }
    optionsChanged();
}

std::vector<CapacityBlackout> DraftDialog::blackouts() const
{
    std::vector<CapacityBlackout> result;
    for (int row = 0; row < m_blackouts->rowCount(); ++row) {
        const auto *from = qobject_cast<QDateEdit *>(m_blackouts->cellWidget(row, 0));
        const auto *until = qobject_cast<QDateEdit *>(m_blackouts->cellWidget(row, 1));
        if (from && until)
            result.push_back(CapacityBlackout{from->date(), until->date(), tr("blackout")});
    }
    return result;
}

void DraftDialog::optionsChanged()
{
    if (!m_previewed)
        return;
    m_previewed = false;
    m_create->setEnabled(false);
    m_summary->setText(tr("The options changed: preview the draft again before creating it."));
}

void DraftDialog::loadDefaults()
{
    const int year = m_yearValue;
    m_session->query<std::optional<std::array<double, 12>>>(
        this, [year](const PlanQueries &q) { return q.capacityInput(year).seasonalProfile; },
        [this](std::optional<std::array<double, 12>> profile) {
            std::array<double, 12> weights{};
            weights.fill(1);
            if (profile)
                weights = *profile;
            const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
            for (int m = 0; m < 12; ++m) {
                QSpinBox *spin = m_profile[std::size_t(m)];
                const QSignalBlocker blocker(spin);
                spin->setValue(total > 0 ? int(std::lround(100 * weights[std::size_t(m)] / total))
                                         : 8);
            }
            runPreview();
        },
        [this](const QString &error) { m_summary->setText(error); });
}

void DraftDialog::runPreview()
{
    if (m_running)
        return;
    std::vector<CapacityBlackout> blackouts = this->blackouts();
    for (const CapacityBlackout &b : blackouts) {
        if (b.until < b.from) {
            m_summary->setText(tr("A blackout ends (%1) before it starts (%2): correct it first.")
                                   .arg(QLocale().toString(b.until, QLocale::ShortFormat),
                                        QLocale().toString(b.from, QLocale::ShortFormat)));
            return;
        }
    }
    std::optional<std::array<double, 12>> profile;
    if (m_profileEdited) {
        std::array<double, 12> weights{};
        for (int m = 0; m < 12; ++m)
            weights[std::size_t(m)] = m_profile[std::size_t(m)]->value();
        if (std::accumulate(weights.begin(), weights.end(), 0.0) <= 0) {
            m_summary->setText(tr("The seasonal profile gives no month any new cohort: give at "
                                  "least one month a share."));
            return;
        }
        profile = weights;
    }
    const int year = m_yearValue;
    const QDate earliest = m_earliest->date();
    const bool staff = m_staff->isChecked();
    const QString notes =
        tr("Generated draft of %1").arg(QDate::currentDate().toString(Qt::ISODate));
    m_running = true;
    m_previewed = false;
    m_create->setEnabled(false);
    m_preview->setEnabled(false);
    m_summary->setText(staff ? tr("Laying out and staffing the draft…")
                             : tr("Laying out the draft…"));
    m_session->query<Preview>(
        this,
        [year, earliest, staff, notes, blackouts, profile](const PlanQueries &q) {
            QElapsedTimer timer;
            timer.start();
            Preview p;
            CapacityInput input = q.capacityInput(year);
            p.profile = input.seasonalProfile;
            input.blackouts.insert(input.blackouts.end(), blackouts.begin(), blackouts.end());
            if (profile)
                input.seasonalProfile = profile;
            DraftGenerator::startFrom(input, earliest);
            p.draft = DraftGenerator::generate(input, CapacityPlanner::plan(input),
                                               DraftOptions{earliest, notes});
            if (staff && !p.draft.problem && !p.draft.cohorts.empty()) {
                SolverOptions options;
                options.preferences = q.coursePreferences();
                options.assistantsAbove = input.assistantsAbove;
                options.maxRounds = 1000000;
                const SolverResult r = DraftGenerator::staff(q.conflictInput(), p.draft, options);
                p.staffedRun = true;
                p.roles = r.roles;
                p.staffed = r.staffed;
            }
            for (const Course &c : input.courses)
                p.courses[c.id] =
                    QStringLiteral("%1 %2").arg(c.code, localizedName(c.title, c.titleZh));
            for (const Venue &v : input.venues)
                p.venues[v.id] = {v.name, v.district};
            for (const Track &t : input.tracks)
                p.tracks[t.id] = localizedName(t.name, t.nameZh);
            p.ms = timer.elapsed();
            return p;
        },
        [this](Preview p) { showPreview(std::move(p)); },
        [this](const QString &error) {
            m_running = false;
            m_preview->setEnabled(true);
            m_summary->setText(error);
        });
}

void DraftDialog::showPreview(Preview p)
{
    m_running = false;
    m_preview->setEnabled(true);
    m_months->setRowCount(0);
    m_venues->setRowCount(0);
    m_unplaced->setRowCount(0);
    if (p.draft.problem) {
        m_summary->setText(p.draft.problem->message);
        return;
    }
    m_draft = std::move(p.draft);
    const QLocale locale;
    int target = 0;
    for (const DraftTrack &t : m_draft.tracks)
        target += t.targetTrained;
    QString summary =
        tr("%n new cohort(s) with %1 seats. With the cohorts already planned, %2 of the %3 "
           "trainees "
           "to train in %4 are expected to complete.",
           nullptr, int(m_draft.cohorts.size()))
            .arg(locale.toString(m_draft.seats),
                 locale.toString(qint64(std::floor(m_draft.reachableTrained() + 1e-6))),
                 locale.toString(target))
            .arg(m_yearValue);
    if (p.staffedRun)
        summary += QLatin1Char(' ') + tr("Staffed: %1 of %2 roles.").arg(p.staffed).arg(p.roles);
    int unplaced = 0;
    for (const DraftUnplaced &u : m_draft.unplaced)
        unplaced += u.count;
    if (unplaced > 0)
        summary += QLatin1Char(' ') +
                   tr("%n cohort(s) could not be placed: see Not placed.", nullptr, unplaced);
    m_summary->setText(summary);

    m_months->setRowCount(int(m_draft.tracks.size()) + 1);
    const int columns = m_months->columnCount();
    for (int row = 0; row < int(m_draft.tracks.size()); ++row) {
        const DraftTrack &t = m_draft.tracks[std::size_t(row)];
        m_months->setItem(
            row, 0, new QTableWidgetItem(p.tracks.count(t.trackId) ? p.tracks[t.trackId] : t.name));
        for (int m = 0; m < 12; ++m)
            m_months->setItem(row, m + 1, count(t.byMonth[std::size_t(m)]));
        m_months->setItem(row, columns - 3, count(t.cohorts));
        auto *expected = count(int(std::floor(t.trained() + 1e-6)));
        if (t.trained() < t.targetTrained - 0.5)
            expected->setForeground(QColor(0xb0, 0x2a, 0x2a));
        m_months->setItem(row, columns - 2, expected);
        m_months->setItem(row, columns - 1, count(t.targetTrained));
    }
    const int total = int(m_draft.tracks.size());
    auto *totalName = new QTableWidgetItem(tr("All tracks"));
    QFont bold = totalName->font();
    bold.setBold(true);
    totalName->setFont(bold);
    m_months->setItem(total, 0, totalName);
    for (int m = 0; m < 12; ++m)
        m_months->setItem(total, m + 1, count(m_draft.byMonth[std::size_t(m)]));
    m_months->setItem(total, columns - 3, count(int(m_draft.cohorts.size())));
    m_months->setItem(total, columns - 2,
                      count(int(std::floor(m_draft.reachableTrained() + 1e-6))));
    m_months->setItem(total, columns - 1, count(target));

    for (const auto &[venue, n] : m_draft.byVenue) {
        const int row = m_venues->rowCount();
        m_venues->insertRow(row);
        const auto v = p.venues.find(venue);
        m_venues->setItem(
            row, 0, new QTableWidgetItem(v != p.venues.end() ? v->second.first : tr("Online")));
        m_venues->setItem(row, 1,
                          new QTableWidgetItem(v != p.venues.end() ? v->second.second : QString()));
        m_venues->setItem(row, 2, count(n));
    }
    for (const DraftUnplaced &u : m_draft.unplaced) {
        const int row = m_unplaced->rowCount();
        m_unplaced->insertRow(row);
        m_unplaced->setItem(row, 0, new QTableWidgetItem(p.courses[u.courseId]));
        m_unplaced->setItem(row, 1, count(u.count));
        m_unplaced->setItem(row, 2, new QTableWidgetItem(u.reason));
    }
    m_unplaced->resizeRowsToContents();
    m_tabs->setTabText(2, unplaced > 0 ? tr("Not placed (%1)").arg(unplaced) : tr("Not placed"));
    m_previewed = true;
    m_create->setEnabled(!m_draft.cohorts.empty());
    emit previewReady();
}

} // namespace Planner

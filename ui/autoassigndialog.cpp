// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoassigndialog.h"

#include "weightsform.h"
#include "windowsize.h"

#include "items/assignmentchangemodel.h"
#include "items/autoassignrun.h"
#include "items/plansession.h"
#include "items/preferences.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace Planner {

namespace {

// The options of the last solve, restored the next time (per user). The weights start from
// Preferences each time.
constexpr auto SettingsGroup = "autoAssign";

} // namespace

AutoAssignDialog::AutoAssignDialog(PlanSession *session, const QList<qint64> &selectedCohorts,
                                   QWidget *parent)
    : QDialog(parent), m_session(session), m_run(new AutoAssignRun(session, this)),
      m_changes(new AssignmentChangeModel(this)), m_selected(selectedCohorts),
      m_clock(new QTimer(this))
{
    setWindowTitle(tr("Auto-assign Instructors"));

    // Scope.
    auto *scopeBox = new QGroupBox(tr("Cohorts to staff"));
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_all = new QRadioButton(tr("All cohorts not yet completed"));
    m_byTrack = new QRadioButton(tr("A track:"));
    m_track = new QComboBox;
    m_byDates = new QRadioButton(tr("Starting from"));
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1));
    m_to = new QDateEdit(QDate(QDate::currentDate().year(), 12, 31));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_bySelection = new QRadioButton(
        m_selected.isEmpty()
            ? tr("The cohorts selected on the Cohorts page (none now)")
            : tr("The %n cohort(s) selected on the Cohorts page", nullptr, int(m_selected.size())));
    m_bySelection->setEnabled(!m_selected.isEmpty());
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_all, m_byTrack, m_byDates, m_bySelection})
        group->addButton(b);
    (m_selected.isEmpty() ? m_all : m_bySelection)->setChecked(true);
    scopeLayout->addWidget(m_all);
    auto *trackRow = new QHBoxLayout;
    trackRow->addWidget(m_byTrack);
    trackRow->addWidget(m_track, 1);
    scopeLayout->addLayout(trackRow);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_byDates);
    dateRow->addWidget(m_from);
    dateRow->addWidget(new QLabel(tr("to")));
    dateRow->addWidget(m_to);
    dateRow->addStretch();
    scopeLayout->addLayout(dateRow);
    scopeLayout->addWidget(m_bySelection);

    // Weights: the user's own defaults (Preferences), changed here for this run only.
    m_weights = new WeightsForm;
    m_weights->setWeights(Preferences::load().weights);
    m_keepWeights = new QPushButton(tr("&Keep as My Defaults"), m_weights);
    m_keepWeights->setToolTip(tr("Start Auto-assign with these costs from now on "
                                 "(also in Edit ▸ Preferences)"));
    static_cast<QFormLayout *>(m_weights->layout())->addRow(m_keepWeights);
    connect(m_keepWeights, &QPushButton::clicked, this, [this] {
        Preferences preferences = Preferences::load();
        preferences.weights = m_weights->weights();
        preferences.save();
        m_keepWeights->setEnabled(false);
        m_keepWeights->setText(tr("Kept as your defaults"));
    });

    // Options.
    auto *optionsBox = new QGroupBox(tr("Options"));
    auto *options = new QFormLayout(optionsBox);
    m_assistantsAbove = new QSpinBox;
    m_assistantsAbove->setRange(0, 1000);
    m_assistantsAbove->setSpecialValueText(tr("no assistants"));
    m_assistantsAbove->setSuffix(tr(" seats"));
    options->addRow(tr("Assistant for cohorts above:"), m_assistantsAbove);
    m_replan =
        new QCheckBox(tr("Re-plan: keep current assignments unless a change is worth its cost"));
    m_replan->setChecked(true);
    options->addRow(m_replan);
    m_budget = new QDoubleSpinBox;
    m_budget->setRange(0.1, 600);
    m_budget->setDecimals(1);
    m_budget->setValue(2);
    m_budget->setSuffix(tr(" s"));
    options->addRow(tr("Time budget:"), m_budget);

    restoreSettings();

    auto *settings = new QVBoxLayout;
    settings->addWidget(scopeBox);
    settings->addWidget(m_weights);
    settings->addWidget(optionsBox);
    settings->addStretch();

    // Progress and results.
    m_solve = new QPushButton(tr("&Solve"));
    m_cancel = new QPushButton(tr("Stop (keep best)"));
    m_progressBar = new QProgressBar;
    m_progressBar->setTextVisible(false);
    m_progress = new QLabel(tr("Reading the plan…"));
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_solve);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progressBar, 1);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_table = new QTableView;
    m_table->setModel(m_changes);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AssignmentChangeModel::CohortColumn, 170);
    m_table->setColumnWidth(AssignmentChangeModel::RoleColumn, 80);
    m_table->setColumnWidth(AssignmentChangeModel::BeforeColumn, 110);
    m_table->setColumnWidth(AssignmentChangeModel::AfterColumn, 110);
    m_unstaffed = new QPlainTextEdit;
    m_unstaffed->setReadOnly(true);
    m_demand = new QPlainTextEdit;
    m_demand->setReadOnly(true);
    // The table keeps one line per change; the whole reason of the current one is shown
    // below it, wrapped.
    m_details = new QLabel;
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setContentsMargins(4, 4, 4, 4);
    auto *changesPage = new QWidget;
    auto *changesLayout = new QVBoxLayout(changesPage);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(m_table, 1);
    changesLayout->addWidget(m_details);
    m_tabs = new QTabWidget;
    m_tabs->addTab(changesPage, tr("Changes"));
    m_tabs->addTab(m_unstaffed, tr("Unstaffed"));
    m_tabs->addTab(m_demand, tr("Days needed and available"));
    auto *results = new QVBoxLayout;
    results->addLayout(runRow);
    results->addWidget(m_progress);
    results->addWidget(m_summary);
    results->addWidget(m_tabs, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(settings);
    columns->addLayout(results, 1);

    auto *buttons = new QDialogButtonBox;
    m_apply = buttons->addButton(tr("&Apply Ticked Changes"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(1200, 680));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &AutoAssignDialog::applyChanges);
    connect(m_solve, &QPushButton::clicked, this, &AutoAssignDialog::solve);
    connect(m_cancel, &QPushButton::clicked, m_run, &AutoAssignRun::cancel);
    connect(m_run, &AutoAssignRun::progress, this, &AutoAssignDialog::showProgress);
    connect(m_run, &AutoAssignRun::finished, this, &AutoAssignDialog::showResult);
    connect(m_run, &AutoAssignRun::failed, this, [this](const QString &message) {
        m_progress->setText(tr("Cannot read the plan: %1").arg(message));
    });
    connect(m_run, &AutoAssignRun::inputReady, this, [this] {
        for (const Track &t : m_run->input().tracks)
            m_track->addItem(
                QLocale().language() == QLocale::Chinese && !t.nameZh.isEmpty() ? t.nameZh : t.name,
                t.id);
        m_progress->setText(tr("Ready."));
        updateButtons();
    });
    connect(m_changes, &QAbstractItemModel::dataChanged, this, &AutoAssignDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AutoAssignDialog::showDetails);
    connect(m_changes, &QAbstractItemModel::modelReset, this,
            [this] { showDetails(QModelIndex()); });
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_elapsed += 0.1;
        m_progressBar->setValue(int(std::min(1000.0, 1000.0 * m_elapsed / m_budget->value())));
    });
    m_progressBar->setRange(0, 1000);
    m_clock->setInterval(100);
    updateButtons();
    m_run->load();
}

AutoAssignDialog::~AutoAssignDialog() = default;

QSpinBox *AutoAssignDialog::preferenceWeight() const
{
    return m_weights->preferenceBox();
}

SolverOptions AutoAssignDialog::options() const
{
    SolverOptions o;
    o.weights = m_weights->weights();
    o.assistantsAbove = m_assistantsAbove->value();
    o.replan = m_replan->isChecked();
    o.timeLimitSeconds = m_budget->value();
    o.maxRounds = 1000000; // the budget ends it
    if (m_byTrack->isChecked())
        o.cohorts = cohortsInScope(m_run->input(), m_track->currentData().toLongLong(), {}, {});
    else if (m_byDates->isChecked())
        o.cohorts = cohortsInScope(m_run->input(), 0, m_from->date(), m_to->date());
    else if (m_bySelection->isChecked())
        o.cohorts = std::vector<Id>(m_selected.begin(), m_selected.end());
    return o;
}

void AutoAssignDialog::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    const auto restore = [&](QSpinBox *box, const char *key) {
        box->setValue(settings.value(QLatin1String(key), box->value()).toInt());
    };
    restore(m_assistantsAbove, "assistantsAbove");
    m_replan->setChecked(settings.value(QStringLiteral("replan"), m_replan->isChecked()).toBool());
    m_budget->setValue(settings.value(QStringLiteral("timeBudget"), m_budget->value()).toDouble());
}

void AutoAssignDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(SettingsGroup));
    settings.setValue(QStringLiteral("assistantsAbove"), m_assistantsAbove->value());
    settings.setValue(QStringLiteral("replan"), m_replan->isChecked());
    settings.setValue(QStringLiteral("timeBudget"), m_budget->value());
}

void AutoAssignDialog::showDetails(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_details->setText(m_changes->rowCount() > 0
                               ? tr("Select a change to read why it is proposed.")
                               : QString());
        return;
    }
    const auto text = [&](int column) {
        return m_changes->index(current.row(), column).data().toString();
    };
    m_details->setText(tr("%1, %2: %3 → %4. %5")
                           .arg(text(AssignmentChangeModel::CohortColumn),
                                text(AssignmentChangeModel::RoleColumn),
                                text(AssignmentChangeModel::BeforeColumn),
                                text(AssignmentChangeModel::AfterColumn),
                                text(AssignmentChangeModel::ReasonColumn)));
}

void AutoAssignDialog::solve()
{
    saveSettings();
    m_changes->clear();
    m_unstaffed->clear();
    m_demand->clear();
    m_summary->clear();
    m_elapsed = 0;
    m_progressBar->setValue(0);
    m_progress->setText(tr("Solving…"));
    m_run->start(options());
    m_clock->start();
    updateButtons();
}

void AutoAssignDialog::showProgress(const SolverProgress &p)
{
    // The gap is over what the solver decides: roles nobody can take cost the same in
    // every solution, so they say nothing of how good this one is.
    const QLocale locale;
    m_progress->setText(tr("Best so far: cost %1 · at most %2 % from the best possible · %3 s")
                            .arg(locale.toString(p.objective))
                            .arg(locale.toString(p.gap * 100, 'f', 2))
                            .arg(locale.toString(p.seconds, 'f', 1)));
}

void AutoAssignDialog::showResult()
{
    m_clock->stop();
    m_progressBar->setValue(1000);
    const SolverResult &r = m_run->result();
    const QLocale locale;
    showProgress({r.rounds, r.objective, r.lowerBound, r.gap, r.seconds, r.fixed});
    QString quality =
        r.optimal
            ? tr("How far from the best possible: not at all, this is the best possible (proven).")
            : tr("How far from the best possible: at most %1 % (cost %2 of what can be "
                 "decided; the best possible is at least %3).")
                  .arg(locale.toString(r.gap * 100, 'f', 2))
                  .arg(locale.toString(r.decidableObjective))
                  .arg(locale.toString(qint64(r.decidableBound)));
    if (r.fixedRoles > 0)
        quality = tr("Roles no instructor can take: %1 (fixed cost %2).")
                      .arg(locale.toString(r.fixedRoles))
                      .arg(locale.toString(r.fixed)) +
                  QLatin1Char(' ') + quality;
    if (r.cancelled)
        quality += QLatin1Char(' ') + tr("Stopped early: this is the best found so far.");
    m_summary->setText(
        tr("%1 of %2 cohorts have a lead; %3 of %4 roles staffed; %n change(s) proposed.", nullptr,
           int(r.changes.size()))
            .arg(r.cohortsWithLead)
            .arg(r.cohorts)
            .arg(r.staffed)
            .arg(r.roles) +
        QLatin1Char(' ') + quality);
    m_changes->setChanges(r.changes, m_run->input());
    std::unordered_map<Id, QString> code;
    for (const Cohort &c : m_run->input().cohorts)
        code[c.id] = c.code;
    // Grouped by why, each reason said once: the courses nobody is qualified for with the
    // cohorts that need them, then each role whose qualified instructors are all taken,
    // with what stops each of them.
    QStringList unstaffed;
    using Why = UnstaffedCohort::Why;
    const auto count = [&](Why why) {
        return int(std::count_if(r.unstaffed.begin(), r.unstaffed.end(),
                                 [why](const UnstaffedCohort &u) { return u.why == why; }));
    };
    if (const int n = count(Why::NobodyQualified); n > 0) {
        unstaffed << tr("No instructor is qualified for the course (%n role(s)):", nullptr, n);
        std::map<QString, QStringList> byCourse;
        for (const UnstaffedCohort &u : r.unstaffed)
            if (u.why == Why::NobodyQualified)
                byCourse[u.courseCode] << tr("%1 (%2)").arg(code[u.cohortId], displayName(u.role));
        for (const auto &[course, cohorts] : byCourse)
            unstaffed
                << QStringLiteral("    %1: %2").arg(course, cohorts.join(QStringLiteral(", ")));
        unstaffed << QString();
    }
    if (const int n = count(Why::NoneFree); n > 0) {
        unstaffed << tr("Qualified instructors exist, but none is free (%n role(s)):", nullptr, n);
        for (const UnstaffedCohort &u : r.unstaffed) {
            if (u.why != Why::NoneFree)
                continue;
            unstaffed << QStringLiteral("    ") + tr("%1 needs a %2 (%3):")
                                                      .arg(code[u.cohortId],
                                                           displayName(u.role).toLower(),
                                                           u.courseCode);
            for (const QString &b : u.blockers)
                unstaffed << QStringLiteral("        • ") + b;
        }
        unstaffed << QString();
    }
    if (const int n = count(Why::NoCourse); n > 0) {
        QStringList cohorts;
        for (const UnstaffedCohort &u : r.unstaffed)
            if (u.why == Why::NoCourse)
                cohorts << code[u.cohortId];
        cohorts.removeDuplicates();
        unstaffed << tr("Cohorts without a course, so nobody can be judged qualified: %1")
                         .arg(cohorts.join(QStringLiteral(", ")));
    }
    while (!unstaffed.isEmpty() && unstaffed.last().isEmpty())
        unstaffed.removeLast();
    m_unstaffed->setPlainText(unstaffed.isEmpty() ? tr("Every cohort in scope is staffed.")
                                                  : unstaffed.join(QLatin1Char('\n')));
    QStringList demand;
    for (const TrackDemand &d : r.demand)
        demand << tr("%1: %2 instructor-days needed, %3 available")
                      .arg(d.track)
                      .arg(d.daysNeeded)
                      .arg(d.daysAvailable);
    m_demand->setPlainText(demand.join(QLatin1Char('\n')));
    m_tabs->setTabText(0, tr("Changes (%1)").arg(r.changes.size()));
    m_tabs->setTabText(1, tr("Unstaffed (%1)").arg(r.unstaffed.size()));
    updateButtons();
}

void AutoAssignDialog::applyChanges()
{
    if (const Result<> applied = m_run->apply(m_changes->accepted()); !applied) {
        QMessageBox::warning(this, tr("Auto-assign"), applied.message());
        return;
    }
    accept();
}

void AutoAssignDialog::updateButtons()
{
    const bool running = m_run->isRunning();
    m_solve->setEnabled(!running && m_run->hasInput());
    m_cancel->setEnabled(running);
    m_apply->setEnabled(!running && !m_changes->accepted().empty());
}

} // namespace Planner

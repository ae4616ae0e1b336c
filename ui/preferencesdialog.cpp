// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "fieldmarker.h"
#include "weightsform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Planner {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QSpinBox *numberBox(int low, int high, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    // Four tabs: the dialog fits a laptop's screen at 150 % too.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preferenceTabs"));
    layout->addWidget(m_tabs, 1);
    auto *generalPage = new QWidget(m_tabs);
    auto *generalLayout = new QVBoxLayout(generalPage);
    m_tabs->addTab(generalPage, tr("&General"));

    auto *general = new QGroupBox(tr("This computer"), generalPage);
    auto *form = new QFormLayout(general);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_language = new QComboBox(general);
    m_language->addItem(tr("The system's language"), QString());
    // Each language by its own name, as language menus show them.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    form->addRow(tr("&Language:"), m_language);
    m_folder = new QLineEdit(general);
    m_folder->setPlaceholderText(tr("The folder used last"));
    auto *browse = new QPushButton(tr("&Browse…"), general);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder for Plans"),
            m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Plans folder:"), general);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_name = new QLineEdit(general);
    m_name->setPlaceholderText(tr("Your account's name"));
    m_name->setToolTip(tr("How the History names the changes you make, beside your account"));
    form->addRow(tr("Your &name:"), m_name);
    generalLayout->addWidget(general);

    auto *backups = new QGroupBox(tr("Backups"), generalPage);
    auto *backupForm = new QFormLayout(backups);
    m_minutes = numberBox(1, 24 * 60, tr(" min"), backups);
    backupForm->addRow(tr("Back up a changed plan &every:"), m_minutes);
    m_newest = numberBox(1, 1000, tr(" backups"), backups);
    backupForm->addRow(tr("&Keep the newest:"), m_newest);
    m_days = numberBox(0, 3650, tr(" days"), backups);
    backupForm->addRow(tr("…and the last of each of the past:"), m_days);
    m_months = numberBox(0, 1200, tr(" months"), backups);
    backupForm->addRow(tr("…and the last of each of the past:"), m_months);
    generalLayout->addWidget(backups);
    generalLayout->addStretch();

    auto *sessions = new QWidget(m_tabs);
    m_tabs->addTab(sessions, tr("&Session times"));
    auto *grid = new QFormLayout(sessions);
    for (SessionSlot s : {SessionSlot::Morning, SessionSlot::Afternoon, SessionSlot::Evening}) {
        auto *start = new QTimeEdit(sessions);
        auto *end = new QTimeEdit(sessions);
        start->setDisplayFormat(QStringLiteral("HH:mm"));
        end->setDisplayFormat(QStringLiteral("HH:mm"));
        m_start[std::size_t(s)] = start;
        m_end[std::size_t(s)] = end;
        auto *row = new QHBoxLayout;
        row->addWidget(start);
        row->addWidget(new QLabel(tr("to"), sessions));
        row->addWidget(end);
        row->addStretch();
        auto *label = new QLabel(tr("%1:").arg(displayName(s)), sessions);
        label->setBuddy(start);
        grid->addRow(label, row);
    }
    grid->addRow(note(tr("The times calendars (.ics) and printed timetables give each session "
                         "of the day."),
                      sessions));

    // The conflict rules: how severe each one is.
    auto *rules = new QWidget(m_tabs);
    m_tabs->addTab(rules, tr("&Conflict rules"));
    auto *rulesForm = new QFormLayout(rules);
    rulesForm->addRow(note(tr("Blocking conflicts refuse an edit; warnings let it through with a "
                              "reason; rules turned off are not checked."),
                           rules));
    for (int r = 0; r < ConflictRuleCount; ++r) {
        auto *box = new QComboBox(rules);
        for (Severity level : {Severity::Block, Severity::Warn, Severity::Off})
            box->addItem(displayName(level), int(level));
        box->setObjectName(QStringLiteral("severity_") + toKey(ConflictRule(r)));
        m_severity[std::size_t(r)] = box;
        rulesForm->addRow(tr("%1:").arg(displayName(ConflictRule(r))), box);
    }

    // Auto-assign's weights.
    auto *assign = new QWidget(m_tabs);
    m_tabs->addTab(assign, tr("&Auto-assign"));
    auto *assignLayout = new QVBoxLayout(assign);
    assignLayout->addWidget(note(tr("The costs Auto-assign starts with each time it opens; "
                                    "changed there, they hold for that run only."),
                                 assign));
    m_weights = new WeightsForm(assign);
    assignLayout->addWidget(m_weights);
    assignLayout->addStretch();

    // A refusal as in every edit dialog: the message, the field marked (its tab shown).
    m_problem = new QLabel(this);
    m_marker = new FieldMarker(m_problem, this);
    m_marker->addField(QStringLiteral("planFolder"), m_folder);
    m_marker->addField(QStringLiteral("backups"), m_minutes);
    m_marker->addField(QStringLiteral("slots"), m_start[0]);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                // The defaults, but the language and the name stay the user's.
                Preferences defaults;
                defaults.language = m_language->currentData().toString();
                defaults.displayName = m_name->text();
                showValues(defaults);
            });
    layout->addWidget(buttons);
    showValues(current);
}

void PreferencesDialog::showValues(const Preferences &p)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
    m_folder->setText(QDir::toNativeSeparators(p.planFolder));
    m_name->setText(p.displayName);
    m_minutes->setValue(p.backups.periodicMinutes);
    m_newest->setValue(p.backups.keepNewest);
    m_days->setValue(p.backups.keepDays);
    m_months->setValue(p.backups.keepMonths);
    for (std::size_t i = 0; i < p.times.size(); ++i) {
        m_start[i]->setTime(p.times[i].start);
        m_end[i]->setTime(p.times[i].end);
    }
    for (int r = 0; r < ConflictRuleCount; ++r) {
        QComboBox *box = m_severity[std::size_t(r)];
        box->setCurrentIndex(std::max(0, box->findData(int(p.severities.of(ConflictRule(r))))));
    }
    m_weights->setWeights(p.weights);
    m_marker->clear();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.planFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    p.displayName = m_name->text().simplified();
    p.backups.periodicMinutes = m_minutes->value();
    p.backups.keepNewest = m_newest->value();
    p.backups.keepDays = m_days->value();
    p.backups.keepMonths = m_months->value();
    for (std::size_t i = 0; i < p.times.size(); ++i)
        p.times[i] = {m_start[i]->time(), m_end[i]->time()};
    for (int r = 0; r < ConflictRuleCount; ++r)
        p.severities.set(ConflictRule(r),
                         Severity(m_severity[std::size_t(r)]->currentData().toInt()));
    p.weights = m_weights->weights();
    return p;
}

void PreferencesDialog::accept()
{
    m_marker->clear();
    if (const Result<> checked = preferences().check(); !checked) {
        m_marker->show(checked.problem());
        return;
    }
    QDialog::accept();
}

} // namespace Planner

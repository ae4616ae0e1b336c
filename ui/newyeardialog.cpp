// SPDX-License-Identifier: GPL-3.0-or-later
#include "newyeardialog.h"

#include "windowsize.h"

#include "items/plantablemodels.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Planner {

namespace {

QTableWidget *table(const QStringList &headers, const char *name, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(false);
    return t;
}

QTableWidgetItem *number(int value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

NewYearDialog::NewYearDialog(const PlanEdits &edits, QWidget *parent)
    : QDialog(parent), m_edits(edits), m_year(new QSpinBox(this)),
      m_growth(new QDoubleSpinBox(this)), m_targetsLabel(new QLabel(this)),
      m_targets(table({tr("Track"), tr("To train"), tr("To certify")}, "newYearTargets", this)),
      m_calendar(new QLabel(this)),
      m_importCalendar(new QPushButton(tr("Import Work &Calendar…"), this)),
      m_lapsingLabel(new QLabel(this)),
      m_lapsing(table({tr("Instructor"), tr("Qualification"), tr("Valid until")}, "newYearLapsing",
                      this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("New Planning Year"));
    auto *intro = new QLabel(
        tr("A planning year starts from the targets of the year before, scaled by the growth you "
           "expect. You can change each target afterwards on the Courses & Tracks page."),
        this);
    intro->setWordWrap(true);
    m_year->setObjectName(QStringLiteral("newYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(edits.nextPlanningYear());
    m_year->setGroupSeparatorShown(false);
    m_growth->setObjectName(QStringLiteral("newYearGrowth"));
    m_growth->setRange(PlanningYear::MinGrowth, PlanningYear::MaxGrowth);
    m_growth->setDecimals(1);
    m_growth->setSingleStep(1);
    m_growth->setSuffix(QStringLiteral(" %"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Growth of the targets:"), m_growth);

    m_calendar->setObjectName(QStringLiteral("newYearCalendar"));
    m_calendar->setWordWrap(true);
    m_importCalendar->setObjectName(QStringLiteral("newYearImportCalendar"));
    auto *calendarRow = new QHBoxLayout;
    calendarRow->addWidget(m_calendar, 1);
    calendarRow->addWidget(m_importCalendar, 0, Qt::AlignTop);
    m_problem->setObjectName(QStringLiteral("newYearProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("&Create Year"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importCalendar, &QPushButton::clicked, this, [this] {
        emit importCalendarRequested(); // the window's import runs (modal) before this returns
        refresh();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &NewYearDialog::refresh);
    connect(m_growth, &QDoubleSpinBox::valueChanged, this, &NewYearDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_targetsLabel);
    layout->addWidget(m_targets);
    layout->addLayout(calendarRow);
    layout->addWidget(m_lapsingLabel);
    layout->addWidget(m_lapsing, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, 600));
    refresh();
}

int NewYearDialog::year() const
{
    return m_year->value();
}

double NewYearDialog::growthPercent() const
{
    return m_growth->value();
}

void NewYearDialog::refresh()
{
    const int year = m_year->value();
    const PlanEdits::YearPreview p = m_edits.previewPlanningYear(year, m_growth->value());
    m_problem->setText(p.problem ? p.problem->message : QString());
    m_problem->setVisible(bool(p.problem));
    m_create->setEnabled(!p.problem);
    m_targetsLabel->setText(
        p.problem ? tr("Targets:")
                  : tr("Targets of %1, from those of %2:").arg(year).arg(p.rollover.fromYear));
    m_targets->setRowCount(int(p.rollover.targets.size()));
    int total = 0;
    for (int r = 0; r < int(p.rollover.targets.size()); ++r) {
        const Target &t = p.rollover.targets[std::size_t(r)];
        const auto track = p.tracks.find(t.trackId);
        m_targets->setItem(
            r, 0,
            new QTableWidgetItem(track == p.tracks.end()
                                     ? QString()
                                     : localizedName(track->second.name, track->second.nameZh)));
        m_targets->setItem(r, 1, number(t.trainees));
        m_targets->setItem(r, 2, number(t.certified));
        total += t.trainees;
    }
    m_targets->resizeColumnsToContents();
    m_targets->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // All of a year's tracks at once, without a scroll bar.
    m_targets->setFixedHeight(m_targets->horizontalHeader()->sizeHint().height() +
                              m_targets->verticalHeader()->defaultSectionSize() *
                                  std::max(1, m_targets->rowCount()) +
                              2 * m_targets->frameWidth());
    if (!p.problem)
        m_targetsLabel->setText(m_targetsLabel->text() + QLatin1Char(' ') +
                                tr("%1 trainees in all.").arg(QLocale().toString(total)));

    m_calendar->setText(p.calendarMissing ? tr("The plan has no work calendar for %1: until you "
                                               "import the official one, %1 runs on "
                                               "weekends only and its public holidays are unknown "
                                               "(the Conflicts page names every "
                                               "cohort with sessions in it).")
                                                .arg(year)
                                          : tr("The plan has the work calendar of %1.").arg(year));
    m_importCalendar->setVisible(p.calendarMissing);

    m_lapsingLabel->setText(
        p.lapsing.empty()
            ? tr("No qualification lapses during %1.").arg(year)
            : tr("Qualifications that lapse during %1 (%2): their holders cannot teach under them "
                 "afterwards unless they are renewed.")
                  .arg(year)
                  .arg(p.lapsing.size()));
    m_lapsingLabel->setWordWrap(true);
    m_lapsing->setVisible(!p.lapsing.empty());
    m_lapsing->setRowCount(int(p.lapsing.size()));
    for (int r = 0; r < int(p.lapsing.size()); ++r) {
        const LapsingQualification &l = p.lapsing[std::size_t(r)];
        const auto who = p.instructors.find(l.instructorId);
        m_lapsing->setItem(r, 0,
                           new QTableWidgetItem(who == p.instructors.end()
                                                    ? QString()
                                                    : QStringLiteral("%1 %2").arg(
                                                          who->second.code, who->second.name)));
        const auto track = p.tracks.find(l.trackId);
        m_lapsing->setItem(
            r, 1,
            new QTableWidgetItem(track == p.tracks.end()
                                     ? l.what
                                     : QStringLiteral("%1 (%2)").arg(
                                           localizedName(track->second.name, track->second.nameZh),
                                           displayName(l.level))));
        m_lapsing->setItem(r, 2, new QTableWidgetItem(l.validUntil.toString(Qt::ISODate)));
    }
    m_lapsing->resizeColumnsToContents();
    m_lapsing->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

} // namespace Planner

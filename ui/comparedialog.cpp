// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "charts/scenariochart.h"
#include "windowsize.h"

#include "items/comparisonmodels.h"
#include "items/tableexport.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Planner {

namespace {

constexpr int MaxChosen = 4;
const QString PlanKey = QStringLiteral("plan");

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

CompareDialog::CompareDialog(const QString &planPath, QWidget *parent)
    : QDialog(parent), m_planPath(planPath), m_choices(new QListWidget(this)),
      m_year(new QComboBox(this)), m_compare(new QPushButton(tr("&Compare"), this)),
      m_export(new QPushButton(tr("&Export Changes…"), this)), m_tabs(new QTabWidget(this)),
      m_figures(new ComparisonFiguresModel(this)), m_changes(new ComparisonChangesModel(this)),
      m_chart(new ScenarioChart(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Compare Scenarios of %1").arg(QFileInfo(planPath).fileName()));
    m_choices->setObjectName(QStringLiteral("compareChoices"));
    m_compare->setObjectName(QStringLiteral("compareNow"));
    m_status->setWordWrap(true);
    // The plan first, then its scenarios; the first scenario ticked beside the plan.
    for (const ScenarioComparison::File &file : ScenarioComparison::filesOf(planPath)) {
        const bool plan = m_choices->count() == 0;
        auto *item = new QListWidgetItem(plan ? tr("The plan") : file.name, m_choices);
        item->setData(Qt::UserRole, plan ? PlanKey : file.name);
        item->setData(Qt::UserRole + 1, file.path);
        item->setCheckState(m_choices->count() <= 2 ? Qt::Checked : Qt::Unchecked);
    }
    // The plan's years; this one if it has it, else its latest.
    {
        std::vector<int> years = ScenarioComparison::yearsOf(planPath);
        const int thisYear = QDate::currentDate().year();
        if (years.empty())
            years.push_back(thisYear);
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        const int current = m_year->findData(thisYear);
        m_year->setCurrentIndex(current >= 0 ? current : m_year->count() - 1);
    }

    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Compare (two to four):"), this));
    left->addWidget(m_choices, 1);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year, 1);
    left->addLayout(yearRow);
    left->addWidget(m_compare);

    m_figureView = tableView(m_figures, this);
    m_figureView->setObjectName(QStringLiteral("compareFigures"));
    m_changeView = tableView(m_changes, this);
    m_changeView->setObjectName(QStringLiteral("compareChanges"));
    // Before and after share what the codes leave, each as much as its text asks
    // (fitChangeColumns): a removed cohort's "before" is whole beside an empty "after";
    // text too long for both is elided in the middle, its cell's tooltip whole.
    for (int column : {int(ComparisonChangesModel::Before), int(ComparisonChangesModel::After)})
        m_changeView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
    m_changeView->horizontalHeader()->setStretchLastSection(false);
    m_changeView->setTextElideMode(Qt::ElideMiddle);
    m_changeView->viewport()->installEventFilter(this);
    auto *changesTab = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changesTab);
    changesLayout->addWidget(m_changeView, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_export);
    changesLayout->addLayout(exportRow);
    m_tabs->addTab(m_figureView, tr("Figures"));
    m_tabs->addTab(changesTab, tr("Changes"));
    m_tabs->addTab(m_chart, tr("Chart"));

    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(m_tabs, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &QListWidget::itemChanged, this, &CompareDialog::updateChoices);
    connect(m_compare, &QPushButton::clicked, this, &CompareDialog::compare);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Changes"),
            QDir(folder).filePath(
                tr("scenario-changes-%1.xlsx").arg(m_year->currentData().toInt())),
            tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        const QString error = exportChanges(path);
        m_status->setText(error.isEmpty()
                              ? tr("Saved the changes as %1").arg(QDir::toNativeSeparators(path))
                              : error);
    });
    m_export->setEnabled(false);
    resizeWithinScreen(this, QSize(1100, 640));
    updateChoices();
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::choose(const QStringList &names)
{
    for (int i = 0; i < m_choices->count(); ++i) {
        QListWidgetItem *item = m_choices->item(i);
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

void CompareDialog::updateChoices()
{
    int chosen = 0;
    for (int i = 0; i < m_choices->count(); ++i)
        chosen += m_choices->item(i)->checkState() == Qt::Checked;
    const QSignalBlocker blocker(m_choices);
    for (int i = 0; i < m_choices->count(); ++i) {
        QListWidgetItem *item = m_choices->item(i);
        Qt::ItemFlags flags = item->flags() | Qt::ItemIsUserCheckable;
        const bool enabled = item->checkState() == Qt::Checked || chosen < MaxChosen;
        item->setFlags(enabled ? flags | Qt::ItemIsEnabled : flags & ~Qt::ItemIsEnabled);
    }
    m_compare->setEnabled(!m_busy && chosen >= 2);
    if (chosen < 2)
        m_status->setText(m_choices->count() < 2
                              ? tr("The plan has no scenario yet: create one in File ▸ "
                                   "Scenarios… first.")
                              : tr("Tick two to four to compare."));
}

void CompareDialog::compare()
{
    std::vector<ScenarioComparison::File> files;
    for (int i = 0; i < m_choices->count(); ++i) {
        const QListWidgetItem *item = m_choices->item(i);
        if (item->checkState() == Qt::Checked)
            files.push_back({item->text(), item->data(Qt::UserRole + 1).toString()});
    }
    if (files.size() < 2)
        return;
    m_busy = true;
    m_compare->setEnabled(false);
    m_status->setText(tr("Reading %n scenario(s)…", nullptr, int(files.size())));
    const int year = m_year->currentData().toInt();
    const QDate today = QDate::currentDate();
    auto result = std::make_shared<ScenarioComparison>();
    QThread *thread = QThread::create([files, year, today, result] {
        *result = ScenarioComparison::compare(files, year, today);
    });
    QPointer<CompareDialog> self(this);
    connect(thread, &QThread::finished, this, [self, thread, result] {
        thread->deleteLater();
        if (!self)
            return;
        self->m_busy = false;
        self->showComparison(*result);
        self->updateChoices();
    });
    thread->start();
}

bool CompareDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_changeView->viewport() && event->type() == QEvent::Resize)
        fitChangeColumns();
    return QDialog::eventFilter(watched, event);
}

void CompareDialog::fitChangeColumns()
{
    const int before = ComparisonChangesModel::Before, after = ComparisonChangesModel::After;
    QHeaderView *header = m_changeView->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != before && c != after)
            others += header->sectionSize(c);
    const int room = std::max(0, m_changeView->viewport()->width() - others);
    auto wanted = [&](int c) {
        // (public in QAbstractItemView, protected in QTableView)
        const QAbstractItemView *view = m_changeView;
        return std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
    };
    const int wantBefore = wanted(before), wantAfter = wanted(after);
    // Enough room: each its width, what is left to "after". Too little: in proportion.
    const int beforeWidth =
        wantBefore + wantAfter <= room
            ? wantBefore
            : int(qint64(room) * wantBefore / std::max(1, wantBefore + wantAfter));
    header->resizeSection(before, std::max(header->sectionSizeHint(before), beforeWidth));
    header->resizeSection(
        after, std::max(header->sectionSizeHint(after), room - header->sectionSize(before)));
}

void CompareDialog::showComparison(const ScenarioComparison &comparison)
{
    m_figures->setComparison(comparison);
    m_changes->setComparison(comparison);
    fitChangeColumns();
    m_chart->setComparison(comparison);
    m_export->setEnabled(m_changes->rowCount() > 0);
    QStringList problems;
    for (const ScenarioFigures &f : comparison.scenarios)
        if (!f.problem.isEmpty())
            problems << tr("“%1” cannot be read: %2").arg(f.name, f.problem);
    int changes = 0;
    for (const ScenarioDiff &d : comparison.diffs)
        changes += int(d.lines.size());
    m_status->setText(
        problems.isEmpty()
            ? tr("%1 as of %2: %n change(s) of cohorts against the first.", nullptr, changes)
                  .arg(comparison.year)
                  .arg(QLocale().toString(comparison.asOf, QLocale::ShortFormat))
            : problems.join(QLatin1Char('\n')));
}

QString CompareDialog::exportChanges(const QString &path) const
{
    const Result<> written = TableExport::write(*m_changes, path);
    return written ? QString() : written.message();
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariosdialog.h"

#include "comparedialog.h"
#include "windowsize.h"

#include "items/scenariolistmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace Planner {

ScenariosDialog::ScenariosDialog(const QString &planPath, const QString &openPath, QWidget *parent)
    : QDialog(parent), m_planPath(planPath), m_openPath(openPath),
      m_model(new ScenarioListModel(this)), m_view(new QTableView(this)),
      m_status(new QLabel(this)), m_new(new QPushButton(tr("&New from This Plan…"), this)),
      m_open(new QPushButton(tr("&Open"), this)), m_rename(new QPushButton(tr("&Rename…"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this)),
      m_promote(new QPushButton(tr("&Make It the Plan…"), this)),
      m_compareButton(new QPushButton(tr("&Compare…"), this))
{
    setWindowTitle(tr("Scenarios of %1").arg(QFileInfo(planPath).fileName()));
    m_model->setPlan(planPath);
    auto *intro = new QLabel(
        tr("A scenario is a what-if copy of the plan: change targets, instructors, venues or "
           "cohorts in it freely; the plan is never touched until you make a scenario the "
           "plan (after a backup of the plan). They are kept in %1.")
            .arg(QDir::toNativeSeparators(m_model->folder())),
        this);
    intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("scenarioList"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("scenarioStatus"));
    m_new->setObjectName(QStringLiteral("newScenario"));
    m_promote->setObjectName(QStringLiteral("promoteScenario"));
    m_new->setToolTip(tr("Copy what is open now (the plan or a scenario) as a new scenario"));
    m_promote->setToolTip(
        tr("Replace the plan with this scenario, after a checked backup of the plan"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_new, m_open, m_rename, m_delete, m_promote})
        buttons->addWidget(b);
    buttons->addSpacing(12);
    buttons->addWidget(m_compareButton);
    m_compareButton->setObjectName(QStringLiteral("compareScenarios"));
    m_compareButton->setToolTip(tr("Two to four of the plan and its scenarios side by side"));
    buttons->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    m_askName = [this](const QString &question, const QString &suggestion) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, windowTitle(), question, QLineEdit::Normal,
                                                   suggestion, &ok);
        return ok ? name : QString();
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScenariosDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScenariosDialog::updateButtons);
    connect(m_new, &QPushButton::clicked, this, [this] {
        const QString name = m_askName(tr("Name of the new scenario:"), QString());
        if (!name.isEmpty())
            createScenario(name);
    });
    auto openSelected = [this] {
        const QString name = selectedName();
        if (name.isEmpty() || !m_open->isEnabled())
            return;
        emit openRequested(m_model->pathOf(name));
        accept();
    };
    connect(m_open, &QPushButton::clicked, this, openSelected);
    connect(m_view, &QTableView::activated, this, openSelected);
    connect(m_rename, &QPushButton::clicked, this, &ScenariosDialog::rename);
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        CompareDialog dialog(m_planPath, this);
        dialog.exec();
    });
    connect(m_delete, &QPushButton::clicked, this, &ScenariosDialog::remove);
    connect(m_promote, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        if (!m_confirm(tr("Make the scenario “%1” the plan?\n\nThe plan as it is now is backed "
                          "up first: File ▸ Restore from Backup… brings it back.")
                           .arg(name)))
            return;
        emit promoteRequested(name);
        accept();
    });
    connect(m_model, &ScenarioListModel::done, this, [this](const QString &error) {
        m_status->setText(error);
        const QString wanted = m_pendingSelection;
        m_pendingSelection.clear();
        if (!wanted.isEmpty())
            select(wanted);
        updateButtons();
    });
    connect(m_model, &ScenarioListModel::busyChanged, this, &ScenariosDialog::updateButtons);
    resizeWithinScreen(this, QSize(760, 420));
    started(tr("Checking the scenarios…"), QString());
}

bool ScenariosDialog::isBusy() const
{
    return m_model->isBusy();
}

void ScenariosDialog::setAnswers(std::function<QString(const QString &, const QString &)> askName,
                                 std::function<bool(const QString &)> confirm)
{
    m_askName = std::move(askName);
    m_confirm = std::move(confirm);
}

QString ScenariosDialog::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ScenarioListModel::NameRole).toString();
}

void ScenariosDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool busy = m_model->isBusy();
    const bool chosen = !rows.isEmpty() && !busy;
    const bool usable = chosen && rows.first().data(ScenarioListModel::UsableRole).toBool();
    const bool isOpen =
        chosen && QFileInfo(rows.first().data(ScenarioListModel::PathRole).toString()) ==
                      QFileInfo(m_openPath);
    m_new->setEnabled(!busy);
    m_compareButton->setEnabled(!busy && m_model->rowCount() > 0);
    m_open->setEnabled(usable && !isOpen);
    m_rename->setEnabled(chosen && !isOpen);
    m_delete->setEnabled(chosen && !isOpen);
    m_promote->setEnabled(usable);
}

void ScenariosDialog::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_pendingSelection = name;
}

void ScenariosDialog::started(const QString &what, const QString &selectAfter)
{
    m_status->setText(what);
    m_pendingSelection = selectAfter;
    updateButtons();
}

void ScenariosDialog::createScenario(const QString &name)
{
    if (const Result<> valid = ScenarioListModel::checkName(name); !valid) {
        m_status->setText(valid.message());
        return;
    }
    m_model->create(name, m_openPath);
    started(tr("Copying the plan as “%1”…").arg(name), name);
}

void ScenariosDialog::rename()
{
    const QString from = selectedName();
    if (from.isEmpty())
        return;
    const QString to = m_askName(tr("New name of the scenario “%1”:").arg(from), from);
    if (to.isEmpty() || to == from)
        return;
    m_model->rename(from, to);
    started(tr("Renaming “%1”…").arg(from), to);
}

void ScenariosDialog::remove()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (!m_confirm(tr("Delete the scenario “%1”? Its file is deleted; the plan is not touched.")
                       .arg(name)))
        return;
    m_model->remove(name);
    started(tr("Deleting “%1”…").arg(name), QString());
}

} // namespace Planner

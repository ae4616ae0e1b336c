// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "windowsize.h"

#include "items/backuplistmodel.h"
#include "items/plansession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Planner {

RestoreBackupDialog::RestoreBackupDialog(const QString &planPath, QWidget *parent)
    : QDialog(parent), m_model(new BackupListModel(this)), m_view(new QTableView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Restore from Backup"));
    m_model->setPlan(planPath);
    const QString name = QFileInfo(planPath).fileName();
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(m_model->rowCount() == 0
                       ? tr("There are no backups of “%1” yet. Backups are made when the plan is "
                            "opened for editing and every %2 minutes while it is edited.")
                             .arg(name)
                             .arg(BackupListModel::periodicMinutes())
                       : tr("Choose the backup of “%1” to go back to. The plan as it is now is "
                            "kept beside it (NAME.before-restore-…), so nothing is lost.")
                             .arg(name));
    auto *where = new QLabel(
        tr("Backups are kept in %1").arg(QDir::toNativeSeparators(m_model->folder())), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);

    QPushButton *restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RestoreBackupDialog::updateButtons);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(where);
    layout->addWidget(m_buttons);
    resizeWithinScreen(this, QSize(560, 420));
    updateButtons();
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->backupPath(rows.first().row());
}

void RestoreBackupDialog::updateButtons()
{
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!selectedBackup().isEmpty());
    }
}

RestoreBackupDialog::Recovery RestoreBackupDialog::offerNewestBackup(QWidget *parent,
                                                                     PlanSession *session,
                                                                     const QString &planPath,
                                                                     const QString &reason)
{
    QString backup;
    QDateTime when;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool found = BackupListModel::newestGood(planPath, &backup, &when);
    QApplication::restoreOverrideCursor();
    if (!found)
        return Recovery::NoBackup;
    const QString date = QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    QMessageBox box(
        QMessageBox::Warning, tr("The plan is damaged"),
        tr("%1\n\nA good backup of this plan from %2 exists. Opening it keeps the damaged "
           "file beside it (NAME.damaged-…) in case it is needed.")
            .arg(reason, date),
        QMessageBox::NoButton, parent);
    QPushButton *open = box.addButton(tr("Open the newest good backup (from %1)").arg(date),
                                      QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() != open)
        return Recovery::Declined;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = session->restoreBackup(planPath, backup, true).message();
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Cannot restore the backup"), error);
        return Recovery::Failed;
    }
    return Recovery::Restored;
}

} // namespace Planner

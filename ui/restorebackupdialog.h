// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace Planner {

class BackupListModel;
class PlanSession;

// File ▸ Restore from Backup…: the plan's backups with their time, size and occasion.
// Accepting names the backup to restore (selectedBackup()); the caller restores it.
// Also the offer made when a damaged plan is opened.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QString &planPath, QWidget *parent = nullptr);

    QString selectedBackup() const;
    BackupListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    enum class Recovery { NoBackup, Declined, Restored, Failed };
    // planPath was refused as damaged (reason says why). If a good backup of it exists,
    // asks whether to open the newest one; if so, keeps the damaged file aside as
    // NAME.damaged-<time>.cohortplan, restores the backup and opens it in session.
    static Recovery offerNewestBackup(QWidget *parent, PlanSession *session,
                                      const QString &planPath, const QString &reason);

private:
    void updateButtons();

    BackupListModel *m_model;
    QTableView *m_view;
    QDialogButtonBox *m_buttons;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace Planner {

// The automatic backups of one plan, newest first, for "Restore from Backup…".
class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Size, Kind, ColumnCount };
    enum Role { PathRole = Qt::UserRole, WhenRole };

    explicit BackupListModel(QObject *parent = nullptr);

    // Lists the backups of the plan at planPath (none for an empty path).
    void setPlan(const QString &planPath);
    QString planPath() const { return m_planPath; }
    QString folder() const { return m_folder; }

    QString backupPath(int row) const;
    QDateTime backupTime(int row) const;

    // The newest backup of the plan at planPath that passes its integrity check: its path
    // and time. False when there is none.
    // How often a plan being edited is backed up.
    static int periodicMinutes();

    static bool newestGood(const QString &planPath, QString *backupPath, QDateTime *when);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString path;
        QDateTime when;
        qint64 size = 0;
        QString kind;
    };
    QString m_planPath;
    QString m_folder;
    std::vector<Row> m_rows;
};

} // namespace Planner

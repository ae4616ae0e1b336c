// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuplistmodel.h"

#include "store/backupstore.h"

#include <QLocale>

namespace Planner {

BackupListModel::BackupListModel(QObject *parent) : QAbstractTableModel(parent) {}

void BackupListModel::setPlan(const QString &planPath)
{
    beginResetModel();
    m_planPath = planPath;
    m_rows.clear();
    m_folder.clear();
    if (!planPath.isEmpty()) {
        const BackupStore store(planPath);
        m_folder = store.folder();
        for (const auto &entry : store.list())
            m_rows.push_back(
                {entry.path, entry.when, entry.size, BackupStore::kindName(entry.kind)});
    }
    endResetModel();
}

QString BackupListModel::backupPath(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].path : QString();
}

QDateTime BackupListModel::backupTime(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].when : QDateTime();
}

int BackupListModel::periodicMinutes()
{
    return BackupStore::policy().periodicMinutes;
}

bool BackupListModel::newestGood(const QString &planPath, QString *backupPath, QDateTime *when)
{
    BackupStore::Entry entry;
    if (!BackupStore(planPath).newestGood(&entry))
        return false;
    if (backupPath)
        *backupPath = entry.path;
    if (when)
        *when = entry.when;
    return true;
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case When:
            return QLocale().toString(row.when.toLocalTime(), QLocale::ShortFormat);
        case Size:
            return QLocale().formattedDataSize(row.size);
        case Kind:
            return row.kind;
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
    case PathRole:
        return row.path;
    case WhenRole:
        return row.when;
    default:
        break;
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("Taken");
    case Size:
        return tr("Size");
    case Kind:
        return tr("Occasion");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Planner

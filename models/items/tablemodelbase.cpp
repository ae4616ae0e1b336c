// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablemodelbase.h"

#include "plansession.h"

#include "store/storeerror.h"

#include <QCollator>
#include <QCollatorSortKey>

#include <algorithm>
#include <numeric>
#include <optional>

namespace Planner {

TableModelBase::TableModelBase(QObject *parent)
    : QAbstractTableModel(parent)
{}

int TableModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int TableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant TableModelBase::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int source = m_order[std::size_t(index.row())];
    switch (role) {
    case Qt::EditRole:
    case EditorRole:
    case ChoicesRole:
    case MinimumRole:
    case MaximumRole:
        return editData(source, index.column(), role);
    default:
        return cellData(source, index.column(), role);
    }
}

Qt::ItemFlags TableModelBase::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_session || !m_session->editor()->canEdit())
        return f;
    const QVariant kind = editData(m_order[std::size_t(index.row())], index.column(), EditorRole);
    if (kind.isValid() && EditorKind(kind.toInt()) != EditorKind::None)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TableModelBase::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    m_lastEditError.clear();
    try {
        PlanEdits::Result result = buildEdit(m_order[std::size_t(index.row())], index.column(), value,
                                             PlanEdits(m_session->plan()->database()));
        if (!result.ok())
            m_lastEditError = result.violation->message;
        else if (!result.changes.isEmpty())
            m_lastEditError = m_session->editor()->execute(result.text, std::move(result.changes));
    } catch (const StoreError &e) {
        m_lastEditError = e.message();
    }
    if (!m_lastEditError.isEmpty()) {
        emit editRejected(m_lastEditError);
        return false;
    }
    return true;
}

QVariant TableModelBase::editData(int, int, int) const
{
    return {};
}

PlanEdits::Result TableModelBase::buildEdit(int, int, const QVariant &, const PlanEdits &) const
{
    return {};
}

QVariant TableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

int TableModelBase::sourceRow(int row) const
{
    return row >= 0 && row < int(m_order.size()) ? m_order[std::size_t(row)] : -1;
}

QString TableModelBase::columnToolTip(int) const
{
    return {};
}

QHash<int, QByteArray> TableModelBase::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(IdRole, "id");
    return names;
}

void TableModelBase::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columns())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> oldSourceRows;
    oldSourceRows.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        oldSourceRows.push_back(m_order[std::size_t(index.row())]);
    rebuildOrder();
    std::vector<int> rowOfSource(m_order.size());
    for (std::size_t row = 0; row < m_order.size(); ++row)
        rowOfSource[std::size_t(m_order[row])] = int(row);
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i)
        moved << index(rowOfSource[std::size_t(oldSourceRows[std::size_t(i)])],
                       persistent[i].column());
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TableModelBase::rebuildOrder()
{
    const int n = sourceRowCount();
    m_order.resize(std::size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || n == 0)
        return;
    std::vector<QVariant> keys(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        keys[std::size_t(i)] = cellData(i, m_sortColumn, SortRole);
    const bool text = std::any_of(keys.begin(), keys.end(), [](const QVariant &v) {
        return v.typeId() == QMetaType::QString;
    });
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (text) {
        // Sort keys make locale-aware order (pinyin for Chinese names) one memcmp per
        // comparison instead of a collation per comparison.
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<QCollatorSortKey> sortKeys;
        sortKeys.reserve(std::size_t(n));
        for (const QVariant &v : keys)
            sortKeys.push_back(collator.sortKey(v.toString()));
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const int c = sortKeys[std::size_t(a)].compare(sortKeys[std::size_t(b)]);
            return descending ? c > 0 : c < 0;
        });
        return;
    }
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const QVariant &x = keys[std::size_t(a)];
        const QVariant &y = keys[std::size_t(b)];
        // Empty values sort last in either direction.
        if (x.isNull() != y.isNull())
            return y.isNull();
        const auto c = QVariant::compare(x, y);
        return descending ? c == QPartialOrdering::Greater : c == QPartialOrdering::Less;
    });
}

void TableModelBase::beginReplaceRows()
{
    beginResetModel();
}

void TableModelBase::endReplaceRows()
{
    rebuildOrder();
    endResetModel();
    m_loaded = true;
    emit loaded();
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblemmodel.h"

#include "planning/importrules.h"

#include <algorithm>
#include <numeric>

namespace Planner {

ImportProblemModel::ImportProblemModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportProblemModel::setProblems(std::vector<ImportProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    m_order.resize(m_problems.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_order.size()))
        return {};
    const ImportProblem &p = m_problems[std::size_t(m_order[std::size_t(index.row())])];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line:
            return role == Qt::DisplayRole ? QVariant(p.line) : QVariant();
        case ColumnName:
            return ImportRules::columnLabel(p.column);
        case Value:
            return p.value;
        case Message:
            return p.message;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Value:
        return tr("Value");
    case Message:
        return tr("Problem");
    }
    return {};
}

void ImportProblemModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> oldRows;
    for (const QModelIndex &i : before)
        oldRows.push_back(m_order[std::size_t(i.row())]);
    auto key = [&](const ImportProblem &p) -> std::tuple<int, QString> {
        switch (column) {
        case ColumnName:
            return {0, ImportRules::columnLabel(p.column)};
        case Value:
            return {0, p.value};
        case Message:
            return {0, p.message};
        default:
            return {p.line, QString()};
        }
    };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const auto ka = key(m_problems[std::size_t(a)]);
        const auto kb = key(m_problems[std::size_t(b)]);
        return order == Qt::AscendingOrder ? ka < kb : kb < ka;
    });
    std::vector<int> rowOf(m_order.size());
    for (std::size_t r = 0; r < m_order.size(); ++r)
        rowOf[std::size_t(m_order[r])] = int(r);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOf[std::size_t(oldRows[std::size_t(i)])], before[i].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Planner

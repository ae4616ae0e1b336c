// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignmentchangemodel.h"

#include <unordered_map>

namespace Planner {

AssignmentChangeModel::AssignmentChangeModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssignmentChangeModel::setChanges(const std::vector<AssignmentChange> &changes,
                                       const ConflictInput &names)
{
    std::unordered_map<Id, QString> cohort, person;
    for (const Planner::Cohort &c : names.cohorts)
        cohort[c.id] = c.code;
    for (const Instructor &i : names.instructors)
        person[i.id] = i.name.isEmpty() ? i.code : i.name;
    const auto name = [&](Id id) { return id == 0 ? tr("(nobody)") : person[id]; };
    beginResetModel();
    m_rows.clear();
    for (const AssignmentChange &c : changes)
        m_rows.push_back(
            {cohort[c.cohortId], c.role, name(c.before), name(c.after), c.reason, true});
    endResetModel();
}

void AssignmentChangeModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

std::vector<int> AssignmentChangeModel::accepted() const
{
    std::vector<int> rows;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].accepted)
            rows.push_back(int(i));
    }
    return rows;
}

void AssignmentChangeModel::setAllAccepted(bool accepted)
{
    if (m_rows.empty())
        return;
    for (Row &r : m_rows)
        r.accepted = accepted;
    emit dataChanged(index(0, CohortColumn), index(rowCount() - 1, CohortColumn),
                     {Qt::CheckStateRole});
}

int AssignmentChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssignmentChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignmentChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    if (role == ChangeIndexRole)
        return index.row();
    if (role == Qt::CheckStateRole && index.column() == CohortColumn)
        return r.accepted ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return r.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case CohortColumn:
        return r.cohort;
    case RoleColumn:
        return r.role == InstructorRole::Lead ? tr("Lead") : tr("Assistant");
    case BeforeColumn:
        return r.before;
    case AfterColumn:
        return r.after;
    case ReasonColumn:
        return r.reason;
    case ColumnCount:
        break;
    }
    return {};
}

bool AssignmentChangeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != CohortColumn)
        return false;
    m_rows[std::size_t(index.row())].accepted = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags AssignmentChangeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CohortColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AssignmentChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CohortColumn:
        return tr("Cohort");
    case RoleColumn:
        return tr("Role");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ReasonColumn:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "gotomodel.h"

#include "gotoindex.h"

namespace Planner {

GoToModel::GoToModel(GoToIndex *index, QObject *parent) : QAbstractListModel(parent), m_index(index)
{
    connect(m_index, &GoToIndex::ready, this, &GoToModel::refresh);
}

void GoToModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    refresh();
}

void GoToModel::refresh()
{
    beginResetModel();
    m_matches = m_index->isReady() ? m_index->match(m_query, Limit) : std::vector<int>{};
    endResetModel();
}

const GoToEntry &GoToModel::entry(int row) const
{
    return m_index->entry(m_matches[std::size_t(row)]);
}

QString GoToModel::kindName(GoToKind kind)
{
    switch (kind) {
    case GoToKind::Cohort:
        return tr("Cohort");
    case GoToKind::Instructor:
        return tr("Instructor");
    case GoToKind::Trainee:
        return tr("Trainee");
    case GoToKind::Course:
        return tr("Course");
    case GoToKind::Venue:
        return tr("Venue");
    }
    return {};
}

int GoToModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant GoToModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GoToEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.code.isEmpty() ? e.name : QStringLiteral("%1  %2").arg(e.code, e.name);
    case Qt::ToolTipRole:
        return e.detail;
    case KindRole:
        return int(e.kind);
    case IdRole:
        return e.id;
    case CodeRole:
        return e.code;
    case NameRole:
        return e.name;
    case DetailRole:
        return e.detail;
    case KindNameRole:
        return kindName(e.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> GoToModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(CodeRole, "code");
    names.insert(NameRole, "name");
    names.insert(DetailRole, "detail");
    names.insert(KindNameRole, "kindName");
    return names;
}

} // namespace Planner

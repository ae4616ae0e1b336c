// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/planviews.h"

#include <QAbstractListModel>

#include <vector>

namespace Planner {

class GoToIndex;

// The entries of a GoToIndex that the text typed in Go to finds, best first.
class GoToModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // GoToKind as int
        IdRole,
        CodeRole,
        NameRole,
        DetailRole,
        KindNameRole, // "Cohort", "Trainee", ... translated
    };
    static constexpr int Limit = 50;

    explicit GoToModel(GoToIndex *index, QObject *parent = nullptr);

    // Finds the entries for text (one reset). Runs again when the index is rebuilt.
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    // The entry shown at row; row must be valid.
    const GoToEntry &entry(int row) const;

    static QString kindName(GoToKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void refresh();

    GoToIndex *m_index;
    QString m_query;
    std::vector<int> m_matches;
};

} // namespace Planner

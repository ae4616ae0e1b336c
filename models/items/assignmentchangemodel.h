// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/assignmentsolver.h"

#include <QAbstractTableModel>

#include <vector>

namespace Planner {

// The changes an automatic assignment proposes, one per row, each with a check box (all
// ticked at first) to accept or reject it before applying.
class AssignmentChangeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CohortColumn, RoleColumn, BeforeColumn, AfterColumn, ReasonColumn, ColumnCount };
    enum Roles { ChangeIndexRole = Qt::UserRole };

    explicit AssignmentChangeModel(QObject *parent = nullptr);

    // changes with the names to show: cohort codes and instructor names by id.
    void setChanges(const std::vector<AssignmentChange> &changes, const ConflictInput &names);
    void clear();
    // The rows still ticked, as indexes into the changes given.
    std::vector<int> accepted() const;
    void setAllAccepted(bool accepted);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString cohort;
        InstructorRole role = InstructorRole::Lead;
        QString before;
        QString after;
        QString reason;
        bool accepted = true;
    };
    std::vector<Row> m_rows;
};

} // namespace Planner

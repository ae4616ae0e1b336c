// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/importrules.h"

#include <QAbstractTableModel>

#include <vector>

namespace Planner {

// The problems of a dry run, one per row: line, column, value, message. Sortable by any
// column (an index vector; no proxy).
class ImportProblemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, ColumnName, Value, Message, ColumnCount };

    explicit ImportProblemModel(QObject *parent = nullptr);

    void setProblems(std::vector<ImportProblem> problems);
    const std::vector<ImportProblem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    std::vector<ImportProblem> m_problems;
    std::vector<int> m_order;
};

} // namespace Planner

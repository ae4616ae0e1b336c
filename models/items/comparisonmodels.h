// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenariocomparison.h"

#include <QAbstractTableModel>

namespace Planner {

// Compare's figures: one row per figure, one column per scenario after the figure's name.
// A figure that differs from the first scenario's is tinted: green where it is better,
// red where it is worse, its tooltip saying by how much.
class ComparisonFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ValueRole = Qt::UserRole, BetterRole }; // BetterRole: +1 better, -1 worse, 0

    explicit ComparisonFiguresModel(QObject *parent = nullptr);
    void setComparison(const ScenarioComparison &comparison);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    enum class Format { Count, Share, Money };
    struct Row
    {
        QString label;
        Format format = Format::Count;
        int better = 1; // +1: more is better, -1: less is better, 0: neither
        std::vector<std::optional<double>> values; // per scenario
    };
    QString text(const Row &row, std::optional<double> value) const;

    std::vector<QString> m_names;
    std::vector<Row> m_rows;
};

// Compare's changes: each scenario's cohorts added, removed, moved and restaffed against the
// first, one row per cohort and kind.
class ComparisonChangesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Scenario, Change, Cohort, Before, After, ColumnCount };

    explicit ComparisonChangesModel(QObject *parent = nullptr);
    void setComparison(const ScenarioComparison &comparison);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString scenario;
        ScenarioDiff::Line line;
    };
    std::vector<Row> m_rows;
};

} // namespace Planner

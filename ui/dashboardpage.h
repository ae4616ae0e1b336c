// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QGridLayout;
class QLabel;
class QTableView;

namespace Planner {

class PlanSession;
class TargetTableModel;

// The home page: the year's targets against the plan, as tiles, a chart and a table.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(PlanSession *session, QWidget *parent = nullptr);

    void markStale();
    TargetTableModel *model() const { return m_model; }
    QCustomPlot *chart() const { return m_chart; }
    QComboBox *yearSelector() const { return m_year; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Tile
    {
        QLabel *value;
        QLabel *detail;
    };
    Tile addTile(QGridLayout *grid, int column, const QString &caption, const QString &toolTip);
    void reloadNow();
    void showYear();
    void updateChart();

    PlanSession *m_session;
    TargetTableModel *m_model;
    QComboBox *m_year;
    QLabel *m_status;
    Tile m_target{}, m_seats{}, m_enrolled{}, m_trained{}, m_certified{};
    QCustomPlot *m_chart;
    QTableView *m_table;
    bool m_stale = true;
};

} // namespace Planner

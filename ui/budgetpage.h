// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/costmodels.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Planner {

class BudgetChart;
class PlanSession;
class TablePage;

// The year's money: what it may spend (the tracks' budgets), what it has spent by today,
// what it will have spent at its end if the plan holds, the cost per trainee and per
// certificate; per track, month and cohort; and what the costs come from: the day rates by
// level and the year's fixed costs, edited in place. Computed on a worker thread
// (CostStats); reloaded after every edit.
class BudgetPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetPage(PlanSession *session, QWidget *parent = nullptr);

    void markStale();
    bool isLoaded() const { return m_loaded; }
    int year() const { return m_data.year; }
    void setYear(int year);
    const BudgetData &data() const { return m_data; }
    QComboBox *yearSelector() const { return m_year; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summary() const { return m_summary; }
    TrackCostModel *trackModel() const { return m_trackModel; }
    QTableView *tracksView() const { return m_tracks; }
    BudgetChart *chart() const { return m_chart; }
    MonthCostModel *monthModel() const { return m_monthModel; }
    CohortCostModel *cohortModel() const { return m_cohortModel; }
    LevelRateModel *levelRateModel() const { return m_rateModel; }
    FixedCostModel *fixedCostModel() const { return m_fixedModel; }
    QTableView *fixedCostsView() const { return m_fixed; }
    QPushButton *addFixedCostButton() const { return m_addFixed; }
    QPushButton *removeFixedCostButton() const { return m_removeFixed; }

signals:
    void loaded();
    void cohortActivated(qint64 cohortId);
    // What an edit refused, for the status bar.
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void showData(BudgetData data);
    void addFixedCost();
    void removeFixedCosts();
    QTableView *createTable(TableModelBase *model, bool editable);

    PlanSession *m_session;
    QComboBox *m_year;
    QLabel *m_summary;
    QLabel *m_note;
    QTabWidget *m_tabs;
    TrackCostModel *m_trackModel;
    QTableView *m_tracks;
    BudgetChart *m_chart;
    MonthCostModel *m_monthModel;
    QTableView *m_months;
    CohortCostModel *m_cohortModel;
    TablePage *m_cohorts;
    LevelRateModel *m_rateModel;
    QTableView *m_rates;
    FixedCostModel *m_fixedModel;
    QTableView *m_fixed;
    QPushButton *m_addFixed;
    QPushButton *m_removeFixed;
    BudgetData m_data;
    int m_requestedYear = 0;
    bool m_stale = true;
    bool m_loaded = false;
};

} // namespace Planner

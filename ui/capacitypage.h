// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/capacityplanner.h"

#include <QWidget>

#include <map>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Planner {

class AssumptionTableModel;
class NeedChart;
class PlanSession;

// Targets & Capacity: for a year (next year's first), whether each track's targets can
// be reached with the plan's instructors, venues and calendar (CapacityPlanner, computed
// on a worker thread), per track × month what the new cohorts need against what is
// available (a table and a chart), the bottlenecks with their explanations and remedies,
// and the actions that follow: New Planning Year… and Generate Draft….
class CapacityPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityPage(PlanSession *session, QWidget *parent = nullptr);

    void markStale();
    bool isLoaded() const { return m_loaded; }
    int year() const;
    void setYear(int year);
    const CapacityResult &result() const { return m_result; }
    QComboBox *yearSelector() const { return m_year; }
    QTableWidget *tracksTable() const { return m_tracks; }
    QTableWidget *monthsTable() const { return m_months; }
    QListWidget *bottlenecks() const { return m_bottlenecks; }
    NeedChart *chart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *assumptionsView() const { return m_assumptions; }
    AssumptionTableModel *assumptionModel() const { return m_assumptionModel; }
    QLabel *assumptionStatus() const { return m_assumptionStatus; }
    QPushButton *generateButton() const { return m_generate; }

signals:
    void loaded();
    void newPlanningYearRequested();
    void generateDraftRequested(int year);
    void importCalendarRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Analysis
    {
        std::vector<int> years;
        int year = 0;
        CapacityInput input;
        CapacityResult result;
        int historyYear = 0;
        std::map<Id, CapacityAssumptions> history; // the tracks' rates from historyYear
    };
    void reload();
    void show(Analysis analysis);
    void showTrack(int row);
    QString trackName(Id id, const QString &fallback) const;

    PlanSession *m_session;
    QComboBox *m_year;
    QPushButton *m_newYear;
    QPushButton *m_generate;
    QLabel *m_calendarBanner;
    QLabel *m_status;
    QTableWidget *m_tracks;
    QTableWidget *m_months;
    NeedChart *m_chart;
    QListWidget *m_bottlenecks;
    AssumptionTableModel *m_assumptionModel;
    QTableView *m_assumptions;
    QLabel *m_assumptionStatus;
    QTabWidget *m_tabs = nullptr;
    CapacityResult m_result;
    std::map<Id, Track> m_trackRecords;
    int m_requestedYear = 0;
    bool m_stale = true;
    bool m_loaded = false;
};

} // namespace Planner

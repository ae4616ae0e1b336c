// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/assignmentsolver.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace Planner {

class AssignmentChangeModel;
class AutoAssignRun;
class PlanSession;
class WeightsForm;

// Edit ▸ Auto-assign…: the scope (all, a track, a date range or the cohorts selected on
// the Cohorts page), the weights, a time budget, assistants and re-planning; runs the
// solver off the GUI thread with live progress (best objective, bound, gap) and Cancel
// (which keeps the best so far); then previews the changes, each one to accept or reject,
// and lists the cohorts left unstaffed with the reasons. Apply is one undo step.
class AutoAssignDialog final : public QDialog
{
    Q_OBJECT

public:
    AutoAssignDialog(PlanSession *session, const QList<qint64> &selectedCohorts,
                     QWidget *parent = nullptr);
    ~AutoAssignDialog() override;

    SolverOptions options() const;
    AutoAssignRun *run() const { return m_run; }
    AssignmentChangeModel *changes() const { return m_changes; }
    QPushButton *solveButton() const { return m_solve; }
    QPushButton *keepWeightsButton() const { return m_keepWeights; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }
    QCheckBox *replanBox() const { return m_replan; }
    QDoubleSpinBox *timeBudget() const { return m_budget; }
    QLabel *summary() const { return m_summary; }
    QPlainTextEdit *unstaffedText() const { return m_unstaffed; }
    QLabel *details() const { return m_details; }
    QTableView *changeTable() const { return m_table; }
    QSpinBox *preferenceWeight() const;

private:
    void solve();
    void showProgress(const SolverProgress &p);
    void showResult();
    void applyChanges();
    void updateButtons();
    void showDetails(const QModelIndex &current);
    // The weights, options and time budget are remembered between runs (QSettings).
    void restoreSettings();
    void saveSettings() const;

    PlanSession *m_session;
    AutoAssignRun *m_run;
    AssignmentChangeModel *m_changes;
    QList<qint64> m_selected;

    QRadioButton *m_all, *m_byTrack, *m_byDates, *m_bySelection;
    QComboBox *m_track;
    QDateEdit *m_from, *m_to;
    WeightsForm *m_weights;
    QPushButton *m_keepWeights;
    QSpinBox *m_assistantsAbove;
    QCheckBox *m_replan;
    QDoubleSpinBox *m_budget;
    QPushButton *m_solve, *m_cancel, *m_apply;
    QProgressBar *m_progressBar;
    QLabel *m_progress, *m_summary, *m_details;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QPlainTextEdit *m_unstaffed, *m_demand;
    QTimer *m_clock;
    double m_elapsed = 0;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Planner {

class ComparisonChangesModel;
class ComparisonFiguresModel;
class ScenarioChart;
struct ScenarioComparison;

// Scenarios ▸ Compare…: two to four of the plan and its scenarios side by side for a year:
// the figures (differences tinted better or worse), the cohorts each changes against the
// first (exportable to CSV or XLSX) and a chart of each one's forecast against the target.
// Read on a worker thread.
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const QString &planPath, QWidget *parent = nullptr);
    ~CompareDialog() override;

    QListWidget *choices() const { return m_choices; }
    QComboBox *yearSelector() const { return m_year; }
    QPushButton *compareButton() const { return m_compare; }
    ComparisonFiguresModel *figures() const { return m_figures; }
    ComparisonChangesModel *changes() const { return m_changes; }
    ScenarioChart *chart() const { return m_chart; }
    QLabel *status() const { return m_status; }
    bool isBusy() const { return m_busy; }
    // Ticks the plan ("plan") or the scenarios named, the others unticked.
    void choose(const QStringList &names);
    void compare();
    // Writes the changes shown to path (.csv or .xlsx); the error, or empty.
    QString exportChanges(const QString &path) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateChoices();
    // Shares the changes table's width left by the other columns between "before" and
    // "after" by what their text needs.
    void fitChangeColumns();
    void showComparison(const ScenarioComparison &comparison);

    QString m_planPath;
    QListWidget *m_choices;
    QComboBox *m_year;
    QPushButton *m_compare;
    QPushButton *m_export;
    QTabWidget *m_tabs;
    QTableView *m_figureView;
    QTableView *m_changeView;
    ComparisonFiguresModel *m_figures;
    ComparisonChangesModel *m_changes;
    ScenarioChart *m_chart;
    QLabel *m_status;
    bool m_busy = false;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include "domain/costs.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QTableView;
class QTabWidget;
class QToolButton;

namespace Planner {

class CapacityChart;
class MultiYearChart;
class PlanSession;
class ProgressChart;
class ProgressModel;
class TrackMonthlyChart;
class UtilisationChart;

// The home page: the year's progress against its targets. KPI tiles (each broken down by
// track on hover or click), the charts in tabs, the tracks as a table; filters by year,
// track and district; export of the charts and of the whole page as a one-page PDF.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(PlanSession *session, QWidget *parent = nullptr);

    void markStale();
    ProgressModel *model() const { return m_model; }
    QComboBox *yearSelector() const { return m_year; }
    QComboBox *districtSelector() const { return m_district; }
    QTabWidget *charts() const { return m_tabs; }
    ProgressChart *progressChart() const { return m_progressChart; }
    TrackMonthlyChart *trackChart() const { return m_trackChart; }
    CapacityChart *capacityChart() const { return m_capacityChart; }
    UtilisationChart *utilisationChart() const { return m_utilisationChart; }
    MultiYearChart *multiYearChart() const { return m_multiYearChart; }
    // The text of each tile's value, in order: trained, certified, in training, seats to
    // come, forecast.
    QStringList tileValues() const;
    // Writes the page as a one-page landscape PDF; a Problem naming the file when it cannot.
    Result<> exportPdf(const QString &path) const;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // A long action finished: what the status bar says.
    void statusMessage(const QString &text);

private:
    struct Tile
    {
        QFrame *frame = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };
    Tile addTile(QGridLayout *grid, int column, const QString &caption);
    // A large sum, short: "¥35.2M", "¥3,520万".
    static QString compactMoney(Yuan value);
    void reloadNow();
    void showReport();
    void showCosts();
    void rebuildFilters();
    void applyFilter();
    void exportPdfDialog();

    PlanSession *m_session;
    ProgressModel *m_model;
    QComboBox *m_year;
    QToolButton *m_tracks;
    QComboBox *m_district;
    QLabel *m_status;
    Tile m_trained, m_certified, m_inTraining, m_seats, m_forecast, m_cost;
    QTabWidget *m_tabs;
    ProgressChart *m_progressChart;
    TrackMonthlyChart *m_trackChart;
    CapacityChart *m_capacityChart;
    UtilisationChart *m_utilisationChart;
    MultiYearChart *m_multiYearChart;
    QTableView *m_table;
    bool m_stale = true;
};

} // namespace Planner

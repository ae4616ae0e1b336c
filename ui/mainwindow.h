// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <array>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QThread;

namespace Planner {

class DashboardPage;
class PlanSession;
class TablePage;
class TimelinePage;

// The application window: a navigation list on the left, one page per area on the
// right, the File and Help menus. Wiring only: the session opens plans, the models load
// them, the pages display them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Dashboard, Cohorts, Timeline, Conflicts, Instructors, Trainees, Courses, Venues, Calendar, History, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path; on refusal shows the reason in a message box (interactive) or returns
    // it in *error. Adds the plan to the recent files.
    bool openPlan(const QString &path, QString *error = nullptr);
    // At start-up: the file named on the command line, else the last plan, else a new
    // demo plan in the user's data folder.
    void openInitialPlan(const QString &requestedPath);

    PlanSession *session() const { return m_session; }
    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const { return m_pages[std::size_t(page)]; }
    QListWidget *navigation() const { return m_navigation; }

    // Shows the cohort on the Cohorts page (once its rows are in).
    void goToCohort(qint64 cohortId);

    // Creates a demo plan at path on a worker thread, then opens it.
    void createDemoPlan(const QString &path);

signals:
    // Emitted when a plan has been opened, or a demo creation has failed.
    void planReady();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    TablePage *createConflictsPage();
    void createActions();
    void updateTitle();
    void updateCounts();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void newPlan();
    void newDemoPlan();
    void openDialog();
    void saveCopyAs();
    void importCalendar();
    void showAbout();
    QString dialogFolder() const;

    PlanSession *m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    std::array<QWidget *, PageCount> m_pages{};
    DashboardPage *m_dashboard = nullptr;
    TimelinePage *m_timeline = nullptr;
    std::vector<TablePage *> m_tablePages;
    QLabel *m_countsLabel;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAsAction = nullptr;
    QThread *m_demoThread = nullptr;
};

} // namespace Planner

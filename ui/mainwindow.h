// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QMainWindow>

#include <array>
#include <memory>
#include <optional>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QThread;

namespace Planner {

enum class GoToKind;
enum class ImportKind;
namespace IcsExport {
enum class Scope;
}
namespace Report {
enum class Kind;
}
class BudgetPage;
class CapacityPage;
class DashboardPage;
class EditController;
class GoToDialog;
class FirstSteps;
class GoToIndex;
class HelpDialog;
class PasswordKeeper;
class PlanSession;
class TablePage;
class WelcomePage;
class TimelinePage;

// The application window: a navigation list on the left, one page per area on the
// right, the File and Help menus. Wiring only: the session opens plans, the models load
// them, the pages display them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        Dashboard,
        Capacity,
        Budget,
        Cohorts,
        Timeline,
        Conflicts,
        Instructors,
        Trainees,
        Courses,
        Venues,
        Calendar,
        History,
        PageCount
    };

    explicit MainWindow(QWidget *parent = nullptr);
    // Makes the scenario name of the plan at planPath the plan (ScenarioStore::promote),
    // closing first what this window has open of either, and opens the plan after.
    void promoteScenario(const QString &planPath, const QString &name);
    // The banner shown while a scenario is open (hidden otherwise).
    QLabel *scenarioBanner() const { return m_scenarioBanner; }
    // The banner shown while a server plan's connection is lost (hidden otherwise).
    QLabel *connectionBanner() const { return m_connectionBanner; }
    // File ▸ Open Server Plan…: asks where and as whom (url and problem fill the dialog in:
    // a recent server plan that could not be opened as it was), then opens it.
    // passwordKept: the password kept in the keychain was tried (the dialog's "remember"
    // box starts ticked). A password left empty is looked up in the keychain.
    Result<> openServerPlan(const QString &url = {}, const QString &problem = {},
                            bool passwordKept = false);
    // Where server plans' passwords are kept: the system's keychain unless set (tests set
    // one of their own). A window remade in another language keeps its keeper.
    void setPasswordKeeper(std::shared_ptr<PasswordKeeper> keeper);
    // File ▸ Check Out for Offline Work… (a server plan into a new file, then opened) and
    // File ▸ Synchronise with Server… (a checkout's changes back, SyncDialog).
    void checkOutForOfflineWork(const QString &path = {});
    void synchroniseWithServer();
    // A window on a session another window released (releaseSession): its plan, undo
    // history and backups carry on; the pages show it as soon as they are made.
    explicit MainWindow(PlanSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path and adds it to the recent files, or says why not. Interactive: the
    // reason is also shown in a message box, and the user is offered to open a plan in use
    // read-only and to restore a damaged plan from its newest backup. Quiet: nothing is
    // asked or shown. Interactive callers may drop the result: the user has seen it.
    enum class Prompts { Interactive, Quiet };
    Result<> openPlan(const QString &path, Prompts prompts = Prompts::Interactive);
    // At start-up: the file named on the command line, else the last plan, else a new
    // demo plan in the user's data folder.
    void openInitialPlan(const QString &requestedPath);

    PlanSession *session() const { return m_session; }
    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const { return m_pages[std::size_t(page)]; }
    QListWidget *navigation() const { return m_navigation; }

    // Show the record on its page with its row selected (once the page's rows are in).
    void goToCohort(qint64 cohortId);
    void goToInstructor(qint64 instructorId);
    void goToTrainee(qint64 traineeId);
    void goToCourse(qint64 courseId);
    void goToVenue(qint64 venueId);
    void goTo(GoToKind kind, qint64 id);

    // Go to (Ctrl+K): the popup and the index it searches (rebuilt when a plan opens).
    void showGoTo();
    void showAutoAssign();
    GoToIndex *goToIndex() const { return m_goToIndex; }
    EditController *editController() const { return m_edits; }
    GoToDialog *goToDialog() const { return m_goToDialog; }
    // The table of the page shown that has the focus, else its first; nullptr for none.
    TablePage *currentTablePage() const;

    // Creates a demo plan at path on a worker thread, then opens it.
    void createDemoPlan(const QString &path);

signals:
    // Emitted when a plan has been opened, or a demo creation has failed.
    void planReady();
    // The window was remade in another language (Edit ▸ Preferences): next (deleted on
    // close) has the plan and the undo history; this one is hidden and deleted, so a
    // window that may be remade is made with new.
    void replacedBy(MainWindow *next);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void showRow(Page page, TablePage *table, qint64 id);
    TablePage *createConflictsPage();
    void createActions();
    void updateTitle();
    void updateCounts();
    void planEdited();
    void showUndoHistory();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void newPlan();
    void newDemoPlan();
    void openDialog();
    // A server plan from its URL (a recent plan, the command line): opened with what this
    // process knows (a password given before, or none), else asked for when interactive.
    Result<> openServerUrl(const QString &url, Prompts prompts);
    void saveCopyAs();
    void restoreFromBackup();
    void backUpNow();
    void importCalendar();
    // File ▸ Import… (the import wizard) and File ▸ Export… (one kind to CSV or XLSX).
    void importSpreadsheet();
    // The import wizard, its kind preset when given (File ▸ Import Work Calendar…).
    void runImportWizard(std::optional<ImportKind> kind);
    void exportSpreadsheet();
    // Saves the sessions of a cohort, or an instructor's teaching schedule, as an
    // iCalendar file the user picks.
    void exportCalendar(IcsExport::Scope scope, qint64 id);
    // File ▸ Print… (Ctrl+P): the Reports dialog, on the report that fits the page shown
    // (or kind and record, from a context menu); preview opens Print Preview at once.
    void printReport(std::optional<Report::Kind> kind = std::nullopt, qint64 record = 0,
                     bool preview = false);
    void erasePersonalData(qint64 traineeId);
    void showAbout();
    void showUserGuide();
    void showPreferences();
    // File ▸ Scenarios…: the what-if copies of the plan open (or of the plan whose
    // scenario is open).
    void showScenarios();
    // The banner that says a scenario is open, and of which plan.
    void updateScenarioBanner();
    // A window in the language installed now, on this window's session, page and place.
    void remakeInLanguage();
    void planWasOpened();
    // Shows the page of the navigation's row (the first steps for the dashboard of a plan
    // without cohorts).
    void showStackPage(int page);
    // Opens the demo plan in the application's data folder, made first if not there.
    void openDemoPlan();
    QString dialogFolder() const;

    PlanSession *m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QStackedWidget *m_central = nullptr; // the welcome page, or the navigation and pages
    WelcomePage *m_welcome = nullptr;
    FirstSteps *m_firstSteps = nullptr; // shown for the dashboard while the plan has no cohort
    QWidget *m_setup = nullptr;         // the page holding it
    bool m_settingUp = false;
    std::array<QWidget *, PageCount> m_pages{};
    DashboardPage *m_dashboard = nullptr;
    CapacityPage *m_capacity = nullptr;
    BudgetPage *m_budget = nullptr;
    TimelinePage *m_timeline = nullptr;
    std::vector<TablePage *> m_tablePages;
    TablePage *m_cohortPage = nullptr;
    TablePage *m_conflictsPage = nullptr;
    TablePage *m_instructorPage = nullptr;
    TablePage *m_traineePage = nullptr;
    TablePage *m_coursePage = nullptr;
    TablePage *m_venuePage = nullptr;
    QLabel *m_countsLabel;
    GoToIndex *m_goToIndex;
    GoToDialog *m_goToDialog = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QLabel *m_connectionBanner = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_scenariosAction = nullptr;
    QAction *m_checkOutAction = nullptr;
    QAction *m_syncAction = nullptr;
    QLabel *m_scenarioBanner = nullptr;
    std::shared_ptr<PasswordKeeper> m_passwords;
    PasswordKeeper &passwords();
    QThread *m_demoThread = nullptr;
    HelpDialog *m_help = nullptr; // the user guide, made when first asked for
    EditController *m_edits = nullptr;
    QDialog *m_undoHistory = nullptr;
    // Shown while the open plan is on a network drive or in a cloud-sync folder.
    QLabel *m_locationWarning = nullptr;
};

} // namespace Planner

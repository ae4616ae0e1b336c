// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "autoassigndialog.h"
#include "budgetpage.h"
#include "capacitypage.h"
#include "dashboardpage.h"
#include "editcontroller.h"
#include "elidedtooltips.h"
#include "firststeps.h"
#include "gotodialog.h"
#include "helpdialog.h"
#include "historypage.h"
#include "importwizard.h"
#include "instructordetail.h"
#include "passwordkeeper.h"
#include "preferencesdialog.h"
#include "reportsdialog.h"
#include "restorebackupdialog.h"
#include "rosterpanel.h"
#include "scenariosdialog.h"
#include "serverdialogs.h"
#include "syncdialog.h"
#include "tablepage.h"
#include "timelinepage.h"
#include "traineedetail.h"
#include "welcomepage.h"
#include "windowsize.h"

#include "demo/demoplan.h"
#include "io/icsexport.h"
#include "items/auditdiff.h"
#include "items/cellvalues.h"
#include "items/conflictmodel.h"
#include "items/gotoindex.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"
#include "items/transferjob.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>

#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <climits>

#include <algorithm>

namespace Planner {

namespace {
constexpr int MaxRecentFiles = 8;
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString LastFolderKey = QStringLiteral("lastFolder");

QString planFilter()
{
    return QCoreApplication::translate("Planner::MainWindow",
                                       "Cohort plans (*.cohortplan);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : MainWindow(nullptr, parent) {}

MainWindow::MainWindow(PlanSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session ? session : new PlanSession(this)),
      m_navigation(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_countsLabel(new QLabel(this)), m_goToIndex(new GoToIndex(m_session, this)),
      m_edits(new EditController(m_session, this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/cohortplanner.svg")));
    ElidedToolTips::install();
    createPages();
    createActions();

    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::Window);
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(
            widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 40);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showStackPage);

    // The welcome page while no plan is open, the pages once one is; above them, while a
    // scenario is open, a banner that says so.
    auto *workspace = new QWidget(this);
    auto *workspaceLayout = new QVBoxLayout(workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    m_scenarioBanner = new QLabel(workspace);
    m_scenarioBanner->setObjectName(QStringLiteral("scenarioBanner"));
    m_scenarioBanner->setWordWrap(true);
    m_scenarioBanner->setTextFormat(Qt::RichText);
    m_scenarioBanner->setMargin(6);
    m_scenarioBanner->setAutoFillBackground(true);
    {
        QPalette palette = m_scenarioBanner->palette();
        palette.setColor(QPalette::Window, QColor(0xfd, 0xeb, 0xc8));
        palette.setColor(QPalette::WindowText, QColor(0x5a, 0x3a, 0x00));
        m_scenarioBanner->setPalette(palette);
    }
    m_scenarioBanner->hide();
    connect(m_scenarioBanner, &QLabel::linkActivated, this, [this](const QString &link) {
        const auto owner = PlanSession::scenarioOf(m_session->path());
        if (!owner)
            return;
        if (link == QLatin1String("plan"))
            (void)openPlan(owner->planPath);
        else if (link == QLatin1String("promote") &&
                 QMessageBox::question(
                     this, tr("Make It the Plan"),
                     tr("Make the scenario “%1” the plan?\n\nThe plan as it is now is backed up "
                        "first: File ▸ Restore from Backup… brings it back.")
                         .arg(owner->name)) == QMessageBox::Yes)
            promoteScenario(owner->planPath, owner->name);
        else if (link == QLatin1String("scenarios"))
            showScenarios();
    });
    workspaceLayout->addWidget(m_scenarioBanner);
    // While a server plan's connection is lost: says so, and that it comes back by itself.
    m_connectionBanner = new QLabel(workspace);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setMargin(6);
    m_connectionBanner->setAutoFillBackground(true);
    {
        QPalette palette = m_connectionBanner->palette();
        palette.setColor(QPalette::Window, QColor(0xfb, 0xdc, 0xdc));
        palette.setColor(QPalette::WindowText, QColor(0x7a, 0x10, 0x10));
        m_connectionBanner->setPalette(palette);
    }
    m_connectionBanner->hide();
    workspaceLayout->addWidget(m_connectionBanner);
    auto *body = new QWidget(workspace);
    workspaceLayout->addWidget(body, 1);
    auto *layout = new QHBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    // A plan without cohorts shows its first steps in place of the (empty) dashboard: a
    // page of its own, so the window needs no more height than the dashboard's.
    m_setup = new QWidget(this);
    auto *setupLayout = new QVBoxLayout(m_setup);
    m_firstSteps = new FirstSteps(m_setup);
    setupLayout->addWidget(m_firstSteps);
    setupLayout->addStretch();
    m_stack->addWidget(m_setup);
    connect(m_firstSteps, &FirstSteps::stepChosen, this, [this](FirstSteps::Step step) {
        switch (step) {
        case FirstSteps::Step::Courses:
            showPage(Courses);
            break;
        case FirstSteps::Step::Venues:
            showPage(Venues);
            break;
        case FirstSteps::Step::Instructors:
            showPage(Instructors);
            break;
        case FirstSteps::Step::Calendar:
            importCalendar();
            break;
        case FirstSteps::Step::Targets:
            m_edits->newPlanningYear();
            break;
        case FirstSteps::Step::Cohorts:
            showPage(Cohorts);
            break;
        case FirstSteps::Step::Import:
            importSpreadsheet();
            break;
        }
    });
    layout->addWidget(m_stack, 1);
    m_welcome = new WelcomePage(this);
    m_welcome->setRecentPlans(QSettings().value(RecentFilesKey).toStringList());
    connect(m_welcome, &WelcomePage::newPlanRequested, this, &MainWindow::newPlan);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoPlan);
    connect(m_welcome, &WelcomePage::recentRequested, this,
            [this](const QString &path) { (void)openPlan(path); });
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(workspace);
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_locationWarning = new QLabel(this);
    m_locationWarning->setWordWrap(false);
    m_locationWarning->hide();
    statusBar()->addWidget(m_locationWarning, 1);

    connect(m_session, &PlanSession::planOpened, this, &MainWindow::planWasOpened);
    connect(m_session, &PlanSession::othersChanged, this,
            [this](PlanTables, const QStringList &people) {
                statusBar()->showMessage(
                    tr("Changed on the server by %1: shown now.").arg(people.join(tr(", "))),
                    10000);
            });
    connect(m_session, &PlanSession::connectionLost, this, [this](const QString &message) {
        m_connectionBanner->setText(
            tr("<b>The connection to the server was lost</b> (%1). Cohort Planner connects "
               "again by itself every %n second(s); until then nothing can be changed, and "
               "what you see may be out of date.",
               nullptr, PlanSession::HeartbeatSeconds)
                .arg(message.toHtmlEscaped()));
        m_connectionBanner->show();
    });
    connect(m_session, &PlanSession::connectionRestored, this, [this] {
        m_connectionBanner->hide();
        statusBar()->showMessage(
            tr("Connected to the server again; the changes made meanwhile are shown."), 10000);
    });
    connect(m_session, &PlanSession::backupFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_session, &PlanSession::planClosed, this, [this] {
        m_central->setCurrentIndex(0);
        updateTitle();
        m_saveAsAction->setEnabled(false);
        m_scenariosAction->setEnabled(false);
        m_scenarioBanner->hide();
        m_connectionBanner->hide();
        m_closeAction->setEnabled(false);
        m_printAction->setEnabled(false);
        m_previewAction->setEnabled(false);
        m_importAction->setEnabled(false);
        m_exportAction->setEnabled(false);
        m_locationWarning->hide();
    });
    // Every edit is in the file at once; views reload what they show (the visible page
    // now, the others when shown).
    PlanEditor *editor = m_session->editor();
    connect(editor, &PlanEditor::changed, this, &MainWindow::planEdited);
    connect(editor, &PlanEditor::failed, this, [this](const QString &message) {
        QMessageBox::warning(
            this, tr("Undo failed"),
            tr("%1\n\nThe plan keeps its last saved state; the undo history was cleared.")
                .arg(message));
    });
    connect(editor->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_edits, &EditController::importCalendarRequested, this, &MainWindow::importCalendar);
    connect(m_edits, &EditController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_session, &PlanSession::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the plan: %1").arg(message));
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resizeWithinScreen(this, QSize(1280, 800));
    restoreState(settings.value(StateKey).toByteArray());
    m_navigation->setCurrentRow(Dashboard);
    updateTitle();
    if (session) {
        session->setParent(this);
        if (session->isOpen())
            planWasOpened();
    }
}

void MainWindow::showStackPage(int page)
{
    if (page == Dashboard && m_settingUp)
        m_stack->setCurrentWidget(m_setup);
    else
        m_stack->setCurrentIndex(page);
}

void MainWindow::planWasOpened()
{
    m_central->setCurrentIndex(1);
    m_dashboard->markStale();
    m_capacity->markStale();
    m_budget->markStale();
    m_timeline->markStale();
    for (TablePage *page : m_tablePages)
        page->markStale();
    updateTitle();
    updateScenarioBanner();
    updateCounts();
    m_goToIndex->rebuild();
    // A server plan is kept, backed up and branched on the server: Save As, backups and
    // scenarios work on a checkout of it.
    const bool file = !m_session->isServer();
    const QString onCheckout = file ? QString()
                                    : tr("For a plan on a server, check out a copy (File ▸ "
                                         "Check Out for Offline Work) to do this");
    m_checkOutAction->setEnabled(!file);
    m_syncAction->setEnabled(file && m_session->checkout() && !m_session->isReadOnly());
    if (file && m_session->checkout())
        statusBar()->showMessage(
            tr("Checked out from %1. File ▸ Synchronise with Server sends your changes there.")
                .arg(m_session->checkout()->server),
            10000);
    for (QAction *action : {m_saveAsAction, m_scenariosAction, m_backUpAction})
        action->setStatusTip(onCheckout);
    m_saveAsAction->setEnabled(file);
    m_scenariosAction->setEnabled(file);
    m_backUpAction->setEnabled(file);
    m_closeAction->setEnabled(true);
    m_printAction->setEnabled(true);
    m_previewAction->setEnabled(true);
    m_importAction->setEnabled(!m_session->isReadOnly());
    m_exportAction->setEnabled(true);
    const QString warning = m_session->locationWarning();
    m_locationWarning->setText(QStringLiteral("⚠ ") + warning);
    m_locationWarning->setToolTip(warning);
    m_locationWarning->setVisible(!warning.isEmpty());
}

MainWindow::~MainWindow()
{
    // The undo stack is destroyed with the session, after this window's own parts: it
    // must not call back into them.
    m_session->editor()->undoStack()->disconnect(this);
    m_session->editor()->disconnect(this);
    if (m_demoThread)
        m_demoThread->wait();
}

void MainWindow::createPages()
{
    const QDate today = QDate::currentDate();
    m_dashboard = new DashboardPage(m_session, this);
    connect(m_dashboard, &DashboardPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_capacity = new CapacityPage(m_session, this);
    connect(m_capacity, &CapacityPage::newPlanningYearRequested, m_edits,
            &EditController::newPlanningYear);
    connect(m_capacity, &CapacityPage::generateDraftRequested, m_edits,
            &EditController::generateDraft);
    connect(m_capacity, &CapacityPage::importCalendarRequested, this, &MainWindow::importCalendar);
    m_budget = new BudgetPage(m_session, this);
    connect(m_budget, &BudgetPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_budget, &BudgetPage::cohortActivated, this, &MainWindow::goToCohort);

    auto *cohorts = new CohortTableModel(this);
    auto *cohortPage =
        new TablePage(tr("Cohorts"), cohorts, [this, cohorts] { cohorts->reload(*m_session); });
    cohortPage->setSummaryText([](int n) { return tr("%n cohort(s), all years", nullptr, n); });
    // Beside the cohorts: the chosen cohort's roster and waitlist.
    auto *roster = new RosterPanel(m_session, m_edits, cohortPage);
    roster->setObjectName(QStringLiteral("rosterPanel"));
    cohortPage->addSidePanel(roster);
    connect(cohortPage->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, roster,
            [roster](const QModelIndex &current) {
                // A reload after an edit resets the table for a moment: the pane keeps its
                // cohort (and its selection) until another one is chosen.
                if (current.isValid())
                    roster->showCohort(current.data(TableModelBase::IdRole).toLongLong());
            });

    auto *instructors = new InstructorTableModel(this);
    instructors->setYear(today.year());
    auto *instructorPage = new TablePage(tr("Instructors"), instructors,
                                         [this, instructors] { instructors->reload(*m_session); });
    instructorPage->setSummaryText([instructors](int n) {
        return tr("%n instructor(s); load and leave for %1", nullptr, n).arg(instructors->year());
    });

    // The instructor table with the chosen instructor's calendar and load beside it.
    auto *instructorDetail = new InstructorDetail(m_session, this);
    auto *instructorSplit = new QSplitter(Qt::Horizontal, this);
    instructorSplit->addWidget(instructorPage);
    instructorSplit->addWidget(instructorDetail);
    instructorSplit->setStretchFactor(0, 3);
    instructorSplit->setStretchFactor(1, 1);
    connect(instructorPage->view()->selectionModel(), &QItemSelectionModel::currentRowChanged,
            instructorDetail, [instructorDetail](const QModelIndex &current) {
                instructorDetail->showInstructor(
                    current.isValid() ? current.data(TableModelBase::IdRole).toLongLong() : 0);
            });
    connect(m_session, &PlanSession::planOpened, instructorDetail,
            [instructorDetail] { instructorDetail->showInstructor(0); });

    auto *trainees = new TraineeTableModel(this);
    auto *traineePage =
        new TablePage(tr("Trainees"), trainees, [this, trainees] { trainees->reload(*m_session); });
    traineePage->setSummaryText([](int n) { return tr("%n trainee(s)", nullptr, n); });
    // Beside the trainees: the chosen trainee's cohorts and certificates.
    auto *traineeDetail = new TraineeDetail(m_session, m_edits, traineePage);
    traineeDetail->setObjectName(QStringLiteral("traineeDetail"));
    traineePage->addSidePanel(traineeDetail);
    connect(traineePage->view()->selectionModel(), &QItemSelectionModel::currentRowChanged,
            traineeDetail, [traineeDetail](const QModelIndex &current) {
                if (current.isValid())
                    traineeDetail->showTrainee(current.data(TableModelBase::IdRole).toLongLong());
            });
    // Many trainees at once (e.g. an employer's, found with the filter) into one cohort.
    connect(traineePage, &TablePage::contextMenuRequested, this,
            [this](QMenu *menu, const QList<qint64> &ids) {
                QAction *enroll = menu->addAction(tr("&Enroll in Cohort…"), this, [this, ids] {
                    if (const QString refusal = m_edits->enrollInCohort(ids); !refusal.isEmpty())
                        QMessageBox::warning(this, tr("Not enrolled"), refusal);
                });
                enroll->setEnabled(!ids.isEmpty());
                if (ids.size() == 1 && !m_session->isIdNumberRevealed(ids.first())) {
                    menu->addAction(tr("Show ID Number"), this, [this, id = ids.first()] {
                        if (const QString refusal = m_session->revealIdNumber(id).message();
                            !refusal.isEmpty())
                            QMessageBox::warning(this, tr("ID number not shown"), refusal);
                    });
                }
                if (ids.size() == 1) {
                    menu->addSeparator();
                    QAction *erase =
                        menu->addAction(tr("Erase Personal Data…"), this,
                                        [this, id = ids.first()] { erasePersonalData(id); });
                    erase->setObjectName(QStringLiteral("erasePersonalData"));
                    erase->setEnabled(!m_session->isReadOnly());
                }
            });

    auto *tracks = new TrackTableModel(this);
    auto *trackPage =
        new TablePage(tr("Tracks"), tracks, [this, tracks] { tracks->reload(*m_session); });
    trackPage->setSummaryText([](int n) { return tr("%n track(s)", nullptr, n); });
    auto *courses = new CourseTableModel(this);
    auto *coursePage =
        new TablePage(tr("Courses"), courses, [this, courses] { courses->reload(*m_session); });
    coursePage->setSummaryText([](int n) { return tr("%n course(s)", nullptr, n); });
    auto *targets = new TargetTableModel(this);
    auto *targetPage = new TablePage(tr("Yearly targets"), targets,
                                     [this, targets] { targets->reload(*m_session); });
    targetPage->setSummaryText([](int n) {
        return tr("%n target(s): trainees to train and to certify per year and track", nullptr, n);
    });
    auto *coursesSplit = new QSplitter(Qt::Vertical, this);
    coursesSplit->addWidget(trackPage);
    coursesSplit->addWidget(coursePage);
    coursesSplit->addWidget(targetPage);
    coursesSplit->setStretchFactor(0, 1);
    coursesSplit->setStretchFactor(1, 3);
    coursesSplit->setStretchFactor(2, 1);
    coursesSplit->setSizes({220, 420, 200});

    auto *venues = new VenueTableModel(this);
    auto *venuePage =
        new TablePage(tr("Venues"), venues, [this, venues] { venues->reload(*m_session); });
    venuePage->setSummaryText([](int n) { return tr("%n venue(s)", nullptr, n); });

    auto *calendar = new CalendarTableModel(this);
    auto *calendarPage = new TablePage(tr("Work calendar"), calendar,
                                       [this, calendar] { calendar->reload(*m_session); });
    auto *importButton = new QToolButton(calendarPage);
    importButton->setText(tr("Import…"));
    importButton->setToolTip(tr("Import holidays and make-up working days from a CSV or XLSX file "
                                "(columns date,kind,name,name_zh)"));
    connect(importButton, &QToolButton::clicked, this, &MainWindow::importCalendar);
    calendarPage->addHeaderWidget(importButton);
    calendarPage->setSummaryText([](int n) {
        return tr("%n exception(s) to the Monday–Friday week: public holidays and make-up "
                  "working days",
                  nullptr, n);
    });

    auto *history = new HistoryPage(m_session, this);
    connect(history, &HistoryPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    TablePage *historyPage = history->table();
    // Reveals and exports are History entries without an edit.
    connect(m_session, &PlanSession::auditWritten, historyPage, &TablePage::markStale);

    TablePage *conflictsPage = createConflictsPage();
    // Below the conflicts: the fixes for the one selected.
    auto *fixesBox = new QGroupBox(tr("Suggested fixes for the selected conflict"), this);
    auto *fixes = new QListWidget(fixesBox);
    fixes->setWordWrap(true);
    fixes->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *applyFix = new QPushButton(tr("&Apply fix"), fixesBox);
    applyFix->setObjectName(QStringLiteral("applyFix"));
    applyFix->setEnabled(false);
    auto *fixesHint = new QLabel(
        tr("Double-click a fix or choose Apply fix: it is made as one step you can undo."),
        fixesBox);
    fixesHint->setWordWrap(true);
    auto *fixesButtons = new QHBoxLayout;
    fixesButtons->addWidget(fixesHint, 1);
    fixesButtons->addWidget(applyFix);
    auto *fixesLayout = new QVBoxLayout(fixesBox);
    fixesLayout->addWidget(fixes);
    fixesLayout->addLayout(fixesButtons);
    // The fixes listed, row by row.
    auto shownFixes = std::make_shared<std::vector<FixSuggestion>>();
    auto *conflictsSplit = new QSplitter(Qt::Vertical, this);
    conflictsSplit->addWidget(conflictsPage);
    conflictsSplit->addWidget(fixesBox);
    conflictsSplit->setStretchFactor(0, 3);
    conflictsSplit->setStretchFactor(1, 1);
    auto *conflictModel = static_cast<ConflictModel *>(conflictsPage->model());
    auto showFixes = [fixes, conflictModel, shownFixes](const QModelIndex &current) {
        fixes->clear();
        shownFixes->clear();
        if (!current.isValid())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        *shownFixes = conflictModel->suggestions(current.row());
        QApplication::restoreOverrideCursor();
        for (const FixSuggestion &fix : *shownFixes)
            fixes->addItem(fix.description);
        if (shownFixes->empty())
            fixes->addItem(
                tr("No change of instructor, dates or venue clears this conflict on its own."));
        else
            fixes->setCurrentRow(0);
    };
    connect(conflictsPage->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, fixes,
            showFixes);
    connect(conflictModel, &QAbstractItemModel::modelReset, fixes, [fixes, shownFixes] {
        fixes->clear();
        shownFixes->clear();
    });
    connect(fixes, &QListWidget::currentRowChanged, applyFix, [applyFix, shownFixes](int row) {
        applyFix->setEnabled(row >= 0 && row < int(shownFixes->size()));
    });
    auto applyCurrentFix = [this, fixes, shownFixes] {
        const int row = fixes->currentRow();
        if (row >= 0 && row < int(shownFixes->size()))
            m_edits->applyFix((*shownFixes)[std::size_t(row)]);
    };
    connect(applyFix, &QPushButton::clicked, this, applyCurrentFix);
    connect(fixes, &QListWidget::itemActivated, this, applyCurrentFix);
    // Cohorts with conflicts carry a mark in the cohort table. The check runs as soon as a
    // plan opens (on a worker thread), not only when the Conflicts page is shown.
    connect(conflictModel, &TableModelBase::loaded, cohorts,
            [cohorts, conflictModel] { cohorts->setConflictMarks(conflictModel->cohortMarks()); });
    connect(m_session, &PlanSession::planOpened, conflictModel,
            [this, conflictModel] { conflictModel->reload(*m_session); });

    // The year's cohorts as a Gantt chart; its conflict marks as the cohort table's.
    m_timeline = new TimelinePage(m_session, this);
    connect(m_timeline, &TimelinePage::cohortActivated, this, &MainWindow::goToCohort);
    // A drag is made over the sessions the timeline showed; refused (someone else moved
    // them meanwhile), the timeline shows them as they are now.
    connect(m_timeline, &TimelinePage::moveRequested, this, [this](qint64 id, int days) {
        if (!m_edits->moveCohort(id, days, m_timeline->shownSessions(id)))
            m_timeline->reload();
    });
    connect(m_timeline, &TimelinePage::resizeRequested, this, [this](qint64 id, QDate end) {
        if (!m_edits->resizeCohort(id, end, m_timeline->shownSessions(id)))
            m_timeline->reload();
    });
    connect(m_timeline, &TimelinePage::importCalendarRequested, this, &MainWindow::importCalendar);
    connect(conflictModel, &TableModelBase::loaded, m_timeline, [this, conflictModel] {
        QHash<qint64, int> severities;
        const auto marks = conflictModel->cohortMarks();
        for (auto it = marks.cbegin(); it != marks.cend(); ++it)
            severities.insert(it.key(), it->severity);
        m_timeline->setConflictMarks(std::move(severities));
    });

    m_cohortPage = cohortPage;
    // Calendar files for the calendar apps of instructors and trainees.
    connect(cohortPage, &TablePage::contextMenuRequested, this,
            [this](QMenu *menu, const QList<qint64> &ids) {
                if (ids.size() != 1)
                    return;
                menu->addSeparator();
                menu->addAction(
                    tr("Export Sessions as Calendar (.ics)…"), this,
                    [this, id = ids.first()] { exportCalendar(IcsExport::Scope::Cohort, id); });
                menu->addAction(
                    QIcon::fromTheme(QStringLiteral("document-print")), tr("Print Sign-in Sheets…"),
                    this, [this, id = ids.first()] { printReport(Report::Kind::SignIn, id); });
                menu->addAction(tr("Print Roster…"), this, [this, id = ids.first()] {
                    printReport(Report::Kind::Roster, id);
                });
            });
    connect(instructorPage, &TablePage::contextMenuRequested, this,
            [this](QMenu *menu, const QList<qint64> &ids) {
                if (ids.size() != 1)
                    return;
                menu->addSeparator();
                menu->addAction(
                    tr("Export Teaching Schedule as Calendar (.ics)…"), this,
                    [this, id = ids.first()] { exportCalendar(IcsExport::Scope::Instructor, id); });
                menu->addAction(
                    QIcon::fromTheme(QStringLiteral("document-print")), tr("Print Timetable…"),
                    this, [this, id = ids.first()] { printReport(Report::Kind::Timetable, id); });
            });
    connect(venuePage, &TablePage::contextMenuRequested, this,
            [this](QMenu *menu, const QList<qint64> &ids) {
                if (ids.size() != 1)
                    return;
                menu->addSeparator();
                menu->addAction(
                    tr("Export Bookings as Calendar (.ics)…"), this,
                    [this, id = ids.first()] { exportCalendar(IcsExport::Scope::Venue, id); });
                menu->addAction(QIcon::fromTheme(QStringLiteral("document-print")),
                                tr("Print Bookings…"), this,
                                [this, id = ids.first()] { printReport(Report::Kind::Venue, id); });
            });
    m_conflictsPage = conflictsPage;
    m_instructorPage = instructorPage;
    m_traineePage = traineePage;
    m_coursePage = coursePage;
    m_venuePage = venuePage;
    using Kind = EditController::Kind;
    m_edits->attach(cohortPage, Kind::Cohort);
    m_edits->attach(instructorPage, Kind::Instructor);
    m_edits->attach(traineePage, Kind::Trainee);
    m_edits->attach(trackPage, Kind::Track);
    m_edits->attach(coursePage, Kind::Course);
    m_edits->attach(targetPage, Kind::Target);
    m_edits->attach(venuePage, Kind::Venue);
    m_edits->attach(calendarPage, Kind::CalendarDay);
    m_tablePages = {cohortPage, conflictsPage, instructorPage, traineePage,  trackPage,
                    coursePage, targetPage,    venuePage,      calendarPage, historyPage};
    m_pages = {m_dashboard,     m_capacity,  m_budget,     cohortPage, m_timeline,   conflictsSplit,
               instructorSplit, traineePage, coursesSplit, venuePage,  calendarPage, history};

    struct Entry
    {
        QString name;
        const char *icon;
    };
    const Entry entries[PageCount] = {
        {tr("Dashboard"), "dashboard"},
        {tr("Targets & Capacity"), "capacity"},
        {tr("Budget"), "budget"},
        {tr("Cohorts"), "cohorts"},
        {tr("Timeline"), "timeline"},
        {tr("Conflicts"), "conflicts"},
        {tr("Instructors"), "instructors"},
        {tr("Trainees"), "trainees"},
        {tr("Courses & Tracks"), "courses"},
        {tr("Venues"), "venues"},
        {tr("Calendar"), "calendar"},
        {tr("History"), "history"},
    };
    for (int i = 0; i < PageCount; ++i) {
        m_stack->addWidget(m_pages[std::size_t(i)]);
        auto *item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(entries[i].icon))),
            entries[i].name, m_navigation);
        item->setSizeHint(QSize(0, 36));
    }
}

TablePage *MainWindow::createConflictsPage()
{
    auto *conflicts = new ConflictModel(this);
    auto *page = new TablePage(tr("Conflicts"), conflicts,
                               [this, conflicts] { conflicts->reload(*m_session); });
    page->setSummaryText([conflicts](int n) {
        const ConflictEngine &engine = conflicts->engine();
        return tr("%n conflict(s) shown: %1 blocking and %2 warnings in the whole plan. "
                  "Double-click one to go to its cohort.",
                  nullptr, n)
            .arg(engine.count(Severity::Block))
            .arg(engine.count(Severity::Warn));
    });
    auto *rule = new QComboBox(page);
    rule->addItem(tr("All rules"));
    for (int r = 0; r < ConflictRuleCount; ++r)
        rule->addItem(displayName(ConflictRule(r)), r);
    auto *severity = new QComboBox(page);
    severity->addItem(tr("Blocking and warnings"));
    severity->addItem(displayName(Severity::Block), int(Severity::Block));
    severity->addItem(displayName(Severity::Warn), int(Severity::Warn));
    auto applyFilter = [conflicts, rule, severity] {
        std::optional<ConflictRule> r;
        std::optional<Severity> s;
        if (rule->currentData().isValid())
            r = ConflictRule(rule->currentData().toInt());
        if (severity->currentData().isValid())
            s = Severity(severity->currentData().toInt());
        conflicts->setFilter(r, s);
    };
    connect(rule, &QComboBox::currentIndexChanged, page, applyFilter);
    connect(severity, &QComboBox::currentIndexChanged, page, applyFilter);
    page->addHeaderWidget(new QLabel(tr("Rule:"), page));
    page->addHeaderWidget(rule);
    page->addHeaderWidget(new QLabel(tr("Severity:"), page));
    page->addHeaderWidget(severity);
    connect(page->view(), &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const qint64 cohort = index.data(ConflictModel::CohortIdRole).toLongLong();
        if (cohort != 0)
            goToCohort(cohort);
    });
    return page;
}

void MainWindow::showRow(Page page, TablePage *table, qint64 id)
{
    showPage(page);
    if (table->model()->isLoaded() && !table->isLoading()) {
        table->selectId(id);
        table->view()->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(table->model(), &TableModelBase::loaded, table, [table, id, connection] {
        QObject::disconnect(*connection);
        table->selectId(id);
        table->view()->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::goToCohort(qint64 cohortId)
{
    showRow(Cohorts, m_cohortPage, cohortId);
}

void MainWindow::goToInstructor(qint64 instructorId)
{
    showRow(Instructors, m_instructorPage, instructorId);
}

void MainWindow::goToTrainee(qint64 traineeId)
{
    showRow(Trainees, m_traineePage, traineeId);
}

void MainWindow::goToCourse(qint64 courseId)
{
    showRow(Courses, m_coursePage, courseId);
}

void MainWindow::goToVenue(qint64 venueId)
{
    showRow(Venues, m_venuePage, venueId);
}

void MainWindow::goTo(GoToKind kind, qint64 id)
{
    switch (kind) {
    case GoToKind::Cohort:
        goToCohort(id);
        break;
    case GoToKind::Instructor:
        goToInstructor(id);
        break;
    case GoToKind::Trainee:
        goToTrainee(id);
        break;
    case GoToKind::Course:
        goToCourse(id);
        break;
    case GoToKind::Venue:
        goToVenue(id);
        break;
    }
}

void MainWindow::showGoTo()
{
    if (!m_session->isOpen())
        return;
    if (!m_goToDialog) {
        m_goToDialog = new GoToDialog(m_goToIndex, this);
        connect(m_goToDialog, &GoToDialog::entryChosen, this, &MainWindow::goTo);
    }
    m_goToDialog->popup();
}

void MainWindow::showAutoAssign()
{
    if (!m_session->isOpen())
        return;
    // The cohorts selected on the Cohorts page are offered as the scope.
    const QList<qint64> selected = m_cohortPage ? m_cohortPage->selectedIds() : QList<qint64>();
    AutoAssignDialog dialog(m_session, currentPage() == Cohorts ? selected : QList<qint64>(), this);
    dialog.exec();
}

TablePage *MainWindow::currentTablePage() const
{
    QWidget *page = m_pages[std::size_t(currentPage())];
    if (!page)
        return nullptr;
    QList<TablePage *> tables = page->findChildren<TablePage *>();
    if (auto *table = qobject_cast<TablePage *>(page))
        tables.prepend(table);
    for (TablePage *table : tables) {
        if (table->isAncestorOf(QApplication::focusWidget()))
            return table;
    }
    return tables.value(0);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                         tr("&New Plan…"), this, &MainWindow::newPlan);
    newAction->setShortcut(QKeySequence::New);
    file->addAction(tr("New &Demo Plan…"), this, &MainWindow::newDemoPlan);
    QAction *openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                          tr("&Open…"), this, &MainWindow::openDialog);
    openAction->setShortcut(QKeySequence::Open);
    QAction *openServer =
        file->addAction(tr("Open &Server Plan…"), this, [this] { (void)openServerPlan(); });
    openServer->setObjectName(QStringLiteral("openServerPlan"));
    openServer->setToolTip(tr("Open a plan your team keeps on a PostgreSQL server"));
    m_checkOutAction = file->addAction(tr("Chec&k Out for Offline Work…"), this,
                                       [this] { checkOutForOfflineWork(); });
    m_checkOutAction->setObjectName(QStringLiteral("checkOut"));
    m_checkOutAction->setToolTip(tr("Copy the server plan into a plan file to work on without "
                                    "the server; synchronise it when you are back"));
    m_checkOutAction->setEnabled(false);
    m_syncAction =
        file->addAction(tr("S&ynchronise with Server…"), this, &MainWindow::synchroniseWithServer);
    m_syncAction->setObjectName(QStringLiteral("synchronise"));
    m_syncAction->setToolTip(tr("Send the changes made in this checkout to its server and "
                                "receive everyone else's"));
    m_syncAction->setEnabled(false);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::importSpreadsheet);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import trainees, enrollments, instructors, qualifications, "
                                  "leave, cohorts or sessions from CSV or Excel"));
    m_importAction->setEnabled(false);
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportSpreadsheet);
    m_exportAction->setObjectName(QStringLiteral("exportSpreadsheet"));
    m_exportAction->setEnabled(false);
    file->addAction(tr("Import Work &Calendar…"), this, &MainWindow::importCalendar);
    file->addSeparator();
    m_printAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-print")),
                                    tr("&Print…"), this, [this] { printReport(); });
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setObjectName(QStringLiteral("printReport"));
    m_printAction->setToolTip(tr("Print the year's plan, timetables, venue bookings, sign-in "
                                 "sheets, a roster or the certification list, or save it as PDF"));
    m_printAction->setEnabled(false);
    m_previewAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-print-preview")),
                                      tr("Print Pre&view…"), this,
                                      [this] { printReport(std::nullopt, 0, true); });
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_previewAction->setEnabled(false);
    file->addSeparator();
    m_saveAsAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                     tr("Save &As…"), this, &MainWindow::saveCopyAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setEnabled(false);
    QAction *backupAction = file->addAction(tr("Back &Up Now"), this, &MainWindow::backUpNow);
    m_backUpAction = backupAction;
    backupAction->setObjectName(QStringLiteral("backUpNow"));
    backupAction->setToolTip(
        tr("Make a checked backup of the plan now, beside the automatic ones"));
    file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreFromBackup);
    m_scenariosAction = file->addAction(tr("Sce&narios…"), this, &MainWindow::showScenarios);
    m_scenariosAction->setObjectName(QStringLiteral("scenarios"));
    m_scenariosAction->setToolTip(
        tr("What-if copies of the plan: create, open, compare and make one the plan"));
    m_scenariosAction->setEnabled(false);
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Plan"), this, [this] { m_session->close(); });
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setObjectName(QStringLiteral("closePlan"));
    m_closeAction->setEnabled(false);
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *undoStack = m_session->editor()->undoStack();
    QAction *undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addAction(tr("Undo &History"), this, &MainWindow::showUndoHistory);
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                                    tr("&Filter Rows"), this, [this] {
                                        if (TablePage *table = currentTablePage())
                                            table->focusFilter();
                                    });
    find->setShortcut(QKeySequence::Find);
    QAction *goTo = edit->addAction(QIcon::fromTheme(QStringLiteral("go-jump")), tr("&Go to…"),
                                    this, &MainWindow::showGoTo);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    edit->addSeparator();
    edit->addAction(tr("&Auto-assign Instructors…"), this, &MainWindow::showAutoAssign);
    QAction *newYear =
        edit->addAction(tr("New &Planning Year…"), m_edits, &EditController::newPlanningYear);
    newYear->setObjectName(QStringLiteral("newPlanningYear"));
    newYear->setToolTip(
        tr("Start next year from this year's targets: what lapses, what is missing"));
    edit->addSeparator();
    QAction *preferences = edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                           tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("preferences"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        // "Courses & Tracks": an ampersand in a menu marks the shortcut letter unless doubled.
        QAction *go = view->addAction(
            m_navigation->item(i)->icon(),
            m_navigation->item(i)->text().replace(QLatin1Char('&'), QStringLiteral("&&")), this,
            [this, i] { showPage(Page(i)); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page.
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        else if (i == 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")),
                                     tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuide"));
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Cohort Planner"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_navigation->currentRow());
}

Result<> MainWindow::openPlan(const QString &path, Prompts prompts)
{
    if (PlanSession::isServerUrl(path))
        return openServerUrl(path, prompts);
    if (m_session->isOpen() && QFileInfo(path).absoluteFilePath() == m_session->path())
        return {}; // already open here
    const bool interactive = prompts == Prompts::Interactive;
    PlanDatabase::Mode mode = PlanDatabase::Mode::ReadWrite;
    // One writer per plan: if another instance is editing it, offer to look at it.
    if (const QString holder = PlanDatabase::lockHolder(path); !holder.isEmpty() && interactive) {
        const auto answer = QMessageBox::question(
            this, tr("Plan in use"),
            tr("“%1” is open for editing in another Cohort Planner (%2).\n\nOpen it read-only?")
                .arg(QDir::toNativeSeparators(path), holder));
        if (answer != QMessageBox::Yes)
            return Problem::of(tr("“%1” is open for editing in another Cohort Planner (%2).")
                                   .arg(QDir::toNativeSeparators(path), holder));
        mode = PlanDatabase::Mode::ReadOnly;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<void, PlanDatabase::Refused> opened = m_session->open(path, mode);
    QApplication::restoreOverrideCursor();
    if (!opened && opened.problem().kind == PlanDatabase::Refusal::Damaged && interactive) {
        const auto recovery =
            RestoreBackupDialog::offerNewestBackup(this, m_session, path, opened.message());
        if (recovery == RestoreBackupDialog::Recovery::Declined ||
            recovery == RestoreBackupDialog::Recovery::Failed)
            return opened.problem();
        if (recovery == RestoreBackupDialog::Recovery::Restored)
            opened = {};
    }
    if (!opened) {
        if (interactive)
            QMessageBox::warning(this, tr("Cannot open the plan"), opened.message());
        return opened.problem();
    }
    if (m_session->plan()->migratedFrom() >= 0)
        statusBar()->showMessage(
            tr("The plan was upgraded from format %1; the original is kept "
               "at %2")
                .arg(m_session->plan()->migratedFrom())
                .arg(QDir::toNativeSeparators(m_session->plan()->backupPath())));
    addRecentFile(m_session->path());
    emit planReady();
    return {};
}

void MainWindow::setPasswordKeeper(std::shared_ptr<PasswordKeeper> keeper)
{
    m_passwords = std::move(keeper);
}

PasswordKeeper &MainWindow::passwords()
{
    if (!m_passwords)
        m_passwords = PasswordKeeper::system();
    return *m_passwords;
}

Result<> MainWindow::openServerUrl(const QString &url, Prompts prompts)
{
    const Result<ServerAddress> address = ServerAddress::parse(url);
    Result<> opened = address ? Result<>{} : Result<>(address.problem());
    bool kept = false;
    if (address) {
        if (m_session->isOpen() && m_session->path() == address->displayUrl())
            return {}; // already open here
        ServerAddress login = *address;
        if (login.password.isEmpty()) {
            // A password kept in the keychain, if any. Without one (or without a keychain)
            // the server is asked without a password: it may not need one.
            const Result<QString> password = passwords().read(login.displayUrl());
            kept = password && !password->isEmpty();
            if (kept)
                login.password = *password;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        opened = m_session->openServer(login, ServerPlan::Mode::ReadWrite);
        QApplication::restoreOverrideCursor();
    }
    if (opened) {
        addRecentFile(m_session->path());
        emit planReady();
        return {};
    }
    if (prompts == Prompts::Quiet)
        return opened;
    return openServerPlan(url, opened.message(), kept);
}

Result<> MainWindow::openServerPlan(const QString &url, const QString &problem, bool passwordKept)
{
    OpenServerDialog dialog(this);
    if (!url.isEmpty())
        dialog.setAddress(url, problem);
    dialog.setRememberPassword(passwordKept);
    while (dialog.exec() == QDialog::Accepted) {
        Result<ServerAddress> address = dialog.address();
        if (!address) {
            dialog.showProblem(address.message());
            continue;
        }
        const QString account = address->displayUrl();
        const bool typed = !dialog.passwordField()->text().isEmpty();
        if (!typed && address->password.isEmpty())
            if (const Result<QString> password = passwords().read(account);
                password && !password->isEmpty())
                address->password = *password;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Result<> opened = m_session->openServer(
            *address, dialog.readOnly() ? ServerPlan::Mode::ReadOnly : ServerPlan::Mode::ReadWrite);
        QApplication::restoreOverrideCursor();
        if (!opened) {
            dialog.showProblem(opened.message());
            continue;
        }
        // The keychain: the password typed, kept when asked to; the one kept before,
        // forgotten when its ticked box was unticked. A keychain that fails costs only the
        // keeping.
        Result<> keeping;
        if (dialog.rememberPassword() && typed)
            keeping = passwords().write(account, address->password);
        else if (!dialog.rememberPassword() && passwordKept)
            keeping = passwords().forget(account);
        addRecentFile(m_session->path());
        emit planReady();
        if (!keeping)
            statusBar()->showMessage(tr("The password was not kept: %1").arg(keeping.message()),
                                     15000);
        return {};
    }
    return Problem::of(tr("No server plan was opened."));
}

void MainWindow::openInitialPlan(const QString &requestedPath)
{
    if (!requestedPath.isEmpty()) {
        (void)openPlan(requestedPath);
        return;
    }
    const QStringList recent = QSettings().value(RecentFilesKey).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
        const Result<> opened = openPlan(recent.first(), Prompts::Quiet);
        if (opened)
            return;
        statusBar()->showMessage(opened.message());
    }
    // Otherwise the welcome page (shown since the window was made) offers the choices.
}

void MainWindow::openDemoPlan()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString demo = QDir(folder).filePath(QStringLiteral("demo.cohortplan"));
    if (QFileInfo::exists(demo) && openPlan(demo))
        return;
    createDemoPlan(demo);
}

void MainWindow::createDemoPlan(const QString &path)
{
    if (m_demoThread)
        return;
    statusBar()->showMessage(tr("Creating the demo plan…"));
    auto error = std::make_shared<QString>();
    m_demoThread = QThread::create(
        [path, error] { *error = DemoPlan::write(path, DemoPlan::defaultOptions()).message(); });
    connect(m_demoThread, &QThread::finished, this, [this, path, error] {
        m_demoThread->deleteLater();
        m_demoThread = nullptr;
        statusBar()->clearMessage();
        if (!error->isEmpty()) {
            QMessageBox::warning(this, tr("Cannot create the demo plan"), *error);
            emit planReady();
            return;
        }
        (void)openPlan(path);
    });
    m_demoThread->start();
}

void MainWindow::newPlan()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Plan"), QDir(dialogFolder()).filePath(tr("plan.cohortplan")), planFilter());
    if (path.isEmpty())
        return;
    const QString error = PlanSession::createEmptyPlan(path).message();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot create the plan"), error);
        return;
    }
    (void)openPlan(path);
}

void MainWindow::newDemoPlan()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Demo Plan"), QDir(dialogFolder()).filePath(tr("demo.cohortplan")),
        planFilter());
    if (!path.isEmpty())
        createDemoPlan(path);
}

void MainWindow::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Plan"), dialogFolder(), planFilter());
    if (!path.isEmpty())
        (void)openPlan(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_session->isOpen())
        return;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Plan As"), dialogFolder(), planFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cohortplan");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<> saved = m_session->plan()->saveCopyAs(path);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save the plan"), saved.message());
        return;
    }
    // Like every "Save As", go on working in the new file.
    (void)openPlan(path);
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::checkOutForOfflineWork(const QString &target)
{
    if (!m_session->isServer())
        return;
    QString path = target;
    if (path.isEmpty()) {
        const QString name =
            m_session->server()->address().database + QStringLiteral(".cohortplan");
        path = QFileDialog::getSaveFileName(this, tr("Check Out for Offline Work"),
                                            QDir(dialogFolder()).filePath(name), planFilter(),
                                            nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".cohortplan");
    }
    auto *progress =
        new QProgressDialog(tr("Copying the plan from the server…"), QString(), 0, 0, this);
    progress->setWindowTitle(tr("Check Out for Offline Work"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    m_checkOutAction->setEnabled(false);
    m_session->checkOut(this, path, [this, path, progress](Result<ServerSync::CheckedOut> copied) {
        progress->deleteLater();
        m_checkOutAction->setEnabled(m_session->isServer());
        if (!copied) {
            QMessageBox::warning(this, tr("Cannot check the plan out"), copied.message());
            return;
        }
        const auto answer = QMessageBox::question(
            this, tr("Checked Out"),
            tr("The plan is copied into %1 (%n record(s)). Work on it anywhere, then choose "
               "File ▸ Synchronise with Server to send your changes and receive everyone "
               "else's. Open the copy now?",
               nullptr, int(std::min<qint64>(copied->rows, INT_MAX)))
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer == QMessageBox::Open)
            (void)openPlan(path);
    });
}

void MainWindow::synchroniseWithServer()
{
    if (!m_session->checkout())
        return;
    SyncDialog dialog(m_session, this);
    connect(&dialog, &SyncDialog::synchronised, this, [this, &dialog] {
        if (dialog.report() && dialog.report()->committed)
            planEdited();
    });
    dialog.exec();
}

void MainWindow::backUpNow()
{
    if (!m_session->isOpen())
        return;
    if (m_session->isReadOnly()) {
        QMessageBox::information(
            this, tr("Back Up Now"),
            tr("The plan is open read-only: backups are made by the instance that edits it."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_session->waitForBackup(); // one copy at a time
    const Result<BackupStore::Entry> made = m_session->backupNow();
    QApplication::restoreOverrideCursor();
    if (!made) {
        QMessageBox::warning(this, tr("Cannot back up the plan"), made.message());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(made->path)), 8000);
}

void MainWindow::restoreFromBackup()
{
    if (!m_session->isOpen())
        return;
    const QString path = m_session->path();
    // The backup taken on open may still be being written: list it too.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_session->waitForBackup();
    QApplication::restoreOverrideCursor();
    RestoreBackupDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = m_session->restoreBackup(path, dialog.selectedBackup(), false).message();
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot restore the backup"), error);
        if (!m_session->isOpen())
            (void)openPlan(path);
        return;
    }
    statusBar()->showMessage(tr("Restored from the backup; the plan as it was is kept beside it."),
                             8000);
}

void MainWindow::importCalendar()
{
    // The import wizard with its kind chosen: the same reading (CSV or XLSX, any
    // encoding), checks, dry run and single transaction as every other import.
    runImportWizard(ImportKind::Calendar);
}

void MainWindow::importSpreadsheet()
{
    runImportWizard(std::nullopt);
}

void MainWindow::runImportWizard(std::optional<ImportKind> kind)
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return;
    ImportWizard wizard(m_session->path(), dialogFolder(), this);
    if (kind)
        wizard.setKind(*kind);
    wizard.exec();
    if (!wizard.hasImported())
        return;
    // The import is one undo step, each record in the History.
    const ImportResult &r = wizard.result();
    m_session->importWritten(r, QFileInfo(wizard.file()).fileName());
    statusBar()->showMessage(
        tr("Imported %1: %2 new, %3 updated, %4 skipped. Edit ▸ Undo takes the import back.")
            .arg(ImportRules::displayName(r.kind))
            .arg(r.imported)
            .arg(r.updated)
            .arg(r.skipped),
        10000);
    planEdited();
}

void MainWindow::exportSpreadsheet()
{
    if (!m_session->isOpen())
        return;
    QStringList kinds;
    for (int k = 0; k < ImportKindCount; ++k)
        kinds << ImportRules::displayName(ImportKind(k));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Export"), tr("Export these records, in the columns an import reads back:"), kinds,
        0, false, &ok);
    if (!ok)
        return;
    const auto kind = ImportKind(kinds.indexOf(chosen));
    // People's data: the ID numbers go out in full only when the coordinator says so, and
    // the export is recorded in the History.
    Exporter::Options options;
    if (Exporter::holdsPersonalData(kind)) {
        QMessageBox ask(
            QMessageBox::Question, tr("Export personal data"),
            tr("The file will hold people's personal data. Their ID numbers are masked "
               "(110108********1234) unless you include them; a file with masked numbers cannot "
               "be imported back."),
            QMessageBox::Cancel, this);
        ask.setInformativeText(tr("The export is recorded in the plan's History."));
        auto *include = new QCheckBox(tr("Include the full ID numbers"), &ask);
        ask.setCheckBox(include);
        QPushButton *go = ask.addButton(tr("Export…"), QMessageBox::AcceptRole);
        ask.setDefaultButton(go);
        ask.exec();
        if (ask.clickedButton() != go)
            return;
        options.includeIdNumbers = include->isChecked();
        if (options.includeIdNumbers && m_session->isReadOnly()) {
            QMessageBox::warning(
                this, tr("Cannot export"),
                tr("The plan is open read-only, so its History cannot record an export with the "
                   "full ID numbers. Open the plan for editing, or export with the numbers "
                   "masked."));
            return;
        }
    }
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir(dialogFolder()).filePath(toKey(kind) + QStringLiteral(".csv")),
        tr("CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)"), &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter.contains(QLatin1String("xlsx")) ? QStringLiteral(".xlsx")
                                                               : QStringLiteral(".csv");
    TransferJob job;
    QProgressDialog progress(tr("Exporting %1…").arg(chosen), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&job, &TransferJob::progress, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &job, &TransferJob::cancel);
    QEventLoop loop;
    connect(&job, &TransferJob::finished, &loop, &QEventLoop::quit);
    job.startExport(m_session->path(), kind, path, options);
    loop.exec();
    progress.reset();
    const Result<int> &result = job.exportResult();
    if (!result) {
        QMessageBox::warning(this, tr("Cannot export"), result.message());
        return;
    }
    if (Exporter::holdsPersonalData(kind) && !m_session->isReadOnly()) {
        if (const Result<> recorded =
                m_session->recordExport(kind, path, *result, options.includeIdNumbers);
            !recorded)
            QMessageBox::warning(
                this, tr("Export not recorded"),
                tr("The file was written, but the plan's History could not record it: %1")
                    .arg(recorded.message()));
    }
    statusBar()->showMessage(
        tr("Exported %n row(s) to %1.", nullptr, *result).arg(QDir::toNativeSeparators(path)),
        8000);
}

void MainWindow::erasePersonalData(qint64 traineeId)
{
    if (!m_session->isOpen())
        return;
    TableModelBase *trainees = m_traineePage->model();
    QString name =
        trainees->index(trainees->rowOfId(traineeId), TraineeTableModel::Name).data().toString();
    if (name.isEmpty())
        name = tr("this trainee");
    m_session->findPersonalData(
        this, traineeId, [this, traineeId, name](std::vector<PersonalData::Place> places) {
            QStringList lines;
            for (const PersonalData::Place &p : places)
                lines << QStringLiteral("• ") + personalDataPlaceLabel(p);
            QMessageBox ask(QMessageBox::Warning, tr("Erase Personal Data"),
                            tr("Erase the personal data of %1 from the plan?").arg(name),
                            QMessageBox::Cancel, this);
            ask.setInformativeText(
                tr("The plan holds it here:\n%1\n\nThe name becomes “%2”; the ID number, employer, "
                   "e-mail and phone are "
                   "removed, also from the History. The enrollments and results stay, without the "
                   "name, so the "
                   "programme's counts stay true. This cannot be undone, and the undo history is "
                   "cleared.")
                    .arg(lines.join(QLatin1Char('\n')),
                         Cells::traineeName(QLatin1String(PersonalData::ErasedName))));
            auto *backups = new QCheckBox(
                tr("Also delete the plan's older backups, which still hold the data (a new "
                   "backup is made first)"),
                &ask);
            backups->setChecked(true);
            // A server plan's backups are its administrator's.
            if (m_session->isServer())
                backups->hide();
            else
                ask.setCheckBox(backups);
            QPushButton *go = ask.addButton(tr("Erase"), QMessageBox::DestructiveRole);
            ask.exec();
            if (ask.clickedButton() != go)
                return;
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const QString problem =
                m_session->eraseTrainee(traineeId, backups->isChecked() && !m_session->isServer())
                    .message();
            QApplication::restoreOverrideCursor();
            if (!problem.isEmpty()) {
                QMessageBox::warning(this, tr("Erase Personal Data"), problem);
                return;
            }
            statusBar()->showMessage(tr("Erased the personal data of %1.").arg(name), 8000);
        });
}

void MainWindow::printReport(std::optional<Report::Kind> kind, qint64 record, bool preview)
{
    if (!m_session->isOpen())
        return;
    if (!kind) {
        // The report that fits the page shown, for the row selected there.
        const auto first = [](TablePage *page) {
            const QList<qint64> ids = page ? page->selectedIds() : QList<qint64>{};
            return ids.isEmpty() ? qint64(0) : ids.first();
        };
        switch (currentPage()) {
        case Cohorts:
            kind = first(m_cohortPage) != 0 ? Report::Kind::SignIn : Report::Kind::Plan;
            record = first(m_cohortPage);
            break;
        case Instructors:
            kind = Report::Kind::Timetable;
            record = first(m_instructorPage);
            break;
        case Venues:
            kind = Report::Kind::Venue;
            record = first(m_venuePage);
            break;
        case Trainees:
            kind = Report::Kind::Certifications;
            break;
        case Capacity:
            kind = Report::Kind::Capacity;
            break;
        default:
            kind = Report::Kind::Plan;
            break;
        }
    }
    ReportsDialog dialog(m_session, this);
    if (currentPage() == Timeline)
        dialog.yearField()->setProperty("value", m_timeline->year());
    dialog.select(*kind, record);
    if (preview)
        QTimer::singleShot(0, &dialog, &ReportsDialog::preview);
    dialog.exec();
}

void MainWindow::exportCalendar(IcsExport::Scope scope, qint64 id)
{
    if (!m_session->isOpen())
        return;
    const Result<IcsExport::Export> calendar = m_session->calendarOf(scope, Id(id));
    if (!calendar) {
        QMessageBox::warning(this, tr("Cannot export the calendar"), calendar.message());
        return;
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Calendar"),
        QDir(dialogFolder()).filePath(IcsExport::suggestedFileName(calendar->calendar)),
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    if (const Result<> saved = m_session->saveCalendar(*calendar, path); !saved) {
        QMessageBox::warning(this, tr("Cannot export the calendar"), saved.message());
        return;
    }
    QString message =
        tr("Saved %n session(s) to %1", nullptr, int(calendar->calendar.events.size()))
            .arg(QDir::toNativeSeparators(path));
    if (calendar->changed > 0)
        message +=
            QLatin1Char(' ') + tr("(%n changed since the last export)", nullptr, calendar->changed);
    if (calendar->cancelled > 0)
        message += QLatin1Char(' ') + tr("(%n cancelled)", nullptr, calendar->cancelled);
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showUserGuide()
{
    // The section about the page shown.
    static const char *const sections[PageCount] = {
        "progress", "target",   "budget", "cohorts", "cohorts", "conflicts",
        "staff",    "trainees", "setup",  "setup",   "setup",   "safety",
    };
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showSection(QLatin1String(sections[currentPage()]));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showPreferences()
{
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences after = dialog.preferences();
    after.save();
    after.apply();
    statusBar()->showMessage(tr("Preferences saved."), 5000);
    // New severities: the conflicts are checked again (on the worker), marks and all.
    if (after.severities != before.severities && m_session->isOpen()) {
        if (auto *conflicts = findChild<ConflictModel *>())
            conflicts->reload(*m_session);
    }
    if (after.language != before.language)
        // After this dialog's event: the window goes, and the dialog with it.
        QMetaObject::invokeMethod(this, &MainWindow::remakeInLanguage, Qt::QueuedConnection);
}

void MainWindow::remakeInLanguage()
{
    // The session leaves this window with everything it holds: the plan stays open, the
    // undo history and the backups' timer carry on. This window's parts let go of it first.
    PlanSession *session = m_session;
    session->disconnect(this);
    session->editor()->disconnect(this);
    session->editor()->undoStack()->disconnect(this);
    m_session = new PlanSession(this); // an empty one for what is left of this window
    auto *next = new MainWindow(session);
    next->m_passwords = m_passwords;
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->restoreGeometry(saveGeometry());
    next->showPage(currentPage());
    next->show();
    emit replacedBy(next);
    hide();
    deleteLater(); // its pages still point at the session, which now lives in next
}

void MainWindow::showAbout()
{
    const QString plan = m_session->isOpen()
                             ? tr("<p>The plan open: %1</p>")
                                   .arg(QDir::toNativeSeparators(m_session->path()).toHtmlEscaped())
                             : QString();
    QMessageBox::about(
        this, tr("About Cohort Planner"),
        tr("<h3>Cohort Planner %1</h3>"
           "<p>Plans the cohorts, instructors and trainees of engineer training programmes "
           "against their yearly targets.</p>"
           "<p>Copyright © 2026 the Cohort Planner developers.<br>"
           "Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>Built on: Qt %2 (LGPL-3.0), SQLite %3 (public domain), QCustomPlot (GPL-3.0), "
           "LEMON (Boost Software License), GLPK (GPL-3.0), libxlsxwriter (BSD-2-Clause), "
           "minizip (zlib licence), libical (LGPL-2.1 or MPL-2.0).</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                     PlanSession::storageVersion()) +
            plan);
}

void MainWindow::updateTitle()
{
    if (!m_session->isOpen()) {
        setWindowFilePath({});
        setWindowTitle(tr("Cohort Planner"));
        return;
    }
    const QFileInfo info(m_session->path());
    // A scenario is named as one, with its plan; a server plan by its database and host.
    QString name = info.fileName();
    if (const ServerPlan *server = m_session->server())
        name =
            tr("%1 on %2")
                .arg(server->address().database, server->address().host.startsWith(QLatin1Char('/'))
                                                     ? tr("this computer")
                                                     : server->address().host);
    if (const auto owner = PlanSession::scenarioOf(m_session->path()))
        name = tr("Scenario “%1” of %2").arg(owner->name, QFileInfo(owner->planPath).fileName());
    // [*]: changed since opened (every change is already in the file; the mark says
    // there is something to undo).
    QString title = tr("%1[*] — Cohort Planner").arg(name);
    if (m_session->isReadOnly())
        title = tr("%1 (read-only) — Cohort Planner").arg(name);
    setWindowFilePath(m_session->isServer() ? QString() : m_session->path());
    setWindowTitle(title);
    setWindowModified(!m_session->editor()->undoStack()->isClean());
}

void MainWindow::updateScenarioBanner()
{
    const auto owner =
        m_session->isOpen() ? PlanSession::scenarioOf(m_session->path()) : std::nullopt;
    m_scenarioBanner->setVisible(owner.has_value());
    if (!owner)
        return;
    m_scenarioBanner->setText(
        tr("<b>Scenario “%1”</b> of %2: what you change here never touches the plan. "
           "<a href=\"plan\">Back to the plan</a> · <a href=\"scenarios\">Scenarios…</a> · "
           "<a href=\"promote\">Make it the plan…</a>")
            .arg(owner->name.toHtmlEscaped(),
                 QFileInfo(owner->planPath).fileName().toHtmlEscaped()));
}

void MainWindow::showScenarios()
{
    if (!m_session->isOpen())
        return;
    const auto owner = PlanSession::scenarioOf(m_session->path());
    const QString planPath = owner ? owner->planPath : m_session->path();
    ScenariosDialog dialog(planPath, m_session->path(), this);
    QString toOpen;
    QString toPromote;
    connect(&dialog, &ScenariosDialog::openRequested, this,
            [&toOpen](const QString &path) { toOpen = path; });
    connect(&dialog, &ScenariosDialog::promoteRequested, this,
            [&toPromote](const QString &name) { toPromote = name; });
    dialog.exec();
    if (!toPromote.isEmpty())
        promoteScenario(planPath, toPromote);
    else if (!toOpen.isEmpty())
        (void)openPlan(toOpen);
}

void MainWindow::promoteScenario(const QString &planPath, const QString &name)
{
    const Page page = currentPage();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QString> promoted = m_session->promoteScenario(planPath, name);
    QApplication::restoreOverrideCursor();
    if (!promoted) {
        QMessageBox::warning(this, tr("Cannot make the scenario the plan"), promoted.message());
        return;
    }
    addRecentFile(planPath);
    showPage(page);
    statusBar()->showMessage(
        tr("“%1” is now the plan. The plan before it is backed up as %2 (File ▸ Restore from "
           "Backup… brings it back).")
            .arg(name, QDir::toNativeSeparators(*promoted)),
        15000);
}

void MainWindow::planEdited()
{
    m_dashboard->markStale();
    m_capacity->markStale();
    m_budget->markStale();
    m_timeline->markStale();
    for (TablePage *page : m_tablePages)
        page->markStale();
    // The cohort marks and the timeline outlines come from the conflicts: re-check them
    // even while their page is hidden.
    if (!m_conflictsPage->isVisible())
        m_conflictsPage->reload();
    updateCounts();
    m_goToIndex->invalidate();
}

void MainWindow::showUndoHistory()
{
    if (!m_undoHistory) {
        m_undoHistory = new QDialog(this);
        m_undoHistory->setWindowTitle(tr("Undo History"));
        auto *view = new QUndoView(m_session->editor()->undoStack(), m_undoHistory);
        view->setEmptyLabel(tr("<plan as opened>"));
        auto *hint = new QLabel(tr("Click a step to go back (or forward) to it. Every step is "
                                   "already saved in the plan file."),
                                m_undoHistory);
        hint->setWordWrap(true);
        auto *layout = new QVBoxLayout(m_undoHistory);
        layout->addWidget(hint);
        layout->addWidget(view);
        m_undoHistory->resize(420, 480);
    }
    m_undoHistory->show();
    m_undoHistory->raise();
    m_undoHistory->activateWindow();
}

void MainWindow::updateCounts()
{
    m_countsLabel->clear();
    m_session->query<PlanCounts>(
        this, [](const PlanQueries &q) { return q.counts(); },
        [this](PlanCounts c) {
            // Setting up a plan that has no cohort yet: the steps, in place of the dashboard.
            m_firstSteps->showCounts(c);
            m_settingUp = c.cohorts == 0 && !m_session->isReadOnly();
            showStackPage(m_navigation->currentRow());
            const QLocale locale;
            m_countsLabel->setText(
                tr("%1 cohorts · %2 instructors · %3 trainees · %4 enrollments")
                    .arg(locale.toString(c.cohorts), locale.toString(c.instructors),
                         locale.toString(c.trainees), locale.toString(c.enrollments)));
        });
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentFilesKey).toStringList();
    // A server plan by its URL, which holds no password.
    const bool server = PlanSession::isServerUrl(path);
    const QString absolute = server ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(RecentFilesKey, recent);
    if (!server)
        settings.setValue(LastFolderKey, QFileInfo(path).absolutePath());
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentFilesKey).toStringList();
    if (m_welcome)
        m_welcome->setRecentPlans(recent);
    int n = 0;
    for (const QString &path : recent) {
        ++n;
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(n).arg(
                PlanSession::isServerUrl(path) ? path : QDir::toNativeSeparators(path)),
            this, [this, path] { (void)openPlan(path); });
        action->setEnabled(PlanSession::isServerUrl(path) || QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(no recent plans)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu
        ->addAction(tr("&Clear List"), this,
                    [this] {
                        QSettings().remove(RecentFilesKey);
                        rebuildRecentMenu();
                    })
        ->setEnabled(!recent.isEmpty());
}

QString MainWindow::dialogFolder() const
{
    if (const QString chosen = Preferences::load().planFolder;
        !chosen.isEmpty() && QFileInfo(chosen).isDir())
        return chosen;
    const QString last = QSettings().value(LastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    // Every change is already in the plan file: nothing to save or ask.
    event->accept();
}

} // namespace Planner

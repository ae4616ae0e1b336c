// SPDX-License-Identifier: GPL-3.0-or-later
// Saves a PNG of every page of the main window on a plan, for the README and for
// looking at the screens as a user does:
//   cohort-screenshots PLAN OUTDIR [WIDTHxHEIGHT]
#include "budgetpage.h"
#include "capacitypage.h"
#include "certifydialog.h"
#include "comparedialog.h"
#include "dashboardpage.h"
#include "filterbar.h"
#include "gotodialog.h"
#include "helpdialog.h"
#include "instructordetail.h"
#include "items/assumptionmodel.h"
#include "mainwindow.h"
#include "recordpicker.h"
#include "rosterpanel.h"
#include "scenariosdialog.h"
#include "tablepage.h"
#include "timelinepage.h"
#include "traineedetail.h"

#include "items/plantablemodels.h"
#include "screencheck.h"
#include "translations.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "items/comparisonmodels.h"
#include "items/gotoindex.h"
#include "items/plansession.h"
#include "items/tablemodelbase.h"
#include "store/repository.h"
#include "store/scenariostore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Planner;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CohortPlannerScreenshots"));
    installTranslations(app);
    // COHORT_DARK=1: a dark Fusion palette, to check that every screen stays readable.
    if (qEnvironmentVariableIntValue("COHORT_DARK") == 1) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        QApplication::setPalette(dark);
    }
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: cohort-screenshots PLAN OUTDIR [WIDTHxHEIGHT]" << Qt::endl;
        return 2;
    }
    QSize size(1280, 800);
    if (args.size() > 3) {
        const QStringList wh = args.at(3).split(QLatin1Char('x'));
        size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    QDir().mkpath(args.at(2));
    MainWindow window;
    window.resize(size);
    window.show();
    // The welcome page, before any plan is open.
    {
        QCoreApplication::processEvents();
        const QString file = QDir(args.at(2)).filePath(QStringLiteral("welcome.png"));
        ScreenCheck::shoot(window, file);
        QTextStream(stdout) << file << Qt::endl;
    }
    // A new, empty plan: the first steps above its dashboard.
    {
        QTemporaryDir empty;
        const QString path = empty.filePath(QStringLiteral("new plan.cohortplan"));
        if (PlanSession::createEmptyPlan(path) &&
            window.openPlan(path, MainWindow::Prompts::Quiet)) {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 1500)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            const QString file = QDir(args.at(2)).filePath(QStringLiteral("first-steps.png"));
            ScreenCheck::shoot(window, file);
            QTextStream(stdout) << file << Qt::endl;
            window.session()->close();
        }
    }
    if (const Result<> opened = window.openPlan(args.at(1), MainWindow::Prompts::Quiet); !opened) {
        QTextStream(stderr) << opened.message() << Qt::endl;
        return 1;
    }
    const char *names[] = {"dashboard",     "capacity",  "budget",      "cohorts",
                           "timeline-year", "conflicts", "instructors", "trainees",
                           "courses",       "venues",    "calendar",    "history"};
    static_assert(std::size(names) == MainWindow::PageCount);
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window.showPage(MainWindow::Page(i));
        QWidget *page = window.page(MainWindow::Page(i));
        QElapsedTimer t;
        t.start();
        // Wait until every table of the page has its rows.
        while (t.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            const auto models = page->findChildren<TableModelBase *>();
            bool done = window.session()->loader()->isBusy() == false;
            for (auto *m : models)
                done = done && m->isLoaded();
            if (auto *timeline = qobject_cast<TimelinePage *>(page))
                done = done && timeline->isLoaded();
            if (auto *capacity = qobject_cast<CapacityPage *>(page))
                done = done && capacity->isLoaded();
            if (auto *budget = qobject_cast<BudgetPage *>(page))
                done = done && budget->isLoaded();
            if (done && t.elapsed() > 300)
                break;
        }
        const QString file =
            QDir(args.at(2)).filePath(QStringLiteral("%1.png").arg(QLatin1String(names[i])));
        ScreenCheck::shoot(window, file);
        QTextStream(stdout) << file << Qt::endl;
        // The conflicts page with its first conflict chosen, showing its fixes.
        if (i == MainWindow::Conflicts) {
            auto *table = page->findChild<TablePage *>();
            if (table->model()->rowCount() > 0) {
                table->view()->setCurrentIndex(table->model()->index(0, 0));
                QCoreApplication::processEvents();
                ScreenCheck::shoot(window, file);
            }
            // The first conflict with fixes to apply, for the fixes' own picture.
            auto *apply = page->findChild<QPushButton *>(QStringLiteral("applyFix"));
            for (int row = 0; apply && row < std::min(table->model()->rowCount(), 60); ++row) {
                table->view()->setCurrentIndex(table->model()->index(row, 0));
                QCoreApplication::processEvents();
                if (apply->isEnabled()) {
                    const QString fixes =
                        QDir(args.at(2)).filePath(QStringLiteral("conflicts-fixes.png"));
                    ScreenCheck::shoot(window, fixes);
                    QTextStream(stdout) << fixes << Qt::endl;
                    break;
                }
            }
        }
        // Targets & Capacity with its Assumptions tab.
        if (auto *capacity = qobject_cast<CapacityPage *>(page)) {
            capacity->tabs()->setCurrentIndex(capacity->tabs()->count() - 1);
            QElapsedTimer wait;
            wait.start();
            while (!capacity->assumptionModel()->isLoaded() && wait.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QCoreApplication::processEvents();
            const QString assumptions =
                QDir(args.at(2)).filePath(QStringLiteral("capacity-assumptions.png"));
            ScreenCheck::shoot(window, assumptions);
            QTextStream(stdout) << assumptions << Qt::endl;
            capacity->tabs()->setCurrentIndex(0);
        }
        // The Budget page's other tabs.
        if (auto *budget = qobject_cast<BudgetPage *>(page)) {
            const char *tabs[] = {"budget", "budget-months", "budget-cohorts", "budget-rates"};
            for (int tab = 1; tab < budget->tabs()->count() && tab < 4; ++tab) {
                budget->tabs()->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                const QString shot =
                    QDir(args.at(2))
                        .filePath(QStringLiteral("%1.png").arg(QLatin1String(tabs[tab])));
                ScreenCheck::shoot(window, shot);
                QTextStream(stdout) << shot << Qt::endl;
            }
            budget->tabs()->setCurrentIndex(0);
        }
        // The history with its newest change chosen, field by field.
        if (i == MainWindow::History) {
            auto *table = page->findChild<TablePage *>();
            if (table->model()->rowCount() > 0) {
                table->view()->setCurrentIndex(table->model()->index(0, 0));
                QCoreApplication::processEvents();
                ScreenCheck::shoot(window, file);
            }
        }
        // The instructor page with its busiest instructor chosen.
        if (i == MainWindow::Instructors) {
            auto *table = page->findChild<TablePage *>();
            auto *detail = page->findChild<InstructorDetail *>();
            table->model()->sort(InstructorTableModel::TeachingDays, Qt::DescendingOrder);
            table->view()->setCurrentIndex(table->model()->index(0, 1));
            QElapsedTimer wait;
            wait.start();
            while (detail->schedule().sessions.empty() && wait.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QCoreApplication::processEvents();
            ScreenCheck::shoot(window, file);
        }
        // The timeline at year zoom (above, grouped by track), and at month zoom over
        // National Day 2026 with its make-up Saturday.
        if (auto *timeline = qobject_cast<TimelinePage *>(page)) {
            TimelineView *view = timeline->view();
            view->setZoom(TimelineView::Zoom::Month);
            view->scrollToDate(QDate(view->data().year, 9, 21));
            // A cohort that meets then, selected, in view.
            for (const TimelineCohort &c : view->data().cohorts) {
                if (c.start() >= QDate(view->data().year, 9, 24)) {
                    view->selectCohort(c.id);
                    break;
                }
            }
            view->scrollToDate(QDate(view->data().year, 9, 21));
            QCoreApplication::processEvents();
            const QString month = QDir(args.at(2)).filePath(QStringLiteral("timeline-month.png"));
            ScreenCheck::shoot(window, month);
            QTextStream(stdout) << month << Qt::endl;
            // The week zoom names the holidays on the axis.
            view->setZoom(TimelineView::Zoom::Week);
            view->scrollToDate(QDate(view->data().year, 10, 1));
            QCoreApplication::processEvents();
            const QString week = QDir(args.at(2)).filePath(QStringLiteral("timeline-week.png"));
            ScreenCheck::shoot(window, week);
            QTextStream(stdout) << week << Qt::endl;
            view->setZoom(TimelineView::Zoom::Year);
            // Grouped by venue and by lead: each one's year as a band of lanes.
            for (const auto &[grouping, name] :
                 {std::pair{TimelineView::Grouping::Venue, "timeline-venues.png"},
                  std::pair{TimelineView::Grouping::Instructor, "timeline-instructors.png"}}) {
                QComboBox *box = timeline->groupingSelector();
                box->setCurrentIndex(box->findData(int(grouping)));
                view->setZoom(TimelineView::Zoom::Quarter);
                view->scrollToDate(QDate(view->data().year, 9, 1));
                view->verticalScrollBar()->setValue(0);
                QCoreApplication::processEvents();
                const QString file = QDir(args.at(2)).filePath(QLatin1String(name));
                ScreenCheck::shoot(window, file);
                QTextStream(stdout) << file << Qt::endl;
            }
            timeline->groupingSelector()->setCurrentIndex(
                timeline->groupingSelector()->findData(int(TimelineView::Grouping::Track)));
            view->setZoom(TimelineView::Zoom::Year);
            // The next year, when the plan has its targets but not its work calendar: the
            // banner above the chart.
            const int thisYear = view->data().year;
            timeline->setYear(thisYear + 1);
            QElapsedTimer wait;
            wait.start();
            while ((!timeline->isLoaded() || timeline->year() != thisYear + 1) &&
                   wait.elapsed() < 30000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            if (timeline->year() == thisYear + 1) {
                const QString next =
                    QDir(args.at(2)).filePath(QStringLiteral("timeline-next-year.png"));
                ScreenCheck::shoot(window, next);
                QTextStream(stdout) << next << Qt::endl;
            }
            timeline->setYear(thisYear);
        }
        // Every tab of the dashboard.
        if (auto *dashboard = qobject_cast<DashboardPage *>(page)) {
            for (int tab = 1; tab < dashboard->charts()->count(); ++tab) {
                dashboard->charts()->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                const QString tabFile =
                    QDir(args.at(2)).filePath(QStringLiteral("dashboard-%1.png").arg(tab));
                ScreenCheck::shoot(window, tabFile);
                QTextStream(stdout) << tabFile << Qt::endl;
            }
            dashboard->charts()->setCurrentIndex(0);
            const QString pdf = QDir(args.at(2)).filePath(QStringLiteral("dashboard.pdf"));
            if (const Result<> written = dashboard->exportPdf(pdf); !written)
                QTextStream(stderr) << written.message() << Qt::endl;
            else
                QTextStream(stdout) << pdf << Qt::endl;
        }
    }
    // The banner of a server plan whose connection was lost (said as the session says it).
    {
        window.showPage(MainWindow::Cohorts);
        emit window.session()->connectionLost(
            QStringLiteral("server closed the connection unexpectedly"));
        QCoreApplication::processEvents();
        const QString file = QDir(args.at(2)).filePath(QStringLiteral("connection-lost.png"));
        ScreenCheck::shoot(window, file);
        QTextStream(stdout) << file << Qt::endl;
        window.connectionBanner()->hide();
    }
    // F1 on the Conflicts page: the user guide at its section; the shortcuts.
    {
        window.showPage(MainWindow::Conflicts);
        window.findChild<QAction *>(QStringLiteral("userGuide"))->trigger();
        auto *help = window.findChild<HelpDialog *>();
        QCoreApplication::processEvents();
        const QString file = QDir(args.at(2)).filePath(QStringLiteral("user-guide.png"));
        ScreenCheck::shoot(*help, file);
        QTextStream(stdout) << file << Qt::endl;
        help->close();
        ShortcutsDialog shortcuts(window.menuBar(), &window);
        shortcuts.show();
        QCoreApplication::processEvents();
        const QString keys = QDir(args.at(2)).filePath(QStringLiteral("shortcuts.png"));
        ScreenCheck::shoot(shortcuts, keys);
        QTextStream(stdout) << keys << Qt::endl;
        // The File menu: where a team's plan is opened, checked out and synchronised.
        if (QMenu *fileMenu = window.menuBar()->actions().value(0)->menu()) {
            fileMenu->popup(window.mapToGlobal(QPoint(0, window.menuBar()->height())));
            QCoreApplication::processEvents();
            const QString menuShot = QDir(args.at(2)).filePath(QStringLiteral("file-menu.png"));
            ScreenCheck::shoot(*fileMenu, menuShot);
            QTextStream(stdout) << menuShot << Qt::endl;
            fileMenu->hide();
        }
    }
    // A cohort's roster: the finished cohort with the most certificates, else the one
    // with the longest waitlist.
    {
        window.showPage(MainWindow::Cohorts);
        auto *cohorts = qobject_cast<TablePage *>(window.page(MainWindow::Cohorts));
        auto *roster = cohorts->findChild<RosterPanel *>();
        TableModelBase *model = cohorts->model();
        int best = -1;
        int bestScore = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const int waiting = model->index(row, CohortTableModel::Waitlisted)
                                    .data(TableModelBase::SortRole)
                                    .toInt();
            const int seats = model->index(row, CohortTableModel::Enrolled)
                                  .data(TableModelBase::SortRole)
                                  .toInt();
            const int score = waiting * 100 + seats;
            if (score > bestScore) {
                bestScore = score;
                best = row;
            }
        }
        if (best >= 0) {
            cohorts->view()->setCurrentIndex(model->index(best, 0));
            cohorts->view()->scrollTo(model->index(best, 0));
            QElapsedTimer t;
            t.start();
            while (roster->roster().cohort.id == 0 && t.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QCoreApplication::processEvents();
            const QString file = QDir(args.at(2)).filePath(QStringLiteral("roster.png"));
            ScreenCheck::shoot(window, file);
            QTextStream(stdout) << file << Qt::endl;
            // Certify… on the roster: the level and date it asks.
            CertifyDialog certify(3, roster->roster().cohort.code, roster->roster().end, &window);
            certify.show();
            QCoreApplication::processEvents();
            const QString certifyFile =
                QDir(args.at(2)).filePath(QStringLiteral("certify-dialog.png"));
            ScreenCheck::shoot(certify, certifyFile);
            QTextStream(stdout) << certifyFile << Qt::endl;
        }
    }
    // A trainee's history: one with a certificate and more than one cohort.
    {
        window.showPage(MainWindow::Trainees);
        auto *trainees = qobject_cast<TablePage *>(window.page(MainWindow::Trainees));
        auto *detail = trainees->findChild<TraineeDetail *>();
        TableModelBase *model = trainees->model();
        QElapsedTimer t;
        t.start();
        while (!model->isLoaded() && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        int chosen = 0;
        for (int row = 0; row < std::min(model->rowCount(), 20000); ++row) {
            if (model->index(row, TraineeTableModel::Certification)
                        .data(TableModelBase::SortRole)
                        .toInt() > 0 &&
                model->index(row, TraineeTableModel::Enrollments)
                        .data(TableModelBase::SortRole)
                        .toInt() > 1) {
                chosen = row;
                break;
            }
        }
        trainees->view()->setCurrentIndex(model->index(chosen, 0));
        t.restart();
        while (detail->history().trainee.id == 0 && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::processEvents();
        const QString file = QDir(args.at(2)).filePath(QStringLiteral("trainee-history.png"));
        ScreenCheck::shoot(window, file);
        QTextStream(stdout) << file << Qt::endl;
    }
    // The dialogs that guard people's data: exporting trainees (ID numbers masked unless
    // included) and erasing a trainee on request. Each modal window that comes up is
    // answered by `answer` (true: it was the one to save), polled from a timer.
    {
        const auto modals = [&](const char *name, const std::function<bool(QWidget *)> &answer,
                                const std::function<void()> &start) {
            bool done = false;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, [&] {
                QWidget *modal = QApplication::activeModalWidget();
                if (!modal || !modal->isVisible())
                    return;
                QCoreApplication::processEvents();
                if (answer(modal)) {
                    const QString file = QDir(args.at(2)).filePath(QLatin1String(name));
                    ScreenCheck::shoot(*modal, file);
                    QTextStream(stdout) << file << Qt::endl;
                    done = true;
                    if (auto *box = qobject_cast<QMessageBox *>(modal))
                        box->button(QMessageBox::Cancel)->click();
                    else
                        modal->close();
                }
            });
            poll.start(100);
            start();
            QElapsedTimer t;
            t.start();
            while (!done && t.elapsed() < 20000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        };
        modals(
            "export-personal-data.png",
            [](QWidget *modal) {
                if (auto *choose = qobject_cast<QInputDialog *>(modal)) {
                    choose->setTextValue(choose->comboBoxItems().value(0)); // trainees
                    choose->accept();
                    return false;
                }
                return qobject_cast<QMessageBox *>(modal) != nullptr;
            },
            [&window] {
                window.findChild<QAction *>(QStringLiteral("exportSpreadsheet"))->trigger();
            });
        window.showPage(MainWindow::Trainees);
        auto *trainees = qobject_cast<TablePage *>(window.page(MainWindow::Trainees));
        const qint64 id = trainees->model()->index(0, 0).data(TableModelBase::IdRole).toLongLong();
        modals(
            "erase-personal-data.png",
            [](QWidget *modal) { return qobject_cast<QMessageBox *>(modal) != nullptr; },
            [&] {
                QMenu menu;
                emit trainees->contextMenuRequested(&menu, {id});
                menu.findChild<QAction *>(QStringLiteral("erasePersonalData"))->trigger();
            });
    }
    // The trainees narrowed by the filter bar: a surname, a district, a certificate.
    {
        window.showPage(MainWindow::Trainees);
        auto *trainees = qobject_cast<TablePage *>(window.page(MainWindow::Trainees));
        FilterBar *bar = trainees->filterBar();
        bar->textField()->setText(QStringLiteral("王"));
        if (QComboBox *district = bar->facetSelector(Facet::District))
            district->setCurrentIndex(std::max(0, district->findText(QStringLiteral("海淀区"))));
        if (QComboBox *status = bar->facetSelector(Facet::Status))
            status->setCurrentIndex(
                std::max(0, status->findText(displayName(CertificationLevel::Intermediate))));
        trainees->view()->setCurrentIndex(trainees->model()->index(2, 0));
        QCoreApplication::processEvents();
        const QString file = QDir(args.at(2)).filePath(QStringLiteral("filter-trainees.png"));
        ScreenCheck::shoot(window, file);
        QTextStream(stdout) << file << Qt::endl;
        bar->clear();
    }
    // Go to over the dashboard, with a cohort code half typed. The popup is a window of
    // its own: paint it onto the window's picture where it stands.
    {
        window.showPage(MainWindow::Dashboard);
        QElapsedTimer t;
        t.start();
        while (!window.goToIndex()->isReady() && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        window.showGoTo();
        GoToDialog *dialog = window.goToDialog();
        dialog->textField()->setText(
            qEnvironmentVariable("COHORT_GOTO_TEXT", QStringLiteral("ai-2")));
        QCoreApplication::processEvents();
        QPixmap shot = window.grab();
        QPainter painter(&shot);
        painter.drawPixmap(dialog->geometry().topLeft() - window.geometry().topLeft(),
                           dialog->grab());
        painter.end();
        const QString file = QDir(args.at(2)).filePath(QStringLiteral("goto.png"));
        shot.save(file);
        QTextStream(stdout) << file << Qt::endl;
        dialog->reject();
    }
    // The trainee picker of Enroll Trainees…, searched by surname and district.
    {
        auto *trainees = new TraineeTableModel;
        RecordPicker picker(
            QCoreApplication::translate("Planner::EditController", "Enroll Trainees"),
            QCoreApplication::translate(
                "Planner::EditController",
                "Choose the trainees to enroll (Ctrl or Shift for several). "
                "They take the free seats in the order chosen; the rest go "
                "onto the waitlist."),
            trainees, RecordPicker::Selection::Many, &window);
        picker.setColumns({TraineeTableModel::Name, TraineeTableModel::IdNumber,
                           TraineeTableModel::Employer, TraineeTableModel::District,
                           TraineeTableModel::LatestCohort, TraineeTableModel::Certification});
        trainees->reload(*window.session());
        QElapsedTimer t;
        t.start();
        while (!trainees->isLoaded() && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        picker.show();
        picker.searchField()->setText(QStringLiteral("王 海淀"));
        picker.view()->selectRow(1);
        QCoreApplication::processEvents();
        const QString file = QDir(args.at(2)).filePath(QStringLiteral("trainee-picker.png"));
        ScreenCheck::shoot(picker, file);
        QTextStream(stdout) << file << Qt::endl;
    }
    // Scenarios: the dialog, Compare's three tabs, and a scenario open under its banner.
    // Two scenarios beside the plan (made again each run): one with the year's targets
    // raised by a fifth and the instructors' fixed cost added, one with six cohorts fewer.
    {
        const ScenarioStore store(args.at(1));
        QDir(store.folder()).removeRecursively();
        const bool chinese = QLocale().language() == QLocale::Chinese;
        const QString more = chinese ? QStringLiteral("一万二千人，增加20名人工智能讲师")
                                     : QStringLiteral("12,000 with 20 more AI instructors");
        const QString fewer =
            chinese ? QStringLiteral("少开六个班") : QStringLiteral("Six cohorts fewer");
        for (const QString &name : {more, fewer})
            if (const auto created = store.create(name); !created)
                QTextStream(stderr) << created.message() << Qt::endl;
        if (auto db = PlanDatabase::open(store.pathOf(more), PlanDatabase::Mode::ReadWrite)) {
            PlanEditor editor;
            editor.setPlan(db->get());
            const PlanEdits edits((*db)->database());
            PlanEdit cost =
                edits.save(FixedCost{0, QDate::currentDate().year(),
                                     QStringLiteral("20 AI instructors 人工智能讲师"), 2'400'000});
            if (cost.ok())
                (void)editor.execute(cost.text, std::move(cost.changes));
            // What its name says: this year's targets raised by a fifth (10,000 -> 12,000).
            for (const Target &t : Repository<Target>((*db)->database()).loadAll()) {
                if (t.year != QDate::currentDate().year())
                    continue;
                Target raised = t;
                raised.trainees = t.trainees * 6 / 5;
                raised.certified = t.certified * 6 / 5;
                PlanEdit target = edits.save(raised, std::optional<Target>(t));
                if (target.ok())
                    (void)editor.execute(target.text, std::move(target.changes));
            }
        }
        if (auto db = PlanDatabase::open(store.pathOf(fewer), PlanDatabase::Mode::ReadWrite)) {
            PlanEditor editor;
            editor.setPlan(db->get());
            const PlanEdits edits((*db)->database());
            // The first six cohorts still to start, whatever the season: the scenario's
            // name says what it holds.
            std::vector<Id> dropped;
            for (const Cohort &c : Repository<Cohort>((*db)->database()).loadAll())
                if ((c.status == CohortStatus::Planned || c.status == CohortStatus::Open) &&
                    dropped.size() < 6)
                    dropped.push_back(c.id);
            PlanEdit remove = edits.removeCohorts(dropped);
            if (remove.ok())
                (void)editor.execute(remove.text, std::move(remove.changes));
        }
        auto wait = [](const std::function<bool()> &done) {
            QElapsedTimer t;
            t.start();
            while (!done() && t.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QCoreApplication::processEvents();
        };
        {
            ScenariosDialog dialog(args.at(1), args.at(1), &window);
            dialog.show();
            wait([&] { return !dialog.isBusy(); });
            dialog.select(more);
            QCoreApplication::processEvents();
            const QString file = QDir(args.at(2)).filePath(QStringLiteral("scenarios.png"));
            ScreenCheck::shoot(dialog, file);
            QTextStream(stdout) << file << Qt::endl;
        }
        {
            CompareDialog compare(args.at(1), &window);
            compare.show();
            compare.choose({QStringLiteral("plan"), more, fewer});
            compare.compare();
            wait([&] { return !compare.isBusy() && compare.figures()->rowCount() > 0; });
            const char *tabs[] = {"compare", "compare-changes", "compare-chart"};
            auto *tabWidget = compare.findChild<QTabWidget *>();
            for (int tab = 0; tab < 3 && tabWidget; ++tab) {
                tabWidget->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                const QString file =
                    QDir(args.at(2))
                        .filePath(QStringLiteral("%1.png").arg(QLatin1String(tabs[tab])));
                ScreenCheck::shoot(compare, file);
                QTextStream(stdout) << file << Qt::endl;
            }
        }
        if (window.openPlan(store.pathOf(more), MainWindow::Prompts::Quiet)) {
            window.showPage(MainWindow::Budget);
            auto *budget = qobject_cast<BudgetPage *>(window.page(MainWindow::Budget));
            wait([&] { return budget->isLoaded(); });
            const QString file = QDir(args.at(2)).filePath(QStringLiteral("scenario-open.png"));
            ScreenCheck::shoot(window, file);
            QTextStream(stdout) << file << Qt::endl;
        }
    }
    return ScreenCheck::status();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "dashboardpage.h"
#include "instructordetail.h"
#include "mainwindow.h"
#include "tablepage.h"
#include "timelinepage.h"

#include "items/conflictmodel.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTabWidget>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include "charts/progresschart.h"
#include "items/progressmodel.h"

using namespace Planner;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void visitEveryPage();
    void keyboardNavigation();
    void dashboardMatchesCli();
    void dashboardFiltersAndPdf();
    void conflictGoesToCohort();
    void instructorCalendar();
    void planOpenElsewhereIsNotOpenedForEditing();
    void refusedFileKeepsCurrentPlan();
    void firstRunCreatesDemoPlan();
    void reopensLastPlan();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {

std::vector<TableModelBase *> modelsOf(QWidget *page)
{
    std::vector<TableModelBase *> models;
    if (auto *table = qobject_cast<TablePage *>(page))
        models.push_back(table->model());
    for (auto *table : page->findChildren<TablePage *>())
        models.push_back(table->model());
    if (auto *dashboard = qobject_cast<DashboardPage *>(page))
        models.push_back(dashboard->model());
    return models;
}

bool waitUntilLoaded(const std::vector<TableModelBase *> &models)
{
    return QTest::qWaitFor([&] {
        return std::all_of(models.begin(), models.end(), [](auto *m) { return m->isLoaded(); });
    }, 30000);
}

} // namespace

void TestMainWindow::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_path = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::visitEveryPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(m_path));
    QVERIFY(window.windowTitle().contains(QLatin1String("demo.cohortplan")));
    QCOMPARE(window.navigation()->count(), int(MainWindow::PageCount));
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        // Click the page's entry in the navigation, as a user would.
        QListWidget *nav = window.navigation();
        const QRect rect = nav->visualItemRect(nav->item(i));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(int(window.currentPage()), i);
        QWidget *page = window.page(MainWindow::Page(i));
        QVERIFY(page->isVisible());
        // The timeline has no item model: it loads its year into the view.
        if (auto *timeline = qobject_cast<TimelinePage *>(page)) {
            QVERIFY(QTest::qWaitFor([timeline] { return timeline->isLoaded(); }, 30000));
            QVERIFY(timeline->view()->cohortCount() > 0);
            QVERIFY(!page->grab().toImage().isNull());
            continue;
        }
        const auto models = modelsOf(page);
        QVERIFY2(!models.empty(), qPrintable(nav->item(i)->text()));
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (auto *m : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QVERIFY2(waitUntilLoaded(models), qPrintable(nav->item(i)->text()));
        // Every page shows rows; the demo plan may well have no conflicts.
        for (auto *m : models)
            QVERIFY2(m->rowCount() > 0 || i == MainWindow::Conflicts, qPrintable(nav->item(i)->text()));
        const QImage shot = page->grab().toImage();
        QVERIFY(!shot.isNull());
    }
    auto *dashboard = qobject_cast<DashboardPage *>(window.page(MainWindow::Dashboard));
    QVERIFY(dashboard);
    QCOMPARE(dashboard->yearSelector()->currentText(), QString::number(QDate::currentDate().year() == 2026 ? 2026 : 2026));
    QCOMPARE(dashboard->progressChart()->plot()->graphCount(), 5);
    QCOMPARE(dashboard->charts()->count(), 5);
}

void TestMainWindow::keyboardNavigation()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(m_path));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key(int(Qt::Key_1) + int(MainWindow::Instructors)), Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Instructors);
    // Ten pages: the tenth is Ctrl+0.
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(int(window.currentPage()), 9);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Dashboard);
    // The cohort table sorts when its header is clicked.
    window.showPage(MainWindow::Cohorts);
    auto *page = qobject_cast<TablePage *>(window.page(MainWindow::Cohorts));
    QVERIFY(page);
    QVERIFY(waitUntilLoaded({page->model()}));
    QHeaderView *header = page->view()->horizontalHeader();
    const int x = header->sectionViewportPosition(CohortTableModel::Capacity) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    const auto model = page->model();
    const int first = model->index(0, CohortTableModel::Capacity).data(TableModelBase::SortRole).toInt();
    const int last = model->index(model->rowCount() - 1, CohortTableModel::Capacity).data(TableModelBase::SortRole).toInt();
    QVERIFY(first != last);
}

void TestMainWindow::dashboardMatchesCli()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openPlan(m_path));
    auto *dashboard = qobject_cast<DashboardPage *>(window.page(MainWindow::Dashboard));
    QVERIFY(waitUntilLoaded({dashboard->model()}));
    QProcess cli;
    cli.start(QStringLiteral(COHORT_CLI_PATH),
              {QStringLiteral("progress"), m_path, QStringLiteral("--year"),
               QString::number(dashboard->model()->year()), QStringLiteral("--as-of"),
               dashboard->model()->asOf().toString(Qt::ISODate), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QLocale locale;
    const QStringList tiles = dashboard->tileValues();
    QCOMPARE(tiles.value(0), locale.toString(json.value(QStringLiteral("trained")).toInt()));
    QCOMPARE(tiles.value(1), locale.toString(json.value(QStringLiteral("certified")).toInt()));
    QCOMPARE(tiles.value(2), locale.toString(json.value(QStringLiteral("in_training")).toInt()));
    QCOMPARE(tiles.value(3), locale.toString(json.value(QStringLiteral("planned_seats")).toInt()));
    QCOMPARE(tiles.value(4), locale.toString(json.value(QStringLiteral("forecast")).toInt()));
}

void TestMainWindow::dashboardFiltersAndPdf()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openPlan(m_path));
    auto *dashboard = qobject_cast<DashboardPage *>(window.page(MainWindow::Dashboard));
    QVERIFY(waitUntilLoaded({dashboard->model()}));
    const int all = dashboard->model()->report().trained;
    // Choosing a district through its combo box narrows every figure.
    QComboBox *district = dashboard->districtSelector();
    QVERIFY(district->count() > 2);
    const int online = district->findText(QStringLiteral("Online"));
    QVERIFY(online > 0);
    district->setCurrentIndex(online);
    QVERIFY(dashboard->model()->report().trained < all);
    QCOMPARE(dashboard->model()->filter().districts, std::vector<QString>{QString()});
    district->setCurrentIndex(0);
    QCOMPARE(dashboard->model()->report().trained, all);

    const QString pdf = m_dir.filePath(QStringLiteral("dashboard.pdf"));
    QCOMPARE(dashboard->exportPdf(pdf), QString());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 10000);
    QVERIFY(!dashboard->exportPdf(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"))).isEmpty());
}

void TestMainWindow::conflictGoesToCohort()
{
    // A copy of the demo plan with a lead instructor of one cohort also assigned to
    // another cohort that meets at the same time.
    const QString path = m_dir.filePath(QStringLiteral("clash.cohortplan"));
    TestSupport::copyPlan(m_path, path);
    TestSupport::addDoubleBooking(path);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(path));
    window.showPage(MainWindow::Conflicts);
    auto *page = window.page(MainWindow::Conflicts)->findChild<TablePage *>();
    QVERIFY(page);
    QVERIFY(waitUntilLoaded({page->model()}));
    QVERIFY(page->model()->rowCount() >= 1);
    // Show only double bookings, through the rule selector in the page's header.
    auto *rule = page->findChildren<QComboBox *>().value(0);
    QVERIFY(rule);
    const int all = page->model()->rowCount();
    rule->setCurrentIndex(rule->findText(displayName(ConflictRule::InstructorDoubleBooked)));
    // One conflict per session the two cohorts share.
    QVERIFY(page->model()->rowCount() >= 1);
    QVERIFY(page->model()->rowCount() < all);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QCOMPARE(page->model()->index(row, 0).data(ConflictModel::RuleRole).toInt(),
                 int(ConflictRule::InstructorDoubleBooked));
    const QModelIndex first = page->model()->index(0, ConflictModel::Explanation);
    const qint64 cohort = first.data(ConflictModel::CohortIdRole).toLongLong();
    QVERIFY(cohort != 0);
    // Double-click goes to the cohort.
    QTableView *view = page->view();
    const QRect cell = view->visualRect(first);
    // Selecting the conflict lists fixes that clear it: another instructor, or dates.
    auto *fixes = window.page(MainWindow::Conflicts)->findChild<QListWidget *>();
    QVERIFY(fixes);
    // The view handles a double click only after the press that starts it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(fixes->count() >= 1);
    QVERIFY2(fixes->item(0)->text().contains(QLatin1String("Replace")) || fixes->item(0)->text().contains(QLatin1String("Move")),
             qPrintable(fixes->item(0)->text()));
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(window.currentPage(), MainWindow::Cohorts);
    auto *cohorts = qobject_cast<TablePage *>(window.page(MainWindow::Cohorts));
    QTRY_COMPARE(cohorts->view()->currentIndex().data(TableModelBase::IdRole).toLongLong(), cohort);
    // The cohort table marks the cohort as having a blocking conflict, and says why.
    const QModelIndex status = cohorts->model()->index(cohorts->view()->currentIndex().row(), CohortTableModel::Status);
    QTRY_COMPARE(status.data(CohortTableModel::ConflictRole).toInt(), 2);
    QVERIFY(status.data(Qt::DecorationRole).isValid());
    QVERIFY(!status.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestMainWindow::instructorCalendar()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(m_path));
    window.showPage(MainWindow::Instructors);
    auto *page = window.page(MainWindow::Instructors)->findChild<TablePage *>();
    auto *detail = window.page(MainWindow::Instructors)->findChild<InstructorDetail *>();
    QVERIFY(page && detail);
    QVERIFY(waitUntilLoaded({page->model()}));
    // The busiest instructor: sort by teaching days, pick the first row with a click.
    page->model()->sort(InstructorTableModel::TeachingDays, Qt::DescendingOrder);
    QSignalSpy shown(detail, &InstructorDetail::scheduleShown);
    const QRect cell = page->view()->visualRect(page->model()->index(0, InstructorTableModel::Name));
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(shown.wait(10000));
    const InstructorSchedule &schedule = detail->schedule();
    QCOMPARE(schedule.instructor.id, page->model()->index(0, 0).data(TableModelBase::IdRole).toLongLong());
    QVERIFY(!schedule.sessions.empty());
    // The calendar opens on a teaching day, shows its sessions and the load figures.
    const QDate day = detail->calendar()->selectedDate();
    QVERIFY(std::any_of(schedule.sessions.begin(), schedule.sessions.end(),
                        [&](const ScheduledSession &s) { return s.date == day; }));
    QVERIFY(detail->calendar()->dateTextFormat(day).fontWeight() == QFont::Bold);
    QVERIFY(detail->dayEntries().join(QLatin1Char('\n')).contains(schedule.sessions.front().cohortCode.left(2)));
    QVERIFY(detail->loadText().contains(QString::number(schedule.instructor.maxDaysPerYear)));
    // A public holiday is marked.
    QCOMPARE(detail->calendar()->dateTextFormat(QDate(2026, 10, 1)).foreground().color(), QColor(0xc0, 0x39, 0x2b));
}

void TestMainWindow::planOpenElsewhereIsNotOpenedForEditing()
{
    MainWindow first;
    QVERIFY(first.openPlan(m_path));
    QVERIFY(first.openPlan(m_path)); // opening it again in the same window changes nothing
    QVERIFY(!first.session()->isReadOnly());
    MainWindow second;
    QString error;
    QVERIFY(!second.openPlan(m_path, &error));
    QVERIFY2(error.contains(QLatin1String("open for editing")), qPrintable(error));
    QVERIFY(!second.session()->isOpen());
}

void TestMainWindow::refusedFileKeepsCurrentPlan()
{
    MainWindow window;
    QVERIFY(window.openPlan(m_path));
    const QString bad = m_dir.filePath(QStringLiteral("notes.cohortplan"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a plan\n");
    }
    QString error;
    QVERIFY(!window.openPlan(bad, &error));
    QVERIFY(error.contains(QLatin1String("notes.cohortplan")));
    QCOMPARE(window.session()->path(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(window.windowTitle().contains(QLatin1String("demo.cohortplan")));
}

void TestMainWindow::firstRunCreatesDemoPlan()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir(folder).removeRecursively();
    MainWindow window;
    QSignalSpy ready(&window, &MainWindow::planReady);
    window.openInitialPlan({});
    QVERIFY(ready.wait(60000));
    QVERIFY(window.session()->isOpen());
    QCOMPARE(window.session()->path(), QDir(folder).filePath(QStringLiteral("demo.cohortplan")));
    QDir(folder).removeRecursively();
}

void TestMainWindow::reopensLastPlan()
{
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
    }
    MainWindow window;
    QSignalSpy ready(&window, &MainWindow::planReady);
    window.openInitialPlan({});
    QCOMPARE(ready.count(), 1);
    QCOMPARE(window.session()->path(), QFileInfo(m_path).absoluteFilePath());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

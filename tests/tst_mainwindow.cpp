// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "dashboardpage.h"
#include "mainwindow.h"
#include "tablepage.h"

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
        const auto models = modelsOf(page);
        QVERIFY2(!models.empty(), qPrintable(nav->item(i)->text()));
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (auto *m : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QVERIFY2(waitUntilLoaded(models), qPrintable(nav->item(i)->text()));
        for (auto *m : models)
            QVERIFY2(m->rowCount() > 0, qPrintable(nav->item(i)->text()));
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
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Instructors);
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

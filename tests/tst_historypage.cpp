// SPDX-License-Identifier: GPL-3.0-or-later
// The History page as the user works it (filters typed and chosen, a change selected,
// Export…), File ▸ Back Up Now, and the calendar export in the cohort table's menu.
#include "testsupport.h"

#include "filterbar.h"
#include "historypage.h"
#include "mainwindow.h"
#include "tablepage.h"

#include "domain/trainee.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"
#include "store/backupstore.h"
#include "store/repository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Planner;

class TestHistoryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterSelectAndExport();
    void backUpNow();
    void cohortMenuOffersTheCalendarExport();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

namespace {

bool waitLoaded(TableModelBase *model)
{
    QSignalSpy spy(model, &TableModelBase::loaded);
    return spy.wait(30000);
}

} // namespace

void TestHistoryPage::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_demo = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
}

void TestHistoryPage::filterSelectAndExport()
{
    const QString path = m_dir.filePath(QStringLiteral("history.cohortplan"));
    TestSupport::copyPlan(m_demo, path);
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadWrite));
    // Two edits of one trainee: what the page is about.
    Trainee before = Repository<Trainee>(session.plan()->database()).loadAll().at(5);
    Trainee after = before;
    after.employer = QStringLiteral("=Zhongguancun Labs");
    ChangeSet first;
    first.update(before, after);
    QCOMPARE(session.editor()->execute(QStringLiteral("Edit trainee"), std::move(first)).message(),
             QString());
    Trainee again = after;
    again.phone = QStringLiteral("13800000000");
    ChangeSet second;
    second.update(after, again);
    QCOMPARE(session.editor()->execute(QStringLiteral("Edit trainee"), std::move(second)).message(),
             QString());

    HistoryPage page(&session);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    if (!page.model()->isLoaded())
        QVERIFY(waitLoaded(page.model()));
    const int all = page.model()->rowCount();
    QVERIFY(all >= 2);

    // Typed: the trainee's id; chosen: the trainee table.
    FilterBar *bar = page.table()->filterBar();
    QVERIFY(bar->recordField());
    QTest::keyClicks(bar->recordField(), QString::number(before.id));
    QComboBox *tables = bar->facetSelector(Facet::Table);
    QVERIFY(tables);
    const int traineeIndex = tables->findData(QStringLiteral("Trainees"));
    QVERIFY(traineeIndex > 0);
    tables->setCurrentIndex(traineeIndex);
    QCOMPARE(page.model()->rowCount(), 2);
    QVERIFY(bar->facetSelector(Facet::User));
    // Words in the values: the phone number is in the second change only.
    QTest::keyClicks(bar->textField(), QStringLiteral("13800000000"));
    QCOMPARE(page.model()->rowCount(), 1);
    bar->textField()->clear();

    // Select the newest change: field by field, the changed one in bold.
    QTableView *view = page.table()->view();
    view->setFocus();
    view->setCurrentIndex(page.model()->index(0, 0));
    QTreeWidget *detail = page.detail();
    QVERIFY(detail->topLevelItemCount() > 3);
    QVERIFY(page.detailTitle()->text().contains(QString::number(before.id)));
    bool sawPhone = false;
    for (int i = 0; i < detail->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = detail->topLevelItem(i);
        if (item->text(0) == QLatin1String("Phone")) { // the field as people call it
            sawPhone = true;
            QCOMPARE(item->text(1), before.phone);
            QCOMPARE(item->text(2), QStringLiteral("13800000000"));
            QVERIFY(item->font(0).bold());
        } else if (item->text(0) == QLatin1String("Name")) {
            QVERIFY(!item->font(0).bold());
        }
    }
    QVERIFY(sawPhone);

    // Export the two rows shown.
    const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
    QCOMPARE(page.exportTo(csv).message(), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 3); // the header and two rows (no line breaks in values)
    QVERIFY(!bytes.contains(",=Zhong"));

    // Show all: every row again.
    bar->clear();
    QCOMPARE(page.model()->rowCount(), all);
    QVERIFY(bar->recordField()->text().isEmpty());
}

void TestHistoryPage::backUpNow()
{
    const QString path = m_dir.filePath(QStringLiteral("backup.cohortplan"));
    TestSupport::copyPlan(m_demo, path);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(path));
    BackupStore store(path);
    const auto manualCount = [&] {
        const auto list = store.list();
        return std::count_if(list.begin(), list.end(), [](const BackupStore::Entry &e) {
            return e.kind == BackupStore::Kind::Manual;
        });
    };
    QCOMPARE(manualCount(), 0);
    auto *action = window.findChild<QAction *>(QStringLiteral("backUpNow"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(manualCount(), 1);
}

void TestHistoryPage::cohortMenuOffersTheCalendarExport()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(m_demo));
    auto *page = qobject_cast<TablePage *>(window.page(MainWindow::Cohorts));
    QVERIFY(page);
    window.showPage(MainWindow::Cohorts);
    if (!page->model()->isLoaded())
        QVERIFY(waitLoaded(page->model()));
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    page->view()->selectRow(0);
    QMenu menu;
    page->populateContextMenu(&menu);
    QStringList texts;
    for (QAction *a : menu.actions())
        texts << a->text();
    QVERIFY2(texts.contains(MainWindow::tr("Export Sessions as Calendar (.ics)…")),
             qPrintable(texts.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"

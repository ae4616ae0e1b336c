// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven as a coordinator would: a GB18030 file with semicolons and
// Chinese headers, a wrong encoding picked and put right, columns matched, a dry run
// with one problem, the bad row skipped, the import on its worker thread.
#include "testsupport.h"

#include "importwizard.h"
#include "mainwindow.h"

#include "io/csvreader.h"
#include "io/tablesource.h"
#include "items/importproblemmodel.h"
#include "items/plansession.h"
#include "items/tableexport.h"
#include "store/plandatabase.h"
#include "store/repository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Planner;

namespace {

// The action of the window's menus that matches.
QAction *menuAction(MainWindow &window, const std::function<bool(QAction *)> &matches)
{
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
            if (matches(a))
                return a;
    return nullptr;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void problemModel();
    void wizard();
    void blanksAndCoverage();
    void fromTheWindow();
    void calendarFromTheWindow();
    void kindFromHeadersAndTemplates_data();
    void kindFromHeadersAndTemplates();

private:
    // When the wizard opens: preset(wizard), the file, then through every page to the
    // import; *drove says whether it got there.
    void whenWizardOpens(const QString &csv, const std::function<void(ImportWizard *)> &preset,
                         bool *drove);

    QTemporaryDir m_dir;
};

void TestImportWizard::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
}

void TestImportWizard::problemModel()
{
    ImportProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProblems(
        {{3, QStringLiteral("name"), QString(), QStringLiteral("name is required")},
         {2, QStringLiteral("email"), QStringLiteral("x"), QStringLiteral("not an e-mail address")},
         {5, QStringLiteral("cohort"), QStringLiteral("Z"),
          QStringLiteral("unknown cohort code Z")}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ImportProblemModel::ColumnCount));
    const QPersistentModelIndex first = model.index(0, ImportProblemModel::Line);
    model.sort(ImportProblemModel::Line, Qt::AscendingOrder);
    QCOMPARE(model.index(0, ImportProblemModel::Line).data().toInt(), 2);
    QCOMPARE(first.row(), 1); // the line-3 problem moved down, its index with it
    model.sort(ImportProblemModel::ColumnName, Qt::DescendingOrder);
    // Columns are shown by their names for people, not their header keys.
    QCOMPARE(model.index(0, ImportProblemModel::ColumnName).data().toString(),
             QStringLiteral("Name"));

    // A table exports as it is shown.
    const QString path = m_dir.filePath(QStringLiteral("problems.csv"));
    QCOMPARE(TableExport::write(model, path).message(), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    CsvReader reader;
    const auto records = reader.parse(QString::fromUtf8(f.readAll()));
    QCOMPARE(int(records.size()), 4);
    QCOMPARE(records[1].fields.value(1), QStringLiteral("Name"));
}

void TestImportWizard::wizard()
{
    const QString plan =
        TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("plan.cohortplan")));
    int before = 0;
    {
        auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadOnly);
        QVERIFY(db);
        before = Repository<Trainee>(db->database()).count();
    }
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb(
        QStringLiteral("身份证号;姓名;单位\r\n110101196001010011;王小明;\"北京; "
                       "海淀\"\r\n11010119600101002X;;缺名字\r\n110101196001010038;李雷;朝阳\r\n"));
    const QString csv = m_dir.filePath(QStringLiteral("名单.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    ImportWizard wizard(plan, m_dir.path());
    wizard.setFile(csv);
    wizard.setKind(ImportKind::Trainees);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // Detected: GB18030, semicolons; the preview shows the Chinese text.
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPageId));
    auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QVERIFY(preview);
    QCOMPARE(preview->columnCount(), 3);
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("王小明"));
    QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("北京; 海淀"));
    // A wrong choice shows garbage (or the reason), and putting it right restores it.
    auto *encoding = wizard.findChild<QComboBox *>(QStringLiteral("importEncoding"));
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8)));
    QVERIFY(preview->rowCount() == 0 || preview->item(0, 1) == nullptr ||
            preview->item(0, 1)->text() != QStringLiteral("王小明"));
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Gb18030)));
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("王小明"));
    QTest::mouseClick(next, Qt::LeftButton);

    // Columns matched by their Chinese headers.
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("map_id_number"))->currentText(),
             QStringLiteral("身份证号"));
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("map_name"))->currentText(),
             QStringLiteral("姓名"));
    auto *email = wizard.findChild<QComboBox *>(QStringLiteral("map_email"));
    QCOMPARE(email->currentData().toInt(), -1);
    // Unmapping a required column blocks the way on.
    auto *name = wizard.findChild<QComboBox *>(QStringLiteral("map_name"));
    name->setCurrentIndex(0);
    QVERIFY(!next->isEnabled());
    name->setCurrentIndex(name->findText(QStringLiteral("姓名")));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // The dry run: one problem, nothing written; skipping it allows the import.
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    auto *view = wizard.findChild<QTableView *>(QStringLiteral("problemView"));
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 20000);
    QCOMPARE(view->model()->index(0, ImportProblemModel::Line).data().toInt(), 3);
    QCOMPARE(view->model()->index(0, ImportProblemModel::ColumnName).data().toString(),
             QStringLiteral("Name"));
    QVERIFY(!next->isEnabled());
    // Sorting by a header click keeps the one row.
    QTest::mouseClick(
        view->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(view->horizontalHeader()->sectionViewportPosition(ImportProblemModel::Message) + 5,
               5));
    QCOMPARE(view->model()->rowCount(), 1);
    auto *skip = wizard.findChild<QCheckBox *>(QStringLiteral("skipInvalid"));
    QVERIFY(skip->isEnabled());
    QTest::mouseClick(skip, Qt::LeftButton, {}, QPoint(5, skip->height() / 2));
    QVERIFY(skip->isChecked());
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    QVERIFY(commit->isVisible() ? commit->isEnabled() : next->isEnabled());
    {
        auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadOnly);
        QVERIFY(db);
        QCOMPARE(Repository<Trainee>(db->database()).count(), before);
    }
    QTest::mouseClick(commit->isVisible() ? commit : next, Qt::LeftButton);

    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.hasImported(), 20000);
    QCOMPARE(wizard.result().imported, 2);
    QCOMPARE(wizard.result().skipped, 1);
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("importSummary"));
    QTRY_VERIFY(summary->text().contains(QStringLiteral("Undo takes the whole import back")));
    auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadOnly);
    QVERIFY(db);
    QCOMPARE(Repository<Trainee>(db->database()).count(), before + 2);
}

// A corrected roster of trainees the plan has: by default its empty cells keep what the
// plan holds; ticked, the dry run lists every value they would clear, and the coverage
// tab says which columns the file gives, leaves out, and has without a field.
void TestImportWizard::blanksAndCoverage()
{
    const QString plan =
        TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("blanks.cohortplan")));
    std::vector<Trainee> trainees;
    {
        auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadOnly);
        QVERIFY(db);
        trainees = Repository<Trainee>(db->database()).loadAll();
    }
    QByteArray csv = "身份证号,姓名,单位,区,鞋码\n";
    for (std::size_t i = 0; i < 2; ++i)
        csv += trainees[i].idNumber.toUtf8() + ',' + trainees[i].name.toUtf8() + ',' +
               trainees[i].employer.toUtf8() + ",,42\n";
    const QString file = m_dir.filePath(QStringLiteral("roster.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    for (const bool clears : {false, true}) {
        ImportWizard wizard(plan, m_dir.path());
        wizard.setFile(file);
        wizard.setKind(ImportKind::Trainees);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        auto *unknown = wizard.findChild<QLabel *>(QStringLiteral("unknownColumns"));
        QVERIFY(unknown->text().contains(QStringLiteral("鞋码")));
        auto *blankClears = wizard.findChild<QCheckBox *>(QStringLiteral("blankClears"));
        QVERIFY(!blankClears->isChecked());
        if (clears)
            QTest::mouseClick(blankClears, Qt::LeftButton, {},
                              QPoint(5, blankClears->height() / 2));
        QCOMPARE(wizard.options().rows.blankClears, clears);
        wizard.next();
        auto *summary = wizard.findChild<QLabel *>(QStringLiteral("checkSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("No problems")), 20000);
        auto *cleared = wizard.findChild<QTableView *>(QStringLiteral("clearedView"));
        QAbstractItemModelTester tester(cleared->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(cleared->model()->rowCount(), clears ? 2 : 0);
        if (clears)
            QCOMPARE(cleared->model()->index(0, ImportProblemModel::Value).data().toString(),
                     trainees[0].district);
        auto *columns = wizard.findChild<QTableWidget *>(QStringLiteral("columnCoverage"));
        QStringList rows;
        for (int r = 0; r < columns->rowCount(); ++r)
            rows << columns->item(r, 0)->text() + QLatin1Char('|') + columns->item(r, 1)->text() +
                        QLatin1Char('|') +
                        (columns->item(r, 3) ? columns->item(r, 3)->text() : QString());
        QVERIFY2(rows.contains(QStringLiteral("District|区|%1").arg(clears ? 2 : 0)),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.contains(QStringLiteral("Phone|not in the file: stored values kept|")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(
            rows.contains(QStringLiteral("(none)|鞋码: not imported, no field has this name|")),
            qPrintable(rows.join(QLatin1Char('\n'))));
        auto *tabs = wizard.findChild<QTabWidget *>(QStringLiteral("checkTabs"));
        QCOMPARE(tabs->currentIndex(), clears ? 2 : 1);
        // Without clearing, nothing changes at all: the next page has nothing to write.
        QVERIFY(summary->text().contains(clears ? QStringLiteral("0 new, 2 changed")
                                                : QStringLiteral("0 new, 0 changed, 2 unchanged")));
    }
}

void TestImportWizard::whenWizardOpens(const QString &csv,
                                       const std::function<void(ImportWizard *)> &preset,
                                       bool *drove)
{
    QTimer::singleShot(50, this, [csv, preset, drove] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        preset(wizard);
        wizard->setFile(csv);
        wizard->next();
        wizard->next();
        wizard->next();
        if (!QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, 20000))
            return;
        wizard->next();
        if (!QTest::qWaitFor([&] { return wizard->hasImported(); }, 20000))
            return;
        *drove = true;
        wizard->accept();
    });
}

void TestImportWizard::fromTheWindow()
{
    // File ▸ Import… in the window: the pages reload and the import is one undo step.
    const QString plan =
        TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("window.cohortplan")));
    const QString csv = m_dir.filePath(QStringLiteral("more.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id_number,id_type,name,employer\nX0001,passport,Ma "
                "Li,ACME\nX0002,\xe6\x8a\xa4\xe7\x85\xa7,Ding Yi,ACME\n"); // 护照
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(plan));
    QUndoStack *undo = window.session()->editor()->undoStack();
    undo->push(new QUndoCommand(QStringLiteral("an earlier edit")));
    QCOMPARE(undo->count(), 1);
    undo->setClean();
    QVERIFY(!window.isWindowModified());
    QAction *import = menuAction(
        window, [](QAction *a) { return a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I); });
    QVERIFY(import);
    QVERIFY(import->isEnabled());
    bool drove = false;
    whenWizardOpens(
        csv, [](ImportWizard *wizard) { wizard->setKind(ImportKind::Trainees); }, &drove);
    import->trigger();
    QVERIFY(drove);
    // The import is one more undo step, after the earlier edit; the title marks the plan
    // as changed.
    QCOMPARE(undo->count(), 2);
    QVERIFY(window.isWindowModified());
    QVERIFY(undo->text(1).contains(QStringLiteral("more.csv")));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Undo")));
    const auto passports = [&plan] {
        auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadOnly);
        if (!db)
            return false;
        const auto trainees = Repository<Trainee>(db->database()).loadAll();
        return std::any_of(trainees.begin(), trainees.end(), [](const Trainee &t) {
            return t.idNumber == QLatin1String("X0002") && t.idType == IdDocumentType::Passport;
        });
    };
    QVERIFY(passports());
    // Undo takes the import back, redo writes it again.
    undo->undo();
    QVERIFY(!passports());
    undo->redo();
    QVERIFY(passports());
}

void TestImportWizard::calendarFromTheWindow()
{
    // File ▸ Import Work Calendar… is the same wizard, the calendar kind chosen.
    const QString plan =
        TestSupport::writeEnrollmentPlan(m_dir.filePath(QStringLiteral("calendar.cohortplan")));
    const QString csv = m_dir.filePath(QStringLiteral("2027.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,kind,name,name_zh\n2027-01-01,holiday,New Year's Day,元旦\n");
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPlan(plan));
    QAction *import = menuAction(window, [](QAction *a) {
        return a->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Import Work Calendar"));
    });
    QVERIFY(import);
    int presetKind = -1;
    bool drove = false;
    whenWizardOpens(
        csv,
        [&presetKind](ImportWizard *wizard) {
            presetKind =
                wizard->findChild<QComboBox *>(QStringLiteral("importKind"))->currentData().toInt();
        },
        &drove);
    import->trigger();
    QCOMPARE(presetKind, int(ImportKind::Calendar));
    QVERIFY(drove);
    auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadOnly);
    QVERIFY(db);
    CalendarDay key;
    key.date = QDate(2027, 1, 1);
    const auto day = Repository<CalendarDay>(db->database()).find(key);
    QVERIFY(day);
    QCOMPARE(day->nameZh, QStringLiteral("元旦"));
}

void TestImportWizard::kindFromHeadersAndTemplates_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("suffix");
    for (int k = 0; k < ImportKindCount; ++k)
        for (const char *suffix : {"csv", "xlsx"})
            QTest::addRow("%s %s", qPrintable(toKey(ImportKind(k))), suffix)
                << k << QString::fromLatin1(suffix);
}

// A blank template of each kind holds its headers, the required ones marked; choosing it
// in the wizard proposes its kind. Headers of no kind say so.
void TestImportWizard::kindFromHeadersAndTemplates()
{
    QFETCH(int, kind);
    QFETCH(QString, suffix);
    const auto k = ImportKind(kind);
    const QString path = m_dir.filePath(QStringLiteral("template-%1.%2").arg(toKey(k), suffix));
    VERIFY_OK(Exporter::writeTemplate(k, path));
    auto source = openTableSource(path, SourceOptions{});
    QVERIFY2(source, qPrintable(source.message()));
    CsvReader::Record header;
    QVERIFY((*source)->next(&header));
    QStringList expected;
    for (const ImportColumn &c : ImportRules::columns(k))
        expected << (c.required ? c.key + QLatin1Char('*') : c.key);
    QCOMPARE(header.fields, expected);
    QCOMPARE(ImportRules::detectKind(header.fields), std::optional<ImportKind>(k));

    ImportWizard wizard(m_dir.filePath(QStringLiteral("unused.cohortplan")), m_dir.path());
    // Another kind first: the file's headers change it.
    wizard.setKind(ImportKind((kind + 1) % ImportKindCount));
    wizard.setFile(path);
    auto *box = wizard.findChild<QComboBox *>(QStringLiteral("importKind"));
    QCOMPARE(box->currentData().toInt(), kind);
    auto *said = wizard.findChild<QLabel *>(QStringLiteral("importDetectedKind"));
    QVERIFY2(said->text().contains(ImportRules::displayName(k).toLower()),
             qPrintable(said->text()));

    // A file whose headers name nothing the plan knows.
    const QString other = m_dir.filePath(QStringLiteral("other.csv"));
    {
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("colour,weight\nred,3\n");
    }
    wizard.setFile(other);
    QCOMPARE(box->currentData().toInt(), kind); // left as it was
    QVERIFY2(said->text().contains(QLatin1String("choose what it holds")),
             qPrintable(said->text()));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet import and export: a corpus of nasty files made here (BOM, GB18030, CRLF,
// quoted newlines, semicolons, tabs, ragged rows, duplicates, binary garbage, formula
// cells), all-or-nothing writes, re-imports that update, and lossless round trips.
#include "testsupport.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "io/calendarcsv.h"
#include "io/csvreader.h"
#include "io/importer.h"
#include "io/tablesource.h"
#include "io/tablewriter.h"
#include "io/xlsxreader.h"
#include "planning/identitydocument.h"
#include "store/auditlog.h"
#include "store/plandatabase.h"
#include "store/planinvariants.h"
#include "store/planqueries.h"
#include "store/repository.h"
#include "store/sqlutil.h"

#include <minizip/zip.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Planner;

// Valid resident ID numbers (region, birth date, sequence, MOD 11-2 check character).
#define ID_A "110101199003071233"
#define ID_B "110105199105122340"
#define ID_C "110108199208153456"
#define ID_D "11010219940620456X"

namespace {

QStringList texts(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *i : items)
        list << QString::fromUtf8(i);
    return list;
}

std::unique_ptr<PlanDatabase> openPlan(const QString &path)
{
    return TestSupport::openForEditing(path);
}

ImportResult importFile(PlanDatabase &plan, const QString &path, ImportKind kind,
                        bool dryRun = false, bool skipInvalid = false)
{
    QSqlDatabase db = plan.database();
    ImportOptions options;
    options.kind = kind;
    options.dryRun = dryRun;
    options.skipInvalid = skipInvalid;
    return Importer::run(db, path, options);
}

QString problemsOf(const ImportResult &r)
{
    QStringList lines;
    for (const ImportProblem &p : r.problems)
        lines << Importer::problemText(p) + QStringLiteral(" [") + p.value + QLatin1Char(']');
    return lines.join(QLatin1Char('\n'));
}

// A workbook written by hand, as Excel lays it out: shared strings (one with rich text
// runs and a phonetic run), a number, a date serial, an inline string, a skipped cell.
QByteArray handMadeXlsx(const QString &path)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), 0);
    if (!zip)
        qFatal("cannot create %s", qPrintable(path));
    auto add = [&](const char *name, const QByteArray &content) {
        zipOpenNewFileInZip64(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6,
                              0);
        zipWriteInFileInZip(zip, content.constData(), unsigned(content.size()));
        zipCloseFileInZip(zip);
    };
    add("[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    add("xl/workbook.xml",
        "<?xml version=\"1.0\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"名单\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>");
    add("xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId7\" Type=\"worksheet\" "
        "Target=\"worksheets/trainees.xml\"/></Relationships>");
    add("xl/sharedStrings.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>身份证号</t></si><si><t>姓名</t></si><si><t>单位</t></si><si><t>电话</t></si>"
        "<si><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r><rPh><t>ZHANG</t></rPh></si>"
        "<si><t xml:space=\"preserve\">北京 &amp; 公司</t></si></sst>");
    add("xl/worksheets/trainees.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" "
        "t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"str\"><v>110101199001011237</v></c><c r=\"B2\" "
        "t=\"s\"><v>4</v></c><c r=\"C2\" t=\"s\"><v>5</v></c><c "
        "r=\"D2\"><v>13800138000</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>110101199001015676</t></is></c><c "
        "r=\"B4\" t=\"inlineStr\"><is><t>李四</t></is></c></row>"
        "</sheetData></worksheet>");
    zipClose(zip, nullptr);
    return {};
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detectEncoding_data();
    void detectEncoding();
    void writerFailureNamesTheFile_data();
    void writerFailureNamesTheFile();
    void sniffDelimiter_data();
    void sniffDelimiter();
    void streamMatchesParse_data();
    void streamMatchesParse();
    void corpus_data();
    void corpus();
    void badFiles_data();
    void badFiles();
    void dryRunListsEveryProblem();
    void atomicOnLastRowError();
    void skipInvalid();
    void tooManyRows();
    void cancelWritesNothing();
    void randomInput();
    void reimportUpdates();
    void nothingErasedByOmission_data();
    void nothingErasedByOmission();
    void columnCoverage();
    void blanksKeepEveryKind_data();
    void blanksKeepEveryKind();
    void identityNumbers_data();
    void identityNumbers();
    void firstGenerationIdNumbers();
    void enrollmentRules();
    void sameRulesAsRoster_data();
    void sameRulesAsRoster();
    void cohortImportsKeepEnrollments();
    void withdrawalSeatsTheWaitlist();
    void importIsOneUndoStep();
    void xlsxHandMade();
    void formulaEscape_data();
    void formulaEscape();
    void roundTrip_data();
    void roundTrip();
    void cli();
    void shippedExamples();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_small; // the demo plan with its first 300 trainees only: fast round trips
};

void TestImport::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_demo = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
    m_small = m_dir.filePath(QStringLiteral("small.cohortplan"));
    TestSupport::copyPlan(m_demo, m_small);
    TestSupport::rawExec(m_small, {QStringLiteral("DELETE FROM enrollment WHERE trainee_id > 300"),
                                   QStringLiteral("DELETE FROM trainee WHERE id > 300")});
}

void TestImport::detectEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expected"); // -1: refused
    QStringEncoder gb("GB18030");
    QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << int(TextEncoding::Utf8);
    QTest::newRow("utf-8") << QString::fromUtf8("姓名,单位\n张三,北京\n").toUtf8()
                           << int(TextEncoding::Utf8);
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                             "a,b\n")
                               << int(TextEncoding::Utf8Bom);
    QTest::newRow("gb18030") << QByteArray(gb(QStringLiteral("姓名,单位\n张三,北京\n")))
                             << int(TextEncoding::Gb18030);
    // A sample cut in the middle of a three-byte character is still UTF-8.
    QTest::newRow("utf-8 cut") << QString::fromUtf8("名字,张").toUtf8().chopped(1)
                               << int(TextEncoding::Utf8);
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << -1;
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                          "a\0,\0b\0",
                                          8)
                            << -1;
}

void TestImport::writerFailureNamesTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv in a missing folder") << QStringLiteral("no/such/folder/out.csv");
    QTest::newRow("xlsx in a missing folder") << QStringLiteral("no/such/folder/out.xlsx");
    QTest::newRow("neither csv nor xlsx") << QStringLiteral("out.txt");
}

// Whether the writer refuses to start or fails at the end, the Problem names the file and
// nothing is left behind.
void TestImport::writerFailureNamesTheFile()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    auto created = TableWriter::create(path);
    QString message = created.message();
    if (created) {
        (*created)->writeRow({QStringLiteral("a"), QStringLiteral("b")});
        message = (*created)->finish().message();
    }
    QVERIFY2(!message.isEmpty(), "writing into a missing folder reported success");
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY(!QFileInfo::exists(path));
}

void TestImport::detectEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expected);
    const auto found = TextDetection::detectEncoding(bytes);
    if (expected < 0) {
        QVERIFY(!found);
        QVERIFY(!found.message().isEmpty());
    } else {
        QVERIFY2(found, qPrintable(found.message()));
        QCOMPARE(int(*found), expected);
    }
}

void TestImport::sniffDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << "a,b,c\n1,2,3\n"
                           << ",";
    QTest::newRow("semicolon with commas in names")
        << "name;employer\n\"Li, Wei\";ACME, Ltd\nZhang;X\n"
        << ";";
    QTest::newRow("tab") << "a\tb\n1\t2\n"
                         << "\t";
    QTest::newRow("quoted commas stay in a tab file") << "a\tb\n\"1,2,3\"\t4\n"
                                                      << "\t";
    QTest::newRow("one column") << "name\nZhang\n"
                                << ",";
}

void TestImport::sniffDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QCOMPARE(QString(TextDetection::sniffDelimiter(text)), delimiter);
}

void TestImport::streamMatchesParse_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("chunk");
    for (const char *e : {"utf-8", "gb18030"})
        for (int chunk : {1, 2, 3, 5, 7, 64, 1 << 20})
            QTest::addRow("%s, chunks of %d", e, chunk) << QString::fromLatin1(e) << chunk;
}

void TestImport::streamMatchesParse()
{
    QFETCH(QString, encoding);
    QFETCH(int, chunk);
    const QString text =
        QStringLiteral("id,名字,note\r\n1,\"张,三\",\"说 "
                       "\"\"你好\"\"\r\n第二行\"\r\n\r\n2,李四,\r\n3,\"\",end\n4,x,\"a\"\"\"\r");
    const QByteArray bytes = encoding == QLatin1String("gb18030")
                                 ? QByteArray(QStringEncoder("GB18030")(text))
                                 : text.toUtf8();
    CsvReader reference;
    const auto expected = reference.parse(text);
    QVERIFY(reference.status().ok());
    QCOMPARE(int(expected.size()), 5);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvStreamReader reader(&buffer, *encodingFromKey(encoding), QLatin1Char(','));
    reader.setChunkSize(chunk);
    std::vector<CsvReader::Record> records;
    CsvReader::Record r;
    while (reader.next(&r))
        records.push_back(r);
    QVERIFY2(reader.status().ok(), qPrintable(reader.status().message()));
    QCOMPARE(int(records.size()), int(expected.size()));
    for (std::size_t i = 0; i < records.size(); ++i) {
        QCOMPARE(records[i].line, expected[i].line);
        QCOMPARE(records[i].fields, expected[i].fields);
    }
}

void TestImport::corpus_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QStringEncoder gb("GB18030");
    const QString chinese = QStringLiteral("身份证号,姓名,单位,电话\n110101199001011237,张三,"
                                           "\"北京某某科技有限公司, 海淀\",\"+86 138\"\n"
                                           "110101199001015676,\"李\"\"四\"\"\",\"多行\n单位\",\n");
    QTest::newRow("utf-8, chinese header") << chinese.toUtf8();
    QTest::newRow("utf-8 bom, crlf")
        << QByteArray("\xEF\xBB\xBF") +
               QString(chinese).replace(QLatin1Char('\n'), QLatin1String("\r\n")).toUtf8();
    QTest::newRow("gb18030") << QByteArray(gb(chinese));
    QTest::newRow("gb18030 crlf") << QByteArray(
        gb(QString(chinese).replace(QLatin1Char('\n'), QLatin1String("\r\n"))));
    QTest::newRow("semicolons") << QStringLiteral(
                                       "id_number;name;employer;phone\n110101199001011237;张三;"
                                       "\"北京某某科技有限公司, 海淀\";\"+86 138\"\n"
                                       "110101199001015676;\"李\"\"四\"\"\";\"多行\n单位\";\n")
                                       .toUtf8();
    QTest::newRow("tabs, english header in capitals, columns reordered")
        << QStringLiteral("Phone\tName\tID Number\tEmployer\n\"+86 "
                          "138\"\t张三\t110101199001011237\t北京某某科技有限公司, 海淀\n"
                          "\t\"李\"\"四\"\"\"\t110101199001015676\t\"多行\n单位\"\n")
               .toUtf8();
    QTest::newRow("excel escaped cells")
        << QStringLiteral("id_number,name,employer,phone\n110101199001011237,张三,"
                          "\"北京某某科技有限公司, 海淀\",'+86 138\n"
                          "110101199001015676,\"李\"\"四\"\"\",\"多行\n单位\",\n")
               .toUtf8();
}

void TestImport::corpus()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    const QString csv = TestSupport::writeFile(dir.filePath(QStringLiteral("trainees.csv")), bytes);
    const ImportResult r = importFile(*plan, csv, ImportKind::Trainees);
    QVERIFY2(r.ok(), qPrintable(problemsOf(r)));
    QCOMPARE(r.rows, 2);
    QCOMPARE(r.imported, 2);
    const auto trainees = Repository<Trainee>(plan->database()).loadAll();
    QCOMPARE(int(trainees.size()), 2);
    QCOMPARE(trainees[0].idNumber, QStringLiteral("110101199001011237"));
    QCOMPARE(trainees[0].name, QStringLiteral("张三"));
    QCOMPARE(trainees[0].employer, QStringLiteral("北京某某科技有限公司, 海淀"));
    QCOMPARE(trainees[0].phone, QStringLiteral("+86 138"));
    QCOMPARE(trainees[1].name, QStringLiteral("李\"四\""));
    // A line break inside quotes is kept as the file writes it (CRLF or LF).
    QCOMPARE(QString(trainees[1].employer).replace(QLatin1String("\r\n"), QLatin1String("\n")),
             QStringLiteral("多行\n单位"));
}

void TestImport::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty file") << QByteArray() << 0 << ""
                                << "empty";
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << 1 << ""
                                      << "no header";
    QTest::newRow("header only") << QByteArray("id_number,name\r\n") << 1 << ""
                                 << "no data rows";
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    QTest::newRow("binary garbage") << garbage << 0 << ""
                                    << "binary";
    QTest::newRow("missing required column")
        << QByteArray("id_number,employer\n" ID_A ",ACME\n") << 1 << "name"
        << "required column";
    QTest::newRow("ragged row") << QByteArray("id_number,name\n" ID_A ",Zhang\n" ID_B ",Li,extra\n")
                                << 3 << ""
                                << "3 cells";
    QTest::newRow("unterminated quote")
        << QByteArray("id_number,name\n" ID_A ",\"Zhang\n" ID_B ",Li\n") << 2 << ""
        << "never closed";
    QTest::newRow("text after quote")
        << QByteArray("id_number,name\n" ID_A ",\"Zhang\"x\n") << 2 << ""
        << "after a closing quote";
    QTest::newRow("duplicate id") << QByteArray("id_number,name\n" ID_A ",Zhang\n" ID_A ",Li\n")
                                  << 3 << "id_number"
                                  << "line 2";
    QTest::newRow("empty name") << QByteArray("id_number,name\n" ID_A ",\n") << 2 << "name"
                                << "required";
    QTest::newRow("bad email") << QByteArray("id_number,name,email\n" ID_A
                                             ",Zhang,zhang.example.com\n")
                               << 2 << "email"
                               << "e-mail";
    QTest::newRow("utf-8 goes bad after the sample")
        << (QByteArray("id_number,name,employer\n" ID_A ",Zhang,") + QByteArray(70000, 'x') +
            "\n" ID_B ",\xff\xfe,\n")
        << 3 << ""
        << "UTF-8";
}

void TestImport::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::newPlan(path).reset();
    const QByteArray before = TestSupport::checksum(path);
    {
        auto plan = openPlan(path);
        const QString csv = TestSupport::writeFile(dir.filePath(QStringLiteral("bad.csv")), bytes);
        const ImportResult r = importFile(*plan, csv, ImportKind::Trainees);
        QVERIFY(!r.ok());
        QVERIFY(!r.written);
        QCOMPARE(r.imported, 0);
        QCOMPARE(r.problems.front().line, line);
        QCOMPARE(r.problems.front().column, column);
        QVERIFY2(r.problems.front().message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(problemsOf(r)));
        QCOMPARE(Repository<Trainee>(plan->database()).count(), 0);
    }
    QCOMPARE(TestSupport::checksum(path), before);
}

void TestImport::dryRunListsEveryProblem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::copyPlan(m_demo, path);
    auto plan = openPlan(path);
    QSqlDatabase db = plan->database();
    const auto trainees = Repository<Trainee>(db).loadAll();
    const auto cohorts = Repository<Cohort>(db).loadAll();
    // A small cohort to overfill, and trainees not enrolled anywhere.
    std::vector<Id> enrolled;
    for (const Enrollment &e : Repository<Enrollment>(db).loadAll())
        enrolled.push_back(e.traineeId);
    std::sort(enrolled.begin(), enrolled.end());
    QStringList free;
    for (const Trainee &t : trainees)
        if (!std::binary_search(enrolled.begin(), enrolled.end(), t.id) && free.size() < 40)
            free << t.idNumber;
    QCOMPARE(free.size(), 40);
    const Cohort target = cohorts.front();
    QByteArray csv = "id_number,cohort,status,enrolled_on,score\n";
    csv += free[0].toUtf8() + "," + target.code.toUtf8() +
           ",enrolled,2026-02-30,\n";                                          // bad date (line 2)
    csv += free[1].toUtf8() + ",NO-SUCH-COHORT,enrolled,,\n";                  // unknown cohort (3)
    csv += free[2].toUtf8() + "," + target.code.toUtf8() + ",enrolled,,101\n"; // bad score (4)
    csv += free[3].toUtf8() + "," + target.code.toUtf8() + ",graduated,,\n";   // bad status (5)
    csv += "999999,\"" + target.code.toUtf8() + "\",enrolled,,\n";            // unknown trainee (6)
    csv += free[4].toUtf8() + "," + target.code.toUtf8() + ",waitlisted,,\n"; // fine (7)
    csv += free[4].toUtf8() + "," + target.code.toUtf8() + ",waitlisted,,\n"; // duplicate (8)
    // Enough enrolled rows to exceed the cohort's free seats (9...).
    const int taken = PlanQueries(db).seatHolders()[target.id];
    const int over = target.capacity - taken + 1;
    QVERIFY(over < 30);
    for (int i = 0; i < over; ++i)
        csv += free[10 + i].toUtf8() + "," + target.code.toUtf8() + ",enrolled,2026-01-05,80\n";
    const QString file =
        TestSupport::writeFile(dir.filePath(QStringLiteral("enrollments.csv")), csv);
    const QByteArray before = TestSupport::checksum(path);
    const ImportResult r = importFile(*plan, file, ImportKind::Enrollments, true);
    QCOMPARE(r.rows, 7 + over);
    QCOMPARE(r.problemCount, 7);
    QCOMPARE(r.invalidRows, 7);
    auto at = [&](int i) { return r.problems.at(std::size_t(i)); };
    QCOMPARE(at(0).line, 2);
    QCOMPARE(at(0).column, QStringLiteral("enrolled_on"));
    QCOMPARE(at(0).value, QStringLiteral("2026-02-30"));
    QCOMPARE(at(1).line, 3);
    QCOMPARE(at(1).column, QStringLiteral("cohort"));
    QVERIFY(at(1).message.contains(QStringLiteral("unknown cohort")));
    QCOMPARE(at(2).column, QStringLiteral("score"));
    QCOMPARE(at(3).column, QStringLiteral("status"));
    QCOMPARE(at(3).value, QStringLiteral("graduated"));
    QCOMPARE(at(4).column, QStringLiteral("id_number"));
    QVERIFY(at(4).message.contains(QStringLiteral("unknown trainee")));
    QCOMPARE(at(5).line, 8);
    QVERIFY(at(5).message.contains(QStringLiteral("duplicate")));
    QCOMPARE(at(6).line, 8 + over);
    QVERIFY2(at(6).message.contains(QStringLiteral("cannot take a seat")),
             qPrintable(at(6).message));
    QCOMPARE(r.imported, 0);
    QCOMPARE(r.skipped, r.rows);
    QCOMPARE(TestSupport::checksum(path), before);

    // The list exports as CSV that reads back the same.
    const QString out = dir.filePath(QStringLiteral("problems.csv"));
    QCOMPARE(Importer::writeProblems(out, r.problems).message(), QString());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    CsvReader reader;
    const auto records = reader.parse(QString::fromUtf8(f.readAll()));
    QCOMPARE(int(records.size()), 8);
    QCOMPARE(records[0].fields, texts({"line", "column", "value", "message"}));
    QCOMPARE(records[1].fields.value(2), QStringLiteral("2026-02-30"));
    QCOMPARE(records[7].fields.value(0), QString::number(8 + over));
}

void TestImport::atomicOnLastRowError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::copyPlan(m_demo, path);
    const QByteArray before = TestSupport::checksum(path);
    QByteArray csv = "id_number,name,employer\r\n";
    for (int i = 0; i < 2000; ++i)
        csv +=
            TestSupport::idNumber(i).toLatin1() + ",Trainee " + QByteArray::number(i) + ",ACME\r\n";
    csv += TestSupport::idNumber(5000).toLatin1() + ",,ACME\r\n"; // no name
    const QString file = TestSupport::writeFile(dir.filePath(QStringLiteral("t.csv")), csv);
    {
        auto plan = openPlan(path);
        const ImportResult r = importFile(*plan, file, ImportKind::Trainees);
        QCOMPARE(r.problemCount, 1);
        QCOMPARE(r.problems.front().line, 2002);
        QCOMPARE(r.imported, 0);
        QVERIFY(!r.written);
    }
    QCOMPARE(TestSupport::checksum(path), before);
}

void TestImport::skipInvalid()
{
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    const QString file =
        TestSupport::writeFile(dir.filePath(QStringLiteral("t.csv")),
                               "id_number,name\n" ID_A ",Zhang\n" ID_B ",\n" ID_C ",Li\n");
    const ImportResult dry = importFile(*plan, file, ImportKind::Trainees, true, true);
    QCOMPARE(dry.imported, 2);
    QCOMPARE(dry.skipped, 1);
    QCOMPARE(Repository<Trainee>(plan->database()).count(), 0);
    const ImportResult r = importFile(*plan, file, ImportKind::Trainees, false, true);
    QVERIFY(r.written);
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(r.problemCount, 1);
    QCOMPARE(Repository<Trainee>(plan->database()).count(), 2);
}

void TestImport::tooManyRows()
{
    // A huge file is streamed and stopped at the row limit (2,000,000 by default; 100
    // here), with nothing written: it never fills memory with records.
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    QByteArray csv = "id_number,name\n";
    for (int i = 0; i < 150; ++i)
        csv += TestSupport::idNumber(i).toLatin1() + ",Name " + QByteArray::number(i) + "\n";
    QSqlDatabase db = plan->database();
    ImportOptions options;
    options.kind = ImportKind::Trainees;
    options.maxRows = 100;
    const ImportResult r = Importer::run(
        db, TestSupport::writeFile(dir.filePath(QStringLiteral("big.csv")), csv), options);
    QCOMPARE(r.problemCount, 1);
    QCOMPARE(r.problems.front().line, 102);
    QVERIFY(r.problems.front().message.contains(QStringLiteral("more than 100")));
    QVERIFY(!r.written);
    QCOMPARE(Repository<Trainee>(db).count(), 0);
}

void TestImport::cancelWritesNothing()
{
    // Cancelled half way, after batches were already written into the open transaction:
    // the plan file stays as it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::newPlan(path).reset();
    QByteArray csv = "id_number,name,employer\n";
    for (int i = 0; i < 60000; ++i)
        csv += TestSupport::idNumber(i).toLatin1() + ",Trainee number " + QByteArray::number(i) +
               ",An employer with a long name\n";
    QVERIFY(csv.size() > 3 * 1024 * 1024);
    const QString file = TestSupport::writeFile(dir.filePath(QStringLiteral("big.csv")), csv);
    const QByteArray before = TestSupport::checksum(path);
    {
        auto plan = openPlan(path);
        QSqlDatabase db = plan->database();
        ImportOptions options;
        options.kind = ImportKind::Trainees;
        int calls = 0;
        const ImportResult r = Importer::run(db, file, options, [&](qint64, qint64) {
            return ++calls < 2; // cancel on the second report, some 2 MB in
        });
        QVERIFY(calls >= 2);
        QVERIFY(r.cancelled);
        QVERIFY(!r.written);
        QCOMPARE(r.imported, 0);
        QCOMPARE(Repository<Trainee>(db).count(), 0);
    }
    QCOMPARE(TestSupport::checksum(path), before);
}

void TestImport::randomInput()
{
    // Seeded random files of CSV-ish bytes (quotes, delimiters, line ends, high bytes,
    // NULs) and cut workbooks: every one is either imported whole or refused with a
    // problem, never a crash, never a partial write.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::newPlan(path).reset();
    auto plan = openPlan(path);
    QRandomGenerator random(20261129);
    const QByteArray alphabet =
        QByteArray("\"\",,;\t\r\n\nabcxyz019 =+-@'") + QByteArray("\xe5\xa7\x93\xc3\xff\x00", 6);
    QByteArray workbook;
    {
        const QString xlsx = dir.filePath(QStringLiteral("w.xlsx"));
        handMadeXlsx(xlsx);
        QFile f(xlsx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        workbook = f.readAll();
    }
    for (int i = 0; i < 60; ++i) {
        QByteArray bytes;
        if (i % 6 == 5) {
            bytes = workbook.left(int(random.bounded(workbook.size())));
        } else {
            bytes = "id_number,name,employer\n";
            const int n = int(random.bounded(400));
            for (int k = 0; k < n; ++k)
                bytes += alphabet.at(int(random.bounded(alphabet.size())));
        }
        const QString file = TestSupport::writeFile(
            dir.filePath(QStringLiteral("r%1.%2").arg(i).arg(i % 6 == 5 ? QStringLiteral("xlsx")
                                                                        : QStringLiteral("csv"))),
            bytes);
        const int before = Repository<Trainee>(plan->database()).count();
        const ImportResult r = importFile(*plan, file, ImportKind::Trainees);
        const int after = Repository<Trainee>(plan->database()).count();
        if (r.ok())
            QCOMPARE(after - before, r.imported);
        else
            QCOMPARE(after, before);
        QCOMPARE(r.problemCount >= int(r.problems.size()), true);
    }
}

void TestImport::reimportUpdates()
{
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    const QString first = TestSupport::writeFile(dir.filePath(QStringLiteral("a.csv")),
                                                 "id_number,name,employer,phone\n" ID_A
                                                 ",Zhang,ACME,123\n" ID_B ",Li,ACME,456\n");
    QCOMPARE(importFile(*plan, first, ImportKind::Trainees).imported, 2);
    const QByteArray before = TestSupport::checksum(plan->path());
    const ImportResult again = importFile(*plan, first, ImportKind::Trainees);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.unchanged, 2);
    QVERIFY(!again.written);
    QCOMPARE(TestSupport::checksum(plan->path()), before); // not even an audit entry
    // Without the phone column the stored phone stays; the employer changes.
    const QString second = TestSupport::writeFile(dir.filePath(QStringLiteral("b.csv")),
                                                  "姓名,身份证号,单位\nZhang," ID_A
                                                  ",Globex\nWang," ID_C ",Initech\n");
    const ImportResult r = importFile(*plan, second, ImportKind::Trainees);
    QVERIFY2(r.ok(), qPrintable(problemsOf(r)));
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.imported, 1);
    const auto trainees = Repository<Trainee>(plan->database()).loadAll();
    QCOMPARE(int(trainees.size()), 3);
    QCOMPARE(trainees[0].employer, QStringLiteral("Globex"));
    QCOMPARE(trainees[0].phone, QStringLiteral("123"));
    // One audit entry per import, not one per row.
    QSqlDatabase db = plan->database();
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'import' AND table_name = 'trainee'"))
                 .toInt(),
             2);
}

// A stored trainee, then a second file: lines cut short, empty cells, corrected values.
// Nothing the second file does not give is erased, unless blanks are asked to clear.
void TestImport::nothingErasedByOmission_data()
{
    QTest::addColumn<QByteArray>(
        "rows"); // after the header id_number,name,employer,district,email,phone
    QTest::addColumn<bool>("blankClears");
    QTest::addColumn<bool>("skipInvalid");
    QTest::addColumn<QString>("problem"); // part of the first problem's message, or empty
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("cleared");
    QTest::addColumn<QStringList>("after"); // employer, district, email, phone
    const QStringList stored{QStringLiteral("ACME"), QStringLiteral("海淀"),
                             QStringLiteral("z@acme.cn"), QStringLiteral("138")};
    QTest::newRow("short row is a problem")
        << QByteArray("110108199208153456,Zhang\n") << false << false
        << "lacks employer, district, email, phone" << 0 << 0 << stored;
    QTest::newRow("short row skipped")
        << QByteArray("110108199208153456,Zhang\n110113198305160670,Li,,,,\n") << false << true
        << "2 cells" << 0 << 0 << stored;
    QTest::newRow("short row even with blank-clears")
        << QByteArray("110108199208153456,Zhang,ACME\n") << true << false
        << "lacks district, email, phone" << 0 << 0 << stored;
    QTest::newRow("empty cells keep")
        << QByteArray("110108199208153456,Zhang,,,,\n") << false << false << "" << 0 << 0 << stored;
    QTest::newRow("empty cells clear on request")
        << QByteArray("110108199208153456,Zhang,,,,\n") << true << false << "" << 1 << 4
        << QStringList{QString(), QString(), QString(), QString()};
    QTest::newRow("a corrected value changes only itself")
        << QByteArray("110108199208153456,Zhang,Globex,,,\n") << false << false << "" << 1 << 0
        << QStringList{QStringLiteral("Globex"), QStringLiteral("海淀"),
                       QStringLiteral("z@acme.cn"), QStringLiteral("138")};
    QTest::newRow("a correction and a clear")
        << QByteArray("110108199208153456,Zhang,Globex,,z@acme.cn,\n") << true << false << "" << 1
        << 2
        << QStringList{QStringLiteral("Globex"), QString(), QStringLiteral("z@acme.cn"), QString()};
}

void TestImport::nothingErasedByOmission()
{
    QFETCH(QByteArray, rows);
    QFETCH(bool, blankClears);
    QFETCH(bool, skipInvalid);
    QFETCH(QString, problem);
    QFETCH(int, updated);
    QFETCH(int, cleared);
    QFETCH(QStringList, after);
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    const QByteArray header = "id_number,name,employer,district,email,phone\n";
    const QString first =
        TestSupport::writeFile(dir.filePath(QStringLiteral("a.csv")),
                               header + "110108199208153456,Zhang,ACME,海淀,z@acme.cn,138\n");
    QCOMPARE(importFile(*plan, first, ImportKind::Trainees).imported, 1);
    const QString second =
        TestSupport::writeFile(dir.filePath(QStringLiteral("b.csv")), header + rows);
    QSqlDatabase db = plan->database();
    ImportOptions options;
    options.kind = ImportKind::Trainees;
    options.skipInvalid = skipInvalid;
    options.rows.blankClears = blankClears;
    // The dry run says what the import does, column by column.
    options.dryRun = true;
    const ImportResult dry = Importer::run(db, second, options);
    options.dryRun = false;
    const ImportResult r = Importer::run(db, second, options);
    if (problem.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(problemsOf(r)));
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.front().line, 2);
        QVERIFY2(r.problems.front().message.contains(problem), qPrintable(problemsOf(r)));
    }
    QCOMPARE(r.updated, updated);
    QCOMPARE(r.clearedCount, cleared);
    QCOMPARE(dry.clearedCount, cleared);
    QCOMPARE(int(dry.clearedValues.size()), cleared);
    int changedInDryRun = 0;
    for (const ColumnCoverage &c : dry.columns)
        changedInDryRun += c.changed;
    int changed = 0;
    for (const ColumnCoverage &c : r.columns)
        changed += c.changed;
    QCOMPARE(changedInDryRun, changed);
    for (const ImportProblem &c : dry.clearedValues) {
        QCOMPARE(c.line, 2);
        QVERIFY2(!c.value.isEmpty(), qPrintable(c.column)); // the stored value it clears
    }
    const auto trainees = Repository<Trainee>(db).loadAll();
    const auto zhang = std::find_if(trainees.begin(), trainees.end(), [](const Trainee &t) {
        return t.idNumber == QLatin1String("110108199208153456");
    });
    QVERIFY(zhang != trainees.end());
    QCOMPARE((QStringList{zhang->employer, zhang->district, zhang->email, zhang->phone}), after);
}

// The dry run says which of the kind's columns the file gives, which it leaves out (and
// so keeps), and which of its columns nothing reads.
void TestImport::columnCoverage()
{
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    const QString file = TestSupport::writeFile(
        dir.filePath(QStringLiteral("a.csv")),
        "身份证号,姓名,Favourite colour,phone\n110108199208153456,Zhang,blue,138\n");
    QSqlDatabase db = plan->database();
    ImportOptions options;
    options.kind = ImportKind::Trainees;
    options.dryRun = true;
    const ImportResult r = Importer::run(db, file, options);
    QVERIFY2(r.ok(), qPrintable(problemsOf(r)));
    QCOMPARE(r.unknownHeaders, QStringList{QStringLiteral("Favourite colour")});
    QStringList mapped;
    QStringList left;
    for (const ColumnCoverage &c : r.columns)
        (c.fileColumn >= 0 ? mapped : left)
            << c.key + (c.fileColumn >= 0 ? QLatin1Char('=') + c.header : QString());
    QCOMPARE(mapped, (QStringList{QStringLiteral("id_number=身份证号"), QStringLiteral("name=姓名"),
                                  QStringLiteral("phone=phone")}));
    QVERIFY(left.contains(QStringLiteral("employer")));
    QVERIFY(left.contains(QStringLiteral("email")));
    QCOMPARE(int(r.columns.size()), int(ImportRules::columns(ImportKind::Trainees).size()));
}

void TestImport::blanksKeepEveryKind_data()
{
    QTest::addColumn<int>("kind");
    for (ImportKind kind :
         {ImportKind::Trainees, ImportKind::Enrollments, ImportKind::Instructors,
          ImportKind::Qualifications, ImportKind::Leave, ImportKind::Cohorts, ImportKind::Calendar})
        QTest::newRow(qPrintable(toKey(kind))) << int(kind);
}

// Every kind: the plan's own records exported, every optional cell emptied, imported back:
// nothing changes, nothing is cleared; the columns all show as given by the file.
void TestImport::blanksKeepEveryKind()
{
    QFETCH(int, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::copyPlan(m_small, path);
    auto plan = openPlan(path);
    const QString exported = dir.filePath(QStringLiteral("all.csv"));
    QCOMPARE(Exporter::run(plan->database(), ImportKind(kind), exported, {true}).message(),
             QString());
    QFile in(exported);
    QVERIFY(in.open(QIODevice::ReadOnly));
    CsvReader reader;
    std::vector<CsvReader::Record> records = reader.parse(QString::fromUtf8(in.readAll()));
    QVERIFY(records.size() > 1);
    const auto &columns = ImportRules::columns(ImportKind(kind));
    const QString blanked = dir.filePath(QStringLiteral("blanked.csv"));
    auto created = TableWriter::create(blanked);
    QVERIFY2(created, qPrintable(created.message()));
    TableWriter *writer = created->get();
    int emptied = 0;
    for (std::size_t r = 0; r < records.size(); ++r) {
        QStringList cells = records[r].fields;
        for (qsizetype c = 0; r > 0 && c < cells.size() && c < qsizetype(columns.size()); ++c) {
            // A qualification's course or track is its key (exactly one is given).
            const bool key = ImportKind(kind) == ImportKind::Qualifications &&
                             (columns[std::size_t(c)].key == QLatin1String("course") ||
                              columns[std::size_t(c)].key == QLatin1String("track"));
            if (!columns[std::size_t(c)].required && !key && !cells[c].isEmpty()) {
                cells[c].clear();
                ++emptied;
            }
        }
        writer->writeRow(cells);
    }
    QCOMPARE(writer->finish().message(), QString());
    QVERIFY(emptied > 0);
    QSqlDatabase db = plan->database();
    ImportOptions options;
    options.kind = ImportKind(kind);
    options.dryRun = true;
    const ImportResult r = Importer::run(db, blanked, options);
    QVERIFY2(r.ok(), qPrintable(problemsOf(r)));
    QCOMPARE(r.updated, 0);
    QCOMPARE(r.imported, 0);
    QCOMPARE(r.unchanged, r.rows);
    QCOMPARE(r.clearedCount, 0);
    for (const ColumnCoverage &c : r.columns) {
        QVERIFY2(c.fileColumn >= 0, qPrintable(c.key));
        QCOMPARE(c.changed, 0);
    }
    QVERIFY(r.unknownHeaders.isEmpty());
}

void TestImport::identityNumbers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("problem");
    for (const TestSupport::IdentityCase &c : TestSupport::identityCases())
        QTest::newRow(c.name) << QString::fromUtf8(c.type) << QString::fromUtf8(c.number)
                              << QString::fromUtf8(c.problem);
    QTest::newRow("unknown document type")
        << QStringLiteral("library card") << QStringLiteral("E12345678")
        << QStringLiteral("not a document type");
}

// The importer judges an identity number as the editors do (tst_commands), by the
// document type the file gives.
void TestImport::identityNumbers()
{
    QFETCH(QString, type);
    QFETCH(QString, number);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    const bool typed = !type.isEmpty();
    const QString csv =
        (typed ? QStringLiteral("证件号码,证件类型,姓名\n%1,%2,Zhang\n").arg(number, type)
               : QStringLiteral("身份证号,姓名\n%1,Zhang\n").arg(number));
    const ImportResult r = importFile(
        *plan, TestSupport::writeFile(dir.filePath(QStringLiteral("t.csv")), csv.toUtf8()),
        ImportKind::Trainees);
    if (problem.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(problemsOf(r)));
        QCOMPARE(r.imported, 1);
        const auto trainees = Repository<Trainee>(plan->database()).loadAll();
        QCOMPARE(trainees.front().idNumber,
                 IdentityDocument::normalized(trainees.front().idType, number));
        if (typed)
            QCOMPARE(trainees.front().idType, *IdentityDocument::parseType(type));
        else
            QCOMPARE(trainees.front().idType, IdDocumentType::ResidentId);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.front().line, 2);
        QCOMPARE(r.problems.front().column,
                 QString::fromLatin1(typed && problem.startsWith(QLatin1String("not a document"))
                                         ? "id_type"
                                         : "id_number"));
        QVERIFY2(r.problems.front().message.contains(problem), qPrintable(problemsOf(r)));
        QCOMPARE(Repository<Trainee>(plan->database()).count(), 0);
    }
}

// A first-generation 15-digit number finds the person stored with the 18-digit card and
// never replaces it; stored new, it stays 15 digits unless the user asks to upgrade it.
void TestImport::firstGenerationIdNumbers()
{
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    QSqlDatabase db = plan->database();
    QCOMPARE(importFile(
                 *plan,
                 TestSupport::writeFile(dir.filePath(QStringLiteral("a.csv")),
                                        "id_number,name,employer\n11010519491231002X,Zhang,ACME\n"),
                 ImportKind::Trainees)
                 .imported,
             1);
    // The old card's number: the same person, employer updated, the 18 digits kept.
    const ImportResult same = importFile(
        *plan,
        TestSupport::writeFile(dir.filePath(QStringLiteral("b.csv")),
                               "id_number,name,employer\n110105491231002,Zhang,Globex\n"),
        ImportKind::Trainees);
    QVERIFY2(same.ok(), qPrintable(problemsOf(same)));
    QCOMPARE(same.updated, 1);
    QCOMPARE(same.imported, 0);
    auto trainees = Repository<Trainee>(db).loadAll();
    QCOMPARE(trainees.size(), std::size_t(1));
    QCOMPARE(trainees.front().idNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(trainees.front().employer, QStringLiteral("Globex"));
    // A new first-generation number: kept as given, or upgraded with consent.
    const QString third = TestSupport::writeFile(dir.filePath(QStringLiteral("c.csv")),
                                                 "id_number,name\n110108520101001,Li\n");
    ImportOptions options;
    options.kind = ImportKind::Trainees;
    options.dryRun = true;
    QCOMPARE(Importer::run(db, third, options).upgradedIdNumbers, 0);
    options.rows.upgradeIdNumbers = true;
    QCOMPARE(Importer::run(db, third, options).upgradedIdNumbers, 1);
    options.dryRun = false;
    const ImportResult upgraded = Importer::run(db, third, options);
    QVERIFY2(upgraded.ok(), qPrintable(problemsOf(upgraded)));
    QCOMPARE(upgraded.upgradedIdNumbers, 1);
    trainees = Repository<Trainee>(db).loadAll();
    QCOMPARE(trainees.back().idNumber,
             IdentityDocument::upgradeTo18(QStringLiteral("110108520101001")));
    QCOMPARE(trainees.back().idNumber.size(), 18);
    VERIFY_OK(IdentityDocument::check(IdDocumentType::ResidentId, trainees.back().idNumber,
                                      QDate::currentDate()));
    // Enrollments name the trainee by either form.
    QCOMPARE(IdentityDocument::upgradeTo18(QStringLiteral("110105491231002")),
             QStringLiteral("11010519491231002X"));
}

void TestImport::enrollmentRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::copyPlan(m_demo, path);
    auto plan = openPlan(path);
    QSqlDatabase db = plan->database();
    // Two cohorts whose sessions overlap, a third that does not, and a free trainee.
    const auto timeline = PlanQueries(db).timeline(2026);
    const TimelineCohort *a = nullptr;
    const TimelineCohort *b = nullptr;
    const TimelineCohort *c = nullptr;
    for (const TimelineCohort &x : timeline.cohorts) {
        if (x.cancelled() || x.sessions.empty())
            continue;
        if (!a)
            a = &x;
        else if (!b && x.start() <= a->end() && x.end() >= a->start())
            b = &x;
        else if (!c && (x.start() > a->end() || x.end() < a->start()))
            c = &x;
    }
    QVERIFY(a && b && c);
    std::vector<Id> enrolled;
    for (const Enrollment &e : Repository<Enrollment>(db).loadAll())
        enrolled.push_back(e.traineeId);
    std::sort(enrolled.begin(), enrolled.end());
    QStringList free;
    for (const Trainee &t : Repository<Trainee>(db).loadAll())
        if (!std::binary_search(enrolled.begin(), enrolled.end(), t.id) && free.size() < 3)
            free << t.idNumber;
    const QByteArray csv = "id_number,cohort,status\n" + free[0].toUtf8() + "," + a->code.toUtf8() +
                           ",waitlisted\n" + free[1].toUtf8() + "," + a->code.toUtf8() +
                           ",waitlisted\n" + free[0].toUtf8() + "," + c->code.toUtf8() +
                           ",waitlisted\n" + free[0].toUtf8() + "," + b->code.toUtf8() +
                           ",waitlisted\n";
    const ImportResult r =
        importFile(*plan, TestSupport::writeFile(dir.filePath(QStringLiteral("e.csv")), csv),
                   ImportKind::Enrollments, false, true);
    QCOMPARE(r.problemCount, 1);
    QCOMPARE(r.problems.front().line, 5);
    QVERIFY2(r.problems.front().message.contains(QStringLiteral("whose dates overlap")),
             qPrintable(r.problems.front().message));
    QCOMPARE(r.imported, 3);
    // The waiting list in file order, after the ones already there.
    int lastBefore = 0;
    std::vector<Enrollment> mine;
    for (const Enrollment &e : Repository<Enrollment>(db).loadAll()) {
        if (e.cohortId == a->id && e.status == EnrollmentStatus::Waitlisted)
            mine.push_back(e);
    }
    std::sort(mine.begin(), mine.end(), [](const Enrollment &x, const Enrollment &y) {
        return x.waitlistPosition < y.waitlistPosition;
    });
    QVERIFY(mine.size() >= 2);
    lastBefore = mine[mine.size() - 2].waitlistPosition;
    QCOMPARE(mine.back().waitlistPosition, lastBefore + 1);
    const auto trainees = Repository<Trainee>(db).loadAll();
    auto idOf = [&](const QString &number) {
        return std::find_if(trainees.begin(), trainees.end(),
                            [&](const Trainee &t) { return t.idNumber == number; })
            ->id;
    };
    QCOMPARE(mine[mine.size() - 2].traineeId, idOf(free[0]));
    QCOMPARE(mine.back().traineeId, idOf(free[1]));

    // Certification needs a completed status and a date.
    const QByteArray cert = "id_number,cohort,status,certification,certified_on\n" +
                            free[2].toUtf8() + "," + c->code.toUtf8() +
                            ",enrolled,senior,2026-12-01\n";
    const ImportResult bad =
        importFile(*plan, TestSupport::writeFile(dir.filePath(QStringLiteral("c.csv")), cert),
                   ImportKind::Enrollments, true);
    QCOMPARE(bad.problemCount, 1);
    QCOMPARE(bad.problems.front().column, QStringLiteral("certification"));
}

// The importer decides seats, overlaps and capacities with EnrollmentRules: for the same
// case it refuses with the words the roster and the cohort dialog use.
void TestImport::sameRulesAsRoster_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>(
        "rosterCase"); // 0 enroll trainee 1 into B, 1 trainee 3 into A, 2 A's capacity to 1

    // Trainees 1 and 2 hold A's two seats; B overlaps A.
    QTest::newRow("overlapping enrollment")
        << int(ImportKind::Enrollments)
        << QByteArray("id_number,cohort\n" + TestSupport::idNumber(1).toLatin1() + ",B\n") << 0;
    QTest::newRow("full cohort") << int(ImportKind::Enrollments)
                                 << QByteArray("id_number,cohort,status\n" +
                                               TestSupport::idNumber(3).toLatin1() +
                                               ",A,enrolled\n")
                                 << 1;
    QTest::newRow("capacity below the seats")
        << int(ImportKind::Cohorts) << QByteArray("code,course,capacity\nA,AI-101,1\n") << 2;
}

void TestImport::sameRulesAsRoster()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, csv);
    QFETCH(int, rosterCase);
    QTemporaryDir dir;
    const QString path =
        TestSupport::writeEnrollmentPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    auto plan = openPlan(path);
    QSqlDatabase db = plan->database();
    {
        PlanEditor editor;
        editor.setPlan(plan.get());
        QVERIFY(editor.execute(QStringLiteral("enroll"), PlanEdits(db).enroll({1, 2}, 1).changes)
                    .message()
                    .isEmpty());
    }
    const QByteArray before = TestSupport::checksum(path);

    const ImportResult r =
        importFile(*plan, TestSupport::writeFile(dir.filePath(QStringLiteral("in.csv")), csv),
                   ImportKind(kind), true);
    QCOMPARE(r.problemCount, 1);
    const ImportProblem &problem = r.problems.front();
    QCOMPARE(problem.line, 2);

    PlanEdits edits(db);
    QString rosterMessage;
    if (rosterCase == 0) {
        const PlanEdit roster = edits.enroll({1}, 2);
        QVERIFY(!roster.ok());
        rosterMessage = roster.problem->message;
    } else if (rosterCase == 1) {
        // The roster does not refuse a full cohort: the same decision puts the trainee
        // on its waitlist. The refusal the importer gives is the rules' own.
        const EnrollmentRules rules = edits.enrollmentRules({1}, {3});
        const EnrollmentOutcome outcome = rules.enroll({3}, 1, QDate(2026, 1, 5));
        QCOMPARE(outcome.seated, 0);
        QCOMPARE(outcome.waitlisted, 1);
        rosterMessage = EnrollmentRules::checkSeat(QStringLiteral("Trainee 3"), *rules.cohort(1),
                                                   rules.seatHolders(1))
                            .message();
    } else {
        Cohort a = edits.cohort(1)->cohort;
        a.capacity = 1;
        const PlanEdit roster = edits.saveCohortRecord(a);
        QVERIFY(!roster.ok());
        rosterMessage = roster.problem->message;
    }
    QCOMPARE(problem.message, rosterMessage);
    QVERIFY2(problem.message.contains(QLatin1String("Trainee")) || rosterCase == 2,
             qPrintable(problem.message));
    QCOMPARE(TestSupport::checksum(path), before);
}

// An imported withdrawal gives its seat to the next on the waiting list, as the same
// withdrawal on the roster does: no free seat while someone waits (#16).
void TestImport::withdrawalSeatsTheWaitlist()
{
    QTemporaryDir dir;
    const QString path =
        TestSupport::writeEnrollmentPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    auto plan = openPlan(path);
    QSqlDatabase db = plan->database();
    PlanEditor editor;
    editor.setPlan(plan.get());
    // A has two seats: 1 and 2 hold them, 3, 4 and 5 wait in that order.
    QVERIFY(
        editor.execute(QStringLiteral("enroll"), PlanEdits(db).enroll({1, 2, 3, 4, 5}, 1).changes)
            .message()
            .isEmpty());
    const QString csv = TestSupport::writeFile(
        dir.filePath(QStringLiteral("w.csv")),
        "id_number,cohort,status\n" + TestSupport::idNumber(2).toLatin1() + ",A,withdrawn\n");
    const QByteArray before = TestSupport::checksum(path);
    const ImportResult dry = importFile(*plan, csv, ImportKind::Enrollments, true);
    QVERIFY2(dry.ok(), qPrintable(problemsOf(dry)));
    QCOMPARE(dry.updated, 1);
    QCOMPARE(dry.promoted, 1);
    QCOMPARE(TestSupport::checksum(path), before);
    const ImportResult done = importFile(*plan, csv, ImportKind::Enrollments);
    QVERIFY2(done.ok() && done.written, qPrintable(problemsOf(done)));
    QCOMPARE(done.promoted, 1);
    std::map<Id, Enrollment> inA;
    for (const Enrollment &e : Repository<Enrollment>(db).loadWhere("cohort_id", {Id(1)}))
        inA[e.traineeId] = e;
    QCOMPARE(inA.at(2).status, EnrollmentStatus::Withdrawn);
    QCOMPARE(inA.at(3).status, EnrollmentStatus::Enrolled);
    QCOMPARE(inA.at(4).status, EnrollmentStatus::Waitlisted);
    QCOMPARE(inA.at(4).waitlistPosition, 1);
    QCOMPARE(inA.at(5).waitlistPosition, 2);
    QVERIFY(PlanDatabase::verify(path).isEmpty());
    QVERIFY2(PlanInvariants::check(db).isEmpty(),
             qPrintable(PlanInvariants::check(db).join(QLatin1Char('\n'))));
    // A free seat left beside a waiting list (as an import wrote it before) is named.
    Sql::exec(db,
              QStringLiteral("UPDATE enrollment SET status = 'withdrawn', waitlist_position = NULL "
                             "WHERE cohort_id = 1 AND trainee_id = 3"));
    const QStringList problems = PlanInvariants::check(db);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.front().contains(
                 QLatin1String("Cohort A has 1 free seats while trainees wait for one.")),
             qPrintable(problems.front()));
}

// An import is one undo step (undo deletes what it added and puts back what it changed,
// redo writes it again, ids and all), and each record it writes is in the History.
void TestImport::importIsOneUndoStep()
{
    QTemporaryDir dir;
    const QString path =
        TestSupport::writeEnrollmentPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    auto plan = openPlan(path);
    QSqlDatabase db = plan->database();
    PlanEditor editor;
    editor.setPlan(plan.get());
    QVERIFY(
        editor.execute(QStringLiteral("enroll"), PlanEdits(db).enroll({1, 2, 3, 4, 5}, 1).changes)
            .message()
            .isEmpty());
    const auto snapshot = [&db] {
        return std::make_tuple(Repository<Trainee>(db).loadAll(),
                               Repository<Enrollment>(db).loadAll());
    };
    const auto audited = [&db] {
        return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    };
    const auto before = snapshot();
    const int entriesBefore = audited();

    // Trainees: two new, one changed.
    const QString trainees = TestSupport::writeFile(
        dir.filePath(QStringLiteral("t.csv")),
        "id_number,name,employer\n" + TestSupport::idNumber(100).toLatin1() + ",New One,A\n" +
            TestSupport::idNumber(101).toLatin1() + ",New Two,B\n" +
            TestSupport::idNumber(1).toLatin1() + ",Trainee 1,Changed Employer\n");
    const ImportResult first = importFile(*plan, trainees, ImportKind::Trainees);
    QVERIFY2(first.ok() && first.written, qPrintable(problemsOf(first)));
    QCOMPARE(first.imported, 2);
    QCOMPARE(first.updated, 1);
    QVERIFY(first.applied);
    QCOMPARE(first.applied->size(), 3);
    // Each record in the History: two inserts and an update with what it was, and the
    // import's summary.
    QCOMPARE(audited(), entriesBefore + 4);
    const auto entries = AuditLog(db).newest(4);
    QCOMPARE(entries[0].action, AuditAction::Import);
    QCOMPARE(entries[1].action, AuditAction::Update);
    QVERIFY(entries[1].before.contains(QStringLiteral("\"employer\"")));
    QVERIFY(entries[1].after.contains(QStringLiteral("Changed Employer")));
    QCOMPARE(entries[2].action, AuditAction::Insert);
    QCOMPARE(entries[3].action, AuditAction::Insert);
    const auto afterFirst = snapshot();

    // Enrollments: 2 withdraws, which seats 3 from the waitlist.
    const QString withdrawal = TestSupport::writeFile(
        dir.filePath(QStringLiteral("w.csv")),
        "id_number,cohort,status\n" + TestSupport::idNumber(2).toLatin1() + ",A,withdrawn\n");
    const ImportResult second = importFile(*plan, withdrawal, ImportKind::Enrollments);
    QVERIFY2(second.ok() && second.written, qPrintable(problemsOf(second)));
    QCOMPARE(second.promoted, 1);
    const auto afterSecond = snapshot();

    ChangeSet one;
    one.custom(
        PlanTable::Trainee, [a = first.applied](const QSqlDatabase &d) { a->reapply(d); },
        [a = first.applied](const QSqlDatabase &d) { a->revert(d); });
    editor.pushApplied(QStringLiteral("Import of trainees"), std::move(one));
    ChangeSet two;
    two.custom(
        PlanTable::Enrollment, [a = second.applied](const QSqlDatabase &d) { a->reapply(d); },
        [a = second.applied](const QSqlDatabase &d) { a->revert(d); });
    QSignalSpy changed(&editor, &PlanEditor::changed);
    editor.pushApplied(QStringLiteral("Import of enrollments"), std::move(two));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(snapshot(), afterSecond); // pushing writes nothing

    editor.undoStack()->undo();
    QCOMPARE(snapshot(), afterFirst);
    editor.undoStack()->undo();
    QCOMPARE(snapshot(), before);
    QVERIFY2(PlanInvariants::check(db).isEmpty(),
             qPrintable(PlanInvariants::check(db).join(QLatin1Char('\n'))));
    editor.undoStack()->redo();
    QCOMPARE(snapshot(), afterFirst);
    editor.undoStack()->redo();
    QCOMPARE(snapshot(), afterSecond);
    QVERIFY2(PlanInvariants::check(db).isEmpty(),
             qPrintable(PlanInvariants::check(db).join(QLatin1Char('\n'))));
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(snapshot(), before);
    // Undone, the History says so record by record: the new ones deleted, the changed one
    // put back.
    const auto undone = AuditLog(db).newest(3);
    QCOMPARE(undone[0].action, AuditAction::Delete);
    QCOMPARE(undone[1].action, AuditAction::Delete);
    QCOMPARE(undone[2].action, AuditAction::Update);
    QVERIFY(PlanDatabase::verify(path).isEmpty());
}

// Cohort and session imports change what enrollments rest on: new sessions move a
// cohort's dates, a status brings a cancelled cohort back, a capacity adds seats. They are
// refused, or seat the waitlist, exactly as the same edit in the cohort dialog is.
void TestImport::cohortImportsKeepEnrollments()
{
    QTemporaryDir dir;
    const QString path =
        TestSupport::writeEnrollmentPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    auto plan = openPlan(path);
    QSqlDatabase db = plan->database();
    PlanEditor editor;
    editor.setPlan(plan.get());
    // Trainee 1 is in A (2–6 March) and C (6–10 April); A is full with 1 and 2, and 3, 4
    // and 5 wait in that order.
    QVERIFY(
        editor.execute(QStringLiteral("enroll"), PlanEdits(db).enroll({1, 2, 3, 4, 5}, 1).changes)
            .message()
            .isEmpty());
    QVERIFY(editor.execute(QStringLiteral("enroll"), PlanEdits(db).enroll({1}, 3).changes)
                .message()
                .isEmpty());

    // A session of C on 5 March stretches C over A: trainee 1 would be in both.
    QByteArray before = TestSupport::checksum(path);
    const ImportResult moved =
        importFile(*plan,
                   TestSupport::writeFile(dir.filePath(QStringLiteral("s.csv")),
                                          "cohort,date,slot\nC,2026-03-05,morning\n"),
                   ImportKind::Sessions);
    QCOMPARE(moved.problemCount, 1);
    QCOMPARE(moved.problems.front().line, 2);
    QCOMPARE(moved.problems.front().column, QStringLiteral("date"));
    CohortDraft c = *PlanEdits(db).cohort(3);
    Session early = c.sessions.front();
    early.id = 0;
    early.date = QDate(2026, 3, 5);
    c.sessions.push_back(early);
    const PlanEdit dialog = PlanEdits(db).saveCohort(c);
    QVERIFY(!dialog.ok());
    QCOMPARE(moved.problems.front().message, dialog.problem->message);
    QVERIFY2(moved.problems.front().message.contains(QLatin1String("Trainee 1")),
             qPrintable(moved.problems.front().message));
    QCOMPARE(TestSupport::checksum(path), before);
    // A session inside C's dates, or after them where nobody is busy, is imported.
    const ImportResult later =
        importFile(*plan,
                   TestSupport::writeFile(dir.filePath(QStringLiteral("s2.csv")),
                                          "cohort,date,slot\nC,2026-04-13,morning\n"),
                   ImportKind::Sessions);
    QVERIFY2(later.ok() && later.written, qPrintable(problemsOf(later)));

    // Capacity 4 seats 3 and 4; 5 is next in line, first now. The dry run says so and
    // writes nothing.
    const QString grow = TestSupport::writeFile(dir.filePath(QStringLiteral("c.csv")),
                                                "code,course,capacity\nA,AI-101,4\n");
    before = TestSupport::checksum(path);
    const ImportResult dry = importFile(*plan, grow, ImportKind::Cohorts, true);
    QVERIFY2(dry.ok(), qPrintable(problemsOf(dry)));
    QCOMPARE(dry.updated, 1);
    QCOMPARE(dry.promoted, 2);
    QCOMPARE(TestSupport::checksum(path), before);
    const ImportResult grown = importFile(*plan, grow, ImportKind::Cohorts);
    QVERIFY2(grown.ok() && grown.written, qPrintable(problemsOf(grown)));
    QCOMPARE(grown.promoted, 2);
    QCOMPARE(grown.updated, 1);
    std::map<Id, Enrollment> inA;
    for (const Enrollment &e : Repository<Enrollment>(db).loadWhere("cohort_id", {Id(1)}))
        inA[e.traineeId] = e;
    QCOMPARE(inA.at(3).status, EnrollmentStatus::Enrolled);
    QCOMPARE(inA.at(4).status, EnrollmentStatus::Enrolled);
    QCOMPARE(inA.at(5).status, EnrollmentStatus::Waitlisted);
    QCOMPARE(inA.at(5).waitlistPosition, 1);
    const QString note =
        Sql::scalar(
            db,
            QStringLiteral(
                "SELECT after FROM audit_log WHERE action = 'import' AND table_name = 'cohort'"))
            .toString();
    QVERIFY2(note.contains(QLatin1String("\"promoted_from_waitlist\":2")), qPrintable(note));

    // A cancelled, and trainee 1 joined B (4–10 March) meanwhile: opening A again would
    // put trainee 1 in two cohorts at once.
    Cohort a = PlanEdits(db).cohort(1)->cohort;
    a.status = CohortStatus::Cancelled;
    QVERIFY(editor.execute(QStringLiteral("cancel"), PlanEdits(db).saveCohortRecord(a).changes)
                .message()
                .isEmpty());
    QVERIFY(editor.execute(QStringLiteral("enroll"), PlanEdits(db).enroll({1}, 2).changes)
                .message()
                .isEmpty());
    before = TestSupport::checksum(path);
    const ImportResult revived =
        importFile(*plan,
                   TestSupport::writeFile(dir.filePath(QStringLiteral("r.csv")),
                                          "code,course,status\nA,AI-101,open\n"),
                   ImportKind::Cohorts);
    QCOMPARE(revived.problemCount, 1);
    QCOMPARE(revived.problems.front().column, QStringLiteral("status"));
    a.status = CohortStatus::Open;
    const PlanEdit reopened = PlanEdits(db).saveCohortRecord(a);
    QVERIFY(!reopened.ok());
    QCOMPARE(revived.problems.front().message, reopened.problem->message);
    QCOMPARE(TestSupport::checksum(path), before);
}

void TestImport::xlsxHandMade()
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("trainees.xlsx"));
    handMadeXlsx(xlsx);
    auto opened = XlsxReader::open(xlsx);
    QVERIFY2(opened, qPrintable(opened.message()));
    std::unique_ptr<XlsxReader> &reader = *opened;
    CsvReader::Record r;
    QVERIFY(reader->next(&r));
    QCOMPARE(r.fields, texts({"身份证号", "姓名", "单位", "电话"}));
    QVERIFY(reader->next(&r));
    QCOMPARE(r.line, 2);
    QCOMPARE(r.fields, texts({"110101199001011237", "张三", "北京 & 公司", "13800138000"}));
    QVERIFY(reader->next(&r));
    QCOMPARE(r.line, 4);
    QCOMPARE(r.fields, texts({"110101199001015676", "李四"}));
    QVERIFY(!reader->next(&r));
    QVERIFY(reader->status().ok());

    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    const ImportResult result = importFile(*plan, xlsx, ImportKind::Trainees);
    QVERIFY2(result.ok(), qPrintable(problemsOf(result)));
    QCOMPARE(result.imported, 2);
    QCOMPARE(result.source.format, TableFormat::Xlsx);

    // A cut-off workbook and a zip that is no workbook are refused with a reason.
    QFile whole(xlsx);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QString cut =
        TestSupport::writeFile(dir.filePath(QStringLiteral("cut.xlsx")), whole.readAll().left(300));
    const ImportResult refused = importFile(*plan, cut, ImportKind::Trainees);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.problems.front().line, 0);
    QVERIFY(refused.problems.front().message.contains(QStringLiteral("workbook")));
}

void TestImport::formulaEscape_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("equals") << "=cmd|' /C calc'!A0"
                            << "'=cmd|' /C calc'!A0";
    QTest::newRow("plus") << "+86 138"
                          << "'+86 138";
    QTest::newRow("minus") << "-1+2"
                           << "'-1+2";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::newRow("carriage return") << "\r=1"
                                     << "'\r=1";
    QTest::newRow("plain") << "Zhang"
                           << "Zhang";
    QTest::newRow("apostrophe then equals") << "'=x"
                                            << "''=x";
    QTest::newRow("apostrophe alone") << "'"
                                      << "'";
    QTest::newRow("o'brien") << "O'Brien"
                             << "O'Brien";
    QTest::newRow("empty") << ""
                           << "";
}

void TestImport::formulaEscape()
{
    QFETCH(QString, cell);
    QFETCH(QString, escaped);
    QCOMPARE(CellEscape::escape(cell), escaped);
    QCOMPARE(CellEscape::unescape(escaped), cell);
    // Through a file: exported, then imported back unchanged.
    QTemporaryDir dir;
    if (cell.isEmpty())
        return;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    const QString file = dir.filePath(QStringLiteral("t.csv"));
    auto created = TableWriter::create(file);
    QVERIFY2(created, qPrintable(created.message()));
    TableWriter *writer = created->get();
    writer->writeRow(
        {QStringLiteral("id_number"), QStringLiteral("name"), QStringLiteral("employer")});
    writer->writeRow({QStringLiteral(ID_A), QStringLiteral("Zhang"), cell});
    QCOMPARE(writer->finish().message(), QString());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.contains(",=") && !bytes.contains(",+") && !bytes.contains(",-") &&
            !bytes.contains(",@"));
    const ImportResult r = importFile(*plan, file, ImportKind::Trainees);
    QVERIFY2(r.ok(), qPrintable(problemsOf(r)));
    // The importer trims every cell (spreadsheets pad them), so a leading tab or carriage
    // return comes back without it; the escape itself is undone.
    QCOMPARE(Repository<Trainee>(plan->database()).loadAll().front().employer, cell.trimmed());
}

void TestImport::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QStringList>("emptied"); // tables emptied before the import
    const QMap<ImportKind, QStringList> emptied{
        {ImportKind::Trainees, texts({"enrollment", "trainee"})},
        {ImportKind::Enrollments, texts({"enrollment"})},
        {ImportKind::Instructors, texts({"cohort_instructor", "instructor_qualification",
                                         "instructor_leave", "instructor"})},
        {ImportKind::Qualifications, texts({"instructor_qualification"})},
        {ImportKind::Leave, texts({"instructor_leave"})},
        {ImportKind::Cohorts,
         texts({"enrollment", "cohort_instructor", "cohort_session", "cohort"})},
        {ImportKind::Sessions, texts({"cohort_session"})},
        {ImportKind::Calendar, texts({"work_calendar"})},
    };
    for (int k = 0; k < ImportKindCount; ++k)
        for (const char *suffix : {"csv", "xlsx"})
            QTest::addRow("%s.%s", qPrintable(toKey(ImportKind(k))), suffix)
                << k << QString::fromLatin1(suffix) << emptied.value(ImportKind(k));
}

void TestImport::roundTrip()
{
    QFETCH(int, kind);
    QFETCH(QString, suffix);
    QFETCH(QStringList, emptied);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::copyPlan(m_small, path);
    const QString first = dir.filePath(QStringLiteral("first.") + suffix);
    const QString second = dir.filePath(QStringLiteral("second.") + suffix);
    int rows = 0;
    {
        auto plan = openPlan(path);
        const Result<int> exported =
            Exporter::run(plan->database(), ImportKind(kind), first, {true});
        QCOMPARE(exported.message(), QString());
        QVERIFY(*exported > 0);
        rows = *exported;
        // Importing it into the plan it came from changes nothing.
        const ImportResult same = importFile(*plan, first, ImportKind(kind));
        QVERIFY2(same.ok(), qPrintable(problemsOf(same)));
        QCOMPARE(same.rows, rows);
        QCOMPARE(same.unchanged, rows);
    }
    QStringList statements;
    for (const QString &table : emptied)
        statements << QStringLiteral("DELETE FROM %1").arg(table);
    TestSupport::rawExec(path, statements);
    auto plan = openPlan(path);
    const ImportResult r = importFile(*plan, first, ImportKind(kind));
    QVERIFY2(r.ok(), qPrintable(problemsOf(r)));
    QCOMPARE(r.imported, rows);
    const Result<int> again = Exporter::run(plan->database(), ImportKind(kind), second, {true});
    QCOMPARE(again.message(), QString());
    QCOMPARE(*again, rows);
    if (suffix == QLatin1String("csv")) {
        QCOMPARE(TestSupport::checksum(second), TestSupport::checksum(first));
    } else {
        // Workbooks carry a creation time: compare the cells.
        auto openedA = XlsxReader::open(first);
        auto openedB = XlsxReader::open(second);
        QVERIFY(openedA && openedB);
        std::unique_ptr<XlsxReader> &a = *openedA, &b = *openedB;
        CsvReader::Record ra, rb;
        int n = 0;
        while (a->next(&ra)) {
            QVERIFY(b->next(&rb));
            QCOMPARE(rb.fields, ra.fields);
            ++n;
        }
        QVERIFY(!b->next(&rb));
        QCOMPARE(n, rows + 1);
    }
}

void TestImport::cli()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::newPlan(path).reset();
    auto run = [&](const QStringList &arguments, int expectedExit) {
        QProcess p;
        p.start(QStringLiteral(COHORT_CLI_PATH), arguments);
        if (!p.waitForFinished(60000))
            qFatal("cli hangs");
        if (p.exitCode() != expectedExit)
            qWarning() << p.readAllStandardError();
        [&] { QCOMPARE(p.exitCode(), expectedExit); }();
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    };
    const QString good = TestSupport::writeFile(dir.filePath(QStringLiteral("good.csv")),
                                                "id_number,name\n" ID_A ",Zhang\n" ID_B ",Li\n");
    const QString bad = TestSupport::writeFile(dir.filePath(QStringLiteral("bad.csv")),
                                               "id_number,name\n" ID_C ",Wang\n" ID_D ",\n");
    QJsonObject o =
        run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("trainees"),
             good, QStringLiteral("--dry-run"), QStringLiteral("--json")},
            0);
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("trainees"));
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 0);
    const QByteArray before = TestSupport::checksum(path);
    o = run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("trainees"),
             bad, QStringLiteral("--json")},
            1);
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 2);
    const QJsonObject e = o.value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(e.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(e.value(QStringLiteral("column")).toString(), QStringLiteral("name"));
    QCOMPARE(e.value(QStringLiteral("value")).toString(), QString());
    QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(TestSupport::checksum(path), before);
    o = run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("trainees"),
             bad, QStringLiteral("--skip-invalid"), QStringLiteral("--json")},
            1);
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 1);
    o = run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("trainees"),
             good, QStringLiteral("--json")},
            0);
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2);
    // Calendar still imports through the same command.
    const QString calendar =
        TestSupport::writeFile(dir.filePath(QStringLiteral("cal.csv")),
                               "date,kind,name,name_zh\n2027-01-01,holiday,New Year,元旦\n");
    o = run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("calendar"),
             calendar, QStringLiteral("--json")},
            0);
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
    run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("nonsense"),
         good},
        2);
    run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("trainees"), good,
         QStringLiteral("--encoding"), QStringLiteral("latin9")},
        2);
    // Export, then the exported file imports with nothing to change.
    const QString out = dir.filePath(QStringLiteral("out.xlsx"));
    o = run({QStringLiteral("export"), path, QStringLiteral("--kind"), QStringLiteral("trainees"),
             QStringLiteral("--out"), out, QStringLiteral("--include-id-numbers"),
             QStringLiteral("--json")},
            0);
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 3);
    o = run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("trainees"),
             out, QStringLiteral("--json")},
            0);
    QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 3);
    run({QStringLiteral("export"), path, QStringLiteral("--kind"), QStringLiteral("trainees"),
         QStringLiteral("--out"), dir.filePath(QStringLiteral("x.txt"))},
        2);
    // A blank template, read from no plan: its header is read as the kind's (the import
    // stops at the missing rows, not at a column).
    const QString blankTemplate = dir.filePath(QStringLiteral("leave-template.csv"));
    o = run({QStringLiteral("export"), QStringLiteral("--template"), QStringLiteral("--kind"),
             QStringLiteral("leave"), QStringLiteral("--out"), blankTemplate,
             QStringLiteral("--json")},
            0);
    QVERIFY(o.value(QStringLiteral("template")).toBool());
    QVERIFY(QFileInfo::exists(blankTemplate));
    run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("leave"),
         blankTemplate, QStringLiteral("--dry-run")},
        1);
    run({QStringLiteral("export"), path, QStringLiteral("--template"), QStringLiteral("--kind"),
         QStringLiteral("leave"), QStringLiteral("--out"), blankTemplate},
        2); // a plan file with --template is a mistake, said
    // Empty cells keep stored values; --blank-clears lists what it would clear, column by
    // column, and an unknown column is named.
    const QString blanks =
        TestSupport::writeFile(dir.filePath(QStringLiteral("blanks.csv")),
                               "id_number,name,employer,shoe size\n" ID_A ",Zhang,,42\n");
    run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("trainees"),
         TestSupport::writeFile(dir.filePath(QStringLiteral("acme.csv")),
                                "id_number,name,employer\n" ID_A ",Zhang,ACME\n")},
        0);
    o = run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("trainees"),
             blanks, QStringLiteral("--dry-run"), QStringLiteral("--json")},
            0);
    QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("cleared_count")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("unknown_columns")).toArray(),
             QJsonArray{QStringLiteral("shoe size")});
    o = run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("trainees"),
             blanks, QStringLiteral("--dry-run"), QStringLiteral("--blank-clears"),
             QStringLiteral("--json")},
            0);
    QCOMPARE(o.value(QStringLiteral("updated")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("cleared_count")).toInt(), 1);
    const QJsonObject clearedValue =
        o.value(QStringLiteral("cleared")).toArray().first().toObject();
    QCOMPARE(clearedValue.value(QStringLiteral("column")).toString(), QStringLiteral("employer"));
    QCOMPARE(clearedValue.value(QStringLiteral("line")).toInt(), 2);
    bool employerCounted = false;
    for (const auto &c : o.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = c.toObject();
        if (column.value(QStringLiteral("column")).toString() == QLatin1String("employer")) {
            QCOMPARE(column.value(QStringLiteral("cleared")).toInt(), 1);
            employerCounted = true;
        }
        if (column.value(QStringLiteral("column")).toString() == QLatin1String("phone"))
            QVERIFY(!column.value(QStringLiteral("mapped")).toBool());
    }
    QVERIFY(employerCounted);
}

void TestImport::shippedExamples()
{
    // docs/examples import into the demo plan, in the order their references need.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::copyPlan(m_demo, path);
    auto plan = openPlan(path);
    const QDir examples(QStringLiteral(COHORT_SOURCE_DIR "/docs/examples"));
    for (const char *name :
         {"instructors", "instructors-zh", "qualifications", "qualifications-zh", "leave",
          "leave-zh", "cohorts", "cohorts-zh", "sessions", "sessions-zh", "trainees",
          "trainees-zh-gb18030", "enrollments", "enrollments-zh", "calendar", "calendar-zh"}) {
        const QString file = examples.filePath(QString::fromLatin1(name) + QStringLiteral(".csv"));
        const auto kind =
            fromKey<ImportKind>(QString::fromLatin1(name).section(QLatin1Char('-'), 0, 0));
        QVERIFY2(kind, name);
        const ImportResult r = importFile(*plan, file, *kind);
        QVERIFY2(r.ok() && r.written,
                 qPrintable(QString::fromLatin1(name) + QLatin1Char('\n') + problemsOf(r)));
        QVERIFY(r.imported > 0);
    }
    // A workbook as Excel writes it: shared strings, a phone number stored as a number.
    const ImportResult workbook = importFile(
        *plan, examples.filePath(QStringLiteral("trainees-zh.xlsx")), ImportKind::Trainees);
    QVERIFY2(workbook.ok() && workbook.written, qPrintable(problemsOf(workbook)));
    QCOMPARE(workbook.imported, 3);
    QCOMPARE(workbook.source.format, TableFormat::Xlsx);
    const ImportResult bad =
        importFile(*plan, examples.filePath(QStringLiteral("enrollments-with-problems.csv")),
                   ImportKind::Enrollments, true);
    QCOMPARE(bad.problemCount, 6);
    QCOMPARE(bad.invalidRows, 6);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"

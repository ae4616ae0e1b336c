// SPDX-License-Identifier: GPL-3.0-or-later
// The History page's model: filters by action, table, user, record id, dates and words in
// the values before and after; the field-by-field view of one change; the CSV export.
#include "testsupport.h"

#include "domain/enums.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "items/auditdiff.h"
#include "items/plantablemodels.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filter_data();
    void filter();
    void facetValues();
    void fields_data();
    void fields();
    void valueLabels_data();
    void valueLabels();
    void csvField_data();
    void csvField();
    void exportShownRows();
    void recordsNamedAsTheyWere();

private:
    std::vector<AuditEntry> m_entries;
    QTemporaryDir m_dir;
};

namespace {

AuditEntry entry(Id id, const QString &at, const QString &user, AuditAction action,
                 const QString &table, const QString &key, const QString &before,
                 const QString &after)
{
    AuditEntry e;
    e.id = id;
    e.at = QDateTime::fromString(at, Qt::ISODate);
    e.at.setTimeSpec(Qt::UTC);
    e.user = user;
    e.action = action;
    e.table = table;
    e.recordKey = key;
    e.before = before;
    e.after = after;
    return e;
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

std::vector<Id> shownIds(const AuditTableModel &model)
{
    std::vector<Id> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.push_back(model.entryAt(r).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

void TestAuditLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Noon UTC keeps each entry on its day in every time zone the test may run in.
    m_entries = {
        entry(1, QStringLiteral("2026-03-02T12:00:00"), QStringLiteral("wang"), AuditAction::Insert,
              QStringLiteral("cohort"), QStringLiteral("42"), {},
              QStringLiteral("{\"code\":\"AI-201-2026-03\",\"capacity\":30,\"notes\":\"\"}")),
        entry(2, QStringLiteral("2026-03-05T12:00:00"), QStringLiteral("li"), AuditAction::Update,
              QStringLiteral("cohort"), QStringLiteral("42"),
              QStringLiteral("{\"code\":\"AI-201-2026-03\",\"capacity\":30,\"notes\":\"Room 3\"}"),
              QStringLiteral("{\"code\":\"AI-201-2026-03\",\"capacity\":36,\"notes\":\"Room 3\"}")),
        entry(3, QStringLiteral("2026-04-10T12:00:00"), QStringLiteral("li"), AuditAction::Update,
              QStringLiteral("trainee"), QStringLiteral("7"),
              QStringLiteral("{\"name\":\"张伟\",\"employer\":\"Baidu\"}"),
              QStringLiteral("{\"name\":\"张伟\",\"employer\":\"=HYPERLINK(\\\"x\\\")\"}")),
        entry(4, QStringLiteral("2026-05-20T12:00:00"), QStringLiteral("wang"), AuditAction::Delete,
              QStringLiteral("cohort"), QStringLiteral("420"),
              QStringLiteral(
                  "{\"code\":\"BC-101-2026-05\",\"capacity\":25,\"notes\":\"moved online\"}"),
              {}),
        entry(5, QStringLiteral("2026-06-01T12:00:00"), QStringLiteral("zhao"), AuditAction::Import,
              QStringLiteral("work_calendar"), QString(), {}, QStringLiteral("{\"rows\":31}")),
    };
}

void TestAuditLog::filter_data()
{
    QTest::addColumn<TableFilter>("filter");
    QTest::addColumn<std::vector<Id>>("ids");
    const auto with = [](auto set) {
        TableFilter f;
        set(f);
        return f;
    };
    QTest::newRow("none") << TableFilter{} << std::vector<Id>{1, 2, 3, 4, 5};
    QTest::newRow("table") << with([](TableFilter &f) { f.table = QStringLiteral("Cohorts"); })
                           << std::vector<Id>{1, 2, 4};
    QTest::newRow("user") << with([](TableFilter &f) { f.user = QStringLiteral("li"); })
                          << std::vector<Id>{2, 3};
    QTest::newRow("record, exactly")
        << with([](TableFilter &f) { f.record = QStringLiteral("42"); }) << std::vector<Id>{1, 2};
    QTest::newRow("record, typed with spaces")
        << with([](TableFilter &f) { f.record = QStringLiteral(" 420 "); }) << std::vector<Id>{4};
    QTest::newRow("record that has no changes")
        << with([](TableFilter &f) { f.record = QStringLiteral("9999"); }) << std::vector<Id>{};
    QTest::newRow("action") << with([](TableFilter &f) {
        f.status = AuditTableModel::tr("Changed");
    }) << std::vector<Id>{2, 3};
    // "Room 3" is in before and after of entry 2 but not among its changed fields.
    QTest::newRow("text only in the unchanged values")
        << with([](TableFilter &f) { f.text = QStringLiteral("room"); }) << std::vector<Id>{2};
    QTest::newRow("text in a deleted record")
        << with([](TableFilter &f) { f.text = QStringLiteral("online"); }) << std::vector<Id>{4};
    QTest::newRow("text in the before value")
        << with([](TableFilter &f) { f.text = QStringLiteral("baidu"); }) << std::vector<Id>{3};
    QTest::newRow("dates") << with([](TableFilter &f) {
        f.from = QDate(2026, 3, 3);
        f.to = QDate(2026, 5, 20);
    }) << std::vector<Id>{2, 3, 4};
    QTest::newRow("table, user and dates") << with([](TableFilter &f) {
        f.table = QStringLiteral("Cohorts");
        f.user = QStringLiteral("wang");
        f.from = QDate(2026, 4, 1);
    }) << std::vector<Id>{4};
}

void TestAuditLog::filter()
{
    QFETCH(TableFilter, filter);
    QFETCH(std::vector<Id>, ids);
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_entries);
    QSignalSpy changed(&model, &TableModelBase::filterChanged);
    model.setFilter(filter);
    QCOMPARE(changed.count(), filter.isEmpty() ? 0 : 1);
    QCOMPARE(shownIds(model), ids);
    model.setFilter({});
    QCOMPARE(model.rowCount(), int(m_entries.size()));
}

// Values as people read them: enumeration keys by their names, flags as yes or no, the
// same key by the table it is in (a cohort's status is not an enrollment's).
void TestAuditLog::valueLabels_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("role") << "cohort_instructor"
                          << "role"
                          << "lead" << displayName(InstructorRole::Lead);
    QTest::newRow("cohort status") << "cohort"
                                   << "status"
                                   << "open" << displayName(CohortStatus::Open);
    QTest::newRow("cohort completed") << "cohort"
                                      << "status"
                                      << "completed" << displayName(CohortStatus::Completed);
    QTest::newRow("enrollment completed")
        << "enrollment"
        << "status"
        << "completed" << displayName(EnrollmentStatus::Completed);
    QTest::newRow("enrollment waitlisted")
        << "enrollment"
        << "status"
        << "waitlisted" << displayName(EnrollmentStatus::Waitlisted);
    QTest::newRow("mode") << "cohort"
                          << "mode"
                          << "in_person" << displayName(CohortMode::InPerson);
    QTest::newRow("slot") << "cohort_session"
                          << "slot"
                          << "evening" << displayName(SessionSlot::Evening);
    QTest::newRow("certificate") << "enrollment"
                                 << "certification"
                                 << "senior" << displayName(CertificationLevel::Senior);
    QTest::newRow("calendar kind") << "work_calendar"
                                   << "kind"
                                   << "workday" << displayName(CalendarDayKind::Workday);
    QTest::newRow("flag") << "venue"
                          << "online"
                          << "1"
                          << "Yes";
    QTest::newRow("flag off") << "cohort_instructor"
                              << "locked"
                              << "0"
                              << "No";
    QTest::newRow("a number") << "cohort"
                              << "capacity"
                              << "30"
                              << "30";
    QTest::newRow("an unknown key") << "cohort"
                                    << "status"
                                    << "someday"
                                    << "someday";
    QTest::newRow("the kind of an import note") << "trainee"
                                                << "kind"
                                                << "trainees"
                                                << "trainees";
    QTest::newRow("empty") << "cohort"
                           << "mode"
                           << ""
                           << "";
}

void TestAuditLog::valueLabels()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    QCOMPARE(auditValueLabel(table, field, value), shown);
}

void TestAuditLog::facetValues()
{
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_entries);
    QVERIFY(model.supportedFacets().testFlags(Facet::Table | Facet::User | Facet::Record |
                                              Facet::Status));
    // Tables as people call them, not as the plan file names them.
    QCOMPARE(model.facetValues(Facet::Table),
             (QStringList{QStringLiteral("Cohorts"), QStringLiteral("Trainees"),
                          QStringLiteral("Work calendar")}));
    QCOMPARE(model.facetValues(Facet::User),
             (QStringList{QStringLiteral("li"), QStringLiteral("wang"), QStringLiteral("zhao")}));
    // Record keys (in the locale's order: numeric where the collator supports it).
    QStringList records = model.facetValues(Facet::Record);
    records.sort();
    QCOMPARE(records,
             (QStringList{QStringLiteral("42"), QStringLiteral("420"), QStringLiteral("7")}));
}

void TestAuditLog::fields_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QList<bool>>("changed");
    QTest::newRow("insert") << 0 << L({"capacity", "code", "notes"}) << L({"", "", ""})
                            << L({"30", "AI-201-2026-03", ""}) << QList<bool>{true, true, true};
    QTest::newRow("update") << 1 << L({"capacity", "code", "notes"})
                            << L({"30", "AI-201-2026-03", "Room 3"})
                            << L({"36", "AI-201-2026-03", "Room 3"})
                            << QList<bool>{true, false, false};
    QTest::newRow("update, Chinese and a formula")
        << 2 << L({"employer", "name"}) << L({"Baidu", "张伟"}) << L({"=HYPERLINK(\"x\")", "张伟"})
        << QList<bool>{true, false};
    QTest::newRow("delete") << 3 << L({"capacity", "code", "notes"})
                            << L({"25", "BC-101-2026-05", "moved online"}) << L({"", "", ""})
                            << QList<bool>{true, true, true};
}

void TestAuditLog::fields()
{
    QFETCH(int, entry);
    QFETCH(QStringList, names);
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QList<bool>, changed);
    const std::vector<AuditField> fields = auditFields(m_entries[std::size_t(entry)]);
    QCOMPARE(int(fields.size()), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const AuditField &f = fields[std::size_t(i)];
        QCOMPARE(f.name, names[i]);
        QCOMPARE(f.before, before[i]);
        QCOMPARE(f.after, after[i]);
        QCOMPARE(f.changed, changed[i]);
    }
}

void TestAuditLog::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QString::fromUtf8("AI-201") << QString::fromUtf8("AI-201");
    QTest::newRow("empty") << QString::fromUtf8("") << QString::fromUtf8("");
    QTest::newRow("comma") << QString::fromUtf8("a,b") << QString::fromUtf8("\"a,b\"");
    QTest::newRow("quote") << QString::fromUtf8("say \"hi\"")
                           << QString::fromUtf8("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << QString::fromUtf8("one\ntwo")
                                << QString::fromUtf8("\"one\ntwo\"");
    QTest::newRow("formula =") << QString::fromUtf8("=1+2") << QString::fromUtf8("'=1+2");
    QTest::newRow("formula +") << QString::fromUtf8("+86 10 1234")
                               << QString::fromUtf8("'+86 10 1234");
    QTest::newRow("formula -") << QString::fromUtf8("-5") << QString::fromUtf8("'-5");
    QTest::newRow("formula @") << QString::fromUtf8("@SUM(A1)") << QString::fromUtf8("'@SUM(A1)");
    QTest::newRow("formula after tab") << QString::fromUtf8("\t=1") << QString::fromUtf8("'\t=1");
    QTest::newRow("formula with comma")
        << QString::fromUtf8("=HYPERLINK(\"x\",\"y\")")
        << QString::fromUtf8("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::newRow("a minus inside is fine")
        << QString::fromUtf8("2026-03-01") << QString::fromUtf8("2026-03-01");
    QTest::newRow("Chinese") << QString::fromUtf8("张伟") << QString::fromUtf8("张伟");
}

void TestAuditLog::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::field(value), field);
}

void TestAuditLog::exportShownRows()
{
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_entries);
    TableFilter filter;
    filter.user = QStringLiteral("li");
    model.setFilter(filter);
    const QString path = m_dir.filePath(QStringLiteral("history.csv"));
    QCOMPARE(model.saveShownRowsAsCsv(path).message(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    CsvReader reader;
    const std::vector<CsvReader::Record> records = reader.parse(QString::fromUtf8(bytes.mid(3)));
    QVERIFY2(reader.status().ok(), qPrintable(reader.status().message()));
    // The header and the two rows shown (newest first as the model shows them, here by id).
    QCOMPARE(int(records.size()), 3);
    QCOMPARE(records[0].fields.size(), 8);
    QStringList users;
    for (std::size_t i = 1; i < records.size(); ++i) {
        users << records[i].fields[1];
        QCOMPARE(QDateTime::fromString(records[i].fields[0], Qt::ISODate).isValid(), true);
    }
    QCOMPARE(users, (QStringList{QStringLiteral("li"), QStringLiteral("li")}));
    // The trainee's employer became a formula: in the CSV it is text, not a formula.
    bool sawFormula = false;
    for (const CsvReader::Record &r : records) {
        for (const QString &f : r.fields) {
            QVERIFY2(!f.startsWith(QLatin1Char('=')), qPrintable(f));
            sawFormula = sawFormula || f.contains(QLatin1String("HYPERLINK"));
        }
    }
    QVERIFY(sawFormula);

    // A plan from elsewhere may carry anything in its log, e.g. a "user" that is a formula:
    // exported as text, with the apostrophe a spreadsheet hides.
    std::vector<AuditEntry> hostile = m_entries;
    hostile.push_back(entry(6, QStringLiteral("2026-06-02T12:00:00"), QStringLiteral("=2+3"),
                            AuditAction::Update, QStringLiteral("cohort"), QStringLiteral("42"),
                            QStringLiteral("{}"), QStringLiteral("{}")));
    model.setRows(hostile);
    filter.user = QStringLiteral("=2+3");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    const QString records2 = QString::fromUtf8(model.shownRowsAsCsv().mid(3));
    QCOMPARE(reader.parse(records2).at(1).fields.at(1), QStringLiteral("'=2+3"));

    // A folder that cannot be written: the reason, naming the file, and no file.
    const QString bad = m_dir.filePath(QStringLiteral("missing/history.csv"));
    const QString error = model.saveShownRowsAsCsv(bad).message();
    QVERIFY(error.contains(QStringLiteral("history.csv")));
    QVERIFY(!QFile::exists(bad));
}

// The History names the records an entry points at as they were called then: a course
// renamed later keeps its old title in the entries before the rename; an assignment reads
// as its cohort and instructor; a record the log never saw is named as it is now.
void TestAuditLog::recordsNamedAsTheyWere()
{
    const auto e = [](Id id, AuditAction action, const char *table, const char *key,
                      const char *before, const char *after) {
        return entry(id, QStringLiteral("2026-03-01T10:00:00"), QStringLiteral("wang"), action,
                     QString::fromUtf8(table), QString::fromUtf8(key), QString::fromUtf8(before),
                     QString::fromUtf8(after));
    };
    const std::vector<AuditEntry> entries = {
        e(5, AuditAction::Delete, "cohort", "9", R"({"id":9,"code":"C-1","course_id":5})", ""),
        e(4, AuditAction::Insert, "cohort_instructor", "9/3", "",
          R"({"cohort_id":9,"instructor_id":3,"role":"lead"})"),
        e(3, AuditAction::Update, "course", "5",
          R"({"id":5,"code":"AI-101","title":"Old title","title_zh":"旧"})",
          R"({"id":5,"code":"AI-101","title":"New title","title_zh":"新"})"),
        e(2, AuditAction::Insert, "cohort", "9", "", R"({"id":9,"code":"C-1","course_id":5})"),
        e(1, AuditAction::Insert, "course", "5", "",
          R"({"id":5,"code":"AI-101","title":"Old title","title_zh":"旧"})"),
    };
    const std::vector<NamedRecord> now = {
        {QStringLiteral("course"), 5, QStringLiteral("AI-101"), QStringLiteral("New title"),
         QStringLiteral("新")},
        {QStringLiteral("instructor"), 3, QStringLiteral("I-3"), QStringLiteral("Wang Fang"), {}},
    };
    std::vector<AuditEntry> english = entries;
    nameAuditEntries(english, now, false);
    const AuditEntry &cohortAdded = english[3];
    QCOMPARE(cohortAdded.recordLabel, QStringLiteral("C-1"));
    QCOMPARE(auditValueLabel(cohortAdded, QStringLiteral("course_id"), QStringLiteral("5")),
             QStringLiteral("AI-101 Old title"));
    QCOMPARE(english[2].recordLabel, QStringLiteral("AI-101 New title"));
    QCOMPARE(english[1].recordLabel, QStringLiteral("C-1 · I-3 Wang Fang"));
    QCOMPARE(english[0].recordLabel, QStringLiteral("C-1")); // deleted: named as it was
    // An id nobody knows stays a number.
    QCOMPARE(auditValueLabel(english[1], QStringLiteral("venue_id"), QStringLiteral("77")),
             QStringLiteral("77"));

    std::vector<AuditEntry> chinese = entries;
    nameAuditEntries(chinese, now, true);
    QCOMPARE(chinese[3].valueLabels.value(QStringLiteral("course_id=5")),
             QStringLiteral("AI-101 旧"));

    // The History's table shows them, and a cohort's code finds its assignment too.
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(english);
    QVERIFY(model.index(3, AuditTableModel::Change)
                .data()
                .toString()
                .contains(QStringLiteral("AI-101 Old title")));
    QCOMPARE(model.index(1, AuditTableModel::Record).data().toString(),
             QStringLiteral("C-1 · I-3 Wang Fang"));
    TableFilter filter;
    filter.text = QStringLiteral("C-1");
    model.setFilter(filter);
    QCOMPARE(shownIds(model), (std::vector<Id>{2, 4, 5}));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/workcalendar.h"
#include "io/calendarcsv.h"
#include "io/csvreader.h"
#include "io/importer.h"
#include "store/auditlog.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "store/repository.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Planner;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void importCalendar();
    void importRefusesBadFiles_data();
    void importRefusesBadFiles();
    void importGb18030();
    void initTestCase();

    void bundledCalendar();
    void isWorkingDay_data();
    void isWorkingDay();
    void nextWorkingDay_data();
    void nextWorkingDay();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void nameOf_data();
    void nameOf();
    void emptyCalendarIsPlainWeek();

    void csvParse_data();
    void csvParse();
    void csvErrors_data();
    void csvErrors();
    void csvReaderIsReusable();

    void calendarCsvErrors_data();
    void calendarCsvErrors();
    void calendarCsvRoundTrip();

private:
    WorkCalendar m_calendar;
};

void TestCalendar::initTestCase()
{
    m_calendar = WorkCalendar(CalendarCsv::bundledChina2026());
    QVERIFY(!m_calendar.days().empty());
}

void TestCalendar::bundledCalendar()
{
    const std::vector<CalendarDay> days = CalendarCsv::bundledChina2026();
    QCOMPARE(days.size(), std::size_t(39));
    QVERIFY(
        std::is_sorted(days.begin(), days.end(),
                       [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; }));
    const auto workdays = std::count_if(days.begin(), days.end(), [](const CalendarDay &d) {
        return d.kind == CalendarDayKind::Workday;
    });
    QCOMPARE(workdays, 6);
    for (const CalendarDay &day : days) {
        QCOMPARE(day.date.year(), 2026);
        QVERIFY2(!day.name.isEmpty() && !day.nameZh.isEmpty(),
                 qPrintable(day.date.toString(Qt::ISODate)));
        if (day.kind == CalendarDayKind::Workday)
            QVERIFY2(day.date.dayOfWeek() >= 6, qPrintable(day.date.toString(Qt::ISODate)));
    }
    QCOMPARE(days.front().date, QDate(2026, 1, 1));
    QCOMPARE(days.front().name, u"New Year's Day"_s);
    QCOMPARE(days.front().nameZh, u"元旦"_s);
    QCOMPARE(days.back().date, QDate(2026, 10, 10));
    QCOMPARE(days.back().nameZh, u"国庆节调休上班"_s);
}

void TestCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("weekday"); // checks the row's description
    QTest::addColumn<bool>("working");
    QTest::addColumn<bool>("holiday");
    QTest::addColumn<bool>("makeUp");

    QTest::newRow("National Day, Thursday") << QDate(2026, 10, 1) << 4 << false << true << false;
    QTest::newRow("National Day, Wednesday") << QDate(2026, 10, 7) << 3 << false << true << false;
    QTest::newRow("after National Day, Thursday")
        << QDate(2026, 10, 8) << 4 << true << false << false;
    QTest::newRow("make-up Saturday") << QDate(2026, 10, 10) << 6 << true << false << true;
    QTest::newRow("plain Sunday") << QDate(2026, 10, 11) << 7 << false << false << false;
    QTest::newRow("plain Monday") << QDate(2026, 10, 12) << 1 << true << false << false;
    QTest::newRow("make-up Sunday") << QDate(2026, 1, 4) << 7 << true << false << true;
    QTest::newRow("Spring Festival, Monday") << QDate(2026, 2, 16) << 1 << false << true << false;
    QTest::newRow("holiday on a Saturday") << QDate(2026, 10, 3) << 6 << false << true << false;
    QTest::newRow("2027 Saturday, no data") << QDate(2027, 1, 2) << 6 << false << false << false;
    QTest::newRow("2027 Monday, no data") << QDate(2027, 1, 4) << 1 << true << false << false;
    QTest::newRow("2025 Friday, no data") << QDate(2025, 12, 31) << 3 << true << false << false;
}

void TestCalendar::isWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(int, weekday);
    QFETCH(bool, working);
    QFETCH(bool, holiday);
    QFETCH(bool, makeUp);
    QCOMPARE(date.dayOfWeek(), weekday);
    QCOMPARE(m_calendar.isWorkingDay(date), working);
    QCOMPARE(m_calendar.isHoliday(date), holiday);
    QCOMPARE(m_calendar.isMakeUpWorkday(date), makeUp);
}

void TestCalendar::nextWorkingDay_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("National Day") << QDate(2026, 10, 1) << QDate(2026, 10, 8);
    QTest::newRow("holiday weekend") << QDate(2026, 10, 3) << QDate(2026, 10, 8);
    QTest::newRow("working day itself") << QDate(2026, 10, 9) << QDate(2026, 10, 9);
    QTest::newRow("make-up Saturday itself") << QDate(2026, 10, 10) << QDate(2026, 10, 10);
    QTest::newRow("plain Sunday") << QDate(2026, 10, 11) << QDate(2026, 10, 12);
    QTest::newRow("Spring Festival") << QDate(2026, 2, 15) << QDate(2026, 2, 24);
    QTest::newRow("New Year") << QDate(2026, 1, 1) << QDate(2026, 1, 4);
    QTest::newRow("2027 weekend") << QDate(2027, 1, 2) << QDate(2027, 1, 4);
}

void TestCalendar::nextWorkingDay()
{
    QFETCH(QDate, from);
    QFETCH(QDate, expected);
    QCOMPARE(m_calendar.nextWorkingDay(from), expected);
}

void TestCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    // October 2026: 22 weekdays, five of them (1, 2, 5, 6, 7) holidays, plus Saturday the
    // 10th as a make-up day.
    QTest::newRow("October 2026") << QDate(2026, 10, 1) << QDate(2026, 10, 31) << 18;
    // 2026: 261 weekdays, 19 of them holidays, 6 make-up weekend days.
    QTest::newRow("year 2026") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << 248;
    QTest::newRow("Golden Week") << QDate(2026, 10, 1) << QDate(2026, 10, 7) << 0;
    QTest::newRow("one make-up day") << QDate(2026, 10, 10) << QDate(2026, 10, 10) << 1;
    QTest::newRow("one holiday") << QDate(2026, 10, 1) << QDate(2026, 10, 1) << 0;
    QTest::newRow("reversed range") << QDate(2026, 10, 31) << QDate(2026, 10, 1) << 0;
    QTest::newRow("2027 week, no data") << QDate(2027, 1, 4) << QDate(2027, 1, 10) << 5;
}

void TestCalendar::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(m_calendar.workingDaysBetween(from, to), expected);
}

void TestCalendar::nameOf_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");

    QTest::newRow("holiday") << QDate(2026, 10, 1) << u"National Day"_s;
    QTest::newRow("make-up day") << QDate(2026, 10, 10) << u"National Day (make-up workday)"_s;
    QTest::newRow("Mid-Autumn") << QDate(2026, 9, 25) << u"Mid-Autumn Festival"_s;
    QTest::newRow("ordinary day") << QDate(2026, 10, 12) << QString();
    QTest::newRow("no data") << QDate(2027, 10, 1) << QString();
}

void TestCalendar::nameOf()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QCOMPARE(m_calendar.nameOf(date), name);
}

void TestCalendar::emptyCalendarIsPlainWeek()
{
    const WorkCalendar plain;
    QVERIFY(!plain.isWorkingDay(QDate(2026, 10, 10)));
    QVERIFY(plain.isWorkingDay(QDate(2026, 10, 1)));
    QCOMPARE(plain.workingDaysBetween(QDate(2026, 10, 1), QDate(2026, 10, 31)), 22);
    QCOMPARE(plain.nextWorkingDay(QDate(2026, 10, 3)), QDate(2026, 10, 5));
}

void TestCalendar::csvParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");

    const QChar comma = u',';
    QTest::newRow("plain") << u"a,b,c\n1,2,3\n"_s << comma
                           << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}
                           << QList<int>{1, 2};
    QTest::newRow("quoted comma") << u"name,\"Beijing, Haidian\",x\n"_s << comma
                                  << Records{{u"name"_s, u"Beijing, Haidian"_s, u"x"_s}}
                                  << QList<int>{1};
    QTest::newRow("doubled quotes") << u"\"say \"\"hi\"\"\",\"\"\"\"\n"_s << comma
                                    << Records{{u"say \"hi\""_s, u"\""_s}} << QList<int>{1};
    QTest::newRow("newline in quotes")
        << u"h1,h2\n\"two\nlines\",x\nnext,y\n"_s << comma
        << Records{{u"h1"_s, u"h2"_s}, {u"two\nlines"_s, u"x"_s}, {u"next"_s, u"y"_s}}
        << QList<int>{1, 2, 4};
    QTest::newRow("CRLF") << u"a,b\r\nc,d\r\n"_s << comma
                          << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList<int>{1, 2};
    QTest::newRow("CRLF in quotes") << u"\"x\r\ny\",z\r\nw\r\n"_s << comma
                                    << Records{{u"x\r\ny"_s, u"z"_s}, {u"w"_s}} << QList<int>{1, 3};
    QTest::newRow("UTF-8 BOM") << u"\uFEFFdate,kind\n2026-10-01,holiday\n"_s << comma
                               << Records{{u"date"_s, u"kind"_s}, {u"2026-10-01"_s, u"holiday"_s}}
                               << QList<int>{1, 2};
    QTest::newRow("blank lines") << u"a\n\n\nb\n\n"_s << comma << Records{{u"a"_s}, {u"b"_s}}
                                 << QList<int>{1, 4};
    QTest::newRow("no trailing newline")
        << u"a,b\nc,d"_s << comma << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
        << QList<int>{1, 2};
    QTest::newRow("empty fields") << u"a,,\n,b\n"_s << comma
                                  << Records{{u"a"_s, QString(), QString()}, {QString(), u"b"_s}}
                                  << QList<int>{1, 2};
    QTest::newRow("quoted empty last field")
        << u"a,\"\""_s << comma << Records{{u"a"_s, QString()}} << QList<int>{1};
    QTest::newRow("Chinese text") << u"国庆节,National Day\n"_s << comma
                                  << Records{{u"国庆节"_s, u"National Day"_s}} << QList<int>{1};
    QTest::newRow("semicolon") << u"a;\"b;c\";d,e\n"_s << QChar(u';')
                               << Records{{u"a"_s, u"b;c"_s, u"d,e"_s}} << QList<int>{1};
    QTest::newRow("tab") << u"a\tb c\t\"d\te\"\n"_s << QChar(u'\t')
                         << Records{{u"a"_s, u"b c"_s, u"d\te"_s}} << QList<int>{1};
    QTest::newRow("empty text") << QString() << comma << Records{} << QList<int>{};
}

void TestCalendar::csvParse()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);
    CsvReader reader(delimiter);
    const auto parsed = reader.parse(text);
    VERIFY_OK(reader.status());
    Records fields;
    QList<int> starts;
    for (const auto &record : parsed) {
        fields << record.fields;
        starts << record.line;
    }
    QCOMPARE(fields, records);
    QCOMPARE(starts, lines);
}

void TestCalendar::csvErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");

    QTest::newRow("unterminated quote") << u"a,b\nc,\"open\nmore\n"_s << 2 << u"never closed"_s;
    QTest::newRow("text after closing quote")
        << u"a\n\"x\"y,z\n"_s << 2 << u"after a closing quote"_s;
    QTest::newRow("quote inside unquoted field") << u"a\nb\nab\"c\n"_s << 3 << u"quote inside"_s;
    QTest::newRow("error after a multi-line field")
        << u"\"x\ny\",1\na\"b\n"_s << 3 << u"quote inside"_s;
}

void TestCalendar::csvErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, reason);
    CsvReader reader;
    reader.parse(text);
    const QString error = reader.status().message();
    QVERIFY2(error.startsWith(u"line %1:"_s.arg(line)), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestCalendar::csvReaderIsReusable()
{
    CsvReader reader;
    reader.parse(u"\"open"_s);
    QVERIFY(!reader.status());
    const auto records = reader.parse(u"a,b\n"_s);
    VERIFY_OK(reader.status());
    QCOMPARE(records.size(), std::size_t(1));
}

void TestCalendar::calendarCsvErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    const QString header = u"date,kind,name,name_zh\n"_s;
    QTest::newRow("missing header")
        << u"2026-10-01,holiday,National Day,国庆节\n"_s << 1 << u"date,kind"_s;
    QTest::newRow("bad date") << header + u"2026-10-01,holiday,National Day,国庆节\n"
                                          "2026-02-30,holiday,Nonsense,\n"_s
                              << 3 << u"2026-02-30"_s;
    QTest::newRow("unknown kind") << header + u"2026-10-01,vacation,National Day,国庆节\n"_s << 2
                                  << u"vacation"_s;
    QTest::newRow("weekday as workday")
        << header + u"2026-10-12,workday,Monday,\n"_s << 2 << u"2026-10-12"_s;
    QTest::newRow("duplicated date") << header + u"2026-10-01,holiday,National Day,国庆节\n"
                                                 "2026-10-02,holiday,National Day,国庆节\n"
                                                 "2026-10-01,holiday,Again,\n"_s
                                     << 4 << u"2026-10-01"_s;
    QTest::newRow("too few columns") << header + u"2026-10-01\n"_s << 2 << QString();
    QTest::newRow("line after a multi-line name")
        << header + u"2026-10-01,holiday,\"National\nDay\",国庆节\n2026-10-02,holyday,,\n"_s << 4
        << u"holyday"_s;
    QTest::newRow("unterminated quote")
        << header + u"2026-10-01,holiday,\"National Day\n"_s << 2 << QString();
}

void TestCalendar::calendarCsvErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    const auto days = CalendarCsv::parse(text);
    QVERIFY(!days.ok());
    const QString error = days.message();
    QVERIFY2(error.contains(QRegularExpression(u"^line %1\\b"_s.arg(line))), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestCalendar::calendarCsvRoundTrip()
{
    const QString text = u"\uFEFFdate,kind,name,name_zh\r\n"
                         "2026-10-01,holiday,National Day,国庆节\r\n"
                         " 2026-10-10 , workday ,\"National Day, make-up\",国庆节调休上班\r\n"
                         "\r\n"
                         "2027-01-01,holiday,New Year's Day\r\n"_s;
    const auto parsed = CalendarCsv::parse(text);
    QCOMPARE(parsed.message(), QString());
    const std::vector<CalendarDay> &days = *parsed;
    const std::vector<CalendarDay> expected{
        {QDate(2026, 10, 1), CalendarDayKind::Holiday, u"National Day"_s, u"国庆节"_s},
        {QDate(2026, 10, 10), CalendarDayKind::Workday, u"National Day, make-up"_s,
         u"国庆节调休上班"_s},
        {QDate(2027, 1, 1), CalendarDayKind::Holiday, u"New Year's Day"_s, QString()},
    };
    QCOMPARE(days.size(), expected.size());
    for (std::size_t i = 0; i < days.size(); ++i) {
        QCOMPARE(days[i].date, expected[i].date);
        QCOMPARE(days[i].kind, expected[i].kind);
        QCOMPARE(days[i].name, expected[i].name);
        QCOMPARE(days[i].nameZh, expected[i].nameZh);
    }
    QVERIFY(days == expected);

    // And the parsed days drive a calendar.
    const WorkCalendar calendar(days);
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 1)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 10)));
    QCOMPARE(calendar.days().front().nameZh, u"国庆节"_s);
}

namespace {

// File ▸ Import Work Calendar… is the import wizard with the calendar kind: the Importer.
ImportResult importCalendarFile(QSqlDatabase &db, const QString &path, bool dryRun)
{
    ImportOptions options;
    options.kind = ImportKind::Calendar;
    options.dryRun = dryRun;
    return Importer::run(db, path, options);
}

} // namespace

void TestCalendar::importCalendar()
{
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    QVERIFY(plan);
    QSqlDatabase db = plan->database();
    Repository<CalendarDay> days(db);
    QCOMPARE(days.count(), 39);
    // UTF-8 with a BOM and CRLF, as Excel saves "CSV UTF-8".
    const QString csv = TestSupport::writeFile(
        dir.filePath(QStringLiteral("2027.csv")),
        QByteArray("\xEF\xBB\xBF"
                   "date,kind,name,name_zh\r\n"
                   "2027-01-01,holiday,New Year's Day,元旦\r\n"
                   "2027-02-06,workday,Spring Festival (make-up workday),春节调休上班\r\n"
                   "2026-10-01,holiday,National Day,国庆节\r\n"));
    const int auditBefore = int(AuditLog(db).newest(1000).size());
    ImportResult dry = importCalendarFile(db, csv, true);
    QVERIFY(dry.problems.empty());
    QCOMPARE(dry.rows, 3);
    QCOMPARE(dry.imported, 2);
    QCOMPARE(dry.unchanged, 1);
    QCOMPARE(days.count(), 39); // a dry run writes nothing

    ImportResult real = importCalendarFile(db, csv, false);
    QCOMPARE(real.imported, 2);
    QCOMPARE(real.unchanged, 1);
    QCOMPARE(days.count(), 41);
    // One History entry per day written, and one for the whole import.
    QCOMPARE(int(AuditLog(db).newest(1000).size()), auditBefore + 2 + 1);
    CalendarDay key;
    key.date = QDate(2027, 2, 6);
    QCOMPARE(days.find(key)->nameZh, QStringLiteral("春节调休上班"));
    QVERIFY(!WorkCalendar(days.loadAll()).isWorkingDay(QDate(2027, 1, 1)));
    QVERIFY(WorkCalendar(days.loadAll()).isWorkingDay(QDate(2027, 2, 6)));

    // Importing again changes nothing; a changed name updates that day only.
    QCOMPARE(importCalendarFile(db, csv, false).unchanged, 3);
    const QString renamed = TestSupport::writeFile(
        dir.filePath(QStringLiteral("renamed.csv")),
        QByteArray("date,kind,name,name_zh\n2027-01-01,holiday,New Year,元旦\n"));
    const ImportResult update = importCalendarFile(db, renamed, false);
    QCOMPARE(update.updated, 1);
    QCOMPARE(days.count(), 41);
    key.date = QDate(2027, 1, 1);
    QCOMPARE(days.find(key)->name, QStringLiteral("New Year"));
}

void TestCalendar::importRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    // The good first row must not be imported either: all rows or none.
    QTest::newRow("impossible date")
        << QByteArray("date,kind\n2027-01-01,holiday\n2027-02-30,holiday\n") << 3 << "date"
        << "2027-02-30";
    QTest::newRow("unknown kind") << QByteArray("date,kind\n2027-01-01,holiday\n2027-03-01,party\n")
                                  << 3 << "kind"
                                  << "party";
    QTest::newRow("weekday as make-up day")
        << QByteArray("date,kind\n2027-01-01,holiday\n2027-03-01,workday\n") << 3 << "kind"
        << "workday";
    QTest::newRow("unterminated quote")
        << QByteArray("date,kind,name\n2027-01-01,holiday,\"New Year\n") << 2 << ""
        << "";
    // "day" is read as the date column; the kind is missing, named with the header found.
    QTest::newRow("wrong header") << QByteArray("day;type\n2027-01-01;holiday\n") << 1 << "kind"
                                  << "day, type";
}

void TestCalendar::importRefusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    QSqlDatabase db = plan->database();
    const QString csv = TestSupport::writeFile(dir.filePath(QStringLiteral("bad.csv")), content);
    const ImportResult result = importCalendarFile(db, csv, false);
    QVERIFY(!result.problems.empty());
    QCOMPARE(result.problems.front().line, line);
    QCOMPARE(result.problems.front().column, column);
    QCOMPARE(result.problems.front().value, value);
    QVERIFY(!result.problems.front().message.isEmpty());
    QCOMPARE(Repository<CalendarDay>(db).count(), 39);
}

void TestCalendar::importGb18030()
{
    QTemporaryDir dir;
    auto plan = TestSupport::newPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    QSqlDatabase db = plan->database();
    QStringEncoder gb18030("GB18030");
    QVERIFY(gb18030.isValid());
    const QByteArray bytes =
        gb18030(QStringLiteral("date,kind,name,name_zh\n2027-10-01,holiday,National Day,国庆节\n"));
    QVERIFY(!bytes.contains("国庆节")); // really not UTF-8
    const QString csv = TestSupport::writeFile(dir.filePath(QStringLiteral("gbk.csv")), bytes);
    const ImportResult result = importCalendarFile(db, csv, false);
    QVERIFY(result.problems.empty());
    CalendarDay key;
    key.date = QDate(2027, 10, 1);
    QCOMPARE(Repository<CalendarDay>(db).find(key)->nameZh, QStringLiteral("国庆节"));
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"

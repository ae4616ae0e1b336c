// SPDX-License-Identifier: GPL-3.0-or-later
// The printable reports (io/report.h): what their PDFs say, read back with poppler's
// pdftotext and pdffonts (poppler-utils, installed by tools/dev.sh), in English and in
// Chinese; headers repeated on every page a table reaches; ID numbers masked; the CLI's
// exit codes and refusals.
#include "testsupport.h"

#include "domain/language.h"
#include "io/report.h"
#include "planning/identitydocument.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "store/repository.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Planner;

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reports_data();
    void reports();
    void headerRowsRepeat();
    void idNumbersMasked();
    void chinese();
    void languageOfTheReportOnly();
    void refusals_data();
    void refusals();
    void unwritablePathLeavesNothing();
    void cli_data();
    void cli();

private:
    // The text of pages first..last (0: to the end), one string per page.
    QStringList pdfPages(const QString &pdf);
    QString pdfFonts(const QString &pdf);
    Report::Request request(Report::Kind kind) const;

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<PlanDatabase> m_plan;
    Cohort m_cohort;         // the cohort with the most seat holders
    Instructor m_instructor; // its lead
    Venue m_venue;           // its venue
    int m_seatHolders = 0;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"pdftotext", "pdffonts", "pdfimages"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: tools/dev.sh deps installs "
                                           "poppler-utils")
                                .arg(QLatin1String(tool))));
    m_demo = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
    m_plan = TestSupport::openPlan(m_demo, PlanDatabase::Mode::ReadOnly);
    QVERIFY(m_plan);
    const QSqlDatabase db = m_plan->database();
    const std::map<Id, int> holders = PlanQueries(db).seatHolders();
    Id best = 0;
    for (const auto &[id, n] : holders)
        if (n > m_seatHolders) {
            m_seatHolders = n;
            best = id;
        }
    QVERIFY(best != 0);
    m_cohort = Repository<Cohort>(db).loadWhere("id", {best}).front();
    for (const CohortInstructor &a :
         Repository<CohortInstructor>(db).loadWhere("cohort_id", {best}))
        if (a.role == InstructorRole::Lead)
            m_instructor = Repository<Instructor>(db).loadWhere("id", {a.instructorId}).front();
    QVERIFY(m_instructor.id != 0);
    QVERIFY(m_cohort.venueId != 0);
    m_venue = Repository<Venue>(db).loadWhere("id", {m_cohort.venueId}).front();
}

QStringList TestReport::pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    // pdftotext ends every page with a form feed.
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString TestReport::pdfFonts(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {pdf});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

Report::Request TestReport::request(Report::Kind kind) const
{
    Report::Request r;
    r.kind = kind;
    r.planName = QStringLiteral("Demo");
    r.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    r.printedOn = QDate(2026, 12, 6);
    return r;
}

void TestReport::reports_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("scopeOption");  // which of the test's records scopes it
    QTest::addColumn<QStringList>("expected"); // texts the PDF must hold
    QTest::newRow("plan") << int(Report::Kind::Plan) << "year"
                          << QStringList{QStringLiteral("Yearly plan"), QStringLiteral("Summary"),
                                         QStringLiteral("Progress against the target"),
                                         QStringLiteral("Artificial Intelligence"),
                                         QStringLiteral("Seats planned")};
    QTest::newRow("timetable, one")
        << int(Report::Kind::Timetable) << "instructor"
        << QStringList{QStringLiteral("Instructor timetable"), QStringLiteral("Teaching days")};
    // (A month, not the year: every instructor's year is 230 pages, seconds under ASan.)
    QTest::newRow("timetable, all")
        << int(Report::Kind::Timetable) << "month"
        << QStringList{QStringLiteral("Instructor timetable"), QStringLiteral("instructor")};
    QTest::newRow("venue") << int(Report::Kind::Venue) << "venue"
                           << QStringList{QStringLiteral("Venue bookings"),
                                          QStringLiteral("seats")};
    QTest::newRow("sign-in") << int(Report::Kind::SignIn) << "cohort"
                             << QStringList{QStringLiteral("Sign-in sheet"),
                                            QStringLiteral("Signature")};
    QTest::newRow("roster") << int(Report::Kind::Roster) << "cohort"
                            << QStringList{QStringLiteral("Cohort roster"),
                                           QStringLiteral("Attendance"),
                                           QStringLiteral("Certificate")};
    QTest::newRow("capacity") << int(Report::Kind::Capacity) << "year"
                              << QStringList{QStringLiteral("Capacity report"),
                                             QStringLiteral("What is short"),
                                             QStringLiteral("by month")};
    QTest::newRow("certifications")
        << int(Report::Kind::Certifications) << "period"
        << QStringList{QStringLiteral("Certification list"), QStringLiteral("Certified on")};
}

void TestReport::reports()
{
    QFETCH(int, kind);
    QFETCH(QString, scopeOption);
    QFETCH(QStringList, expected);
    Report::Request r = request(Report::Kind(kind));
    const int year = Repository<Session>(m_plan->database())
                         .loadWhere("cohort_id", {m_cohort.id})
                         .front()
                         .date.year();
    const QDate first =
        Repository<Session>(m_plan->database()).loadWhere("cohort_id", {m_cohort.id}).front().date;
    if (scopeOption == QLatin1String("year")) {
        r.year = year;
    } else if (scopeOption == QLatin1String("month")) {
        r.from = QDate(first.year(), first.month(), 1);
        r.to = r.from.addMonths(1).addDays(-1);
        expected << m_cohort.code;
    } else if (scopeOption == QLatin1String("instructor")) {
        r.instructorId = m_instructor.id;
        r.year = year;
        expected << m_instructor.name << m_cohort.code;
    } else if (scopeOption == QLatin1String("venue")) {
        r.venueId = m_venue.id;
        r.year = year;
        expected << m_cohort.code;
    } else if (scopeOption == QLatin1String("cohort")) {
        r.cohortId = m_cohort.id;
        expected << m_cohort.code;
    } else {
        r.from = QDate(2000, 1, 1);
        r.to = QDate(2099, 12, 31);
    }
    const auto doc = Report::build(PlanQueries(m_plan->database()), r);
    QVERIFY2(doc, qPrintable(doc.message()));
    QVERIFY(doc->sections >= 1);
    const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf")
                                           .arg(QString::fromUtf8(QTest::currentDataTag())
                                                    .replace(QLatin1Char(' '), QLatin1Char('-'))));
    const auto pages = Report::writePdf(*doc, pdf, Report::defaultSetup(r.kind));
    QVERIFY2(pages, qPrintable(pages.message()));
    const QStringList text = pdfPages(pdf);
    QCOMPARE(text.size(), *pages);
    const QString all = text.join(QLatin1Char('\n'));
    for (const QString &e : expected)
        QVERIFY2(all.contains(e), qPrintable(QStringLiteral("“%1” is not in the PDF").arg(e)));
    // Every page: the header (title, plan, the date printed) and its number of all.
    for (int i = 0; i < text.size(); ++i) {
        QVERIFY2(text[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(*pages)),
                 qPrintable(QStringLiteral("page %1 has no footer").arg(i + 1)));
        QVERIFY(text[i].contains(doc->title.split(QLatin1Char(' ')).first()));
        // (A table cell split across pages leaves its clipped lines in the text layer,
        // which pdftotext may interleave with the header's words.)
        QVERIFY(text[i].contains(QStringLiteral("Printed")));
        QVERIFY(text[i].contains(QStringLiteral("6 December 2026")));
    }
    // The plan shows its progress chart: a picture in the file.
    if (r.kind == Report::Kind::Plan) {
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QVERIFY(images.waitForFinished(60000));
        const QStringList listed = QString::fromUtf8(images.readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(listed.size() >= 3, qPrintable(listed.join(QLatin1Char('\n')))); // header + 1
    }
    // The fonts are in the file.
    const QString fonts = pdfFonts(pdf);
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(
            line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+yes\\s+"))),
            qPrintable(QStringLiteral("not embedded with a text map: %1").arg(line)));
}

void TestReport::headerRowsRepeat()
{
    // The biggest cohort's sign-in list does not fit one page (five blank rows for
    // walk-ins come after its trainees): the next page starts with the header row again.
    QVERIFY2(m_seatHolders >= 25, qPrintable(QString::number(m_seatHolders)));
    Report::Request r = request(Report::Kind::SignIn);
    r.cohortId = m_cohort.id;
    const auto doc = Report::build(PlanQueries(m_plan->database()), r);
    QVERIFY2(doc, qPrintable(doc.message()));
    const QString pdf = m_dir.filePath(QStringLiteral("signin.pdf"));
    const auto pages = Report::writePdf(*doc, pdf);
    QVERIFY2(pages, qPrintable(pages.message()));
    QVERIFY(*pages > doc->sections); // some session takes two pages
    const QStringList text = pdfPages(pdf);
    int continued = 0;
    for (const QString &page : text) {
        if (page.contains(QStringLiteral("Sign-in sheet:")))
            continue; // a session's first page
        ++continued;
        QVERIFY(page.contains(QStringLiteral("Signature")));
        QVERIFY(page.contains(QStringLiteral("ID number")));
    }
    QVERIFY(continued > 0);
}

void TestReport::idNumbersMasked()
{
    Report::Request r = request(Report::Kind::SignIn);
    r.cohortId = m_cohort.id;
    const auto doc = Report::build(PlanQueries(m_plan->database()), r);
    QVERIFY(doc);
    const CohortRoster roster = PlanQueries(m_plan->database()).cohortRoster(m_cohort.id);
    int seen = 0;
    for (const RosterEntry &e : roster.entries) {
        if (e.idNumber.size() < 8)
            continue;
        QVERIFY2(!doc->html.contains(e.idNumber), "a full ID number is on the sign-in sheet");
        // Only the last four: not even the region code masked() keeps for screens.
        QVERIFY(!doc->html.contains(IdentityDocument::masked(e.idNumber)));
        if (e.enrollment.status == EnrollmentStatus::Enrolled ||
            e.enrollment.status == EnrollmentStatus::Completed ||
            e.enrollment.status == EnrollmentStatus::Failed) {
            QVERIFY(doc->html.contains(QString(e.idNumber.size() - 4, QLatin1Char('*')) +
                                       e.idNumber.right(4)));
            ++seen;
        }
    }
    QVERIFY(seen > 0);
}

void TestReport::chinese()
{
    // The application speaks English; the report asks for Chinese.
    Language::install(Language::localeOf(QStringLiteral("en")));
    Report::Request r = request(Report::Kind::Plan);
    r.locale = QLocale(QLocale::Chinese, QLocale::China);
    r.year = Repository<Session>(m_plan->database())
                 .loadWhere("cohort_id", {m_cohort.id})
                 .front()
                 .date.year();
    const auto doc = Report::build(PlanQueries(m_plan->database()), r);
    QVERIFY2(doc, qPrintable(doc.message()));
    QCOMPARE(doc->title, QStringLiteral("年度计划"));
    // The application's own words stayed English.
    QCOMPARE(Report::displayName(Report::Kind::Plan), QStringLiteral("Yearly plan"));
    const QString pdf = m_dir.filePath(QStringLiteral("plan-zh.pdf"));
    const auto pages = Report::writePdf(*doc, pdf, Report::defaultSetup(r.kind));
    QVERIFY2(pages, qPrintable(pages.message()));
    const QString all = pdfPages(pdf).join(QLatin1Char('\n'));
    // Searchable Chinese: the ideographs themselves, not look-alike radicals.
    QVERIFY(all.contains(QStringLiteral("人工智能")));
    QVERIFY(all.contains(QStringLiteral("年度计划")));
    QVERIFY(all.contains(QStringLiteral("第 1 页，共 %1 页").arg(*pages)));
    QVERIFY(!all.contains(QStringLiteral("Seats planned")));
}

// A report in English from a Chinese window: built on a worker thread, as the Print dialog
// does, while the window's thread keeps translating into Chinese.
void TestReport::languageOfTheReportOnly()
{
    Language::install(Language::localeOf(QStringLiteral("zh_CN")));
    Report::Request r = request(Report::Kind::Plan);
    r.locale = Language::localeOf(QStringLiteral("en"));
    r.year = Repository<Session>(m_plan->database())
                 .loadWhere("cohort_id", {m_cohort.id})
                 .front()
                 .date.year();
    std::optional<Result<Report::Document>> built;
    QString windowWordsMeanwhile;
    const QString path = m_plan->path();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        const PlanDatabase::ThreadConnection connection(path, true);
        built = Report::build(PlanQueries(connection.database()), r);
    }));
    {
        const Language::Scope nested(Language::localeOf(QStringLiteral("en")));
        QCOMPARE(Report::displayName(Report::Kind::Plan), QStringLiteral("Yearly plan"));
    }
    worker->start();
    while (!worker->wait(1))
        windowWordsMeanwhile = Report::displayName(Report::Kind::Plan);
    Language::install(Language::localeOf(QStringLiteral("en")));
    QVERIFY(built && *built);
    QCOMPARE((*built)->title, QStringLiteral("Yearly plan"));
    QVERIFY((*built)->html.contains(QStringLiteral("Seats planned")));
    QVERIFY(!(*built)->html.contains(QStringLiteral("计划")));
    QVERIFY(!windowWordsMeanwhile.isEmpty());
    QCOMPARE(windowWordsMeanwhile, QStringLiteral("年度计划"));
}

void TestReport::refusals_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("cohortId");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("says");
    QTest::newRow("plan without a year")
        << int(Report::Kind::Plan) << 0 << qint64(0) << QDate() << QDate() << "year";
    QTest::newRow("plan of a year without cohorts")
        << int(Report::Kind::Plan) << 1990 << qint64(0) << QDate() << QDate() << "1990";
    QTest::newRow("sign-in of a cohort not there")
        << int(Report::Kind::SignIn) << 0 << qint64(999999) << QDate() << QDate() << "cohort";
    QTest::newRow("roster of a cohort not there")
        << int(Report::Kind::Roster) << 0 << qint64(999999) << QDate() << QDate() << "cohort";
    QTest::newRow("capacity without a year")
        << int(Report::Kind::Capacity) << 0 << qint64(0) << QDate() << QDate() << "year";
    QTest::newRow("certifications without a period")
        << int(Report::Kind::Certifications) << 0 << qint64(0) << QDate() << QDate() << "period";
    QTest::newRow("a period that ends before it starts")
        << int(Report::Kind::Timetable) << 0 << qint64(0) << QDate(2027, 5, 1) << QDate(2027, 4, 1)
        << "2027-04-01";
    QTest::newRow("timetables of a year nobody teaches")
        << int(Report::Kind::Timetable) << 1990 << qint64(0) << QDate() << QDate() << "1990";
}

void TestReport::refusals()
{
    QFETCH(int, kind);
    QFETCH(int, year);
    QFETCH(qint64, cohortId);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, says);
    Report::Request r = request(Report::Kind(kind));
    r.year = year;
    r.cohortId = cohortId;
    r.from = from;
    r.to = to;
    const auto doc = Report::build(PlanQueries(m_plan->database()), r);
    QVERIFY(!doc);
    QVERIFY2(doc.message().contains(says), qPrintable(doc.message()));
}

void TestReport::unwritablePathLeavesNothing()
{
    Report::Request r = request(Report::Kind::Roster);
    r.cohortId = m_cohort.id;
    const auto doc = Report::build(PlanQueries(m_plan->database()), r);
    QVERIFY(doc);
    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/roster.pdf"));
    const auto pages = Report::writePdf(*doc, missingFolder, Report::defaultSetup(r.kind));
    QVERIFY(!pages);
    QVERIFY2(pages.message().contains(QStringLiteral("roster.pdf")), qPrintable(pages.message()));
    QVERIFY(!QFile::exists(missingFolder));
    // An existing file is replaced only by a whole one.
    const QString existing = m_dir.filePath(QStringLiteral("kept.pdf"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old");
    file.close();
    QVERIFY(Report::writePdf(*doc, existing));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
}

void TestReport::cli_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says"); // on stdout (success, JSON) or stderr
    QTest::newRow("sign-in sheets")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("signin"),
                       QStringLiteral("--cohort"), QStringLiteral("COHORT")}
        << 0 << "\"pages\"";
    QTest::newRow("a plan in Chinese")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("plan"),   QStringLiteral("--year"),
                       QStringLiteral("YEAR"),   QStringLiteral("--lang"), QStringLiteral("zh_CN")}
        << 0 << "\"pages\"";
    QTest::newRow("an unknown kind")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("poster")} << 2
        << QStringLiteral("--kind");
    QTest::newRow("no cohort for a roster")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("roster")} << 2
        << QStringLiteral("--cohort");
    QTest::newRow("an unknown cohort")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("roster"),
                       QStringLiteral("--cohort"), QStringLiteral("NO-SUCH-1")}
        << 1 << QStringLiteral("NO-SUCH-1");
    QTest::newRow("an unknown instructor")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("timetable"),
                       QStringLiteral("--instructor"), QStringLiteral("X999")}
        << 1 << QStringLiteral("X999");
    QTest::newRow("an impossible date")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("certifications"),
                       QStringLiteral("--from"), QStringLiteral("2027-02-30"),
                       QStringLiteral("--to"),   QStringLiteral("2027-03-01")}
        << 2 << "2027-02-30";
    QTest::newRow("a day without sessions")
        << QStringList{QStringLiteral("--kind"),   QStringLiteral("signin"),
                       QStringLiteral("--cohort"), QStringLiteral("COHORT"),
                       QStringLiteral("--day"),    QStringLiteral("1999-01-01")}
        << 1 << "1999-01-01";
    QTest::newRow("one track's plan")
        << QStringList{QStringLiteral("--kind"),  QStringLiteral("plan"),
                       QStringLiteral("--year"),  QStringLiteral("YEAR"),
                       QStringLiteral("--track"), QStringLiteral("大数据")}
        << 0 << "Big Data, ";
    QTest::newRow("an unknown track")
        << QStringList{QStringLiteral("--kind"),  QStringLiteral("plan"),
                       QStringLiteral("--year"),  QStringLiteral("YEAR"),
                       QStringLiteral("--track"), QStringLiteral("Poetry")}
        << 1 << "Poetry";
    QTest::newRow("an unknown language")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("plan"),   QStringLiteral("--year"),
                       QStringLiteral("YEAR"),   QStringLiteral("--lang"), QStringLiteral("fr")}
        << 2 << QStringLiteral("fr");
}

void TestReport::cli()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const int year = Repository<Session>(m_plan->database())
                         .loadWhere("cohort_id", {m_cohort.id})
                         .front()
                         .date.year();
    for (QString &o : options) {
        if (o == QLatin1String("COHORT"))
            o = m_cohort.code;
        else if (o == QLatin1String("YEAR"))
            o = QString::number(year);
    }
    const QString out = m_dir.filePath(QStringLiteral("cli-%1.pdf")
                                           .arg(QString::fromUtf8(QTest::currentDataTag())
                                                    .replace(QLatin1Char(' '), QLatin1Char('-'))));
    QProcess cli;
    cli.start(QStringLiteral(COHORT_CLI_PATH),
              QStringList{QStringLiteral("report"), m_demo} + options +
                  QStringList{QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(120000));
    const QString output = QString::fromUtf8(cli.readAllStandardOutput()) +
                           QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == exitCode, qPrintable(output));
    QVERIFY2(output.contains(says), qPrintable(output));
    QCOMPARE(QFile::exists(out), exitCode == 0);
    if (exitCode == 0)
        QVERIFY(pdfPages(out).size() >= 1);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"

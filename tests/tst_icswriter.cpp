// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/cohort.h"
#include "domain/instructor.h"
#include "io/icsexport.h"
#include "io/icswriter.h"
#include "store/plandatabase.h"
#include "store/repository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

class TestIcsWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void escaping_data();
    void escaping();
    void unescapeRefusesBadEscapes_data();
    void unescapeRefusesBadEscapes();
    void folding_data();
    void folding();
    void wholeCalendar();
    void instructorSchedule();
    void cohortSessions();
    void unknownCodesAreNamed();
    void cli();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

namespace {

// The content lines of a file, unfolded, without their CRLF.
QStringList contentLines(const QByteArray &file)
{
    QStringList lines = QString::fromUtf8(Ics::unfold(file)).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString valueOf(const QStringList &lines, const QString &name)
{
    for (const QString &l : lines) {
        if (l.startsWith(name + QLatin1Char(':')))
            return l.mid(name.size() + 1);
    }
    return {};
}

} // namespace

void TestIcsWriter::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_demo = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
}

void TestIcsWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::addColumn<QString>("back"); // what unescaping gives
    QTest::newRow("plain") << QStringLiteral("Python 101") << QStringLiteral("Python 101") << QStringLiteral("Python 101");
    QTest::newRow("comma") << QStringLiteral("Room 3, floor 2") << QStringLiteral("Room 3\\, floor 2")
                           << QStringLiteral("Room 3, floor 2");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b") << QStringLiteral("a;b");
    QTest::newRow("backslash") << QStringLiteral("C:\\plans\\n") << QStringLiteral("C:\\\\plans\\\\n")
                               << QStringLiteral("C:\\plans\\n");
    QTest::newRow("LF") << QStringLiteral("one\ntwo") << QStringLiteral("one\\ntwo") << QStringLiteral("one\ntwo");
    QTest::newRow("CRLF") << QStringLiteral("one\r\ntwo") << QStringLiteral("one\\ntwo") << QStringLiteral("one\ntwo");
    QTest::newRow("CR") << QStringLiteral("one\rtwo") << QStringLiteral("one\\ntwo") << QStringLiteral("one\ntwo");
    QTest::newRow("controls dropped") << QStringLiteral("a\x01\x1f\x7f\tb") << QStringLiteral("a\tb")
                                      << QStringLiteral("a\tb");
    QTest::newRow("colon and quote kept") << QStringLiteral("Note: \"bring ID\"") << QStringLiteral("Note: \"bring ID\"")
                                          << QStringLiteral("Note: \"bring ID\"");
    QTest::newRow("Chinese") << QStringLiteral("朝阳区，望京；第二期") << QStringLiteral("朝阳区，望京；第二期")
                             << QStringLiteral("朝阳区，望京；第二期");
    QTest::newRow("emoji") << QStringLiteral("ok 😀, done") << QStringLiteral("ok 😀\\, done")
                           << QStringLiteral("ok 😀, done");
}

void TestIcsWriter::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QFETCH(QString, back);
    QCOMPARE(Ics::escapeText(text), escaped);
    QString out;
    QVERIFY(Ics::unescapeText(escaped, &out));
    QCOMPARE(out, back);
}

void TestIcsWriter::unescapeRefusesBadEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("trailing backslash") << QStringLiteral("abc\\");
    QTest::newRow("unknown escape") << QStringLiteral("a\\tb");
    QTest::newRow("escaped colon") << QStringLiteral("a\\:b");
}

void TestIcsWriter::unescapeRefusesBadEscapes()
{
    QFETCH(QString, text);
    QString out;
    QVERIFY(!Ics::unescapeText(text, &out));
}

void TestIcsWriter::folding_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("short") << QStringLiteral("Python 101");
    QTest::newRow("exactly 75 octets") << QString(75 - 12, QLatin1Char('x'));
    QTest::newRow("76 octets") << QString(76 - 12, QLatin1Char('x'));
    QTest::newRow("long ASCII") << QString(400, QLatin1Char('a'));
    QTest::newRow("Chinese (3-octet sequences)") << QString(120, QChar(0x4eba));
    QTest::newRow("emoji (4-octet sequences)") << QStringLiteral("😀").repeated(70);
    QTest::newRow("mixed offsets") << (QStringLiteral("ab") + QStringLiteral("人工智能😀é").repeated(30));
}

void TestIcsWriter::folding()
{
    QFETCH(QString, value);
    const QByteArray line = "DESCRIPTION:" + value.toUtf8();
    const QByteArray folded = Ics::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray l = physical[i];
        if (i + 1 < physical.size()) {
            QVERIFY(l.endsWith('\r'));
            l.chop(1);
        }
        QVERIFY2(l.size() <= 75, qPrintable(QStringLiteral("line %1 has %2 octets").arg(i).arg(l.size())));
        if (i > 0)
            QVERIFY(l.startsWith(' '));
        // Cut between UTF-8 sequences only: each line decodes alone, unchanged.
        QCOMPARE(QString::fromUtf8(l).toUtf8(), l);
    }
    if (line.size() <= 75)
        QCOMPARE(physical.size(), 1);
    QCOMPARE(Ics::unfold(folded), line + "\r\n");
}

void TestIcsWriter::wholeCalendar()
{
    Ics::Calendar calendar;
    calendar.name = QStringLiteral("Teaching: 王芳, 2026");
    Ics::Event e;
    e.uid = QStringLiteral("AI-201-2026-07-20260302-morning@cohortplanner");
    e.date = QDate(2026, 3, 2);
    e.start = QTime(9, 0);
    e.end = QTime(12, 0);
    e.summary = QStringLiteral("Machine learning; basics, part 1");
    e.location = QStringLiteral("Zhongguancun Campus, 5 Danling St");
    e.description = QStringLiteral("Lead instructor\nBring laptops");
    calendar.events.push_back(e);
    const QByteArray file = Ics::write(calendar, QDateTime(QDate(2026, 2, 1), QTime(8, 30), Qt::UTC));
    // Every line ends in CRLF: no bare LF anywhere.
    QCOMPARE(file.count("\r\n"), file.count('\n'));
    const QStringList lines = contentLines(file);
    QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
    QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
    QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
    QVERIFY(lines.contains(QStringLiteral("TZID:Asia/Shanghai")));
    QVERIFY(lines.contains(QStringLiteral("DTSTART;TZID=Asia/Shanghai:20260302T090000")));
    QVERIFY(lines.contains(QStringLiteral("DTEND;TZID=Asia/Shanghai:20260302T120000")));
    QCOMPARE(valueOf(lines, QStringLiteral("DTSTAMP")), QStringLiteral("20260201T083000Z"));
    QString summary;
    QVERIFY(Ics::unescapeText(valueOf(lines, QStringLiteral("SUMMARY")), &summary));
    QCOMPARE(summary, e.summary);
    QString description;
    QVERIFY(Ics::unescapeText(valueOf(lines, QStringLiteral("DESCRIPTION")), &description));
    QCOMPARE(description, e.description);
    QCOMPARE(valueOf(lines, QStringLiteral("X-WR-CALNAME")), QStringLiteral("Teaching: 王芳\\, 2026"));
}

void TestIcsWriter::instructorSchedule()
{
    QString error;
    const auto plan = PlanDatabase::open(m_demo, PlanDatabase::Mode::ReadOnly, &error);
    QVERIFY2(plan, qPrintable(error));
    const QSqlDatabase db = plan->database();
    // The instructor with the most assignments: their sessions, all of them, in order.
    const std::vector<CohortInstructor> assignments = Repository<CohortInstructor>(db).loadAll();
    QVERIFY(!assignments.empty());
    const Id instructorId = assignments.front().instructorId;
    const Instructor instructor = *Repository<Instructor>(db).find([&] { Instructor i; i.id = instructorId; return i; }());
    std::vector<Id> cohortIds;
    for (const CohortInstructor &a : assignments) {
        if (a.instructorId == instructorId)
            cohortIds.push_back(a.cohortId);
    }
    std::size_t sessions = 0;
    for (const Cohort &c : Repository<Cohort>(db).loadWhere("id", cohortIds)) {
        if (c.status != CohortStatus::Cancelled)
            sessions += Repository<Session>(db).loadWhere("cohort_id", {c.id}).size();
    }
    const std::optional<Ics::Calendar> calendar = IcsExport::instructorSchedule(db, instructor.code, &error);
    QVERIFY2(calendar, qPrintable(error));
    QCOMPARE(calendar->events.size(), sessions);
    QVERIFY(calendar->name.contains(instructor.name));
    for (std::size_t i = 1; i < calendar->events.size(); ++i) {
        const Ics::Event &a = calendar->events[i - 1];
        const Ics::Event &b = calendar->events[i];
        QVERIFY(std::tie(a.date, a.start) <= std::tie(b.date, b.start));
    }
    QSet<QString> uids;
    for (const Ics::Event &e : calendar->events)
        uids.insert(e.uid);
    QCOMPARE(std::size_t(uids.size()), calendar->events.size());
}

void TestIcsWriter::cohortSessions()
{
    QString error;
    const auto plan = PlanDatabase::open(m_demo, PlanDatabase::Mode::ReadOnly, &error);
    QVERIFY2(plan, qPrintable(error));
    const Cohort cohort = Repository<Cohort>(plan->database()).loadAll().front();
    const std::vector<Session> sessions = Repository<Session>(plan->database()).loadWhere("cohort_id", {cohort.id});
    const std::optional<Ics::Calendar> calendar = IcsExport::cohortSessions(plan->database(), cohort.code, &error);
    QVERIFY2(calendar, qPrintable(error));
    QCOMPARE(calendar->events.size(), sessions.size());
    const Ics::Event &first = calendar->events.front();
    QCOMPARE(first.start, Ics::slotStart(sessions.front().slot));
    QVERIFY(first.summary.contains(cohort.code));
    QVERIFY(first.uid.startsWith(cohort.code + QLatin1Char('-')));
}

void TestIcsWriter::unknownCodesAreNamed()
{
    QString error;
    const auto plan = PlanDatabase::open(m_demo, PlanDatabase::Mode::ReadOnly, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(!IcsExport::instructorSchedule(plan->database(), QStringLiteral("NOPE-1"), &error));
    QVERIFY(error.contains(QStringLiteral("NOPE-1")));
    QVERIFY(!IcsExport::cohortSessions(plan->database(), QStringLiteral("NOPE-2"), &error));
    QVERIFY(error.contains(QStringLiteral("NOPE-2")));
}

void TestIcsWriter::cli()
{
    QString error;
    QString code;
    {
        const auto plan = PlanDatabase::open(m_demo, PlanDatabase::Mode::ReadOnly, &error);
        QVERIFY2(plan, qPrintable(error));
        code = Repository<Cohort>(plan->database()).loadAll().front().code;
    }
    const QString out = m_dir.filePath(QStringLiteral("cohort.ics"));
    QProcess cli;
    cli.start(QStringLiteral(COHORT_CLI_PATH),
              {QStringLiteral("ics"), m_demo, QStringLiteral("--cohort"), code, QStringLiteral("--out"), out,
               QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardOutput().contains("\"events\""));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(contentLines(file.readAll()).contains(QStringLiteral("BEGIN:VEVENT")));

    // Neither or both selectors: usage error, nothing written.
    const QString none = m_dir.filePath(QStringLiteral("none.ics"));
    cli.start(QStringLiteral(COHORT_CLI_PATH), {QStringLiteral("ics"), m_demo, QStringLiteral("--out"), none});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(!QFile::exists(none));
    cli.start(QStringLiteral(COHORT_CLI_PATH), {QStringLiteral("ics"), m_demo, QStringLiteral("--instructor"),
                                                QStringLiteral("NOPE"), QStringLiteral("--out"), none});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardError().contains("NOPE"));
    QVERIFY(!QFile::exists(none));
}

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/cohort.h"
#include "domain/instructor.h"
#include "domain/venue.h"
#include "io/icsexport.h"
#include "io/icswriter.h"
#include "store/calendarledger.h"
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
    void plainText_data();
    void plainText();
    void writtenAndReadBack_data();
    void writtenAndReadBack();
    void wholeCalendar();
    void reconcile();
    void instructorSchedule();
    void cohortSessions();
    void venueBookings();
    void moveKeepsUidAndRaisesSequence();
    void removedAndCancelledAreCancelled();
    void unassignedInstructorGetsCancellations();
    void nothingRecordedWithoutTheFile();
    void unknownCodesAreNamed();
    void cli();

private:
    // A fresh copy of the demo plan, open for editing.
    std::unique_ptr<PlanDatabase> copyOfDemo(const QString &name);
    // Exports the calendar, saves it (recorded) and reads the file back.
    Ics::Calendar exportAndRead(PlanDatabase &plan, IcsExport::Scope scope, Id id,
                                IcsExport::Export *exported = nullptr);

    QTemporaryDir m_dir;
    QString m_demo;
};

namespace {

// The physical lines of a file, without their CRLF.
QList<QByteArray> physicalLines(const QByteArray &file)
{
    QList<QByteArray> lines = file.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

std::vector<Session> sessionsOf(const QSqlDatabase &db, Id cohortId)
{
    std::vector<Session> sessions = Repository<Session>(db).loadWhere("cohort_id", {cohortId});
    std::sort(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) {
        return std::tie(a.date, a.slot) < std::tie(b.date, b.slot);
    });
    return sessions;
}

const Ics::Event *find(const Ics::Calendar &calendar, const QString &uid)
{
    for (const Ics::Event &e : calendar.events) {
        if (e.uid == uid)
            return &e;
    }
    return nullptr;
}

// A cohort of the demo with instructors, a venue and at least three sessions, not cancelled.
Cohort someCohort(const QSqlDatabase &db)
{
    for (const Cohort &c : Repository<Cohort>(db).loadAll()) {
        if (c.status != CohortStatus::Cancelled && c.venueId != 0 &&
            sessionsOf(db, c.id).size() >= 3 &&
            !Repository<CohortInstructor>(db).loadWhere("cohort_id", {c.id}).empty())
            return c;
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

std::unique_ptr<PlanDatabase> TestIcsWriter::copyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".cohortplan"));
    QFile::remove(path);
    if (!QFile::copy(m_demo, path))
        return nullptr;
    return TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
}

Ics::Calendar TestIcsWriter::exportAndRead(PlanDatabase &plan, IcsExport::Scope scope, Id id,
                                           IcsExport::Export *exported)
{
    const Result<IcsExport::Export> e = IcsExport::calendarOf(plan.database(), scope, id);
    if (!e) {
        qWarning("%s", qPrintable(e.message()));
        return {};
    }
    if (exported)
        *exported = *e;
    const QString path = m_dir.filePath(QStringLiteral("export.ics"));
    if (const Result<> saved = IcsExport::save(plan.database(), *e, path, true); !saved) {
        qWarning("%s", qPrintable(saved.message()));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto calendar = Ics::read(file.readAll());
    if (!calendar)
        qWarning("%s", qPrintable(calendar.message()));
    return calendar ? *calendar : Ics::Calendar{};
}

void TestIcsWriter::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("plain") << QStringLiteral("Machine learning")
                           << QStringLiteral("Machine learning");
    QTest::newRow("separators") << QStringLiteral("a;b,c\\d") << QStringLiteral("a;b,c\\d");
    QTest::newRow("line breaks") << QStringLiteral("a\r\nb\rc\nd") << QStringLiteral("a\nb\nc\nd");
    QTest::newRow("controls") << QStringLiteral("a\x01\x1f\x7f"
                                                "b\tc")
                              << QStringLiteral("ab\tc");
    QTest::newRow("lone surrogate")
        << (QStringLiteral("x") + QChar(0xd800) + QStringLiteral("y")) << QStringLiteral("xy");
    QTest::newRow("pair") << QStringLiteral("😀") << QStringLiteral("😀");
    QTest::newRow("blanks") << QStringLiteral(" a b \t ") << QStringLiteral("a b");
    QTest::newRow("only blanks") << QStringLiteral("  ") << QString();
}

void TestIcsWriter::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(Ics::plainText(text), plain);
}

void TestIcsWriter::writtenAndReadBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("Machine learning; basics, part 1");
    QTest::newRow("escapes") << QStringLiteral("back\\slash; semi, comma\nnext line");
    QTest::newRow("chinese, long")
        << QStringLiteral("人工智能工程技术人员（机器学习）培训，第一期；").repeated(8);
    QTest::newRow("emoji at the fold") << (QString(70, QLatin1Char('x')) + QStringLiteral("😀😀😀"));
    QTest::newRow("controls") << QStringLiteral("a\x01"
                                                "b\r\nc");
    QTest::newRow("blanks around") << QStringLiteral("  leading and trailing  ");
    QTest::newRow("blank at a fold") << (QString(73, QLatin1Char('x')) + QStringLiteral("   y"));
}

void TestIcsWriter::writtenAndReadBack()
{
    QFETCH(QString, text);
    Ics::Calendar calendar;
    calendar.name = text;
    Ics::Event e;
    e.uid = QStringLiteral("cohort-1-session-1-abc@cohortplanner");
    e.date = QDate(2027, 3, 2);
    e.start = QTime(14, 0);
    e.end = QTime(17, 0);
    e.summary = text;
    e.location = text;
    e.description = text;
    e.sequence = 4;
    calendar.events.push_back(e);
    const QByteArray file =
        Ics::write(calendar, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    // CRLF lines of at most 75 octets, each whole UTF-8 on its own (folded between
    // sequences).
    QCOMPARE(file.count("\r\n"), file.count('\n'));
    for (QByteArray line : physicalLines(file)) {
        QVERIFY(line.endsWith('\r'));
        line.chop(1);
        QVERIFY2(line.size() <= 75, line.constData());
        QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
    }
    const Result<Ics::Calendar> back = Ics::read(file);
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->name, Ics::plainText(text));
    QCOMPARE(back->events.size(), std::size_t(1));
    Ics::Event expected = e;
    expected.summary = expected.location = expected.description = Ics::plainText(text);
    QCOMPARE(back->events.front(), expected);
}

void TestIcsWriter::wholeCalendar()
{
    Ics::Calendar calendar;
    calendar.name = QStringLiteral("Teaching: 王芳, 2026");
    Ics::Event e;
    e.uid = QStringLiteral("cohort-7-session-1-abc@cohortplanner");
    e.date = QDate(2026, 3, 2);
    e.start = QTime(9, 0);
    e.end = QTime(12, 0);
    e.summary = QStringLiteral("Machine learning");
    calendar.events.push_back(e);
    e.uid = QStringLiteral("cohort-7-session-2-abc@cohortplanner");
    e.date = QDate(2026, 3, 3);
    e.sequence = 2;
    e.cancelled = true;
    calendar.events.push_back(e);
    const QByteArray file =
        Ics::write(calendar, QDateTime(QDate(2026, 2, 1), QTime(8, 30), Qt::UTC));
    const QList<QByteArray> lines = physicalLines(file);
    QCOMPARE(lines.first(), QByteArray("BEGIN:VCALENDAR\r"));
    QCOMPARE(lines.last(), QByteArray("END:VCALENDAR\r"));
    for (const char *line : {"VERSION:2.0\r", "METHOD:PUBLISH\r", "TZID:Asia/Shanghai\r",
                             "DTSTART;TZID=Asia/Shanghai:20260302T090000\r",
                             "DTEND;TZID=Asia/Shanghai:20260302T120000\r",
                             "DTSTAMP:20260201T083000Z\r", "SEQUENCE:2\r", "STATUS:CANCELLED\r"})
        QVERIFY2(lines.contains(QByteArray(line)), line);
    QCOMPARE(file.count("STATUS:CANCELLED"), 1);
    const auto back = Ics::read(file);
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->name, calendar.name);
    QCOMPARE(back->events, calendar.events);

    const auto refused = Ics::read("not a calendar");
    QVERIFY(!refused);
    QVERIFY(!refused.message().isEmpty());
}

void TestIcsWriter::reconcile()
{
    const auto event = [](const char *uid, int day) {
        Ics::Event e;
        e.uid = QLatin1String(uid);
        e.date = QDate(2027, 3, day);
        e.start = QTime(9, 0);
        e.end = QTime(12, 0);
        e.summary = QStringLiteral("AI-1");
        return e;
    };
    Ics::Calendar now;
    now.events = {event("a", 1), event("b", 2), event("c", 3)};
    // The first export: everything new, SEQUENCE 0.
    IcsExport::Export first = IcsExport::reconcile(now, QStringLiteral("cohort:1"), {});
    QCOMPARE(first.changed, 0);
    QCOMPARE(first.cancelled, 0);
    QCOMPARE(first.ledger.size(), std::size_t(3));
    for (const Ics::Event &e : first.calendar.events)
        QCOMPARE(e.sequence, 0);
    // The same again: nothing changes.
    const IcsExport::Export same =
        IcsExport::reconcile(now, QStringLiteral("cohort:1"), first.ledger);
    QCOMPARE(same.changed, 0);
    QCOMPARE(same.ledger, first.ledger);
    // b moved, c gone, d new.
    now.events = {event("a", 1), event("b", 9), event("d", 4)};
    const IcsExport::Export second =
        IcsExport::reconcile(now, QStringLiteral("cohort:1"), first.ledger);
    QCOMPARE(second.changed, 2);
    QCOMPARE(second.cancelled, 1);
    QCOMPARE(second.calendar.events.size(), std::size_t(4));
    QCOMPARE(find(second.calendar, QStringLiteral("a"))->sequence, 0);
    QCOMPARE(find(second.calendar, QStringLiteral("b"))->sequence, 1);
    QCOMPARE(find(second.calendar, QStringLiteral("b"))->date, QDate(2027, 3, 9));
    QCOMPARE(find(second.calendar, QStringLiteral("d"))->sequence, 0);
    const Ics::Event *gone = find(second.calendar, QStringLiteral("c"));
    QVERIFY(gone && gone->cancelled);
    QCOMPARE(gone->sequence, 1);
    QCOMPARE(gone->date, QDate(2027, 3, 3));
    // In time order.
    for (std::size_t i = 1; i < second.calendar.events.size(); ++i)
        QVERIFY(second.calendar.events[i - 1].date <= second.calendar.events[i].date);
    // Cancelled once: the next export repeats the cancellation without raising it again.
    const IcsExport::Export third =
        IcsExport::reconcile(now, QStringLiteral("cohort:1"), second.ledger);
    QCOMPARE(third.changed, 0);
    QCOMPARE(third.cancelled, 1);
    QCOMPARE(find(third.calendar, QStringLiteral("c"))->sequence, 1);
    // Back in the plan: the next SEQUENCE, no longer cancelled.
    now.events.push_back(event("c", 3));
    const IcsExport::Export fourth =
        IcsExport::reconcile(now, QStringLiteral("cohort:1"), third.ledger);
    QCOMPARE(find(fourth.calendar, QStringLiteral("c"))->sequence, 2);
    QVERIFY(!find(fourth.calendar, QStringLiteral("c"))->cancelled);
}

void TestIcsWriter::instructorSchedule()
{
    auto plan = copyOfDemo(QStringLiteral("instructor"));
    QVERIFY(plan);
    const QSqlDatabase db = plan->database();
    const std::vector<CohortInstructor> assignments = Repository<CohortInstructor>(db).loadAll();
    QVERIFY(!assignments.empty());
    const Id instructorId = assignments.front().instructorId;
    std::vector<Id> cohortIds;
    for (const CohortInstructor &a : assignments) {
        if (a.instructorId == instructorId)
            cohortIds.push_back(a.cohortId);
    }
    std::size_t sessions = 0, cancelled = 0;
    for (const Cohort &c : Repository<Cohort>(db).loadWhere("id", cohortIds)) {
        const std::size_t n = Repository<Session>(db).loadWhere("cohort_id", {c.id}).size();
        sessions += n;
        cancelled += c.status == CohortStatus::Cancelled ? n : 0;
    }
    IcsExport::Export exported;
    const Ics::Calendar calendar =
        exportAndRead(*plan, IcsExport::Scope::Instructor, instructorId, &exported);
    QCOMPARE(calendar.events.size(), sessions);
    QCOMPARE(std::size_t(exported.cancelled), cancelled);
    QCOMPARE(exported.key, QStringLiteral("instructor:%1").arg(instructorId));
    std::vector<CalendarLedger::Entry> ledger = exported.ledger;
    std::sort(ledger.begin(), ledger.end(),
              [](const auto &a, const auto &b) { return a.uid < b.uid; });
    QCOMPARE(CalendarLedger::load(db, exported.key), ledger);
    for (std::size_t i = 1; i < calendar.events.size(); ++i) {
        const Ics::Event &a = calendar.events[i - 1];
        const Ics::Event &b = calendar.events[i];
        QVERIFY(std::tie(a.date, a.start) <= std::tie(b.date, b.start));
    }
    QSet<QString> uids;
    for (const Ics::Event &e : calendar.events)
        uids.insert(e.uid);
    QCOMPARE(std::size_t(uids.size()), calendar.events.size());
}

void TestIcsWriter::cohortSessions()
{
    auto plan = copyOfDemo(QStringLiteral("cohort"));
    QVERIFY(plan);
    const Cohort cohort = someCohort(plan->database());
    QVERIFY(cohort.id != 0);
    const std::vector<Session> sessions = sessionsOf(plan->database(), cohort.id);
    const Ics::Calendar calendar = exportAndRead(*plan, IcsExport::Scope::Cohort, cohort.id);
    QCOMPARE(calendar.events.size(), sessions.size());
    const Ics::Event &first = calendar.events.front();
    QCOMPARE(first.start, Ics::slotStart(sessions.front().slot));
    QVERIFY(first.summary.contains(cohort.code));
    const QString planId = CalendarLedger::planId(plan->database());
    QCOMPARE(planId.size(), 32);
    QCOMPARE(first.uid, IcsExport::sessionUid(planId, cohort.id, 1));
    QVERIFY(calendar.name.contains(cohort.code));
}

void TestIcsWriter::venueBookings()
{
    auto plan = copyOfDemo(QStringLiteral("venue"));
    QVERIFY(plan);
    const QSqlDatabase db = plan->database();
    const Cohort cohort = someCohort(db);
    const Venue venue = *Repository<Venue>(db).find([&] {
        Venue v;
        v.id = cohort.venueId;
        return v;
    }());
    std::size_t sessions = 0;
    for (const Cohort &c : Repository<Cohort>(db).loadWhere("venue_id", {venue.id}))
        sessions += Repository<Session>(db).loadWhere("cohort_id", {c.id}).size();
    const Ics::Calendar calendar = exportAndRead(*plan, IcsExport::Scope::Venue, venue.id);
    QCOMPARE(calendar.events.size(), sessions);
    QVERIFY(calendar.name.contains(venue.name));
    const Ics::Event *first =
        find(calendar, IcsExport::sessionUid(CalendarLedger::planId(db), cohort.id, 1));
    QVERIFY(first);
    QVERIFY(first->description.contains(QString::number(cohort.capacity)));
    QVERIFY(IcsExport::calendarOf(db, IcsExport::Scope::Venue, venue.name).ok());
}

void TestIcsWriter::moveKeepsUidAndRaisesSequence()
{
    auto plan = copyOfDemo(QStringLiteral("move"));
    QVERIFY(plan);
    const QSqlDatabase db = plan->database();
    const Cohort cohort = someCohort(db);
    const Ics::Calendar before = exportAndRead(*plan, IcsExport::Scope::Cohort, cohort.id);
    QVERIFY(!before.events.empty());
    // The cohort moves a week later, session by session (as a move lays them out again).
    std::vector<Session> sessions = sessionsOf(db, cohort.id);
    for (const Session &s : sessions)
        Repository<Session>(db).remove(s);
    for (Session s : sessions) {
        s.id = 0;
        s.date = s.date.addDays(7);
        Repository<Session>(db).insert(s);
    }
    IcsExport::Export exported;
    const Ics::Calendar after =
        exportAndRead(*plan, IcsExport::Scope::Cohort, cohort.id, &exported);
    QCOMPARE(after.events.size(), before.events.size());
    QCOMPARE(exported.changed, int(before.events.size()));
    QCOMPARE(exported.cancelled, 0);
    for (std::size_t i = 0; i < after.events.size(); ++i) {
        QCOMPARE(after.events[i].uid, before.events[i].uid);
        QCOMPARE(after.events[i].date, before.events[i].date.addDays(7));
        QCOMPARE(after.events[i].sequence, before.events[i].sequence + 1);
        QVERIFY(!after.events[i].cancelled);
    }
    // Exported again unchanged: the same SEQUENCE.
    const Ics::Calendar again =
        exportAndRead(*plan, IcsExport::Scope::Cohort, cohort.id, &exported);
    QCOMPARE(exported.changed, 0);
    QCOMPARE(again.events, after.events);
}

void TestIcsWriter::removedAndCancelledAreCancelled()
{
    auto plan = copyOfDemo(QStringLiteral("cancel"));
    QVERIFY(plan);
    const QSqlDatabase db = plan->database();
    Cohort cohort = someCohort(db);
    const Ics::Calendar before = exportAndRead(*plan, IcsExport::Scope::Cohort, cohort.id);
    // One session fewer: the last UID is cancelled (the others keep theirs).
    Repository<Session>(db).remove(sessionsOf(db, cohort.id).back());
    IcsExport::Export exported;
    const Ics::Calendar shorter =
        exportAndRead(*plan, IcsExport::Scope::Cohort, cohort.id, &exported);
    QCOMPARE(shorter.events.size(), before.events.size());
    QCOMPARE(exported.cancelled, 1);
    const Ics::Event *last = find(shorter, before.events.back().uid);
    QVERIFY(last && last->cancelled);
    QCOMPARE(last->sequence, before.events.back().sequence + 1);
    QCOMPARE(last->date, before.events.back().date);
    // The cohort cancelled: every session cancelled.
    cohort.status = CohortStatus::Cancelled;
    Repository<Cohort>(db).update(cohort);
    const Ics::Calendar cancelled =
        exportAndRead(*plan, IcsExport::Scope::Cohort, cohort.id, &exported);
    QCOMPARE(cancelled.events.size(), before.events.size());
    QCOMPARE(exported.cancelled, int(before.events.size()));
    for (const Ics::Event &e : cancelled.events)
        QVERIFY(e.cancelled);
}

void TestIcsWriter::unassignedInstructorGetsCancellations()
{
    auto plan = copyOfDemo(QStringLiteral("unassign"));
    QVERIFY(plan);
    const QSqlDatabase db = plan->database();
    const Cohort cohort = someCohort(db);
    const CohortInstructor assignment =
        Repository<CohortInstructor>(db).loadWhere("cohort_id", {cohort.id}).front();
    const Ics::Calendar before =
        exportAndRead(*plan, IcsExport::Scope::Instructor, assignment.instructorId);
    const QString planId = CalendarLedger::planId(db);
    const QString uid = IcsExport::sessionUid(planId, cohort.id, 1);
    QVERIFY(find(before, uid));
    Repository<CohortInstructor>(db).remove(assignment);
    IcsExport::Export exported;
    const Ics::Calendar after =
        exportAndRead(*plan, IcsExport::Scope::Instructor, assignment.instructorId, &exported);
    QCOMPARE(after.events.size(), before.events.size());
    QCOMPARE(exported.cancelled -
                 int(std::count_if(before.events.begin(), before.events.end(),
                                   [](const Ics::Event &e) { return e.cancelled; })),
             int(sessionsOf(db, cohort.id).size()));
    QVERIFY(find(after, uid)->cancelled);
}

void TestIcsWriter::nothingRecordedWithoutTheFile()
{
    auto plan = copyOfDemo(QStringLiteral("unrecorded"));
    QVERIFY(plan);
    const QSqlDatabase db = plan->database();
    const Cohort cohort = someCohort(db);
    const auto exported = IcsExport::calendarOf(db, IcsExport::Scope::Cohort, cohort.id);
    QVERIFY2(exported, qPrintable(exported.message()));
    // A folder that does not exist: the file fails, and the plan remembers nothing.
    const QString problem =
        IcsExport::save(db, *exported, m_dir.filePath(QStringLiteral("no/such/folder/x.ics")), true)
            .message();
    QVERIFY(problem.contains(QStringLiteral("x.ics")));
    QVERIFY(CalendarLedger::load(db, exported->key).empty());
    // Not recorded (a plan open read-only): the file, and nothing remembered.
    QVERIFY(IcsExport::save(db, *exported, m_dir.filePath(QStringLiteral("unrecorded.ics")), false)
                .ok());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("unrecorded.ics"))));
    QVERIFY(CalendarLedger::load(db, exported->key).empty());
    QVERIFY(
        IcsExport::save(db, *exported, m_dir.filePath(QStringLiteral("recorded.ics")), true).ok());
    QCOMPARE(CalendarLedger::load(db, exported->key).size(), exported->ledger.size());
}

void TestIcsWriter::unknownCodesAreNamed()
{
    QString error;
    const auto plan = TestSupport::openPlan(m_demo, PlanDatabase::Mode::ReadOnly);
    QVERIFY(plan);
    error = IcsExport::calendarOf(plan->database(), IcsExport::Scope::Instructor,
                                  QStringLiteral("NOPE-1"))
                .message();
    QVERIFY(error.contains(QStringLiteral("NOPE-1")));
    error =
        IcsExport::calendarOf(plan->database(), IcsExport::Scope::Cohort, QStringLiteral("NOPE-2"))
            .message();
    QVERIFY(error.contains(QStringLiteral("NOPE-2")));
    error =
        IcsExport::calendarOf(plan->database(), IcsExport::Scope::Venue, QStringLiteral("NOPE-3"))
            .message();
    QVERIFY(error.contains(QStringLiteral("NOPE-3")));
    error = IcsExport::calendarOf(plan->database(), IcsExport::Scope::Cohort, Id(999999)).message();
    QVERIFY(!error.isEmpty());
}

void TestIcsWriter::cli()
{
    QString error;
    QString code;
    QString venue;
    {
        const auto plan = TestSupport::openPlan(m_demo, PlanDatabase::Mode::ReadOnly);
        QVERIFY(plan);
        const Cohort cohort = someCohort(plan->database());
        code = cohort.code;
        venue = Repository<Venue>(plan->database())
                    .find([&] {
                        Venue v;
                        v.id = cohort.venueId;
                        return v;
                    }())
                    ->name;
    }
    const QString out = m_dir.filePath(QStringLiteral("cohort.ics"));
    QProcess cli;
    cli.start(QStringLiteral(COHORT_CLI_PATH),
              {QStringLiteral("ics"), m_demo, QStringLiteral("--cohort"), code,
               QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QByteArray json = cli.readAllStandardOutput();
    QVERIFY(json.contains("\"events\""));
    QVERIFY(json.contains("\"recorded\": true"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto calendar = Ics::read(file.readAll());
    QVERIFY2(calendar, qPrintable(calendar.message()));
    QVERIFY(!calendar->events.empty());

    // A venue's bookings, by name.
    const QString bookings = m_dir.filePath(QStringLiteral("venue.ics"));
    cli.start(QStringLiteral(COHORT_CLI_PATH),
              {QStringLiteral("ics"), m_demo, QStringLiteral("--venue"), venue,
               QStringLiteral("--out"), bookings});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(QFile::exists(bookings));

    // None or two selectors: usage error, nothing written.
    const QString none = m_dir.filePath(QStringLiteral("none.ics"));
    cli.start(QStringLiteral(COHORT_CLI_PATH),
              {QStringLiteral("ics"), m_demo, QStringLiteral("--out"), none});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    cli.start(QStringLiteral(COHORT_CLI_PATH),
              {QStringLiteral("ics"), m_demo, QStringLiteral("--cohort"), code,
               QStringLiteral("--venue"), venue, QStringLiteral("--out"), none});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    cli.start(QStringLiteral(COHORT_CLI_PATH),
              {QStringLiteral("ics"), m_demo, QStringLiteral("--instructor"),
               QStringLiteral("NOPE"), QStringLiteral("--out"), none});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardError().contains("NOPE"));
    QVERIFY(!QFile::exists(none));

    // While another Cohort Planner edits the plan: written, not remembered, and said so.
    {
        const auto writer = TestSupport::openPlan(m_demo, PlanDatabase::Mode::ReadWrite);
        QVERIFY(writer);
        cli.start(QStringLiteral(COHORT_CLI_PATH),
                  {QStringLiteral("ics"), m_demo, QStringLiteral("--cohort"), code,
                   QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("\"recorded\": false"));
        QVERIFY(!cli.readAllStandardError().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"

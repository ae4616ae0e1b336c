// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's rules (planning/PlanRules), kept by every writer: a property test drives
// random sequences of edits, imports and undo/redo and checks every rule after each
// step; edits written past the edit rules (a hand-made change set) are refused by the
// check every transaction passes (PlanInvariants::WriteCheck), while a plan that already
// broke a rule can still be edited and mended. Every test runs on a plan file and on a
// plan on a PostgreSQL server (the global data rows; the server's rows skip without one).

#include "testsupport.h"

#include "commands/changeset.h"
#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "io/importer.h"
#include "store/importstore.h"
#include "store/plandatabase.h"
#include "store/planinvariants.h"
#include "store/repository.h"
#include "store/serverstore.h"
#include "store/sqlutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <random>

using namespace Planner;

namespace {

// Whether this run is on a server plan (the global data row "server").
bool onServer()
{
    QFETCH_GLOBAL(bool, server);
    return server;
}

// The plan file at path open for editing, or (on the server) pushed into a new database
// and open there; nullptr when there is no server. A plan made by writeEnrollmentPlan
// alone (fresh) is a copy of the one pushed first: copying a database is a file copy on
// the server, pushing takes longer.
std::unique_ptr<EditablePlan> openForEditing(const QString &path, bool fresh = false)
{
    if (!onServer())
        return TestSupport::openForEditing(path);
    static QString pushedFresh;
    ServerAddress address;
    if (fresh && !pushedFresh.isEmpty()) {
        address = TestSupport::newServerDatabase(pushedFresh);
    } else {
        address = TestSupport::newServerDatabase();
        if (address.database.isEmpty())
            return nullptr;
        if (const Result<ServerPlan::Pushed> pushed = ServerPlan::push(path, address); !pushed)
            qFatal("cannot push %s: %s", qPrintable(path), qPrintable(pushed.message()));
        if (fresh) {
            pushedFresh = address.database; // kept as it was pushed, for the copies
            address = TestSupport::newServerDatabase(pushedFresh);
        }
    }
    if (address.database.isEmpty())
        return nullptr;
    auto opened = ServerPlan::open(address, ServerPlan::Mode::ReadWrite);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(address.displayUrl()),
               qPrintable(opened.message()));
    return std::move(*opened);
}

// A fingerprint of the stored plan that any write changes: the file's checksum, or the
// server's History and change log (every write of a plan table leaves rows in both).
QByteArray fingerprint(const QString &path, const QSqlDatabase &db)
{
    if (!onServer())
        return TestSupport::checksum(path);
    return Sql::scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM audit_log) || '/' || "
                                          "(SELECT count(*) FROM change_log)"))
        .toString()
        .toUtf8();
}

#define PLAN_OR_SKIP(plan)                                                                         \
    if (!(plan))                                                                                   \
    QSKIP(TestSupport::NoServer)

// The enrollment plan (TestSupport::writeEnrollmentPlan) in a temporary folder, open for
// editing; with seated set, cohort A (2 seats) holds trainees 1 and 2 and 3 and 4 wait.
struct EnrollmentPlan
{
    explicit EnrollmentPlan(bool seated = false)
        : path(TestSupport::writeEnrollmentPlan(dir.filePath(QStringLiteral("plan.cohortplan")))),
          plan(openForEditing(path, true)), db(plan ? plan->database() : QSqlDatabase())
    {
        if (!plan)
            return;
        editor.setPlan(plan.get());
        if (seated &&
            !editor
                 .execute(QStringLiteral("enroll"),
                          PlanEdits(db).enroll({1, 2, 3, 4}, 1, QDate(2026, 2, 1)).changes)
                 .message()
                 .isEmpty())
            qFatal("cannot enroll the fixture's trainees");
    }
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<EditablePlan> plan;
    QSqlDatabase db;
    PlanEditor editor;
};

QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

const char *const CohortCodes[] = {"A", "B", "C", "D"};
const char *const ImportStatuses[] = {"enrolled",  "waitlisted", "withdrawn",
                                      "completed", "failed",     ""};

// The state undo must bring back: every enrollment and every cohort's seats and status.
auto snapshot(const QSqlDatabase &db)
{
    return std::make_pair(Repository<Enrollment>(db).loadAll(), Repository<Cohort>(db).loadAll());
}

} // namespace

class TestInvariants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void randomEditsKeepTheRules_data();
    void randomEditsKeepTheRules();
    void writesPastTheEditRulesAreRefused_data();
    void writesPastTheEditRulesAreRefused();
    void brokenPlanCanBeMended();
    void importBreakingTheRulesIsRefused();
    void importedSeatIsNotGivenTwice();
    void hostileEnrollmentImports_data();
    void hostileEnrollmentImports();
    void verifyNamesEachBreach();
};

void TestInvariants::initTestCase_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("file") << false;
    QTest::newRow("server") << true;
}

void TestInvariants::initTestCase()
{
    TestSupport::isolateSettings();
}

void TestInvariants::randomEditsKeepTheRules_data()
{
    QTest::addColumn<int>("seed");
    for (int seed : {1, 2, 3, 4, 5, 6, 7, 8})
        QTest::addRow("seed %d", seed) << seed;
}

// Random enrollments, withdrawals, transfers, outcomes, waitlist moves, capacity
// changes, moved sessions, imports (with withdrawals and transfers of their own) and
// undo/redo: after every step the plan keeps every rule, and undoing everything gives
// back the plan as it was.
void TestInvariants::randomEditsKeepTheRules()
{
    QFETCH(int, seed);
    EnrollmentPlan fixture;
    PLAN_OR_SKIP(fixture.plan);
    QSqlDatabase &db = fixture.db;
    PlanEditor &editor = fixture.editor;
    const QTemporaryDir &dir = fixture.dir;
    PlanEdits edits(db);
    const auto initial = snapshot(db);
    std::mt19937 random(seed);
    auto pick = [&](int n) { return int(random() % unsigned(n)); };
    auto someEnrollments = [&] {
        std::vector<Id> ids;
        for (const Enrollment &e : Repository<Enrollment>(db).loadAll())
            if (pick(3) == 0)
                ids.push_back(e.id);
        return ids;
    };
    int written = 0;
    int refused = 0;
    int imports = 0;
    for (int step = 0; step < 60; ++step) {
        const int what = pick(11);
        PlanEdit result;
        QString label;
        switch (what) {
        case 0:
        case 1: {
            std::vector<Id> trainees;
            for (Id t = 1; t <= 8; ++t)
                if (pick(3) == 0)
                    trainees.push_back(t);
            result = edits.enroll(trainees, Id(1 + pick(4)), QDate(2026, 2, 1));
            label = QStringLiteral("enroll");
            break;
        }
        case 2:
            result = edits.withdraw(someEnrollments());
            label = QStringLiteral("withdraw");
            break;
        case 3:
            result = edits.transfer(someEnrollments(), Id(1 + pick(4)), QDate(2026, 2, 2));
            label = QStringLiteral("transfer");
            break;
        case 4: {
            OutcomeEdit edit;
            edit.status = pick(2) ? EnrollmentStatus::Completed : EnrollmentStatus::Failed;
            if (*edit.status == EnrollmentStatus::Completed && pick(2)) {
                edit.certification = CertificationLevel::Junior;
                edit.certifiedOn = QDate(2026, 2, 20).addDays(pick(90));
            }
            result = edits.setOutcome(someEnrollments(), edit);
            label = QStringLiteral("outcome");
            break;
        }
        case 5: {
            std::vector<Cohort> cohorts = Repository<Cohort>(db).loadAll();
            Cohort c = cohorts[std::size_t(pick(int(cohorts.size())))];
            c.capacity = 1 + pick(5);
            result = edits.saveCohortRecord(c);
            label = QStringLiteral("capacity");
            break;
        }
        case 6: {
            const Id cohort = Id(1 + pick(4));
            std::vector<Session> sessions =
                Repository<Session>(db).loadWhere("cohort_id", {cohort});
            const int days = 7 * (pick(7) - 3);
            for (Session &s : sessions)
                s.date = s.date.addDays(days);
            result = edits.replaceSessions(cohort, sessions, QStringLiteral("move"));
            label = QStringLiteral("move");
            break;
        }
        case 7: {
            for (const Enrollment &e : Repository<Enrollment>(db).loadAll())
                if (e.status == EnrollmentStatus::Waitlisted && pick(2)) {
                    result = edits.moveOnWaitlist(e.id, 1 + pick(3));
                    break;
                }
            label = QStringLiteral("waitlist");
            break;
        }
        case 8: {
            // An import of enrollments: new ones, withdrawals, changes of status.
            QByteArray csv = "id_number,cohort,status\n";
            const int rows = 1 + pick(5);
            for (int r = 0; r < rows; ++r)
                csv += TestSupport::idNumber(1 + pick(8)).toLatin1() + ',' + CohortCodes[pick(4)] +
                       ',' + ImportStatuses[pick(6)] + '\n';
            const QString file =
                TestSupport::writeFile(dir.filePath(QStringLiteral("e%1.csv").arg(step)), csv);
            ImportOptions options;
            options.kind = ImportKind::Enrollments;
            options.skipInvalid = pick(4) != 0; // mostly: the valid rows go in
            const ImportResult r = Importer::run(db, file, options);
            if (r.written && r.applied) {
                // As the window pushes it (PlanSession::importWritten).
                ChangeSet changes;
                const auto applied = r.applied;
                changes.custom(
                    PlanTable::Enrollment,
                    [applied](const QSqlDatabase &d) { applied->reapply(d); },
                    [applied](const QSqlDatabase &d) { applied->revert(d); });
                editor.pushApplied(QStringLiteral("import"), std::move(changes));
                ++imports;
            }
            label = QStringLiteral("import");
            break;
        }
        case 9:
            editor.undoStack()->undo();
            label = QStringLiteral("undo");
            break;
        case 10:
            editor.undoStack()->redo();
            label = QStringLiteral("redo");
            break;
        }
        if (what <= 7) {
            if (result.ok() && !result.changes.isEmpty()) {
                const QString error = editor.execute(label, std::move(result.changes)).message();
                QVERIFY2(
                    error.isEmpty(),
                    qPrintable(QStringLiteral("step %1 (%2): %3").arg(step).arg(label, error)));
                ++written;
            } else if (!result.ok()) {
                ++refused;
            }
        }
        const QStringList problems = PlanInvariants::check(db);
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                QStringLiteral("after step %1 (%2):\n%3").arg(step).arg(label, joined(problems))));
    }
    QVERIFY2(written > 5, qPrintable(QString::number(written)));
    // Enough of each kind happened to mean something (the seeds are fixed).
    QVERIFY2(refused > 5 && imports > 0,
             qPrintable(QStringLiteral("%1 refused, %2 imports").arg(refused).arg(imports)));
    // Undoing every step gives back the plan as it was.
    while (editor.undoStack()->canUndo()) {
        editor.undoStack()->undo();
        const QStringList problems = PlanInvariants::check(db);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }
    const auto undone = snapshot(db);
    QCOMPARE(undone.first, initial.first);
    QCOMPARE(undone.second, initial.second);
}

void TestInvariants::writesPastTheEditRulesAreRefused_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addRow("capacity") << QStringLiteral("over_capacity");
    QTest::addRow("waitlist numbering") << QStringLiteral("waitlist_numbering");
    QTest::addRow("free seat") << QStringLiteral("free_seat_while_waiting");
    QTest::addRow("overlap") << QStringLiteral("overlap");
    QTest::addRow("certificate date") << QStringLiteral("certificate_before_start");
}

// A change set made by hand, past PlanEdits' rules (as a bug in a writer would): the
// check before the commit refuses it and names the breach, and the file is unchanged.
void TestInvariants::writesPastTheEditRulesAreRefused()
{
    QFETCH(QString, rule);
    EnrollmentPlan fixture(true); // A (2 seats): 1 and 2 seated, 3 and 4 waiting
    PLAN_OR_SKIP(fixture.plan);
    QSqlDatabase &db = fixture.db;
    PlanEditor &editor = fixture.editor;
    const QString &path = fixture.path;
    const auto in = [&db](Id trainee) {
        for (const Enrollment &e : Repository<Enrollment>(db).loadWhere("trainee_id", {trainee}))
            return e;
        return Enrollment{};
    };
    ChangeSet changes;
    if (rule == QLatin1String("over_capacity")) {
        Enrollment e = in(3);
        Enrollment seated = e;
        seated.status = EnrollmentStatus::Enrolled;
        seated.waitlistPosition = 0;
        changes.update(e, seated);
        Enrollment next = in(4);
        Enrollment moved = next;
        moved.waitlistPosition = 1;
        changes.update(next, moved);
    } else if (rule == QLatin1String("waitlist_numbering")) {
        Enrollment e = in(3);
        Enrollment moved = e;
        moved.waitlistPosition = 5;
        changes.update(e, moved);
    } else if (rule == QLatin1String("free_seat_while_waiting")) {
        Enrollment e = in(1);
        Enrollment gone = e;
        gone.status = EnrollmentStatus::Withdrawn;
        changes.update(e, gone);
    } else if (rule == QLatin1String("overlap")) {
        Enrollment e;
        e.traineeId = 1;
        e.cohortId = 2; // B overlaps A
        e.status = EnrollmentStatus::Enrolled;
        changes.insert(e);
    } else {
        Enrollment e = in(1);
        Enrollment certified = e;
        certified.status = EnrollmentStatus::Completed;
        certified.certification = CertificationLevel::Junior;
        certified.certifiedOn = QDate(2026, 1, 5); // A starts on 2026-03-02
        changes.update(e, certified);
    }
    const QByteArray before = fingerprint(path, db);
    const auto stored = snapshot(db);
    QSignalSpy changed(&editor, &PlanEditor::changed);
    const QString error = editor.execute(QStringLiteral("hand-made"), std::move(changes)).message();
    QVERIFY2(error.contains(QLatin1String("break the plan's rules")), qPrintable(error));
    QVERIFY2(error.contains(rule == QLatin1String("overlap") ? QStringLiteral("Trainee 1")
                                                             : QStringLiteral("A")),
             qPrintable(error));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(editor.undoStack()->count(), 1);
    const auto after = snapshot(db);
    QCOMPARE(after.first, stored.first);
    QCOMPARE(fingerprint(path, db), before);
    QVERIFY(PlanInvariants::check(db).isEmpty());
    // The tracking is per write: the next edit, a good one, goes through.
    QVERIFY(editor
                .execute(QStringLiteral("enroll"),
                         PlanEdits(db).enroll({5}, 3, QDate(2026, 2, 1)).changes)
                .message()
                .isEmpty());
}

// A plan written by an older version broke a rule (a free seat while three wait, and
// more seated than the capacity elsewhere): edits that leave those breaches as they
// were, or mend them step by step, are written; an edit that adds one is not.
void TestInvariants::brokenPlanCanBeMended()
{
    QTemporaryDir dir;
    const QString path =
        TestSupport::writeEnrollmentPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    TestSupport::rawExec(
        path,
        {
            // C (2 seats) seats four.
            QStringLiteral("INSERT INTO enrollment(trainee_id, cohort_id, status) VALUES (1, 3, "
                           "'enrolled'), (2, 3, 'enrolled'),"
                           " (3, 3, 'enrolled'), (4, 3, 'enrolled')"),
            // A (2 seats) seats one while three wait.
            QStringLiteral(
                "INSERT INTO enrollment(trainee_id, cohort_id, status, waitlist_position) VALUES"
                " (5, 1, 'enrolled', NULL), (6, 1, 'waitlisted', 1), (7, 1, 'waitlisted', 2), (8, "
                "1, 'waitlisted', 3)"),
        });
    auto plan = openForEditing(path);
    PLAN_OR_SKIP(plan);
    QSqlDatabase db = plan->database();
    QCOMPARE(PlanInvariants::check(db).size(), 2);
    PlanEditor editor;
    editor.setPlan(plan.get());
    PlanEdits edits(db);
    // Unrelated to the breaches, though on the same cohorts: a note, a capacity.
    Cohort c = Repository<Cohort>(db).loadWhere("id", {Id(3)}).front();
    c.notes = QStringLiteral("too many");
    QVERIFY(editor.execute(QStringLiteral("note"), edits.saveCohortRecord(c).changes)
                .message()
                .isEmpty());
    // Mending step by step: one withdrawal at a time (C still over its capacity after the
    // first).
    auto enrollmentOf = [&db](Id trainee, Id cohort) {
        for (const Enrollment &e : Repository<Enrollment>(db).loadWhere("trainee_id", {trainee}))
            if (e.cohortId == cohort)
                return e.id;
        return Id(0);
    };
    PlanEdit first = edits.withdraw({enrollmentOf(4, 3)});
    QVERIFY(first.ok());
    QVERIFY(
        editor.execute(QStringLiteral("withdraw"), std::move(first.changes)).message().isEmpty());
    PlanEdit second = edits.withdraw({enrollmentOf(3, 3)});
    QVERIFY(
        editor.execute(QStringLiteral("withdraw"), std::move(second.changes)).message().isEmpty());
    QCOMPARE(PlanInvariants::check(db).size(), 1);
    // A new breach beside the old one is refused: the waiting list of A renumbered wrong.
    for (const Enrollment &e : Repository<Enrollment>(db).loadWhere("cohort_id", {Id(1)})) {
        if (e.waitlistPosition == 3) {
            Enrollment wrong = e;
            wrong.waitlistPosition = 9;
            ChangeSet changes;
            changes.update(e, wrong);
            const QString error =
                editor.execute(QStringLiteral("wrong"), std::move(changes)).message();
            QVERIFY2(error.contains(QLatin1String("not numbered")), qPrintable(error));
            QVERIFY2(!error.contains(QLatin1String("free seat")), qPrintable(error));
        }
    }
    // A's free seat is mended by raising nothing: the next enrollment fills it.
    PlanEdit enroll = edits.enroll({1}, 1, QDate(2026, 2, 1));
    QVERIFY(enroll.ok());
    QVERIFY(
        editor.execute(QStringLiteral("enroll"), std::move(enroll.changes)).message().isEmpty());
    QVERIFY2(PlanInvariants::check(db).isEmpty(), qPrintable(joined(PlanInvariants::check(db))));
}

// A certificate dated before its cohort started: the import's rules refuse the row (they
// once let it pass, and the plan's own check, which every import also goes through,
// found it).
void TestInvariants::importBreakingTheRulesIsRefused()
{
    EnrollmentPlan fixture;
    PLAN_OR_SKIP(fixture.plan);
    QSqlDatabase &db = fixture.db;
    const QString &path = fixture.path;
    const QTemporaryDir &dir = fixture.dir;
    const QString csv = TestSupport::writeFile(
        dir.filePath(QStringLiteral("c.csv")),
        "id_number,cohort,status,certification,certified_on\n" +
            TestSupport::idNumber(1).toLatin1() + ",A,completed,junior,2026-01-02\n");
    const QByteArray before = fingerprint(path, db);
    ImportOptions options;
    options.kind = ImportKind::Enrollments;
    const ImportResult r = Importer::run(db, csv, options);
    QVERIFY(!r.written);
    QStringList problems;
    for (const ImportProblem &p : r.problems)
        problems << Importer::problemText(p);
    // Said on its line by the import's own rules, in the words of the roster's.
    QVERIFY2(joined(problems).contains(QLatin1String(
                 "Trainee 1 cannot be certified on 2026-01-02, before A started on 2026-03-02")),
             qPrintable(joined(problems)));
    QCOMPARE(fingerprint(path, db), before);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM enrollment")).toInt(), 0);
}

// A withdrawal and, later in the same file, a trainee enrolled into the seat it freed:
// the waiting list moves up only into seats still free (the crash harness found the
// import seating one more than the capacity, which the rules check then refused).
void TestInvariants::importedSeatIsNotGivenTwice()
{
    EnrollmentPlan fixture(true); // A (2 seats): 1 and 2 seated, 3 and 4 waiting
    PLAN_OR_SKIP(fixture.plan);
    QSqlDatabase &db = fixture.db;
    const QTemporaryDir &dir = fixture.dir;
    const QString csv = TestSupport::writeFile(
        dir.filePath(QStringLiteral("t.csv")),
        "id_number,cohort,status\n" + TestSupport::idNumber(1).toLatin1() + ",A,withdrawn\n" +
            TestSupport::idNumber(5).toLatin1() + ",A,enrolled\n");
    ImportOptions options;
    options.kind = ImportKind::Enrollments;
    const ImportResult r = Importer::run(db, csv, options);
    QStringList problems;
    for (const ImportProblem &p : r.problems)
        problems << Importer::problemText(p);
    QVERIFY2(r.written, qPrintable(joined(problems)));
    QCOMPARE(r.promoted, 0);
    std::map<Id, Enrollment> inA;
    for (const Enrollment &e : Repository<Enrollment>(db).loadWhere("cohort_id", {Id(1)}))
        inA[e.traineeId] = e;
    QCOMPARE(inA.at(5).status, EnrollmentStatus::Enrolled);
    QCOMPARE(inA.at(3).waitlistPosition, 1);
    QCOMPARE(inA.at(4).waitlistPosition, 2);
    QVERIFY2(PlanInvariants::check(db).isEmpty(), qPrintable(joined(PlanInvariants::check(db))));
}

void TestInvariants::hostileEnrollmentImports_data()
{
    QTest::addColumn<QByteArray>(
        "rows"); // after the header id_number,cohort,status,certification,certified_on
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray t1 = TestSupport::idNumber(1).toLatin1();
    const QByteArray t2 = TestSupport::idNumber(2).toLatin1();
    const QByteArray t5 = TestSupport::idNumber(5).toLatin1();
    const QByteArray t6 = TestSupport::idNumber(6).toLatin1();
    // The plan: A (2 seats) seats 1 and 2, 3 and 4 wait; C (2 seats) is empty.
    QTest::addRow("waiting for a free seat")
        << QByteArray(t5 + ",C,waitlisted,,\n") << 2 << QStringLiteral("need not wait");
    QTest::addRow("completed beyond the capacity")
        << QByteArray(t5 + ",A,completed,,\n") << 2 << QStringLiteral("are taken");
    QTest::addRow("certified before the start")
        << QByteArray(t1 + ",A,completed,junior,2026-01-02\n") << 2
        << QStringLiteral("before A started");
    QTest::addRow("transfer into an overlapping cohort")
        << QByteArray(t5 + ",C,enrolled,,\n" + t1 + ",B,enrolled,,\n") << 3
        << QStringLiteral("overlap");
    QTest::addRow("the same enrollment twice")
        << QByteArray(t5 + ",C,enrolled,,\n" + t5 + ",C,withdrawn,,\n") << 3
        << QStringLiteral("duplicate");
    QTest::addRow("unknown trainee") << QByteArray("110101199001011237,C,enrolled,,\n") << 2
                                     << QStringLiteral("unknown trainee");
    QTest::addRow("unknown cohort")
        << QByteArray(t6 + ",Z,enrolled,,\n") << 2 << QStringLiteral("unknown cohort code Z");
    QTest::addRow("into a cancelled cohort")
        << QByteArray(t6 + ",D,enrolled,,\n") << 2
        << QStringLiteral("D is cancelled: nobody can be enrolled in it.");
    QTest::addRow("withdrawn back to waiting")
        << QByteArray(t2 + ",A,withdrawn,,\n" + t2 + ",C,enrolled,,\n" + t2 + ",A,waitlisted,,\n")
        << 4 << QStringLiteral("duplicate");
}

// Enrollment files that would break the plan's rules, each refused on its line with
// nothing written (the plan file byte for byte as it was).
void TestInvariants::hostileEnrollmentImports()
{
    QFETCH(QByteArray, rows);
    QFETCH(int, line);
    QFETCH(QString, message);
    EnrollmentPlan fixture(true); // A (2 seats): 1 and 2 seated, 3 and 4 waiting
    PLAN_OR_SKIP(fixture.plan);
    QSqlDatabase &db = fixture.db;
    const QString &path = fixture.path;
    const QTemporaryDir &dir = fixture.dir;
    const QString csv =
        TestSupport::writeFile(dir.filePath(QStringLiteral("h.csv")),
                               "id_number,cohort,status,certification,certified_on\n" + rows);
    const QByteArray before = fingerprint(path, db);
    const auto stored = snapshot(db);
    ImportOptions options;
    options.kind = ImportKind::Enrollments;
    const ImportResult r = Importer::run(db, csv, options);
    QStringList problems;
    for (const ImportProblem &p : r.problems)
        problems << QStringLiteral("%1: %2").arg(p.line).arg(Importer::problemText(p));
    QVERIFY2(!r.written && !r.problems.empty(), qPrintable(joined(problems)));
    QVERIFY2(r.problems.front().line == line, qPrintable(joined(problems)));
    QVERIFY2(joined(problems).contains(message), qPrintable(joined(problems)));
    QCOMPARE(snapshot(db).first, stored.first);
    QCOMPARE(fingerprint(path, db), before);
    QVERIFY(PlanInvariants::check(db).isEmpty());
}

// verify names every breach with its records (JSON: rule, cohorts, trainees, enrollments).
void TestInvariants::verifyNamesEachBreach()
{
    QTemporaryDir dir;
    const QString path =
        TestSupport::writeEnrollmentPlan(dir.filePath(QStringLiteral("plan.cohortplan")));
    TestSupport::rawExec(
        path, {
                  QStringLiteral("INSERT INTO enrollment(id, trainee_id, cohort_id, status) VALUES "
                                 "(11, 1, 1, 'enrolled'), (12, 1, 2, 'enrolled')"),
              });
    auto plan = openForEditing(path);
    PLAN_OR_SKIP(plan);
    const std::vector<PlanRules::Broken> broken = PlanInvariants::brokenRules(plan->database());
    QCOMPARE(broken.size(), std::size_t(1));
    QCOMPARE(broken.front().rule, PlanRules::Rule::Overlap);
    QCOMPARE(broken.front().cohorts, (std::vector<Id>{1, 2}));
    QCOMPARE(broken.front().trainees, (std::vector<Id>{1}));
    QCOMPARE(broken.front().enrollments, (std::vector<Id>{11, 12}));
    QVERIFY2(broken.front().message.contains(QLatin1String("Trainee 1")),
             qPrintable(broken.front().message));
}

QTEST_GUILESS_MAIN(TestInvariants)
#include "tst_invariants.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/coursepreference.h"
#include "domain/plandata.h"
#include "store/auditlog.h"
#include "store/backupstore.h"
#include "store/calendarledger.h"
#include "store/plandatabase.h"
#include "store/repository.h"
#include "store/schema.h"
#include "store/sqliteplatform.h"
#include "store/sqlutil.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

class TestPlanDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAndReopen();
    void createReplacesAtomically();
    void createFailureLeavesNothing();
    void readOnlyIsReadOnly();
    void migrationFromVersion0();
    void migrationFromVersion1();
    void migrationFromVersion2();
    void migrationFromVersion3();
    void migrationFromVersion4();
    void migrationFromVersion5();
    void failedMigrationRollsBack();
    void olderFormatNotOpenedReadOnly();
    void defensiveModeBlocksSchemaWrites();
    void saveCopyAs();
    void saveCopyIntoMissingFolderFails();
    void killedSaveAsLeftoversAreRemoved();
    void verifyFindsProblems();
    void threadConnection();
    void oneWriterPerPlan();
    void staleLockIsRecovered();
    void halfDoneChangeOfAStoppedWriterIsUndone();
    void emptyLockOfAKilledOpenerIsRecovered();

private:
    QString demoPath();
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestPlanDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
}

// A fresh copy of the demo plan to break.
QString TestPlanDatabase::demoPath()
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("copy-%1.cohortplan").arg(++n));
    TestSupport::copyPlan(m_demo, path);
    return path;
}

void TestPlanDatabase::createAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("new.cohortplan"));
    QCOMPARE(PlanDatabase::create(path).message(), QString());
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    QSqlDatabase db = plan->database();
    QCOMPARE(SqlitePlatform::applicationId(db), Schema::ApplicationId);
    QCOMPARE(SqlitePlatform::userVersion(db), Schema::CurrentVersion);
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
    // created_at, created_by, plan_id
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM plan_meta")).toInt(), 3);
    QCOMPARE(plan->migratedFrom(), -1);
    QVERIFY(PlanDatabase::verify(path).isEmpty());
    // No temporary file is left beside the plan.
    const QStringList left =
        QDir(m_dir.path()).entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestPlanDatabase::createReplacesAtomically()
{
    const QString path = demoPath();
    QCOMPARE(PlanDatabase::create(path).message(), QString());
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadOnly);
    QVERIFY(plan);
    QCOMPARE(Sql::scalar(plan->database(), QStringLiteral("SELECT count(*) FROM cohort")).toInt(),
             0);
}

void TestPlanDatabase::createFailureLeavesNothing()
{
    const QString existing = demoPath();
    const QByteArray before = TestSupport::checksum(existing);
    const QString error =
        PlanDatabase::create(existing, [](QSqlDatabase &db) {
            Sql::exec(db,
                      QStringLiteral("INSERT INTO track(name, colour) VALUES ('A', '#000000')"));
            throw StoreError(QStringLiteral("disk full"));
        }).message();
    QVERIFY(error.contains(QLatin1String("disk full")));
    QVERIFY(error.contains(QFileInfo(existing).fileName()));
    QCOMPARE(TestSupport::checksum(existing), before);

    const QString missing = m_dir.filePath(QStringLiteral("never.cohortplan"));
    QVERIFY(!PlanDatabase::create(missing,
                                  [](QSqlDatabase &) { throw StoreError(QStringLiteral("boom")); })
                 .message()
                 .isEmpty());
    QVERIFY(!QFileInfo::exists(missing));
    const QStringList left =
        QDir(m_dir.path()).entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden);
    QVERIFY(left.isEmpty());
}

void TestPlanDatabase::readOnlyIsReadOnly()
{
    const QString path = demoPath();
    const QByteArray before = TestSupport::checksum(path);
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadOnly);
    QVERIFY(plan);
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             Sql::exec(plan->database(), QStringLiteral("DELETE FROM cohort")));
    plan.reset();
    QCOMPARE(TestSupport::checksum(path), before);
}

void TestPlanDatabase::migrationFromVersion0()
{
    // A version-0 file: our application id, no schema yet (what a build before the first
    // schema version would leave).
    const QString path = m_dir.filePath(QStringLiteral("v0.cohortplan"));
    TestSupport::rawExec(path,
                         {QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId),
                          QStringLiteral("PRAGMA user_version = 0")});
    QString error;
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    QCOMPARE(plan->migratedFrom(), 0);
    QCOMPARE(SqlitePlatform::userVersion(plan->database()), Schema::CurrentVersion);
    const auto audit = AuditLog(plan->database()).newest(5);
    QCOMPARE(audit.size(), std::size_t(1));
    QCOMPARE(audit.front().action, AuditAction::Migrate);
    // The backup copy is the file as it was.
    QVERIFY(QFileInfo::exists(plan->backupPath()));
    // It is the rotation's backup taken on open, of the kind the rotation never prunes.
    QVERIFY(plan->backupPath().startsWith(path + QStringLiteral("-backups/v0-")));
    QVERIFY(plan->backupPath().endsWith(QLatin1String("-upgrade.cohortplan")));
    const auto backups = BackupStore(path).list();
    QCOMPARE(backups.size(), std::size_t(1));
    QCOMPARE(backups.front().kind, BackupStore::Kind::BeforeUpgrade);
    plan.reset();
    QVERIFY(PlanDatabase::verify(path).isEmpty());
    error.clear();
    const auto missing =
        PlanDatabase::open(m_dir.filePath(QStringLiteral("missing")), PlanDatabase::Mode::ReadOnly);
    QVERIFY(!missing);
    QCOMPARE(int(missing.problem().kind), int(PlanDatabase::Refusal::Missing));
}

void TestPlanDatabase::failedMigrationRollsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("v0-fail.cohortplan"));
    TestSupport::rawExec(path,
                         {QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId),
                          QStringLiteral("CREATE TABLE legacy(x)"),
                          QStringLiteral("INSERT INTO legacy VALUES (1)")});
    const QByteArray before = TestSupport::checksum(path);
    std::vector<Schema::Migration> steps{
        {0, QStringLiteral("breaks halfway"), [](QSqlDatabase &db) {
             Sql::exec(db, QStringLiteral("CREATE TABLE half(x)"));
             Sql::exec(db, QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
         }}};
    const auto plan = PlanDatabase::open(path, PlanDatabase::Mode::ReadWrite, steps);
    QVERIFY(!plan);
    QVERIFY2(plan.message().contains(QLatin1String("left as it was")), qPrintable(plan.message()));
    QCOMPARE(TestSupport::checksum(path), before);
    const auto backups = BackupStore(path).list();
    QCOMPARE(backups.size(), std::size_t(1));
    QCOMPARE(backups.front().kind, BackupStore::Kind::BeforeUpgrade);
    QVERIFY2(plan.message().contains(QDir::toNativeSeparators(backups.front().path)),
             qPrintable(plan.message()));
}

void TestPlanDatabase::olderFormatNotOpenedReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("v0-ro.cohortplan"));
    TestSupport::rawExec(path,
                         {QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId)});
    const QByteArray before = TestSupport::checksum(path);
    const auto plan = PlanDatabase::open(path, PlanDatabase::Mode::ReadOnly);
    QVERIFY(!plan);
    QVERIFY2(plan.message().contains(QLatin1String("older plan format")),
             qPrintable(plan.message()));
    QCOMPARE(TestSupport::checksum(path), before);
}

void TestPlanDatabase::defensiveModeBlocksSchemaWrites()
{
    const QString path = demoPath();
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    QSqlDatabase db = plan->database();
    // With SQLITE_DBCONFIG_DEFENSIVE, even writable_schema cannot make sqlite_schema
    // writable.
    try {
        Sql::exec(db, QStringLiteral("PRAGMA writable_schema = ON"));
    } catch (const StoreError &) {
    }
    QVERIFY_THROWS_EXCEPTION(
        StoreError,
        Sql::exec(
            db,
            QStringLiteral(
                "UPDATE sqlite_schema SET sql = 'CREATE TABLE track(x)' WHERE name = 'track'")));
    QVERIFY_THROWS_EXCEPTION(
        StoreError,
        Sql::exec(db, QStringLiteral("CREATE TRIGGER t AFTER INSERT ON track BEGIN SELECT 1; END; "
                                     "INSERT INTO track(name) VALUES ('x')")));
    plan.reset();
    QVERIFY(PlanDatabase::verify(path).isEmpty());
}

void TestPlanDatabase::saveCopyAs()
{
    const QString path = demoPath();
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    const QString target = m_dir.filePath(QStringLiteral("saved-as.cohortplan"));
    VERIFY_OK(plan->saveCopyAs(target));
    auto copy = TestSupport::openPlan(target, PlanDatabase::Mode::ReadOnly);
    QVERIFY(copy);
    const QString count = QStringLiteral("SELECT count(*) FROM enrollment");
    QCOMPARE(Sql::scalar(copy->database(), count).toInt(),
             Sql::scalar(plan->database(), count).toInt());
    QVERIFY(PlanDatabase::verify(target).isEmpty());
    // Saving over the open plan itself is refused, the file untouched.
    const QByteArray before = TestSupport::checksum(path);
    QVERIFY(!plan->saveCopyAs(path));
    QCOMPARE(TestSupport::checksum(path), before);
}

// A Save As or New Plan killed half way leaves its temporary copy (and journal) beside
// the target. The next Save As to that name, and the next writer of that plan, delete
// those over an hour old; a copy being written now, or another plan's, stays.
void TestPlanDatabase::killedSaveAsLeftoversAreRemoved()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.cohortplan"));
    const auto leftover = [&](const QString &name, int ageSeconds) {
        return TestSupport::writeFile(dir.filePath(name), "partial", ageSeconds);
    };
    const QString old = leftover(QStringLiteral(".copy.cohortplan.0badc0de.tmp"), 7200);
    const QString oldJournal =
        leftover(QStringLiteral(".copy.cohortplan.0badc0de.tmp-journal"), 7200);
    const QString fresh = leftover(QStringLiteral(".copy.cohortplan.12345678.tmp"), 5);
    const QString otherPlan = leftover(QStringLiteral(".copy2.cohortplan.0badc0de.tmp"), 7200);
    auto plan = TestSupport::openPlan(demoPath(), PlanDatabase::Mode::ReadOnly);
    QVERIFY(plan);
    VERIFY_OK(plan->saveCopyAs(target));
    QVERIFY(!QFile::exists(old));
    QVERIFY(!QFile::exists(oldJournal));
    QVERIFY(QFile::exists(fresh));
    QVERIFY(QFile::exists(otherPlan));

    // Opening copy2 for editing tidies its own; opening it read-only touches nothing.
    plan.reset();
    QVERIFY(QFile::copy(target, dir.filePath(QStringLiteral("copy2.cohortplan"))));
    auto reader = TestSupport::openPlan(dir.filePath(QStringLiteral("copy2.cohortplan")),
                                        PlanDatabase::Mode::ReadOnly);
    QVERIFY(reader);
    QVERIFY(QFile::exists(otherPlan));
    reader.reset();
    auto writer = TestSupport::openPlan(dir.filePath(QStringLiteral("copy2.cohortplan")),
                                        PlanDatabase::Mode::ReadWrite);
    QVERIFY(writer);
    QVERIFY(!QFile::exists(otherPlan));
    QVERIFY(QFile::exists(fresh));
}

void TestPlanDatabase::saveCopyIntoMissingFolderFails()
{
    auto plan = TestSupport::openPlan(demoPath(), PlanDatabase::Mode::ReadOnly);
    QVERIFY(plan);
    const QString target = m_dir.filePath(QStringLiteral("no/such/folder/x.cohortplan"));
    const QString problem = plan->saveCopyAs(target).message();
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(QLatin1String("x.cohortplan")), qPrintable(problem));
    QVERIFY(!QFileInfo::exists(target));
}

void TestPlanDatabase::verifyFindsProblems()
{
    const QString path = demoPath();
    QVERIFY(PlanDatabase::verify(path).isEmpty());
    TestSupport::rawExec(path,
                         {QStringLiteral("PRAGMA foreign_keys = OFF"),
                          QStringLiteral("INSERT INTO course(track_id, code, title, level, days, "
                                         "hours_per_day, default_capacity) VALUES "
                                         "(999, 'X-1', 'Orphan', 'foundation', 1, 6, 10)")});
    const QStringList problems = PlanDatabase::verify(path);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("course")), qPrintable(problems.first()));
}

void TestPlanDatabase::threadConnection()
{
    const QString path = demoPath();
    PlanDatabase::ThreadConnection connection(path, true);
    VERIFY_OK(connection.status());
    QVERIFY(
        Sql::scalar(connection.database(), QStringLiteral("SELECT count(*) FROM cohort")).toInt() >
        300);
}

void TestPlanDatabase::oneWriterPerPlan()
{
    const QString path = demoPath();
    QCOMPARE(PlanDatabase::lockHolder(path), QString());
    auto writer = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(writer);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
    const QString holder = PlanDatabase::lockHolder(path);
    QVERIFY2(holder.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(holder));
    // A second writer is refused and told who holds it; readers are welcome.
    const auto second = PlanDatabase::open(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(!second);
    QVERIFY2(second.message().contains(QLatin1String("open for editing")),
             qPrintable(second.message()));
    QCOMPARE(int(second.problem().kind), int(PlanDatabase::Refusal::Locked));
    auto reader = TestSupport::openPlan(path, PlanDatabase::Mode::ReadOnly);
    QVERIFY(reader);
    // Nothing may replace it while it is being edited.
    QVERIFY(PlanDatabase::create(path).message().contains(QLatin1String("open for editing")));
    const QString other = demoPath();
    auto otherPlan = TestSupport::openPlan(other, PlanDatabase::Mode::ReadOnly);
    QVERIFY(otherPlan);
    QVERIFY(otherPlan->saveCopyAs(path).message().contains(QLatin1String("open for editing")));
    // Once the writer closes, the plan is free again.
    writer.reset();
    QCOMPARE(PlanDatabase::lockHolder(path), QString());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    QVERIFY(TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite));
}

void TestPlanDatabase::staleLockIsRecovered()
{
    // The lock of a process that died (a PID no process has) is taken over.
    const QString path = demoPath();
    {
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(0x3ffffff) + "\ncohortplanner\n" +
                   QSysInfo::machineHostName().toUtf8() + "\n");
    }
    QCOMPARE(PlanDatabase::lockHolder(path), QString());
    QVERIFY(TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite));
}

void TestPlanDatabase::halfDoneChangeOfAStoppedWriterIsUndone()
{
    // What a writer killed in the middle of a transaction leaves: the plan with some of the
    // change written into it, and the journal holding the pages as they were. Made here
    // by copying both while a transaction holds changes that do not fit SQLite's cache.
    // (Found by the crash harness: such plans were refused as damaged, and the app then
    // offered an older backup.)
    const QString live = demoPath();
    const QString crashed = m_dir.filePath(QStringLiteral("crashed.cohortplan"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("halfdone"));
        db.setDatabaseName(live);
        QVERIFY(db.open());
        Sql::exec(db, QStringLiteral("PRAGMA cache_size = 1"));
        QVERIFY(db.transaction());
        Sql::exec(db, QStringLiteral("UPDATE trainee SET employer = 'half done'"));
        QVERIFY(QFile::exists(live + QStringLiteral("-journal")));
        QVERIFY(QFile::copy(live, crashed));
        QVERIFY(
            QFile::copy(live + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("halfdone"));
    QVERIFY(SqlitePlatform::hasJournal(crashed));

    // Read-only cannot undo it: a clear refusal, not "damaged" (which offers a backup),
    // and not a byte written.
    const QByteArray before = TestSupport::checksum(crashed);
    const auto reader = PlanDatabase::open(crashed, PlanDatabase::Mode::ReadOnly);
    QVERIFY(!reader);
    const QString error = reader.message();
    QVERIFY2(error.contains(QStringLiteral("open it for editing once")), qPrintable(error));
    QVERIFY(error.contains(QDir::toNativeSeparators(crashed)));
    QCOMPARE(int(reader.problem().kind), int(PlanDatabase::Refusal::Failed));
    QCOMPARE(TestSupport::checksum(crashed), before);

    // For editing: the half-done change is undone, and the plan is whole.
    {
        auto plan = TestSupport::openPlan(crashed, PlanDatabase::Mode::ReadWrite);
        QVERIFY(plan);
        QCOMPARE(
            Sql::scalar(plan->database(),
                        QStringLiteral("SELECT count(*) FROM trainee WHERE employer = 'half done'"))
                .toInt(),
            0);
        QVERIFY(!SqlitePlatform::hasJournal(crashed));
    }
    QCOMPARE(PlanDatabase::verify(crashed), QStringList());
}

void TestPlanDatabase::emptyLockOfAKilledOpenerIsRecovered()
{
    // A process killed between creating its lock file and writing into it leaves an empty
    // lock nobody holds: it must not keep the plan locked for good. (Found by the crash
    // harness.)
    const QString path = demoPath();
    {
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
    }
    QCOMPARE(PlanDatabase::lockHolder(path), QString());
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    // Now held for real: a second writer is still refused.
    QVERIFY(!PlanDatabase::lockHolder(path).isEmpty());
}

void TestPlanDatabase::migrationFromVersion1()
{
    // A version-1 plan with a course: version 2 gives courses a session pattern, and the
    // course keeps everything it had with the default pattern.
    const QString path = m_dir.filePath(QStringLiteral("v1.cohortplan"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        Schema::migrations().front().apply(db);
        Sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
        Sql::exec(db, QStringLiteral("PRAGMA user_version = 1"));
        Sql::exec(db, QStringLiteral("INSERT INTO track (id, name) VALUES (1, 'AI')"));
        Sql::exec(
            db, QStringLiteral("INSERT INTO course (id, track_id, code, title, level, days, "
                               "hours_per_day, default_capacity) VALUES (1, 1, 'AI-101', 'Intro', "
                               "'foundation', 5, 6, 30)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    QCOMPARE(plan->migratedFrom(), 1);
    QCOMPARE(SqlitePlatform::userVersion(plan->database()), Schema::CurrentVersion);
    const auto courses = Repository<Course>(plan->database()).loadAll();
    QCOMPARE(courses.size(), std::size_t(1));
    QCOMPARE(courses.front().code, QStringLiteral("AI-101"));
    QCOMPARE(courses.front().days, 5);
    QCOMPARE(courses.front().sessionWeekdays, 0x1f);
    QCOMPARE(courses.front().sessionSlots, 0x3);
    plan.reset();
    QVERIFY(PlanDatabase::verify(path).isEmpty());
}

void TestPlanDatabase::migrationFromVersion2()
{
    // A version-2 plan: version 3 adds the instructors' course preferences, empty, and
    // everything else stays.
    const QString path = m_dir.filePath(QStringLiteral("v2.cohortplan"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        Schema::migrations().at(0).apply(db);
        Schema::migrations().at(1).apply(db);
        Sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
        Sql::exec(db, QStringLiteral("PRAGMA user_version = 2"));
        Sql::exec(db, QStringLiteral("INSERT INTO track (id, name) VALUES (1, 'AI')"));
        Sql::exec(
            db, QStringLiteral("INSERT INTO course (id, track_id, code, title, level, days, "
                               "hours_per_day, default_capacity) VALUES (1, 1, 'AI-101', 'Intro', "
                               "'foundation', 5, 6, 30)"));
        Sql::exec(db, QStringLiteral(
                          "INSERT INTO instructor (id, code, name, max_days_week, max_days_month, "
                          "max_days_year) VALUES (7, 'T7', 'Teacher', 5, 16, 160)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    QCOMPARE(plan->migratedFrom(), 2);
    QCOMPARE(SqlitePlatform::userVersion(plan->database()), Schema::CurrentVersion);
    QCOMPARE(Repository<Instructor>(plan->database()).loadAll().front().code, QStringLiteral("T7"));
    QCOMPARE(Repository<CoursePreference>(plan->database()).count(), 0);
    {
        Transaction t(plan->database());
        CoursePreference p{0, 7, 1, -2};
        Repository<CoursePreference>(plan->database()).insert(p);
        t.commit();
    }
    const auto preferences = Repository<CoursePreference>(plan->database()).loadAll();
    QCOMPARE(preferences.size(), std::size_t(1));
    QCOMPARE(preferences.front().points, -2);
    // Out of range or 0 is refused by the file itself, whoever writes it.
    for (int points : {0, 3, -3}) {
        bool threw = false;
        try {
            Transaction t(plan->database());
            CoursePreference p{0, 7, 1, points};
            Sql::exec(plan->database(), QStringLiteral("DELETE FROM instructor_preference"));
            Repository<CoursePreference>(plan->database()).insert(p);
            t.commit();
        } catch (const StoreError &) {
            threw = true;
        }
        QVERIFY2(threw, qPrintable(QString::number(points)));
    }
    QCOMPARE(Repository<CoursePreference>(plan->database()).count(), 1);
    plan.reset();
    QVERIFY(PlanDatabase::verify(path).isEmpty());
}

void TestPlanDatabase::migrationFromVersion3()
{
    // A version-3 plan: version 4 gives every trainee the type of their identity document,
    // a resident ID for the numbers there are; the file refuses a type it does not know.
    const QString path = m_dir.filePath(QStringLiteral("v3.cohortplan"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (int step = 0; step < 3; ++step)
            Schema::migrations().at(std::size_t(step)).apply(db);
        Sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
        Sql::exec(db, QStringLiteral("PRAGMA user_version = 3"));
        Sql::exec(db, QStringLiteral("INSERT INTO trainee (id, id_number, name) VALUES (1, "
                                     "'110108199208153456', 'Zhang'), (2, NULL, 'Li')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    QCOMPARE(plan->migratedFrom(), 3);
    QCOMPARE(SqlitePlatform::userVersion(plan->database()), Schema::CurrentVersion);
    const auto trainees = Repository<Trainee>(plan->database()).loadAll();
    QCOMPARE(trainees.size(), std::size_t(2));
    QCOMPARE(trainees.front().idNumber, QStringLiteral("110108199208153456"));
    QCOMPARE(trainees.front().idType, IdDocumentType::ResidentId);
    bool threw = false;
    try {
        Sql::exec(plan->database(),
                  QStringLiteral("UPDATE trainee SET id_type = 'library_card' WHERE id = 1"));
    } catch (const StoreError &) {
        threw = true;
    }
    QVERIFY(threw);
    plan.reset();
    QVERIFY(PlanDatabase::verify(path).isEmpty());
}

void TestPlanDatabase::migrationFromVersion4()
{
    // A version-4 plan: version 5 gives targets and courses the planning assumptions,
    // unset (NULL) for what was there; the file refuses a rate out of its range.
    const QString path = m_dir.filePath(QStringLiteral("v4.cohortplan"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (int step = 0; step < 4; ++step)
            Schema::migrations().at(std::size_t(step)).apply(db);
        Sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
        Sql::exec(db, QStringLiteral("PRAGMA user_version = 4"));
        Sql::exec(db, QStringLiteral("INSERT INTO track (id, name) VALUES (1, 'AI')"));
        Sql::exec(
            db, QStringLiteral(
                    "INSERT INTO course (id, track_id, code, title, level, days, hours_per_day, "
                    "default_capacity) VALUES (1, 1, 'AI-1', 'Basics', 'foundation', 5, 6.0, 30)"));
        Sql::exec(db, QStringLiteral("INSERT INTO target (year, track_id, trainees, certified) "
                                     "VALUES (2027, 1, 100, 80)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    QCOMPARE(plan->migratedFrom(), 4);
    QCOMPARE(SqlitePlatform::userVersion(plan->database()), Schema::CurrentVersion);
    const auto targets = Repository<Target>(plan->database()).loadAll();
    QCOMPARE(targets.size(), std::size_t(1));
    QCOMPARE(targets.front().trainees, 100);
    QVERIFY(targets.front().rates.isEmpty());
    const auto courses = Repository<Course>(plan->database()).loadAll();
    QCOMPARE(courses.size(), std::size_t(1));
    QVERIFY(courses.front().rates.isEmpty());
    // In range, stored and read back; out of range, refused by the file itself.
    Sql::exec(plan->database(),
              QStringLiteral("UPDATE target SET completion_rate = 0.85, pass_rate = 0.7"));
    QCOMPARE(Repository<Target>(plan->database()).loadAll().front().rates.completion,
             std::optional<double>(0.85));
    const QStringList refused{QStringLiteral("UPDATE target SET fill_rate = 1.2"),
                              QStringLiteral("UPDATE target SET no_show_rate = 0.95"),
                              QStringLiteral("UPDATE course SET completion_rate = 0.01"),
                              QStringLiteral("UPDATE course SET pass_rate = -0.1"),
                              QStringLiteral("UPDATE course SET pass_rate = 'most'")};
    for (const QString &statement : refused) {
        bool threw = false;
        try {
            Sql::exec(plan->database(), statement);
        } catch (const StoreError &) {
            threw = true;
        }
        QVERIFY2(threw, qPrintable(statement));
    }
    plan.reset();
    QVERIFY(PlanDatabase::verify(path).isEmpty());
}

void TestPlanDatabase::migrationFromVersion5()
{
    // A version-5 plan: version 6 gives it an identity (for calendar UIDs) and the table
    // where exported calendars remember their events.
    const QString path = m_dir.filePath(QStringLiteral("v5.cohortplan"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (int step = 0; step < 5; ++step)
            Schema::migrations().at(std::size_t(step)).apply(db);
        Sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
        Sql::exec(db, QStringLiteral("PRAGMA user_version = 5"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    QCOMPARE(plan->migratedFrom(), 5);
    QCOMPARE(SqlitePlatform::userVersion(plan->database()), Schema::CurrentVersion);
    const QString id = CalendarLedger::planId(plan->database());
    QCOMPARE(id.size(), 32);
    QVERIFY(CalendarLedger::load(plan->database(), QStringLiteral("cohort:1")).empty());
    CalendarLedger::Entry entry{QStringLiteral("u"),
                                2,
                                QStringLiteral("f"),
                                true,
                                QDate(2027, 3, 1),
                                QTime(9, 0),
                                QTime(12, 0),
                                QStringLiteral("AI-1"),
                                QString()};
    CalendarLedger::save(plan->database(), QStringLiteral("cohort:1"), {entry});
    QCOMPARE(CalendarLedger::load(plan->database(), QStringLiteral("cohort:1")),
             std::vector<CalendarLedger::Entry>{entry});
    // A new plan has its own identity.
    const QString other = m_dir.filePath(QStringLiteral("v6.cohortplan"));
    QVERIFY(PlanDatabase::create(other).message().isEmpty());
    auto second = TestSupport::openPlan(other, PlanDatabase::Mode::ReadOnly);
    QVERIFY(second);
    QCOMPARE(CalendarLedger::planId(second->database()).size(), 32);
    QVERIFY(CalendarLedger::planId(second->database()) != id);
    plan.reset();
    QVERIFY(PlanDatabase::verify(path).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlanDatabase)
#include "tst_plandatabase.moc"

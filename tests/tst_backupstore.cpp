// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "items/backuplistmodel.h"
#include "items/comparisonmodels.h"
#include "items/plansession.h"
#include "items/scenariolistmodel.h"
#include "store/auditlog.h"
#include "store/backupstore.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "store/repository.h"
#include "store/scenariostore.h"
#include "store/sqliteplatform.h"
#include "store/sqlutil.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <clocale>
#include <set>

using namespace Planner;

class TestBackupStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rotationKeepsTheRightSet();
    void rotationOverAYearOfBackups();
    void backupIsACheckedCopy();
    void corruptPlanIsNotBackedUp();
    void periodicBackupWaitsTenMinutes();
    void openBacksUpOnceUntilChanged();
    void sessionBacksUpOnAWorkerThread();
    void killedBackupsTemporariesArePruned();
    void upgradeBackupIsKeptForAYear();
    void restoreRoundTrips();
    void restoreRefusesADamagedBackup();
    void restoreWhileLockedIsRefused();
    void listModel();
    // What-if scenarios beside the plan (ScenarioStore).
    void scenarioNames_data();
    void scenarioNames();
    void scenarioRoundTrip();
    void scenarioPromoteWhileLockedIsRefused();
    void damagedScenarioIsListedNotOpened();
    void scenarioComparison();
    void chineseNamesInTheCLocale();
    void checkedOnceUnlessChanged();

private:
    QString freshPlan();
    QTemporaryDir m_dir;
    QString m_demo;
};

namespace {

BackupStore::Entry entry(const QString &name, const QDateTime &when,
                         BackupStore::Kind kind = BackupStore::Kind::Periodic)
{
    BackupStore::Entry e;
    e.path = name;
    e.when = when;
    e.kind = kind;
    return e;
}

QDateTime localAt(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime).toUTC();
}

} // namespace

void TestBackupStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
}

QString TestBackupStore::freshPlan()
{
    static int n = 0;
    const QString folder = m_dir.filePath(QStringLiteral("case-%1").arg(++n));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::copyPlan(m_demo, path);
    return path;
}

void TestBackupStore::rotationKeepsTheRightSet()
{
    // Now: 2026-06-15 12:00 local. Backups: 12 today (hourly), one a day for 20 days
    // before, one a month for 15 months before that, and two upgrade copies (one 3½ years
    // old, one 9½ months).
    const QDateTime now = localAt(2026, 6, 15, 23, 30);
    std::vector<BackupStore::Entry> entries;
    for (int h = 0; h < 12; ++h)
        entries.push_back(entry(QStringLiteral("today-%1").arg(h), localAt(2026, 6, 15, 8 + h)));
    for (int d = 1; d <= 20; ++d) {
        entries.push_back(
            entry(QStringLiteral("day-%1-late").arg(d), localAt(2026, 6, 15, 18).addDays(-d)));
        entries.push_back(
            entry(QStringLiteral("day-%1-early").arg(d), localAt(2026, 6, 15, 9).addDays(-d)));
    }
    for (int m = 1; m <= 15; ++m)
        entries.push_back(
            entry(QStringLiteral("month-%1").arg(m), localAt(2026, 4, 3).addMonths(-m)));
    entries.push_back(entry(QStringLiteral("upgrade-old"), localAt(2023, 1, 1),
                            BackupStore::Kind::BeforeUpgrade));
    entries.push_back(entry(QStringLiteral("upgrade-recent"), localAt(2025, 9, 1),
                            BackupStore::Kind::BeforeUpgrade));
    std::reverse(entries.begin(), entries.end()); // order must not matter

    const auto kept = BackupStore::keptPaths(entries, now);
    const std::set<QString> keptSet(kept.begin(), kept.end());
    std::set<QString> expected;
    // The newest 10: today 19:00 back to 10:00.
    for (int h = 2; h < 12; ++h)
        expected.insert(QStringLiteral("today-%1").arg(h));
    // One per day for 14 days (today is already kept): the newest of each of the 13 days before.
    for (int d = 1; d <= 13; ++d)
        expected.insert(QStringLiteral("day-%1-late").arg(d));
    // One per month for 12 months: June (today's), May (day-15..20 fall in May: the newest
    // is day-15-late, 31 May), April (day-… none; month-… none for April: 3 April + 0
    // months is not a backup), then the month-N backups for the months before.
    expected.insert(QStringLiteral("day-15-late")); // 31 May 18:00, newest of May
    // 2026-04-03 minus m months: March 2026 (m=1) … back to July 2025 (m=9) are within the
    // 12 months June 2026 … July 2025.
    for (int m = 1; m <= 9; ++m)
        expected.insert(QStringLiteral("month-%1").arg(m));
    // Upgrade copies for 12 months, not longer: they hold people's personal data.
    expected.insert(QStringLiteral("upgrade-recent"));
    QCOMPARE(keptSet, expected);
}

void TestBackupStore::rotationOverAYearOfBackups()
{
    // A backup every 10 minutes of an 8-hour working day for a year, pruned as it goes:
    // the rotation stays bounded and always holds the newest backup.
    const QString plan = freshPlan();
    const QString folder = m_dir.filePath(QStringLiteral("year-backups"));
    QDateTime clock = localAt(2026, 1, 5, 9);
    BackupStore store(plan, folder, [&clock] { return clock; });
    QVERIFY(QDir().mkpath(folder));
    int made = 0;
    std::size_t most = 0;
    for (int day = 0; day < 400; day += 3) {
        for (int slot = 0; slot < 4; ++slot) {
            clock = localAt(2026, 1, 5, 9).addDays(day).addSecs(slot * 600 * 12);
            // Fake backups (empty files with our names) keep the test fast; prune only reads names.
            const QString name = QDir(folder).filePath(
                QStringLiteral("plan-%1-periodic.cohortplan")
                    .arg(clock.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"))));
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            ++made;
            store.prune();
            most = std::max(most, store.list().size());
            QCOMPARE(store.list().front().path, name);
        }
    }
    QVERIFY(made > 400);
    QVERIFY2(most <= std::size_t(BackupStore::Policy{}.keepNewest + BackupStore::Policy{}.keepDays +
                                 BackupStore::Policy{}.keepMonths),
             qPrintable(QString::number(most)));
    // A year later there is one per month for 12 months.
    const auto entries = store.list();
    std::set<std::pair<int, int>> months;
    for (const auto &e : entries)
        months.insert({e.when.toLocalTime().date().year(), e.when.toLocalTime().date().month()});
    QCOMPARE(int(months.size()), BackupStore::Policy{}.keepMonths);
}

void TestBackupStore::backupIsACheckedCopy()
{
    const QString plan = freshPlan();
    BackupStore store(plan);
    QCOMPARE(store.folder(), plan + QStringLiteral("-backups"));
    const Result<BackupStore::Entry> backedUp = store.backupNow(BackupStore::Kind::Manual);
    QVERIFY2(backedUp, qPrintable(backedUp.message()));
    const BackupStore::Entry made = *backedUp;
    QVERIFY(QFileInfo::exists(made.path));
    QCOMPARE(made.size, QFileInfo(made.path).size());
    QVERIFY(PlanDatabase::verify(made.path).isEmpty());
    const auto entries = store.list();
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries.front().path, made.path);
    QCOMPARE(entries.front().kind, BackupStore::Kind::Manual);
    // No temporary file is left in the folder.
    QCOMPARE(QDir(store.folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestBackupStore::corruptPlanIsNotBackedUp()
{
    const QString plan = freshPlan();
    QDateTime clock = QDateTime::currentDateTimeUtc();
    BackupStore store(plan, BackupStore::defaultFolder(plan), [&clock] { return clock; });
    QCOMPARE(store.backupNow().message(), QString());
    // Damage a b-tree page in the middle, as in the hostile corpus.
    {
        QFile f(plan);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype start = (bytes.size() / 4096 / 2) * 4096;
        for (qsizetype i = start; i < start + 4096; ++i)
            bytes[i] = char(~bytes[i]);
        f.seek(0);
        f.write(bytes);
    }
    const auto before = store.list();
    const QByteArray goodChecksum = TestSupport::checksum(before.front().path);
    // However often the damaged plan is backed up, the good backup stays.
    for (int i = 0; i < BackupStore::Policy{}.keepNewest + 2; ++i) {
        clock = clock.addSecs(3600);
        const QString error = store.backupNow(BackupStore::Kind::Periodic).message();
        QVERIFY(error.contains(QLatin1String("integrity check")));
        QVERIFY2(error.contains(QLatin1String("plan.cohortplan")), qPrintable(error));
    }
    const auto after = store.list();
    QCOMPARE(after.size(), std::size_t(1));
    QCOMPARE(TestSupport::checksum(after.front().path), goodChecksum);
    BackupStore::Entry good;
    QVERIFY(store.newestGood(&good));
    QCOMPARE(good.path, before.front().path);
}

void TestBackupStore::periodicBackupWaitsTenMinutes()
{
    const QString plan = freshPlan();
    QDateTime clock = localAt(2026, 3, 2, 9);
    BackupStore store(plan, BackupStore::defaultFolder(plan), [&clock] { return clock; });
    QVERIFY(!*store.maybeBackup()); // not edited: nothing to do
    store.noteEdited();
    QVERIFY(*store.maybeBackup()); // no backup yet
    QVERIFY(!store.hasUnsavedEdits());
    store.noteEdited();
    clock = clock.addSecs(9 * 60);
    QVERIFY(!*store.maybeBackup());
    clock = clock.addSecs(60);
    QVERIFY(*store.maybeBackup());
    QCOMPARE(store.list().size(), std::size_t(2));
    clock = clock.addSecs(3600);
    QVERIFY(!*store.maybeBackup()); // not edited since
}

void TestBackupStore::openBacksUpOnceUntilChanged()
{
    const QString plan = freshPlan();
    const BackupStore store(plan);
    {
        QString error;
        auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY(db->backups());
        QCOMPARE(db->backupProblem(), QString());
    }
    QCOMPARE(store.list().size(), std::size_t(1));
    QCOMPARE(store.list().front().kind, BackupStore::Kind::Opened);
    {
        auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadWrite);
        QVERIFY(db);
    }
    QCOMPARE(store.list().size(), std::size_t(1)); // unchanged since: no second copy
    {
        auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadOnly);
        QVERIFY(db);
        QVERIFY(!db->backups()); // read-only opens never write anything
    }
    QTest::qWait(1100); // file times have a resolution of a second on some file systems
    TestSupport::rawExec(plan, {QStringLiteral("UPDATE track SET name_zh = name_zh || '!'")});
    {
        auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadWrite);
        QVERIFY(db);
    }
    QCOMPARE(store.list().size(), std::size_t(2));
}

void TestBackupStore::sessionBacksUpOnAWorkerThread()
{
    // The window's session opens at once and takes the backup on open on a worker thread.
    const QString plan = freshPlan();
    const BackupStore store(plan);
    PlanSession session;
    QSignalSpy finished(&session, &PlanSession::backupOnOpenFinished);
    QSignalSpy failed(&session, &PlanSession::backupFailed);
    VERIFY_OK(session.open(plan, PlanDatabase::Mode::ReadWrite));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toString(), QString());
    QCOMPARE(failed.count(), 0);
    const auto entries = store.list();
    QCOMPARE(int(entries.size()), 1);
    QCOMPARE(entries.front().kind, BackupStore::Kind::Opened);
    QCOMPARE(SqlitePlatform::checkFile(entries.front().path), QStringList());
    session.close();

    // A folder where the backups cannot go: the plan opens, the user is told why.
    const QString other = freshPlan();
    QFile blocker(BackupStore::defaultFolder(other));
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder would be
    blocker.close();
    VERIFY_OK(session.open(other, PlanDatabase::Mode::ReadWrite));
    QVERIFY(finished.wait(30000));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("No backup")));
    QVERIFY(session.isOpen());

    // Closing right after opening waits for the copy: no temporary file is left behind.
    const QString third = freshPlan();
    VERIFY_OK(session.open(third, PlanDatabase::Mode::ReadWrite));
    session.close();
    const QStringList left =
        QDir(BackupStore::defaultFolder(third)).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.endsWith(QLatin1String(".tmp")), qPrintable(name));
}

void TestBackupStore::killedBackupsTemporariesArePruned()
{
    // What a backup killed half way leaves: its temporary copy (and journal) in the folder.
    const QString plan = freshPlan();
    BackupStore store(plan);
    QVERIFY(QDir().mkpath(store.folder()));
    const QString base = QFileInfo(plan).completeBaseName();
    const auto make = [&](const QString &name, int ageSeconds) {
        return TestSupport::writeFile(QDir(store.folder()).filePath(name), "partial", ageSeconds);
    };
    const QString old = make(
        QStringLiteral(".%1-20260101T000000000Z-opened.cohortplan.0badc0de.tmp").arg(base), 7200);
    const QString oldJournal = make(
        QStringLiteral(".%1-20260101T000000000Z-opened.cohortplan.0badc0de.tmp-journal").arg(base),
        7200);
    const QString fresh = make(
        QStringLiteral(".%1-20260101T000000000Z-periodic.cohortplan.12345678.tmp").arg(base), 5);
    const QString otherPlans = make(
        QStringLiteral(".someone-else-20260101T000000000Z-opened.cohortplan.0badc0de.tmp"), 7200);
    QVERIFY(!old.isEmpty() && !oldJournal.isEmpty() && !fresh.isEmpty() && !otherPlans.isEmpty());
    QCOMPARE(store.backupNow(BackupStore::Kind::Manual).message(), QString());
    QVERIFY(!QFile::exists(old));
    QVERIFY(!QFile::exists(oldJournal));
    QVERIFY(QFile::exists(fresh));      // may be a backup being written right now
    QVERIFY(QFile::exists(otherPlans)); // not this plan's
}

void TestBackupStore::upgradeBackupIsKeptForAYear()
{
    const QString plan = freshPlan();
    QDateTime clock = localAt(2025, 1, 1);
    BackupStore store(plan, BackupStore::defaultFolder(plan), [&clock] { return clock; });
    QCOMPARE(store.backupNow(BackupStore::Kind::BeforeUpgrade).message(), QString());
    const auto hasUpgradeCopy = [&store] {
        const auto entries = store.list();
        return std::any_of(entries.begin(), entries.end(), [](const auto &e) {
            return e.kind == BackupStore::Kind::BeforeUpgrade;
        });
    };
    // However many backups follow within the year, the copy of the older format stays.
    for (int i = 0; i < 200; ++i) {
        clock = clock.addSecs(36 * 3600);
        QCOMPARE(store.backupNow(BackupStore::Kind::Periodic).message(), QString());
    }
    QVERIFY(hasUpgradeCopy());
    // After 12 months it goes, deleted from the disk.
    clock = localAt(2026, 1, 15);
    QCOMPARE(store.backupNow(BackupStore::Kind::Periodic).message(), QString());
    QVERIFY(!hasUpgradeCopy());
    QCOMPARE(QDir(store.folder()).entryList({QStringLiteral("*upgrade*")}, QDir::Files).size(), 0);
}

void TestBackupStore::restoreRoundTrips()
{
    const QString plan = freshPlan();
    QDateTime clock = localAt(2026, 5, 4, 10);
    BackupStore store(plan, BackupStore::defaultFolder(plan), [&clock] { return clock; });
    const QByteArray original = TestSupport::checksum(plan);
    const Result<BackupStore::Entry> backedUp = store.backupNow(BackupStore::Kind::Manual);
    QVERIFY2(backedUp, qPrintable(backedUp.message()));
    const BackupStore::Entry made = *backedUp;
    TestSupport::rawExec(plan, {QStringLiteral("DELETE FROM enrollment")});
    const QByteArray edited = TestSupport::checksum(plan);
    QVERIFY(edited != original);

    clock = clock.addSecs(60);
    const Result<QString> restored = store.restore(made, plan, QStringLiteral("before-restore"));
    QVERIFY2(restored, qPrintable(restored.message()));
    const QString aside = *restored;
    QVERIFY(aside.endsWith(QLatin1String("plan.before-restore-20260504-100100.cohortplan")));
    QCOMPARE(TestSupport::checksum(aside), edited);
    auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadOnly);
    QVERIFY(db);
    QVERIFY(Sql::scalar(db->database(), QStringLiteral("SELECT count(*) FROM enrollment")).toInt() >
            0);
    db.reset();
    QVERIFY(PlanDatabase::verify(plan).isEmpty());
    // No staged file is left beside the plan.
    QCOMPARE(QDir(QFileInfo(plan).absolutePath())
                 .entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden)
                 .size(),
             0);

    // A restore over a missing plan file (deleted) just puts the backup there.
    QVERIFY(QFile::remove(plan));
    QCOMPARE(store.restore(made, plan).message(), QString());
    QVERIFY(PlanDatabase::verify(plan).isEmpty());
}

void TestBackupStore::restoreRefusesADamagedBackup()
{
    const QString plan = freshPlan();
    BackupStore store(plan);
    const Result<BackupStore::Entry> backedUp = store.backupNow(BackupStore::Kind::Manual);
    QVERIFY2(backedUp, qPrintable(backedUp.message()));
    const BackupStore::Entry made = *backedUp;
    {
        QFile f(made.path);
        QVERIFY(f.resize(f.size() - 4096));
    }
    const QByteArray before = TestSupport::checksum(plan);
    const QString error = store.restore(made, plan).message();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("plan.cohortplan")), qPrintable(error));
    QCOMPARE(TestSupport::checksum(plan), before);
    QVERIFY(!store.newestGood(nullptr));
}

void TestBackupStore::restoreWhileLockedIsRefused()
{
    const QString plan = freshPlan();
    QString error;
    auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadWrite);
    QVERIFY(db);
    BackupStore store(plan);
    const auto entries = store.list();
    QVERIFY(!entries.empty());
    error = store.restore(entries.front(), plan).message();
    QVERIFY2(error.contains(QLatin1String("open for editing")), qPrintable(error));
}

void TestBackupStore::scenarioNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("words") << QStringLiteral("12,000 with 20 more AI instructors") << true;
    QTest::newRow("chinese") << QStringLiteral("一万二千人方案") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("slash") << QStringLiteral("A/B") << false;
    QTest::newRow("backslash") << QStringLiteral("A\\B") << false;
    QTest::newRow("colon") << QStringLiteral("Plan: B") << false;
    QTest::newRow("question") << QStringLiteral("Why?") << false;
    QTest::newRow("control") << QStringLiteral("a\tb") << false;
    QTest::newRow("trailing dot") << QStringLiteral("Plan B.") << false;
    QTest::newRow("leading space") << QStringLiteral(" Plan B") << false;
    QTest::newRow("device") << QStringLiteral("con") << false;
    QTest::newRow("device with suffix") << QStringLiteral("LPT1.txt") << false;
    QTest::newRow("too long") << QString(101, QLatin1Char('x')) << false;
}

void TestBackupStore::scenarioNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const Result<> checked = ScenarioStore::checkName(name);
    QCOMPARE(bool(checked), valid);
    if (!valid)
        QVERIFY(!checked.message().isEmpty());
}

void TestBackupStore::scenarioRoundTrip()
{
    const QString plan = freshPlan();
    const ScenarioStore store(plan);
    QCOMPARE(store.folder(),
             QFileInfo(plan).absoluteDir().filePath(QStringLiteral("plan.cohortplan-scenarios")));
    QVERIFY(store.list().empty());
    const QByteArray original = TestSupport::checksum(plan);

    // Create: a complete copy; the plan untouched.
    const QString name = QStringLiteral("12,000 with 20 more AI instructors");
    auto created = store.create(name);
    QVERIFY2(created, qPrintable(created.message()));
    QVERIFY(created->usable());
    QCOMPARE(TestSupport::checksum(plan), original);
    QCOMPARE(store.create(name).message().contains(QLatin1String("already")), true);
    const auto owner = ScenarioStore::ownerOf(created->path);
    QVERIFY(owner);
    QCOMPARE(owner->name, name);
    QCOMPARE(QFileInfo(owner->planPath).absoluteFilePath(), QFileInfo(plan).absoluteFilePath());
    QVERIFY(!ScenarioStore::ownerOf(plan));

    // Edit the scenario: a new fixed cost; the plan still untouched.
    {
        auto db = TestSupport::openPlan(created->path, PlanDatabase::Mode::ReadWrite);
        QVERIFY(db);
        PlanEditor editor;
        editor.setPlan(db.get());
        const PlanEdits edits(db->database());
        PlanEdit edit = edits.save(FixedCost{0, 2026, QStringLiteral("More instructors"), 777});
        QVERIFY(edit.ok());
        VERIFY_OK(editor.execute(edit.text, std::move(edit.changes)));
    }
    QCOMPARE(TestSupport::checksum(plan), original);

    // Rename, then promote: the plan is the scenario now, its backup the plan before.
    auto renamed = store.rename(name, QStringLiteral("Chosen"));
    QVERIFY2(renamed, qPrintable(renamed.message()));
    QCOMPARE(store.list().size(), std::size_t(1));
    QCOMPARE(store.list().front().name, QStringLiteral("Chosen"));
    const Result<QString> backup = store.promote(QStringLiteral("Chosen"));
    QVERIFY2(backup, qPrintable(backup.message()));
    {
        // The backup is the plan before: without the scenario's fixed cost.
        auto db = TestSupport::openPlan(*backup, PlanDatabase::Mode::ReadOnly);
        QVERIFY(db);
        for (const FixedCost &c : Repository<FixedCost>(db->database()).loadAll())
            QVERIFY(c.amount != 777);
    }
    {
        auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadOnly);
        QVERIFY(db);
        bool found = false;
        for (const FixedCost &c : Repository<FixedCost>(db->database()).loadAll())
            found = found || c.amount == 777;
        QVERIFY(found);
        const auto history = AuditLog(db->database()).newest(1);
        QCOMPARE(history.size(), std::size_t(1));
        QVERIFY(history.front().after.contains(QLatin1String("Chosen")));
    }
    // Delete: the file, its backups and its (now empty) folder go.
    VERIFY_OK(store.remove(QStringLiteral("Chosen")));
    QVERIFY(store.list().empty());
    QVERIFY(!QFileInfo::exists(store.folder()));
    QVERIFY(!store.remove(QStringLiteral("Chosen")));
}

void TestBackupStore::scenarioPromoteWhileLockedIsRefused()
{
    const QString plan = freshPlan();
    const ScenarioStore store(plan);
    auto created = store.create(QStringLiteral("B"));
    QVERIFY2(created, qPrintable(created.message()));
    const QByteArray original = TestSupport::checksum(plan);
    {
        // Another writer has the plan open: refused, nothing changed.
        auto db = TestSupport::openPlan(plan, PlanDatabase::Mode::ReadWrite);
        QVERIFY(db);
        const QString error = store.promote(QStringLiteral("B")).message();
        QVERIFY2(error.contains(QLatin1String("open for editing")), qPrintable(error));
    }
    QCOMPARE(TestSupport::checksum(plan), original);
    {
        // The scenario open for editing is refused too: its edits are not all in.
        auto db = TestSupport::openPlan(created->path, PlanDatabase::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY(!store.promote(QStringLiteral("B")));
        QVERIFY(!store.remove(QStringLiteral("B")));
        QVERIFY(!store.rename(QStringLiteral("B"), QStringLiteral("C")));
    }
    QCOMPARE(TestSupport::checksum(plan), original);
}

void TestBackupStore::damagedScenarioIsListedNotOpened()
{
    const QString plan = freshPlan();
    const ScenarioStore store(plan);
    QVERIFY(store.create(QStringLiteral("Good")));
    auto damaged = store.create(QStringLiteral("Damaged"));
    QVERIFY(damaged);
    {
        QFile file(damaged->path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.resize(file.size() / 3); // cut short, as a copy interrupted by a full disk
    }
    const QByteArray cut = TestSupport::checksum(damaged->path);
    const auto entries = store.list();
    QCOMPARE(entries.size(), std::size_t(2));
    QCOMPARE(entries[0].name, QStringLiteral("Damaged"));
    QVERIFY(!entries[0].usable());
    QVERIFY(!entries[0].problem.isEmpty());
    QVERIFY(entries[1].usable());
    const QByteArray original = TestSupport::checksum(plan);
    const QString error = store.promote(QStringLiteral("Damaged")).message();
    QVERIFY2(error.contains(QLatin1String("Damaged")), qPrintable(error));
    QCOMPARE(TestSupport::checksum(plan), original);
    QCOMPARE(TestSupport::checksum(damaged->path), cut); // never written
}

void TestBackupStore::scenarioComparison()
{
    const QString plan = freshPlan();
    const ScenarioStore store(plan);
    auto created = store.create(QStringLiteral("More"));
    QVERIFY2(created, qPrintable(created.message()));
    // In the scenario: one cohort of 2026 deleted, one moved a week, one restaffed, a
    // fixed cost added.
    QString removed, moved, restaffed;
    {
        auto db = TestSupport::openPlan(created->path, PlanDatabase::Mode::ReadWrite);
        QVERIFY(db);
        PlanEditor editor;
        editor.setPlan(db.get());
        const PlanQueries queries(db->database());
        const std::vector<CohortSnapshot> cohorts = queries.cohortSnapshots(2026);
        QVERIFY(cohorts.size() > 100);
        // Cohorts still to start (the demo is as of 28 November): late in the year.
        std::vector<Cohort> late;
        for (const Cohort &c : Repository<Cohort>(db->database()).loadAll())
            if ((c.status == CohortStatus::Planned || c.status == CohortStatus::Open) &&
                c.code.contains(QLatin1String("-2026-")))
                late.push_back(c);
        QVERIFY(late.size() >= 3);
        const PlanEdits edits(db->database());
        auto apply = [&](PlanEdit edit) {
            QVERIFY2(edit.ok(), edit.ok() ? "" : qPrintable(edit.problem->message));
            VERIFY_OK(editor.execute(edit.text, std::move(edit.changes)));
        };
        removed = late[0].code;
        apply(edits.removeCohorts({late[0].id}));
        // The first that can move a working day without a blocking conflict, and the next
        // one with instructors, unstaffed.
        std::size_t next = 1;
        for (; next < late.size() && moved.isEmpty(); ++next) {
            for (int days : {1, -1}) {
                PlanEdit move = edits.moveCohort(late[next].id, days);
                if (!move.ok())
                    continue;
                moved = late[next].code;
                apply(std::move(move));
                break;
            }
        }
        QVERIFY(!moved.isEmpty());
        for (; next < late.size() && restaffed.isEmpty(); ++next) {
            PlanEdit unassign;
            for (const CohortInstructor &ci :
                 Repository<CohortInstructor>(db->database()).loadAll())
                if (ci.cohortId == late[next].id)
                    unassign.changes.remove(ci);
            if (unassign.changes.isEmpty())
                continue;
            restaffed = late[next].code;
            VERIFY_OK(editor.execute(QStringLiteral("unstaff"), std::move(unassign.changes)));
        }
        QVERIFY(!restaffed.isEmpty());
        apply(edits.save(FixedCost{0, 2026, QStringLiteral("Twenty more instructors"), 1'000'000}));
    }
    const ScenarioComparison comparison = ScenarioComparison::compare(
        {{QStringLiteral("Plan"), plan}, {QStringLiteral("More"), created->path}}, 2026,
        QDate(2026, 11, 28));
    QCOMPARE(comparison.scenarios.size(), std::size_t(2));
    const ScenarioFigures &a = comparison.scenarios[0];
    const ScenarioFigures &b = comparison.scenarios[1];
    QVERIFY2(a.problem.isEmpty(), qPrintable(a.problem));
    QVERIFY2(b.problem.isEmpty(), qPrintable(b.problem));
    QCOMPARE(a.target, 10000);
    QVERIFY(a.reachable > 0 && a.trainedForecast > 0 && a.utilisation > 0 && a.cost > 0);
    QVERIFY(a.costPerCertificate);
    QVERIFY(b.cost > a.cost); // a million more, less one cohort
    QCOMPARE(comparison.diffs.size(), std::size_t(1));
    const ScenarioDiff &diff = comparison.diffs.front();
    QCOMPARE(diff.removed, 1);
    QCOMPARE(diff.added, 0);
    QCOMPARE(diff.moved, 1);
    QCOMPARE(diff.restaffed, 1);
    auto has = [&](ScenarioDiff::Kind kind, const QString &code) {
        return std::any_of(diff.lines.begin(), diff.lines.end(),
                           [&](const auto &l) { return l.kind == kind && l.cohort == code; });
    };
    QVERIFY(has(ScenarioDiff::Kind::Removed, removed));
    QVERIFY(has(ScenarioDiff::Kind::Moved, moved));
    QVERIFY(has(ScenarioDiff::Kind::Restaffed, restaffed));

    // The models Compare shows.
    ComparisonFiguresModel figures;
    QAbstractItemModelTester figuresTester(&figures,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    figures.setComparison(comparison);
    QCOMPARE(figures.columnCount(), 3);
    int costRow = -1;
    for (int r = 0; r < figures.rowCount(); ++r)
        if (figures.index(r, 0).data().toString() == QLatin1String("Cost, forecast at year end"))
            costRow = r;
    QVERIFY(costRow >= 0);
    QCOMPARE(figures.index(costRow, 2).data(ComparisonFiguresModel::BetterRole).toInt(), -1);
    QVERIFY(figures.index(costRow, 2)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("more than Plan")));
    ComparisonChangesModel changes;
    QAbstractItemModelTester changesTester(&changes,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    changes.setComparison(comparison);
    QCOMPARE(changes.rowCount(), int(diff.lines.size()));
    ScenarioListModel list;
    QAbstractItemModelTester listTester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setEntries(store.list());
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.rowOf(QStringLiteral("More")), 0);
}

void TestBackupStore::chineseNamesInTheCLocale()
{
    // A process whose locale is not UTF-8 (LANG unset, or a locale the system lacks) still
    // renames and replaces files with Chinese names: std::filesystem gets the file
    // system's bytes, never a conversion through the C library's locale (which threw).
    const std::string before = std::setlocale(LC_ALL, nullptr);
    std::setlocale(LC_ALL, "C");
    const QString plan = freshPlan();
    const ScenarioStore store(plan);
    auto created = store.create(QStringLiteral("一万二千人方案"));
    QVERIFY2(created, qPrintable(created.message()));
    auto renamed = store.rename(QStringLiteral("一万二千人方案"), QStringLiteral("增加二十名讲师"));
    QVERIFY2(renamed, qPrintable(renamed.message()));
    const Result<QString> promoted = store.promote(QStringLiteral("增加二十名讲师"));
    QVERIFY2(promoted, qPrintable(promoted.message()));
    std::setlocale(LC_ALL, before.c_str());
}

void TestBackupStore::checkedOnceUnlessChanged()
{
    const QString plan = freshPlan();
    QVERIFY(PlanDatabase::openCheckedReadOnly(plan)); // checked whole, remembered
    QVERIFY(PlanDatabase::openCheckedReadOnly(plan)); // unchanged: trusted
    // Its second page (a table's root) overwritten, the size and the header kept: the file
    // changed, so it is checked whole again and refused.
    {
        QFile file(plan);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        const QByteArray header = file.read(100);
        int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
        if (pageSize == 1)
            pageSize = 65536;
        QVERIFY(file.seek(pageSize));
        QCOMPARE(file.write(QByteArray(pageSize, '\x5a')), qint64(pageSize));
        file.close();
        QCOMPARE(QFileInfo(plan).size(), size);
    }
    const auto opened = PlanDatabase::openCheckedReadOnly(plan);
    QVERIFY(!opened);
    QVERIFY2(opened.problem().kind == PlanDatabase::Refusal::Damaged ||
                 opened.problem().kind == PlanDatabase::Refusal::Unsafe,
             qPrintable(opened.problem().message));
}

void TestBackupStore::listModel()
{
    const QString plan = freshPlan();
    QDateTime clock = localAt(2026, 7, 1, 9);
    BackupStore store(plan, BackupStore::defaultFolder(plan), [&clock] { return clock; });
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(store.backupNow(i == 0 ? BackupStore::Kind::Opened : BackupStore::Kind::Periodic)
                     .message(),
                 QString());
        clock = clock.addSecs(3600);
    }
    BackupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(BackupListModel::ColumnCount));
    QCOMPARE(model.backupTime(0), localAt(2026, 7, 1, 11));
    QCOMPARE(model.index(2, BackupListModel::Kind).data().toString(),
             BackupStore::kindName(BackupStore::Kind::Opened));
    QVERIFY(!model.index(0, BackupListModel::Size).data().toString().isEmpty());
    QString newest;
    QDateTime when;
    QVERIFY(BackupListModel::newestGood(plan, &newest, &when));
    QCOMPARE(newest, model.backupPath(0));
    QCOMPARE(when, model.backupTime(0));
}

QTEST_GUILESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"

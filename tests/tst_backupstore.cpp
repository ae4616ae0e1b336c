// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "items/backuplistmodel.h"
#include "items/plansession.h"
#include "store/backupstore.h"
#include "store/plandatabase.h"
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

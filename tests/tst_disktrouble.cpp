// SPDX-License-Identifier: GPL-3.0-or-later
// Disk trouble: a read-only folder, a full disk, the plan file deleted or replaced while
// open. Each gives a clear error, writes nothing it should not, never claims an edit was
// saved when it was not, and leaves the plan at its last good state.
#include "testsupport.h"

#include "commands/changeset.h"
#include "commands/planeditor.h"
#include "store/backupstore.h"
#include "store/osplatform.h"
#include "store/plandatabase.h"
#include "store/sqlutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Planner;

class TestDiskTrouble : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void readOnlyFolder();
    void diskFull();
    void fileDeletedWhileOpen();
    void fileReplacedWhileOpen();

private:
    // Mounts a tmpfs of sizeKiB at a new folder (root only, where mount works); returns
    // the folder or an empty string.
    QString mountTmpfs(int sizeKiB, bool readOnly = false);
    QTemporaryDir m_dir;
    QString m_demo;
    QStringList m_mounts;
};

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

int trackCount(PlanDatabase *plan)
{
    return Sql::scalar(plan->database(), QStringLiteral("SELECT count(*) FROM track")).toInt();
}

ChangeSet newTrack(const QString &name)
{
    Track track;
    track.name = name;
    track.nameZh = name;
    ChangeSet changes;
    changes.insert(track);
    return changes;
}

// Many trainees with long fields: an edit that needs far more than a few free pages.
ChangeSet bulkyEdit()
{
    ChangeSet changes;
    for (int i = 0; i < 200; ++i) {
        Trainee trainee;
        trainee.name = QStringLiteral("Disk Full %1").arg(i);
        trainee.employer = QString(2000, QLatin1Char('e'));
        changes.insert(trainee);
    }
    return changes;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

void TestDiskTrouble::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
}

void TestDiskTrouble::cleanup()
{
    for (const QString &mount : std::as_const(m_mounts))
        run(QStringLiteral("umount"), {QStringLiteral("-l"), mount});
    m_mounts.clear();
}

QString TestDiskTrouble::mountTmpfs(int sizeKiB, bool readOnly)
{
    if (!OsPlatform::isSuperuser())
        return {};
    static int n = 0;
    const QString folder = m_dir.filePath(QStringLiteral("mnt-%1").arg(++n));
    QDir().mkpath(folder);
    QString options = QStringLiteral("size=%1k").arg(sizeKiB);
    if (readOnly)
        options += QStringLiteral(",ro");
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
              QStringLiteral("tmpfs"), folder}))
        return {};
    m_mounts << folder;
    return folder;
}

void TestDiskTrouble::readOnlyFolder()
{
    // As root, permissions do not stop writes: a read-only mount does. Otherwise a folder
    // without write permission.
    QString folder;
    if (OsPlatform::isSuperuser()) {
        folder = mountTmpfs(int(2 * QFileInfo(m_demo).size() / 1024) + 512, true);
        if (folder.isEmpty())
            QSKIP("running as root, and mount does not work here: no read-only folder to test");
    } else {
        folder = m_dir.filePath(QStringLiteral("read-only"));
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    const QString target = QDir(folder).filePath(QStringLiteral("new.cohortplan"));

    // New plan.
    const QString createError = PlanDatabase::create(target).message();
    QVERIFY2(createError.contains(QDir::toNativeSeparators(target)), qPrintable(createError));
    QVERIFY(createError.startsWith(QLatin1String("Cannot create")));
    QCOMPARE(entries(folder), QStringList());

    // Save As.
    const QString source = m_dir.filePath(QStringLiteral("source.cohortplan"));
    TestSupport::copyPlan(m_demo, source);
    QString error;
    auto plan = TestSupport::openPlan(source, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    const QString saveError = plan->saveCopyAs(target).message();
    QVERIFY2(saveError.contains(QDir::toNativeSeparators(target)), qPrintable(saveError));
    QVERIFY(saveError.startsWith(QLatin1String("Cannot save a copy")));
    QCOMPARE(entries(folder), QStringList());
    plan.reset();

    // A plan in a read-only folder opens read-only only: no lock can be taken there.
    if (!OsPlatform::isSuperuser())
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    else
        QVERIFY(run(QStringLiteral("mount"),
                    {QStringLiteral("-o"), QStringLiteral("remount,rw"), folder}));
    TestSupport::copyPlan(m_demo, target);
    if (!OsPlatform::isSuperuser())
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    else
        QVERIFY(run(QStringLiteral("mount"),
                    {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}));
    const QByteArray before = TestSupport::checksum(target);
    error.clear();
    const auto writer = PlanDatabase::open(target, PlanDatabase::Mode::ReadWrite);
    QVERIFY(!writer);
    QVERIFY2(writer.message().contains(QLatin1String("read-only")), qPrintable(writer.message()));
    auto readOnly = TestSupport::openPlan(target, PlanDatabase::Mode::ReadOnly);
    QVERIFY(readOnly);
    readOnly.reset();
    QCOMPARE(TestSupport::checksum(target), before);
    QCOMPARE(entries(folder), QStringList{QStringLiteral("new.cohortplan")});
    if (!OsPlatform::isSuperuser())
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
}

void TestDiskTrouble::diskFull()
{
    const qint64 planSize = QFileInfo(m_demo).size();
    // Room for the plan and its backup on open, and a little more.
    const int sizeKiB = int((2 * planSize) / 1024) + 512;
    const QString folder = mountTmpfs(sizeKiB);
    if (folder.isEmpty())
        QSKIP("needs root and a working mount for a small tmpfs");
    const QString path = QDir(folder).filePath(QStringLiteral("plan.cohortplan"));
    TestSupport::copyPlan(m_demo, path);

    PlanEditor editor;
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    QCOMPARE(plan->backupProblem(), QString());
    editor.setPlan(plan.get());
    QCOMPARE(
        editor
            .execute(QStringLiteral("a track"), newTrack(QStringLiteral("Before the disk filled")))
            .message(),
        QString());
    const int tracks = trackCount(plan.get());

    // Fill the disk to its last few KiB.
    {
        QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    QVERIFY(QStorageInfo(folder).bytesFree() < 64 * 1024);

    const int steps = editor.undoStack()->count();
    const QString full = editor.execute(QStringLiteral("bulk"), bulkyEdit()).message();
    QVERIFY2(!full.isEmpty(), "an edit on a full disk reported success");
    QVERIFY2(full.contains(QLatin1String("Nothing was changed")), qPrintable(full));
    QCOMPARE(editor.undoStack()->count(), steps); // no undo step for an edit that is not there
    QCOMPARE(trackCount(plan.get()), tracks);

    // A periodic backup on a full disk fails cleanly: no half backup, no temporary file.
    const auto backupsBefore = plan->backups()->list();
    plan->backups()->noteEdited();
    const QString backupError = plan->backups()->backupNow(BackupStore::Kind::Periodic).message();
    QVERIFY2(!backupError.isEmpty(), "a backup on a full disk reported success");
    QCOMPARE(plan->backups()->list().size(), backupsBefore.size());
    QCOMPARE(QDir(plan->backups()->folder())
                 .entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden),
             QStringList());

    // Room again: the plan is at its last good state, sound, and takes edits.
    QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("filler"))));
    QCOMPARE(editor.execute(QStringLiteral("a track"), newTrack(QStringLiteral("After"))).message(),
             QString());
    QCOMPARE(trackCount(plan.get()), tracks + 1);
    editor.setPlan(nullptr);
    plan.reset();
    QVERIFY(PlanDatabase::verify(path).isEmpty());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
}

void TestDiskTrouble::fileDeletedWhileOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("deleted.cohortplan"));
    TestSupport::copyPlan(m_demo, path);
    PlanEditor editor;
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    editor.setPlan(plan.get());
    QCOMPARE(editor.execute(QStringLiteral("a track"), newTrack(QStringLiteral("Kept"))).message(),
             QString());
    VERIFY_OK(plan->checkFile());

    QVERIFY(QFile::remove(path));
    const int steps = editor.undoStack()->count();
    const QString lost =
        editor.execute(QStringLiteral("a track"), newTrack(QStringLiteral("Lost"))).message();
    QVERIFY2(lost.contains(QLatin1String("deleted or moved")), qPrintable(lost));
    QVERIFY2(lost.contains(QDir::toNativeSeparators(path)), qPrintable(lost));
    QCOMPARE(editor.undoStack()->count(), steps);
    QVERIFY(!QFileInfo::exists(path));
    // Undo is refused the same way, and says so.
    editor.undoStack()->undo();
    // What is open can still be saved elsewhere.
    const QString rescue = m_dir.filePath(QStringLiteral("rescued.cohortplan"));
    VERIFY_OK(plan->saveCopyAs(rescue));
    editor.setPlan(nullptr);
    plan.reset();
    auto rescued = TestSupport::openPlan(rescue, PlanDatabase::Mode::ReadOnly);
    QVERIFY(rescued);
    QCOMPARE(Sql::scalar(rescued->database(),
                         QStringLiteral("SELECT count(*) FROM track WHERE name = 'Kept'"))
                 .toInt(),
             1);
    QCOMPARE(Sql::scalar(rescued->database(),
                         QStringLiteral("SELECT count(*) FROM track WHERE name = 'Lost'"))
                 .toInt(),
             0);
}

void TestDiskTrouble::fileReplacedWhileOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("replaced.cohortplan"));
    TestSupport::copyPlan(m_demo, path);
    PlanEditor editor;
    auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(plan);
    editor.setPlan(plan.get());
    // A sync client or another program puts a new file in its place.
    const QString other = m_dir.filePath(QStringLiteral("other.cohortplan"));
    TestSupport::copyPlan(m_demo, other);
    QVERIFY(QFile::rename(path, path + QStringLiteral(".old")));
    QVERIFY(QFile::rename(other, path));
    const QByteArray before = TestSupport::checksum(path);
    const QString refused =
        editor.execute(QStringLiteral("a track"), newTrack(QStringLiteral("Nowhere"))).message();
    QVERIFY2(refused.contains(QLatin1String("replaced or moved")), qPrintable(refused));
    QCOMPARE(TestSupport::checksum(path), before);
}

QTEST_GUILESS_MAIN(TestDiskTrouble)
#include "tst_disktrouble.moc"

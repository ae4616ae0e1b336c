// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandatabase.h"

#include "osplatform.h"

#include "auditlog.h"
#include "backupstore.h"
#include "schema.h"
#include "serverstore.h"
#include "sqliteplatform.h"
#include "sqlutil.h"
#include "storeerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::PlanDatabase)
};

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cohortplan-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Opens a connection named name on path with our hardening.
Result<> openConnection(const QString &name, const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(SqlitePlatform::connectOptions(readOnly));
    if (!db.open())
        return Problem::of(db.lastError().text());
    return SqlitePlatform::harden(db);
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int targetVersion(const std::vector<Schema::Migration> &steps)
{
    return steps.empty() ? 0 : steps.back().from + 1;
}

// What is wrong with the schema objects of a file at the given version.
QStringList schemaProblems(const QSqlDatabase &db, int version)
{
    QStringList problems;
    std::vector<Schema::Object> found;
    for (const auto &o : SqlitePlatform::schemaObjects(db)) {
        if (o.type == QLatin1String("trigger"))
            problems
                << Tr::tr("it contains a trigger (%1), which plan files never have").arg(o.name);
        else if (o.type == QLatin1String("view"))
            problems << Tr::tr("it contains a view (%1), which plan files never have").arg(o.name);
        else if (o.sql.contains(QLatin1String("VIRTUAL TABLE"), Qt::CaseInsensitive))
            problems << Tr::tr("it contains a virtual table (%1), which plan files never have")
                            .arg(o.name);
        else if (!o.name.startsWith(QLatin1String("sqlite_")))
            found.push_back({o.type, o.name, o.sql});
    }
    if (!problems.isEmpty() || version != Schema::CurrentVersion)
        return problems;
    std::sort(found.begin(), found.end());
    const auto &expected = Schema::expectedObjects();
    for (const auto &o : expected) {
        const auto it = std::find_if(found.begin(), found.end(),
                                     [&](const auto &f) { return f.name == o.name; });
        if (it == found.end())
            problems << Tr::tr("the %1 %2 is missing").arg(o.type, o.name);
        else if (*it != o)
            problems << Tr::tr("the %1 %2 has been altered").arg(o.type, o.name);
    }
    for (const auto &f : found) {
        if (std::none_of(expected.begin(), expected.end(),
                         [&](const auto &o) { return o.name == f.name; }))
            problems << Tr::tr("it contains an unknown %1 %2").arg(f.type, f.name);
    }
    return problems;
}

QString lockPath(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock");
}

// A lock file that says nothing (empty or cut short: its process was killed between
// creating and writing it) and that no process holds. QLockFile cannot tell whose it is,
// so it would keep the plan locked for good. Found by the crash harness.
bool isAbandonedLock(const QString &lockFile)
{
    QLockFile probe(lockFile);
    qint64 pid = 0;
    QString host;
    QString application;
    if (probe.getLockInfo(&pid, &host, &application) || !QFileInfo::exists(lockFile))
        return false; // readable: QLockFile judges it by its process
    return OsPlatform::isLockFileFree(lockFile);
}

void runMigrations(QSqlDatabase &db, const std::vector<Schema::Migration> &steps, int fromVersion)
{
    Transaction transaction(db);
    for (const auto &step : steps) {
        if (step.from < fromVersion)
            continue;
        step.apply(db);
        SqlitePlatform::setUserVersion(db, step.from + 1);
    }
    SqlitePlatform::setApplicationId(db, Schema::ApplicationId);
    AuditEntry entry;
    entry.action = AuditAction::Migrate;
    entry.after =
        QStringLiteral("{\"from\":%1,\"to\":%2}").arg(fromVersion).arg(targetVersion(steps));
    AuditLog(db).record(entry);
    transaction.commit();
}

} // namespace

PlanDatabase::PlanDatabase(QString path, Mode mode, QString connectionName)
    : m_path(std::move(path)), m_mode(mode), m_connectionName(std::move(connectionName))
{}

PlanDatabase::~PlanDatabase()
{
    closeConnection(m_connectionName);
}

QSqlDatabase PlanDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

PlanDatabase::Opened PlanDatabase::open(const QString &path, Mode mode, OpenBackup backup)
{
    return open(path, mode, Schema::migrations(), backup);
}

PlanDatabase::Opened PlanDatabase::open(const QString &path, Mode mode,
                                        const std::vector<Schema::Migration> &steps)
{
    return open(path, mode, steps, OpenBackup::Now);
}

PlanDatabase::Opened PlanDatabase::openCheckedReadOnly(const QString &path)
{
    return open(path, Mode::ReadOnly, Schema::migrations(), OpenBackup::Later,
                Checks::UnlessUnchanged);
}

namespace {

// The files that passed every check in this process, as they were then.
struct CheckedFile
{
    qint64 size = 0;
    std::filesystem::file_time_type modified;
    quint32 changeCounter = 0;
    bool operator==(const CheckedFile &) const = default;
};

std::optional<CheckedFile> checkedFileOf(const QString &path, quint32 changeCounter)
{
    std::error_code ec;
    const std::filesystem::path file = OsPlatform::fileSystemPath(path);
    const auto modified = std::filesystem::last_write_time(file, ec);
    if (ec)
        return std::nullopt;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return std::nullopt;
    return CheckedFile{qint64(size), modified, changeCounter};
}

QMutex checkedMutex;
std::map<QString, CheckedFile> &checkedFiles()
{
    static std::map<QString, CheckedFile> files;
    return files;
}

} // namespace

PlanDatabase::Opened PlanDatabase::open(const QString &path, Mode mode,
                                        const std::vector<Schema::Migration> &steps,
                                        OpenBackup backup, Checks checks)
{
    Refusal kind = Refusal::Failed;
    auto refuse = [&](const QString &reason) {
        Refused refused;
        refused.message = Tr::tr("Cannot open “%1”: %2.").arg(nativePath(path), reason);
        refused.kind = kind;
        return refused;
    };
    const QFileInfo info(path);
    kind = Refusal::Missing;
    if (!info.exists())
        return refuse(Tr::tr("the file does not exist"));
    kind = Refusal::NotAPlan;
    if (info.isDir())
        return refuse(Tr::tr("it is a folder, not a plan file"));
    // One writer per plan: held while the plan is open for editing.
    std::unique_ptr<QLockFile> lock;
    // Takes the lock, or says why it cannot.
    auto takeLock = [&]() -> std::optional<Refused> {
        lock = std::make_unique<QLockFile>(lockPath(path));
        // Only a dead holder makes a lock stale, never its age: plans stay open for days.
        lock->setStaleLockTime(0);
        if (lock->tryLock(0))
            return std::nullopt;
        if (lock->error() == QLockFile::LockFailedError && isAbandonedLock(lockPath(path)) &&
            QFile::remove(lockPath(path)) && lock->tryLock(0))
            return std::nullopt;
        kind = Refusal::Locked;
        const bool held = lock->error() == QLockFile::LockFailedError;
        lock.reset();
        if (held)
            return refuse(Tr::tr("it is open for editing in another Cohort Planner (%1); open "
                                 "it read-only to look at it")
                              .arg(lockHolder(path)));
        return refuse(Tr::tr("its lock file “%1” cannot be created (the folder may be "
                             "read-only); open it read-only to look at it")
                          .arg(QDir::toNativeSeparators(lockPath(path))));
    };
    // A journal beside the plan with nobody editing it: a Cohort Planner stopped (crashed,
    // was killed, lost power) in the middle of a change. Its page images undo that
    // change; SQLite plays them back on the first read by a writer, but the read-only
    // checks below cannot, and would take the plan for damaged. So the writer about to
    // open it plays the journal back first, holding the lock; a read-only opener says
    // what to do. (While another instance edits the plan, its journal is its own: not
    // ours to touch, and the lock below says who holds the plan.)
    if (SqlitePlatform::hasJournal(path) && lockHolder(path).isEmpty()) {
        kind = Refusal::Failed;
        if (mode == Mode::ReadOnly)
            return refuse(
                Tr::tr("a Cohort Planner stopped in the middle of a change to it, and the "
                       "change must be undone first; open it for editing once (nothing "
                       "that was saved is lost)"));
        if (auto refused = takeLock())
            return *refused;
        if (const Result<> undone = SqlitePlatform::rollBackJournal(path); !undone)
            return refuse(Tr::tr("the change a stopped Cohort Planner left half done cannot be "
                                 "undone: %1")
                              .arg(undone.message()));
    }
    const auto header = SqlitePlatform::readHeader(path);
    if (!header.problem.isEmpty()) {
        kind = header.damaged      ? Refusal::Damaged
               : header.unreadable ? Refusal::Unreadable
                                   : Refusal::NotAPlan;
        return refuse(header.problem);
    }
    if (header.applicationId == 0)
        return refuse(Tr::tr("it is a SQLite database, but not a Cohort Planner plan"));
    if (header.applicationId != Schema::ApplicationId)
        return refuse(Tr::tr("it is a SQLite database of another application (application id "
                             "0x%1), not a Cohort Planner plan")
                          .arg(quint32(header.applicationId), 8, 16, QLatin1Char('0')));
    const int latest = targetVersion(steps);
    kind = Refusal::Newer;
    if (header.userVersion > latest || header.userVersion < 0)
        return refuse(
            Tr::tr("it was written by a newer version of Cohort Planner (plan format %1; "
                   "this version reads formats up to %2). Update Cohort Planner to open it")
                .arg(header.userVersion)
                .arg(latest));

    // Check through a read-only connection first: nothing is written to a file until it
    // has passed every check (or, asked so, passed them in this process and is unchanged).
    const std::optional<CheckedFile> asItIs =
        checks == Checks::UnlessUnchanged
            ? checkedFileOf(info.absoluteFilePath(), quint32(header.changeCounter))
            : std::nullopt;
    bool checkedBefore = false;
    if (asItIs) {
        const QMutexLocker locker(&checkedMutex);
        const auto found = checkedFiles().find(info.absoluteFilePath());
        checkedBefore = found != checkedFiles().end() && found->second == *asItIs;
    }
    if (!checkedBefore) {
        const QString name = newConnectionName();
        const QString problem = openConnection(name, path, true).message();
        QStringList problems;
        kind = Refusal::Damaged;
        if (problem.isEmpty()) {
            try {
                const QSqlDatabase db = QSqlDatabase::database(name, false);
                problems = SqlitePlatform::checkIntegrity(db);
                if (problems.isEmpty()) {
                    kind = Refusal::Unsafe;
                    problems = schemaProblems(db, header.userVersion);
                }
                if (problems.isEmpty()) {
                    // quick_check neither follows references nor weighs values.
                    kind = Refusal::Damaged;
                    problems = SqlitePlatform::checkForeignKeys(db);
                }
                if (problems.isEmpty()) {
                    kind = Refusal::Unsafe;
                    const qint64 largest = SqlitePlatform::largestPayload(db);
                    if (largest > SqlitePlatform::maxValueBytes())
                        problems << Tr::tr("it holds a record of %1 MiB, more than the %2 MiB a "
                                           "plan may hold in one record")
                                        .arg(largest / (1024 * 1024))
                                        .arg(SqlitePlatform::maxValueBytes() / (1024 * 1024));
                }
            } catch (const StoreError &e) {
                kind = Refusal::Damaged;
                problems << e.message();
            }
        }
        closeConnection(name);
        if (!problem.isEmpty())
            return refuse(problem);
        if (!problems.isEmpty()) {
            QString reason = problems.first();
            if (problems.size() > 1)
                reason += Tr::tr(" (and %1 more problems)").arg(problems.size() - 1);
            return refuse(Tr::tr("it failed its checks: %1").arg(reason));
        }
        if (const auto checked = checkedFileOf(info.absoluteFilePath(), header.changeCounter)) {
            const QMutexLocker locker(&checkedMutex);
            checkedFiles()[info.absoluteFilePath()] = *checked;
        }
    }
    kind = Refusal::Failed;
    if (mode == Mode::ReadOnly && header.userVersion < latest)
        return refuse(Tr::tr("it is in an older plan format (%1) that must be upgraded; open it "
                             "for editing to upgrade it")
                          .arg(header.userVersion));

    if (mode == Mode::ReadWrite && !lock)
        if (auto refused = takeLock())
            return *refused;
    // The writer tidies what a killed Save As or New Plan to this name left beside it.
    if (mode == Mode::ReadWrite)
        SqlitePlatform::removeStaleTemporaries(info.absolutePath(),
                                               SqlitePlatform::temporaryPrefix(path));
    const QString name = newConnectionName();
    if (const Result<> connected = openConnection(name, path, mode == Mode::ReadOnly); !connected) {
        closeConnection(name);
        return refuse(connected.message());
    }
    kind = Refusal::Failed;
    std::unique_ptr<PlanDatabase> plan(new PlanDatabase(info.absoluteFilePath(), mode, name));
    plan->m_lock = std::move(lock);
    if (mode == Mode::ReadWrite)
        plan->m_backups = std::make_unique<BackupStore>(plan->m_path);
    if (header.userVersion < latest) {
        QSqlDatabase db = plan->database();
        // The backup on open doubles as the copy of the older format, which the rotation
        // never prunes.
        const Result<BackupStore::Entry> made =
            plan->m_backups->backupNow(BackupStore::Kind::BeforeUpgrade, true);
        if (!made)
            return refuse(Tr::tr("the backup copy taken before upgrading it could not be written "
                                 "(%1); the file was left as it was")
                              .arg(made.message()));
        plan->m_backupPath = made->path;
        try {
            runMigrations(db, steps, header.userVersion);
        } catch (const StoreError &e) {
            return refuse(Tr::tr("upgrading it from plan format %1 failed (%2); the file was left "
                                 "as it was, and a backup copy is at “%3”")
                              .arg(header.userVersion)
                              .arg(e.message(), nativePath(plan->m_backupPath)));
        }
        plan->m_migratedFrom = header.userVersion;
    } else if (plan->m_backups && backup == OpenBackup::Later) {
        plan->m_backupOnOpenDue = true;
    } else if (plan->m_backups) {
        // A plan that cannot be backed up still opens: the user is told (backupProblem()).
        plan->m_backupProblem = plan->m_backups->backupOnOpen(true).message();
    }
    return plan;
}

Result<> PlanDatabase::create(const QString &path, const std::function<void(QSqlDatabase &)> &fill)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.exists())
        return Problem::of(
            Tr::tr("Cannot create “%1”: the folder “%2” does not exist")
                .arg(nativePath(path), QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!folder.isDir())
        return Problem::of(
            Tr::tr("Cannot create “%1”: “%2” is not a folder")
                .arg(nativePath(path), QDir::toNativeSeparators(folder.absoluteFilePath())));
    // Never replace a plan someone is editing.
    if (const QString holder = lockHolder(path); !holder.isEmpty())
        return Problem::of(
            Tr::tr("Cannot create “%1”: a plan of that name is open for editing in another "
                   "Cohort Planner (%2)")
                .arg(nativePath(path), holder));
    SqlitePlatform::removeStaleTemporaries(QFileInfo(path).absolutePath(),
                                           SqlitePlatform::temporaryPrefix(path));
    const QString temporary = SqlitePlatform::temporarySibling(path);
    const QString name = newConnectionName();
    QString problem = openConnection(name, temporary, false).message();
    if (problem.isEmpty()) {
        try {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            // The temporary file is not the plan until it is renamed into place, so a
            // rollback journal in memory is enough and saves writing one to disk.
            SqlitePlatform::setJournalInMemory(db, true);
            Transaction transaction(db);
            for (const auto &step : Schema::migrations())
                step.apply(db);
            SqlitePlatform::setUserVersion(db, Schema::CurrentVersion);
            SqlitePlatform::setApplicationId(db, Schema::ApplicationId);
            QSqlQuery meta =
                Sql::prepare(db, QStringLiteral("INSERT INTO plan_meta(key, value) VALUES (?, ?)"));
            meta.addBindValue(QStringLiteral("created_at"));
            meta.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            Sql::exec(meta);
            meta.addBindValue(QStringLiteral("created_by"));
            meta.addBindValue(
                QStringLiteral("Cohort Planner %1").arg(QCoreApplication::applicationVersion()));
            Sql::exec(meta);
            if (fill)
                fill(db);
            transaction.commit();
            SqlitePlatform::setJournalInMemory(db, false);
        } catch (const StoreError &e) {
            problem = e.message();
        }
    }
    closeConnection(name);
    if (problem.isEmpty()) {
        const QStringList problems = SqlitePlatform::checkFile(temporary);
        if (!problems.isEmpty())
            problem = problems.first();
    }
    if (problem.isEmpty())
        problem = SqlitePlatform::replaceFile(temporary, path).message();
    if (!problem.isEmpty()) {
        QFile::remove(temporary);
        return Problem::of(Tr::tr("Cannot create “%1”: %2").arg(nativePath(path), problem));
    }
    return {};
}

QString PlanDatabase::lockHolder(const QString &path)
{
    QLockFile probe(lockPath(path));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return {};
    }
    // Only a lock held by another process is a holder: a lock file that cannot be made
    // (a missing or read-only folder) says nothing of other writers.
    if (probe.error() != QLockFile::LockFailedError)
        return {};
    qint64 pid = 0;
    QString host;
    QString application;
    if (!probe.getLockInfo(&pid, &host, &application))
        return isAbandonedLock(lockPath(path)) ? QString() : Tr::tr("someone else");
    return Tr::tr("process %1 on %2").arg(pid).arg(host);
}

QStringList PlanDatabase::verify(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {Tr::tr("the file does not exist")};
    if (info.isDir())
        return {Tr::tr("it is a folder, not a plan file")};
    const auto header = SqlitePlatform::readHeader(path);
    if (!header.problem.isEmpty())
        return {header.problem};
    QStringList problems;
    if (header.applicationId != Schema::ApplicationId)
        problems << Tr::tr("application id is 0x%1, not Cohort Planner's 0x%2")
                        .arg(quint32(header.applicationId), 8, 16, QLatin1Char('0'))
                        .arg(quint32(Schema::ApplicationId), 8, 16, QLatin1Char('0'));
    if (header.userVersion != Schema::CurrentVersion)
        problems << Tr::tr("plan format is %1, this version writes %2")
                        .arg(header.userVersion)
                        .arg(Schema::CurrentVersion);
    const QString name = newConnectionName();
    if (const Result<> connected = openConnection(name, path, true); !connected) {
        problems << connected.message();
    } else {
        try {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            problems << SqlitePlatform::checkIntegrity(db, true);
            problems << SqlitePlatform::checkForeignKeys(db);
            problems << schemaProblems(db, header.userVersion);
            if (const qint64 largest = SqlitePlatform::largestPayload(db);
                largest > SqlitePlatform::maxValueBytes())
                problems << Tr::tr("it holds a record of %1 MiB, more than the %2 MiB a plan may "
                                   "hold in one record")
                                .arg(largest / (1024 * 1024))
                                .arg(SqlitePlatform::maxValueBytes() / (1024 * 1024));
        } catch (const StoreError &e) {
            problems << e.message();
        }
    }
    closeConnection(name);
    return problems;
}

Result<> PlanDatabase::saveCopyAs(const QString &target) const
{
    if (QFileInfo(target).absoluteFilePath() == m_path)
        return Problem::of(Tr::tr("a plan cannot be saved over itself"));
    if (const QString holder = lockHolder(target); !holder.isEmpty())
        return Problem::of(Tr::tr("Cannot save a copy to “%1”: that plan is open for editing in "
                                  "another Cohort Planner (%2)")
                               .arg(nativePath(target), holder));
    // What an earlier Save As to the same name, killed half way, left beside it.
    SqlitePlatform::removeStaleTemporaries(QFileInfo(target).absolutePath(),
                                           SqlitePlatform::temporaryPrefix(target));
    if (const Result<> copied = SqlitePlatform::backupTo(database(), target); !copied)
        return Problem::of(
            Tr::tr("Cannot save a copy to “%1”: %2").arg(nativePath(target), copied.message()));
    return {};
}

Result<> PlanDatabase::checkFile() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return Problem::of(Tr::tr("The plan file “%1” was deleted or moved while it was open")
                               .arg(nativePath(m_path)));
    if (SqlitePlatform::fileHasMoved(database()))
        return Problem::of(Tr::tr("The plan file “%1” was replaced or moved while it was open")
                               .arg(nativePath(m_path)));
    return {};
}

PlanDatabase::ThreadConnection::ThreadConnection(const QString &path, bool readOnly)
    : m_name(newConnectionName())
{
    if (ServerAddress::isServerUrl(path)) {
        const Result<ServerAddress> address = ServerAddress::parse(path);
        if (!address) {
            m_status = address.problem();
            return;
        }
        auto opened = ServerPlan::open(*address, readOnly ? ServerPlan::Mode::ReadOnly
                                                          : ServerPlan::Mode::ReadWrite);
        if (!opened) {
            m_status = opened.problem();
            return;
        }
        m_server = std::move(*opened);
        return;
    }
    m_status = openConnection(m_name, path, readOnly);
}

PlanDatabase::ThreadConnection::~ThreadConnection()
{
    if (m_server)
        m_server.reset();
    else
        closeConnection(m_name);
}

QSqlDatabase PlanDatabase::ThreadConnection::database() const
{
    return m_server ? m_server->database() : QSqlDatabase::database(m_name, false);
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction())
        throw StoreError(
            Tr::tr("A transaction could not be started: %1").arg(m_db.lastError().text()));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        throw StoreError(
            (m_db.driver()->dbmsType() == QSqlDriver::PostgreSQL
                 ? Tr::tr("The changes could not be written to the plan on the server: %1")
                 : Tr::tr("The changes could not be written to the plan file: %1"))
                .arg(m_db.lastError().databaseText().isEmpty()
                         ? m_db.lastError().text()
                         : m_db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0)));
    m_open = false;
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editableplan.h"
#include "schema.h"

#include "domain/result.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Planner {

class BackupStore;
class ServerPlan;

// An open plan file. Opening for editing takes a lock beside it (NAME.cohortplan.lock,
// QLockFile: a crashed holder's lock is recovered by its PID), so that two instances, or
// two people on a shared folder, never write one plan at once. Opening checks the file before
// anything trusts it: that it is a whole SQLite database, that it is a Cohort Planner plan of a
// version this build knows, that SQLite's quick_check passes and that the schema holds exactly our
// tables and indexes (no triggers, views or virtual tables). A refused file is never written to.
// Older files are upgraded in one transaction after a backup copy is taken.
class PlanDatabase final : public EditablePlan
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Why open() refused a file. Damaged: it was a plan but is no longer whole (truncated,
    // failing quick_check, unreadable pages): the case where a backup helps. NotAPlan: it
    // never was one (a folder, a text file, another application's database).
    enum class Refusal {
        None,
        Missing,
        NotAPlan,
        Newer,
        Damaged,
        Unsafe,
        Locked,
        Unreadable,
        Failed
    };

    ~PlanDatabase() override;
    PlanDatabase(const PlanDatabase &) = delete;
    PlanDatabase &operator=(const PlanDatabase &) = delete;

    // Why open() refused a file: the sentence that names the file and the reason, and its kind.
    struct Refused : Problem
    {
        Refusal kind = Refusal::Failed;
    };
    using Opened = Result<std::unique_ptr<PlanDatabase>, Refused>;

    // Opens the plan at path, or says why not.
    // When the backup on open is taken: during open(), or later by the caller (PlanSession
    // takes it on a worker thread, so that the window does not wait for it; see
    // backupOnOpenDue()). A plan that needs a format upgrade is always backed up first.
    enum class OpenBackup { Now, Later };
    static Opened open(const QString &path, Mode mode, OpenBackup backup = OpenBackup::Now);
    // Read-only, for readers that open the same files again and again (the scenarios of a
    // plan, listed, then compared): a file that passed every check in this process and is
    // unchanged since (the same size, modification time to the nanosecond and SQLite change
    // counter, which every committed write raises) is not scanned again. Every other open
    // checks the whole file.
    static Opened openCheckedReadOnly(const QString &path);
    // The same with other migration steps: for tests of the migration runner.
    static Opened open(const QString &path, Mode mode, const std::vector<Schema::Migration> &steps);

    // Creates a new plan at path (replacing any file there only once the new one is
    // complete): the schema, then fill() inside the same transaction. The file appears
    // whole or not at all.
    static Result<> create(const QString &path,
                           const std::function<void(QSqlDatabase &)> &fill = {});

    // Who has the plan open for editing ("process 1234 on host"), or an empty string when
    // nobody does. A lock left by a crashed process does not count.
    static QString lockHolder(const QString &path);

    // The problems a full check finds: integrity, foreign keys, application id, schema
    // version and schema objects. Empty means the file is sound. Never writes.
    static QStringList verify(const QString &path);

    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }
    QSqlDatabase database() const override;
    bool isReadOnly() const override { return m_mode == Mode::ReadOnly; }
    // The schema version the file had before this open upgraded it, if it did.
    int migratedFrom() const { return m_migratedFrom; }
    // The backup taken before upgrading (empty when there was no upgrade).
    QString backupPath() const { return m_backupPath; }
    // The plan's automatic backups; nullptr when open read-only.
    BackupStore *backups() const override { return m_backups.get(); }
    // Why the backup on open could not be made (the plan opened anyway), or empty.
    QString backupProblem() const { return m_backupProblem; }
    // Opened with OpenBackup::Later for editing: the caller is to run
    // BackupStore::backupOnOpen (the file passed quick_check moments ago).
    bool backupOnOpenDue() const { return m_backupOnOpenDue; }

    // Ok while the file at path() is still the one this connection writes to; a Problem
    // when the file was deleted, renamed or replaced since it was opened, and edits would
    // go to a file nobody will see again.
    Result<> checkFile() const;
    Result<> checkWritable() const override { return checkFile(); }
    // Writes a complete copy of the plan to target with SQLite's backup API, checked
    // before it atomically replaces anything at target.
    Result<> saveCopyAs(const QString &target) const;

    // A second connection to the same file for another thread (Qt SQL connections
    // belong to the thread that made them). Removed when the object is destroyed. path
    // may be a server plan's URL (ServerAddress::isServerUrl): then the connection is to
    // the server, with the password this process was given for it.
    class ThreadConnection final
    {
    public:
        ThreadConnection(const QString &path, bool readOnly);
        ~ThreadConnection();
        ThreadConnection(const ThreadConnection &) = delete;
        ThreadConnection &operator=(const ThreadConnection &) = delete;
        QSqlDatabase database() const;
        // Ok, or why the connection could not be opened.
        const Result<> &status() const { return m_status; }

    private:
        QString m_name;
        Result<> m_status;
        std::unique_ptr<ServerPlan> m_server;
    };

private:
    PlanDatabase(QString path, Mode mode, QString connectionName);
    enum class Checks { Always, UnlessUnchanged };
    static Opened open(const QString &path, Mode mode, const std::vector<Schema::Migration> &steps,
                       OpenBackup backup, Checks checks = Checks::Always);

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    int m_migratedFrom = -1;
    QString m_backupPath;
    QString m_backupProblem;
    bool m_backupOnOpenDue = false;
    std::unique_ptr<BackupStore> m_backups;
    // One writer per plan: held while the plan is open for editing.
    std::unique_ptr<QLockFile> m_lock;
};

// A transaction on the plan: committed by commit(), rolled back if destroyed without.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Planner

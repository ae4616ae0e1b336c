// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include <QDateTime>

#include <QString>

#include <functional>
#include <vector>

namespace Planner {

// The automatic backups of one plan file, kept in a folder beside it
// (NAME.cohortplan-backups/, see docs/RELIABILITY.md for why beside it). A backup is a
// copy made with SQLite's backup API into a temporary file in that folder, checked with
// quick_check and only then renamed into the rotation; a plan that fails quick_check is
// never backed up, so a damaged plan can never push a good backup out. The rotation keeps
// the newest 10, the newest of each of the last 14 days and of each of the last 12
// months; backups taken before a format upgrade are kept for 12 months. What the rotation
// drops is deleted (not moved to a trash): it may hold people's personal data.
class BackupStore final
{
public:
    enum class Kind { Opened, Periodic, Manual, BeforeUpgrade };

    struct Entry
    {
        QString path;
        QDateTime when; // UTC, from the file name (not the file's time stamp)
        qint64 size = 0;
        Kind kind = Kind::Manual;
    };

    using Clock = std::function<QDateTime()>;

    // The plan's backups in the default folder beside it, on the system clock.
    explicit BackupStore(const QString &planPath);
    // For tests: another folder and a synthetic clock.
    BackupStore(const QString &planPath, const QString &folder, Clock clock);

    // How often maybeBackup() backs up a plan that is being edited, and what the
    // rotation keeps: the user's choice (Edit ▸ Preferences), for every plan this process
    // opens.
    struct Policy
    {
        int periodicMinutes = 10;
        int keepNewest = 10;
        int keepDays = 14;
        int keepMonths = 12;
        bool operator==(const Policy &) const = default;
    };
    static Policy policy();
    static void setPolicy(const Policy &policy);

    static QString defaultFolder(const QString &planPath);

    QString planPath() const { return m_planPath; }
    QString folder() const { return m_folder; }

    // The backups, newest first.
    std::vector<Entry> list() const;

    // Backs the plan up now and prunes the rotation: the new entry, or the Problem (the
    // plan fails quick_check, the folder cannot be written, the disk is full).
    // sourceChecked: the caller has just run quick_check on the plan (PlanDatabase::open
    // has), so it is not run twice.
    Result<Entry> backupNow(Kind kind = Kind::Manual, bool sourceChecked = false);
    // Backs up when the plan was edited (noteEdited()) and the newest backup is at least
    // policy().periodicMinutes old: whether a backup was made, or why it failed.
    Result<bool> maybeBackup();
    // Backs up on open unless the newest backup is younger than the file's last change
    // (opening a plan ten times without editing it does not fill the rotation).
    Result<> backupOnOpen(bool sourceChecked = false);
    void noteEdited() { m_edited = true; }
    bool hasUnsavedEdits() const { return m_edited; }

    // Deletes the backups the rotation no longer keeps, as of now, and the temporary
    // copies (".NAME-….cohortplan.xxxxxxxx.tmp") of backups killed more than an hour ago.
    void prune();

    // Deletes every backup but the one at keptPath (after a trainee's personal data was
    // erased, the older backups still hold it): how many were deleted, or (after trying
    // every one) the first that could not be.
    Result<int> removeAllBut(const QString &keptPath);

    // The newest backup that passes quick_check, if any (checks newest first and stops at
    // the first good one). Returns false when there is none.
    bool newestGood(Entry *entry) const;

    // Replaces the file at targetPath with a checked copy of the backup, atomically. The
    // current file, if any, is kept beside it as NAME.<asideTag>-<timestamp>.cohortplan
    // (its path is the result; empty when there was no file). Refuses while another
    // instance has targetPath open for editing.
    Result<QString> restore(const Entry &entry, const QString &targetPath,
                            const QString &asideTag = QStringLiteral("before-restore")) const;

    // Which backups a rotation keeps among entries (any order) as of now: for tests and
    // prune(). Returns the paths to keep.
    static std::vector<QString> keptPaths(const std::vector<Entry> &entries, const QDateTime &now,
                                          const Policy &policy = BackupStore::policy());

    static QString kindKey(Kind kind);
    static QString kindName(Kind kind);

private:
    QString m_planPath;
    QString m_folder;
    Clock m_clock;
    bool m_edited = false;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <initializer_list>
#include <optional>
#include <vector>

class QSqlDatabase;

// Everything that only SQLite has: the file header, pragmas, hardening flags set through
// the C API, integrity checks and the online backup API. A second SQL dialect (a shared
// PostgreSQL server) would get its own counterpart of this file; callers stay as they are.
namespace Planner::SqlitePlatform {

// What the first 100 bytes of a file say, read without letting SQLite touch the file.
struct FileHeader
{
    QString problem;         // empty when the file looks like a whole SQLite database
    bool damaged = false;    // a SQLite file that is not whole (truncated, bad header)
    bool unreadable = false; // the file could not be read at all
    qint32 applicationId = 0;
    qint32 userVersion = 0;
    quint32 changeCounter = 0; // raised by every committed write (header offset 24)
};
FileHeader readHeader(const QString &path);

// The version of the SQLite library in use ("3.40.1"), for the About box.
QString libraryVersion();

// The Qt connect options for a connection of ours.
QString connectOptions(bool readOnly);

// Turns on foreign keys and SQLite's defences against hostile files: defensive mode,
// untrusted schema, no triggers or views, a cap on the size of one value.
Result<> harden(QSqlDatabase &db);

// PRAGMA quick_check (or the full integrity_check); returns the problems found.
QStringList checkIntegrity(const QSqlDatabase &db, bool full = false);
// PRAGMA foreign_key_check, one line per broken reference.
QStringList checkForeignKeys(const QSqlDatabase &db);

// Keeps the rollback journal in memory (for a file that is not in place yet) or, by
// default, in a -journal file beside the database that is deleted after each commit.
void setJournalInMemory(QSqlDatabase &db, bool inMemory);

// The connection's page cache in KiB (SQLite's default is 2 MB): bulk writes into the
// indexes of 100,000-row tables need them in memory. Returns the previous setting, as
// PRAGMA cache_size gives it, to restore.
int setCacheSize(QSqlDatabase &db, int kib);
void restoreCacheSize(QSqlDatabase &db, int previous);

qint32 applicationId(const QSqlDatabase &db);
int userVersion(const QSqlDatabase &db);
void setApplicationId(QSqlDatabase &db, qint32 id);
void setUserVersion(QSqlDatabase &db, int version);

struct SchemaObject
{
    QString type; // table, index, view, trigger
    QString name;
    QString sql;
};
std::vector<SchemaObject> schemaObjects(const QSqlDatabase &db);

// Copies the whole database behind db into a new file at targetPath with the online
// backup API, checks the copy, and only then moves it into place (atomically, replacing
// any file there).
Result<> backupTo(const QSqlDatabase &db, const QString &targetPath);

// The same from the file at sourcePath, read through a private read-only connection (no
// statement of the file's own runs): for backups and restores.
Result<> copyDatabaseFile(const QString &sourcePath, const QString &targetPath);

// Whether the file behind db was deleted, renamed or replaced since it was opened
// (SQLite keeps writing to the old inode, which nobody will ever read again).
bool fileHasMoved(const QSqlDatabase &db);

// The largest record payload in the file, in bytes, from the dbstat table (-1 when this
// SQLite has no dbstat). quick_check does not look at sizes; a crafted file with a value
// beyond our cap would only fail later, when a page reads it.
qint64 largestPayload(const QSqlDatabase &db);
// The cap on any single value (and record) a plan file may hold.
qint64 maxValueBytes();

// Runs quick_check on the file at path through a private read-only connection.
QStringList checkFile(const QString &path);

// A temporary file name next to path, for writing a file that replaces path atomically:
// ".NAME.xxxxxxxx.tmp".
QString temporarySibling(const QString &path);
// Deletes the temporary files (and their journals) a killed writer left in folder: those
// whose names start with prefix (".NAME." for the temporaries of NAME) last changed over
// an hour ago. A file being written now is seconds old. Returns how many were deleted.
int removeStaleTemporaries(const QString &folder, const QString &prefix);
// The prefix of path's own temporaries, for removeStaleTemporaries().
QString temporaryPrefix(const QString &path);
// Moves from over to, replacing it atomically.
Result<> replaceFile(const QString &from, const QString &to);

// Whether a rollback journal that may have to be played back (path-journal, its header
// written) lies beside the database: the sign of a transaction that a process which
// stopped (crash, kill, power cut) left half done.
bool hasJournal(const QString &path);
// Plays such a journal back the way SQLite does on the next read by a writer, undoing
// the half-done transaction: opens the file read-write and reads its schema, then closes
// it. The caller must hold the plan's lock (no live writer owns the journal).
Result<> rollBackJournal(const QString &path);

// ---- A checked-out plan's offline work (serversync.h).
// A copy of one of the connection's databases ("main", or one ATTACHed under that name)
// as the bytes of a database file.
Result<QByteArray> serialize(const QSqlDatabase &db, const QString &schema);
// Attaches image (the bytes serialize() gave) as schema: a private copy in memory,
// writable, gone when detached. Not checked page by page: the caller keeps images whole (a
// checksum).
Result<> attachImage(QSqlDatabase &db, const QString &schema, const QByteArray &image);

// One row that differs between two copies of a table, as SQLite's session extension
// reports it (a changeset made by sqlite3session_diff).
struct RowChange
{
    enum class Operation { Insert, Update, Delete };
    QString table;
    Operation operation = Operation::Update;
    // Per column, in the table's order: whether it is part of the primary key, and its
    // value before (none for an insert) and after (none for a delete). An update holds
    // the key and the changed columns only; the others are std::nullopt.
    std::vector<bool> primaryKey;
    std::vector<std::optional<QVariant>> before, after;
};
// What turns the tables of fromSchema into those of the connection's main database:
// the rows inserted, updated and deleted, table by table in the order given. Tables
// without a primary key are not compared.
Result<std::vector<RowChange>> differences(const QSqlDatabase &db, const QString &fromSchema,
                                           const QStringList &tables);

} // namespace Planner::SqlitePlatform

namespace Planner::SqlitePlatform {

// One prepared statement run many times through SQLite's C API, for bulk writes
// (imports): several times faster per row than QSqlQuery's bound values. Values bind by
// their type: null -> NULL, integers, doubles, a QByteArray as UTF-8 text, anything else
// as text. Throws StoreError.
class BulkStatement final
{
public:
    BulkStatement(const QSqlDatabase &db, const QString &sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;
    void run(const QVariantList &values);
    void run(const QVariant *values, std::size_t count);
    // Binds every parameter as UTF-8 text, in order, without QVariants (the History rows
    // an import writes, 100,000 at a time); the texts must outlive the call.
    void runText(std::initializer_list<QByteArrayView> utf8);
    void runText(const QByteArrayView *utf8, std::size_t count);

private:
    struct Private;
    Private *d;
};

} // namespace Planner::SqlitePlatform

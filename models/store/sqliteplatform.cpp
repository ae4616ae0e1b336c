// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteplatform.h"

#include "osplatform.h"

#include "sqlutil.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

// The session extension (changesets), which Debian's libsqlite3 is built with.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <cstring>

#include <filesystem>
#include <system_error>

namespace Planner::SqlitePlatform {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::SqlitePlatform)
};

quint32 bigEndian32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return {q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                       : q.lastError().databaseText()};
    QStringList rows;
    const int columns = q.record().count(); // once: record() builds every field anew
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1String(" "));
    }
    return rows;
}

// The largest single value a plan file may hold: far above any real note, far below
// what would let a crafted file exhaust memory.
constexpr int MaxValueBytes = 16 * 1024 * 1024;

} // namespace

FileHeader readHeader(const QString &path)
{
    FileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.problem = Tr::tr("it cannot be read (%1)").arg(file.errorString());
        header.unreadable = true;
        return header;
    }
    const qint64 size = file.size();
    if (size == 0) {
        header.problem = Tr::tr("it is empty (0 bytes), not a plan file");
        // An emptied plan (a sync client, a crashed editor) is damaged; without a backup
        // of it nobody will offer one.
        header.damaged = true;
        return header;
    }
    const QByteArray bytes = file.read(100);
    static const char magic[] = "SQLite format 3";
    const QByteArray magicBytes = QByteArray::fromRawData(magic, sizeof magic);
    if (bytes.size() < 100 && bytes.startsWith(magicBytes)) {
        header.problem = Tr::tr("it is truncated (%1 bytes, less than a SQLite header)").arg(size);
        header.damaged = true;
        return header;
    }
    if (bytes.size() < 100 || !bytes.startsWith(magicBytes)) {
        header.problem =
            Tr::tr("it is not a SQLite database, so it cannot be a Cohort Planner plan");
        return header;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    header.changeCounter = bigEndian32(p + 24);
    quint32 pageSize = (quint32(p[16]) << 8) | quint32(p[17]);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        header.problem = Tr::tr("its SQLite header is damaged (page size %1)").arg(pageSize);
        header.damaged = true;
        return header;
    }
    if (size % pageSize != 0) {
        header.problem = Tr::tr("it is truncated or damaged (%1 bytes is not a whole number of "
                                "%2-byte pages)")
                             .arg(size)
                             .arg(pageSize);
        header.damaged = true;
        return header;
    }
    // The in-header page count is valid when the "version-valid-for" field matches the
    // change counter (SQLite 3.7.0 and later always keep it so).
    const quint32 pages = bigEndian32(p + 28);
    if (pages != 0 && bigEndian32(p + 92) == bigEndian32(p + 24) &&
        qint64(pages) * pageSize > size) {
        header.problem = Tr::tr("it is truncated: the header promises %1 bytes but the file has %2")
                             .arg(qint64(pages) * pageSize)
                             .arg(size);
        header.damaged = true;
        return header;
    }
    header.userVersion = qint32(bigEndian32(p + 60));
    header.applicationId = qint32(bigEndian32(p + 68));
    return header;
}

QString libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString connectOptions(bool readOnly)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

Result<> harden(QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Problem::of(Tr::tr("the SQLite driver does not expose its connection handle"));
    int ok = 0;
    int failures = 0;
    failures +=
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &ok) != SQLITE_OK || ok != 1;
    failures +=
        sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &ok) != SQLITE_OK || ok != 0;
    failures +=
        sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &ok) != SQLITE_OK || ok != 0;
    failures +=
        sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &ok) != SQLITE_OK || ok != 0;
    failures +=
        sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &ok) != SQLITE_OK;
    if (failures != 0)
        return Problem::of(Tr::tr("SQLite refused to turn on its defensive settings"));
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    try {
        Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        Sql::exec(db, QStringLiteral("PRAGMA trusted_schema = OFF"));
        Sql::exec(db, QStringLiteral("PRAGMA cell_size_check = ON"));
    } catch (const StoreError &e) {
        return e.problem();
    }
    return {};
}

QStringList checkIntegrity(const QSqlDatabase &db, bool full)
{
    QStringList rows = rowsOf(db, full ? QStringLiteral("PRAGMA integrity_check")
                                       : QStringLiteral("PRAGMA quick_check"));
    if (rows == QStringList{QStringLiteral("ok")})
        return {};
    return rows;
}

QStringList checkForeignKeys(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return {q.lastError().text()};
    QStringList problems;
    Sql::Reader row(q);
    while (row.next()) {
        problems << Tr::tr("row %1 of table %2 refers to a missing record in %3")
                        .arg(row.text("rowid"), row.text("table"), row.text("parent"));
        if (problems.size() >= 100) {
            problems << Tr::tr("(more problems not listed)");
            break;
        }
    }
    return problems;
}

void setJournalInMemory(QSqlDatabase &db, bool inMemory)
{
    Sql::exec(db, inMemory ? QStringLiteral("PRAGMA journal_mode = MEMORY")
                           : QStringLiteral("PRAGMA journal_mode = DELETE"));
}

int setCacheSize(QSqlDatabase &db, int kib)
{
    const int previous = Sql::scalar(db, QStringLiteral("PRAGMA cache_size")).toInt();
    Sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(kib)));
    return previous;
}

void restoreCacheSize(QSqlDatabase &db, int previous)
{
    Sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(previous));
}

qint32 applicationId(const QSqlDatabase &db)
{
    return qint32(Sql::scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong());
}

int userVersion(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void setApplicationId(QSqlDatabase &db, qint32 id)
{
    Sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(id));
}

void setUserVersion(QSqlDatabase &db, int version)
{
    Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

std::vector<SchemaObject> schemaObjects(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::prepare(db, QStringLiteral("SELECT type, name, coalesce(sql, '') AS sql "
                                                  "FROM sqlite_schema ORDER BY type, name"));
    Sql::exec(q);
    Sql::Reader row(q);
    std::vector<SchemaObject> objects;
    while (row.next())
        objects.push_back({row.text("type"), row.text("name"), row.text("sql")});
    return objects;
}

QString temporarySibling(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp")
            .arg(info.fileName())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

QString temporaryPrefix(const QString &path)
{
    return QStringLiteral(".%1.").arg(QFileInfo(path).fileName());
}

int removeStaleTemporaries(const QString &folder, const QString &prefix)
{
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList temporaries = QDir(folder).entryInfoList(
        {QStringLiteral(".*.tmp"), QStringLiteral(".*.tmp-journal")}, QDir::Files | QDir::Hidden);
    int removed = 0;
    for (const QFileInfo &file : temporaries) {
        if (file.fileName().startsWith(prefix) && file.lastModified().toUTC() < hourAgo &&
            QFile::remove(file.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

Result<> replaceFile(const QString &from, const QString &to)
{
    std::error_code ec;
    // std::filesystem::rename replaces the target atomically on POSIX and uses
    // MoveFileExW(MOVEFILE_REPLACE_EXISTING) on Windows.
    std::filesystem::rename(OsPlatform::fileSystemPath(from), OsPlatform::fileSystemPath(to), ec);
    if (ec)
        return Problem::of(QString::fromLocal8Bit(ec.message().c_str()));
    return {};
}

bool hasJournal(const QString &path)
{
    // SQLite writes a journal's header with its magic number zeroed until the journal is
    // synced, and only then changes the database: a journal that begins with zeros never
    // saw the database change, and SQLite ignores it (pager.c, hasHotJournal).
    QFile journal(path + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = journal.read(8);
    return std::any_of(head.begin(), head.end(), [](char c) { return c != 0; });
}

Result<> rollBackJournal(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    QString error;
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        int ok = 0;
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &ok);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &ok);
        // The first read takes a shared lock, finds the journal hot and rolls it back.
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA schema_version", -1, &statement, nullptr) != SQLITE_OK ||
            sqlite3_step(statement) != SQLITE_ROW)
            error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    if (error.isEmpty() && hasJournal(path))
        error = Tr::tr("its rollback journal could not be played back");
    if (!error.isEmpty())
        return Problem::of(error);
    return {};
}

QStringList checkFile(const QString &path)
{
    sqlite3 *db = nullptr;
    QStringList problems;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        problems << QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return problems;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            const QString row = QString::fromUtf8(text ? text : "");
            if (row != QLatin1String("ok"))
                problems << row;
        }
    } else {
        problems << QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return problems;
}

namespace {

// Copies every page of source into a temporary file beside targetPath, checks the copy
// and renames it over targetPath.
Result<> backupHandle(sqlite3 *source, const QString &targetPath)
{
    const QString temporary = temporarySibling(targetPath);
    const QByteArray name = QFile::encodeName(temporary);
    sqlite3 *target = nullptr;
    QString error;
    if (sqlite3_open_v2(name.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(target));
    } else if (sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main")) {
        // -1: copy every page in one step; the source is locked for reading meanwhile.
        sqlite3_backup_step(backup, -1);
        if (sqlite3_backup_finish(backup) != SQLITE_OK)
            error = QString::fromUtf8(sqlite3_errmsg(target));
    } else {
        error = QString::fromUtf8(sqlite3_errmsg(target));
    }
    sqlite3_close(target);
    if (error.isEmpty()) {
        const QStringList problems = checkFile(temporary);
        if (!problems.isEmpty())
            error = Tr::tr("the copy failed its integrity check: %1").arg(problems.first());
    }
    if (error.isEmpty())
        error = replaceFile(temporary, targetPath).message();
    if (error.isEmpty())
        return {};
    QFile::remove(temporary);
    return Problem::of(error);
}

} // namespace

Result<> backupTo(const QSqlDatabase &db, const QString &targetPath)
{
    sqlite3 *source = handleOf(db);
    if (!source)
        return Problem::of(Tr::tr("the SQLite driver does not expose its connection handle"));
    return backupHandle(source, targetPath);
}

Result<> copyDatabaseFile(const QString &sourcePath, const QString &targetPath)
{
    sqlite3 *source = nullptr;
    const QByteArray name = QFile::encodeName(sourcePath);
    Result<> copied;
    if (sqlite3_open_v2(name.constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        copied = Problem::of(QString::fromUtf8(sqlite3_errmsg(source)));
    } else {
        int ok = 0;
        sqlite3_db_config(source, SQLITE_DBCONFIG_DEFENSIVE, 1, &ok);
        sqlite3_db_config(source, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &ok);
        copied = backupHandle(source, targetPath);
    }
    sqlite3_close(source);
    return copied;
}

bool fileHasMoved(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    int moved = 0;
    if (!handle ||
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK)
        return false;
    return moved != 0;
}

qint64 maxValueBytes()
{
    return MaxValueBytes;
}

qint64 largestPayload(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // aggregate = 1: one row per b-tree, mx_payload its largest cell (overflow included).
    if (!q.exec(QStringLiteral("SELECT coalesce(max(mx_payload), 0) FROM dbstat('main', 1)"))) {
        if (q.lastError().databaseText().contains(QLatin1String("no such table")))
            return -1;
        throw StoreError(Tr::tr("its pages cannot be read: %1").arg(q.lastError().databaseText()));
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QByteArray> serialize(const QSqlDatabase &db, const QString &schema)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Problem::of(Tr::tr("the SQLite driver does not expose its connection handle"));
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(handle, schema.toUtf8().constData(), &size, 0);
    if (!data)
        return Problem::of(Tr::tr("SQLite could not copy the plan into memory: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    QByteArray image(reinterpret_cast<const char *>(data), qsizetype(size));
    sqlite3_free(data);
    return image;
}

Result<> attachImage(QSqlDatabase &db, const QString &schema, const QByteArray &image)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Problem::of(Tr::tr("the SQLite driver does not expose its connection handle"));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("ATTACH DATABASE ':memory:' AS \"%1\"").arg(schema)))
        return Problem::of(q.lastError().text());
    const QByteArray name = schema.toUtf8();
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    if (!copy && !image.isEmpty()) {
        q.exec(QStringLiteral("DETACH DATABASE \"%1\"").arg(schema));
        return Problem::of(Tr::tr("not enough memory for a copy of %n bytes", nullptr,
                                  int(std::min<qsizetype>(image.size(), INT_MAX))));
    }
    if (!image.isEmpty())
        memcpy(copy, image.constData(), size_t(image.size()));
    // On failure SQLite frees the copy itself (SQLITE_DESERIALIZE_FREEONCLOSE).
    int rc = sqlite3_deserialize(handle, name.constData(), copy, image.size(), image.size(),
                                 SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    // (Not checked page by page here: images are kept compressed, whose checksum finds
    // a damaged one; a foreign one fails at its first read.)
    QString problem;
    if (rc != SQLITE_OK)
        problem = QString::fromUtf8(sqlite3_errmsg(handle));
    if (!problem.isEmpty()) {
        q.exec(QStringLiteral("DETACH DATABASE \"%1\"").arg(schema));
        return Problem::of(problem);
    }
    return {};
}

namespace {

QVariant valueOf(sqlite3_value *value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_value_int64(value));
    case SQLITE_FLOAT:
        return sqlite3_value_double(value);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(value)),
                                 sqlite3_value_bytes(value));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_value_blob(value)),
                          sqlite3_value_bytes(value));
    default:
        return QVariant();
    }
}

} // namespace

Result<std::vector<RowChange>> differences(const QSqlDatabase &db, const QString &fromSchema,
                                           const QStringList &tables)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Problem::of(Tr::tr("the SQLite driver does not expose its connection handle"));
    sqlite3_session *session = nullptr;
    if (sqlite3session_create(handle, "main", &session) != SQLITE_OK)
        return Problem::of(QString::fromUtf8(sqlite3_errmsg(handle)));
    const QByteArray from = fromSchema.toUtf8();
    for (const QString &table : tables) {
        char *error = nullptr;
        const QByteArray name = table.toUtf8();
        // Attached first: SQLite 3.40's sqlite3session_diff attaches a table itself, but
        // its changeset then leaves the table out.
        int rc = sqlite3session_attach(session, name.constData());
        if (rc == SQLITE_OK)
            rc = sqlite3session_diff(session, from.constData(), name.constData(), &error);
        if (rc != SQLITE_OK) {
            const QString message =
                error ? QString::fromUtf8(error) : QString::fromUtf8(sqlite3_errstr(rc));
            sqlite3_free(error);
            sqlite3session_delete(session);
            return Problem::of(Tr::tr("Could not compare the table %1: %2").arg(table, message));
        }
    }
    int size = 0;
    void *changeset = nullptr;
    const int made = sqlite3session_changeset(session, &size, &changeset);
    sqlite3session_delete(session);
    if (made != SQLITE_OK)
        return Problem::of(QString::fromUtf8(sqlite3_errstr(made)));

    std::vector<RowChange> changes;
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start(&it, size, changeset) != SQLITE_OK) {
        sqlite3_free(changeset);
        return Problem::of(Tr::tr("SQLite could not read its own changeset"));
    }
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0, operation = 0, indirect = 0;
        sqlite3changeset_op(it, &table, &columns, &operation, &indirect);
        unsigned char *key = nullptr;
        int keyColumns = 0;
        sqlite3changeset_pk(it, &key, &keyColumns);
        RowChange change;
        change.table = QString::fromUtf8(table);
        change.operation = operation == SQLITE_INSERT   ? RowChange::Operation::Insert
                           : operation == SQLITE_DELETE ? RowChange::Operation::Delete
                                                        : RowChange::Operation::Update;
        for (int i = 0; i < columns; ++i) {
            change.primaryKey.push_back(i < keyColumns && key[i] != 0);
            sqlite3_value *value = nullptr;
            if (operation != SQLITE_INSERT && sqlite3changeset_old(it, i, &value) == SQLITE_OK &&
                value)
                change.before.emplace_back(valueOf(value));
            else
                change.before.emplace_back(std::nullopt);
            value = nullptr;
            if (operation != SQLITE_DELETE && sqlite3changeset_new(it, i, &value) == SQLITE_OK &&
                value)
                change.after.emplace_back(valueOf(value));
            else
                change.after.emplace_back(std::nullopt);
        }
        changes.push_back(std::move(change));
    }
    const int finalized = sqlite3changeset_finalize(it);
    sqlite3_free(changeset);
    if (finalized != SQLITE_OK)
        return Problem::of(QString::fromUtf8(sqlite3_errstr(finalized)));
    return changes;
}

} // namespace Planner::SqlitePlatform

namespace Planner::SqlitePlatform {

struct BulkStatement::Private
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    QString sql;
};

BulkStatement::BulkStatement(const QSqlDatabase &db, const QString &sql) : d(new Private)
{
    d->db = handleOf(db);
    d->sql = sql;
    if (!d->db) {
        delete d;
        throw StoreError(QStringLiteral("No SQLite connection for: %1").arg(sql));
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(d->db, utf8.constData(), int(utf8.size()), &d->statement, nullptr) !=
        SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(d->db));
        delete d;
        throw StoreError(QStringLiteral("%1 (%2)").arg(message, sql));
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(d->statement);
    delete d;
}

void BulkStatement::run(const QVariantList &values)
{
    run(values.constData(), std::size_t(values.size()));
}

void BulkStatement::run(const QVariant *values, std::size_t count)
{
    sqlite3_stmt *s = d->statement;
    sqlite3_reset(s);
    for (int i = 0; i < int(count); ++i) {
        const QVariant &v = values[i];
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(s, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(s, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(s, i + 1, v.toDouble());
                break;
            case QMetaType::QString: {
                // Bound in place: values outlives the step, and the bindings are cleared
                // right after it.
                const QString &text = *static_cast<const QString *>(v.constData());
                rc = sqlite3_bind_text16(s, i + 1,
                                         text.isNull() ? static_cast<const void *>(u"")
                                                       : static_cast<const void *>(text.utf16()),
                                         int(text.size() * 2), SQLITE_STATIC);
                break;
            }
            case QMetaType::QByteArray: {
                // UTF-8 text (the History's JSON), bound in place like a QString.
                const QByteArray &text = *static_cast<const QByteArray *>(v.constData());
                rc = sqlite3_bind_text(s, i + 1, text.constData() ? text.constData() : "",
                                       int(text.size()), SQLITE_STATIC);
                break;
            }
            default: {
                const QString text = v.toString();
                rc = sqlite3_bind_text16(s, i + 1,
                                         text.isNull() ? static_cast<const void *>(u"")
                                                       : static_cast<const void *>(text.utf16()),
                                         int(text.size() * 2), SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK)
            throw StoreError(
                QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(d->db)), d->sql));
    }
    const int rc = sqlite3_step(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(d->db));
        sqlite3_reset(s);
        throw StoreError(QStringLiteral("%1 (%2)").arg(message, d->sql));
    }
}

void BulkStatement::runText(std::initializer_list<QByteArrayView> utf8)
{
    runText(utf8.begin(), utf8.size());
}

void BulkStatement::runText(const QByteArrayView *utf8, std::size_t count)
{
    sqlite3_stmt *s = d->statement;
    sqlite3_reset(s);
    for (std::size_t n = 0; n < count; ++n) {
        const int i = int(n) + 1;
        const QByteArrayView text = utf8[n];
        const int rc = sqlite3_bind_text(s, i, text.data() ? text.data() : "", int(text.size()),
                                         SQLITE_STATIC);
        if (rc != SQLITE_OK)
            throw StoreError(
                QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(d->db)), d->sql));
    }
    const int rc = sqlite3_step(s);
    if (rc != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(d->db));
        sqlite3_reset(s);
        throw StoreError(QStringLiteral("%1 (%2)").arg(message, d->sql));
    }
}

} // namespace Planner::SqlitePlatform

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editableplan.h"
#include "schema.h"
#include "serverdialect.h"

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

// A plan kept on a PostgreSQL server (issue 21), through Qt's QPSQL driver: the same
// tables as a plan file, in the server dialect of serverdialect.h, so that the store's
// readers work on either.
namespace Planner {

// Where a plan lives on a server, from a PostgreSQL URL as libpq writes them:
//   postgresql://[user[:password]@][host][:port]/database[?param=value&...]
// with the parameters host (a Unix socket folder), port, user, sslmode, sslrootcert and
// connect_timeout. A password is taken from the URL only for tests and scripts; the app
// asks for it (or the system keychain holds it).
struct ServerAddress
{
    QString host; // a name, an address, or a socket folder ("/run/postgresql")
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode; // "", disable, allow, prefer, require, verify-ca, verify-full
    QString sslRootCert;
    int connectTimeout = 10;

    // Whether text names a server plan rather than a file: it starts with postgresql://
    // or postgres://.
    static bool isServerUrl(const QString &text);
    // The address, or a sentence saying which part of the URL is wrong.
    static Result<ServerAddress> parse(const QString &url);
    // The URL again, without the password (for titles, logs and recent lists).
    QString displayUrl() const;
    // The password this process was given for the server at displayUrl (kept in memory
    // only, for the worker threads' own connections; parse() fills it in when the URL
    // has none).
    static void rememberPassword(const ServerAddress &address);
};

// One change committed to a server plan (a row inserted, updated or deleted), as the
// change log holds it.
struct ServerChange
{
    qint64 seq = 0;    // the commit's number: commits are numbered in the order they happened
    QString by;        // the server role that committed it
    QDateTime at;      // when, by the server's clock
    QString table;     // the plan table
    QString operation; // insert, update or delete
    qint64 tx = 0;     // the server transaction that made it
    QJsonObject before, after; // the row's columns (before: empty for an insert; after:
                               // empty for a delete)
};

// One open connection to a server plan.
class ServerPlan final : public EditablePlan
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    ~ServerPlan() override;
    ServerPlan(const ServerPlan &) = delete;
    ServerPlan &operator=(const ServerPlan &) = delete;

    // Connects and checks that the database holds a Cohort Planner plan of a schema
    // version this build knows; otherwise says why not (the server unreachable, the login
    // refused, an empty database, another application's tables, a newer version).
    static Result<std::unique_ptr<ServerPlan>> open(const ServerAddress &address, Mode mode);

    // What push() copied.
    struct Pushed
    {
        qint64 rows = 0;
        int tables = 0;
    };
    // Copies the plan file at path into the server database at address, which must be
    // empty: the schema, every row with its id, then the identities set past the largest
    // id. One transaction: the database holds the whole plan or stays empty.
    static Result<Pushed> push(const QString &path, const ServerAddress &address);
    // The reverse, for work offline, is ServerSync::checkout (serversync.h).

    // Upgrades the plan at address from its schema version to target with the server forms
    // of steps (Schema::Migration::server), all in one transaction, as the plan's owner:
    // every step, the change log's trigger on each table they create, the new version and
    // a History entry, or nothing. Refused when a step has no server form, and when the
    // plan is newer than target. Returns the versions before and after.
    struct Upgraded
    {
        int from = 0;
        int to = 0;
    };
    static Result<Upgraded> upgrade(const ServerAddress &address,
                                    const std::vector<Schema::Migration> &steps, int target);
    static Result<Upgraded> upgrade(const ServerAddress &address);

    // ---- A team on the plan (run as the server's administrator).
    // Makes the plan at address a team's: its groups (director, coordinator, viewer),
    // privileges and row-level security (ServerDialect::teamSecurity), in one transaction.
    // Refused when the database holds no plan or is a team's already. Returns the groups'
    // role names.
    static Result<QStringList> setUpTeam(const ServerAddress &address);
    // A person of the team: a login role in one group, with the districts they plan (a
    // coordinator's; "" is online cohorts' venues). Creates the role or changes it; the
    // password is set when given. remove: the person can no longer log in (their role
    // stays, named in the History).
    struct Person
    {
        QString name;
        ServerDialect::TeamGroup group = ServerDialect::TeamGroup::Coordinator;
        QStringList districts;
        QString password;
        bool remove = false;
    };
    static Result<> setPerson(const ServerAddress &address, const Person &person);

    QSqlDatabase database() const override;
    bool isReadOnly() const override { return m_mode == Mode::ReadOnly; }

    // ---- Other people's changes, live (see docs/TEAMS.md).
    // The number of the last commit that changed the plan (0 before the first).
    Result<qint64> lastChange() const;
    // The changes committed after commit number seq, in commit order, each commit's rows
    // in the order they were written; at most about limit rows (whole commits).
    Result<std::vector<ServerChange>> changesSince(qint64 seq, int limit = 10000) const;
    // Asks the server to announce every commit on this connection: the database's driver
    // then emits QSqlDriver::notification(ServerDialect::ChangeChannel, ..., seq) in the
    // thread of the connection. Only a hint: after a reconnect, catch up with
    // changesSince(), since the announcements made meanwhile are lost.
    Result<> watchChanges();
    // The same, calling onCommit(seq, own) on context's thread for each announcement of
    // this plan's channel; own: the commit was made on this connection.
    using CommitHandler = std::function<void(qint64 seq, bool own)>;
    Result<> watchChanges(QObject *context, CommitHandler onCommit);
    // Opens the connection again after it was lost (the server restarted, the network
    // went): read-only again if it was, and watching again if it was.
    Result<> reconnect();
    const ServerAddress &address() const { return m_address; }
    // This process's writes on connections other than a window's own (an import, on a
    // worker thread's): noted in their transaction before it commits, so that the window
    // shows them without announcing them as someone else's (ServerChange::tx).
    static void noteOwnTransaction(const QSqlDatabase &db);
    static bool isOwnTransaction(qint64 tx);
    // The server's own words for error, shortened to the sentence that says what happened.
    static QString messageOf(const QSqlError &error);
    Mode mode() const { return m_mode; }

private:
    ServerPlan(ServerAddress address, Mode mode, QString connectionName);
    // Adds and opens the connection, or removes it again and says why not.
    static Result<> connect(const ServerAddress &address, const QString &connectionName);
    // A connection for the administrator's work (push, setUpTeam, setPerson), before any
    // plan check.
    static Result<std::unique_ptr<ServerPlan>> connectUnchecked(const ServerAddress &address);
    // Sets the session read-only when the plan is (after open and reconnect).
    Result<> setUpSession();
    ServerAddress m_address;
    Mode m_mode;
    QString m_connectionName;
    bool m_watching = false;
};

// The schema version and application id of an open plan, file or server (PRAGMA
// user_version and application_id in a file; server_meta on a server).
namespace PlanFormat {
bool isServer(const QSqlDatabase &db);
int schemaVersion(const QSqlDatabase &db);
qint32 applicationId(const QSqlDatabase &db);

// The few SQL expressions the dialects write differently, for the store's queries:
// the days from earlier to later (ISO date texts) as a number; the smaller and the
// larger of two values (SQLite's two-argument min/max, LEAST/GREATEST on the server);
// the values of column joined with commas in the order of orderBy (SQLite: group_concat
// over a subquery already in that order; the server: string_agg ... ORDER BY).
// The first id of the block this copy numbers its new records in (Schema::IdBlockBits):
// 0 on a server and in a plain file, a checkout's site number << IdBlockBits.
qint64 firstOwnId(const QSqlDatabase &db);

QString dayDifference(const QSqlDatabase &db, const QString &later, const QString &earlier);
QString smaller(const QSqlDatabase &db, const QString &a, const QString &b);
QString larger(const QSqlDatabase &db, const QString &a, const QString &b);
QString orderedList(const QSqlDatabase &db, const QString &column, const QString &orderBy);
} // namespace PlanFormat

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

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
};

// One open connection to a server plan.
class ServerPlan final
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    ~ServerPlan();
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
    // The reverse: a new plan file at path holding exactly the server plan's rows, with
    // their ids (for work offline). Refused when a file is already there. The file appears
    // whole or not at all (PlanDatabase::create), and the server is only read.
    static Result<Pushed> checkout(const ServerAddress &address, const QString &path);

    QSqlDatabase database() const;
    const ServerAddress &address() const { return m_address; }
    Mode mode() const { return m_mode; }

private:
    ServerPlan(ServerAddress address, Mode mode, QString connectionName);
    // Adds and opens the connection, or removes it again and says why not.
    static Result<> connect(const ServerAddress &address, const QString &connectionName);
    ServerAddress m_address;
    Mode m_mode;
    QString m_connectionName;
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
QString dayDifference(const QSqlDatabase &db, const QString &later, const QString &earlier);
QString smaller(const QSqlDatabase &db, const QString &a, const QString &b);
QString larger(const QSqlDatabase &db, const QString &a, const QString &b);
QString orderedList(const QSqlDatabase &db, const QString &column, const QString &orderBy);
} // namespace PlanFormat

} // namespace Planner

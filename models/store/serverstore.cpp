// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstore.h"

#include "auditlog.h"
#include "plandatabase.h"
#include "schema.h"
#include "serverdialect.h"
#include "sqliteplatform.h"
#include "sqlutil.h"
#include "storeerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ServerPlan)
};

const QString Driver = QStringLiteral("QPSQL");

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cohortserver-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// The server's own words, shortened to the sentence that says what happened.
QString serverMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text.section(QLatin1Char('\n'), 0, 0);
}

// Runs one statement of a transaction; a failure throws with the server's reason.
void run(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        throw StoreError(serverMessage(query.lastError()));
}

} // namespace

namespace {
QMutex passwordsMutex;
QHash<QString, QString> passwords; // by display URL; memory only
} // namespace

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &url)
{
    if (!isServerUrl(url))
        return Problem::of(
            Tr::tr("\"%1\" is not a server address: it must start with postgresql://").arg(url));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return Problem::of(
            Tr::tr("\"%1\" is not a valid server address: %2").arg(url, parsed.errorString()));
    ServerAddress address;
    address.host = parsed.host();
    address.user = parsed.userName();
    address.password = parsed.password();
    address.port = parsed.port(5432);
    address.database = parsed.path().mid(1);
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool number = true;
        if (key == QLatin1String("host"))
            address.host = value;
        else if (key == QLatin1String("port"))
            address.port = value.toInt(&number);
        else if (key == QLatin1String("user"))
            address.user = value;
        else if (key == QLatin1String("sslmode"))
            address.sslMode = value;
        else if (key == QLatin1String("sslrootcert"))
            address.sslRootCert = value;
        else if (key == QLatin1String("connect_timeout"))
            address.connectTimeout = value.toInt(&number);
        else
            return Problem::of(Tr::tr("The server address %1 has a parameter this program does "
                                      "not know: %2 (known: host, port, user, sslmode, "
                                      "sslrootcert, connect_timeout)")
                                   .arg(url, key));
        if (!number)
            return Problem::of(Tr::tr("In the server address %1, %2 must be a number, not \"%3\"")
                                   .arg(url, key, value));
    }
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return Problem::of(
            Tr::tr("The server address %1 names no database: write it after the host, as in "
                   "postgresql://server.example/cohorts")
                .arg(url));
    if (address.port < 1 || address.port > 65535)
        return Problem::of(
            Tr::tr("In the server address %1, the port must be from 1 to 65535").arg(url));
    static const QStringList sslModes = {QString(),
                                         QStringLiteral("disable"),
                                         QStringLiteral("allow"),
                                         QStringLiteral("prefer"),
                                         QStringLiteral("require"),
                                         QStringLiteral("verify-ca"),
                                         QStringLiteral("verify-full")};
    if (!sslModes.contains(address.sslMode))
        return Problem::of(Tr::tr("In the server address %1, sslmode must be disable, allow, "
                                  "prefer, require, verify-ca or verify-full")
                               .arg(url));
    if (address.connectTimeout < 1)
        address.connectTimeout = 10;
    if (address.password.isEmpty()) {
        const QMutexLocker lock(&passwordsMutex);
        address.password = passwords.value(address.displayUrl());
    }
    return address;
}

void ServerAddress::rememberPassword(const ServerAddress &address)
{
    if (address.password.isEmpty())
        return;
    const QMutexLocker lock(&passwordsMutex);
    passwords.insert(address.displayUrl(), address.password);
}

QString ServerAddress::displayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        url.setHost(host);
    url.setUserName(user);
    if (port != 5432 && !socket)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), host);
        if (port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    if (connectTimeout != 10)
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeout));
    url.setQuery(query);
    QString text = url.toString();
    // Without a login or a host name QUrl writes no authority ("postgresql:/cohorts"),
    // which is no server address; libpq's form keeps it empty ("postgresql:///cohorts").
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.insert(int(qstrlen("postgresql:")), QLatin1String("//"));
    return text;
}

ServerPlan::ServerPlan(ServerAddress address, Mode mode, QString connectionName)
    : m_address(std::move(address)), m_mode(mode), m_connectionName(std::move(connectionName))
{}

ServerPlan::~ServerPlan()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ServerPlan::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<> ServerPlan::connect(const ServerAddress &address, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(Driver)) {
        QSqlDatabase::removeDatabase(connectionName);
        return Problem::of(Tr::tr("This installation cannot reach PostgreSQL servers: Qt's "
                                  "PostgreSQL driver is missing (on Debian, the package "
                                  "libqt6sql6-psql)."));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(Driver, connectionName);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    // Keepalives: a network that went away without a word (a laptop's Wi-Fi) is noticed
    // within about ten seconds instead of the system's TCP timeout of minutes.
    QStringList options{QStringLiteral("connect_timeout=%1").arg(address.connectTimeout),
                        QStringLiteral("application_name=cohortplanner"),
                        QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=5"),
                        QStringLiteral("keepalives_interval=2"),
                        QStringLiteral("keepalives_count=2")};
    if (!address.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + address.sslMode;
    if (!address.sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + address.sslRootCert;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString reason = serverMessage(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Problem::of(Tr::tr("Could not connect to %1: %2").arg(address.displayUrl(), reason));
    }
    return {};
}

Result<std::unique_ptr<ServerPlan>> ServerPlan::connectUnchecked(const ServerAddress &address)
{
    const QString name = newConnectionName();
    if (const Result<> connected = connect(address, name); !connected)
        return connected.problem();
    return std::unique_ptr<ServerPlan>(new ServerPlan(address, Mode::ReadWrite, name));
}

Result<std::unique_ptr<ServerPlan>> ServerPlan::open(const ServerAddress &address, Mode mode)
{
    const QString name = newConnectionName();
    if (const Result<> connected = connect(address, name); !connected)
        return connected.problem();
    ServerAddress::rememberPassword(address);
    std::unique_ptr<ServerPlan> plan(new ServerPlan(address, mode, name));
    QSqlDatabase db = plan->database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM server_meta")))
        return Problem::of(Tr::tr("%1 holds no Cohort Planner plan (the database is empty or "
                                  "another application's): copy a plan there first with "
                                  "cohortplanner-cli push")
                               .arg(address.displayUrl()));
    QString application;
    int version = 0;
    int revision = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            application = q.value(1).toString();
        else if (q.value(0).toString() == QLatin1String("schema_version"))
            version = q.value(1).toInt();
        else if (q.value(0).toString() == QLatin1String("server_revision"))
            revision = q.value(1).toInt();
    }
    if (application != QLatin1String("cohortplanner"))
        return Problem::of(Tr::tr("%1 holds another application's data, not a Cohort Planner plan")
                               .arg(address.displayUrl()));
    if (version > Schema::CurrentVersion)
        return Problem::of(Tr::tr("The plan at %1 has format %2, newer than this program's %3: "
                                  "update Cohort Planner to open it")
                               .arg(address.displayUrl())
                               .arg(version)
                               .arg(Schema::CurrentVersion));
    if (version < Schema::CurrentVersion)
        return Problem::of(Tr::tr("The plan at %1 has the older format %2. Its owner upgrades "
                                  "it to format %3, for the whole team at once, with "
                                  "cohortplanner-cli server-upgrade %1")
                               .arg(address.displayUrl())
                               .arg(version)
                               .arg(Schema::CurrentVersion));
    if (revision != ServerDialect::ServerRevision)
        return Problem::of(Tr::tr("The plan at %1 was set up by a different version of this "
                                  "program (server tables revision %2, this program's %3): "
                                  "check it out with that version and push it again")
                               .arg(address.displayUrl())
                               .arg(revision)
                               .arg(ServerDialect::ServerRevision));
    // A role that may write none of the plan's tables (a team's viewer) has it read-only.
    if (mode == Mode::ReadWrite &&
        q.exec(QStringLiteral(
            "SELECT bool_or(has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE')) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
            "AND c.relkind = 'r' AND c.relname NOT IN ('server_meta', 'change_log', "
            "'change_commit', 'district_access', 'audit_log')")) &&
        q.next() && !q.value(0).toBool())
        plan->m_mode = Mode::ReadOnly;
    q = QSqlQuery();
    if (const Result<> session = plan->setUpSession(); !session)
        return session.problem();
    return plan;
}

Result<> ServerPlan::setUpSession()
{
    QSqlQuery q(database());
    if (m_mode == Mode::ReadOnly &&
        !q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
        return Problem::of(Tr::tr("Could not open %1 read-only: %2")
                               .arg(m_address.displayUrl(), serverMessage(q.lastError())));
    return {};
}

Result<qint64> ServerPlan::lastChange() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_commit")) || !q.next())
        return Problem::of(Tr::tr("Could not read the changes of %1: %2")
                               .arg(m_address.displayUrl(), serverMessage(q.lastError())));
    return q.value(0).toLongLong();
}

Result<std::vector<ServerChange>> ServerPlan::changesSince(qint64 seq, int limit) const
{
    QSqlQuery q(database());
    // Whole commits only: from the first after seq up to the one where limit rows are
    // reached.
    auto failed = [&] {
        return Problem::of(Tr::tr("Could not read the changes of %1: %2")
                               .arg(m_address.displayUrl(), serverMessage(q.lastError())));
    };
    q.prepare(QStringLiteral("SELECT c.seq, count(*) FROM change_commit c JOIN change_log l "
                             "ON l.tx = c.tx WHERE c.seq > ? GROUP BY c.seq ORDER BY c.seq"));
    q.addBindValue(seq);
    if (!q.exec())
        return failed();
    qint64 upTo = seq;
    qint64 rows = 0;
    while (q.next() && (rows == 0 || rows + q.value(1).toLongLong() <= limit)) {
        upTo = q.value(0).toLongLong();
        rows += q.value(1).toLongLong();
    }
    q.prepare(QStringLiteral(
        "SELECT c.seq, c.committed_by, c.committed_at, l.table_name, l.operation, "
        "l.old_row::text, l.new_row::text, c.tx FROM change_commit c "
        "JOIN change_log l ON l.tx = c.tx WHERE c.seq > ? AND c.seq <= ? ORDER BY c.seq, l.id"));
    q.addBindValue(seq);
    q.addBindValue(upTo);
    if (!q.exec())
        return failed();
    std::vector<ServerChange> changes;
    while (q.next()) {
        ServerChange c;
        c.seq = q.value(0).toLongLong();
        c.by = q.value(1).toString();
        c.at = q.value(2).toDateTime();
        c.table = q.value(3).toString();
        c.operation = q.value(4).toString();
        c.before = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        c.after = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        c.tx = q.value(7).toLongLong();
        changes.push_back(std::move(c));
    }
    return changes;
}

namespace {
QMutex ownTransactionsMutex;
QSet<qint64> ownTransactions;
} // namespace

void ServerPlan::noteOwnTransaction(const QSqlDatabase &db)
{
    const qint64 tx =
        Sql::scalar(db, QStringLiteral("SELECT pg_current_xact_id()::text::bigint")).toLongLong();
    const QMutexLocker lock(&ownTransactionsMutex);
    ownTransactions.insert(tx);
}

bool ServerPlan::isOwnTransaction(qint64 tx)
{
    const QMutexLocker lock(&ownTransactionsMutex);
    return ownTransactions.contains(tx);
}

Result<> ServerPlan::watchChanges()
{
    QSqlDriver *driver = database().driver();
    const QString channel = QLatin1String(ServerDialect::ChangeChannel);
    if (!driver->subscribedToNotifications().contains(channel) &&
        !driver->subscribeToNotification(channel))
        return Problem::of(Tr::tr("Could not follow the changes of %1: %2")
                               .arg(m_address.displayUrl(), serverMessage(driver->lastError())));
    m_watching = true;
    return {};
}

Result<> ServerPlan::watchChanges(QObject *context, CommitHandler onCommit)
{
    if (const Result<> watching = watchChanges(); !watching)
        return watching;
    QObject::connect(database().driver(),
                     qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                         &QSqlDriver::notification),
                     context,
                     [onCommit = std::move(onCommit)](const QString &channel,
                                                      QSqlDriver::NotificationSource source,
                                                      const QVariant &seq) {
                         if (channel == QLatin1String(ServerDialect::ChangeChannel))
                             onCommit(seq.toLongLong(), source == QSqlDriver::SelfSource);
                     });
    return {};
}

Result<> ServerPlan::reconnect()
{
    QSqlDatabase db = database();
    db.close(); // which forgets the channels it listened on
    if (!db.open())
        return Problem::of(Tr::tr("Could not connect to %1 again: %2")
                               .arg(m_address.displayUrl(), serverMessage(db.lastError())));
    if (const Result<> session = setUpSession(); !session)
        return session;
    if (m_watching)
        return watchChanges();
    return {};
}

QString ServerPlan::messageOf(const QSqlError &error)
{
    return serverMessage(error);
}

Result<ServerPlan::Pushed> ServerPlan::push(const QString &path, const ServerAddress &address)
{
    auto opened = PlanDatabase::open(path, PlanDatabase::Mode::ReadOnly);
    if (!opened)
        return Problem::of(opened.problem().message);
    const QSqlDatabase source = (*opened)->database();

    auto connected = connectUnchecked(address);
    if (!connected)
        return connected.problem();
    const std::unique_ptr<ServerPlan> plan = std::move(*connected);
    QSqlDatabase db = plan->database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                               "WHERE schemaname = current_schema()")) ||
        !q.next())
        return Problem::of(Tr::tr("Could not read %1: %2")
                               .arg(address.displayUrl(), serverMessage(q.lastError())));
    if (q.value(0).toInt() > 0)
        return Problem::of(Tr::tr("%1 is not empty: a plan is pushed into a new, empty "
                                  "database only, so that nothing there is overwritten")
                               .arg(address.displayUrl()));

    Pushed pushed;
    bool rolledBack = false;
    // A failed statement aborts the transaction: it is rolled back at once, before the
    // statements are freed (which an aborted transaction refuses).
    auto abandon = [&](const QString &why) {
        db.rollback();
        rolledBack = true;
        throw StoreError(why);
    };
    if (!db.transaction())
        return Problem::of(Tr::tr("Could not start a transaction on %1: %2")
                               .arg(address.displayUrl(), serverMessage(db.lastError())));
    try {
        for (const QString &statement : ServerDialect::schema())
            run(q, statement);
        const QStringList tables = ServerDialect::tablesInDependencyOrder();
        for (const QString &table : tables) {
            QSqlQuery rows(source);
            rows.setForwardOnly(true);
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
                throw StoreError(Tr::tr("Could not read the table %1 of %2: %3")
                                     .arg(table, path, rows.lastError().text()));
            const QSqlRecord record = rows.record();
            const int width = record.count();
            QStringList columns;
            for (int i = 0; i < width; ++i)
                columns << QLatin1Char('"') + record.fieldName(i) + QLatin1Char('"');
            // Rows go in batches of up to BatchRows per statement: one round trip each
            // instead of one per row.
            constexpr int BatchRows = 250;
            auto statement = [&](int count) {
                const QString marks =
                    QLatin1Char('(') +
                    QStringList(width, QStringLiteral("?")).join(QLatin1Char(',')) +
                    QLatin1Char(')');
                auto insert = std::make_unique<QSqlQuery>(db);
                if (!insert->prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES %3")
                                         .arg(table, columns.join(QLatin1Char(',')),
                                              QStringList(count, marks).join(QLatin1Char(',')))))
                    abandon(serverMessage(insert->lastError()));
                return insert;
            };
            std::unique_ptr<QSqlQuery> full;
            QVariantList batch;
            auto flush = [&] {
                const int count = int(batch.size() / width);
                if (count == 0)
                    return;
                std::unique_ptr<QSqlQuery> partial;
                QSqlQuery *insert = nullptr;
                if (count == BatchRows) {
                    if (!full)
                        full = statement(BatchRows);
                    insert = full.get();
                } else {
                    partial = statement(count);
                    insert = partial.get();
                }
                for (qsizetype i = 0; i < batch.size(); ++i)
                    insert->bindValue(int(i), batch.at(i));
                if (!insert->exec())
                    abandon(Tr::tr("The server refused a row of the table %1: %2")
                                .arg(table, serverMessage(insert->lastError())));
                pushed.rows += count;
                batch.clear();
            };
            while (rows.next()) {
                for (int i = 0; i < width; ++i)
                    batch << rows.value(i);
                if (batch.size() == qsizetype(BatchRows) * width)
                    flush();
            }
            flush();
            if (record.indexOf(QStringLiteral("id")) >= 0)
                run(q, QStringLiteral("SELECT setval(pg_get_serial_sequence('\"%1\"', 'id'), "
                                      "coalesce((SELECT max(id) FROM \"%1\"), 0) + 1, false)")
                           .arg(table));
            ++pushed.tables;
        }
        for (const QString &statement : ServerDialect::changeTracking())
            run(q, statement);
        run(q, QStringLiteral("INSERT INTO server_meta (key, value) VALUES "
                              "('application', 'cohortplanner'), ('schema_version', '%1'), "
                              "('server_revision', '%2')")
                   .arg(Schema::CurrentVersion)
                   .arg(ServerDialect::ServerRevision));
        if (!db.commit())
            throw StoreError(serverMessage(db.lastError()));
    } catch (const StoreError &e) {
        if (!rolledBack)
            db.rollback();
        return Problem::of(
            Tr::tr("Nothing was copied to %1: %2").arg(address.displayUrl(), e.message()));
    }
    return pushed;
}

Result<ServerPlan::Upgraded> ServerPlan::upgrade(const ServerAddress &address)
{
    return upgrade(address, Schema::migrations(), Schema::CurrentVersion);
}

Result<ServerPlan::Upgraded> ServerPlan::upgrade(const ServerAddress &address,
                                                 const std::vector<Schema::Migration> &steps,
                                                 int target)
{
    auto connected = connectUnchecked(address);
    if (!connected)
        return connected.problem();
    const std::unique_ptr<ServerPlan> plan = std::move(*connected);
    QSqlDatabase db = plan->database();
    Upgraded upgraded;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'")) ||
            !q.next())
            return Problem::of(Tr::tr("%1 holds no Cohort Planner plan (the database is empty "
                                      "or another application's)")
                                   .arg(address.displayUrl()));
        upgraded.from = upgraded.to = q.value(0).toInt();
    }
    if (upgraded.from > target)
        return Problem::of(Tr::tr("The plan at %1 has format %2, newer than this program's %3: "
                                  "update Cohort Planner")
                               .arg(address.displayUrl())
                               .arg(upgraded.from)
                               .arg(target));
    if (upgraded.from == target)
        return upgraded;
    // Every step between, each with its server form, before anything is changed.
    std::vector<const Schema::Migration *> run;
    for (const Schema::Migration &step : steps) {
        if (step.from < upgraded.from || step.from >= target)
            continue;
        if (!step.server)
            return Problem::of(Tr::tr("This program cannot upgrade server plans from format %1: "
                                      "the step “%2” has no server form. Nothing was changed.")
                                   .arg(step.from)
                                   .arg(step.description));
        run.push_back(&step);
    }
    if (int(run.size()) != target - upgraded.from)
        return Problem::of(Tr::tr("This program has no steps from format %1 to %2. Nothing was "
                                  "changed.")
                               .arg(upgraded.from)
                               .arg(target));
    try {
        Transaction transaction(db);
        for (const Schema::Migration *step : run) {
            try {
                step->server(db);
            } catch (const StoreError &e) {
                throw StoreError(QStringLiteral("%1: %2").arg(step->description, e.message()));
            }
        }
        // The tables the steps made record their changes as every other plan table does.
        QStringList untracked;
        {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral(
                    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                    "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' AND "
                    "c.relname <> 'audit_log' AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE "
                    "t.tgrelid = c.oid AND t.tgname = 'log_change') ORDER BY c.relname")))
                throw StoreError(serverMessage(q.lastError()));
            while (q.next())
                if (!ServerDialect::serverTables().contains(q.value(0).toString()))
                    untracked << q.value(0).toString();
        }
        for (const QString &table : untracked)
            Sql::exec(db, ServerDialect::changeTrigger(table));
        QSqlQuery version = Sql::prepare(
            db, QStringLiteral("UPDATE server_meta SET value = ? WHERE key = 'schema_version'"));
        version.addBindValue(QString::number(target));
        Sql::exec(version);
        AuditEntry entry;
        entry.action = AuditAction::Migrate;
        entry.after = QStringLiteral("{\"from\":%1,\"to\":%2}").arg(upgraded.from).arg(target);
        AuditLog(db).record(entry);
        transaction.commit();
    } catch (const StoreError &e) {
        return Problem::of(Tr::tr("Nothing was changed on %1: %2 (a server plan is upgraded by "
                                  "its owner, who pushed it)")
                               .arg(address.displayUrl(), e.message()));
    }
    upgraded.to = target;
    return upgraded;
}

namespace {
// Runs statements in one transaction as the connection's role; the first refusal rolls
// all back and is returned in the server's words.
Result<> runInTransaction(QSqlDatabase &db, const QStringList &statements,
                          const std::function<void(QSqlQuery &)> &more = {})
{
    if (!db.transaction())
        return Problem::of(serverMessage(db.lastError()));
    bool rolledBack = false;
    try {
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                const QString why = serverMessage(q.lastError());
                db.rollback();
                rolledBack = true;
                throw StoreError(why);
            }
        }
        if (more)
            more(q);
        if (!db.commit())
            throw StoreError(serverMessage(db.lastError()));
    } catch (const StoreError &e) {
        if (!rolledBack)
            db.rollback();
        return Problem::of(e.message());
    }
    return {};
}
} // namespace

Result<QStringList> ServerPlan::setUpTeam(const ServerAddress &address)
{
    auto connected = connectUnchecked(address);
    if (!connected)
        return connected.problem();
    const std::unique_ptr<ServerPlan> plan = std::move(*connected);
    QSqlDatabase db = plan->database();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'team'")))
            return Problem::of(Tr::tr("%1 holds no Cohort Planner plan: push a plan there first "
                                      "(cohortplanner-cli push, or server-init --from FILE)")
                                   .arg(address.displayUrl()));
        if (q.next())
            return Problem::of(
                Tr::tr("The plan at %1 is set up for a team already").arg(address.displayUrl()));
    }
    QStringList statements = ServerDialect::teamSecurity(address.database);
    statements << QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('team', '1')");
    if (const Result<> done = runInTransaction(db, statements); !done)
        return Problem::of(Tr::tr("Nothing was changed on %1: %2 (set up a team as the "
                                  "server's administrator)")
                               .arg(address.displayUrl(), done.message()));
    QStringList groups;
    for (auto group : {ServerDialect::TeamGroup::Director, ServerDialect::TeamGroup::Coordinator,
                       ServerDialect::TeamGroup::Viewer})
        groups << ServerDialect::groupRole(address.database, group);
    return groups;
}

Result<> ServerPlan::setPerson(const ServerAddress &address, const Person &person)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!valid.match(person.name).hasMatch())
        return Problem::of(Tr::tr("“%1” cannot be a login name: use up to 63 lower-case "
                                  "letters, digits, “_”, “.” or “-”, starting with a letter")
                               .arg(person.name));
    auto connected = connectUnchecked(address);
    if (!connected)
        return connected.problem();
    const std::unique_ptr<ServerPlan> plan = std::move(*connected);
    QSqlDatabase db = plan->database();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'team'")) ||
            !q.next())
            return Problem::of(Tr::tr("The plan at %1 is not set up for a team: run "
                                      "cohortplanner-cli server-init first")
                                   .arg(address.displayUrl()));
    }
    using ServerDialect::quoted;
    const QString role = quoted(person.name);
    const QString literal = ServerDialect::literal(person.name);
    QStringList statements;
    statements << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                 "rolname = %1) THEN CREATE ROLE %2 LOGIN; END IF; END $$")
                      .arg(literal, role);
    for (auto group : {ServerDialect::TeamGroup::Director, ServerDialect::TeamGroup::Coordinator,
                       ServerDialect::TeamGroup::Viewer})
        statements << QStringLiteral("REVOKE %1 FROM %2")
                          .arg(quoted(ServerDialect::groupRole(address.database, group)), role);
    statements << QStringLiteral("DELETE FROM district_access WHERE role_name = %1").arg(literal);
    if (person.remove) {
        statements << QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(role);
    } else {
        statements << QStringLiteral("ALTER ROLE %1 LOGIN").arg(role);
        statements << QStringLiteral("GRANT %1 TO %2")
                          .arg(quoted(ServerDialect::groupRole(address.database, person.group)),
                               role);
    }
    const Result<> done = runInTransaction(db, statements, [&](QSqlQuery &q) {
        if (person.remove)
            return;
        for (const QString &district : person.districts) {
            q.prepare(QStringLiteral("INSERT INTO district_access (role_name, district) "
                                     "VALUES (?, ?) ON CONFLICT DO NOTHING"));
            q.addBindValue(person.name);
            q.addBindValue(district);
            if (!q.exec())
                throw StoreError(serverMessage(q.lastError()));
        }
        if (!person.password.isEmpty()) {
            // The server quotes the password (format's %L), never this program.
            q.prepare(QStringLiteral("SELECT format('ALTER ROLE %I PASSWORD %L', ?::text, "
                                     "?::text)"));
            q.addBindValue(person.name);
            q.addBindValue(person.password);
            if (!q.exec() || !q.next())
                throw StoreError(serverMessage(q.lastError()));
            const QString alter = q.value(0).toString();
            if (!q.exec(alter))
                throw StoreError(serverMessage(q.lastError()));
        }
    });
    if (!done)
        return Problem::of(
            Tr::tr("Nothing was changed on %1: %2").arg(address.displayUrl(), done.message()));
    return {};
}

namespace PlanFormat {

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == Driver;
}

int schemaVersion(const QSqlDatabase &db)
{
    if (!isServer(db))
        return SqlitePlatform::userVersion(db);
    return Sql::scalar(db,
                       QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'"))
        .toInt();
}

qint32 applicationId(const QSqlDatabase &db)
{
    return isServer(db) ? Schema::ApplicationId : SqlitePlatform::applicationId(db);
}

qint64 firstOwnId(const QSqlDatabase &db)
{
    if (isServer(db))
        return 0;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT site FROM checkout")) && q.next())
        return q.value(0).toLongLong() << Schema::IdBlockBits;
    return 0;
}

QString dayDifference(const QSqlDatabase &db, const QString &later, const QString &earlier)
{
    return isServer(db) ? QStringLiteral("((%1)::date - (%2)::date)").arg(later, earlier)
                        : QStringLiteral("(julianday(%1) - julianday(%2))").arg(later, earlier);
}

QString smaller(const QSqlDatabase &db, const QString &a, const QString &b)
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isServer(db) ? QStringLiteral("LEAST") : QStringLiteral("min"), a, b);
}

QString larger(const QSqlDatabase &db, const QString &a, const QString &b)
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isServer(db) ? QStringLiteral("GREATEST") : QStringLiteral("max"), a, b);
}

QString orderedList(const QSqlDatabase &db, const QString &column, const QString &orderBy)
{
    return isServer(db) ? QStringLiteral("string_agg(%1, ',' ORDER BY %2)").arg(column, orderBy)
                        : QStringLiteral("group_concat(%1)").arg(column);
}

} // namespace PlanFormat

} // namespace Planner

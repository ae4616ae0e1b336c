// SPDX-License-Identifier: GPL-3.0-or-later
// Work offline on a server plan (issue 21): checkout into a file, local changes measured
// as an SQLite changeset, sync with every kind of conflict, pulled changes not counted as
// local ones, ids of records made offline that never collide. Runs against the throwaway
// cluster of tools/dev.sh test (COHORT_TEST_PG); skips without one, saying why.
#include "testsupport.h"

#include "store/plandatabase.h"
#include "store/repository.h"
#include "store/schema.h"
#include "store/serverdialect.h"
#include "store/serverstore.h"
#include "store/serversync.h"

#include "domain/plandata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Planner;
using ServerSync::Choice;
using ServerSync::ConflictKind;

class TestServerSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void checkoutKeepsItsBase();
    void offlineRecordsGetIdsOfTheirOwn();
    void syncSendsAndReceives();
    void differentFieldsMergeWithoutConflict();
    void conflicts_data();
    void conflicts();
    void ruleBrokenByTheCombination();
    void resendAfterALostEndIsRecognised();
    void districtCheckout();
    void coordinatorSyncsOnlyTheirDistrict();
    void cliCheckoutAndSync();

private:
    // A server plan holding the demo plan, or an empty address (after QSKIP's reason): a
    // copy of the one pushed at the start, or (ownRoles) one pushed for the test, whose
    // group roles are its own.
    ServerAddress pushedPlan(bool ownRoles = false);
    QString newPath(const QString &name)
    {
        return m_dir.filePath(name + QStringLiteral(".cohortplan"));
    }
    QString demoPlan();
    QTemporaryDir m_dir;
    ServerAddress m_template; // the demo plan pushed once
};

namespace {

// Runs statements on the plan file at path (its own connection, closed again).
bool fileSql(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    auto db = PlanDatabase::open(path, PlanDatabase::Mode::ReadWrite);
    if (!db) {
        if (error)
            *error = db.problem().message;
        return false;
    }
    QSqlQuery q((*db)->database());
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = sql + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
    }
    return true;
}

QVariant fileValue(const QString &path, const QString &sql)
{
    auto db = PlanDatabase::open(path, PlanDatabase::Mode::ReadOnly);
    if (!db)
        return {};
    QSqlQuery q((*db)->database());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Runs statements on the server plan (as its administrator), in one transaction.
bool serverSql(const ServerAddress &address, const QStringList &statements,
               QString *error = nullptr)
{
    auto plan = ServerPlan::open(address, ServerPlan::Mode::ReadWrite);
    if (!plan) {
        if (error)
            *error = plan.problem().message;
        return false;
    }
    QSqlDatabase db = (*plan)->database();
    db.transaction();
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = sql + QStringLiteral(": ") + q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

QVariant serverValue(const ServerAddress &address, const QString &sql)
{
    auto plan = ServerPlan::open(address, ServerPlan::Mode::ReadOnly);
    if (!plan)
        return {};
    QSqlQuery q((*plan)->database());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Every plan table's rows as text, sorted (the History aside: its ids differ by design).
QStringList contentOf(const QSqlDatabase &db)
{
    QStringList content;
    for (const QString &table : ServerDialect::tablesInDependencyOrder()) {
        if (table == QLatin1String("audit_log"))
            continue;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            return {q.lastError().text()};
        QStringList rows;
        const int columns = q.record().count(); // once: record() builds every field anew
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < columns; ++i) {
                const QVariant v = q.value(i);
                values << (q.isNull(i)                       ? QStringLiteral("NULL")
                           : v.typeId() == QMetaType::Double ? QString::number(v.toDouble())
                                                             : v.toString());
            }
            rows << values.join(QLatin1Char('|'));
        }
        rows.sort();
        content << table + QLatin1Char(':') + QString::number(rows.size());
        content << rows;
    }
    return content;
}

QStringList fileContent(const QString &path)
{
    auto db = PlanDatabase::open(path, PlanDatabase::Mode::ReadOnly);
    return db ? contentOf((*db)->database()) : QStringList{db.problem().message};
}

QStringList serverContent(const ServerAddress &address)
{
    auto plan = ServerPlan::open(address, ServerPlan::Mode::ReadOnly);
    return plan ? contentOf((*plan)->database()) : QStringList{plan.problem().message};
}

int pending(const QString &path)
{
    auto db = PlanDatabase::open(path, PlanDatabase::Mode::ReadOnly);
    if (!db)
        return -1;
    const Result<int> n = ServerSync::pendingChanges((*db)->database());
    return n ? *n : -1;
}

ServerSync::Choices all(Choice choice)
{
    ServerSync::Choices c;
    c.rest = choice;
    return c;
}

} // namespace

#define SERVER_OR_SKIP(address, ...)                                                               \
    const ServerAddress address = pushedPlan(__VA_ARGS__);                                         \
    if (address.database.isEmpty())                                                                \
        QSKIP(TestSupport::NoServer);

#define VERIFY_SQL(call)                                                                           \
    do {                                                                                           \
        QString sqlError;                                                                          \
        QVERIFY2(call, qPrintable(sqlError));                                                      \
    } while (false)

void TestServerSync::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Query results lost")));
}

QString TestServerSync::demoPlan()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.cohortplan"));
    if (!QFile::exists(path))
        TestSupport::writeDemoPlan(path);
    return path;
}

void TestServerSync::initTestCase()
{
    // Pushing the demo plan takes seconds (four times that with the sanitizers); copying
    // a database is a file copy on the server.
    m_template = pushedPlan(true);
}

ServerAddress TestServerSync::pushedPlan(bool ownRoles)
{
    if (!ownRoles)
        return m_template.database.isEmpty() ? m_template
                                             : TestSupport::newServerDatabase(m_template.database);
    const ServerAddress address = TestSupport::newServerDatabase();
    if (address.database.isEmpty())
        return address;
    const Result<ServerPlan::Pushed> pushed = ServerPlan::push(demoPlan(), address);
    if (!pushed) {
        qWarning("push failed: %s", qPrintable(pushed.message()));
        return {};
    }
    return address;
}

void TestServerSync::checkoutKeepsItsBase()
{
    SERVER_OR_SKIP(address);
    const QString path = newPath(QStringLiteral("base"));
    const Result<ServerSync::CheckedOut> copied = ServerSync::checkout(address, path);
    QVERIFY2(copied, qPrintable(copied.message()));
    QCOMPARE(copied->site, 1);
    QVERIFY(copied->rows > 1000);
    QVERIFY2(PlanDatabase::verify(path).isEmpty(),
             qPrintable(PlanDatabase::verify(path).join(QLatin1Char('\n'))));
    QCOMPARE(fileContent(path), serverContent(address));
    {
        auto db = PlanDatabase::open(path, PlanDatabase::Mode::ReadOnly);
        QVERIFY(db);
        const std::optional<ServerSync::Checkout> c = ServerSync::checkoutOf((*db)->database());
        QVERIFY(c);
        QCOMPARE(c->server, address.displayUrl());
        QCOMPARE(c->site, 1);
        QVERIFY(c->districts.isEmpty());
        QVERIFY(c->checkedOutAt.isValid());
    }
    QCOMPARE(pending(path), 0);
    // A second checkout gets the next site; the server never hands one out twice.
    const Result<ServerSync::CheckedOut> second =
        ServerSync::checkout(address, newPath(QStringLiteral("base2")));
    QVERIFY2(second, qPrintable(second.message()));
    QCOMPARE(second->site, 2);
    // Never over a file.
    const Result<ServerSync::CheckedOut> again = ServerSync::checkout(address, path);
    QVERIFY(!again);
    QVERIFY2(again.message().contains(QLatin1String("already exists")),
             qPrintable(again.message()));
    // A checkout whose kept copy of the server's rows is gone says so, and sends nothing.
    const QString damaged = newPath(QStringLiteral("base-damaged"));
    QVERIFY(QFile::copy(path, damaged));
    VERIFY_SQL(fileSql(damaged, {QStringLiteral("DELETE FROM checkout_base")}, &sqlError));
    const QStringList serverBefore = serverContent(address);
    const Result<ServerSync::Report> noBase = ServerSync::sync(damaged, address, {});
    QVERIFY(!noBase);
    QVERIFY2(noBase.message().contains(QLatin1String("check the plan out again")),
             qPrintable(noBase.message()));
    QCOMPARE(pending(damaged), -1);
    QCOMPARE(serverContent(address), serverBefore);
    // A plain plan is no checkout.
    auto plain = PlanDatabase::open(demoPlan(), PlanDatabase::Mode::ReadOnly);
    QVERIFY(plain);
    QVERIFY(!ServerSync::checkoutOf((*plain)->database()));
    const Result<ServerSync::Report> refused = ServerSync::sync(demoPlan(), address, {});
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QLatin1String("not checked out")),
             qPrintable(refused.message()));
}

void TestServerSync::offlineRecordsGetIdsOfTheirOwn()
{
    SERVER_OR_SKIP(address);
    const QString a = newPath(QStringLiteral("site-a"));
    const QString b = newPath(QStringLiteral("site-b"));
    QVERIFY(ServerSync::checkout(address, a));
    QVERIFY(ServerSync::checkout(address, b));
    // Each copy adds a trainee through the store, as every editor does.
    Id ids[2] = {0, 0};
    int n = 0;
    for (const QString &path : {a, b}) {
        auto db = PlanDatabase::open(path, PlanDatabase::Mode::ReadWrite);
        QVERIFY(db);
        Trainee t;
        t.name = QStringLiteral("Offline %1").arg(n);
        Repository<Trainee>((*db)->database()).insert(t);
        ids[n++] = t.id;
    }
    QCOMPARE(ids[0], Id(1) << Schema::IdBlockBits);
    QCOMPARE(ids[1], Id(2) << Schema::IdBlockBits);
    QCOMPARE(pending(a), 1); // the trainee (its History entry goes with it)
    for (const QString &path : {a, b}) {
        const Result<ServerSync::Report> r = ServerSync::sync(path, address, {});
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(r->committed);
        QCOMPARE(r->sent, 1);
        QCOMPARE(r->history, 1);
        QVERIFY(r->conflicts.empty());
    }
    QCOMPARE(serverValue(address, QStringLiteral("SELECT count(*) FROM trainee WHERE name LIKE "
                                                 "'Offline %'"))
                 .toInt(),
             2);
    // The server's own numbering is not moved by them.
    QVERIFY(
        serverValue(address, QStringLiteral("SELECT last_value FROM trainee_id_seq")).toLongLong() <
        (Id(1) << Schema::IdBlockBits));
    // b received a's trainee; a receives b's on its next sync.
    QCOMPARE(
        fileValue(b, QStringLiteral("SELECT count(*) FROM trainee WHERE name LIKE 'Offline %'"))
            .toInt(),
        2);
    const Result<ServerSync::Report> r = ServerSync::sync(a, address, {});
    QVERIFY(r && r->committed);
    QCOMPARE(r->sent, 0);
    QCOMPARE(r->received, 1);
    QCOMPARE(fileContent(a), serverContent(address));
    QCOMPARE(pending(a), 0);
}

void TestServerSync::syncSendsAndReceives()
{
    SERVER_OR_SKIP(address);
    const QString path = newPath(QStringLiteral("sends"));
    QVERIFY(ServerSync::checkout(address, path));
    const qint64 cohort =
        fileValue(path, QStringLiteral("SELECT min(id) FROM cohort")).toLongLong();
    const qint64 first = Id(1) << Schema::IdBlockBits;
    // Offline: a renamed track, a new cohort with a session, a withdrawn enrollment
    // deleted, a History entry.
    VERIFY_SQL(fileSql(path,
                       {QStringLiteral("UPDATE track SET name_zh = '离线' WHERE id = (SELECT "
                                       "min(id) FROM track)"),
                        QStringLiteral("INSERT INTO cohort (id, course_id, code, venue_id, mode, "
                                       "capacity, status) SELECT %1, course_id, 'OFFLINE-1', "
                                       "venue_id, mode, capacity, 'planned' FROM cohort WHERE "
                                       "id = %2")
                            .arg(first + 1)
                            .arg(cohort),
                        QStringLiteral("INSERT INTO cohort_session (id, cohort_id, day, slot) "
                                       "VALUES (%1, %2, '2027-03-01', 'morning')")
                            .arg(first + 1)
                            .arg(first + 1),
                        QStringLiteral("DELETE FROM enrollment WHERE id = (SELECT max(id) FROM "
                                       "enrollment)"),
                        QStringLiteral("INSERT INTO audit_log (at, \"user\", action, table_name, "
                                       "record_key, before, after) VALUES "
                                       "('2026-12-07T10:00:00Z', 'me', 'insert', 'cohort', "
                                       "'OFFLINE-1', '', '{}')")},
                       &sqlError));
    QCOMPARE(pending(path), 4);
    // Meanwhile on the server: another cohort's notes.
    VERIFY_SQL(serverSql(address,
                         {QStringLiteral("UPDATE cohort SET notes = 'from the office' WHERE id = "
                                         "(SELECT max(id) FROM cohort)")},
                         &sqlError));
    const qint64 historyBefore =
        serverValue(address, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();

    const Result<ServerSync::Report> r = ServerSync::sync(path, address, {});
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY(r->committed);
    QVERIFY(r->conflicts.empty());
    QCOMPARE(r->sent, 4);
    QCOMPARE(r->history, 1);
    QCOMPARE(r->received, 1);
    QVERIFY(r->seq > 0);
    // The server has every change, the file every change of the server's: the same plan.
    QCOMPARE(serverValue(address, QStringLiteral("SELECT count(*) FROM cohort WHERE code = "
                                                 "'OFFLINE-1'"))
                 .toInt(),
             1);
    QCOMPARE(fileValue(path, QStringLiteral("SELECT count(*) FROM cohort WHERE notes = 'from the "
                                            "office'"))
                 .toInt(),
             1);
    QCOMPARE(fileContent(path), serverContent(address));
    // The History entry made offline is on the server, under the server role.
    QCOMPARE(serverValue(address, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(),
             historyBefore + 1);
    QCOMPARE(serverValue(address, QStringLiteral("SELECT \"user\" = current_user FROM audit_log "
                                                 "WHERE record_key = 'OFFLINE-1'"))
                 .toBool(),
             true);
    // Pulled changes are not local edits: nothing is pending, and a second sync is quiet.
    QCOMPARE(pending(path), 0);
    const Result<ServerSync::Report> quiet = ServerSync::sync(path, address, {});
    QVERIFY(quiet && quiet->committed);
    QCOMPARE(quiet->sent, 0);
    QCOMPARE(quiet->received, 0);
    QCOMPARE(quiet->seq, r->seq);
    QVERIFY2(PlanDatabase::verify(path).isEmpty(),
             qPrintable(PlanDatabase::verify(path).join(QLatin1Char('\n'))));
}

void TestServerSync::differentFieldsMergeWithoutConflict()
{
    SERVER_OR_SKIP(address);
    const QString path = newPath(QStringLiteral("merge"));
    QVERIFY(ServerSync::checkout(address, path));
    const QString cohort = QStringLiteral("(SELECT min(id) FROM cohort WHERE status = 'open')");
    VERIFY_SQL(serverSql(
        address, {QStringLiteral("UPDATE cohort SET notes = 'theirs' WHERE id = %1").arg(cohort)},
        &sqlError));
    VERIFY_SQL(fileSql(
        path, {QStringLiteral("UPDATE cohort SET code = code || '-B' WHERE id = %1").arg(cohort)},
        &sqlError));
    const Result<ServerSync::Report> r = ServerSync::sync(path, address, {});
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY(r->committed);
    QVERIFY(r->conflicts.empty());
    QCOMPARE(
        serverValue(address, QStringLiteral("SELECT notes || ' ' || right(code, 2) FROM cohort "
                                            "WHERE id = %1")
                                 .arg(cohort))
            .toString(),
        QStringLiteral("theirs -B"));
    QCOMPARE(fileContent(path), serverContent(address));
}

void TestServerSync::conflicts_data()
{
    QTest::addColumn<QStringList>("onServer");
    QTest::addColumn<QStringList>("here");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("mineAllowed");
    // What the server holds after "mine" was chosen (a query giving 1), where it can be.
    QTest::addColumn<QString>("mineOnServer");

    const QString planned = QStringLiteral("(SELECT min(id) FROM cohort WHERE status = 'open')");
    const QString session =
        QStringLiteral("(SELECT min(id) FROM cohort_session WHERE cohort_id = %1)").arg(planned);
    const QString block = QString::number((qint64(1) << Schema::IdBlockBits) + 1);

    QTest::newRow("both changed")
        << QStringList{QStringLiteral("UPDATE cohort SET notes = 'theirs' WHERE id = %1")
                           .arg(planned)}
        << QStringList{QStringLiteral("UPDATE cohort SET notes = 'mine' WHERE id = %1")
                           .arg(planned)}
        << int(ConflictKind::BothChanged) << QStringLiteral("cohort") << true
        << QStringLiteral("SELECT count(*) FROM cohort WHERE notes = 'mine'");
    QTest::newRow("changed here, deleted there")
        << QStringList{QStringLiteral("DELETE FROM cohort_session WHERE id = %1").arg(session)}
        << QStringList{QStringLiteral("UPDATE cohort_session SET slot = (SELECT s FROM (SELECT "
                                      "'morning' AS s UNION ALL SELECT 'afternoon' UNION ALL "
                                      "SELECT 'evening') WHERE s NOT IN (SELECT slot FROM "
                                      "cohort_session x WHERE x.cohort_id = "
                                      "cohort_session.cohort_id AND x.day = cohort_session.day) "
                                      "LIMIT 1) WHERE id = %1")
                           .arg(session)}
        << int(ConflictKind::ChangedDeleted) << QStringLiteral("cohort_session") << true
        << QStringLiteral("SELECT count(*) FROM cohort_session WHERE id = %1").arg(session);
    QTest::newRow("deleted here, changed there")
        << QStringList{QStringLiteral("UPDATE cohort SET notes = 'theirs' WHERE id = %1")
                           .arg(planned)}
        << QStringList{QStringLiteral("DELETE FROM cohort WHERE id = %1").arg(planned)}
        << int(ConflictKind::DeletedChanged) << QStringLiteral("cohort") << true
        << QStringLiteral("SELECT count(*) = 0 FROM cohort WHERE notes = 'theirs'");
    QTest::newRow("deleted here, used there")
        << QStringList{QStringLiteral("INSERT INTO cohort_session (cohort_id, day, slot) SELECT "
                                      "%1, '2027-12-24', 'evening'")
                           .arg(planned)}
        << QStringList{QStringLiteral("DELETE FROM cohort WHERE id = %1").arg(planned)}
        << int(ConflictKind::DeletedInUse) << QStringLiteral("cohort") << true
        << QStringLiteral("SELECT count(*) = 0 FROM cohort_session WHERE day = '2027-12-24'");
    QTest::newRow("unique clash")
        << QStringList{QStringLiteral("INSERT INTO cohort (course_id, code, venue_id, mode, "
                                      "capacity, status) SELECT course_id, 'SHARED-1', venue_id, "
                                      "mode, capacity, 'planned' FROM cohort WHERE id = %1")
                           .arg(planned)}
        << QStringList{QStringLiteral(
                           "INSERT INTO cohort (id, course_id, code, venue_id, mode, "
                           "capacity, status) SELECT %1, course_id, 'SHARED-1', "
                           "venue_id, mode, capacity, 'planned' FROM cohort WHERE id = %2")
                           .arg(block, planned)}
        << int(ConflictKind::UniqueClash) << QStringLiteral("cohort") << false << QString();
    QTest::newRow("broken reference")
        << QStringList{QStringLiteral("DELETE FROM cohort WHERE id = %1").arg(planned)}
        << QStringList{QStringLiteral("INSERT INTO cohort_session (id, cohort_id, day, slot) "
                                      "VALUES (%1, %2, '2027-12-24', 'evening')")
                           .arg(block, planned)}
        << int(ConflictKind::BrokenReference) << QStringLiteral("cohort_session") << false
        << QString();
}

void TestServerSync::conflicts()
{
    QFETCH(QStringList, onServer);
    QFETCH(QStringList, here);
    QFETCH(int, kind);
    QFETCH(QString, table);
    QFETCH(bool, mineAllowed);
    QFETCH(QString, mineOnServer);
    SERVER_OR_SKIP(address);
    const QString path = newPath(QStringLiteral("conflict-%1")
                                     .arg(QLatin1String(QTest::currentDataTag()))
                                     .replace(QLatin1Char(' '), QLatin1Char('-'))
                                     .remove(QLatin1Char(',')));
    QVERIFY(ServerSync::checkout(address, path));
    VERIFY_SQL(serverSql(address, onServer, &sqlError));
    VERIFY_SQL(fileSql(path, here, &sqlError));
    const QStringList serverBefore = serverContent(address);
    const QStringList fileBefore = fileContent(path);
    const int pendingBefore = pending(path);
    QVERIFY(pendingBefore > 0);

    // Undecided: the conflict is listed, and nothing is written anywhere.
    const Result<ServerSync::Report> first = ServerSync::sync(path, address, {});
    QVERIFY2(first, qPrintable(first.message()));
    QVERIFY(!first->committed);
    QCOMPARE(first->conflicts.size(), std::size_t(1));
    const ServerSync::Conflict conflict = first->conflicts.front();
    QCOMPARE(int(conflict.kind), kind);
    QCOMPARE(conflict.table, table);
    QCOMPARE(conflict.mineAllowed, mineAllowed);
    QVERIFY(!conflict.message.isEmpty());
    QVERIFY(!conflict.label.isEmpty());
    QVERIFY(conflict.id.startsWith(table + QLatin1Char(':')));
    if (conflict.kind == ConflictKind::BothChanged) {
        QCOMPARE(conflict.fields.size(), std::size_t(1));
        QCOMPARE(conflict.fields.front().column, QStringLiteral("notes"));
        QCOMPARE(conflict.fields.front().mine.toString(), QStringLiteral("mine"));
        QCOMPARE(conflict.fields.front().theirs.toString(), QStringLiteral("theirs"));
    }
    QCOMPARE(serverContent(address), serverBefore);
    QCOMPARE(fileContent(path), fileBefore);
    QCOMPARE(pending(path), pendingBefore);

    // "Mine" where it cannot be: still undecided.
    if (!mineAllowed) {
        const Result<ServerSync::Report> mine = ServerSync::sync(path, address, all(Choice::Mine));
        QVERIFY(mine && !mine->committed);
        QCOMPARE(serverContent(address), serverBefore);
    }
    // Chosen one by one: mine on a copy where allowed, theirs on the file itself.
    if (mineAllowed) {
        const QString copy = path + QStringLiteral(".mine.cohortplan");
        QVERIFY(QFile::copy(path, copy));
        ServerSync::Choices choices;
        choices.byConflict.insert(conflict.id, Choice::Mine);
        const Result<ServerSync::Report> mine = ServerSync::sync(copy, address, choices);
        QVERIFY2(mine, qPrintable(mine.message()));
        QVERIFY(mine->committed);
        QCOMPARE(serverValue(address, mineOnServer).toInt(), 1);
        QCOMPARE(fileContent(copy), serverContent(address));
        QCOMPARE(pending(copy), 0);
        return;
    }
    ServerSync::Choices choices;
    choices.byConflict.insert(conflict.id, Choice::Theirs);
    const Result<ServerSync::Report> theirs = ServerSync::sync(path, address, choices);
    QVERIFY2(theirs, qPrintable(theirs.message()));
    QVERIFY(theirs->committed);
    QCOMPARE(theirs->kept, 1);
    QCOMPARE(serverContent(address), serverBefore);
    QCOMPARE(fileContent(path), serverBefore);
    QCOMPARE(pending(path), 0);
}

void TestServerSync::ruleBrokenByTheCombination()
{
    SERVER_OR_SKIP(address);
    // A cohort with one seat left, nobody waiting.
    const QString cohort = QStringLiteral(
        "(SELECT min(c.id) FROM cohort c WHERE c.status = 'open' AND NOT EXISTS (SELECT 1 FROM "
        "enrollment e WHERE e.cohort_id = c.id AND e.status = 'waitlisted'))");
    VERIFY_SQL(serverSql(address,
                         {QStringLiteral("UPDATE cohort SET capacity = (SELECT count(*) + 1 FROM "
                                         "enrollment WHERE cohort_id = %1 AND status IN "
                                         "('enrolled', 'completed', 'failed')) WHERE id = %1")
                              .arg(cohort)},
                         &sqlError));
    const QString path = newPath(QStringLiteral("rule"));
    QVERIFY(ServerSync::checkout(address, path));
    const qint64 c = fileValue(path, QStringLiteral("SELECT %1").arg(cohort)).toLongLong();
    QVERIFY(c > 0);
    // Each takes the last seat: the server for one new trainee, this copy for another.
    VERIFY_SQL(serverSql(address,
                         {QStringLiteral("INSERT INTO trainee (name) VALUES ('Seat A')"),
                          QStringLiteral("INSERT INTO enrollment (trainee_id, cohort_id, status) "
                                         "SELECT id, %1, 'enrolled' FROM trainee WHERE name = "
                                         "'Seat A'")
                              .arg(c)},
                         &sqlError));
    const qint64 first = Id(1) << Schema::IdBlockBits;
    VERIFY_SQL(fileSql(
        path,
        {QStringLiteral("INSERT INTO trainee (id, name) VALUES (%1, 'Seat B')").arg(first + 1),
         QStringLiteral("INSERT INTO enrollment (id, trainee_id, cohort_id, "
                        "status) VALUES (%1, %1, %2, 'enrolled')")
             .arg(first + 1)
             .arg(c)},
        &sqlError));
    const QStringList serverBefore = serverContent(address);
    const Result<ServerSync::Report> r = ServerSync::sync(path, address, all(Choice::Mine));
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY(!r->committed);
    QCOMPARE(r->conflicts.size(), std::size_t(1));
    QCOMPARE(r->conflicts.front().kind, ConflictKind::RuleBroken);
    QVERIFY(!r->conflicts.front().mineAllowed);
    QVERIFY2(r->conflicts.front().message.contains(QLatin1String("capacity")) ||
                 r->conflicts.front().message.contains(QLatin1String("seat")),
             qPrintable(r->conflicts.front().message));
    QCOMPARE(serverContent(address), serverBefore);
    // Mended here (a waiting place instead), the sync goes through.
    VERIFY_SQL(fileSql(path,
                       {QStringLiteral("UPDATE enrollment SET status = 'waitlisted', "
                                       "waitlist_position = 1 WHERE id = %1")
                            .arg(first + 1)},
                       &sqlError));
    const Result<ServerSync::Report> mended = ServerSync::sync(path, address, {});
    QVERIFY2(mended, qPrintable(mended.message()));
    QVERIFY2(mended->committed, QJsonDocument(mended->toJson()).toJson().constData());
    QCOMPARE(fileContent(path), serverContent(address));
}

void TestServerSync::resendAfterALostEndIsRecognised()
{
    SERVER_OR_SKIP(address);
    const QString path = newPath(QStringLiteral("resend"));
    QVERIFY(ServerSync::checkout(address, path));
    const qint64 first = Id(1) << Schema::IdBlockBits;
    VERIFY_SQL(fileSql(
        path,
        {QStringLiteral("UPDATE cohort SET notes = 'again' WHERE id = (SELECT "
                        "min(id) FROM cohort)"),
         QStringLiteral("INSERT INTO trainee (id, name) VALUES (%1, 'Twice')").arg(first + 1),
         QStringLiteral("DELETE FROM enrollment WHERE id = (SELECT max(id) FROM "
                        "enrollment)"),
         // The History of the edits (two alike: both are sent, once).
         QStringLiteral("INSERT INTO audit_log (at, user, action, table_name, record_key, "
                        "before, after) VALUES ('2026-12-08T09:00:00.000Z', 'me', 'update', "
                        "'cohort', '1', '{}', '{\"notes\":\"again\"}'), "
                        "('2026-12-08T09:00:01.000Z', 'me', 'insert', 'trainee', 'x', '', "
                        "'{}'), ('2026-12-08T09:00:01.000Z', 'me', 'insert', 'trainee', 'x', "
                        "'', '{}')")},
        &sqlError));
    // The file as it was when the server committed but the file was not brought up to
    // date (a full disk, a crash): sent again, every change is recognised, none doubled,
    // and the History's entries are not sent twice.
    const QString before = path + QStringLiteral(".before");
    QVERIFY(QFile::copy(path, before));
    const Result<ServerSync::Report> r = ServerSync::sync(path, address, {});
    QVERIFY(r && r->committed);
    QCOMPARE(r->sent, 3);
    QCOMPARE(r->history, 3);
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(before, path));
    const Result<ServerSync::Report> again = ServerSync::sync(path, address, {});
    QVERIFY2(again, qPrintable(again.message()));
    QVERIFY(again->committed);
    QVERIFY(again->conflicts.empty());
    QCOMPARE(again->sent, 0);
    QCOMPARE(again->history, 0);
    QCOMPARE(
        serverValue(address, QStringLiteral("SELECT count(*) FROM trainee WHERE name = 'Twice'"))
            .toInt(),
        1);
    QCOMPARE(serverValue(address, QStringLiteral("SELECT count(*) FROM audit_log WHERE at >= "
                                                 "'2026-12-08T09:00:00.000Z' AND at < "
                                                 "'2026-12-08T09:00:02'"))
                 .toInt(),
             3);
    QCOMPARE(fileContent(path), serverContent(address));
}

void TestServerSync::districtCheckout()
{
    SERVER_OR_SKIP(address);
    const QString district =
        serverValue(address, QStringLiteral("SELECT district FROM venue v WHERE district <> '' AND "
                                            "EXISTS (SELECT 1 FROM cohort c WHERE c.venue_id = "
                                            "v.id) ORDER BY id LIMIT 1"))
            .toString();
    QVERIFY(!district.isEmpty());
    const QString path = newPath(QStringLiteral("district"));
    const Result<ServerSync::CheckedOut> copied = ServerSync::checkout(address, path, {district});
    QVERIFY2(copied, qPrintable(copied.message()));
    const QString outside = QStringLiteral("SELECT count(*) FROM cohort c JOIN venue v ON v.id = "
                                           "c.venue_id WHERE v.district <> '%1'")
                                .arg(district);
    const QString inside = QStringLiteral("SELECT count(*) FROM cohort c JOIN venue v ON v.id = "
                                          "c.venue_id WHERE v.district = '%1'")
                               .arg(district);
    QCOMPARE(fileValue(path, outside).toInt(), 0);
    QCOMPARE(fileValue(path, inside).toInt(), serverValue(address, inside).toInt());
    QCOMPARE(fileValue(path, QStringLiteral("SELECT count(*) FROM instructor")).toInt(),
             serverValue(address, QStringLiteral("SELECT count(*) FROM instructor")).toInt());
    QVERIFY2(PlanDatabase::verify(path).isEmpty(),
             qPrintable(PlanDatabase::verify(path).join(QLatin1Char('\n'))));
    // Changes on the server inside the district come in, those outside stay out.
    VERIFY_SQL(serverSql(address,
                         {QStringLiteral("UPDATE cohort SET notes = 'in' WHERE id IN (SELECT c.id "
                                         "FROM cohort c JOIN venue v ON v.id = c.venue_id WHERE "
                                         "v.district = '%1')")
                              .arg(district),
                          QStringLiteral("UPDATE cohort SET notes = 'out' WHERE id IN (SELECT c.id "
                                         "FROM cohort c JOIN venue v ON v.id = c.venue_id WHERE "
                                         "v.district <> '%1')")
                              .arg(district)},
                         &sqlError));
    const Result<ServerSync::Report> r = ServerSync::sync(path, address, {});
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY(r->committed);
    QCOMPARE(
        fileValue(path, QStringLiteral("SELECT count(*) FROM cohort WHERE notes = 'out'")).toInt(),
        0);
    QCOMPARE(
        fileValue(path, QStringLiteral("SELECT count(*) FROM cohort WHERE notes = 'in'")).toInt(),
        serverValue(address, inside).toInt());
    QCOMPARE(fileValue(path, outside).toInt(), 0);
    QCOMPARE(pending(path), 0);
}

// A coordinator works offline on the whole plan they may read, and changes a cohort of
// their district and one of another's: the server itself refuses the second (row-level
// security), listed as not theirs to change; with theirs chosen, the first goes through.
void TestServerSync::coordinatorSyncsOnlyTheirDistrict()
{
    SERVER_OR_SKIP(address, true); // the team's roles are this database's
    const Result<QStringList> team = ServerPlan::setUpTeam(address);
    QVERIFY2(team, qPrintable(team.message()));
    const QString district =
        serverValue(address, QStringLiteral("SELECT district FROM venue v WHERE district <> '' AND "
                                            "EXISTS (SELECT 1 FROM cohort c WHERE c.venue_id = "
                                            "v.id) ORDER BY id LIMIT 1"))
            .toString();
    ServerPlan::Person person;
    person.name = QStringLiteral("coord_") + address.database.right(12);
    person.group = ServerDialect::TeamGroup::Coordinator;
    person.districts = {district};
    person.password = QStringLiteral("offline-Pass-1");
    const Result<> made = ServerPlan::setPerson(address, person);
    QVERIFY2(made, qPrintable(made.message()));
    ServerAddress coordinator = address;
    coordinator.user = person.name;
    coordinator.password = person.password;

    const QString path = newPath(QStringLiteral("coordinator"));
    const Result<ServerSync::CheckedOut> copied = ServerSync::checkout(coordinator, path);
    QVERIFY2(copied, qPrintable(copied.message()));
    QVERIFY(copied->site > 0);
    const QString own =
        QStringLiteral(
            "(SELECT min(c.id) FROM cohort c JOIN venue v ON v.id = c.venue_id WHERE v.district = "
            "'%1')")
            .arg(district);
    const QString foreign =
        QStringLiteral(
            "(SELECT min(c.id) FROM cohort c JOIN venue v ON v.id = c.venue_id WHERE v.district <> "
            "'%1')")
            .arg(district);
    const QString foreignNotes =
        serverValue(address, QStringLiteral("SELECT notes FROM cohort WHERE id = %1").arg(foreign))
            .toString();
    VERIFY_SQL(fileSql(
        path,
        {QStringLiteral("UPDATE cohort SET notes = 'mine, own' WHERE id = %1").arg(own),
         QStringLiteral("UPDATE cohort SET notes = 'mine, foreign' WHERE id = %1").arg(foreign)},
        &sqlError));
    const Result<ServerSync::Report> first = ServerSync::sync(path, coordinator, all(Choice::Mine));
    QVERIFY2(first, qPrintable(first.message()));
    QVERIFY(!first->committed);
    QCOMPARE(first->conflicts.size(), std::size_t(1));
    QCOMPARE(first->conflicts.front().kind, ConflictKind::NotAllowed);
    QVERIFY(!first->conflicts.front().mineAllowed);
    const Result<ServerSync::Report> second =
        ServerSync::sync(path, coordinator, all(Choice::Theirs));
    QVERIFY2(second, qPrintable(second.message()));
    QVERIFY(second->committed);
    QCOMPARE(second->sent, 1);
    QCOMPARE(second->kept, 1);
    QCOMPARE(serverValue(address, QStringLiteral("SELECT notes FROM cohort WHERE id = %1").arg(own))
                 .toString(),
             QStringLiteral("mine, own"));
    QCOMPARE(
        serverValue(address, QStringLiteral("SELECT notes FROM cohort WHERE id = %1").arg(foreign))
            .toString(),
        foreignNotes);
    QCOMPARE(fileValue(path, QStringLiteral("SELECT notes FROM cohort WHERE id = %1").arg(foreign))
                 .toString(),
             foreignNotes);
    QCOMPARE(pending(path), 0);

    // A viewer's copy gets no site: a sync brings it up to date, and refuses to send.
    ServerPlan::Person viewer;
    viewer.name = QStringLiteral("view_") + address.database.right(12);
    viewer.group = ServerDialect::TeamGroup::Viewer;
    viewer.password = QStringLiteral("offline-Pass-2");
    QVERIFY(ServerPlan::setPerson(address, viewer));
    ServerAddress reader = address;
    reader.user = viewer.name;
    reader.password = viewer.password;
    const QString readerPath = newPath(QStringLiteral("viewer"));
    const Result<ServerSync::CheckedOut> readerCopy = ServerSync::checkout(reader, readerPath);
    QVERIFY2(readerCopy, qPrintable(readerCopy.message()));
    QCOMPARE(readerCopy->site, 0);
    VERIFY_SQL(serverSql(address,
                         {QStringLiteral("UPDATE cohort SET notes = 'seen by the viewer' WHERE "
                                         "id = %1")
                              .arg(own)},
                         &sqlError));
    const Result<ServerSync::Report> refreshed = ServerSync::sync(readerPath, reader, {});
    QVERIFY2(refreshed, qPrintable(refreshed.message()));
    QVERIFY(refreshed->committed);
    QCOMPARE(refreshed->received, 1);
    QCOMPARE(
        fileValue(readerPath, QStringLiteral("SELECT notes FROM cohort WHERE id = %1").arg(own))
            .toString(),
        QStringLiteral("seen by the viewer"));
    VERIFY_SQL(
        fileSql(readerPath,
                {QStringLiteral("UPDATE cohort SET notes = 'viewer edit' WHERE id = %1").arg(own)},
                &sqlError));
    const Result<ServerSync::Report> refused = ServerSync::sync(readerPath, reader, {});
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QLatin1String("only read")), qPrintable(refused.message()));
}

void TestServerSync::cliCheckoutAndSync()
{
    SERVER_OR_SKIP(address);
    auto cli = [](const QStringList &arguments, QJsonObject *json = nullptr) {
        QProcess p;
        p.start(QStringLiteral(COHORT_CLI_PATH), arguments);
        p.waitForFinished(120000);
        if (json)
            *json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        return p.exitCode();
    };
    const QString path = newPath(QStringLiteral("cli"));
    QJsonObject out;
    QCOMPARE(cli({QStringLiteral("checkout"), address.displayUrl(), path, QStringLiteral("--json")},
                 &out),
             0);
    QCOMPARE(out.value(QStringLiteral("site")).toInt(), 1);
    VERIFY_SQL(serverSql(
        address,
        {QStringLiteral(
            "UPDATE track SET name_zh = 'theirs' WHERE id = (SELECT min(id) FROM track)")},
        &sqlError));
    VERIFY_SQL(
        fileSql(path,
                {QStringLiteral(
                    "UPDATE track SET name_zh = 'mine' WHERE id = (SELECT min(id) FROM track)")},
                &sqlError));
    // A conflict blocks (exit 3) and is listed with what to choose by.
    QCOMPARE(cli({QStringLiteral("sync"), path, QStringLiteral("--json")}, &out), 3);
    QCOMPARE(out.value(QStringLiteral("committed")).toBool(), false);
    const QJsonArray conflicts = out.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject conflict = conflicts.at(0).toObject();
    QCOMPARE(conflict.value(QStringLiteral("kind")).toString(), QStringLiteral("both-changed"));
    const QString id = conflict.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("track:")));
    QCOMPARE(conflict.value(QStringLiteral("fields"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("theirs"))
                 .toString(),
             QStringLiteral("theirs"));
    // Chosen by id: mine.
    QCOMPARE(
        cli({QStringLiteral("sync"), path, QStringLiteral("--mine"), id, QStringLiteral("--json")},
            &out),
        0);
    QCOMPARE(out.value(QStringLiteral("sent")).toInt(), 1);
    QCOMPARE(serverValue(
                 address,
                 QStringLiteral("SELECT name_zh FROM track WHERE id = (SELECT min(id) FROM track)"))
                 .toString(),
             QStringLiteral("mine"));
    QCOMPARE(
        cli({QStringLiteral("sync"), path, QStringLiteral("--prefer"), QStringLiteral("both")}), 2);
}

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_serversync.moc"

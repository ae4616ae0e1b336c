// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversync.h"

#include "plandatabase.h"
#include "planinvariants.h"
#include "schema.h"
#include "serverdialect.h"
#include "sqliteplatform.h"
#include "sqlutil.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <map>
#include <set>

namespace Planner::ServerSync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ServerSync)
};

using SqlitePlatform::RowChange;
using Operation = RowChange::Operation;

// The base is attached under this name while a sync runs.
const QString Base = QStringLiteral("checkout_base_rows");
// checkout_base holds the image compressed, in parts of at most this many bytes (a value
// is at most 16 MiB).
constexpr qsizetype BasePartBytes = 8 * 1024 * 1024;
constexpr int KeyBatch = 400;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// A table as both copies have it.
struct Table
{
    QString name;
    QStringList columns;
    std::vector<int> key; // the primary key's columns, in key order
    int index = 0;        // in dependency order (parents first)
    // Its references: a column holding the id of a record of another table.
    struct Reference
    {
        int column;
        QString table;
    };
    std::vector<Reference> references;

    QString keyCondition(const QString &prefix = {}) const
    {
        QStringList parts;
        for (int i : key)
            parts << prefix + quoted(columns.at(i)) + QStringLiteral(" = ?");
        return parts.join(QLatin1String(" AND "));
    }
    QString columnList(const QString &prefix = {}) const
    {
        QStringList parts;
        for (const QString &c : columns)
            parts << prefix + quoted(c);
        return parts.join(QLatin1Char(','));
    }
};

// The plan tables a checkout and its server share, by name.
std::map<QString, Table> describe(const QSqlDatabase &file)
{
    std::map<QString, Table> tables;
    int index = 0;
    for (const QString &name : ServerDialect::tablesInDependencyOrder()) {
        Table t;
        t.name = name;
        t.index = index++;
        QSqlQuery q =
            Sql::prepare(file, QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(name)));
        Sql::exec(q);
        std::vector<std::pair<int, int>> key; // (position in key, column)
        while (q.next()) {
            const int column = int(t.columns.size());
            t.columns << q.value(1).toString();
            if (const int position = q.value(5).toInt(); position > 0)
                key.emplace_back(position, column);
        }
        std::sort(key.begin(), key.end());
        for (const auto &k : key)
            t.key.push_back(k.second);
        QSqlQuery fk = Sql::prepare(
            file, QStringLiteral("PRAGMA main.foreign_key_list(%1)").arg(quoted(name)));
        Sql::exec(fk);
        while (fk.next())
            t.references.push_back(
                {int(t.columns.indexOf(fk.value(3).toString())), fk.value(2).toString()});
        tables.emplace(name, std::move(t));
    }
    return tables;
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

// Whether two values of one column are the same, whichever copy (and driver) they come
// from: SQLite gives qint64, double, QString; the server's driver the same for BIGINT,
// DOUBLE PRECISION and TEXT.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (isNumber(a) && isNumber(b)) {
        if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
            return a.toDouble() == b.toDouble();
        return a.toLongLong() == b.toLongLong();
    }
    return a.toString() == b.toString();
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (isNumber(v))
        return v.typeId() == QMetaType::Double ? QJsonValue(v.toDouble())
                                               : QJsonValue(v.toLongLong());
    return v.toString();
}

// A row read from either copy: its values by column, or nothing.
using Row = std::optional<QVariantList>;

// The row at key, read with q (prepared as "SELECT <t's columns> ... WHERE <key>").
Row readRow(QSqlQuery &q, const Table &t, const QVariantList &key)
{
    for (int i = 0; i < key.size(); ++i)
        q.bindValue(i, key.at(i));
    if (!q.exec())
        throw StoreError(ServerPlan::messageOf(q.lastError()));
    Row row;
    if (q.next()) {
        QVariantList values;
        for (int i = 0; i < t.columns.size(); ++i)
            values << (q.isNull(i) ? QVariant() : q.value(i));
        row = std::move(values);
    }
    q.finish();
    return row;
}

Row readRow(const QSqlDatabase &db, const QString &from, const Table &t, const QVariantList &key,
            const QString &suffix = {})
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3%4")
                       .arg(t.columnList(), from, t.keyCondition(), suffix)))
        throw StoreError(ServerPlan::messageOf(q.lastError()));
    return readRow(q, t, key);
}

QVariant bindableValue(const QVariant &v)
{
    return v.isNull() ? QVariant() : v;
}

// One local change on its way to the server.
struct Pending
{
    RowChange change;
    const Table *table = nullptr;
    QVariantList key;
    QString id; // Conflict::id()
};

QString keyText(const QVariantList &key)
{
    QStringList parts;
    for (const QVariant &k : key)
        parts << k.toString();
    return parts.join(QLatin1Char(','));
}

// The tables whose rows a checkout compares with its base: the plan's, but the History
// (whose entries made here are those numbered after the checkout's history mark).
QStringList comparedTables()
{
    QStringList tables = ServerDialect::tablesInDependencyOrder();
    tables.removeAll(QStringLiteral("audit_log"));
    return tables;
}

// A key column's value from the change log's JSON, as keyText() writes it.
QString jsonKey(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : v.toVariant().toString();
}

} // namespace

QString kindName(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::BothChanged:
        return QStringLiteral("both-changed");
    case ConflictKind::ChangedDeleted:
        return QStringLiteral("changed-here-deleted-there");
    case ConflictKind::DeletedChanged:
        return QStringLiteral("deleted-here-changed-there");
    case ConflictKind::DeletedInUse:
        return QStringLiteral("deleted-here-used-there");
    case ConflictKind::UniqueClash:
        return QStringLiteral("unique-clash");
    case ConflictKind::BrokenReference:
        return QStringLiteral("broken-reference");
    case ConflictKind::NotAllowed:
        return QStringLiteral("not-allowed");
    case ConflictKind::Refused:
        return QStringLiteral("refused");
    case ConflictKind::RuleBroken:
        return QStringLiteral("rule-broken");
    }
    return {};
}

QJsonObject Conflict::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("kind")] = kindName(kind);
    o[QStringLiteral("table")] = table;
    o[QStringLiteral("key")] = key;
    o[QStringLiteral("label")] = label;
    o[QStringLiteral("message")] = message;
    o[QStringLiteral("mine_allowed")] = mineAllowed;
    QJsonArray f;
    for (const FieldDifference &d : fields)
        f.append(QJsonObject{{QStringLiteral("column"), d.column},
                             {QStringLiteral("base"), jsonOf(d.base)},
                             {QStringLiteral("mine"), jsonOf(d.mine)},
                             {QStringLiteral("theirs"), jsonOf(d.theirs)}});
    o[QStringLiteral("fields")] = f;
    return o;
}

Choice Choices::of(const Conflict &conflict) const
{
    const Choice c = byConflict.value(conflict.id, Choice::Undecided);
    return c != Choice::Undecided ? c : rest;
}

QJsonObject Report::toJson() const
{
    QJsonArray list;
    for (const Conflict &c : conflicts)
        list.append(c.toJson());
    return QJsonObject{
        {QStringLiteral("committed"), committed}, {QStringLiteral("sent"), sent},
        {QStringLiteral("kept_theirs"), kept},    {QStringLiteral("received"), received},
        {QStringLiteral("history"), history},     {QStringLiteral("seq"), seq},
        {QStringLiteral("conflicts"), list}};
}

std::optional<Checkout> checkoutOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT server, site, districts, seq, checked_out_at, synced_at, "
                               "history_mark FROM checkout")) ||
        !q.next())
        return std::nullopt;
    Checkout c;
    c.server = q.value(0).toString();
    c.site = q.value(1).toInt();
    for (const QJsonValue &d : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        c.districts << d.toString();
    c.seq = q.value(3).toLongLong();
    c.checkedOutAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    c.syncedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    c.historyMark = q.value(6).toLongLong();
    return c;
}

namespace {

// Stores the attached base (its image, compressed) as the checkout's.
void storeBase(const QSqlDatabase &file)
{
    auto image = SqlitePlatform::serialize(file, Base);
    if (!image)
        throw StoreError(image.problem().message);
    const QByteArray packed = qCompress(*image, 1);
    Sql::exec(file, QStringLiteral("DELETE FROM main.checkout_base"));
    QSqlQuery insert = Sql::prepare(
        file, QStringLiteral("INSERT INTO main.checkout_base (part, data) VALUES (?, ?)"));
    for (qsizetype at = 0, part = 0; at < packed.size(); at += BasePartBytes, ++part) {
        insert.addBindValue(qint64(part));
        insert.addBindValue(packed.mid(at, BasePartBytes));
        Sql::exec(insert);
    }
}

// Attaches the checkout's base as Base.
Result<> attachBase(QSqlDatabase &file)
{
    QByteArray packed;
    QSqlQuery q(file);
    if (!q.exec(QStringLiteral("SELECT data FROM main.checkout_base ORDER BY part")))
        return Problem::of(q.lastError().text());
    while (q.next())
        packed += q.value(0).toByteArray();
    const QByteArray image = qUncompress(packed);
    if (image.isEmpty())
        return Problem::of(Tr::tr("the copy of the server's rows kept in the plan is missing or "
                                  "damaged: check the plan out again"));
    return SqlitePlatform::attachImage(file, Base, image);
}

void detachBase(const QSqlDatabase &file)
{
    QSqlQuery q(file);
    q.exec(QStringLiteral("DETACH DATABASE %1").arg(quoted(Base)));
}

// The rows of a district checkout, per table (ServerDialect::districtScope).
QString scopeCondition(const QString &table, const QStringList &districts)
{
    return districts.isEmpty() ? QString() : ServerDialect::districtScope(table, districts);
}

} // namespace

Result<CheckedOut> checkout(const ServerAddress &address, const QString &path,
                            const QStringList &districts)
{
    if (QFileInfo::exists(path))
        return Problem::of(Tr::tr("“%1” already exists: a checkout makes a new plan file and "
                                  "never replaces one")
                               .arg(nativePath(path)));
    auto opened = ServerPlan::open(address, ServerPlan::Mode::ReadWrite);
    if (!opened)
        return opened.problem();
    ServerPlan &plan = **opened;
    QSqlDatabase server = plan.database();
    CheckedOut copied;
    // A viewer's copy gets no site: it can be refreshed, not sent.
    if (!plan.isReadOnly()) {
        QSqlQuery q(server);
        if (!q.exec(QStringLiteral("SELECT nextval('checkout_site')")) || !q.next())
            return Problem::of(
                Tr::tr("%1 gave no site number for the checkout: %2")
                    .arg(address.displayUrl(), ServerPlan::messageOf(q.lastError())));
        copied.site = q.value(0).toInt();
    }
    // One snapshot: the rows and the number of the last commit they include.
    if (!server.transaction())
        return Problem::of(ServerPlan::messageOf(server.lastError()));
    struct EndSnapshot
    {
        QSqlDatabase db;
        ~EndSnapshot() { db.rollback(); }
    } endSnapshot{server};
    {
        QSqlQuery q(server);
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return Problem::of(ServerPlan::messageOf(q.lastError()));
    }
    const Result<qint64> last = plan.lastChange();
    if (!last)
        return last.problem();
    copied.seq = *last;

    const QStringList tables = ServerDialect::tablesInDependencyOrder();
    const QString temporary = SqlitePlatform::temporarySibling(path);
    QJsonArray districtList;
    for (const QString &d : districts)
        districtList.append(d);
    const Result<> created = PlanDatabase::create(temporary, [&](QSqlDatabase &file) {
        // The new file's own first rows (its creation date, default rates) give way to
        // the server's, which are the plan.
        for (auto it = tables.crbegin(); it != tables.crend(); ++it)
            Sql::exec(file, QStringLiteral("DELETE FROM \"%1\"").arg(*it));
        for (const QString &table : tables) {
            QSqlQuery rows(server);
            rows.setForwardOnly(true);
            QString sql = QStringLiteral("SELECT * FROM \"%1\"").arg(table);
            if (const QString scope = scopeCondition(table, districts); !scope.isEmpty())
                sql += QStringLiteral(" WHERE ") + scope;
            if (!rows.exec(sql))
                throw StoreError(
                    Tr::tr("Could not read the table %1 of %2: %3")
                        .arg(table, address.displayUrl(), ServerPlan::messageOf(rows.lastError())));
            const QSqlRecord record = rows.record();
            QStringList columns, marks;
            for (int i = 0; i < record.count(); ++i) {
                columns << quoted(record.fieldName(i));
                marks << QStringLiteral("?");
            }
            QSqlQuery insert =
                Sql::prepare(file, QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                       .arg(table, columns.join(QLatin1Char(',')),
                                            marks.join(QLatin1Char(','))));
            while (rows.next()) {
                for (int i = 0; i < record.count(); ++i)
                    insert.bindValue(i, rows.isNull(i) ? QVariant() : rows.value(i));
                Sql::exec(insert);
                ++copied.rows;
            }
            ++copied.tables;
        }
        QSqlQuery row = Sql::prepare(
            file, QStringLiteral("INSERT INTO checkout (id, server, site, districts, seq, "
                                 "checked_out_at, history_mark) VALUES (1, ?, ?, ?, ?, ?, "
                                 "(SELECT coalesce(max(id), 0) FROM audit_log))"));
        row.addBindValue(address.displayUrl());
        row.addBindValue(copied.site);
        row.addBindValue(
            QString::fromUtf8(QJsonDocument(districtList).toJson(QJsonDocument::Compact)));
        row.addBindValue(copied.seq);
        row.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        Sql::exec(row);
    });
    if (!created)
        return created.problem();
    // The base: the file as checked out, as an image kept inside it.
    QString problem;
    {
        PlanDatabase::ThreadConnection connection(temporary, false);
        if (!connection.status()) {
            problem = connection.status().problem().message;
        } else {
            QSqlDatabase file = connection.database();
            try {
                auto image = SqlitePlatform::serialize(file, QStringLiteral("main"));
                if (!image)
                    throw StoreError(image.problem().message);
                if (auto attached = SqlitePlatform::attachImage(file, Base, *image); !attached)
                    throw StoreError(attached.problem().message);
                // The base needs no History (entries made here are those after the mark).
                Sql::exec(file, QStringLiteral("DELETE FROM %1.audit_log").arg(quoted(Base)));
                Sql::exec(file, QStringLiteral("VACUUM %1").arg(quoted(Base)));
                Transaction transaction(file);
                storeBase(file);
                transaction.commit();
                detachBase(file);
            } catch (const StoreError &e) {
                detachBase(file);
                problem = e.message();
            }
        }
    }
    if (problem.isEmpty())
        problem = SqlitePlatform::replaceFile(temporary, path).message();
    if (!problem.isEmpty()) {
        QFile::remove(temporary);
        return Problem::of(Tr::tr("Cannot create “%1”: %2").arg(nativePath(path), problem));
    }
    return copied;
}

Result<int> pendingChanges(const QSqlDatabase &file)
{
    if (!checkoutOf(file))
        return 0;
    QSqlDatabase db = file;
    if (auto attached = attachBase(db); !attached)
        return attached.problem();
    auto changes = SqlitePlatform::differences(db, Base, comparedTables());
    detachBase(db);
    if (!changes)
        return changes.problem();
    return int(changes->size());
}

namespace {

// Replays a checkout's local changes on its server, inside the server transaction the
// caller holds; collects the conflicts.
class Replay
{
public:
    Replay(QSqlDatabase file, QSqlDatabase server, const std::map<QString, Table> &tables,
           const Choices &choices)
        : m_file(std::move(file)), m_server(std::move(server)), m_tables(tables), m_choices(choices)
    {}

    void run(const std::vector<Pending> &pending);

    std::vector<Conflict> conflicts;
    int sent = 0;
    int kept = 0;
    bool undecided = false;

private:
    enum class Done { Written, Already, Kept, Conflict, Clash };
    Done replay(const Pending &p, bool lastTry);
    // Whether p depends on a change not written: an insert or update referring to a record
    // whose insert was not written (or waits for another try), a delete of a record of one
    // whose delete was not.
    bool follows(const Pending &p, const std::set<QString> &parents) const;
    Done update(const Pending &p);
    Done remove(const Pending &p);
    Done insert(const Pending &p, bool lastTry);
    // A conflict: decided (Kept, or Written when mine was chosen and write() succeeds) or
    // left for the coordinator.
    Done conflict(const Pending &p, ConflictKind kind, const QString &message,
                  std::vector<FieldDifference> fields, bool mineAllowed,
                  const std::function<Done()> &writeMine = {});
    Done failed(const Pending &p, const QSqlError &error, bool lastTry);
    QString labelOf(const Pending &p) const;
    Row serverRow(const Pending &p, bool forUpdate) const;
    // A statement on the server, prepared once per sync (one round trip per use after).
    QSqlQuery &statement(const QString &sql) const;
    qint64 logMark() const;

    QSqlDatabase m_file, m_server;
    const std::map<QString, Table> &m_tables;
    const Choices &m_choices;
    std::set<QString> m_deletes; // the ids of the records deleted here
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

void Replay::run(const std::vector<Pending> &pending)
{
    conflicts.clear();
    sent = kept = 0;
    undecided = false;
    m_deletes.clear();
    for (const Pending &p : pending)
        if (p.change.operation == Operation::Delete)
            m_deletes.insert(p.id);
    // Inserts and updates parents first (updates before inserts within a table, to free
    // a code for a new record); then deletes, parents first too, so that a delete kept
    // back keeps back the deletes of its records; then once more the rows a unique key
    // refused, which a change after them may have made room for.
    std::vector<const Pending *> order;
    for (const Pending &p : pending)
        if (p.change.operation != Operation::Delete)
            order.push_back(&p);
    std::stable_sort(order.begin(), order.end(), [](const Pending *a, const Pending *b) {
        if (a->table->index != b->table->index)
            return a->table->index < b->table->index;
        return a->change.operation == Operation::Update && b->change.operation == Operation::Insert;
    });
    std::vector<const Pending *> deletes;
    for (const Pending &p : pending)
        if (p.change.operation == Operation::Delete)
            deletes.push_back(&p);
    std::stable_sort(deletes.begin(), deletes.end(), [](const Pending *a, const Pending *b) {
        return a->table->index < b->table->index;
    });
    order.insert(order.end(), deletes.begin(), deletes.end());
    // Records whose insert or delete did not happen (yet): their records follow them.
    std::set<QString> unwrittenInserts, unwrittenDeletes, waitingInserts;
    std::vector<const Pending *> clashed;
    for (const Pending *p : order) {
        const bool remove = p->change.operation == Operation::Delete;
        if (!remove && follows(*p, waitingInserts)) {
            clashed.push_back(p);
            if (p->change.operation == Operation::Insert)
                waitingInserts.insert(p->id);
            continue;
        }
        if (follows(*p, remove ? unwrittenDeletes : unwrittenInserts)) {
            ++kept;
            (remove ? unwrittenDeletes : unwrittenInserts).insert(p->id);
            continue;
        }
        const Done done = replay(*p, false);
        if (done == Done::Clash) {
            clashed.push_back(p);
            waitingInserts.insert(p->id);
        } else if (done == Done::Kept || done == Done::Conflict) {
            if (remove)
                unwrittenDeletes.insert(p->id);
            else if (p->change.operation == Operation::Insert)
                unwrittenInserts.insert(p->id);
        }
    }
    for (const Pending *p : clashed) {
        if (follows(*p, unwrittenInserts)) {
            ++kept;
            unwrittenInserts.insert(p->id);
            continue;
        }
        const Done done = replay(*p, true);
        if ((done == Done::Kept || done == Done::Conflict) &&
            p->change.operation == Operation::Insert)
            unwrittenInserts.insert(p->id);
    }
}

bool Replay::follows(const Pending &p, const std::set<QString> &parents) const
{
    if (parents.empty())
        return false;
    const RowChange &c = p.change;
    for (const Table::Reference &r : p.table->references) {
        if (r.column < 0)
            continue;
        const auto column = std::size_t(r.column);
        std::optional<QVariant> value =
            c.operation == Operation::Delete ? c.before.at(column) : c.after.at(column);
        if (!value && c.operation == Operation::Update)
            value = c.before.at(column);
        if (value && !value->isNull() &&
            parents.count(r.table + QLatin1Char(':') + value->toString()))
            return true;
    }
    return false;
}

Replay::Done Replay::replay(const Pending &p, bool lastTry)
{
    QSqlQuery q(m_server);
    if (!q.exec(QStringLiteral("SAVEPOINT sync_row")))
        throw StoreError(ServerPlan::messageOf(q.lastError()));
    Done done = Done::Written;
    switch (p.change.operation) {
    case Operation::Insert:
        done = insert(p, lastTry);
        break;
    case Operation::Update:
        done = update(p);
        break;
    case Operation::Delete:
        done = remove(p);
        break;
    }
    if (done == Done::Written) {
        ++sent;
        q.exec(QStringLiteral("RELEASE SAVEPOINT sync_row"));
    } else {
        if (done == Done::Kept)
            ++kept;
        if (!q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sync_row")) ||
            !q.exec(QStringLiteral("RELEASE SAVEPOINT sync_row")))
            throw StoreError(ServerPlan::messageOf(q.lastError()));
    }
    return done;
}

QString Replay::labelOf(const Pending &p) const
{
    const RowChange &c = p.change;
    const QStringList &columns = p.table->columns;
    for (const char *name : {"code", "name", "name_en", "key", "date"}) {
        const int i = int(columns.indexOf(QLatin1String(name)));
        if (i < 0)
            continue;
        for (const auto *values : {&c.after, &c.before})
            if (values->at(i) && !values->at(i)->isNull())
                return values->at(i)->toString();
        if (const Row row =
                readRow(m_file, QStringLiteral("main.") + quoted(p.table->name), *p.table, p.key))
            return row->at(i).toString();
    }
    return keyText(p.key);
}

QSqlQuery &Replay::statement(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &q = m_statements[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_server);
        if (!q->prepare(sql))
            throw StoreError(ServerPlan::messageOf(q->lastError()));
    }
    return *q;
}

Row Replay::serverRow(const Pending &p, bool forUpdate) const
{
    const Table &t = *p.table;
    return readRow(statement(QStringLiteral("SELECT %1 FROM %2 WHERE %3%4")
                                 .arg(t.columnList(), quoted(t.name), t.keyCondition(),
                                      forUpdate ? QStringLiteral(" FOR UPDATE") : QString())),
                   t, p.key);
}

qint64 Replay::logMark() const
{
    return Sql::scalar(m_server, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log "
                                                "WHERE tx = pg_current_xact_id()::text::bigint"))
        .toLongLong();
}

Replay::Done Replay::conflict(const Pending &p, ConflictKind kind, const QString &message,
                              std::vector<FieldDifference> fields, bool mineAllowed,
                              const std::function<Done()> &writeMine)
{
    Conflict c;
    c.id = p.id;
    c.kind = kind;
    c.table = p.table->name;
    for (std::size_t k = 0; k < p.table->key.size(); ++k)
        c.key[p.table->columns.at(p.table->key[k])] = jsonOf(p.key.at(qsizetype(k)));
    c.label = labelOf(p);
    c.message = message;
    c.fields = std::move(fields);
    c.mineAllowed = mineAllowed;
    const Choice choice = m_choices.of(c);
    conflicts.push_back(std::move(c));
    if (choice == Choice::Theirs)
        return Done::Kept;
    if (choice == Choice::Mine && mineAllowed && writeMine)
        return writeMine();
    undecided = true;
    return Done::Conflict;
}

Replay::Done Replay::failed(const Pending &p, const QSqlError &error, bool lastTry)
{
    const QString code = error.nativeErrorCode();
    const QString why = ServerPlan::messageOf(error);
    if (code == QLatin1String("23505")) {
        if (!lastTry)
            return Done::Clash;
        return conflict(p, ConflictKind::UniqueClash,
                        Tr::tr("Another record on the server already has this: %1").arg(why), {},
                        false);
    }
    if (code == QLatin1String("23503"))
        return conflict(p, ConflictKind::BrokenReference,
                        Tr::tr("It refers to a record the server no longer has, or one that "
                               "the server has refers to it: %1")
                            .arg(why),
                        {}, false);
    if (code == QLatin1String("42501"))
        return conflict(p, ConflictKind::NotAllowed,
                        Tr::tr("You may not change this on the server: %1").arg(why), {}, false);
    return conflict(p, ConflictKind::Refused, Tr::tr("The server refused it: %1").arg(why), {},
                    false);
}

Replay::Done Replay::insert(const Pending &p, bool lastTry)
{
    const Table &t = *p.table;
    const RowChange &c = p.change;
    QSqlQuery &q = statement(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(quoted(t.name), t.columnList(),
                 QStringList(t.columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (int i = 0; i < int(c.after.size()); ++i)
        q.bindValue(i, bindableValue(c.after.at(std::size_t(i)).value_or(QVariant())));
    if (q.exec())
        return Done::Written;
    const QSqlError error = q.lastError();
    if (error.nativeErrorCode() == QLatin1String("23505")) {
        // Sent before (a sync whose end did not reach the file)? Then it is there as it is
        // here.
        QSqlQuery undo(m_server);
        undo.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sync_row"));
        if (const Row there = serverRow(p, false)) {
            bool same = true;
            for (qsizetype i = 0; i < t.columns.size(); ++i)
                same = same &&
                       sameValue(there->at(i), c.after.at(std::size_t(i)).value_or(QVariant()));
            if (same)
                return Done::Already;
        }
    }
    return failed(p, error, lastTry);
}

Replay::Done Replay::update(const Pending &p)
{
    const Table &t = *p.table;
    const RowChange &c = p.change;
    std::vector<int> changed;
    for (int i = 0; i < int(t.columns.size()); ++i)
        if (c.after.at(std::size_t(i)) && !c.primaryKey.at(std::size_t(i)))
            changed.push_back(i);
    auto writeMine = [&]() -> Done {
        QStringList sets;
        for (int i : changed)
            sets << quoted(t.columns.at(i)) + QStringLiteral(" = ?");
        QSqlQuery &q =
            statement(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                          .arg(quoted(t.name), sets.join(QLatin1Char(',')), t.keyCondition()));
        int bound = 0;
        for (int i : changed)
            q.bindValue(bound++, bindableValue(*c.after.at(std::size_t(i))));
        for (const QVariant &k : p.key)
            q.bindValue(bound++, k);
        if (!q.exec())
            return failed(p, q.lastError(), true);
        if (q.numRowsAffected() != 1)
            return conflict(p, ConflictKind::NotAllowed,
                            Tr::tr("You may not change this record on the server"), {}, false);
        return Done::Written;
    };
    const Row there = serverRow(p, true);
    if (!there) {
        if (serverRow(p, false))
            return conflict(p, ConflictKind::NotAllowed,
                            Tr::tr("You may not change this record on the server"), {}, false);
        // Changed here, deleted there: mine brings the whole record back as it is here.
        return conflict(p, ConflictKind::ChangedDeleted,
                        Tr::tr("You changed it; someone deleted it on the server meanwhile."), {},
                        true, [&]() -> Done {
                            const Row mine =
                                readRow(m_file, QStringLiteral("main.") + quoted(t.name), t, p.key);
                            if (!mine)
                                return Done::Kept;
                            RowChange whole = c;
                            whole.operation = Operation::Insert;
                            whole.after.clear();
                            for (const QVariant &v : *mine)
                                whole.after.emplace_back(v);
                            Pending again = p;
                            again.change = whole;
                            return insert(again, true);
                        });
    }
    bool already = true;
    std::vector<FieldDifference> differences;
    bool bothChanged = false;
    for (int i : changed) {
        const QVariant base = c.before.at(std::size_t(i)).value_or(QVariant());
        const QVariant mine = *c.after.at(std::size_t(i));
        const QVariant theirs = there->at(i);
        already = already && sameValue(theirs, mine);
        if (!sameValue(theirs, base) && !sameValue(theirs, mine))
            bothChanged = true;
        differences.push_back({t.columns.at(i), base, mine, theirs});
    }
    if (already)
        return Done::Already;
    if (bothChanged)
        return conflict(p, ConflictKind::BothChanged,
                        Tr::tr("You and someone on the server both changed it."),
                        std::move(differences), true, writeMine);
    return writeMine();
}

Replay::Done Replay::remove(const Pending &p)
{
    const Table &t = *p.table;
    const RowChange &c = p.change;
    const Row there = serverRow(p, true);
    if (!there) {
        if (serverRow(p, false))
            return conflict(p, ConflictKind::NotAllowed,
                            Tr::tr("You may not delete this record on the server"), {}, false);
        return Done::Already; // deleted there too
    }
    bool deleteAnyway = false;
    auto writeMine = [&]() -> Done {
        const qint64 mark = logMark();
        QSqlQuery &q = statement(
            QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(t.name), t.keyCondition()));
        for (int i = 0; i < p.key.size(); ++i)
            q.bindValue(i, p.key.at(i));
        if (!q.exec())
            return failed(p, q.lastError(), true);
        if (q.numRowsAffected() != 1)
            return conflict(p, ConflictKind::NotAllowed,
                            Tr::tr("You may not delete this record on the server"), {}, false);
        if (deleteAnyway)
            return Done::Written;
        // What went with it: records of it the server has and this copy never had.
        // (No table refers to its own, so the record itself is the one row of its table.)
        QSqlQuery more(m_server);
        more.prepare(QStringLiteral("SELECT table_name, old_row::text FROM change_log WHERE tx = "
                                    "pg_current_xact_id()::text::bigint AND id > ? AND "
                                    "table_name <> ? ORDER BY id"));
        more.addBindValue(mark);
        more.addBindValue(t.name);
        if (!more.exec())
            throw StoreError(ServerPlan::messageOf(more.lastError()));
        std::map<QString, int> others;
        while (more.next()) {
            const QString table = more.value(0).toString();
            const auto described = m_tables.find(table);
            if (described != m_tables.end()) {
                const QJsonObject row =
                    QJsonDocument::fromJson(more.value(1).toString().toUtf8()).object();
                QStringList key;
                for (int i : described->second.key)
                    key << jsonKey(row.value(described->second.columns.at(i)));
                if (m_deletes.count(table + QLatin1Char(':') + key.join(QLatin1Char(','))))
                    continue; // deleted here too
            }
            ++others[table];
        }
        QStringList gone;
        for (const auto &[table, count] : others)
            gone << QStringLiteral("%1 × %2").arg(count).arg(table);
        if (gone.isEmpty())
            return Done::Written;
        deleteAnyway = true;
        return conflict(p, ConflictKind::DeletedInUse,
                        Tr::tr("You deleted it; on the server it has records added since, which "
                               "would go with it: %1")
                            .arg(gone.join(QLatin1String(", "))),
                        {}, true, [&] { return Done::Written; });
    };
    std::vector<FieldDifference> differences;
    for (int i = 0; i < int(t.columns.size()); ++i) {
        const QVariant base = c.before.at(std::size_t(i)).value_or(QVariant());
        if (!sameValue(there->at(i), base))
            differences.push_back({t.columns.at(i), base, QVariant(), there->at(i)});
    }
    if (!differences.empty())
        return conflict(p, ConflictKind::DeletedChanged,
                        Tr::tr("You deleted it; someone changed it on the server meanwhile."),
                        std::move(differences), true, [&] {
                            deleteAnyway = true;
                            return writeMine();
                        });
    return writeMine();
}

// Keys by table, to fetch.
using KeySet = std::map<QString, std::set<QStringList>>;

QStringList keyStrings(const QVariantList &key)
{
    QStringList k;
    for (const QVariant &v : key)
        k << v.toString();
    return k;
}

// The server's rows at some keys, now (within the checkout's districts), to write into
// the plan and its base: fetched rows are written, rows the server does not have are
// deleted.
struct Fetched
{
    std::vector<const Table *> ordered; // parents first
    std::map<QString, std::vector<QVariantList>> found;
    std::map<QString, std::vector<QStringList>> missing;
};

Fetched fetch(QSqlDatabase &server, const std::map<QString, Table> &tables, const KeySet &keys,
              const QStringList &districts)
{
    Fetched fetched;
    std::vector<const Table *> &ordered = fetched.ordered;
    std::map<QString, std::vector<QVariantList>> &found = fetched.found;
    std::map<QString, std::vector<QStringList>> &missing = fetched.missing;
    for (const auto &[name, t] : tables)
        ordered.push_back(&t);
    std::sort(ordered.begin(), ordered.end(),
              [](const Table *a, const Table *b) { return a->index < b->index; });
    for (const Table *t : ordered) {
        const auto wanted = keys.find(t->name);
        if (wanted == keys.end() || wanted->second.empty())
            continue;
        std::vector<QStringList> all(wanted->second.begin(), wanted->second.end());
        std::set<QStringList> seen;
        for (std::size_t at = 0; at < all.size(); at += KeyBatch) {
            const std::size_t end = std::min(all.size(), at + KeyBatch);
            QStringList tuples;
            QStringList keyColumns;
            for (int i : t->key)
                keyColumns << quoted(t->columns.at(i));
            const QString tuple =
                QLatin1Char('(') +
                QStringList(qsizetype(t->key.size()), QStringLiteral("?")).join(QLatin1Char(',')) +
                QLatin1Char(')');
            for (std::size_t k = at; k < end; ++k)
                tuples << tuple;
            QString sql =
                QStringLiteral("SELECT %1 FROM %2 WHERE (%3) IN (%4)")
                    .arg(t->columnList(), quoted(t->name), keyColumns.join(QLatin1Char(',')),
                         tuples.join(QLatin1Char(',')));
            if (const QString scope = scopeCondition(t->name, districts); !scope.isEmpty())
                sql += QStringLiteral(" AND (%1)").arg(scope);
            QSqlQuery q(server);
            q.setForwardOnly(true);
            if (!q.prepare(sql))
                throw StoreError(ServerPlan::messageOf(q.lastError()));
            for (std::size_t k = at; k < end; ++k)
                for (std::size_t i = 0; i < t->key.size(); ++i) {
                    // Keys travel as text; the server casts them to the column's type.
                    q.addBindValue(all[k].at(qsizetype(i)));
                }
            if (!q.exec())
                throw StoreError(ServerPlan::messageOf(q.lastError()));
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i < t->columns.size(); ++i)
                    row << (q.isNull(i) ? QVariant() : q.value(i));
                QStringList key;
                for (int i : t->key)
                    key << row.at(i).toString();
                seen.insert(key);
                found[t->name].push_back(std::move(row));
            }
        }
        for (const QStringList &k : all)
            if (!seen.count(k))
                missing[t->name].push_back(k);
    }
    return fetched;
}

// Writes what fetch() found into the copy of the plan in schema ("main" or the base).
void write(QSqlDatabase &file, const Fetched &fetched, const QString &schema)
{
    const std::vector<const Table *> &ordered = fetched.ordered;
    const auto &found = fetched.found;
    const auto &missing = fetched.missing;
    // Deletions first, children first (what the server deleted, and records now outside
    // the districts); then the server's rows, parents first.
    for (auto it = ordered.rbegin(); it != ordered.rend(); ++it) {
        const Table *t = *it;
        const auto gone = missing.find(t->name);
        if (gone == missing.end())
            continue;
        {
            QSqlQuery q =
                Sql::prepare(file, QStringLiteral("DELETE FROM %1.%2 WHERE %3")
                                       .arg(quoted(schema), quoted(t->name), t->keyCondition()));
            for (const QStringList &k : gone->second) {
                for (const QString &v : k)
                    q.addBindValue(v);
                Sql::exec(q);
            }
        }
    }
    for (const Table *t : ordered) {
        const auto rows = found.find(t->name);
        if (rows == found.end())
            continue;
        QStringList keyColumns, sets;
        for (int i : t->key)
            keyColumns << quoted(t->columns.at(i));
        for (int i = 0; i < t->columns.size(); ++i)
            if (std::find(t->key.begin(), t->key.end(), i) == t->key.end())
                sets << QStringLiteral("%1 = excluded.%1").arg(quoted(t->columns.at(i)));
        const QString marks =
            QStringList(t->columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
        {
            QSqlQuery q = Sql::prepare(
                file, QStringLiteral("INSERT INTO %1.%2 (%3) VALUES (%4) ON CONFLICT (%5) DO %6")
                          .arg(quoted(schema), quoted(t->name), t->columnList(), marks,
                               keyColumns.join(QLatin1Char(',')),
                               sets.isEmpty()
                                   ? QStringLiteral("NOTHING")
                                   : QStringLiteral("UPDATE SET ") + sets.join(QLatin1Char(','))));
            // A row whose new name another row here still has until a later row moves
            // it: tried again after the others.
            std::vector<const QVariantList *> waiting;
            for (const QVariantList &row : rows->second)
                waiting.push_back(&row);
            while (!waiting.empty()) {
                std::vector<const QVariantList *> again;
                QString lastProblem;
                for (const QVariantList *row : waiting) {
                    for (int i = 0; i < row->size(); ++i)
                        q.bindValue(i, bindableValue(row->at(i)));
                    if (!q.exec()) {
                        lastProblem = q.lastError().text();
                        again.push_back(row);
                    }
                }
                if (again.size() == waiting.size())
                    throw StoreError(Tr::tr("Could not bring a record of %1 up to date: %2")
                                         .arg(t->name, lastProblem));
                waiting = std::move(again);
            }
        }
    }
}

} // namespace

namespace {

// Sends the History's entries made here (numbered after mark, up to end) to the server's
// History: its next ids (nothing refers to them, and the server's History is never
// fetched back), under the server role of the person syncing. Entries a sync sent before,
// whose end did not reach the file (so the mark stayed behind), are on the server
// already: the role's entries there from the first entry's time on are counted, and only
// the entries beyond them are sent (an entry is its time, action, record and values; two
// alike count as two). Returns how many were sent.
int sendHistory(const QSqlDatabase &file, const QSqlDatabase &server, qint64 mark, qint64 end)
{
    if (end <= mark)
        return 0;
    constexpr int Columns = 6;
    const QString columns = QStringLiteral("at, action, table_name, record_key, before, after");
    QSqlQuery rows(file);
    rows.setForwardOnly(true);
    rows.prepare(
        QStringLiteral("SELECT %1 FROM main.audit_log WHERE id > ? AND id <= ? ORDER BY id")
            .arg(columns));
    rows.addBindValue(mark);
    rows.addBindValue(end);
    if (!rows.exec())
        throw StoreError(rows.lastError().text());
    auto entryOf = [](const QSqlQuery &q) {
        QStringList parts;
        for (int i = 0; i < Columns; ++i)
            parts << (q.value(i).isNull() ? QStringLiteral("\u0001") : q.value(i).toString());
        return parts.join(QChar(0x1f));
    };
    std::vector<std::pair<QString, QVariantList>> entries;
    QString first;
    while (rows.next()) {
        QVariantList values;
        for (int i = 0; i < Columns; ++i)
            values << rows.value(i);
        const QString at = rows.value(0).toString();
        if (first.isEmpty() || at < first)
            first = at;
        entries.emplace_back(entryOf(rows), std::move(values));
    }
    if (entries.empty())
        return 0;
    QHash<QString, int> there;
    QSqlQuery sent(server);
    sent.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE \"user\" = current_user AND at >= ?")
            .arg(columns));
    sent.addBindValue(first);
    if (!sent.exec())
        throw StoreError(ServerPlan::messageOf(sent.lastError()));
    while (sent.next())
        ++there[entryOf(sent)];
    QSqlQuery insert(server);
    if (!insert.prepare(QStringLiteral("INSERT INTO audit_log (at, \"user\", action, table_name, "
                                       "record_key, before, after) VALUES (?, current_user, ?, "
                                       "?, ?, ?, ?)")))
        throw StoreError(ServerPlan::messageOf(insert.lastError()));
    int count = 0;
    for (const auto &[entry, values] : entries) {
        if (auto it = there.find(entry); it != there.end() && *it > 0) {
            --*it; // sent before
            continue;
        }
        for (int i = 0; i < Columns; ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            throw StoreError(Tr::tr("The server refused an entry of the History: %1")
                                 .arg(ServerPlan::messageOf(insert.lastError())));
        ++count;
    }
    return count;
}

} // namespace

Result<Report> sync(QSqlDatabase file, const ServerAddress &address, const Choices &choices)
{
    const std::optional<Checkout> checkout = checkoutOf(file);
    if (!checkout)
        return Problem::of(Tr::tr("This plan was not checked out from a server: there is "
                                  "nothing to synchronise"));
    auto opened = ServerPlan::open(address, ServerPlan::Mode::ReadWrite);
    if (!opened)
        return opened.problem();
    ServerPlan &plan = **opened;
    QSqlDatabase server = plan.database();

    if (auto attached = attachBase(file); !attached)
        return Problem::of(Tr::tr("Could not read what the plan was checked out as: %1")
                               .arg(attached.problem().message));
    struct Detach
    {
        QSqlDatabase db;
        ~Detach() { detachBase(db); }
    } detach{file};

    Report report;
    try {
        const std::map<QString, Table> tables = describe(file);
        auto changes = SqlitePlatform::differences(file, Base, comparedTables());
        if (!changes)
            return changes.problem();
        std::vector<Pending> pending;
        for (RowChange &c : *changes) {
            Pending p;
            p.table = &tables.at(c.table);
            for (int i : p.table->key) {
                const auto &v = c.operation == Operation::Insert ? c.after.at(std::size_t(i))
                                                                 : c.before.at(std::size_t(i));
                p.key << v.value_or(QVariant());
            }
            p.id = p.table->name + QLatin1Char(':') + keyText(p.key);
            p.change = std::move(c);
            pending.push_back(std::move(p));
        }
        // The History's entries made here, sent with the changes they record.
        const qint64 historyEnd =
            Sql::scalar(file, QStringLiteral("SELECT coalesce(max(id), 0) FROM main.audit_log"))
                .toLongLong();
        if (!pending.empty() && plan.isReadOnly())
            return Problem::of(Tr::tr("%n change(s) made here cannot be sent: you may only read "
                                      "the plan on %1",
                                      nullptr, int(pending.size()))
                                   .arg(address.displayUrl()));

        // ---- Send: one server transaction.
        if (!server.transaction())
            return Problem::of(ServerPlan::messageOf(server.lastError()));
        bool open = true;
        auto rollback = [&] {
            if (open)
                server.rollback();
            open = false;
        };
        qint64 ownSeq = -1;
        Replay replay(file, server, tables, choices);
        try {
            if (!pending.empty()) {
                PlanInvariants::WriteCheck check(server);
                replay.run(pending);
                if (!replay.undecided) {
                    try {
                        check.finish([&] { replay.run(pending); });
                    } catch (const StoreError &e) {
                        Conflict c;
                        c.id = QStringLiteral("plan:rules");
                        c.kind = ConflictKind::RuleBroken;
                        c.table = QStringLiteral("plan");
                        c.label = Tr::tr("the plan's rules");
                        c.message = e.message();
                        replay.conflicts.push_back(c);
                        replay.undecided = true;
                    }
                }
            }
            report.conflicts = replay.conflicts;
            if (replay.undecided) {
                rollback();
                return report;
            }
            // (A reader's entries, of exports say, stay in the file.)
            if (!plan.isReadOnly())
                report.history = sendHistory(file, server, checkout->historyMark, historyEnd);
            // (A reader's transaction writes nothing and has no id to ask for.)
            const qint64 tx =
                plan.isReadOnly()
                    ? -1
                    : Sql::scalar(server,
                                  QStringLiteral("SELECT pg_current_xact_id()::text::bigint"))
                          .toLongLong();
            if (!server.commit())
                throw StoreError(ServerPlan::messageOf(server.lastError()));
            open = false;
            QSqlQuery q(server);
            q.prepare(QStringLiteral("SELECT seq FROM change_commit WHERE tx = ?"));
            q.addBindValue(tx);
            if (q.exec() && q.next())
                ownSeq = q.value(0).toLongLong();
        } catch (const StoreError &) {
            rollback();
            throw;
        }
        report.committed = true;
        report.sent = replay.sent;
        report.kept = replay.kept;

        // ---- Receive: everything changed since the last merge, ours included.
        KeySet keys;
        for (const Pending &p : pending)
            keys[p.table->name].insert(keyStrings(p.key));
        qint64 seq = checkout->seq;
        for (;;) {
            auto feed = plan.changesSince(seq);
            if (!feed)
                throw StoreError(feed.problem().message);
            if (feed->empty())
                break;
            for (const ServerChange &change : *feed) {
                seq = std::max(seq, change.seq);
                const auto t = tables.find(change.table);
                if (t == tables.end())
                    continue;
                if (change.seq != ownSeq)
                    ++report.received;
                const QJsonObject &row = change.after.isEmpty() ? change.before : change.after;
                QStringList key;
                for (int i : t->second.key)
                    key << jsonKey(row.value(t->second.columns.at(i)));
                keys[change.table].insert(key);
            }
        }
        report.seq = seq;

        // The base first (in memory: its own transaction), then the plan with the base's
        // image and the commit number, in one transaction: the file has all of it or none.
        const Fetched fetched = fetch(server, tables, keys, checkout->districts);
        {
            Transaction base(file);
            Sql::exec(file, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            write(file, fetched, Base);
            base.commit();
        }
        Transaction transaction(file);
        Sql::exec(file, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        write(file, fetched, QStringLiteral("main"));
        QSqlQuery mark =
            Sql::prepare(file, QStringLiteral("UPDATE main.checkout SET seq = ?, history_mark = ?, "
                                              "synced_at = ?"));
        mark.addBindValue(seq);
        mark.addBindValue(historyEnd);
        mark.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        Sql::exec(mark);
        storeBase(file);
        transaction.commit();
    } catch (const StoreError &e) {
        if (report.committed)
            return Problem::of(
                Tr::tr("The server took the changes, but the plan file could not be brought up "
                       "to date: %1. Synchronise again: what was sent is recognised and not "
                       "sent twice.")
                    .arg(e.message()));
        return Problem::of(Tr::tr("Nothing was synchronised: %1").arg(e.message()));
    }
    return report;
}

Result<Report> sync(const QString &path, const std::optional<ServerAddress> &server,
                    const Choices &choices)
{
    PlanDatabase::Opened opened = PlanDatabase::open(path, PlanDatabase::Mode::ReadWrite);
    if (!opened)
        return Problem::of(opened.problem().message);
    const QSqlDatabase db = (*opened)->database();
    ServerAddress address;
    if (server) {
        address = *server;
    } else {
        const std::optional<Checkout> c = checkoutOf(db);
        if (!c)
            return Problem::of(Tr::tr("“%1” was not checked out from a server: there is nothing "
                                      "to synchronise")
                                   .arg(nativePath(path)));
        auto parsed = ServerAddress::parse(c->server);
        if (!parsed)
            return parsed.problem();
        address = *parsed;
    }
    return sync(db, address, choices);
}

} // namespace Planner::ServerSync

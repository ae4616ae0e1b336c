// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverstore.h"

#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

// Work offline on a plan kept on a server, then merge (issue 21, docs/TEAMS.md):
//  - checkout() copies the server plan (or some districts of it) into a new plan file,
//    with the server's rows as they were (checkout_base) and the number of the server's
//    last commit; the file numbers its new records in a block of ids of its own (its
//    site number, Schema::IdBlockBits), so records made on two machines never collide;
//  - the file is then a plan like any other: every feature works on it, with no server;
//  - sync() measures the local changes against the base with SQLite's session extension
//    (a changeset), replays them on the server in one transaction, each row conditioned
//    on the values it had when it was read (its row version), the plan's rules checked
//    over the result; any conflict stops the whole sync, which writes nothing, until the
//    coordinator has chosen for each one; then it fetches the rows that anyone changed
//    since (the change feed) into both the plan and the base, so that pulled changes are
//    never counted as local edits. The local changes stay until the server commits.
namespace Planner::ServerSync {

// What a checkout remembers of its server plan.
struct Checkout
{
    QString server;         // the plan's address, without a password
    int site = 0;           // the block its new records are numbered in (0: a viewer's copy)
    QStringList districts;  // empty: the whole plan
    qint64 seq = 0;         // the server's last commit merged into the file
    qint64 historyMark = 0; // the History's entries after this id were made here, unsent
    QDateTime checkedOutAt, syncedAt;
};
// The checkout the plan at db is, or nullopt when it is a plain plan.
std::optional<Checkout> checkoutOf(const QSqlDatabase &db);

struct CheckedOut
{
    qint64 rows = 0;
    int tables = 0;
    int site = 0;
    qint64 seq = 0;
};
// A new plan file at path holding the server plan's rows (of districts only, when given:
// their cohorts with sessions, instructors and enrollments, their trainees and those
// enrolled in their cohorts; every other table whole), read in one snapshot with the
// number of its last commit. Refused when a file is already there; the file appears whole
// or not at all, and the server is only read (but for the next site number).
Result<CheckedOut> checkout(const ServerAddress &address, const QString &path,
                            const QStringList &districts = {});

// Why one local change could not be replayed on the server.
enum class ConflictKind {
    BothChanged,     // a field changed here was changed on the server too
    ChangedDeleted,  // changed here, deleted on the server
    DeletedChanged,  // deleted here, changed on the server
    DeletedInUse,    // deleted here, but the server has records of it added since
    UniqueClash,     // a name or code another record on the server has
    BrokenReference, // refers to a record the server no longer has
    NotAllowed,      // outside what this person may change (their districts, their role)
    Refused,         // the server refused the row (a value out of range)
    RuleBroken,      // each change is fine, but together they break the plan's rules
};
// A stable name of the kind, for JSON ("both-changed", ...).
QString kindName(ConflictKind kind);

struct FieldDifference
{
    QString column;
    QVariant base, mine, theirs; // as checked out, here, on the server
};

struct Conflict
{
    // Names the conflict across runs of sync, for Choices: "table:key" (the key's columns
    // joined by commas), "plan:rules" for a rule broken.
    QString id;
    ConflictKind kind = ConflictKind::BothChanged;
    QString table;
    QJsonObject key; // the record's primary key columns
    QString label;   // the record as a person knows it: its code or name, else its key
    QString message; // one sentence saying what happened
    std::vector<FieldDifference> fields; // BothChanged and DeletedChanged: what differs
    bool mineAllowed = false;            // whether "keep mine" can be chosen (else fix it here or
                                         // keep theirs)
    QJsonObject toJson() const;
};

enum class Choice { Undecided, Mine, Theirs };
// The coordinator's choices: one by one, else the rule for all the rest.
struct Choices
{
    Choice rest = Choice::Undecided;
    QHash<QString, Choice> byConflict; // Conflict::id -> choice
    Choice of(const Conflict &conflict) const;
};

struct Report
{
    bool committed = false;          // false: a conflict is undecided; nothing was written anywhere
    int sent = 0;                    // local changes written to the server
    int kept = 0;                    // local changes given up for the server's version (Theirs)
    int received = 0;                // other people's row changes fetched
    int history = 0;                 // entries of the History made here, sent
    qint64 seq = 0;                  // the server's last commit now merged
    std::vector<Conflict> conflicts; // all found, decided or not
    QJsonObject toJson() const;
};

// The local changes not yet sent: rows inserted, updated or deleted since the last sync.
Result<int> pendingChanges(const QSqlDatabase &file);

// Synchronises the checkout open at file (read-write) with its server plan, at server
// (its address, with a password where one is needed). See above.
Result<Report> sync(QSqlDatabase file, const ServerAddress &server, const Choices &choices);
// The same for the plan file at path, opened for editing (refused while someone edits
// it); server: the checkout's own address unless given.
Result<Report> sync(const QString &path, const std::optional<ServerAddress> &server,
                    const Choices &choices);

} // namespace Planner::ServerSync

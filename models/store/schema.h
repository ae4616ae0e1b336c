// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QtGlobal>

#include <functional>
#include <tuple>
#include <vector>

class QSqlDatabase;

namespace Planner::Schema {

// PRAGMA application_id of every plan file: "CPLN" in ASCII.
inline constexpr qint32 ApplicationId = 0x43504C4E;
// PRAGMA user_version of the files this build writes.
inline constexpr int CurrentVersion = 8;

// The tables only a plan file has, never copied to or from a server: a checkout's link to
// its server plan (checkout: the server, the site number, the last commit merged) and
// the server's rows as of that commit (checkout_base), which offline changes are
// measured against (serversync.h).
inline const QStringList LocalTables = {QStringLiteral("checkout"),
                                        QStringLiteral("checkout_base")};
// Records get ids in blocks of 2^IdBlockBits: the server and plain files number from 1,
// the checkout of site s from s << IdBlockBits, so that records made offline on
// different machines never share an id.
inline constexpr int IdBlockBits = 40;

// The version the first plans kept on a PostgreSQL server had: a server plan is upgraded
// from there on, by the steps' server forms.
inline constexpr int FirstServerVersion = 8;

// One step of the migration runner: upgrades a file from version `from` to `from + 1`.
// Runs inside the runner's transaction; throws StoreError on failure.
struct Migration
{
    int from = 0;
    QString description;
    std::function<void(QSqlDatabase &)> apply;
    // The same step on a server plan (PostgreSQL), required of every step from
    // FirstServerVersion on: run by the plan's owner in the upgrade's one transaction
    // (ServerPlan::upgrade). A table it creates gets the change log's trigger from the
    // upgrade; on a team's plan the step grants the groups what they may do with it
    // (ServerDialect::groupRole), since a new table is nobody's but its owner's.
    std::function<void(QSqlDatabase &)> server = {};
};

// The steps from version 0 up to CurrentVersion, in order.
const std::vector<Migration> &migrations();

// The schema objects (type, name and SQL text) a file at CurrentVersion holds, made by
// running every migration on an empty in-memory database. A plan file must hold exactly
// these, besides SQLite's own sqlite_* objects.
struct Object
{
    QString type;
    QString name;
    QString sql;
    bool operator==(const Object &) const = default;
    bool operator<(const Object &other) const
    {
        return std::tie(type, name, sql) < std::tie(other.type, other.name, other.sql);
    }
};
const std::vector<Object> &expectedObjects();

} // namespace Planner::Schema

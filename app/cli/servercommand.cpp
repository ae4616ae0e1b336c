// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that reach a plan on a PostgreSQL server as a whole (issue 21): push,
// checkout, and setting a plan up for a team.
#include "servercommand.h"

#include "cliutil.h"

#include "store/serverstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace Planner::Cli {

int pushCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file to copy."));
    parser.addPositionalArgument(QStringLiteral("url"),
                                 tr("The empty server database (postgresql://...)."));
    const QString synopsis = QStringLiteral("usage: cohortplanner-cli push FILE URL [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Copies a plan file into a new, empty PostgreSQL database, in one "
                  "transaction: the database holds the whole plan or stays empty.")))
        return Usage;
    if (parser.positionalArguments().size() != 2)
        return fail(tr("push needs a plan file and a server address") + QLatin1Char('\n') +
                        synopsis,
                    Usage);
    const Result<ServerAddress> address = ServerAddress::parse(parser.positionalArguments().at(1));
    if (!address)
        return fail(address.message(), Usage);
    const Result<ServerPlan::Pushed> pushed =
        ServerPlan::push(parser.positionalArguments().at(0), *address);
    if (!pushed)
        return fail(pushed.message());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("url"), address->displayUrl()},
                   {QStringLiteral("tables"), pushed->tables},
                   {QStringLiteral("rows"), pushed->rows}});
        return Success;
    }
    QTextStream(stdout) << tr("Copied %1 rows in %2 tables to %3")
                               .arg(pushed->rows)
                               .arg(pushed->tables)
                               .arg(address->displayUrl())
                        << Qt::endl;
    return Success;
}

int checkoutCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"), tr("The server plan (postgresql://...)."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The new plan file to write."));
    const QString synopsis = QStringLiteral("usage: cohortplanner-cli checkout URL FILE [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Copies a plan from a PostgreSQL server into a new plan file, for work "
                  "offline. The file appears whole or not at all; the server is only read.")))
        return Usage;
    if (parser.positionalArguments().size() != 2)
        return fail(tr("checkout needs a server address and a new plan file") + QLatin1Char('\n') +
                        synopsis,
                    Usage);
    const Result<ServerAddress> address = ServerAddress::parse(parser.positionalArguments().at(0));
    if (!address)
        return fail(address.message(), Usage);
    const QString path = parser.positionalArguments().at(1);
    const Result<ServerPlan::Pushed> copied = ServerPlan::checkout(*address, path);
    if (!copied)
        return fail(copied.message());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("url"), address->displayUrl()},
                   {QStringLiteral("file"), path},
                   {QStringLiteral("tables"), copied->tables},
                   {QStringLiteral("rows"), copied->rows}});
        return Success;
    }
    QTextStream(stdout) << tr("Copied %1 rows in %2 tables from %3 to %4")
                               .arg(copied->rows)
                               .arg(copied->tables)
                               .arg(address->displayUrl(), path)
                        << Qt::endl;
    return Success;
}

int serverInitCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"), tr("The server plan (postgresql://...)."));
    parser.addOption({QStringLiteral("from"),
                      tr("Push this plan file into the empty database first."),
                      QStringLiteral("FILE")});
    const QString synopsis =
        QStringLiteral("usage: cohortplanner-cli server-init URL [--from FILE] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Sets a server plan up for a team, as the server's administrator: the groups "
                  "director, coordinator and viewer (roles named after the database), their "
                  "privileges, and row-level security that keeps each coordinator to the "
                  "districts given with server-person. One transaction.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("server-init needs a server address") + QLatin1Char('\n') + synopsis, Usage);
    const Result<ServerAddress> address = ServerAddress::parse(parser.positionalArguments().at(0));
    if (!address)
        return fail(address.message(), Usage);
    qint64 rows = 0;
    if (parser.isSet(QStringLiteral("from"))) {
        const Result<ServerPlan::Pushed> pushed =
            ServerPlan::push(parser.value(QStringLiteral("from")), *address);
        if (!pushed)
            return fail(pushed.message());
        rows = pushed->rows;
    }
    const Result<QStringList> groups = ServerPlan::setUpTeam(*address);
    if (!groups)
        return fail(groups.message());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("url"), address->displayUrl()},
                   {QStringLiteral("rows_pushed"), rows},
                   {QStringLiteral("groups"), QJsonArray::fromStringList(*groups)}});
        return Success;
    }
    QTextStream(stdout) << tr("%1 is set up for a team; its groups: %2. Add people with "
                              "cohortplanner-cli server-person.")
                               .arg(address->displayUrl(), groups->join(QStringLiteral(", ")))
                        << Qt::endl;
    return Success;
}

int serverPersonCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"), tr("The server plan (postgresql://...)."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The person's login name."));
    parser.addOption(
        {QStringLiteral("group"), tr("director, coordinator or viewer."), QStringLiteral("GROUP")});
    parser.addOption({QStringLiteral("district"),
                      tr("A district the coordinator plans (repeat for several; \"\" for online "
                         "cohorts)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("password-stdin"),
                      tr("Read the person's password from the first line of standard input.")});
    parser.addOption({QStringLiteral("remove"),
                      tr("The person can no longer log in (the History still names them).")});
    const QString synopsis =
        QStringLiteral("usage: cohortplanner-cli server-person URL NAME --group "
                       "director|coordinator|viewer [--district D]... [--password-stdin] "
                       "[--remove] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Adds a person to a team's server plan, or changes or removes one, as the "
                  "server's administrator: a login role in one group, and the districts a "
                  "coordinator plans.")))
        return Usage;
    if (parser.positionalArguments().size() != 2)
        return fail(tr("server-person needs a server address and a login name") +
                        QLatin1Char('\n') + synopsis,
                    Usage);
    const Result<ServerAddress> address = ServerAddress::parse(parser.positionalArguments().at(0));
    if (!address)
        return fail(address.message(), Usage);
    ServerPlan::Person person;
    person.name = parser.positionalArguments().at(1);
    person.remove = parser.isSet(QStringLiteral("remove"));
    person.districts = parser.values(QStringLiteral("district"));
    const QString group = parser.value(QStringLiteral("group"));
    if (group == QLatin1String("director"))
        person.group = ServerDialect::TeamGroup::Director;
    else if (group == QLatin1String("coordinator"))
        person.group = ServerDialect::TeamGroup::Coordinator;
    else if (group == QLatin1String("viewer"))
        person.group = ServerDialect::TeamGroup::Viewer;
    else if (!person.remove)
        return fail(tr("--group must be director, coordinator or viewer"), Usage);
    if (person.group != ServerDialect::TeamGroup::Coordinator && !person.districts.isEmpty())
        return fail(tr("--district is for coordinators: directors and viewers see every "
                       "district"),
                    Usage);
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        person.password = in.readLine();
        if (person.password.isEmpty())
            return fail(tr("--password-stdin read no password"), Usage);
    }
    if (const Result<> done = ServerPlan::setPerson(*address, person); !done)
        return fail(done.message());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("name"), person.name},
                   {QStringLiteral("group"), person.remove ? QString() : group},
                   {QStringLiteral("districts"), QJsonArray::fromStringList(person.districts)},
                   {QStringLiteral("removed"), person.remove}});
        return Success;
    }
    QTextStream(stdout) << (person.remove ? tr("%1 can no longer log in").arg(person.name)
                                          : tr("%1 is a %2 of the plan").arg(person.name, group))
                        << Qt::endl;
    return Success;
}

} // namespace Planner::Cli

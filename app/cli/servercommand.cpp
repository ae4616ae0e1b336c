// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that reach a plan on a PostgreSQL server as a whole (issue 21): push,
// checkout and sync (work offline), and setting a plan up for a team.
#include "servercommand.h"

#include "cliutil.h"

#include "store/serverstore.h"
#include "store/serversync.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
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
    parser.addOption({QStringLiteral("district"),
                      tr("Only this district's cohorts and trainees (repeat for more); every "
                         "other table whole."),
                      QStringLiteral("D")});
    const QString synopsis =
        QStringLiteral("usage: cohortplanner-cli checkout URL FILE [--district D]... [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Copies a plan from a PostgreSQL server into a new plan file, for work "
                  "offline; sync sends the changes made in it later. The file appears whole or "
                  "not at all; the server is only read.")))
        return Usage;
    if (parser.positionalArguments().size() != 2)
        return fail(tr("checkout needs a server address and a new plan file") + QLatin1Char('\n') +
                        synopsis,
                    Usage);
    const Result<ServerAddress> address = ServerAddress::parse(parser.positionalArguments().at(0));
    if (!address)
        return fail(address.message(), Usage);
    const QString path = parser.positionalArguments().at(1);
    const QStringList districts = parser.values(QStringLiteral("district"));
    const Result<ServerSync::CheckedOut> copied = ServerSync::checkout(*address, path, districts);
    if (!copied)
        return fail(copied.message());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("url"), address->displayUrl()},
                   {QStringLiteral("file"), path},
                   {QStringLiteral("districts"), QJsonArray::fromStringList(districts)},
                   {QStringLiteral("tables"), copied->tables},
                   {QStringLiteral("rows"), copied->rows},
                   {QStringLiteral("site"), copied->site},
                   {QStringLiteral("seq"), copied->seq}});
        return Success;
    }
    QTextStream(stdout) << tr("Copied %1 rows in %2 tables from %3 to %4")
                               .arg(copied->rows)
                               .arg(copied->tables)
                               .arg(address->displayUrl(), path)
                        << Qt::endl;
    return Success;
}

int syncCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The checked-out plan file."));
    parser.addOption({QStringLiteral("server"),
                      tr("The server plan's address, when it needs a password or has moved "
                         "(default: the one it was checked out from)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("prefer"),
                      tr("For every conflict not chosen one by one: keep mine or theirs."),
                      QStringLiteral("mine|theirs")});
    parser.addOption({QStringLiteral("mine"),
                      tr("For this conflict (its id, as listed), keep my version (repeat for "
                         "more)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("theirs"),
                      tr("For this conflict, keep the server's version (repeat for more)."),
                      QStringLiteral("ID")});
    const QString synopsis =
        QStringLiteral("usage: cohortplanner-cli sync FILE [--server URL] [--prefer mine|theirs] "
                       "[--mine ID]... [--theirs ID]... [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Sends the changes made in a checked-out plan to its server, in one "
                  "transaction, and brings the file up to date with everyone else's. A record "
                  "changed on both sides, deleted on one, or a rule broken by the two together "
                  "is a conflict: then nothing is written anywhere until each is chosen (exit "
                  "3).")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("sync needs a checked-out plan file") + QLatin1Char('\n') + synopsis, Usage);
    std::optional<ServerAddress> server;
    if (parser.isSet(QStringLiteral("server"))) {
        const Result<ServerAddress> address =
            ServerAddress::parse(parser.value(QStringLiteral("server")));
        if (!address)
            return fail(address.message(), Usage);
        server = *address;
    }
    ServerSync::Choices choices;
    if (parser.isSet(QStringLiteral("prefer"))) {
        const QString prefer = parser.value(QStringLiteral("prefer"));
        if (prefer == QLatin1String("mine"))
            choices.rest = ServerSync::Choice::Mine;
        else if (prefer == QLatin1String("theirs"))
            choices.rest = ServerSync::Choice::Theirs;
        else
            return fail(tr("--prefer takes mine or theirs, not “%1”").arg(prefer), Usage);
    }
    for (const QString &id : parser.values(QStringLiteral("mine")))
        choices.byConflict.insert(id, ServerSync::Choice::Mine);
    for (const QString &id : parser.values(QStringLiteral("theirs")))
        choices.byConflict.insert(id, ServerSync::Choice::Theirs);
    const QString path = parser.positionalArguments().at(0);
    const Result<ServerSync::Report> report = ServerSync::sync(path, server, choices);
    if (!report)
        return fail(report.message());
    const int status = report->committed ? Success : Blocked;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = report->toJson();
        o.insert(QStringLiteral("ok"), report->committed);
        printJson(o);
        return status;
    }
    QTextStream out(stdout);
    if (!report->committed) {
        out << tr("Nothing was sent: %n conflict(s) to choose", nullptr,
                  int(report->conflicts.size()))
            << Qt::endl;
    } else {
        out << tr("Sent %1 change(s), kept the server's version of %2, received %3; now at "
                  "commit %4")
                   .arg(report->sent)
                   .arg(report->kept)
                   .arg(report->received)
                   .arg(report->seq)
            << Qt::endl;
    }
    for (const ServerSync::Conflict &c : report->conflicts) {
        const ServerSync::Choice chosen = choices.of(c);
        out << QStringLiteral("  %1  %2 (%3): %4")
                   .arg(c.id, c.label, ServerSync::kindName(c.kind), c.message);
        if (chosen == ServerSync::Choice::Theirs)
            out << QStringLiteral(" [theirs]");
        else if (chosen == ServerSync::Choice::Mine && c.mineAllowed)
            out << QStringLiteral(" [mine]");
        out << Qt::endl;
        for (const ServerSync::FieldDifference &f : c.fields)
            out << QStringLiteral("      %1: was %2, mine %3, theirs %4")
                       .arg(f.column, f.base.toString(), f.mine.toString(), f.theirs.toString())
                << Qt::endl;
    }
    return status;
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

int serverUpgradeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"), tr("The server plan (postgresql://...)."));
    const QString synopsis = QStringLiteral("usage: cohortplanner-cli server-upgrade URL [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Upgrades a server plan to this program's format, as the plan's owner (who "
                  "pushed it): every step, in one transaction, for the whole team at once.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("server-upgrade needs a server address") + QLatin1Char('\n') + synopsis,
                    Usage);
    const Result<ServerAddress> address = ServerAddress::parse(parser.positionalArguments().at(0));
    if (!address)
        return fail(address.message(), Usage);
    const Result<ServerPlan::Upgraded> upgraded = ServerPlan::upgrade(*address);
    if (!upgraded)
        return fail(upgraded.message());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("url"), address->displayUrl()},
                   {QStringLiteral("from"), upgraded->from},
                   {QStringLiteral("to"), upgraded->to}});
        return Success;
    }
    QTextStream(stdout) << (upgraded->from == upgraded->to
                                ? tr("%1 has format %2 already: nothing to do.")
                                      .arg(address->displayUrl())
                                      .arg(upgraded->to)
                                : tr("%1 was upgraded from format %2 to %3.")
                                      .arg(address->displayUrl())
                                      .arg(upgraded->from)
                                      .arg(upgraded->to))
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

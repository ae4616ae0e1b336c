// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocommand.h"

#include "cliutil.h"

#include "items/scenariocomparison.h"
#include "store/scenariostore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace Planner::Cli {

namespace {

QJsonObject entryJson(const ScenarioStore::Entry &e)
{
    return {{QStringLiteral("name"), e.name},
            {QStringLiteral("path"), QDir::toNativeSeparators(e.path)},
            {QStringLiteral("modified"), e.modified.toString(Qt::ISODate)},
            {QStringLiteral("size"), double(e.size)},
            {QStringLiteral("usable"), e.usable()},
            {QStringLiteral("problem"), e.problem}};
}

} // namespace

int scenarioCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("list, create NAME, rename NAME NEW, delete NAME or promote "
                                    "NAME."));
    const QString synopsis = QStringLiteral(
        "usage: cohortplanner-cli scenario FILE list|create NAME|rename NAME NEW|delete "
        "NAME|promote NAME [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("What-if copies of a plan, kept beside it in NAME.cohortplan-scenarios/; "
                  "promote makes one the plan, after a checked backup of the plan.")))
        return Usage;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    const int expected = action == QLatin1String("list")     ? 2
                         : action == QLatin1String("rename") ? 4
                         : action == QLatin1String("create") || action == QLatin1String("delete") ||
                                 action == QLatin1String("promote")
                             ? 3
                             : -1;
    if (expected < 0)
        return fail((action.isEmpty() ? tr("scenario needs a plan file and an action")
                                      : tr("unknown scenario action “%1”").arg(action)) +
                        QLatin1Char('\n') + synopsis,
                    Usage);
    if (args.size() != expected)
        return fail(tr("scenario %1 takes %n name(s)", nullptr, expected - 2).arg(action) +
                        QLatin1Char('\n') + synopsis,
                    Usage);
    const QString planPath = args.first();
    if (ServerAddress::isServerUrl(planPath))
        return fail(tr("Scenarios are files beside a plan file: check the server plan out "
                       "(cohortplanner-cli checkout) and weigh scenarios on that copy."));
    if (!QFileInfo::exists(planPath))
        return fail(tr("There is no plan file “%1”.").arg(QDir::toNativeSeparators(planPath)));
    const ScenarioStore store(planPath);
    const bool json = parser.isSet(QStringLiteral("json"));
    QTextStream out(stdout);
    if (action == QLatin1String("list")) {
        const std::vector<ScenarioStore::Entry> entries = store.list();
        if (json) {
            QJsonArray list;
            for (const auto &e : entries)
                list.append(entryJson(e));
            printJson({{QStringLiteral("plan"), QDir::toNativeSeparators(store.planPath())},
                       {QStringLiteral("folder"), QDir::toNativeSeparators(store.folder())},
                       {QStringLiteral("scenarios"), list}});
        } else {
            for (const auto &e : entries)
                out << e.name << (e.usable() ? QString() : QStringLiteral(" (%1)").arg(e.problem))
                    << '\n';
        }
        return Success;
    }
    const QString name = args.at(2);
    if (action == QLatin1String("create") || action == QLatin1String("rename")) {
        const auto entry =
            action == QLatin1String("create") ? store.create(name) : store.rename(name, args.at(3));
        if (!entry)
            return fail(entry.message());
        if (json)
            printJson(
                {{QStringLiteral("ok"), true}, {QStringLiteral("scenario"), entryJson(*entry)}});
        else
            out << QDir::toNativeSeparators(entry->path) << '\n';
        return Success;
    }
    if (action == QLatin1String("delete")) {
        if (const Result<> removed = store.remove(name); !removed)
            return fail(removed.message());
        if (json)
            printJson({{QStringLiteral("ok"), true}, {QStringLiteral("deleted"), name}});
        return Success;
    }
    const Result<QString> promoted = store.promote(name);
    if (!promoted)
        return fail(promoted.message());
    if (json)
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("promoted"), name},
                   {QStringLiteral("backup"), QDir::toNativeSeparators(*promoted)}});
    else
        out << tr("%1 is now the plan; the plan before it is backed up as %2")
                   .arg(name, QDir::toNativeSeparators(*promoted))
            << '\n';
    return Success;
}

namespace {

QJsonObject diffJson(const ScenarioDiff &d, const QString &from, const QString &to)
{
    static const char *const kinds[] = {"added", "removed", "moved", "restaffed"};
    QJsonArray lines;
    for (const ScenarioDiff::Line &l : d.lines)
        lines.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kinds[int(l.kind)])},
                                 {QStringLiteral("cohort"), l.cohort},
                                 {QStringLiteral("before"), l.before},
                                 {QStringLiteral("after"), l.after}});
    return {{QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("added"), d.added},
            {QStringLiteral("removed"), d.removed},
            {QStringLiteral("moved"), d.moved},
            {QStringLiteral("restaffed"), d.restaffed},
            {QStringLiteral("assignments_added"), d.assignmentsAdded},
            {QStringLiteral("assignments_removed"), d.assignmentsRemoved},
            {QStringLiteral("lines"), lines}};
}

QJsonValue optionalMoney(const std::optional<Yuan> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int compareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption({QStringLiteral("scenarios"),
                      tr("Two to four names, comma-separated: \"plan\" for the plan itself, "
                         "else its scenarios."),
                      tr("A,B[,C[,D]]")});
    parser.addOption(
        {QStringLiteral("year"), tr("The year (default: the as-of date's year)."), tr("Y")});
    parser.addOption({QStringLiteral("as-of"),
                      tr("Forecasts as of this date, YYYY-MM-DD (default today)."), tr("DATE")});
    const QString synopsis =
        QStringLiteral("usage: cohortplanner-cli compare FILE --scenarios A,B[,C[,D]] [--year Y] "
                       "[--as-of DATE] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Scenarios of a plan side by side for a year: what each reaches, what it "
                  "costs, and what it changes against the first.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("compare needs exactly one plan file") + QLatin1Char('\n') + synopsis,
                    Usage);
    QDate asOf;
    int year = 0;
    if (!parseYearAndAsOf(parser, &year, &asOf))
        return Usage;
    const QStringList names =
        parser.value(QStringLiteral("scenarios")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.size() < 2 || names.size() > 4)
        return fail(tr("--scenarios takes two to four names, such as plan,\"12000 with more "
                       "instructors\"") +
                        QLatin1Char('\n') + synopsis,
                    Usage);
    const QString planPath = parser.positionalArguments().first();
    if (ServerAddress::isServerUrl(planPath))
        return fail(tr("Scenarios are files beside a plan file: check the server plan out "
                       "(cohortplanner-cli checkout) and weigh scenarios on that copy."));
    if (!QFileInfo::exists(planPath))
        return fail(tr("There is no plan file “%1”.").arg(QDir::toNativeSeparators(planPath)));
    const ScenarioStore store(planPath);
    std::vector<ScenarioComparison::File> files;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.compare(QLatin1String("plan"), Qt::CaseInsensitive) == 0) {
            files.push_back({QStringLiteral("plan"), store.planPath()});
            continue;
        }
        const QString path = store.pathOf(name);
        if (!QFileInfo::exists(path))
            return fail(tr("There is no scenario named “%1” beside %2.")
                            .arg(name, QDir::toNativeSeparators(store.planPath())));
        files.push_back({name, path});
    }
    const ScenarioComparison comparison = ScenarioComparison::compare(files, year, asOf);
    for (const ScenarioFigures &f : comparison.scenarios)
        if (!f.problem.isEmpty())
            return fail(tr("Cannot compare “%1”: %2").arg(f.name, f.problem));
    auto whole = [](double value) { return qint64(std::llround(value)); };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray scenarios;
        for (const ScenarioFigures &f : comparison.scenarios)
            scenarios.append(QJsonObject{
                {QStringLiteral("name"), f.name},
                {QStringLiteral("target"), f.target},
                {QStringLiteral("target_certified"), f.targetCertified},
                {QStringLiteral("reachable"), whole(f.reachable)},
                {QStringLiteral("planned_seats"), f.plannedSeats},
                {QStringLiteral("trained_forecast"), whole(f.trainedForecast)},
                {QStringLiteral("certified_forecast"), whole(f.certifiedForecast)},
                {QStringLiteral("utilisation"), std::round(f.utilisation * 1000) / 1000},
                {QStringLiteral("unstaffed"), f.unstaffed},
                {QStringLiteral("conflicts"), f.blocking + f.warnings},
                {QStringLiteral("blocking_conflicts"), f.blocking},
                {QStringLiteral("cost"), double(f.cost)},
                {QStringLiteral("budget"), optionalMoney(f.budget)},
                {QStringLiteral("cost_per_certificate"), optionalMoney(f.costPerCertificate)}});
        QJsonArray diffs;
        for (std::size_t i = 0; i < comparison.diffs.size(); ++i)
            diffs.append(diffJson(comparison.diffs[i], comparison.scenarios.front().name,
                                  comparison.scenarios[i + 1].name));
        QJsonObject diff = diffs.first().toObject();
        diff.remove(QStringLiteral("lines"));
        printJson({{QStringLiteral("year"), year},
                   {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                   {QStringLiteral("scenarios"), scenarios},
                   {QStringLiteral("diff"), diff},
                   {QStringLiteral("diffs"), diffs}});
        return Success;
    }
    QTextStream out(stdout);
    const QLocale c = QLocale::c();
    out << tr("Compared for %1 as of %2").arg(year).arg(asOf.toString(Qt::ISODate)) << '\n';
    for (const ScenarioFigures &f : comparison.scenarios)
        out << QStringLiteral("  %1: target %2, reachable %3, forecast %4 trained / %5 "
                              "certified, utilisation %6%, unstaffed %7, conflicts %8, cost %9")
                   .arg(f.name)
                   .arg(f.target)
                   .arg(whole(f.reachable))
                   .arg(whole(f.trainedForecast))
                   .arg(whole(f.certifiedForecast))
                   .arg(c.toString(f.utilisation * 100, 'f', 1))
                   .arg(f.unstaffed)
                   .arg(f.blocking + f.warnings)
                   .arg(f.cost)
            << '\n';
    for (std::size_t i = 0; i < comparison.diffs.size(); ++i) {
        const ScenarioDiff &d = comparison.diffs[i];
        out << QStringLiteral("  %1 → %2: %3 added, %4 removed, %5 moved, %6 restaffed")
                   .arg(comparison.scenarios.front().name, comparison.scenarios[i + 1].name)
                   .arg(d.added)
                   .arg(d.removed)
                   .arg(d.moved)
                   .arg(d.restaffed)
            << '\n';
    }
    return Success;
}

} // namespace Planner::Cli

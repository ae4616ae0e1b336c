// SPDX-License-Identifier: GPL-3.0-or-later
// cohortplanner-cli: the plan file from scripts and tests. No widgets.
//
// Every command accepts --json and then prints exactly one JSON object on stdout.
// Errors go to stderr. Exit status: 0 success, 1 the file was refused or has problems,
// 2 wrong usage.
#include "assigncommand.h"
#include "budgetcommand.h"
#include "cliutil.h"
#include "demo/demoplan.h"
#include "domain/language.h"
#include "icscommand.h"
#include "io/planjson.h"
#include "items/conflictmodel.h"
#include "personcommand.h"
#include "planning/conflictengine.h"
#include "planning/identitydocument.h"
#include "planning/progressstats.h"
#include "planningcommand.h"
#include "reportcommand.h"
#include "scenariocommand.h"
#include "servercommand.h"
#include "store/plandatabase.h"
#include "store/planinvariants.h"
#include "store/planqueries.h"
#include "store/repository.h"
#include "store/storeerror.h"
#include "transfercommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Planner;

using namespace Planner::Cli;

namespace {

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), tr("The plan file to write (replaced if it exists)."), tr("FILE")});
    parser.addOption({QStringLiteral("years"),
                      tr("Number of consecutive years, 1 to 10 (default 1)."), tr("N"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed (default 2026)."), tr("S"),
                      QStringLiteral("2026")});
    parser.addOption({QStringLiteral("first-year"), tr("First year of the plan (default 2026)."),
                      tr("Y"), QStringLiteral("2026")});
    parser.addOption({QStringLiteral("as-of"),
                      tr("Date the plan's progress is as of, YYYY-MM-DD (default today)."),
                      tr("DATE")});
    const QString synopsis = QStringLiteral("usage: cohortplanner-cli demo --out FILE [--years N] "
                                            "[--seed S] [--first-year Y] [--as-of DATE] [--json]");
    if (!parse(parser, arguments, synopsis, tr("Writes a demo plan of the Beijing programme.")))
        return Usage;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(tr("demo needs --out FILE") + QLatin1Char('\n') + synopsis, Usage);
    bool ok = false;
    DemoOptions options = DemoPlan::defaultOptions();
    options.years = parser.value(QStringLiteral("years")).toInt(&ok);
    if (!ok || options.years < 1 || options.years > 10)
        return fail(tr("--years must be a whole number from 1 to 10"), Usage);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed must be a non-negative whole number"), Usage);
    options.firstYear = parser.value(QStringLiteral("first-year")).toInt(&ok);
    if (!ok || options.firstYear < 2000 || options.firstYear + options.years - 1 > 2100)
        return fail(tr("--first-year must be a year from 2000 on, with the plan ending by 2100"),
                    Usage);
    if (parser.isSet(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            return fail(tr("--as-of must be a date in the form YYYY-MM-DD, such as 2026-11-28"),
                        Usage);
    }
    QElapsedTimer timer;
    timer.start();
    if (const QString error = DemoPlan::write(out, options).message(); !error.isEmpty())
        return fail(error);
    const qint64 elapsed = timer.elapsed();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("file"), QDir(out).absolutePath()},
                   {QStringLiteral("years"), options.years},
                   {QStringLiteral("seed"), QString::number(options.seed)},
                   {QStringLiteral("first_year"), options.firstYear},
                   {QStringLiteral("as_of"), options.asOf.toString(Qt::ISODate)},
                   {QStringLiteral("milliseconds"), elapsed}});
    } else {
        QTextStream(stdout)
            << tr("Wrote %1 (%2 ms)").arg(QDir::toNativeSeparators(out)).arg(elapsed) << Qt::endl;
    }
    return Success;
}

int info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The plan file, or a server plan (postgresql://...)."));
    const QString synopsis = QStringLiteral("usage: cohortplanner-cli info FILE|URL [--json]");
    if (!parse(parser, arguments, synopsis, tr("Describes a plan: counts, years and targets.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("info needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);
    const auto plan =
        openAnyPlan(parser.positionalArguments().first(), PlanDatabase::Mode::ReadOnly);
    if (!plan)
        return Failure;
    QJsonObject object;
    try {
        object = PlanJson::info(plan->database());
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(object);
        return Success;
    }
    QTextStream out(stdout);
    out << tr("Plan format %1").arg(object.value(QStringLiteral("schema_version")).toInt()) << '\n';
    for (const char *key : {"tracks", "courses", "venues", "instructors", "cohorts", "sessions",
                            "trainees", "enrollments"})
        out << QStringLiteral("%1: %2")
                   .arg(QLatin1String(key))
                   .arg(object.value(QLatin1String(key)).toInt())
            << '\n';
    QStringList years;
    for (const auto &y : object.value(QStringLiteral("years")).toArray())
        years << QString::number(y.toInt());
    out << tr("years: %1").arg(years.join(QLatin1String(", "))) << '\n';
    for (const auto &t : object.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject o = t.toObject();
        out << tr("target %1 %2: %3 trainees")
                   .arg(o.value(QStringLiteral("year")).toInt())
                   .arg(o.value(QStringLiteral("track")).toString())
                   .arg(o.value(QStringLiteral("trainees")).toInt())
            << '\n';
    }
    return Success;
}

int verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    const QString synopsis = QStringLiteral("usage: cohortplanner-cli verify FILE [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Checks a plan file: integrity, foreign keys, application id, schema version "
                  "and schema. Never writes to it.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("verify needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);
    const QString path = parser.positionalArguments().first();
    QStringList problems = PlanDatabase::verify(path);
    // A sound file may still hold identity numbers that are not valid by the state's
    // definition (typed by hand into a plan older than format 4): name each.
    QJsonArray invalidIds;
    QJsonArray violations;
    if (problems.isEmpty()) {
        if (const auto opened = PlanDatabase::open(path, PlanDatabase::Mode::ReadOnly); !opened) {
            problems << opened.message();
        } else {
            const std::unique_ptr<PlanDatabase> &plan = *opened;
            try {
                const QDate today = QDate::currentDate();
                for (const Trainee &t : Repository<Trainee>(plan->database()).loadAll()) {
                    if (t.idNumber.isEmpty())
                        continue;
                    if (const Result<> valid = IdentityDocument::check(t.idType, t.idNumber, today);
                        !valid) {
                        const QString wrong = valid.message();
                        invalidIds.append(QJsonObject{{QStringLiteral("id_number"), t.idNumber},
                                                      {QStringLiteral("id_type"), toKey(t.idType)},
                                                      {QStringLiteral("name"), t.name},
                                                      {QStringLiteral("problem"), wrong}});
                        if (invalidIds.size() <= 20)
                            problems
                                << tr("trainee %1 (%2): the %3 number %4 is not valid: %5")
                                       .arg(t.name, t.idNumber, toKey(t.idType), t.idNumber, wrong);
                    }
                }
                if (invalidIds.size() > 20)
                    problems << tr("… and %1 more trainees whose ID numbers are not valid")
                                    .arg(invalidIds.size() - 20);
                // The rules every plan keeps (PlanRules), each breach with its records.
                for (const PlanRules::Broken &b : PlanInvariants::brokenRules(plan->database())) {
                    auto idArray = [](const std::vector<Id> &ids) {
                        QJsonArray array;
                        for (Id id : ids)
                            array.append(id);
                        return array;
                    };
                    violations.append(
                        QJsonObject{{QStringLiteral("rule"), PlanRules::ruleKey(b.rule)},
                                    {QStringLiteral("message"), b.message},
                                    {QStringLiteral("cohorts"), idArray(b.cohorts)},
                                    {QStringLiteral("trainees"), idArray(b.trainees)},
                                    {QStringLiteral("enrollments"), idArray(b.enrollments)}});
                    problems << b.message;
                }
            } catch (const StoreError &e) {
                problems << e.message();
            }
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("file"), QDir(path).absolutePath()},
                   {QStringLiteral("ok"), problems.isEmpty()},
                   {QStringLiteral("invalid_id_numbers"), invalidIds},
                   {QStringLiteral("violations"), violations},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (problems.isEmpty()) {
        QTextStream(stdout) << tr("%1: ok").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    }
    for (const QString &p : problems)
        QTextStream(stderr) << QDir::toNativeSeparators(path) << ": " << p << Qt::endl;
    return problems.isEmpty() ? Success : Failure;
}

// Reads the year's progress of a plan for `progress` (and the GUI's chart renderer).
int progress(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption(
        {QStringLiteral("year"), tr("The year (default: the as-of date's year)."), tr("Y")});
    parser.addOption({QStringLiteral("as-of"),
                      tr("Progress as of this date, YYYY-MM-DD (default today)."), tr("DATE")});
    parser.addOption({QStringLiteral("track"),
                      tr("Only this track (English or Chinese name); repeatable."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("district"),
         tr("Only cohorts at venues in this district (\"online\" for online cohorts); repeatable."),
         tr("D")});
    const QString synopsis = QStringLiteral(
        "usage: cohortplanner-cli progress FILE|URL [--year Y] [--as-of DATE] [--track "
        "NAME]... [--district D]... [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("The year's progress against its targets, by month and track.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("progress needs exactly one plan file") + QLatin1Char('\n') + synopsis,
                    Usage);
    QDate asOf;
    int year = 0;
    if (!parseYearAndAsOf(parser, &year, &asOf))
        return Usage;
    const auto plan =
        openAnyPlan(parser.positionalArguments().first(), PlanDatabase::Mode::ReadOnly);
    if (!plan)
        return Failure;
    ProgressFacts facts;
    try {
        const PlanQueries queries(plan->database());
        // A year asked for by name must be one the plan has (as chart says too); no
        // answer of zeros for a year nobody planned.
        if (parser.isSet(QStringLiteral("year"))) {
            const std::vector<int> years = queries.planYears();
            if (std::find(years.begin(), years.end(), year) == years.end()) {
                QStringList known;
                for (int y : years)
                    known << QString::number(y);
                return fail(known.isEmpty()
                                ? tr("the plan has no targets or cohorts in %1").arg(year)
                                : tr("the plan has no targets or cohorts in %1 (it has: %2)")
                                      .arg(year)
                                      .arg(known.join(QStringLiteral(", "))));
            }
        }
        facts = queries.progressFacts(year, asOf);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    ProgressFilter filter;
    for (const QString &name : parser.values(QStringLiteral("track"))) {
        const auto it =
            std::find_if(facts.tracks.begin(), facts.tracks.end(), [&](const TrackTarget &t) {
                return t.name.compare(name, Qt::CaseInsensitive) == 0 || t.nameZh == name;
            });
        if (it == facts.tracks.end()) {
            QStringList known;
            for (const TrackTarget &t : facts.tracks)
                known << t.name;
            return fail(tr("unknown track “%1” (the plan has: %2)")
                            .arg(name, known.join(QStringLiteral(", "))),
                        Usage);
        }
        filter.tracks.push_back(it->trackId);
    }
    for (const QString &district : parser.values(QStringLiteral("district")))
        filter.districts.push_back(
            district.compare(QLatin1String("online"), Qt::CaseInsensitive) == 0 ? QString()
                                                                                : district);
    const ProgressReport report = ProgressStats::compute(facts, asOf, filter);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(PlanJson::progress(report));
        return Success;
    }
    QTextStream out(stdout);
    const QLocale c = QLocale::c();
    out << tr("Progress %1 as of %2").arg(report.year).arg(asOf.toString(Qt::ISODate)) << '\n';
    out << tr("target %1, trained %2 (%3%), certified %4, in training %5, forecast %6")
               .arg(report.target)
               .arg(report.trained)
               .arg(c.toString(report.shareOfTarget() * 100, 'f', 0))
               .arg(report.certified)
               .arg(report.inTraining)
               .arg(qint64(std::llround(report.forecast)))
        << '\n';
    for (const TrackProgress &t : report.tracks)
        out << QStringLiteral("  %1: target %2, trained %3, certified %4, forecast %5")
                   .arg(t.name)
                   .arg(t.target)
                   .arg(t.trained)
                   .arg(t.certified)
                   .arg(qint64(std::llround(t.forecast)))
            << '\n';
    return Success;
}

// Charts need widgets, which this tool does not link: the application renders them
// without a window (offscreen), and this command checks the arguments and runs it.
int chart(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The plan file, or a server plan (postgresql://...)."));
    parser.addOption(
        {QStringLiteral("year"), tr("The year (default: the as-of date's year)."), tr("Y")});
    parser.addOption({QStringLiteral("as-of"),
                      tr("Progress as of this date, YYYY-MM-DD (default today)."), tr("DATE")});
    parser.addOption({QStringLiteral("kind"),
                      tr("progress, tracks, capacity, utilisation or years."), tr("KIND")});
    parser.addOption(
        {QStringLiteral("out"), tr("The file to write: .png, .svg or .pdf."), tr("OUT")});
    parser.addOption({QStringLiteral("size"), tr("Width and height in pixels (default 1600x1000)."),
                      tr("WxH"), QStringLiteral("1600x1000")});
    const QString synopsis = QStringLiteral(
        "usage: cohortplanner-cli chart FILE|URL --kind progress|tracks|capacity|utilisation|years "
        "--out OUT.png|OUT.svg|OUT.pdf [--year Y] [--as-of DATE] [--size WxH] [--json]");
    if (!parse(parser, arguments, synopsis, tr("Renders one of the dashboard's charts to a file.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("chart needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);
    const QStringList kinds{QStringLiteral("progress"), QStringLiteral("tracks"),
                            QStringLiteral("capacity"), QStringLiteral("utilisation"),
                            QStringLiteral("years")};
    const QString kind = parser.value(QStringLiteral("kind"));
    if (!kinds.contains(kind))
        return fail(tr("--kind must be one of: %1").arg(kinds.join(QStringLiteral(", "))), Usage);
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() ||
        !QStringList{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}.contains(
            suffix))
        return fail(tr("--out must name a .png, .svg or .pdf file"), Usage);
    QDate asOf;
    int year = 0;
    if (!parseYearAndAsOf(parser, &year, &asOf))
        return Usage;
    const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const int width = wh.value(0).toInt();
    const int height = wh.value(1).toInt();
    if (wh.size() != 2 || width < 100 || height < 100 || width > 10000 || height > 10000)
        return fail(tr("--size must be WIDTHxHEIGHT in pixels, each from 100 to 10000"), Usage);

    const QString app =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("cohortplanner"));
    QProcess renderer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
    renderer.setProcessEnvironment(environment);
    renderer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    renderer.start(app,
                   {parser.positionalArguments().first(), QStringLiteral("--render-chart"), kind,
                    QStringLiteral("--year"), QString::number(year), QStringLiteral("--as-of"),
                    asOf.toString(Qt::ISODate), QStringLiteral("--out"), out,
                    QStringLiteral("--size"), QStringLiteral("%1x%2").arg(width).arg(height)});
    if (!renderer.waitForStarted())
        return fail(tr("cannot start %1 to render the chart: %2")
                        .arg(QDir::toNativeSeparators(app), renderer.errorString()));
    renderer.waitForFinished(-1);
    if (renderer.exitStatus() != QProcess::NormalExit || renderer.exitCode() != 0)
        return Failure;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                   {QStringLiteral("kind"), kind},
                   {QStringLiteral("year"), year},
                   {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                   {QStringLiteral("width"), width},
                   {QStringLiteral("height"), height}});
    } else {
        QTextStream(stdout) << tr("Wrote %1").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    }
    return Success;
}

// Exit status of `check` when a blocking conflict remains.
constexpr int BlockingConflicts = 3;

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption({QStringLiteral("severity"),
                      tr("Set a rule's severity, e.g. over_weekly_limit=block; repeatable."),
                      tr("RULE=LEVEL")});
    const QString synopsis = QStringLiteral(
        "usage: cohortplanner-cli check FILE|URL [--severity RULE=off|warn|block]... [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Checks every session of a plan against the planning rules. Exit status 3 "
                  "when a blocking conflict remains.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("check needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);
    ConflictSettings settings = ConflictSettings::defaults();
    for (const QString &assignment : parser.values(QStringLiteral("severity"))) {
        const QStringList parts = assignment.split(QLatin1Char('='));
        const auto rule = fromKey<ConflictRule>(parts.value(0).trimmed());
        const auto level = fromKey<Severity>(parts.value(1).trimmed());
        if (parts.size() != 2 || !rule || !level) {
            QStringList rules;
            for (int r = 0; r < ConflictRuleCount; ++r)
                rules << toKey(ConflictRule(r));
            return fail(tr("--severity takes RULE=off|warn|block, with RULE one of: %1")
                            .arg(rules.join(QStringLiteral(", "))),
                        Usage);
        }
        settings.set(*rule, *level);
    }
    const auto plan =
        openAnyPlan(parser.positionalArguments().first(), PlanDatabase::Mode::ReadOnly);
    if (!plan)
        return Failure;
    ConflictEngine engine(settings);
    try {
        engine.load(loadConflictInput(plan->database()));
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    const QJsonObject result = PlanJson::conflicts(engine);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(result);
    } else {
        QTextStream out(stdout);
        for (const Conflict &c : engine.conflicts())
            out << (c.severity == Severity::Block ? "BLOCK " : "warn  ") << toKey(c.rule) << ": "
                << c.explanation << '\n';
        out << tr("%1 blocking, %2 warnings")
                   .arg(engine.count(Severity::Block))
                   .arg(engine.count(Severity::Warn))
            << '\n';
    }
    return engine.hasBlocking() ? BlockingConflicts : Success;
}

} // namespace

int main(int argc, char *argv[])
{
    // A report lays out text with fonts, which needs a QGuiApplication: on the offscreen
    // platform, so that no display is needed. Every other command stays without one.
    const bool fonts = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (fonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        fonts ? std::make_unique<QGuiApplication>(argc, argv)
              : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cohortplanner-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COHORT_VERSION));
    // Output stays English for scripts, with proper plural forms from the catalogue.
    Language::install(Language::localeOf(QStringLiteral("en")));
    const QStringList args = QCoreApplication::arguments();
    const QString usage = QStringLiteral(
        "usage: cohortplanner-cli COMMAND [options]\n\n"
        "Commands:\n"
        "  demo --out FILE [--years N] [--seed S] [--first-year Y] [--as-of DATE]\n"
        "                 write a demo plan of the Beijing programme\n"
        "  info FILE|URL  counts, years and targets of a plan\n"
        "  verify FILE    check a plan file without writing to it\n"
        "  push FILE URL  copy a plan file into a new PostgreSQL database\n"
        "                 (postgresql://[user@]host[:port]/database)\n"
        "  checkout URL FILE [--district D]...\n"
        "                 copy a server plan (or districts of it) into a new plan file,\n"
        "                 for work offline\n"
        "  sync FILE [--server URL] [--prefer mine|theirs] [--mine ID]... [--theirs ID]...\n"
        "                 send a checkout's changes to its server and fetch everyone\n"
        "                 else's; conflicts are listed and block until chosen (exit 3)\n"
        "  server-init URL [--from FILE]\n"
        "                 set a server plan up for a team: groups, privileges and\n"
        "                 row-level security by district (as the server's administrator)\n"
        "  server-upgrade URL\n"
        "                 upgrade a server plan to this program's format, for the whole\n"
        "                 team, in one transaction (as the plan's owner)\n"
        "  server-person URL NAME --group director|coordinator|viewer [--district D]...\n"
        "                [--password-stdin] [--remove]\n"
        "                 add or change a person of the team (a login role)\n"
        "  check FILE|URL check every session against the planning rules (exit 3: blocking)\n"
        "  import FILE|URL --kind KIND INPUT [--dry-run] [--skip-invalid] [--encoding E]\n"
        "                 import a CSV or XLSX file (all rows or none); KIND: trainees,\n"
        "                 enrollments, instructors, qualifications, leave, cohorts,\n"
        "                 sessions, calendar\n"
        "  export FILE|URL --kind KIND --out OUT.csv|OUT.xlsx [--include-id-numbers]\n"
        "                 export one table to CSV (UTF-8 with BOM) or XLSX (ID numbers\n"
        "                 masked unless included; personal data exports are recorded)\n"
        "  progress FILE|URL [--year Y] [--as-of DATE] [--track NAME]... [--district D]...\n"
        "                 the year's progress against its targets\n"
        "  budget FILE|URL [--year Y] [--as-of DATE] [--budget TRACK=AMOUNT]... [--fixed "
        "NAME=AMOUNT]...\n"
        "              [--level-rate LEVEL=AMOUNT]...\n"
        "                 the year's costs against its budget (set what is given first)\n"
        "  scenario FILE list|create NAME|rename NAME NEW|delete NAME|promote NAME\n"
        "                 what-if copies of a plan kept beside it; promote makes one the plan\n"
        "  compare FILE --scenarios A,B[,C[,D]] [--year Y] [--as-of DATE]\n"
        "                 scenarios side by side (\"plan\" for the plan): reach, cost, changes\n"
        "  chart FILE|URL --kind KIND --out OUT [--year Y] [--as-of DATE] [--size WxH]\n"
        "                 render a dashboard chart to PNG, SVG or PDF\n"
        "  assign FILE|URL [--replan] [--time-limit S] [--seed N] [--dry-run] [--export-mps OUT]\n"
        "                 staff cohorts with instructors, with a bound on the optimum\n"
        "  ics FILE|URL --instructor CODE|--cohort CODE|--venue NAME --out OUT.ics\n"
        "                 export a teaching schedule, a cohort's sessions or a venue's\n"
        "                 bookings (iCalendar); exporting again updates and cancels events\n"
        "  report FILE|URL --kind plan|timetable|venue|signin|roster|certifications|capacity\n"
        "              [--year Y] [--cohort CODE [--day DATE]|--instructor CODE|--venue NAME]\n"
        "              [--from D --to D] [--lang en|zh_CN] --out OUT.pdf\n"
        "                 a printable report as a PDF file\n"
        "  person FILE|URL --id-number N [--erase [--delete-backups]]\n"
        "                 where a trainee's personal data is in the plan; erase it on request\n"
        "  new-year FILE|URL --year Y [--growth PCT] [--dry-run]\n"
        "                 a new planning year: the targets of the year before, scaled\n"
        "  assumptions FILE|URL --year Y [--track NAME|--course CODE] [--fill PCT] [--no-show "
        "PCT]\n"
        "              [--completion PCT] [--pass PCT]\n"
        "                 list or set the year's planning assumptions (blank PCT: unset)\n"
        "  capacity FILE|URL --year Y\n"
        "                 whether the year's targets are reachable, and what is short (exit 3)\n"
        "  generate FILE|URL --year Y [--dry-run] [--staff]\n"
        "                 lay the cohorts the year still needs onto its working days\n\n"
        "URL: a plan on a PostgreSQL server, postgresql://[user@]host[:port]/database.\n"
        "Every command accepts --json (one JSON object on stdout) and --help.\n"
        "Exit status: 0 success, 1 refused file or problems found, 2 wrong usage,\n"
        "3 (check, capacity, sync) something is left to decide.");
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h")) {
        QTextStream(args.size() < 2 ? stderr : stdout) << usage << Qt::endl;
        return args.size() < 2 ? Usage : Success;
    }
    if (args.at(1) == QLatin1String("--version")) {
        QTextStream(stdout) << "cohortplanner-cli " << COHORT_VERSION << Qt::endl;
        return Success;
    }
    const QString command = args.at(1);
    QStringList rest = args;
    rest.removeAt(1); // keep argv[0] for the parser
    if (command == QLatin1String("demo"))
        return demo(rest);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("push"))
        return pushCommand(rest);
    if (command == QLatin1String("checkout"))
        return checkoutCommand(rest);
    if (command == QLatin1String("sync"))
        return syncCommand(rest);
    if (command == QLatin1String("server-init"))
        return serverInitCommand(rest);
    if (command == QLatin1String("server-upgrade"))
        return serverUpgradeCommand(rest);
    if (command == QLatin1String("server-person"))
        return serverPersonCommand(rest);
    if (command == QLatin1String("verify"))
        return verify(rest);
    if (command == QLatin1String("progress"))
        return progress(rest);
    if (command == QLatin1String("budget"))
        return budgetCommand(rest);
    if (command == QLatin1String("scenario"))
        return scenarioCommand(rest);
    if (command == QLatin1String("compare"))
        return compareCommand(rest);
    if (command == QLatin1String("chart"))
        return chart(rest);
    if (command == QLatin1String("check"))
        return check(rest);
    if (command == QLatin1String("import"))
        return importCommand(rest);
    if (command == QLatin1String("export"))
        return exportCommand(rest);
    if (command == QLatin1String("assign"))
        return assign(rest);
    if (command == QLatin1String("new-year"))
        return newYearCommand(rest);
    if (command == QLatin1String("assumptions"))
        return assumptionsCommand(rest);
    if (command == QLatin1String("capacity"))
        return capacityCommand(rest);
    if (command == QLatin1String("generate"))
        return generateCommand(rest);
    if (command == QLatin1String("ics"))
        return icsCommand(rest);
    if (command == QLatin1String("report"))
        return reportCommand(rest);
    if (command == QLatin1String("person"))
        return personCommand(rest);
    return fail(tr("unknown command “%1”").arg(command) + QLatin1Char('\n') + usage, Usage);
}

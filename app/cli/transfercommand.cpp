// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfercommand.h"

#include "cliutil.h"

#include "io/importer.h"
#include "store/plandatabase.h"
#include "store/serverstore.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Planner::Cli {

namespace {

QString kindList()
{
    QStringList kinds;
    for (int k = 0; k < ImportKindCount; ++k)
        kinds << toKey(ImportKind(k));
    return kinds.join(QLatin1String(", "));
}

} // namespace

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The plan file, or a server plan (postgresql://...)."));
    parser.addPositionalArgument(QStringLiteral("input"), tr("The CSV or XLSX file to import."));
    parser.addOption({QStringLiteral("kind"),
                      tr("What the file holds: trainees, enrollments, instructors, qualifications, "
                         "leave, cohorts, sessions or calendar."),
                      tr("KIND")});
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Check the file and count what would change, without writing.")});
    parser.addOption(
        {QStringLiteral("skip-invalid"),
         tr("Import the valid rows and skip the rows with problems (listed as errors).")});
    parser.addOption(
        {QStringLiteral("blank-clears"), tr("An empty cell clears the stored value of a record the "
                                            "row updates (by default it keeps it).")});
    parser.addOption({QStringLiteral("upgrade-ids"),
                      tr("Store 15-digit first-generation ID numbers as their 18-digit form.")});
    parser.addOption({QStringLiteral("encoding"),
                      tr("The CSV file's encoding: auto (default), utf-8, utf-8-bom or gb18030."),
                      tr("E"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("delimiter"),
                      tr("The CSV delimiter: auto (default), comma, semicolon or tab."), tr("D"),
                      QStringLiteral("auto")});
    const QString synopsis = QStringLiteral(
        "usage: cohortplanner-cli import FILE|URL --kind KIND INPUT [--dry-run] [--skip-invalid] "
        "[--blank-clears] [--upgrade-ids] [--encoding E] [--delimiter D] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Imports a CSV or XLSX file into a plan: every row in one transaction, or none "
                  "when any row has a problem.")))
        return Usage;
    if (parser.positionalArguments().size() != 2)
        return fail(tr("import needs a plan file and an input file") + QLatin1Char('\n') + synopsis,
                    Usage);
    const auto kind = fromKey<ImportKind>(parser.value(QStringLiteral("kind")));
    if (!kind)
        return fail(tr("--kind must be one of: %1").arg(kindList()), Usage);
    ImportOptions options;
    options.kind = *kind;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    options.rows.blankClears = parser.isSet(QStringLiteral("blank-clears"));
    options.rows.upgradeIdNumbers = parser.isSet(QStringLiteral("upgrade-ids"));
    const auto encoding = encodingFromKey(parser.value(QStringLiteral("encoding")));
    if (!encoding)
        return fail(tr("--encoding must be auto, utf-8, utf-8-bom or gb18030"), Usage);
    options.source.encoding = *encoding;
    const QString delimiter = parser.value(QStringLiteral("delimiter")).toLower();
    if (delimiter == QLatin1String("comma") || delimiter == QLatin1String(","))
        options.source.delimiter = QLatin1Char(',');
    else if (delimiter == QLatin1String("semicolon") || delimiter == QLatin1String(";"))
        options.source.delimiter = QLatin1Char(';');
    else if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\t"))
        options.source.delimiter = QLatin1Char('\t');
    else if (delimiter != QLatin1String("auto"))
        return fail(tr("--delimiter must be auto, comma, semicolon or tab"), Usage);

    const auto plan =
        openAnyPlan(parser.positionalArguments().at(0),
                    options.dryRun ? PlanDatabase::Mode::ReadOnly : PlanDatabase::Mode::ReadWrite);
    if (!plan)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = plan->database();
    const ImportResult result = Importer::run(db, parser.positionalArguments().at(1), options);
    const qint64 elapsed = timer.elapsed();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray errors;
        for (const ImportProblem &p : result.problems)
            errors.append(QJsonObject{{QStringLiteral("line"), p.line},
                                      {QStringLiteral("column"), p.column},
                                      {QStringLiteral("value"), p.value},
                                      {QStringLiteral("message"), p.message}});
        QJsonArray columns;
        for (const ColumnCoverage &c : result.columns)
            columns.append(QJsonObject{{QStringLiteral("column"), c.key},
                                       {QStringLiteral("mapped"), c.fileColumn >= 0},
                                       {QStringLiteral("header"), c.header},
                                       {QStringLiteral("changed"), c.changed},
                                       {QStringLiteral("cleared"), c.cleared}});
        QJsonArray cleared;
        for (const ImportProblem &p : result.clearedValues)
            cleared.append(QJsonObject{{QStringLiteral("line"), p.line},
                                       {QStringLiteral("column"), p.column},
                                       {QStringLiteral("value"), p.value}});
        printJson(
            {{QStringLiteral("kind"), toKey(*kind)},
             {QStringLiteral("dry_run"), options.dryRun},
             {QStringLiteral("rows"), result.rows},
             {QStringLiteral("imported"), result.imported},
             {QStringLiteral("updated"), result.updated},
             {QStringLiteral("unchanged"), result.unchanged},
             {QStringLiteral("promoted"), result.promoted},
             {QStringLiteral("skipped"), result.skipped},
             {QStringLiteral("error_count"), result.problemCount},
             {QStringLiteral("columns"), columns},
             {QStringLiteral("unknown_columns"), QJsonArray::fromStringList(result.unknownHeaders)},
             {QStringLiteral("cleared_count"), result.clearedCount},
             {QStringLiteral("cleared"), cleared},
             {QStringLiteral("upgraded_id_numbers"), result.upgradedIdNumbers},
             {QStringLiteral("encoding"), result.source.format == TableFormat::Xlsx
                                              ? QStringLiteral("xlsx")
                                              : encodingKey(result.source.encoding)},
             {QStringLiteral("written"), result.written},
             {QStringLiteral("milliseconds"), elapsed},
             {QStringLiteral("errors"), errors}});
    } else {
        QTextStream out(stdout);
        out << tr("%1 rows: %2 new, %3 changed, %4 unchanged, %5 skipped%6")
                   .arg(result.rows)
                   .arg(result.imported)
                   .arg(result.updated)
                   .arg(result.unchanged)
                   .arg(result.skipped)
                   .arg(options.dryRun ? tr(" (dry run: nothing written)") : QString())
            << Qt::endl;
        QStringList left;
        QStringList changes;
        for (const ColumnCoverage &c : result.columns) {
            if (c.fileColumn < 0)
                left << c.key;
            else if (c.changed > 0)
                changes << (c.cleared > 0
                                ? tr("%1 %2 (%3 cleared)").arg(c.key).arg(c.changed).arg(c.cleared)
                                : tr("%1 %2").arg(c.key).arg(c.changed));
        }
        if (!changes.isEmpty())
            out << tr("Stored values changed: %1").arg(changes.join(QLatin1String(", ")))
                << Qt::endl;
        if (!left.isEmpty())
            out << tr("Not in the file (stored values kept): %1")
                       .arg(left.join(QLatin1String(", ")))
                << Qt::endl;
        if (!result.unknownHeaders.isEmpty())
            out << tr("Columns not imported (no field has their name): %1")
                       .arg(result.unknownHeaders.join(QLatin1String(", ")))
                << Qt::endl;
        for (const ImportProblem &p : result.clearedValues)
            out << tr("line %1: clears %2 “%3”").arg(p.line).arg(p.column, p.value) << Qt::endl;
        if (result.upgradedIdNumbers > 0)
            out << tr("%1 ID numbers of 15 digits stored as 18").arg(result.upgradedIdNumbers)
                << Qt::endl;
        if (result.promoted > 0)
            out << tr("%n waitlisted trainee(s) given a seat in a cohort with a larger capacity",
                      nullptr, result.promoted)
                << Qt::endl;
        if (!result.ok())
            out << tr("%1 problems: %2")
                       .arg(result.problemCount)
                       .arg(result.written || (options.dryRun && options.skipInvalid &&
                                               result.rows > result.skipped)
                                ? tr("the rows with problems were skipped")
                            : options.dryRun ? tr("nothing would be imported")
                                             : tr("nothing was imported"))
                << Qt::endl;
    }
    for (const ImportProblem &p : result.problems)
        QTextStream(stderr) << Importer::problemText(p) << Qt::endl;
    if (result.problemCount > int(result.problems.size()))
        QTextStream(stderr)
            << tr("… and %1 more problems").arg(result.problemCount - int(result.problems.size()))
            << Qt::endl;
    return result.ok() ? Success : Failure;
}

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The plan file, or a server plan (postgresql://...)."));
    parser.addOption({QStringLiteral("kind"),
                      tr("What to export: trainees, enrollments, instructors, qualifications, "
                         "leave, cohorts, sessions or calendar."),
                      tr("KIND")});
    parser.addOption({QStringLiteral("out"),
                      tr("The file to write: .csv (UTF-8 with BOM) or .xlsx."), tr("OUT")});
    parser.addOption({QStringLiteral("include-id-numbers"),
                      tr("Trainees and enrollments: write the ID numbers in full (needed to import "
                         "the file back); "
                         "by default they are masked. Recorded in the plan's History.")});
    parser.addOption({QStringLiteral("template"),
                      tr("Write a blank template of the kind instead (its header row, required "
                         "columns marked *): no plan file is read.")});
    const QString synopsis = QStringLiteral(
        "usage: cohortplanner-cli export FILE|URL --kind KIND --out OUT.csv|OUT.xlsx "
        "[--include-id-numbers] [--json]\n"
        "       cohortplanner-cli export --template --kind KIND "
        "--out OUT.csv|OUT.xlsx [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Exports one table of a plan to CSV or XLSX, in the columns import reads; "
                  "or a blank template of one kind.")))
        return Usage;
    const bool blank = parser.isSet(QStringLiteral("template"));
    if (parser.positionalArguments().size() != (blank ? 0 : 1))
        return fail((blank ? tr("export --template reads no plan file")
                           : tr("export needs exactly one plan file")) +
                        QLatin1Char('\n') + synopsis,
                    Usage);
    const auto kind = fromKey<ImportKind>(parser.value(QStringLiteral("kind")));
    if (!kind)
        return fail(tr("--kind must be one of: %1").arg(kindList()), Usage);
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")))
        return fail(tr("--out must name a .csv or .xlsx file"), Usage);
    if (blank) {
        if (const Result<> written = Exporter::writeTemplate(*kind, out); !written)
            return fail(written.message());
        if (parser.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("kind"), toKey(*kind)},
                       {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                       {QStringLiteral("rows"), 0},
                       {QStringLiteral("template"), true}});
        } else {
            QTextStream(stdout) << tr("Wrote a blank %1 template to %2")
                                       .arg(toKey(*kind), QDir::toNativeSeparators(out))
                                << Qt::endl;
        }
        return Success;
    }
    const Exporter::Options options{parser.isSet(QStringLiteral("include-id-numbers"))};
    // People's data is recorded in the History, so the plan is opened for editing; when
    // another Cohort Planner edits it, a masked export goes out unrecorded (and says so),
    // one with the full numbers not at all.
    const bool personal = Exporter::holdsPersonalData(*kind);
    const QString path = parser.positionalArguments().first();
    std::unique_ptr<EditablePlan> plan;
    bool recorded = personal;
    const PlanDatabase::Mode mode =
        personal ? PlanDatabase::Mode::ReadWrite : PlanDatabase::Mode::ReadOnly;
    if (ServerAddress::isServerUrl(path)) {
        // A server plan has no lock: its History records the export as the role's, when
        // the role may write (a viewer's masked export goes out unrecorded, as above).
        plan = openAnyPlan(path, mode);
        if (plan && personal && plan->isReadOnly()) {
            if (options.includeIdNumbers)
                return fail(tr("The plan's History must record an export with the full ID "
                               "numbers, and your role on the server may not write to it: "
                               "export without --include-id-numbers."));
            recorded = false;
        }
    } else if (auto opened = PlanDatabase::open(path, mode)) {
        plan = std::move(*opened);
    } else if (personal && opened.problem().kind == PlanDatabase::Refusal::Locked) {
        if (options.includeIdNumbers)
            return fail(tr("%1 The plan's History must record an export with the full ID numbers: "
                           "try again when "
                           "the other Cohort Planner has closed the plan, or export without "
                           "--include-id-numbers.")
                            .arg(opened.message()));
        plan = openPlan(path, PlanDatabase::Mode::ReadOnly);
        recorded = false;
    } else {
        return fail(opened.message());
    }
    if (!plan)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    const Result<int> result = Exporter::run(plan->database(), *kind, out, options);
    if (!result)
        return fail(result.message());
    if (recorded) {
        if (const Result<> written =
                Exporter::record(plan->database(), *kind, out, *result, options.includeIdNumbers);
            !written)
            return fail(tr("Wrote %1, but the plan's History could not record it: %2")
                            .arg(QDir::toNativeSeparators(out), written.message()));
    } else if (personal) {
        QTextStream(stderr) << (ServerAddress::isServerUrl(path)
                                    ? tr("Your role on the server may not write to the plan, so "
                                         "its History does not record this export.")
                                    : tr("The plan is open for editing elsewhere, so its History "
                                         "does not record this export."))
                            << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(
            {{QStringLiteral("kind"), toKey(*kind)},
             {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
             {QStringLiteral("rows"), *result},
             {QStringLiteral("id_numbers"), !personal                  ? QStringLiteral("none")
                                            : options.includeIdNumbers ? QStringLiteral("included")
                                                                       : QStringLiteral("masked")},
             {QStringLiteral("recorded"), recorded},
             {QStringLiteral("milliseconds"), timer.elapsed()}});
    } else {
        QTextStream(stdout)
            << tr("Wrote %1 rows to %2").arg(*result).arg(QDir::toNativeSeparators(out))
            << Qt::endl;
    }
    return Success;
}

} // namespace Planner::Cli

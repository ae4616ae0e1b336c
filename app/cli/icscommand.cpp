// SPDX-License-Identifier: GPL-3.0-or-later
#include "icscommand.h"

#include "cliutil.h"
#include "io/icsexport.h"
#include "store/plandatabase.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <array>

namespace Planner::Cli {

int icsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The plan file, or a server plan (postgresql://...)."));
    parser.addOption({QStringLiteral("instructor"),
                      tr("The teaching schedule of the instructor with this staff code."),
                      tr("CODE")});
    parser.addOption(
        {QStringLiteral("cohort"), tr("The sessions of the cohort with this code."), tr("CODE")});
    parser.addOption(
        {QStringLiteral("venue"), tr("The bookings of the venue with this name."), tr("NAME")});
    parser.addOption({QStringLiteral("out"), tr("The calendar file to write (.ics)."), tr("OUT")});
    const QString synopsis = QStringLiteral(
        "usage: cohortplanner-cli ics FILE|URL --instructor CODE|--cohort CODE|--venue "
        "NAME --out OUT.ics [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Exports sessions as an iCalendar file (RFC 5545) for calendar apps: an "
                  "instructor's "
                  "teaching schedule, a cohort's sessions or a venue's bookings, times in "
                  "Asia/Shanghai. "
                  "Exporting the same calendar again updates the events calendar apps imported "
                  "before: a "
                  "moved session keeps its UID with a higher SEQUENCE, and sessions the plan no "
                  "longer "
                  "holds there are cancelled.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("ics needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);
    const std::array<std::pair<const char *, IcsExport::Scope>, 3> scopes{
        {{"instructor", IcsExport::Scope::Instructor},
         {"cohort", IcsExport::Scope::Cohort},
         {"venue", IcsExport::Scope::Venue}}};
    std::optional<std::pair<IcsExport::Scope, QString>> wanted;
    int given = 0;
    for (const auto &[option, scope] : scopes) {
        if (parser.isSet(QLatin1String(option))) {
            ++given;
            wanted = {scope, parser.value(QLatin1String(option))};
        }
    }
    if (given != 1)
        return fail(tr("ics needs one of --instructor, --cohort or --venue") + QLatin1Char('\n') +
                        synopsis,
                    Usage);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(tr("ics needs --out") + QLatin1Char('\n') + synopsis, Usage);
    // Opened for editing, so that the plan remembers what the calendar said; when another
    // Cohort Planner edits it, read-only, and the export is not remembered.
    const QString path = parser.positionalArguments().first();
    std::unique_ptr<EditablePlan> plan;
    bool record = true;
    if (ServerAddress::isServerUrl(path)) {
        // A server plan has no lock; a role that may not write it (a viewer) exports
        // without the plan remembering.
        plan = openAnyPlan(path, PlanDatabase::Mode::ReadWrite);
        record = plan && !plan->isReadOnly();
    } else if (auto opened = PlanDatabase::open(path, PlanDatabase::Mode::ReadWrite); opened) {
        plan = std::move(*opened);
    } else if (opened.problem().kind == PlanDatabase::Refusal::Locked) {
        plan = openPlan(path, PlanDatabase::Mode::ReadOnly);
        record = false;
    } else {
        return fail(opened.message());
    }
    if (!plan)
        return Failure;
    std::optional<Result<IcsExport::Export>> found;
    try {
        found = IcsExport::calendarOf(plan->database(), wanted->first, wanted->second);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    if (!*found)
        return fail(found->message());
    const IcsExport::Export &calendar = **found;
    if (const Result<> saved = IcsExport::save(plan->database(), calendar, out, record); !saved)
        return fail(saved.message());
    if (!record)
        QTextStream(stderr) << (ServerAddress::isServerUrl(path)
                                    ? tr("Your role on the server may not write to the plan, so it "
                                         "does not remember this export: the next one gives "
                                         "changed sessions the same SEQUENCE again.")
                                    : tr("The plan is open for editing elsewhere, so it does not "
                                         "remember this export: the next one gives changed "
                                         "sessions the same SEQUENCE again."))
                            << Qt::endl;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                   {QStringLiteral("calendar"), calendar.calendar.name},
                   {QStringLiteral("events"), int(calendar.calendar.events.size())},
                   {QStringLiteral("changed"), calendar.changed},
                   {QStringLiteral("cancelled"), calendar.cancelled},
                   {QStringLiteral("recorded"), record}});
    } else {
        QTextStream(stdout)
            << tr("Wrote %1 (%2 sessions: %3 changed since the last export, %4 cancelled)")
                   .arg(QDir::toNativeSeparators(out))
                   .arg(calendar.calendar.events.size())
                   .arg(calendar.changed)
                   .arg(calendar.cancelled)
            << Qt::endl;
    }
    return Success;
}

} // namespace Planner::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "planningcommand.h"

#include "cliutil.h"

#include "commands/planedits.h"
#include "commands/planeditor.h"
#include "planning/planningyear.h"
#include "store/plandatabase.h"
#include "store/storeerror.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <map>

namespace Planner::Cli {

int newYearCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption({QStringLiteral("year"), tr("The year to plan, e.g. 2027."), tr("Y")});
    parser.addOption({QStringLiteral("growth"), tr("Growth of the targets over the year before, in percent (default 0)."),
                      tr("PCT"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("dry-run"), tr("Say what the new year would hold, without writing.")});
    const QString synopsis = QStringLiteral("usage: cohortplanner-cli new-year FILE --year Y [--growth PCT] [--dry-run] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Creates a planning year: its targets copied from the year before (scaled by a growth), "
                  "and what lapses or is missing in it.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("new-year needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok)
        return fail(tr("--year must be a year, such as 2027") + QLatin1Char('\n') + synopsis, Usage);
    const double growth = parser.value(QStringLiteral("growth")).toDouble(&ok);
    if (!ok)
        return fail(tr("--growth must be a number of percent, such as 10 or -5"), Usage);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    QString error;
    const auto plan = PlanDatabase::open(parser.positionalArguments().first(),
                                         dryRun ? PlanDatabase::Mode::ReadOnly : PlanDatabase::Mode::ReadWrite, &error);
    if (!plan)
        return fail(error);
    PlanEdits::YearPreview preview;
    PlanEdits::Result result;
    try {
        const PlanEdits edits(plan->database());
        preview = edits.previewPlanningYear(year, growth);
        result = edits.newPlanningYear(year, growth);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    if (!result.ok())
        return fail(result.violation->message);
    const PlanningYear::Rollover &rollover = preview.rollover;
    const std::vector<LapsingQualification> &lapsing = preview.lapsing;
    const bool calendarMissing = preview.calendarMissing;
    if (!dryRun) {
        PlanEditor editor;
        editor.setPlan(plan.get());
        if (const QString written = editor.execute(result.text, std::move(result.changes)); !written.isEmpty())
            return fail(written);
    }
    auto trackName = [&](Id id) { return preview.tracks.count(id) ? preview.tracks.at(id).name : QString(); };
    auto instructor = [&](Id id) { return preview.instructors.count(id) ? &preview.instructors.at(id) : nullptr; };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray targets;
        for (const Target &t : rollover.targets)
            targets.append(QJsonObject{{QStringLiteral("track"), trackName(t.trackId)},
                                       {QStringLiteral("trainees"), t.trainees},
                                       {QStringLiteral("certified"), t.certified}});
        QJsonArray lapses;
        for (const LapsingQualification &l : lapsing) {
            const Instructor *i = instructor(l.instructorId);
            lapses.append(QJsonObject{{QStringLiteral("instructor"), i ? i->code : QString()},
                                      {QStringLiteral("name"), i ? i->name : QString()},
                                      {QStringLiteral("qualification"), l.what},
                                      {QStringLiteral("valid_until"), l.validUntil.toString(Qt::ISODate)}});
        }
        printJson({{QStringLiteral("year"), year},
                   {QStringLiteral("from_year"), rollover.fromYear},
                   {QStringLiteral("growth"), growth},
                   {QStringLiteral("targets"), targets},
                   {QStringLiteral("lapsing"), lapses},
                   {QStringLiteral("calendar_missing"), calendarMissing},
                   {QStringLiteral("written"), !dryRun}});
        return Success;
    }
    QTextStream out(stdout);
    out << (dryRun ? tr("%1 would get the targets of %2") : tr("%1 has the targets of %2")).arg(year).arg(rollover.fromYear);
    if (growth != 0)
        out << ' ' << tr("(%1 %)").arg(growth > 0 ? QStringLiteral("+%1").arg(growth) : QString::number(growth));
    out << ":\n";
    for (const Target &t : rollover.targets)
        out << QStringLiteral("  %1: %2 trained, %3 certified\n")
                   .arg(trackName(t.trackId))
                   .arg(t.trainees)
                   .arg(t.certified);
    if (!lapsing.empty())
        out << tr("%1 qualifications lapse during %2:").arg(lapsing.size()).arg(year) << '\n';
    for (const LapsingQualification &l : lapsing) {
        const Instructor *i = instructor(l.instructorId);
        out << QStringLiteral("  %1 %2: %3 until %4\n")
                   .arg(i ? i->code : QString(), i ? i->name : QString(), l.what, l.validUntil.toString(Qt::ISODate));
    }
    if (calendarMissing)
        out << tr("The plan has no work calendar for %1: it runs on weekends only until you import the official one "
                  "(cohortplanner-cli import FILE --kind calendar).").arg(year)
            << '\n';
    return Success;
}

} // namespace Planner::Cli

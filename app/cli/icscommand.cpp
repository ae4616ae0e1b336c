// SPDX-License-Identifier: GPL-3.0-or-later
#include "icscommand.h"

#include "cliutil.h"
#include "io/icsexport.h"
#include "store/plandatabase.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Planner::Cli {

int icsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption({QStringLiteral("instructor"), tr("The teaching schedule of the instructor with this staff code."), tr("CODE")});
    parser.addOption({QStringLiteral("cohort"), tr("The sessions of the cohort with this code."), tr("CODE")});
    parser.addOption({QStringLiteral("out"), tr("The calendar file to write (.ics)."), tr("OUT")});
    const QString synopsis =
        QStringLiteral("usage: cohortplanner-cli ics FILE --instructor CODE|--cohort CODE --out OUT.ics [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Exports sessions as an iCalendar file (RFC 5545) for calendar apps: an instructor's "
                  "teaching schedule or a cohort's sessions, times in Asia/Shanghai.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("ics needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);
    const bool byInstructor = parser.isSet(QStringLiteral("instructor"));
    if (byInstructor == parser.isSet(QStringLiteral("cohort")))
        return fail(tr("ics needs either --instructor or --cohort") + QLatin1Char('\n') + synopsis, Usage);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(tr("ics needs --out") + QLatin1Char('\n') + synopsis, Usage);
    QString error;
    const auto plan = PlanDatabase::open(parser.positionalArguments().first(), PlanDatabase::Mode::ReadOnly, &error);
    if (!plan)
        return fail(error);
    std::optional<Ics::Calendar> calendar;
    try {
        calendar = byInstructor ? IcsExport::instructorSchedule(plan->database(), parser.value(QStringLiteral("instructor")), &error)
                                : IcsExport::cohortSessions(plan->database(), parser.value(QStringLiteral("cohort")), &error);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    if (!calendar)
        return fail(error);
    if (const QString problem = IcsExport::save(*calendar, out); !problem.isEmpty())
        return fail(problem);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                   {QStringLiteral("calendar"), calendar->name},
                   {QStringLiteral("events"), int(calendar->events.size())}});
    } else {
        QTextStream(stdout) << tr("Wrote %1 (%2 sessions)").arg(QDir::toNativeSeparators(out)).arg(calendar->events.size())
                            << Qt::endl;
    }
    return Success;
}

} // namespace Planner::Cli

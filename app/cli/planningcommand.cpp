// SPDX-License-Identifier: GPL-3.0-or-later
#include "planningcommand.h"

#include "cliutil.h"

#include "commands/planedits.h"
#include "commands/planeditor.h"
#include "planning/capacityplanner.h"
#include "planning/planningyear.h"
#include "store/capacityinputreader.h"
#include "store/plandatabase.h"
#include "store/storeerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>
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

int capacityCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption({QStringLiteral("year"), tr("The year whose targets to check, e.g. 2027."), tr("Y")});
    const QString synopsis = QStringLiteral("usage: cohortplanner-cli capacity FILE --year Y [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Whether the year's targets can be reached with the plan's instructors, venues and work calendar, "
                  "and if not, what is short, where and when. Exit 3 when a target is short.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("capacity needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return fail(tr("--year must be a year from 2000 to 2100, such as 2027") + QLatin1Char('\n') + synopsis, Usage);
    QString error;
    const auto plan = PlanDatabase::open(parser.positionalArguments().first(), PlanDatabase::Mode::ReadOnly, &error);
    if (!plan)
        return fail(error);
    CapacityInput input;
    int historyYear = 0;
    QElapsedTimer timer;
    timer.start();
    try {
        input = loadCapacityInput(plan->database(), year, &historyYear);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    const qint64 readMs = timer.restart();
    if (const QString invalid = CapacityPlanner::validate(input); !invalid.isEmpty())
        return fail(invalid);
    const CapacityResult result = CapacityPlanner::plan(input);
    const qint64 planMs = timer.elapsed();
    if (!result.error.isEmpty())
        return fail(result.error);
    std::map<Id, QString> courseCode;
    for (const Course &c : input.courses)
        courseCode[c.id] = c.code;
    auto whole = [](double v) { return qint64(std::floor(v + 1e-6)); };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray tracks;
        for (const TrackCapacity &t : result.tracks) {
            QJsonArray bottlenecks;
            for (const Bottleneck &b : result.bottlenecks) {
                if (b.trackId != t.trackId)
                    continue;
                bottlenecks.append(QJsonObject{{QStringLiteral("kind"), toKey(b.kind)},
                                               {QStringLiteral("resource"), b.resource},
                                               {QStringLiteral("months"), QJsonArray{b.firstMonth, b.lastMonth}},
                                               {QStringLiteral("need"), std::round(b.need)},
                                               {QStringLiteral("have"), std::round(b.have)},
                                               {QStringLiteral("remedy"), b.remedy},
                                               {QStringLiteral("explanation"), b.explanation}});
            }
            QJsonArray months;
            for (const CapacityMonth &m : t.months)
                months.append(QJsonObject{{QStringLiteral("instructor_days_needed"), std::round(m.instructorDaysNeeded)},
                                          {QStringLiteral("instructor_days_available"), std::round(m.instructorDaysAvailable)},
                                          {QStringLiteral("venue_slot_days_needed"), std::round(m.venueSlotDaysNeeded)},
                                          {QStringLiteral("venue_slot_days_available"), std::round(m.venueSlotDaysAvailable)},
                                          {QStringLiteral("new_cohorts"), std::round(m.newCohorts * 10) / 10}});
            QJsonArray courses;
            for (const CourseCapacity &c : t.courses)
                courses.append(QJsonObject{{QStringLiteral("course"), courseCode[c.courseId]},
                                           {QStringLiteral("share"), std::round(c.share * 1000) / 1000},
                                           {QStringLiteral("cohorts_needed"), c.cohortsNeeded},
                                           {QStringLiteral("new_cohorts"), c.newCohorts}});
            const auto own = input.trackAssumptions.find(t.trackId);
            const CapacityAssumptions &rates = own != input.trackAssumptions.end() ? own->second : input.assumptions;
            const QJsonObject assumptions{
                {QStringLiteral("fill_rate"), std::round(rates.fillRate * 1000) / 1000},
                {QStringLiteral("no_show_rate"), std::round(rates.noShowRate * 1000) / 1000},
                {QStringLiteral("completion_rate"), std::round(rates.completionRate * 1000) / 1000},
                {QStringLiteral("pass_rate"), std::round(rates.passRate * 1000) / 1000},
                {QStringLiteral("source"), own != input.trackAssumptions.end() ? QStringLiteral("%1 actuals").arg(historyYear)
                                                                               : QStringLiteral("defaults")}};
            tracks.append(QJsonObject{{QStringLiteral("track"), t.name},
                                      {QStringLiteral("assumptions"), assumptions},
                                      {QStringLiteral("target_trained"), t.targetTrained},
                                      {QStringLiteral("target_certified"), t.targetCertified},
                                      {QStringLiteral("reachable_trained"), whole(t.reachableTrained)},
                                      {QStringLiteral("reachable_certified"), whole(t.reachableCertified)},
                                      {QStringLiteral("planned_trained"), whole(t.plannedTrained)},
                                      {QStringLiteral("cohorts_needed"), t.cohortsNeeded},
                                      {QStringLiteral("cohorts_planned"), t.cohortsPlanned},
                                      {QStringLiteral("new_cohorts"), t.newCohorts},
                                      {QStringLiteral("seats_needed"), t.seatsNeeded},
                                      {QStringLiteral("instructor_days_needed"), std::round(t.instructorDaysNeeded)},
                                      {QStringLiteral("instructor_days_available"), std::round(t.instructorDaysAvailable)},
                                      {QStringLiteral("months"), months},
                                      {QStringLiteral("courses"), courses},
                                      {QStringLiteral("bottlenecks"), bottlenecks}});
        }
        printJson({{QStringLiteral("year"), year},
                   {QStringLiteral("feasible"), result.feasible},
                   {QStringLiteral("exact"), result.exact},
                   {QStringLiteral("min_share"), std::round(result.minShare * 10000) / 10000},
                   {QStringLiteral("min_share_months_free"), std::round(result.minShareMonthsFree * 10000) / 10000},
                   {QStringLiteral("calendar_missing"), !WorkCalendar(input.calendar).hasYear(year)},
                   {QStringLiteral("read_ms"), readMs},
                   {QStringLiteral("plan_ms"), planMs},
                   {QStringLiteral("tracks"), tracks}});
    } else {
        QTextStream out(stdout);
        out << (result.feasible ? tr("%1: every target is reachable.") : tr("%1: not every target is reachable.")).arg(year)
            << '\n';
        if (historyYear > 0)
            out << tr("Rates from the completed cohorts of %1 where a track has enough of them, else the defaults.").arg(historyYear)
                << '\n';
        for (const TrackCapacity &t : result.tracks)
            out << QStringLiteral("  %1: %2 of %3 trained, %4 of %5 certified; %6 new cohorts needed, %7 planned\n")
                       .arg(t.name)
                       .arg(whole(t.reachableTrained))
                       .arg(t.targetTrained)
                       .arg(whole(t.reachableCertified))
                       .arg(t.targetCertified)
                       .arg(t.cohortsNeeded)
                       .arg(t.cohortsPlanned);
        for (const Bottleneck &b : result.bottlenecks)
            out << QStringLiteral("  - %1\n").arg(b.explanation);
        if (!WorkCalendar(input.calendar).hasYear(year))
            out << tr("The plan has no work calendar for %1: its public holidays are unknown and it was counted on weekdays only.").arg(year)
                << '\n';
    }
    return result.feasible ? Success : 3;
}

} // namespace Planner::Cli

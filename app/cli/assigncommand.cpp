// SPDX-License-Identifier: GPL-3.0-or-later
#include "assigncommand.h"

#include "cliutil.h"
#include "commands/assignmentchanges.h"
#include "commands/planeditor.h"
#include "planning/assignmentsolver.h"
#include "store/conflictinputreader.h"
#include "store/plandatabase.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace Planner::Cli {

namespace {

// --weight NAME=VALUE: which weight each name sets.
bool setWeight(SolverWeights &w, const QString &name, int value)
{
    const std::pair<const char *, int SolverWeights::*> names[] = {
        {"unstaffed_lead", &SolverWeights::unstaffedLead},
        {"unstaffed_assistant", &SolverWeights::unstaffedAssistant},
        {"load", &SolverWeights::load},
        {"travel", &SolverWeights::travel},
        {"preference", &SolverWeights::preference},
        {"churn", &SolverWeights::churn}};
    for (const auto &[key, member] : names) {
        if (name == QLatin1String(key)) {
            w.*member = value;
            return true;
        }
    }
    return false;
}

QString roleKey(InstructorRole role)
{
    return toKey(role);
}

} // namespace

int assign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption(
        {QStringLiteral("replan"),
         tr("Keep the current assignments unless a change gains more than its churn weight.")});
    parser.addOption({QStringLiteral("time-limit"), tr("Seconds to search at most (default 1)."),
                      tr("S"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("seed"), tr("Random seed (default 1)."), tr("N"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("dry-run"), tr("Solve and report, but leave the file as it is.")});
    parser.addOption({QStringLiteral("export-mps"),
                      tr("Write the problem as a MIP in MPS format to OUT instead of solving."),
                      tr("OUT")});
    parser.addOption({QStringLiteral("track"),
                      tr("Only cohorts of this track (English or Chinese name)."), tr("NAME")});
    parser.addOption({QStringLiteral("from"),
                      tr("Only cohorts starting on or after this date, YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("to"),
                      tr("Only cohorts starting on or before this date, YYYY-MM-DD."), tr("DATE")});
    parser.addOption({QStringLiteral("assistants-above"),
                      tr("Cohorts with more seats than N get an assistant too (default 0: none)."),
                      tr("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("weight"),
                      tr("Set a weight: unstaffed_lead, unstaffed_assistant, load, travel, "
                         "preference or churn; repeatable."),
                      tr("NAME=VALUE")});
    const QString synopsis = QStringLiteral(
        "usage: cohortplanner-cli assign FILE|URL [--replan] [--time-limit S] [--seed N] "
        "[--dry-run]\n"
        "       [--track NAME] [--from DATE] [--to DATE] [--assistants-above N] [--weight "
        "NAME=VALUE]...\n"
        "       [--export-mps OUT] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Staffs the plan's cohorts with instructors under the planning rules, with a "
                  "lower bound that says how far from optimal the result can be, and writes "
                  "the result in one transaction.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("assign needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);

    SolverOptions options;
    bool ok = false;
    options.replan = parser.isSet(QStringLiteral("replan"));
    options.timeLimitSeconds = parser.value(QStringLiteral("time-limit")).toDouble(&ok);
    if (!ok || options.timeLimitSeconds <= 0 || options.timeLimitSeconds > 3600)
        return fail(tr("--time-limit must be a number of seconds above 0 and at most 3600"), Usage);
    options.maxRounds = 1000000; // the time limit ends the search
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed must be a non-negative whole number"), Usage);
    options.assistantsAbove = parser.value(QStringLiteral("assistants-above")).toInt(&ok);
    if (!ok || options.assistantsAbove < 0)
        return fail(tr("--assistants-above must be a whole number of seats, 0 or more"), Usage);
    for (const QString &assignment : parser.values(QStringLiteral("weight"))) {
        const QStringList parts = assignment.split(QLatin1Char('='));
        const int value = parts.value(1).trimmed().toInt(&ok);
        if (parts.size() != 2 || !ok || value < 0 ||
            !setWeight(options.weights, parts[0].trimmed(), value))
            return fail(
                tr("--weight takes NAME=VALUE with a whole VALUE of 0 or more and NAME one of: "
                   "unstaffed_lead, unstaffed_assistant, load, travel, preference, churn (got "
                   "“%1”)")
                    .arg(assignment),
                Usage);
    }
    QDate from, to;
    for (const auto &[option, date] :
         {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
        if (!parser.isSet(option))
            continue;
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date->isValid())
            return fail(
                tr("--%1 must be a date in the form YYYY-MM-DD, such as 2026-11-28").arg(option),
                Usage);
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString mpsPath = parser.value(QStringLiteral("export-mps"));
    const bool writes = !dryRun && mpsPath.isEmpty();

    const QString path = parser.positionalArguments().first();
    const auto plan =
        openAnyPlan(path, writes ? PlanDatabase::Mode::ReadWrite : PlanDatabase::Mode::ReadOnly);
    if (!plan)
        return Failure;
    ConflictInput input;
    try {
        input = loadConflictInput(plan->database());
        options.preferences = loadCoursePreferences(plan->database());
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    Id trackId = 0;
    if (parser.isSet(QStringLiteral("track"))) {
        const QString name = parser.value(QStringLiteral("track"));
        QStringList known;
        for (const Track &t : input.tracks) {
            known << t.name;
            if (t.name.compare(name, Qt::CaseInsensitive) == 0 || t.nameZh == name)
                trackId = t.id;
        }
        if (trackId == 0)
            return fail(tr("unknown track “%1” (the plan has: %2)")
                            .arg(name, known.join(QStringLiteral(", "))),
                        Usage);
    }
    if (trackId != 0 || from.isValid() || to.isValid())
        options.cohorts = cohortsInScope(input, trackId, from, to);

    AssignmentSolver solver(input, options);
    if (!mpsPath.isEmpty()) {
        QSaveFile file(mpsPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(solver.toMps()) < 0 || !file.commit())
            return fail(tr("cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(mpsPath), file.errorString()));
        if (parser.isSet(QStringLiteral("json")))
            printJson({{QStringLiteral("mps"), QDir(mpsPath).absolutePath()}});
        else
            QTextStream(stdout) << tr("Wrote %1").arg(QDir::toNativeSeparators(mpsPath))
                                << Qt::endl;
        return Success;
    }

    const SolverResult result = solver.solve();
    ConflictEngine engine;
    engine.load(AssignmentSolver::withAssignments(input, result.assignments));
    int hardViolations = 0;
    for (const Conflict &c : engine.conflicts())
        hardViolations += isHardRule(c.rule) ? 1 : 0;

    if (writes && !result.changes.empty()) {
        PlanEditor editor;
        editor.setPlan(plan.get());
        const Result<> written =
            editor.execute(tr("Auto-assign instructors"),
                           assignmentChangeSet(input.cohortInstructors, result.changes));
        if (!written)
            return fail(written.message());
    }

    std::map<Id, QString> codeOf;
    for (const Cohort &c : input.cohorts)
        codeOf[c.id] = c.code;
    std::map<Id, QString> instructorCode;
    for (const Instructor &i : input.instructors)
        instructorCode[i.id] = i.code;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray reasons;
        for (const UnstaffedCohort &u : result.unstaffed)
            reasons.append(QJsonObject{{QStringLiteral("cohort"), codeOf[u.cohortId]},
                                       {QStringLiteral("role"), roleKey(u.role)},
                                       {QStringLiteral("reason"), u.reason}});
        QJsonArray changes;
        for (const AssignmentChange &c : result.changes)
            changes.append(
                QJsonObject{{QStringLiteral("cohort"), codeOf[c.cohortId]},
                            {QStringLiteral("role"), roleKey(c.role)},
                            {QStringLiteral("before"),
                             c.before ? QJsonValue(instructorCode[c.before]) : QJsonValue()},
                            {QStringLiteral("after"),
                             c.after ? QJsonValue(instructorCode[c.after]) : QJsonValue()},
                            {QStringLiteral("reason"), c.reason}});
        // The stored course preferences the assignments meet: how many assignments
        // teach a course their instructor prefers or avoids.
        int preferred = 0, avoided = 0;
        std::map<Id, Id> courseOf;
        for (const Cohort &c : input.cohorts)
            courseOf[c.id] = c.courseId;
        for (const CohortInstructor &a : result.assignments) {
            const auto p = options.preferences.find({a.instructorId, courseOf[a.cohortId]});
            if (p != options.preferences.end())
                (p->second > 0 ? preferred : avoided) += 1;
        }
        QJsonArray demand;
        for (const TrackDemand &d : result.demand)
            demand.append(QJsonObject{{QStringLiteral("track"), d.track},
                                      {QStringLiteral("days_needed"), d.daysNeeded},
                                      {QStringLiteral("days_available"), d.daysAvailable}});
        printJson({{QStringLiteral("cohorts"), result.cohorts},
                   {QStringLiteral("assigned"), result.cohortsWithLead},
                   {QStringLiteral("unassigned"), result.cohortsWithoutLead},
                   {QStringLiteral("roles"), result.roles},
                   {QStringLiteral("roles_staffed"), result.staffed},
                   {QStringLiteral("hard_violations"), hardViolations},
                   {QStringLiteral("objective"), result.objective},
                   {QStringLiteral("objective_parts"),
                    QJsonObject{{QStringLiteral("unstaffed"), result.parts.unstaffed},
                                {QStringLiteral("load"), result.parts.load},
                                {QStringLiteral("travel"), result.parts.travel},
                                {QStringLiteral("preference"), result.parts.preference},
                                {QStringLiteral("churn"), result.parts.churn}}},
                   {QStringLiteral("preferences"),
                    QJsonObject{{QStringLiteral("stored"), int(options.preferences.size())},
                                {QStringLiteral("assignments_preferred"), preferred},
                                {QStringLiteral("assignments_avoided"), avoided}}},
                   {QStringLiteral("lower_bound"), result.lowerBound},
                   {QStringLiteral("fixed"), result.fixed},
                   {QStringLiteral("fixed_roles"), result.fixedRoles},
                   {QStringLiteral("decidable_objective"), result.decidableObjective},
                   {QStringLiteral("decidable_bound"), result.decidableBound},
                   {QStringLiteral("gap"), result.gap},
                   {QStringLiteral("optimal"), result.optimal},
                   {QStringLiteral("changed"), int(result.changes.size())},
                   {QStringLiteral("written"), writes},
                   {QStringLiteral("seconds"), result.seconds},
                   {QStringLiteral("work"), double(result.work)},
                   {QStringLiteral("stopped_by_clock"), result.stoppedByClock},
                   {QStringLiteral("rounds"), result.rounds},
                   {QStringLiteral("changes"), changes},
                   {QStringLiteral("demand"), demand},
                   {QStringLiteral("unassigned_reasons"), reasons}});
    } else {
        QTextStream out(stdout);
        out << tr("%1 of %2 cohorts have a lead; objective %3, lower bound %4, gap %5%%6 (%7 s)")
                   .arg(result.cohortsWithLead)
                   .arg(result.cohorts)
                   .arg(result.objective)
                   .arg(qint64(result.lowerBound))
                   .arg(result.gap * 100, 0, 'f', 2)
                   .arg(result.optimal ? tr(", proven optimal") : QString())
                   .arg(result.seconds, 0, 'f', 2)
            << '\n';
        if (result.fixedRoles > 0)
            out << tr("%1 roles no instructor can take (fixed cost %2, in the objective and the "
                      "bound; "
                      "the gap is over the remaining %3)")
                       .arg(result.fixedRoles)
                       .arg(result.fixed)
                       .arg(result.decidableObjective)
                << '\n';
        out << tr("%1 assignments changed%2; %3 hard rule violations")
                   .arg(result.changes.size())
                   .arg(writes ? QString() : tr(" (not written)"))
                   .arg(hardViolations)
            << '\n';
        for (const UnstaffedCohort &u : result.unstaffed)
            out << "  " << u.reason << '\n';
    }
    return Success;
}

} // namespace Planner::Cli

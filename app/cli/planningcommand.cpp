// SPDX-License-Identifier: GPL-3.0-or-later
#include "planningcommand.h"

#include "cliutil.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "planning/capacityplanner.h"
#include "planning/draftgenerator.h"
#include "planning/planningyear.h"
#include "planning/recordrules.h"
#include "store/capacityinputreader.h"
#include "store/conflictinputreader.h"
#include "store/plandatabase.h"
#include "store/storeerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace Planner::Cli {

namespace {

// The options capacity and generate share: the blackouts and seasonal profile that
// shape the new cohorts.
void addShapeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("blackout"),
                      tr("Dates in which no new cohort runs, FROM..UNTIL (YYYY-MM-DD, both "
                         "inclusive); repeatable."),
                      tr("FROM..UNTIL")});
    parser.addOption({QStringLiteral("profile"),
                      tr("Weights of the twelve months for the new cohorts, comma-separated "
                         "(default: the year before's)."),
                      tr("W1,...,W12")});
}

// Puts the shared options into input; a sentence saying what is wrong, or empty.
QString applyShapeOptions(const QCommandLineParser &parser, CapacityInput &input)
{
    for (const QString &value : parser.values(QStringLiteral("blackout"))) {
        const QStringList ends = value.split(QStringLiteral(".."));
        const QDate from = QDate::fromString(ends.value(0).trimmed(), Qt::ISODate);
        const QDate until = QDate::fromString(ends.value(1).trimmed(), Qt::ISODate);
        if (ends.size() != 2 || !from.isValid() || !until.isValid() || until < from)
            return tr("--blackout takes FROM..UNTIL, two dates YYYY-MM-DD with FROM not after "
                      "UNTIL, such as "
                      "2027-02-08..2027-02-19 (got “%1”)")
                .arg(value);
        input.blackouts.push_back(CapacityBlackout{from, until, tr("blackout")});
    }
    if (parser.isSet(QStringLiteral("profile"))) {
        const QStringList parts = parser.value(QStringLiteral("profile")).split(QLatin1Char(','));
        std::array<double, 12> weights{};
        double total = 0;
        bool ok = parts.size() == 12;
        for (int m = 0; ok && m < 12; ++m) {
            weights[std::size_t(m)] = parts[m].trimmed().toDouble(&ok);
            ok = ok && weights[std::size_t(m)] >= 0 && std::isfinite(weights[std::size_t(m)]);
            total += weights[std::size_t(m)];
        }
        if (!ok || total <= 0)
            return tr("--profile takes twelve weights of 0 or more, one per month, not all 0, such "
                      "as "
                      "0,1,2,2,2,1,0,1,2,2,2,1 (got “%1”)")
                .arg(parser.value(QStringLiteral("profile")));
        input.seasonalProfile = weights;
    }
    return {};
}

// --year as a planning year, or a message.
std::optional<int> planningYear(const QCommandLineParser &parser)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return std::nullopt;
    return year;
}

// Where a track's rates come from: "plan" (all four set on its target of the year), else
// its history ("2026 actuals") or "defaults", with " and plan" when some are set.
QString ratesSource(const CapacityInput &input, Id trackId, int historyYear)
{
    const QString base = historyYear > 0 ? QStringLiteral("%1 actuals").arg(historyYear)
                                         : QStringLiteral("defaults");
    for (const Target &t : input.targets) {
        if (t.year != input.year || t.trackId != trackId || t.rates.isEmpty())
            continue;
        if (t.rates.fill && t.rates.noShow && t.rates.completion && t.rates.pass)
            return QStringLiteral("plan");
        return base + QStringLiteral(" and plan");
    }
    return base;
}

} // namespace

int newYearCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption({QStringLiteral("year"), tr("The year to plan, e.g. 2027."), tr("Y")});
    parser.addOption({QStringLiteral("growth"),
                      tr("Growth of the targets over the year before, in percent (default 0)."),
                      tr("PCT"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("dry-run"), tr("Say what the new year would hold, without writing.")});
    const QString synopsis = QStringLiteral(
        "usage: cohortplanner-cli new-year FILE|URL --year Y [--growth PCT] [--dry-run] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Creates a planning year: its targets copied from the year before (scaled by a "
                  "growth), "
                  "and what lapses or is missing in it.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("new-year needs exactly one plan file") + QLatin1Char('\n') + synopsis,
                    Usage);
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok)
        return fail(tr("--year must be a year, such as 2027") + QLatin1Char('\n') + synopsis,
                    Usage);
    const double growth = parser.value(QStringLiteral("growth")).toDouble(&ok);
    if (!ok)
        return fail(tr("--growth must be a number of percent, such as 10 or -5"), Usage);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const auto plan =
        openAnyPlan(parser.positionalArguments().first(),
                    dryRun ? PlanDatabase::Mode::ReadOnly : PlanDatabase::Mode::ReadWrite);
    if (!plan)
        return Failure;
    PlanEdits::YearPreview preview;
    PlanEdit result;
    try {
        const PlanEdits edits(plan->database());
        preview = edits.previewPlanningYear(year, growth);
        result = edits.newPlanningYear(year, growth);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    if (!result.ok())
        return fail(result.problem->message);
    const PlanningYear::Rollover &rollover = preview.rollover;
    const std::vector<LapsingQualification> &lapsing = preview.lapsing;
    const bool calendarMissing = preview.calendarMissing;
    if (!dryRun) {
        PlanEditor editor;
        editor.setPlan(plan.get());
        if (const Result<> written = editor.execute(result.text, std::move(result.changes));
            !written)
            return fail(written.message());
    }
    auto trackName = [&](Id id) {
        return preview.tracks.count(id) ? preview.tracks.at(id).name : QString();
    };
    auto instructor = [&](Id id) {
        return preview.instructors.count(id) ? &preview.instructors.at(id) : nullptr;
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray targets;
        for (const Target &t : rollover.targets)
            targets.append(QJsonObject{{QStringLiteral("track"), trackName(t.trackId)},
                                       {QStringLiteral("trainees"), t.trainees},
                                       {QStringLiteral("certified"), t.certified}});
        QJsonArray lapses;
        for (const LapsingQualification &l : lapsing) {
            const Instructor *i = instructor(l.instructorId);
            lapses.append(
                QJsonObject{{QStringLiteral("instructor"), i ? i->code : QString()},
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
    out << (dryRun ? tr("%1 would get the targets of %2") : tr("%1 has the targets of %2"))
               .arg(year)
               .arg(rollover.fromYear);
    if (growth != 0)
        out << ' '
            << tr("(%1 %)").arg(growth > 0 ? QStringLiteral("+%1").arg(growth)
                                           : QString::number(growth));
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
                   .arg(i ? i->code : QString(), i ? i->name : QString(), l.what,
                        l.validUntil.toString(Qt::ISODate));
    }
    if (calendarMissing)
        out << tr("The plan has no work calendar for %1: it runs on weekends only until you import "
                  "the official one "
                  "(cohortplanner-cli import FILE --kind calendar).")
                   .arg(year)
            << '\n';
    return Success;
}

namespace {

struct RateOption
{
    const char *name; // the option, "no-show"
    const char *key;  // in JSON, "no_show_rate"
    std::optional<double> SeatRates::*member;
    double CapacityAssumptions::*applied;
};

const std::array<RateOption, 4> &rateOptions()
{
    static const std::array<RateOption, 4> options{{
        {"fill", "fill_rate", &SeatRates::fill, &CapacityAssumptions::fillRate},
        {"no-show", "no_show_rate", &SeatRates::noShow, &CapacityAssumptions::noShowRate},
        {"completion", "completion_rate", &SeatRates::completion,
         &CapacityAssumptions::completionRate},
        {"pass", "pass_rate", &SeatRates::pass, &CapacityAssumptions::passRate},
    }};
    return options;
}

QString sourceOf(const AssumptionRow &row, const RateOption &option)
{
    if ((row.rates().*option.member).has_value())
        return row.course ? QStringLiteral("course") : QStringLiteral("plan");
    if (row.course)
        return QStringLiteral("track");
    return row.historyYear > 0 ? QStringLiteral("%1 actuals").arg(row.historyYear)
                               : QStringLiteral("default");
}

} // namespace

int assumptionsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption({QStringLiteral("year"), tr("The planning year, e.g. 2027."), tr("Y")});
    parser.addOption({QStringLiteral("track"),
                      tr("The track whose assumptions to set (for the year)."), tr("NAME")});
    parser.addOption({QStringLiteral("course"),
                      tr("The course whose assumptions to set (every year)."), tr("CODE")});
    parser.addOption({QStringLiteral("fill"),
                      tr("Share of a cohort's seats taken, in percent (empty: unset)."),
                      tr("PCT")});
    parser.addOption({QStringLiteral("no-show"),
                      tr("Share of seat holders who never start, in percent."), tr("PCT")});
    parser.addOption({QStringLiteral("completion"),
                      tr("Share of starters who complete, in percent."), tr("PCT")});
    parser.addOption({QStringLiteral("pass"),
                      tr("Share of completers who are certified, in percent."), tr("PCT")});
    parser.addOption({QStringLiteral("share"),
                      tr("With --course: its share of the track's new cohorts, in percent."),
                      tr("PCT")});
    const QString synopsis =
        QStringLiteral("usage: cohortplanner-cli assumptions FILE|URL --year Y [--track NAME | "
                       "--course CODE] [--fill PCT] "
                       "[--no-show PCT] [--completion PCT] [--pass PCT] [--share PCT] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("The year's planning assumptions per track and course, with where each comes "
                  "from (the plan, "
                  "the year before's actuals, the defaults); with --track or --course and a rate, "
                  "sets it.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("assumptions needs exactly one plan file") + QLatin1Char('\n') + synopsis,
                    Usage);
    const std::optional<int> planned = planningYear(parser);
    if (!planned)
        return fail(tr("--year must be a year from 2000 to 2100, such as 2027") +
                        QLatin1Char('\n') + synopsis,
                    Usage);
    const int year = *planned;
    const bool byTrack = parser.isSet(QStringLiteral("track"));
    const bool byCourse = parser.isSet(QStringLiteral("course"));
    const bool sharing = parser.isSet(QStringLiteral("share"));
    bool setting = sharing;
    for (const RateOption &o : rateOptions())
        setting = setting || parser.isSet(QLatin1String(o.name));
    if (byTrack && byCourse)
        return fail(tr("give --track or --course, not both"), Usage);
    if (sharing && !byCourse)
        return fail(
            tr("--share is a course's share of its track's new cohorts: give --course CODE"),
            Usage);
    if (setting != (byTrack || byCourse))
        return fail(setting ? tr("a rate needs --track NAME or --course CODE to say whose it is")
                            : tr("--track and --course need a rate to set: --fill, --no-show, "
                                 "--completion or --pass"),
                    Usage);
    QString error;
    const auto plan =
        openAnyPlan(parser.positionalArguments().first(),
                    setting ? PlanDatabase::Mode::ReadWrite : PlanDatabase::Mode::ReadOnly);
    if (!plan)
        return Failure;
    std::vector<AssumptionRow> rows;
    try {
        rows = loadAssumptions(plan->database(), year);
        if (rows.empty())
            return fail(tr("%1 has no targets: enter them (or run new-year) first, the assumptions "
                           "go with them.")
                            .arg(year));
        if (setting) {
            const QString wanted = parser.value(QLatin1String(byTrack ? "track" : "course"));
            const auto row = std::find_if(rows.begin(), rows.end(), [&](const AssumptionRow &r) {
                return byTrack
                           ? !r.course && r.name.compare(wanted, Qt::CaseInsensitive) == 0
                           : r.course && r.course->code.compare(wanted, Qt::CaseInsensitive) == 0;
            });
            if (row == rows.end())
                return fail(
                    byTrack
                        ? tr("no track named “%1” has a target in %2").arg(wanted).arg(year)
                        : tr("no course with the code “%1” belongs to a track with a target in %2")
                              .arg(wanted)
                              .arg(year),
                    Usage);
            // A percentage, or nothing (unset); a sentence when it is neither.
            QString wrong;
            auto percentOf = [&](const char *name) -> std::optional<double> {
                const QString text = parser.value(QLatin1String(name)).trimmed();
                if (text.isEmpty())
                    return std::nullopt;
                bool ok = false;
                const double percent =
                    QString(text).remove(QLatin1Char('%')).trimmed().toDouble(&ok);
                if (!ok)
                    wrong =
                        tr("--%1 takes a percentage such as 85, or nothing to unset it (got “%2”)")
                            .arg(QLatin1String(name), text);
                return percent / 100.0;
            };
            SeatRates rates = row->rates();
            bool ratesGiven = false;
            for (const RateOption &o : rateOptions()) {
                if (parser.isSet(QLatin1String(o.name))) {
                    rates.*o.member = percentOf(o.name);
                    ratesGiven = true;
                }
            }
            const std::optional<double> share = sharing ? percentOf("share") : std::nullopt;
            if (!wrong.isEmpty())
                return fail(wrong, Usage);
            const PlanEdits edits(plan->database());
            PlanEditor editor;
            editor.setPlan(plan.get());
            auto apply = [&](PlanEdit result) {
                if (!result.ok())
                    return result.problem->message;
                return editor.execute(result.text, std::move(result.changes)).message();
            };
            // Checked first, each step then: a refused share writes no rate either.
            if (sharing) {
                Course checked = *row->course;
                checked.cohortShare = share;
                checked.rates = rates;
                if (const auto v = RecordRules::check(checked); !v)
                    return fail(v.message());
            }
            if (ratesGiven)
                if (const QString error = apply(edits.setSeatRates(
                        year, row->trackId, row->course ? row->course->id : 0, rates));
                    !error.isEmpty())
                    return fail(error);
            if (sharing)
                if (const QString error = apply(edits.setCourseShare(row->course->id, share));
                    !error.isEmpty())
                    return fail(error);
            rows = loadAssumptions(plan->database(), year);
        }
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray lines;
        for (const AssumptionRow &r : rows) {
            QJsonObject line{{QStringLiteral("track"), r.course ? QString() : r.name}};
            if (r.course)
                line = QJsonObject{{QStringLiteral("course"), r.course->code}};
            const CapacityAssumptions applied = withRates(r.base, r.rates());
            QJsonObject sources;
            for (const RateOption &o : rateOptions()) {
                line.insert(QLatin1String(o.key), std::round(applied.*o.applied * 10000) / 10000);
                sources.insert(QLatin1String(o.key), sourceOf(r, o));
            }
            if (r.course) {
                line.insert(QStringLiteral("cohort_share"), std::round(r.share * 10000) / 10000);
                sources.insert(QStringLiteral("cohort_share"), r.course->cohortShare
                                                                   ? QStringLiteral("course")
                                                                   : QStringLiteral("history"));
            }
            line.insert(QStringLiteral("sources"), sources);
            lines.append(line);
        }
        printJson({{QStringLiteral("year"), year}, {QStringLiteral("assumptions"), lines}});
        return Success;
    }
    QTextStream out(stdout);
    const QLocale c = QLocale::c();
    out << tr("Assumptions of %1 (seats taken, no-shows, completion, certified):").arg(year)
        << '\n';
    for (const AssumptionRow &r : rows) {
        const CapacityAssumptions applied = withRates(r.base, r.rates());
        QStringList cells;
        for (const RateOption &o : rateOptions())
            cells << QStringLiteral("%1 % (%2)")
                         .arg(c.toString(applied.*o.applied * 100, 'f', 1), sourceOf(r, o));
        if (r.course)
            cells << tr("%1 % of the new cohorts (%2)")
                         .arg(c.toString(r.share * 100, 'f', 1), r.course->cohortShare
                                                                     ? QStringLiteral("course")
                                                                     : QStringLiteral("history"));
        out << QStringLiteral("%1%2: %3\n")
                   .arg(r.course ? QStringLiteral("    ") : QStringLiteral("  "),
                        r.course ? r.course->code : r.name, cells.join(QStringLiteral(", ")));
    }
    return Success;
}

int capacityCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption(
        {QStringLiteral("year"), tr("The year whose targets to check, e.g. 2027."), tr("Y")});
    addShapeOptions(parser);
    const QString synopsis =
        QStringLiteral("usage: cohortplanner-cli capacity FILE|URL --year Y [--blackout "
                       "FROM..UNTIL]... [--profile W1,...,W12] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Whether the year's targets can be reached with the plan's instructors, venues "
                  "and work calendar, "
                  "and if not, what is short, where and when. Exit 3 when a target is short.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("capacity needs exactly one plan file") + QLatin1Char('\n') + synopsis,
                    Usage);
    const std::optional<int> planned = planningYear(parser);
    if (!planned)
        return fail(tr("--year must be a year from 2000 to 2100, such as 2027") +
                        QLatin1Char('\n') + synopsis,
                    Usage);
    const int year = *planned;
    QString error;
    const auto plan =
        openAnyPlan(parser.positionalArguments().first(), PlanDatabase::Mode::ReadOnly);
    if (!plan)
        return Failure;
    CapacityInput input;
    int historyYear = 0;
    std::map<Id, CapacityAssumptions> history;
    QElapsedTimer timer;
    timer.start();
    try {
        input = loadCapacityInput(plan->database(), year, &historyYear, &history);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    const qint64 readMs = timer.restart();
    if (const QString shape = applyShapeOptions(parser, input); !shape.isEmpty())
        return fail(shape, Usage);
    if (const Result<> valid = CapacityPlanner::validate(input); !valid)
        return fail(valid.message());
    const CapacityResult result = CapacityPlanner::plan(input);
    const qint64 planMs = timer.elapsed();
    if (result.problem)
        return fail(result.problem->message);
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
                bottlenecks.append(
                    QJsonObject{{QStringLiteral("kind"), toKey(b.kind)},
                                {QStringLiteral("resource"), b.resource},
                                {QStringLiteral("months"), QJsonArray{b.firstMonth, b.lastMonth}},
                                {QStringLiteral("need"), std::round(b.need)},
                                {QStringLiteral("have"), std::round(b.have)},
                                {QStringLiteral("remedy"), b.remedy},
                                {QStringLiteral("explanation"), b.explanation}});
            }
            QJsonArray months;
            for (const CapacityMonth &m : t.months)
                months.append(QJsonObject{
                    {QStringLiteral("instructor_days_needed"), std::round(m.instructorDaysNeeded)},
                    {QStringLiteral("instructor_days_available"),
                     std::round(m.instructorDaysAvailable)},
                    {QStringLiteral("venue_slot_days_needed"), std::round(m.venueSlotDaysNeeded)},
                    {QStringLiteral("venue_slot_days_available"),
                     std::round(m.venueSlotDaysAvailable)},
                    {QStringLiteral("new_cohorts"), std::round(m.newCohorts * 10) / 10}});
            QJsonArray courses;
            for (const CourseCapacity &c : t.courses)
                courses.append(
                    QJsonObject{{QStringLiteral("course"), courseCode[c.courseId]},
                                {QStringLiteral("share"), std::round(c.share * 1000) / 1000},
                                {QStringLiteral("cohorts_needed"), c.cohortsNeeded},
                                {QStringLiteral("new_cohorts"), c.newCohorts}});
            const auto own = input.trackAssumptions.find(t.trackId);
            const CapacityAssumptions &rates =
                own != input.trackAssumptions.end() ? own->second : input.assumptions;
            const QJsonObject assumptions{
                {QStringLiteral("fill_rate"), std::round(rates.fillRate * 1000) / 1000},
                {QStringLiteral("no_show_rate"), std::round(rates.noShowRate * 1000) / 1000},
                {QStringLiteral("completion_rate"), std::round(rates.completionRate * 1000) / 1000},
                {QStringLiteral("pass_rate"), std::round(rates.passRate * 1000) / 1000},
                {QStringLiteral("source"),
                 ratesSource(input, t.trackId, history.count(t.trackId) ? historyYear : 0)}};
            tracks.append(QJsonObject{
                {QStringLiteral("track"), t.name},
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
                {QStringLiteral("instructor_days_available"),
                 std::round(t.instructorDaysAvailable)},
                {QStringLiteral("months"), months},
                {QStringLiteral("courses"), courses},
                {QStringLiteral("bottlenecks"), bottlenecks}});
        }
        printJson(
            {{QStringLiteral("year"), year},
             {QStringLiteral("feasible"), result.feasible},
             {QStringLiteral("exact"), result.exact},
             {QStringLiteral("min_share"), std::round(result.minShare * 10000) / 10000},
             {QStringLiteral("min_share_months_free"),
              std::round(result.minShareMonthsFree * 10000) / 10000},
             {QStringLiteral("calendar_missing"), !WorkCalendar(input.calendar).hasYear(year)},
             {QStringLiteral("read_ms"), readMs},
             {QStringLiteral("plan_ms"), planMs},
             {QStringLiteral("tracks"), tracks}});
    } else {
        QTextStream out(stdout);
        out << (result.feasible ? tr("%1: every target is reachable.")
                                : tr("%1: not every target is reachable."))
                   .arg(year)
            << '\n';
        if (historyYear > 0)
            out << tr("Rates from the completed cohorts of %1 where a track has enough of them, "
                      "else the defaults.")
                       .arg(historyYear)
                << '\n';
        for (const TrackCapacity &t : result.tracks)
            out << QStringLiteral("  %1: %2 of %3 trained, %4 of %5 certified; %6 new cohorts "
                                  "needed, %7 planned\n")
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
            out << tr("The plan has no work calendar for %1: its public holidays are unknown and "
                      "it was counted on weekdays only.")
                       .arg(year)
                << '\n';
    }
    return result.feasible ? Success : 3;
}

int generateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption(
        {QStringLiteral("year"), tr("The year to lay the draft into, e.g. 2027."), tr("Y")});
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Lay out the draft and report it, but leave the file as it is.")});
    parser.addOption(
        {QStringLiteral("staff"), tr("Staff the draft's cohorts with the assignment solver.")});
    parser.addOption({QStringLiteral("time-limit"),
                      tr("Seconds the solver may staff for (default 1)."), tr("S"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("from"),
                      tr("No cohort starts before this date, YYYY-MM-DD (default today)."),
                      tr("DATE")});
    addShapeOptions(parser);
    const QString synopsis =
        QStringLiteral("usage: cohortplanner-cli generate FILE|URL --year Y [--dry-run] [--staff] "
                       "[--time-limit S] [--from DATE]\n"
                       "       [--blackout FROM..UNTIL]... [--profile W1,...,W12] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Lays the cohorts the year still needs, as far as instructors, venues and the "
                  "calendar allow, "
                  "onto its working days as planned cohorts (optionally staffed), in one "
                  "transaction.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("generate needs exactly one plan file") + QLatin1Char('\n') + synopsis,
                    Usage);
    const std::optional<int> planned = planningYear(parser);
    if (!planned)
        return fail(tr("--year must be a year from 2000 to 2100, such as 2027") +
                        QLatin1Char('\n') + synopsis,
                    Usage);
    const int year = *planned;
    bool ok = false;
    const double timeLimit = parser.value(QStringLiteral("time-limit")).toDouble(&ok);
    if (!ok || timeLimit <= 0 || timeLimit > 3600)
        return fail(tr("--time-limit must be a number of seconds above 0 and at most 3600"), Usage);
    DraftOptions options;
    options.earliestStart = QDate::currentDate();
    if (parser.isSet(QStringLiteral("from"))) {
        options.earliestStart =
            QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        if (!options.earliestStart.isValid())
            return fail(tr("--from must be a date in the form YYYY-MM-DD, such as 2027-03-01"),
                        Usage);
    }
    options.notes = tr("Generated draft of %1").arg(QDate::currentDate().toString(Qt::ISODate));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool staff = parser.isSet(QStringLiteral("staff"));

    QString error;
    const auto plan =
        openAnyPlan(parser.positionalArguments().first(),
                    dryRun ? PlanDatabase::Mode::ReadOnly : PlanDatabase::Mode::ReadWrite);
    if (!plan)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    CapacityInput input;
    ConflictInput conflictInput;
    SolverOptions solverOptions;
    try {
        input = loadCapacityInput(plan->database(), year);
        if (staff) {
            conflictInput = loadConflictInput(plan->database());
            solverOptions.preferences = loadCoursePreferences(plan->database());
        }
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    if (const QString shape = applyShapeOptions(parser, input); !shape.isEmpty())
        return fail(shape, Usage);
    DraftGenerator::startFrom(input, options.earliestStart);
    if (const Result<> valid = CapacityPlanner::validate(input); !valid)
        return fail(valid.message());
    const CapacityResult capacity = CapacityPlanner::plan(input);
    DraftResult draft = DraftGenerator::generate(input, capacity, options);
    if (draft.problem)
        return fail(draft.problem->message);
    const qint64 generateMs = timer.restart();
    std::optional<SolverResult> staffing;
    if (staff) {
        solverOptions.timeLimitSeconds = timeLimit;
        solverOptions.maxRounds = 1000000; // the time limit ends the search
        solverOptions.assistantsAbove = input.assistantsAbove;
        staffing = DraftGenerator::staff(conflictInput, draft, solverOptions);
    }
    const qint64 staffMs = timer.restart();
    int created = int(draft.cohorts.size());
    if (!dryRun && created > 0) {
        PlanEdit result;
        try {
            result = PlanEdits(plan->database()).createDraft(draft, year);
        } catch (const StoreError &e) {
            return fail(e.message());
        }
        if (!result.ok())
            return fail(result.problem->message);
        PlanEditor editor;
        editor.setPlan(plan.get());
        if (const Result<> written = editor.execute(result.text, std::move(result.changes));
            !written)
            return fail(written.message());
    }
    const qint64 writeMs = timer.elapsed();

    std::map<Id, QString> courseCode;
    for (const Course &c : input.courses)
        courseCode[c.id] = c.code;
    auto whole = [](double v) { return qint64(std::floor(v + 1e-6)); };
    int targetTrained = 0;
    for (const DraftTrack &t : draft.tracks)
        targetTrained += t.targetTrained;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray byMonth;
        for (int n : draft.byMonth)
            byMonth.append(n);
        QJsonArray tracks;
        for (const DraftTrack &t : draft.tracks) {
            QJsonArray months;
            for (int n : t.byMonth)
                months.append(n);
            tracks.append(QJsonObject{{QStringLiteral("track"), t.name},
                                      {QStringLiteral("target_trained"), t.targetTrained},
                                      {QStringLiteral("planned_trained"), whole(t.plannedTrained)},
                                      {QStringLiteral("draft_trained"), whole(t.draftTrained)},
                                      {QStringLiteral("reachable_trained"), whole(t.trained())},
                                      {QStringLiteral("cohorts"), t.cohorts},
                                      {QStringLiteral("seats"), t.seats},
                                      {QStringLiteral("by_month"), months}});
        }
        QJsonArray unplaced;
        for (const DraftUnplaced &u : draft.unplaced)
            unplaced.append(QJsonObject{{QStringLiteral("course"), courseCode[u.courseId]},
                                        {QStringLiteral("count"), u.count},
                                        {QStringLiteral("reason"), u.reason}});
        QJsonObject out{{QStringLiteral("year"), year},
                        {QStringLiteral("dry_run"), dryRun},
                        {QStringLiteral("cohorts_created"), created},
                        {QStringLiteral("seats"), draft.seats},
                        {QStringLiteral("target_trained"), targetTrained},
                        {QStringLiteral("reachable_trained"), whole(draft.reachableTrained())},
                        {QStringLiteral("by_month"), byMonth},
                        {QStringLiteral("tracks"), tracks},
                        {QStringLiteral("unplaced"), unplaced},
                        {QStringLiteral("generate_ms"), generateMs},
                        {QStringLiteral("staff_ms"), staffMs},
                        {QStringLiteral("write_ms"), writeMs}};
        if (staffing)
            out.insert(
                QStringLiteral("staffing"),
                QJsonObject{{QStringLiteral("roles"), staffing->roles},
                            {QStringLiteral("staffed"), staffing->staffed},
                            {QStringLiteral("gap"), std::round(staffing->gap * 10000) / 10000},
                            {QStringLiteral("optimal"), staffing->optimal}});
        printJson(out);
    } else {
        QTextStream out(stdout);
        out << (dryRun ? tr("%1 cohorts would be created in %2 (%3 seats).")
                       : tr("%1 cohorts created in %2 (%3 seats)."))
                   .arg(created)
                   .arg(year)
                   .arg(draft.seats)
            << '\n';
        for (const DraftTrack &t : draft.tracks)
            out << QStringLiteral("  %1: %2 new cohorts; %3 of %4 trained expected\n")
                       .arg(t.name)
                       .arg(t.cohorts)
                       .arg(whole(t.trained()))
                       .arg(t.targetTrained);
        if (staffing)
            out << tr("Staffed %1 of %2 roles.").arg(staffing->staffed).arg(staffing->roles)
                << '\n';
        for (const DraftUnplaced &u : draft.unplaced)
            out << QStringLiteral("  - %1 × %2: %3\n")
                       .arg(courseCode[u.courseId])
                       .arg(u.count)
                       .arg(u.reason);
    }
    return Success;
}

} // namespace Planner::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetcommand.h"

#include "cliutil.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "io/planjson.h"
#include "planning/coststats.h"
#include "planning/progressstats.h"
#include "store/planqueries.h"
#include "store/repository.h"
#include "store/storeerror.h"

#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace Planner::Cli {

namespace {

// "NAME=AMOUNT": the amount in whole yuan, written with or without separators and a
// currency sign; a blank amount is none. Returns false when malformed.
bool parseSetting(const QString &text, QString *name, std::optional<Yuan> *amount)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        return false;
    *name = text.left(equals).trimmed();
    QString number = text.mid(equals + 1).trimmed();
    number.remove(QLatin1Char(',')).remove(QLatin1Char('_')).remove(QChar(0x00a5));
    if (number.isEmpty()) {
        amount->reset();
        return !name->isEmpty();
    }
    bool ok = false;
    const Yuan value = number.toLongLong(&ok);
    if (!ok)
        return false;
    *amount = value;
    return !name->isEmpty();
}

QString yuan(Yuan value)
{
    return QLocale::c().toString(value);
}

QString yuan(const std::optional<Yuan> &value)
{
    return value ? yuan(*value) : QStringLiteral("-");
}

} // namespace

int budgetCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    parser.addOption(
        {QStringLiteral("year"), tr("The year (default: the as-of date's year)."), tr("Y")});
    parser.addOption({QStringLiteral("as-of"),
                      tr("Spent as of this date, YYYY-MM-DD (default today)."), tr("DATE")});
    parser.addOption({QStringLiteral("budget"),
                      tr("Set a track's budget for the year in yuan (English or Chinese name; a "
                         "blank amount unsets it); repeatable."),
                      tr("TRACK=AMOUNT")});
    parser.addOption({QStringLiteral("fixed"),
                      tr("Set a fixed cost of the year in yuan (a blank amount deletes it); "
                         "repeatable."),
                      tr("NAME=AMOUNT")});
    parser.addOption({QStringLiteral("level-rate"),
                      tr("Set the day rate of instructors of a level (foundation, intermediate, "
                         "advanced) in yuan (a blank amount: the default); repeatable."),
                      tr("LEVEL=AMOUNT")});
    const QString synopsis =
        QStringLiteral("usage: cohortplanner-cli budget FILE|URL [--year Y] [--as-of DATE] "
                       "[--budget TRACK=AMOUNT]... "
                       "[--fixed NAME=AMOUNT]... [--level-rate LEVEL=AMOUNT]... [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("The year's costs against its budget: spent, forecast at the year end, per "
                  "trainee and per certificate, by track and month.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("budget needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);
    QDate asOf;
    int year = 0;
    if (!parseYearAndAsOf(parser, &year, &asOf))
        return Usage;

    struct Setting
    {
        QString name;
        std::optional<Yuan> amount;
    };
    auto settings = [&](const char *option, std::vector<Setting> *out) {
        for (const QString &text : parser.values(QLatin1String(option))) {
            Setting s;
            if (!parseSetting(text, &s.name, &s.amount)) {
                fail(tr("--%1 takes NAME=AMOUNT with the amount in whole yuan, such as "
                        "\"Programme office=1200000\"; not “%2”")
                         .arg(QLatin1String(option), text),
                     Usage);
                return false;
            }
            out->push_back(s);
        }
        return true;
    };
    std::vector<Setting> budgets, fixed, levelRates;
    if (!settings("budget", &budgets) || !settings("fixed", &fixed) ||
        !settings("level-rate", &levelRates))
        return Usage;
    const bool writing = !budgets.empty() || !fixed.empty() || !levelRates.empty();

    const auto plan =
        openAnyPlan(parser.positionalArguments().first(),
                    writing ? PlanDatabase::Mode::ReadWrite : PlanDatabase::Mode::ReadOnly);
    if (!plan)
        return Failure;
    CostReport report;
    try {
        if (writing) {
            const PlanEdits edits(plan->database());
            PlanEditor editor;
            editor.setPlan(plan.get());
            auto apply = [&](PlanEdit result) {
                if (!result.ok())
                    return result.problem->message;
                if (result.changes.isEmpty())
                    return QString();
                return editor.execute(result.text, std::move(result.changes)).message();
            };
            const PlanQueries queries(plan->database());
            const std::vector<Track> tracks = queries.tracks();
            for (const Setting &s : budgets) {
                const auto track = std::find_if(tracks.begin(), tracks.end(), [&](const Track &t) {
                    return t.name.compare(s.name, Qt::CaseInsensitive) == 0 || t.nameZh == s.name;
                });
                if (track == tracks.end())
                    return fail(tr("unknown track “%1”").arg(s.name), Usage);
                Target key;
                key.year = year;
                key.trackId = track->id;
                std::optional<Target> target = Repository<Target>(plan->database()).find(key);
                if (!target)
                    return fail(tr("%1 has no target in %2: enter it (or run new-year) first, "
                                   "the budget goes with it")
                                    .arg(track->name)
                                    .arg(year));
                target->budget = s.amount;
                if (const QString error = apply(edits.save(*target)); !error.isEmpty())
                    return fail(error);
            }
            for (const Setting &s : fixed) {
                std::optional<FixedCost> stored;
                for (const FixedCost &f : queries.fixedCosts(year))
                    if (f.name == s.name)
                        stored = f;
                if (!s.amount) {
                    if (!stored)
                        return fail(tr("%1 has no fixed cost named “%2”").arg(year).arg(s.name));
                    if (const QString error = apply(edits.removeFixedCosts({stored->id}));
                        !error.isEmpty())
                        return fail(error);
                    continue;
                }
                FixedCost cost = stored.value_or(FixedCost{0, year, s.name, 0});
                cost.amount = *s.amount;
                if (const QString error = apply(edits.save(cost)); !error.isEmpty())
                    return fail(error);
            }
            for (const Setting &s : levelRates) {
                const auto level = fromKey<CourseLevel>(s.name.toLower());
                if (!level)
                    return fail(tr("--level-rate takes foundation, intermediate or advanced, not "
                                   "“%1”")
                                    .arg(s.name),
                                Usage);
                if (const QString error = apply(edits.setLevelRate(*level, s.amount));
                    !error.isEmpty())
                    return fail(error);
            }
        }
        const PlanQueries queries(plan->database());
        const ProgressReport progress =
            ProgressStats::compute(queries.progressFacts(year, asOf), asOf);
        report = CostStats::compute(queries.costFacts(year), asOf, &progress);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(PlanJson::costs(report));
        return Success;
    }
    QTextStream out(stdout);
    out << tr("Costs %1 as of %2, in yuan").arg(year).arg(asOf.toString(Qt::ISODate)) << '\n';
    out << tr("budget %1, spent %2, forecast at the year end %3, remaining %4")
               .arg(yuan(report.budget), yuan(report.spent.total()), yuan(report.forecast.total()),
                    yuan(report.remaining()))
        << '\n';
    out << tr("per trainee %1, per certificate %2")
               .arg(yuan(report.perTrainee()), yuan(report.perCertificate()))
        << '\n';
    for (const TrackCost &t : report.tracks)
        out << QStringLiteral("  %1: budget %2, spent %3, forecast %4, per certificate %5")
                   .arg(t.name, yuan(t.budget), yuan(t.spent.total()), yuan(t.forecast.total()),
                        yuan(t.perCertificate()))
            << '\n';
    for (const FixedCost &f : report.fixedCosts)
        out << QStringLiteral("  fixed: %1 %2").arg(f.name, yuan(f.amount)) << '\n';
    return Success;
}

} // namespace Planner::Cli

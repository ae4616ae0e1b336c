// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "cliutil.h"
#include "domain/language.h"
#include "io/report.h"
#include "store/planqueries.h"
#include "store/repository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Planner::Cli {

namespace {

// The id of the record whose key (code or name) is text, or 0.
template <typename T, typename Key> Id idOf(const QSqlDatabase &db, const QString &text, Key key)
{
    for (const T &record : Repository<T>(db).loadAll())
        if (key(record).compare(text, Qt::CaseInsensitive) == 0)
            return record.id;
    return 0;
}

} // namespace

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The plan file, or a server plan (postgresql://...)."));
    parser.addOption({QStringLiteral("kind"),
                      tr("plan, timetable, venue, signin, roster, certifications or capacity."),
                      tr("KIND")});
    parser.addOption(
        {QStringLiteral("year"), tr("The year (plan; timetable and venue)."), tr("YEAR")});
    parser.addOption(
        {QStringLiteral("cohort"), tr("The cohort with this code (signin, roster)."), tr("CODE")});
    parser.addOption(
        {QStringLiteral("track"), tr("plan: only the track with this name."), tr("NAME")});
    // Not --session: QGuiApplication takes -session (session management) out of argv.
    parser.addOption({QStringLiteral("day"),
                      tr("signin: only the session(s) on this day (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("instructor"),
                      tr("timetable: only the instructor with this staff code."), tr("CODE")});
    parser.addOption(
        {QStringLiteral("venue"), tr("venue: only the venue with this name."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("from"), tr("The first day of the period (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption(
        {QStringLiteral("to"), tr("The last day of the period (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("lang"), tr("The report's language: en or zh_CN."), tr("LANG"),
                      QStringLiteral("en")});
    parser.addOption(
        {QStringLiteral("page"), tr("The paper: a4 or letter."), tr("PAGE"), QStringLiteral("a4")});
    parser.addOption({QStringLiteral("landscape"), tr("Lay the pages out in landscape (the "
                                                      "default of plan and venue).")});
    parser.addOption({QStringLiteral("portrait"), tr("Lay the pages out in portrait (the "
                                                     "default of the other reports).")});
    parser.addOption({QStringLiteral("out"), tr("The PDF file to write."), tr("OUT")});
    const QString synopsis = QStringLiteral(
        "usage: cohortplanner-cli report FILE|URL --kind plan|timetable|venue|signin|roster|"
        "certifications|capacity [--year Y [--track NAME]] [--cohort CODE [--day "
        "DATE]|--instructor CODE|"
        "--venue NAME] [--from D --to D] [--lang en|zh_CN] [--page a4|letter] "
        "[--landscape|--portrait] "
        "--out OUT.pdf [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Writes a printable report as a PDF file: the year's plan, instructors' "
                  "timetables, venues' bookings, sign-in sheets for a cohort's sessions, a "
                  "cohort's roster with outcomes, the certificates awarded in a period, or "
                  "the year's capacity against its targets.")))
        return Usage;
    const auto usage = [&](const QString &message) {
        return fail(message + QLatin1Char('\n') + synopsis, Usage);
    };
    if (parser.positionalArguments().size() != 1)
        return usage(tr("report needs exactly one plan file"));
    const std::optional<Report::Kind> kind = Report::kindOf(parser.value(QStringLiteral("kind")));
    if (!kind)
        return usage(tr("report needs --kind: plan, timetable, venue, signin, roster, "
                        "certifications or capacity"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("report needs --out"));
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang != QLatin1String("en") && lang != QLatin1String("zh_CN"))
        return usage(tr("--lang is en or zh_CN, not “%1”").arg(lang));
    const QString page = parser.value(QStringLiteral("page")).toLower();
    if (page != QLatin1String("a4") && page != QLatin1String("letter"))
        return usage(tr("--page is a4 or letter, not “%1”").arg(page));

    Report::Request request;
    request.kind = *kind;
    bool ok = true;
    if (parser.isSet(QStringLiteral("year"))) {
        request.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || request.year < 1900 || request.year > 2999)
            return usage(tr("--year is a year such as 2027, not “%1”")
                             .arg(parser.value(QStringLiteral("year"))));
    }
    const auto date = [&](const char *option, QDate *into) {
        if (!parser.isSet(QLatin1String(option)))
            return true;
        *into = QDate::fromString(parser.value(QLatin1String(option)), Qt::ISODate);
        return into->isValid();
    };
    QDate sessionDay;
    for (const auto &[option, into] : {std::pair<const char *, QDate *>{"from", &request.from},
                                       {"to", &request.to},
                                       {"day", &sessionDay}})
        if (!date(option, into))
            return usage(tr("--%1 is a date (YYYY-MM-DD), not “%2”")
                             .arg(QLatin1String(option), parser.value(QLatin1String(option))));

    // The language: the report's words and the records' names.
    request.locale = Language::localeOf(lang);

    const QString path = parser.positionalArguments().first();
    const std::unique_ptr<EditablePlan> plan = openAnyPlan(path, PlanDatabase::Mode::ReadOnly);
    if (!plan)
        return Failure;
    const QSqlDatabase db = plan->database();
    const Result<ServerAddress> server =
        ServerAddress::isServerUrl(path) ? ServerAddress::parse(path) : ServerAddress{};
    request.planName = ServerAddress::isServerUrl(path) && server
                           ? server->database
                           : QFileInfo(path).completeBaseName();
    try {
        if (parser.isSet(QStringLiteral("cohort"))) {
            const QString code = parser.value(QStringLiteral("cohort"));
            request.cohortId = idOf<Cohort>(db, code, [](const Cohort &c) { return c.code; });
            if (request.cohortId == 0)
                return fail(tr("No cohort has the code “%1”.").arg(code));
        }
        if (parser.isSet(QStringLiteral("track"))) {
            const QString name = parser.value(QStringLiteral("track"));
            request.trackId = idOf<Track>(db, name, [&](const Track &t) {
                return t.nameZh.compare(name, Qt::CaseInsensitive) == 0 ? t.nameZh : t.name;
            });
            if (request.trackId == 0)
                return fail(tr("No track is called “%1”.").arg(name));
        }
        if (parser.isSet(QStringLiteral("instructor"))) {
            const QString code = parser.value(QStringLiteral("instructor"));
            request.instructorId =
                idOf<Instructor>(db, code, [](const Instructor &i) { return i.code; });
            if (request.instructorId == 0)
                return fail(tr("No instructor has the staff code “%1”.").arg(code));
        }
        if (parser.isSet(QStringLiteral("venue"))) {
            const QString name = parser.value(QStringLiteral("venue"));
            request.venueId = idOf<Venue>(db, name, [](const Venue &v) { return v.name; });
            if (request.venueId == 0)
                return fail(tr("No venue is called “%1”.").arg(name));
        }
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    if ((*kind == Report::Kind::SignIn || *kind == Report::Kind::Roster) && request.cohortId == 0)
        return usage(tr("report --kind %1 needs --cohort").arg(Report::key(*kind)));
    if ((*kind == Report::Kind::Plan || *kind == Report::Kind::Capacity) && request.year == 0)
        return usage(tr("report --kind %1 needs --year").arg(Report::key(*kind)));
    if (*kind == Report::Kind::Certifications && (!request.from.isValid() || !request.to.isValid()))
        return usage(tr("report --kind certifications needs --from and --to"));

    request.sessionDay = sessionDay;
    const PlanQueries queries(db);
    const Result<Report::Document> document = Report::build(queries, request);
    if (!document)
        return fail(document.message());
    Report::PageSetup setup = Report::defaultSetup(*kind);
    setup.size = page == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    if (parser.isSet(QStringLiteral("landscape")))
        setup.orientation = QPageLayout::Landscape;
    if (parser.isSet(QStringLiteral("portrait")))
        setup.orientation = QPageLayout::Portrait;
    const Result<int> pages = Report::writePdf(*document, out, setup);
    if (!pages)
        return fail(pages.message());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("pages"), *pages},
                   {QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
                   {QStringLiteral("kind"), Report::key(*kind)},
                   {QStringLiteral("scope"), document->scope}});
    } else {
        QTextStream(stdout) << tr("Wrote %1: %2, %3 (%n page(s))", nullptr, *pages)
                                   .arg(QDir::toNativeSeparators(out), document->title,
                                        document->scope)
                            << Qt::endl;
    }
    return Success;
}

} // namespace Planner::Cli

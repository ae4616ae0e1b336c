// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdlib>

namespace Planner::Cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("cohortplanner-cli", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("cohortplanner-cli", text, disambiguation, n);
}

void printJson(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

namespace {
bool jsonErrors = false;
}

void setJsonErrors(bool json)
{
    jsonErrors = json;
}

std::unique_ptr<PlanDatabase> openPlan(const QString &path, PlanDatabase::Mode mode)
{
    if (ServerAddress::isServerUrl(path)) {
        fail(tr("This command works on plan files; info, progress, check, capacity, assign, "
                "new-year, assumptions, generate, budget, import, export, report, chart, ics, "
                "person, push and checkout reach server plans so far (%1)")
                 .arg(path.section(QLatin1Char('?'), 0, 0)));
        return nullptr;
    }
    auto opened = PlanDatabase::open(path, mode);
    if (!opened) {
        fail(opened.message());
        return nullptr;
    }
    return std::move(*opened);
}

std::unique_ptr<EditablePlan> openAnyPlan(const QString &location, PlanDatabase::Mode mode)
{
    if (!ServerAddress::isServerUrl(location))
        return openPlan(location, mode);
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address) {
        fail(address.message());
        return nullptr;
    }
    auto opened = ServerPlan::open(*address, mode == PlanDatabase::Mode::ReadOnly
                                                 ? ServerPlan::Mode::ReadOnly
                                                 : ServerPlan::Mode::ReadWrite);
    if (!opened) {
        fail(opened.message());
        return nullptr;
    }
    return std::move(*opened);
}

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "cohortplanner-cli: " << message << Qt::endl;
    if (jsonErrors)
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("code"), code == Usage ? QStringLiteral("usage")
                                                                       : QStringLiteral("failed")},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("exit_code"), code}}}});
    return code;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis,
           const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object on stdout.")});
    // Asked for JSON, a script gets its errors as JSON too, even those of misuse.
    setJsonErrors(arguments.contains(QStringLiteral("--json")));
    if (!parser.parse(arguments)) {
        fail(parser.errorText() + QLatin1Char('\n') + synopsis, Usage);
        return false;
    }
    setJsonErrors(parser.isSet(QStringLiteral("json")));
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << synopsis << "\n\n" << parser.helpText();
        std::exit(Success);
    }
    return true;
}

// --as-of (default today) and --year (default the as-of date's year), as `progress` and
// `chart` take them. Prints why and returns false when either is malformed.
bool parseYearAndAsOf(const QCommandLineParser &parser, int *year, QDate *asOf)
{
    *asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        *asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf->isValid()) {
            fail(tr("--as-of must be a date in the form YYYY-MM-DD, such as 2026-11-28"), Usage);
            return false;
        }
    }
    *year = asOf->year();
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        *year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || *year < 2000 || *year > 2100) {
            fail(tr("--year must be a year from 2000 to 2100"), Usage);
            return false;
        }
    }
    return true;
}

} // namespace Planner::Cli

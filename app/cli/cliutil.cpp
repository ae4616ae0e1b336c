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
    auto opened = PlanDatabase::open(path, mode);
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

} // namespace Planner::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Shared plumbing of cohortplanner-cli's commands: options, JSON output, errors.
#pragma once

#include "store/plandatabase.h"
#include "store/serverstore.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Planner::Cli {

// Blocked: something is left for a person to decide (check: a blocking conflict; capacity: a
// target out of reach; sync: a conflict not chosen).
enum ExitCode { Success = 0, Failure = 1, Usage = 2, Blocked = 3 };

// Translated in the "cohortplanner-cli" context.
QString tr(const char *text);
// With a plural form: %n is n.
QString tr(const char *text, const char *disambiguation, int n);
// Prints one JSON object on stdout.
void printJson(const QJsonObject &object);
// Prints "cohortplanner-cli: message" on stderr and returns code; with --json, also
// {"ok": false, "error": {"code": "usage" or "failed", "message", "exit_code"}} on
// stdout, the one JSON object of the run.
int fail(const QString &message, int code = Failure);
// Opens the plan at path; on refusal says why, as fail() does, and returns null (the
// command then exits with Failure).
std::unique_ptr<PlanDatabase> openPlan(const QString &path, PlanDatabase::Mode mode);

// Opens the file or server plan (postgresql://...) at location, for commands that work
// on either; on refusal says why, as fail() does, and returns null.
std::unique_ptr<EditablePlan> openAnyPlan(const QString &location, PlanDatabase::Mode mode);
// Whether fail() prints JSON (parse() sets it from --json).
void setJsonErrors(bool json);
// Adds --help and --json and parses one command's options; returns false (after printing
// why) on misuse. --help prints the synopsis and exits.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis,
           const QString &description);
// --as-of (default today) and --year (default the as-of date's year), as `progress`,
// `chart` and `budget` take them. Prints why and returns false when either is malformed.
bool parseYearAndAsOf(const QCommandLineParser &parser, int *year, QDate *asOf);

} // namespace Planner::Cli

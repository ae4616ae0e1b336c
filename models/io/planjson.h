// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace Planner {
struct ProgressReport;
struct CostReport;
class ConflictEngine;
} // namespace Planner

namespace Planner::PlanJson {

// What `cohortplanner-cli info` prints: schema version, application id, the number of
// records of each kind, the years that have cohorts and the targets.
QJsonObject info(const QSqlDatabase &db);

// What `cohortplanner-cli progress` prints: the report's totals, its twelve months and
// its tracks. Forecasts are rounded to whole trainees.
QJsonObject progress(const ProgressReport &report);

// What `cohortplanner-cli budget` prints: the year's budget, spent and forecast costs in
// their parts, per trainee and certificate, per track and month, and its fixed costs. Money
// in whole yuan; a figure that cannot be computed (no budget set, no certificate expected)
// is null.
QJsonObject costs(const CostReport &report);

// What `cohortplanner-cli check` prints: every conflict with the records it names (by
// code) and the counts per rule.
QJsonObject conflicts(const ConflictEngine &engine);

} // namespace Planner::PlanJson

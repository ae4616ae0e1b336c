// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace Planner::PlanJson {

// What `cohortplanner-cli info` prints: schema version, application id, the number of
// records of each kind, the years that have cohorts and the targets.
QJsonObject info(const QSqlDatabase &db);

} // namespace Planner::PlanJson

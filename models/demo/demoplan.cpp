// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoplan.h"

#include "io/calendarcsv.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"

namespace Planner::DemoPlan {

DemoOptions defaultOptions()
{
    DemoOptions options;
    options.seed = 2026;
    options.firstYear = 2026;
    options.years = 1;
    options.asOf = QDate::currentDate();
    options.calendar = CalendarCsv::bundledChina2026();
    return options;
}

Result<> write(const QString &path, DemoOptions options)
{
    if (options.calendar.empty())
        options.calendar = CalendarCsv::bundledChina2026();
    const DemoPlanGenerator generator(options);
    PlanData plan = generator.generate();
    // The demo should show the conflicts page at work, as a real plan would a few weeks
    // ahead; generate() alone stays clean for tests and benchmarks.
    generator.addPlanningProblems(plan);
    const QString note = QStringLiteral("demo plan: seed %1, %2 year(s) from %3")
                             .arg(options.seed)
                             .arg(options.years)
                             .arg(options.firstYear);
    return PlanDatabase::create(
        path, [&](QSqlDatabase &db) { writePlanData(db, plan, AuditAction::Generate, note); });
}

} // namespace Planner::DemoPlan

// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjson.h"

#include "store/planqueries.h"
#include "store/repository.h"
#include "store/sqliteplatform.h"

#include <QJsonArray>

namespace Planner::PlanJson {

QJsonObject info(const QSqlDatabase &db)
{
    const PlanQueries queries(db);
    const PlanCounts c = queries.counts();
    QJsonArray years;
    for (int year : queries.cohortYears())
        years.append(year);
    QJsonArray targets;
    QHash<Id, QString> trackNames;
    for (const Track &t : queries.tracks())
        trackNames.insert(t.id, t.name);
    for (const Target &t : Repository<Target>(db).loadAll())
        targets.append(QJsonObject{{QStringLiteral("year"), t.year},
                                   {QStringLiteral("track"), trackNames.value(t.trackId)},
                                   {QStringLiteral("trainees"), t.trainees},
                                   {QStringLiteral("certified"), t.certified}});
    return QJsonObject{
        {QStringLiteral("schema_version"), SqlitePlatform::userVersion(db)},
        {QStringLiteral("application_id"), qint64(quint32(SqlitePlatform::applicationId(db)))},
        {QStringLiteral("tracks"), c.tracks},
        {QStringLiteral("courses"), c.courses},
        {QStringLiteral("venues"), c.venues},
        {QStringLiteral("instructors"), c.instructors},
        {QStringLiteral("qualifications"), c.qualifications},
        {QStringLiteral("leaves"), c.leaves},
        {QStringLiteral("cohorts"), c.cohorts},
        {QStringLiteral("sessions"), c.sessions},
        {QStringLiteral("cohort_instructors"), c.cohortInstructors},
        {QStringLiteral("trainees"), c.trainees},
        {QStringLiteral("enrollments"), c.enrollments},
        {QStringLiteral("calendar_days"), c.calendarDays},
        {QStringLiteral("audit_entries"), c.auditEntries},
        {QStringLiteral("years"), years},
        {QStringLiteral("targets"), targets},
    };
}

} // namespace Planner::PlanJson

// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjson.h"

#include "planning/conflictengine.h"
#include "planning/progressstats.h"
#include "store/planqueries.h"
#include "store/repository.h"
#include "store/sqliteplatform.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

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

QJsonObject progress(const ProgressReport &report)
{
    auto whole = [](double value) { return qint64(std::llround(value)); };
    QJsonArray months;
    for (const MonthProgress &m : report.months)
        months.append(
            QJsonObject{{QStringLiteral("month"), m.month},
                        {QStringLiteral("trained"), m.trained},
                        {QStringLiteral("certified"), m.certified},
                        {QStringLiteral("cumulative_trained"), m.cumulativeTrained},
                        {QStringLiteral("cumulative_certified"), m.cumulativeCertified},
                        {QStringLiteral("target_to_date"), whole(m.targetToDate)},
                        {QStringLiteral("forecast_cumulative"), whole(m.forecastCumulative)},
                        {QStringLiteral("is_forecast"), m.forecast}});
    QJsonArray tracks;
    for (const TrackProgress &t : report.tracks)
        tracks.append(
            QJsonObject{{QStringLiteral("track"), t.name},
                        {QStringLiteral("track_zh"), t.nameZh},
                        {QStringLiteral("target"), t.target},
                        {QStringLiteral("target_certified"), t.targetCertified},
                        {QStringLiteral("trained"), t.trained},
                        {QStringLiteral("certified"), t.certified},
                        {QStringLiteral("in_training"), t.inTraining},
                        {QStringLiteral("planned_seats"), t.plannedSeats},
                        {QStringLiteral("forecast"), whole(t.forecast)},
                        {QStringLiteral("forecast_certified"), whole(t.forecastCertified)}});
    return QJsonObject{{QStringLiteral("year"), report.year},
                       {QStringLiteral("as_of"), report.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("target"), report.target},
                       {QStringLiteral("target_certified"), report.targetCertified},
                       {QStringLiteral("trained"), report.trained},
                       {QStringLiteral("certified"), report.certified},
                       {QStringLiteral("in_training"), report.inTraining},
                       {QStringLiteral("planned_seats"), report.plannedSeats},
                       {QStringLiteral("forecast"), whole(report.forecast)},
                       {QStringLiteral("forecast_certified"), whole(report.forecastCertified)},
                       {QStringLiteral("completion_rate"), report.completionRate},
                       {QStringLiteral("months"), months},
                       {QStringLiteral("tracks"), tracks}};
}

QJsonObject conflicts(const ConflictEngine &engine)
{
    const ConflictInput &input = engine.input();
    QHash<Id, QString> cohorts, instructors, venues;
    for (const auto &c : input.cohorts)
        cohorts.insert(c.id, c.code);
    for (const auto &i : input.instructors)
        instructors.insert(i.id, i.code);
    for (const auto &v : input.venues)
        venues.insert(v.id, v.name);
    auto orNull = [](const QHash<Id, QString> &names, Id id) {
        return id != 0 ? QJsonValue(names.value(id)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray list;
    QJsonObject counts;
    for (int r = 0; r < ConflictRuleCount; ++r)
        counts.insert(toKey(ConflictRule(r)), 0);
    for (const Conflict &c : engine.conflicts()) {
        QJsonObject o{{QStringLiteral("rule"), toKey(c.rule)},
                      {QStringLiteral("severity"), toKey(c.severity)},
                      {QStringLiteral("cohort"), orNull(cohorts, c.cohortId)},
                      {QStringLiteral("instructor"), orNull(instructors, c.instructorId)},
                      {QStringLiteral("venue"), orNull(venues, c.venueId)},
                      {QStringLiteral("date"), c.date.isValid()
                                                   ? QJsonValue(c.date.toString(Qt::ISODate))
                                                   : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("explanation"), c.explanation}};
        if (c.otherCohortId != 0)
            o.insert(QStringLiteral("other_cohort"), cohorts.value(c.otherCohortId));
        if (c.slot)
            o.insert(QStringLiteral("slot"), toKey(*c.slot));
        list.append(o);
        const QString key = toKey(c.rule);
        counts.insert(key, counts.value(key).toInt() + 1);
    }
    return QJsonObject{{QStringLiteral("conflicts"), list},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("blocking"), engine.count(Severity::Block)},
                       {QStringLiteral("warnings"), engine.count(Severity::Warn)}};
}

} // namespace Planner::PlanJson

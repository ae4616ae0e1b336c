// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjson.h"

#include "planning/conflictengine.h"
#include "planning/coststats.h"
#include "planning/progressstats.h"
#include "store/planqueries.h"
#include "store/repository.h"
#include "store/serverstore.h"

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
        {QStringLiteral("schema_version"), PlanFormat::schemaVersion(db)},
        {QStringLiteral("application_id"), qint64(quint32(PlanFormat::applicationId(db)))},
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

namespace {

QJsonValue money(const std::optional<Yuan> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject parts(const CostSplit &split)
{
    return {{QStringLiteral("instructors"), double(split.instructors)},
            {QStringLiteral("venues"), double(split.venues)},
            {QStringLiteral("trainees"), double(split.trainees)},
            {QStringLiteral("fixed"), double(split.fixed)},
            {QStringLiteral("total"), double(split.total())}};
}

} // namespace

QJsonObject costs(const CostReport &report)
{
    auto whole = [](double value) { return qint64(std::llround(value)); };
    QJsonArray tracks;
    for (const TrackCost &t : report.tracks) {
        std::optional<Yuan> remaining;
        if (t.budget)
            remaining = *t.budget - t.forecast.total();
        tracks.append(
            QJsonObject{{QStringLiteral("track"), t.name},
                        {QStringLiteral("track_zh"), t.nameZh},
                        {QStringLiteral("budget"), money(t.budget)},
                        {QStringLiteral("spent"), double(t.spent.total())},
                        {QStringLiteral("forecast"), double(t.forecast.total())},
                        {QStringLiteral("remaining"), money(remaining)},
                        {QStringLiteral("forecast_parts"), parts(t.forecast)},
                        {QStringLiteral("trained_forecast"), whole(t.trainedForecast)},
                        {QStringLiteral("certified_forecast"), whole(t.certifiedForecast)},
                        {QStringLiteral("per_trainee"), money(t.perTrainee())},
                        {QStringLiteral("per_certificate"), money(t.perCertificate())}});
    }
    QJsonArray months;
    for (const MonthCost &m : report.months)
        months.append(
            QJsonObject{{QStringLiteral("month"), m.month},
                        {QStringLiteral("spent"), double(m.spent)},
                        {QStringLiteral("forecast"), double(m.forecast)},
                        {QStringLiteral("cumulative_spent"), double(m.cumulativeSpent)},
                        {QStringLiteral("cumulative_forecast"), double(m.cumulativeForecast)}});
    QJsonArray fixed;
    for (const FixedCost &f : report.fixedCosts)
        fixed.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("amount"), double(f.amount)}});
    return QJsonObject{{QStringLiteral("year"), report.year},
                       {QStringLiteral("as_of"), report.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("currency"), QStringLiteral("CNY")},
                       {QStringLiteral("budget"), money(report.budget)},
                       {QStringLiteral("spent"), double(report.spent.total())},
                       {QStringLiteral("forecast"), double(report.forecast.total())},
                       {QStringLiteral("remaining"), money(report.remaining())},
                       {QStringLiteral("spent_parts"), parts(report.spent)},
                       {QStringLiteral("forecast_parts"), parts(report.forecast)},
                       {QStringLiteral("trained_forecast"), whole(report.trainedForecast)},
                       {QStringLiteral("certified_forecast"), whole(report.certifiedForecast)},
                       {QStringLiteral("per_trainee"), money(report.perTrainee())},
                       {QStringLiteral("per_certificate"), money(report.perCertificate())},
                       {QStringLiteral("cohorts_without_lead"), report.cohortsWithoutLead},
                       {QStringLiteral("tracks"), tracks},
                       {QStringLiteral("months"), months},
                       {QStringLiteral("fixed_costs"), fixed}};
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollmentinputreader.h"

#include "recordmapping.h"
#include "repository.h"
#include "sqlutil.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace Planner {

namespace {

std::vector<Id> sortedUnique(std::vector<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// The cohorts CohortSql selects.
std::vector<EnrollmentCohort> readCohorts(QSqlQuery &q)
{
    Sql::Reader row(q);
    std::vector<EnrollmentCohort> cohorts;
    while (row.next()) {
        EnrollmentCohort c;
        c.id = row.id("id");
        c.code = row.text("code");
        c.capacity = row.integer("capacity");
        c.status = fromKey<CohortStatus>(row.text("status")).value_or(CohortStatus::Planned);
        c.start = row.date("first_day");
        c.end = row.date("last_day");
        cohorts.push_back(std::move(c));
    }
    return cohorts;
}

const QString CohortSql = QStringLiteral(
    "SELECT c.id, c.code, c.capacity, c.status, min(s.day) AS first_day, max(s.day) AS last_day"
    " FROM cohort c LEFT JOIN cohort_session s ON s.cohort_id = c.id"
    " %1 GROUP BY c.id");

std::vector<EnrollmentCohort> cohortsById(const QSqlDatabase &db, const std::vector<Id> &ids)
{
    std::vector<EnrollmentCohort> cohorts;
    constexpr std::size_t chunk = 500; // below SQLite's limit on bound parameters
    for (std::size_t from = 0; from < ids.size(); from += chunk) {
        const std::size_t to = std::min(ids.size(), from + chunk);
        QStringList marks;
        for (std::size_t i = from; i < to; ++i)
            marks << QStringLiteral("?");
        QSqlQuery q = Sql::prepare(
            db,
            CohortSql.arg(QStringLiteral("WHERE c.id IN (%1)").arg(marks.join(QLatin1Char(',')))));
        for (std::size_t i = from; i < to; ++i)
            q.addBindValue(ids[i]);
        Sql::exec(q);
        for (EnrollmentCohort &c : readCohorts(q))
            cohorts.push_back(std::move(c));
    }
    return cohorts;
}

} // namespace

EnrollmentInput loadEnrollmentInput(const QSqlDatabase &db, const std::vector<Id> &cohortIds,
                                    const std::vector<Id> &traineeIds,
                                    const std::vector<Id> &enrollmentIds)
{
    Repository<Enrollment> enrollments(db);
    std::vector<Id> cohorts = cohortIds;
    std::vector<Id> trainees = traineeIds;
    for (const Enrollment &e : enrollments.loadWhere("id", sortedUnique(enrollmentIds))) {
        cohorts.push_back(e.cohortId);
        trainees.push_back(e.traineeId);
    }
    cohorts = sortedUnique(std::move(cohorts));
    trainees = sortedUnique(std::move(trainees));

    EnrollmentInput input;
    QSet<Id> loaded;
    auto add = [&](std::vector<Enrollment> records) {
        for (Enrollment &e : records) {
            if (!loaded.contains(e.id)) {
                loaded.insert(e.id);
                input.enrollments.push_back(std::move(e));
            }
        }
    };
    add(enrollments.loadWhere("cohort_id", cohorts));
    add(enrollments.loadWhere("trainee_id", trainees));

    std::vector<Id> allCohorts = cohorts;
    std::vector<Id> named = trainees;
    for (const Enrollment &e : input.enrollments) {
        allCohorts.push_back(e.cohortId);
        named.push_back(e.traineeId);
    }
    input.cohorts = cohortsById(db, sortedUnique(std::move(allCohorts)));
    input.traineeNames = loadTraineeNames(db, sortedUnique(std::move(named)));
    return input;
}

EnrollmentInput loadWholeEnrollmentInput(const QSqlDatabase &db)
{
    EnrollmentInput input;
    QSqlQuery q = Sql::prepare(db, CohortSql.arg(QString()));
    q.setForwardOnly(true);
    Sql::exec(q);
    input.cohorts = readCohorts(q);
    // Only what the plan's rules read: a plan holds hundreds of thousands.
    QSqlQuery e = Sql::prepare(
        db,
        QStringLiteral("SELECT id, trainee_id, cohort_id, status, waitlist_position, certified_on"
                       " FROM enrollment"));
    e.setForwardOnly(true);
    Sql::exec(e);
    Sql::Reader row(e);
    while (row.next()) {
        Enrollment r;
        r.id = row.id("id");
        r.traineeId = row.id("trainee_id");
        r.cohortId = row.id("cohort_id");
        r.status =
            fromKey<EnrollmentStatus>(row.text("status")).value_or(EnrollmentStatus::Enrolled);
        r.waitlistPosition = row.integer("waitlist_position");
        r.certifiedOn = row.date("certified_on");
        input.enrollments.push_back(std::move(r));
    }
    return input;
}

QHash<Id, QString> loadTraineeNames(const QSqlDatabase &db, const std::vector<Id> &traineeIds)
{
    QHash<Id, QString> names;
    for (const Trainee &t : Repository<Trainee>(db).loadWhere("id", sortedUnique(traineeIds)))
        names.insert(t.id, t.name);
    return names;
}

} // namespace Planner

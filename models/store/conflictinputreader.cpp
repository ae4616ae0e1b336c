// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictinputreader.h"

#include "planqueries.h"
#include "recordmapping.h"
#include "repository.h"
#include "sqlutil.h"

#include "domain/coursepreference.h"

namespace Planner {

namespace {

// The plan as the engine sees it; its sessions from first to last only, when given.
ConflictInput readInput(const QSqlDatabase &db, QDate first = {}, QDate last = {})
{
    ConflictInput input;
    input.tracks = Repository<Track>(db).loadAll();
    input.courses = Repository<Course>(db).loadAll();
    input.venues = Repository<Venue>(db).loadAll();
    input.instructors = Repository<Instructor>(db).loadAll();
    input.qualifications = Repository<Qualification>(db).loadAll();
    input.leaves = Repository<Leave>(db).loadAll();
    input.cohorts = Repository<Cohort>(db).loadAll();
    if (first.isValid()) {
        QSqlQuery q = Sql::prepare(
            db,
            QStringLiteral("SELECT %1 FROM cohort_session WHERE day BETWEEN ? AND ? ORDER BY id")
                .arg(Store::columnList<Session>()));
        q.addBindValue(Sql::fromDate(first));
        q.addBindValue(Sql::fromDate(last));
        Sql::exec(q);
        while (q.next())
            input.sessions.push_back(Store::Mapping<Session>::read(q));
    } else {
        input.sessions = Repository<Session>(db).loadAll();
    }
    input.cohortInstructors = Repository<CohortInstructor>(db).loadAll();
    input.calendar = Repository<CalendarDay>(db).loadAll();
    input.seatHolders = PlanQueries(db).seatHolders();
    return input;
}

} // namespace

ConflictInput loadConflictInput(const QSqlDatabase &db)
{
    return readInput(db);
}

ConflictInput loadConflictInput(const QSqlDatabase &db, QDate first, QDate last)
{
    return readInput(db, first, last);
}

std::map<std::pair<Id, Id>, int> loadCoursePreferences(const QSqlDatabase &db)
{
    std::map<std::pair<Id, Id>, int> result;
    for (const CoursePreference &p : Repository<CoursePreference>(db).loadAll())
        result[{p.instructorId, p.courseId}] = p.points;
    return result;
}

} // namespace Planner

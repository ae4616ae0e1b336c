// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictinputreader.h"

#include "planqueries.h"
#include "repository.h"

#include "domain/coursepreference.h"

namespace Planner {

ConflictInput loadConflictInput(const QSqlDatabase &db)
{
    ConflictInput input;
    input.tracks = Repository<Track>(db).loadAll();
    input.courses = Repository<Course>(db).loadAll();
    input.venues = Repository<Venue>(db).loadAll();
    input.instructors = Repository<Instructor>(db).loadAll();
    input.qualifications = Repository<Qualification>(db).loadAll();
    input.leaves = Repository<Leave>(db).loadAll();
    input.cohorts = Repository<Cohort>(db).loadAll();
    input.sessions = Repository<Session>(db).loadAll();
    input.cohortInstructors = Repository<CohortInstructor>(db).loadAll();
    input.calendar = Repository<CalendarDay>(db).loadAll();
    input.seatHolders = PlanQueries(db).seatHolders();
    return input;
}

std::map<std::pair<Id, Id>, int> loadCoursePreferences(const QSqlDatabase &db)
{
    std::map<std::pair<Id, Id>, int> result;
    for (const CoursePreference &p : Repository<CoursePreference>(db).loadAll())
        result[{p.instructorId, p.courseId}] = p.points;
    return result;
}

} // namespace Planner

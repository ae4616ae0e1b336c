// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacityinputreader.h"

#include "repository.h"
#include "planning/planningyear.h"
#include "sqlutil.h"

#include <QSqlQuery>

#include <unordered_set>

namespace Planner {

CapacityInput loadCapacityInput(const QSqlDatabase &db, int year)
{
    CapacityInput in;
    in.year = year;
    in.tracks = Repository<Track>(db).loadAll();
    in.courses = Repository<Course>(db).loadAll();
    in.venues = Repository<Venue>(db).loadAll();
    in.instructors = Repository<Instructor>(db).loadAll();
    in.qualifications = Repository<Qualification>(db).loadAll();
    in.leaves = Repository<Leave>(db).loadAll();
    in.targets = Repository<Target>(db).loadAll();
    in.calendar = Repository<CalendarDay>(db).loadAll();
    // Only the cohorts that meet in the year: a 10-year plan's other years do not matter;
    // those of the year before give the defaults of the course mix, online courses and
    // seasonal profile (PlanningYear::habits).
    auto cohortsMeetingIn = [&](int y) {
        QSqlQuery q = Sql::prepare(db, QStringLiteral("SELECT DISTINCT cohort_id FROM cohort_session WHERE day BETWEEN ? AND ?"));
        q.addBindValue(Sql::fromDate(QDate(y, 1, 1)));
        q.addBindValue(Sql::fromDate(QDate(y, 12, 31)));
        Sql::exec(q);
        std::unordered_set<Id> ids;
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        return ids;
    };
    const std::unordered_set<Id> inYear = cohortsMeetingIn(year);
    const std::unordered_set<Id> before = cohortsMeetingIn(year - 1);
    const std::vector<Cohort> cohorts = Repository<Cohort>(db).loadAll();
    const std::vector<Session> sessions = Repository<Session>(db).loadAll();
    std::vector<Cohort> previousCohorts;
    std::vector<Session> previousSessions;
    for (const Cohort &c : cohorts) {
        if (inYear.count(c.id))
            in.cohorts.push_back(c);
        if (before.count(c.id))
            previousCohorts.push_back(c);
    }
    for (const Session &s : sessions) {
        if (inYear.count(s.cohortId))
            in.sessions.push_back(s);
        if (before.count(s.cohortId))
            previousSessions.push_back(s);
    }
    for (const CohortInstructor &a : Repository<CohortInstructor>(db).loadAll())
        if (inYear.count(a.cohortId))
            in.cohortInstructors.push_back(a);
    const PlanningYear::Habits habits = previousCohorts.empty() ? PlanningYear::habits(in.cohorts, in.sessions)
                                                                : PlanningYear::habits(previousCohorts, previousSessions);
    if (in.cohorts.empty())
        in.courseMix = habits.courseMix; // else the planner takes the year's own
    in.onlineCourses = habits.onlineCourses;
    in.seasonalProfile = habits.seasonalProfile;
    return in;
}

} // namespace Planner

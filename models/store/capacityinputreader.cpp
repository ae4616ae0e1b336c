// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacityinputreader.h"

#include "planning/planningyear.h"
#include "recordmapping.h"
#include "repository.h"
#include "sqlutil.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <unordered_set>

namespace Planner {

namespace {

// Seats and what became of them, per track, for the completed cohorts whose last session
// falls in year.
std::vector<PlanningYear::TrackActuals> actualsOf(const QSqlDatabase &db, int year)
{
    // Joined to "cohort c": its course and its last session, for the completed ones.
    const QString completedIn = QStringLiteral(
        " JOIN course co ON co.id = c.course_id"
        " JOIN (SELECT cohort_id, max(day) AS last_day FROM cohort_session GROUP BY cohort_id) span"
        "   ON span.cohort_id = c.id"
        " WHERE c.status = 'completed' AND span.last_day BETWEEN ? AND ?");
    std::map<Id, PlanningYear::TrackActuals> byTrack;
    QSqlQuery seats = Sql::prepare(
        db, QStringLiteral("SELECT co.track_id, sum(c.capacity) AS seats FROM cohort c") +
                completedIn + QStringLiteral(" GROUP BY co.track_id"));
    seats.addBindValue(Sql::fromDate(QDate(year, 1, 1)));
    seats.addBindValue(Sql::fromDate(QDate(year, 12, 31)));
    Sql::exec(seats);
    Sql::Reader seat(seats);
    while (seat.next()) {
        PlanningYear::TrackActuals &a = byTrack[seat.id("track_id")];
        a.trackId = seat.id("track_id");
        a.seats = seat.id("seats");
    }
    QSqlQuery outcomes = Sql::prepare(
        db,
        QStringLiteral("SELECT co.track_id, e.status, count(*) AS n,"
                       "  sum(CASE WHEN e.certification IS NOT NULL THEN 1 ELSE 0 END) AS certified"
                       " FROM enrollment e JOIN cohort c ON c.id = e.cohort_id") +
            completedIn + QStringLiteral(" GROUP BY co.track_id, e.status"));
    outcomes.addBindValue(Sql::fromDate(QDate(year, 1, 1)));
    outcomes.addBindValue(Sql::fromDate(QDate(year, 12, 31)));
    Sql::exec(outcomes);
    Sql::Reader outcome(outcomes);
    while (outcome.next()) {
        PlanningYear::TrackActuals &a = byTrack[outcome.id("track_id")];
        a.trackId = outcome.id("track_id");
        const auto status = fromKey<EnrollmentStatus>(outcome.text("status"));
        const qint64 n = outcome.id("n");
        if (!status || *status == EnrollmentStatus::Waitlisted)
            continue;
        a.holders += n;
        if (*status == EnrollmentStatus::Withdrawn)
            a.withdrawn += n;
        else if (*status == EnrollmentStatus::Completed) {
            a.completed += n;
            a.certified += outcome.id("certified");
        } else if (*status == EnrollmentStatus::Failed)
            a.failed += n;
    }
    std::vector<PlanningYear::TrackActuals> out;
    for (const auto &[track, a] : byTrack)
        out.push_back(a);
    return out;
}

} // namespace

CapacityInput loadCapacityInput(const QSqlDatabase &db, int year, int *historyYear,
                                std::map<Id, CapacityAssumptions> *history,
                                std::map<Id, double> *courseShares)
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
        QSqlQuery q = Sql::prepare(
            db, QStringLiteral(
                    "SELECT DISTINCT cohort_id FROM cohort_session WHERE day BETWEEN ? AND ?"));
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
    // The sessions of those cohorts only, through the (day, slot) and (cohort_id, day,
    // slot) indexes: a tenth of a 10-year plan's.
    std::vector<Session> sessions;
    {
        QSqlQuery q = Sql::prepare(
            db, QStringLiteral("SELECT %1 FROM cohort_session WHERE cohort_id IN (SELECT DISTINCT"
                               " cohort_id FROM cohort_session WHERE day BETWEEN ? AND ?)"
                               " ORDER BY id")
                    .arg(Store::columnList<Session>()));
        q.addBindValue(Sql::fromDate(QDate(year - 1, 1, 1)));
        q.addBindValue(Sql::fromDate(QDate(year, 12, 31)));
        Sql::exec(q);
        while (q.next())
            sessions.push_back(Store::Mapping<Session>::read(q));
    }
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
    const PlanningYear::Habits habits =
        previousCohorts.empty() ? PlanningYear::habits(in.cohorts, in.sessions)
                                : PlanningYear::habits(previousCohorts, previousSessions);
    if (in.cohorts.empty())
        in.courseMix = habits.courseMix; // else the planner takes the year's own
    in.onlineCourses = habits.onlineCourses;
    in.seasonalProfile = habits.seasonalProfile;
    if (historyYear)
        *historyYear = 0;
    for (const PlanningYear::TrackActuals &a : actualsOf(db, year - 1)) {
        if (const auto rates = PlanningYear::assumptionsFrom(a)) {
            in.trackAssumptions[a.trackId] = *rates;
            if (historyYear)
                *historyYear = year - 1;
        }
    }
    if (history)
        *history = in.trackAssumptions;
    auto trackRates = [&](Id trackId) {
        const auto own = in.trackAssumptions.find(trackId);
        return own != in.trackAssumptions.end() ? own->second : in.assumptions;
    };
    for (const Target &t : in.targets)
        if (t.year == year && !t.rates.isEmpty())
            in.trackAssumptions[t.trackId] = withRates(trackRates(t.trackId), t.rates);
    for (const Course &c : in.courses)
        if (!c.rates.isEmpty())
            in.courseAssumptions[c.id] = withRates(trackRates(c.trackId), c.rates);
    // The course mix: how each track ran (as the planner takes it: the year before's when
    // the year has no cohorts yet, else the year's own), with the shares set on courses.
    std::map<Id, double> weights;
    if (in.cohorts.empty()) {
        weights = habits.courseMix;
    } else {
        for (const Cohort &c : in.cohorts)
            if (c.status != CohortStatus::Cancelled)
                weights[c.courseId] += 1;
    }
    for (const Track &track : in.tracks) {
        std::vector<Course> courses;
        bool set = false;
        for (const Course &c : in.courses) {
            if (c.trackId == track.id) {
                courses.push_back(c);
                set = set || c.cohortShare.has_value();
            }
        }
        const std::map<Id, double> shares = PlanningYear::courseShares(courses, weights);
        if (courseShares)
            courseShares->insert(shares.begin(), shares.end());
        if (set) // else the planner's own reading of the same weights stands
            for (const auto &[id, share] : shares)
                in.courseMix[id] = share;
    }
    return in;
}

std::vector<AssumptionRow> loadAssumptions(const QSqlDatabase &db, int year)
{
    int historyYear = 0;
    std::map<Id, CapacityAssumptions> history;
    std::map<Id, double> shares;
    const CapacityInput in = loadCapacityInput(db, year, &historyYear, &history, &shares);
    std::vector<Track> tracks = in.tracks;
    std::sort(tracks.begin(), tracks.end(),
              [](const Track &a, const Track &b) { return a.name < b.name; });
    std::vector<Course> courses = in.courses;
    std::sort(courses.begin(), courses.end(),
              [](const Course &a, const Course &b) { return a.code < b.code; });
    std::map<Id, Target> targets;
    for (const Target &t : in.targets)
        if (t.year == year)
            targets[t.trackId] = t;
    std::vector<AssumptionRow> rows;
    for (const Track &track : tracks) {
        const auto target = targets.find(track.id);
        if (target == targets.end())
            continue;
        AssumptionRow row;
        row.trackId = track.id;
        row.target = target->second;
        row.name = track.name;
        row.nameZh = track.nameZh;
        if (const auto own = history.find(track.id); own != history.end()) {
            row.base = own->second;
            row.historyYear = historyYear;
        }
        const CapacityAssumptions trackRates = withRates(row.base, row.target.rates);
        rows.push_back(row);
        for (const Course &course : courses) {
            if (course.trackId != track.id)
                continue;
            AssumptionRow line;
            line.trackId = track.id;
            line.target = row.target;
            line.course = course;
            line.name = QStringLiteral("%1 %2").arg(course.code, course.title);
            line.nameZh = course.titleZh.isEmpty()
                              ? QString()
                              : QStringLiteral("%1 %2").arg(course.code, course.titleZh);
            line.base = trackRates;
            line.share = shares.count(course.id) ? shares.at(course.id) : 0.0;
            rows.push_back(std::move(line));
        }
    }
    return rows;
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacityplanner.h"
#include "recordrules.h"

#include "domain/plandata.h"

#include <QDate>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace Planner {

// A qualification that lapses during a planning year: its holder can teach under it until
// the date, and not after, unless it is renewed.
struct LapsingQualification
{
    Id instructorId = 0;
    Id qualificationId = 0;
    Id courseId = 0; // a course qualification's course, else 0
    Id trackId = 0;  // a track qualification's track, else 0
    CourseLevel level = CourseLevel::Foundation;
    QString what; // the course's code or the track's (English) name, and the level
    QDate validUntil;
};

// Next year from this one: targets rolled forward, and what a coordinator must know
// before planning it. Pure: the edit (PlanEdits::newPlanningYear) writes the targets.
namespace PlanningYear {

// Growth of the targets, in percent, that makes sense: from -90 % to +300 %.
inline constexpr double MinGrowth = -90;
inline constexpr double MaxGrowth = 300;

// The latest year before year that has targets, or 0.
int sourceYear(const std::vector<Target> &targets, int year);

// The targets of year, copied from sourceYear(targets, year) and scaled by growth
// percent (rounded to whole trainees; never more certified than trained). Refused, with
// the field and a sentence, when year is out of range or has targets already, when no
// earlier year has any, or when growth makes no sense.
struct Rollover
{
    int fromYear = 0;
    int year = 0;
    double growthPercent = 0;
    std::vector<Target> targets;
};
Result<> check(const std::vector<Target> &targets, int year, double growthPercent);
Rollover roll(const std::vector<Target> &targets, int year, double growthPercent);

// The qualifications whose validity ends within year, by date, then instructor.
std::vector<LapsingQualification> lapsing(const PlanData &plan, int year);

// How a year's cohorts were laid out, as the defaults for planning the next: each
// course's share of the new cohorts (weights), the courses that ran mostly online, and
// the months they started in (a seasonal profile). From the active cohorts given (those
// of one year), with their sessions; empty when there are none.
struct Habits
{
    std::map<Id, double> courseMix;
    std::set<Id> onlineCourses;
    std::optional<std::array<double, 12>> seasonalProfile;
};
Habits habits(const std::vector<Cohort> &cohorts, const std::vector<Session> &sessions);

// The shares of one track's courses among its new cohorts: a course with a share set
// (Course::cohortShare) has it; the others split the rest in proportion to weights (how
// the track ran: a course without a weight has 0; equally when all are 0). Set shares
// that add up to more than the whole are scaled down to it, and the others get none.
std::map<Id, double> courseShares(const std::vector<Course> &courses,
                                  const std::map<Id, double> &weights);

// What became of the seats of a track's completed cohorts in one year.
struct TrackActuals
{
    Id trackId = 0;
    qint64 seats = 0;   // the cohorts' capacities
    qint64 holders = 0; // enrollments that held a seat (enrolled, withdrawn, completed, failed)
    qint64 withdrawn = 0;
    qint64 completed = 0;
    qint64 failed = 0;
    qint64 certified = 0; // completed with a certificate
};
// The rates a track's history shows, or nothing when it is too thin to go by (fewer than
// MinHistory seat holders, or no completion or failure): then the documented defaults
// apply. Each rate is kept between 0 and 1.
inline constexpr qint64 MinHistory = 100;
std::optional<CapacityAssumptions> assumptionsFrom(const TrackActuals &actuals);

} // namespace PlanningYear

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cohort.h"
#include "domain/course.h"
#include "domain/venue.h"
#include "domain/workcalendar.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <QStringList>

#include <map>
#include <vector>

namespace Planner {

// Laying out new cohorts: which dates a session pattern gives, what a new cohort is
// called, when each cohort of a series starts. Pure: the caller turns the results into
// drafts and checks them against the plan (PlanEdits).

// When a cohort meets: weekdays as bits (1 << 0 Monday ... 1 << 6 Sunday, as
// Course::sessionWeekdays), times of day as bits (1 << int(SessionSlot)), and how many
// teaching days.
struct SessionPattern
{
    int weekdays = 0x1f;
    int slotMask = 0x3;
    int teachingDays = 1;

    bool operator==(const SessionPattern &) const = default;
};

// A cohort of a series, before it has a unique code or an id: its cohort fields (code
// is only the suggestion) and its sessions, sorted by date and slot.
struct PlannedCohort
{
    Cohort cohort;
    std::vector<Session> sessions;

    QDate start() const;
    QDate end() const;
};

// The weekdays of Monday to Friday: a pattern that covers them follows the working
// calendar, make-up working days included.
inline constexpr int WorkingWeekMask = 0x1f;

// Whether a cohort with this weekday pattern meets on date: date is a working day and
// either its weekday is in the pattern, or it is a make-up working day (调休上班) and the
// pattern covers the whole Monday-to-Friday week. A make-up day stands in for a weekday
// lost to a holiday, so a course taught "every working day" is taught on it too; a
// course taught on some weekdays only (say Monday, Wednesday and Friday) is not, because
// which weekday the make-up day replaces is not in the calendar.
bool isPatternDay(QDate date, int weekdayMask, const WorkCalendar &calendar);

// The first pattern day on or after date; an invalid date when the pattern has none in
// the ten years after date (a pattern of weekend days only).
QDate nextPatternDay(QDate date, int weekdayMask, const WorkCalendar &calendar);

// The sessions of the first teachingDays pattern days on or after start, one per
// selected slot per day, sorted by date and slot, with id 0 and cohortId 0. Fewer when
// the pattern runs out (see nextPatternDay); none for teachingDays < 1 or no slot.
std::vector<Session> layOutSessions(QDate start, int teachingDays, int weekdayMask, int slotMask,
                                    const WorkCalendar &calendar);
std::vector<Session> layOutSessions(QDate start, const SessionPattern &pattern,
                                    const WorkCalendar &calendar);

// A course's pattern for new cohorts.
SessionPattern patternOf(const Course &course);
// The pattern existing sessions follow: the weekdays they meet on (make-up working days
// aside, which the pattern rule adds back), the slots they use, and their number of
// distinct dates. Sessions only on make-up days give the working week. Empty input gives
// the default pattern with 0 teaching days.
SessionPattern patternOf(const std::vector<Session> &sessions, const WorkCalendar &calendar);

// The pattern a copy of a cohort of course follows: the sessions' times of day and number
// of teaching days, on the course's weekdays when those give the sessions' dates (laid
// out from the first), else on the weekdays the sessions meet on. A short cohort (three
// days, Monday to Wednesday) of a Monday-to-Friday course is copied as Monday to Friday,
// one rescheduled to Tuesdays and Thursdays as Tuesdays and Thursdays. No sessions: the
// course's pattern.
SessionPattern patternForCopy(const Course &course, const std::vector<Session> &sessions,
                              const WorkCalendar &calendar);

// The code suggested for a cohort of courseCode starting on start: the course, the year and
// the number after the highest that course has in that year among the taken codes, three
// digits at least: with AI-201-2026-053 taken, "AI-201-2026-054"; with none, "-001".
QString suggestCohortCode(const QString &courseCode, QDate start, const QSet<QString> &taken);

// Where a venue stands for a cohort meeting at some sessions with some seats.
struct VenueOption
{
    enum class State {
        Free,     // a physical venue with enough seats, free at every session
        Online,   // an online venue (or none): never booked, seats by licence
        Booked,   // another cohort meets there at one of the sessions
        TooSmall, // fewer seats than the cohort's capacity
    };
    Id venueId = 0;
    State state = State::Free;
    int seats = 0;
    QString bookedBy; // for Booked: the code of a cohort meeting there at one of the sessions
    QDate bookedOn;   // and that session's day
};

// The days and slots at which the plan's cohorts hold its physical venues (cancelled
// cohorts, and the one cohort being edited, excepted): read once, asked for each proposal
// of a venue as the user changes a cohort's dates or seats.
class VenueBookings final
{
public:
    VenueBookings() = default;
    VenueBookings(const std::vector<Venue> &venues, const std::vector<Cohort> &cohorts,
                  const std::vector<Session> &sessions, Id except = 0);

    // Every venue for a cohort of capacity seats meeting at sessions, in the order to
    // propose them: free venues with enough seats (the closest fit first), online venues,
    // then venues booked at one of the sessions, then venues too small.
    std::vector<VenueOption> rank(const std::vector<Session> &sessions, int capacity) const;

private:
    std::vector<Venue> m_venues;
    // venue id -> (Julian day * 4 + slot) -> code of the cohort meeting there then
    std::map<Id, std::map<qint64, QString>> m_booked;
};

// count cohorts of course, cohort k (from 0) starting on the first pattern day on or after
// firstStart + k * everyWeeks weeks, laid out by the course's pattern, each with
// venueId, mode and capacity and a code continuing the numbering of the taken codes.
// Cohorts the pattern cannot place (see nextPatternDay) are left out.
std::vector<PlannedCohort> planSeries(const Course &course, QDate firstStart, int count,
                                      int everyWeeks, Id venueId, CohortMode mode, int capacity,
                                      const WorkCalendar &calendar, QSet<QString> taken = {});

// What to tell before cohorts are placed on these sessions: dates before today (a cohort
// planned in the past) and years whose official work calendar the plan lacks (their
// public holidays are unknown, sessions are laid on the plain week). Empty: nothing.
QStringList placementWarnings(const std::vector<Session> &sessions, const WorkCalendar &calendar,
                              QDate today);

} // namespace Planner

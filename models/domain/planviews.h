// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plandata.h"

#include <vector>

namespace Planner {

// Read models the pages show: one row per record, with what the page needs joined in and
// aggregated (store/PlanQueries reads them, never by loading every child row).

struct PlanCounts
{
    int tracks = 0, courses = 0, venues = 0, instructors = 0, qualifications = 0, leaves = 0,
        cohorts = 0, sessions = 0, cohortInstructors = 0, trainees = 0, enrollments = 0,
        targets = 0, calendarDays = 0, auditEntries = 0;
};

// A record that people know by its code and name (tracks, courses, venues, instructors,
// cohorts, trainees), for the History's labels.
struct NamedRecord
{
    QString table;
    Id id = 0;
    QString code, name, nameZh;
};

struct CohortSummary
{
    Cohort cohort;
    QString courseCode;
    QString courseTitle;
    QString courseTitleZh;
    QString track;
    QString trackZh;
    QString trackColour;
    QString venue;
    QString district;
    QDate start;
    QDate end;
    int sessions = 0;
    int teachingDays = 0;
    int enrolled = 0; // holding a seat: enrolled, completed or failed
    int waitlisted = 0;
    QString leadInstructor;
    int instructors = 0;
};

struct InstructorSummary
{
    Instructor instructor;
    QString qualifications; // "Artificial Intelligence ≤ advanced, BD-201 (until 2026-08-31)"
    int qualificationCount = 0;
    QDate nextExpiry; // the earliest validUntil still ahead of or on `on`
    int cohorts = 0;
    int teachingDays = 0; // distinct session dates in the year asked for
    int leaveDays = 0;    // leave days overlapping the year asked for
    // The highest level they are qualified for, and the day rate it pays (theirs unless
    // they have their own).
    CourseLevel topLevel = CourseLevel::Foundation;
    Yuan levelDayRate = 0;
};

struct TraineeSummary
{
    Trainee trainee;
    int enrollments = 0;
    QString latestCohort;
    QDate latestStart;
    CertificationLevel highestCertification = CertificationLevel::None;
};

// A cohort's roster: everyone enrolled in it (seat holders, waitlist in order, withdrawn).
struct RosterEntry
{
    Enrollment enrollment;
    QString traineeName;
    QString idNumber;
    QString employer;
    QString district;
};

struct CohortRoster
{
    Cohort cohort;
    QString courseCode;
    QString courseTitle;
    QString courseTitleZh;
    QDate start;
    QDate end;
    std::vector<RosterEntry>
        entries; // seat holders by name, then the waitlist by position, then withdrawn
};

// A trainee's enrollments across cohorts, the latest first.
struct TraineeHistoryEntry
{
    Enrollment enrollment;
    QString cohortCode;
    QString courseCode;
    QString courseTitle;
    QString courseTitleZh;
    QString track;
    QString trackZh;
    QString trackColour;
    QDate start;
    QDate end;
};

// A certificate awarded, for the certification list: the enrollment, who earned it and
// in which cohort, course and track.
struct CertificateEntry
{
    Enrollment enrollment;
    QString traineeName;
    QString idNumber;
    QString employer;
    QString cohortCode;
    QString courseCode;
    QString courseTitle;
    QString courseTitleZh;
    Id trackId = 0;
    QString track;
    QString trackZh;
};

struct TraineeHistory
{
    Trainee trainee;
    std::vector<TraineeHistoryEntry> entries;
};

// One instructor's teaching, leave and the work calendar: the instructor page's calendar.
struct ScheduledSession
{
    QDate date;
    SessionSlot slot = SessionSlot::Morning;
    Id cohortId = 0;
    QString cohortCode;
    QString courseTitle;
    QString trackColour;
    InstructorRole role = InstructorRole::Lead;
};

struct InstructorSchedule
{
    Instructor instructor;
    std::vector<ScheduledSession> sessions; // by date and slot; cancelled cohorts left out
    std::vector<Leave> leaves;
    std::vector<CalendarDay> calendar;
};

struct VenueSummary
{
    Venue venue;
    int cohorts = 0;
    int sessions = 0;
};

struct CourseSummary
{
    Course course;
    QString track;
    int cohorts = 0;
    int certified = 0;
};

struct TargetSummary
{
    Target target;
    QString track;
    QString trackZh;
};

// A record Go to (Ctrl+K) can jump to: its kind and id, the code it is known by (empty
// for venues), its name and a line that tells it apart from namesakes.
enum class GoToKind { Cohort, Instructor, Trainee, Course, Venue };

struct GoToEntry
{
    GoToKind kind = GoToKind::Cohort;
    Id id = 0;
    QString code;
    QString name;
    QString detail;
};

} // namespace Planner

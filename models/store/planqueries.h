// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/plandata.h"
#include "domain/progressfacts.h"
#include "domain/timelinedata.h"

#include <QSqlDatabase>

#include <map>
#include <vector>

namespace Planner {

// Read models the pages show: one row per record, with what the page needs joined in and
// aggregated by SQLite (never by loading every child row).

struct PlanCounts
{
    int tracks = 0, courses = 0, venues = 0, instructors = 0, qualifications = 0, leaves = 0,
        cohorts = 0, sessions = 0, cohortInstructors = 0, trainees = 0, enrollments = 0,
        targets = 0, calendarDays = 0, auditEntries = 0;
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

class PlanQueries final
{
public:
    explicit PlanQueries(QSqlDatabase db);
    QSqlDatabase database() const { return m_db; }

    PlanCounts counts() const;
    // Years in which at least one cohort starts, ascending.
    std::vector<int> cohortYears() const;
    std::vector<CohortSummary> cohorts() const;
    std::vector<InstructorSummary> instructors(int year, QDate on) const;
    std::vector<TraineeSummary> trainees() const;
    std::vector<VenueSummary> venues() const;
    std::vector<CourseSummary> courses() const;
    std::vector<Track> tracks() const;
    std::vector<TargetSummary> targets() const;
    std::vector<CalendarDay> calendar() const;
    // Every cohort, instructor, trainee, course and venue, for Go to.
    std::vector<GoToEntry> goToEntries() const;

    // One cohort's roster and one trainee's history (empty when the record is gone).
    CohortRoster cohortRoster(Id cohortId) const;
    TraineeHistory traineeHistory(Id traineeId) const;

    // The sessions (of cohorts not cancelled), leave and calendar of one instructor.
    InstructorSchedule instructorSchedule(Id instructorId) const;

    // The timeline of one year: every cohort with a session in the year (cancelled ones
    // included) with all its sessions, instructors and seat count, and the work calendar
    // of the year and of any days its cohorts reach into the neighbouring years. Four
    // queries joined here by cohort id, whatever the number of cohorts.
    TimelineData timeline(int year) const;

    // Years that have targets or cohorts ending in them, ascending.
    std::vector<int> planYears() const;
    // The facts of one year's progress: targets, the cohorts ending in the year with their
    // enrollment counts, certificates by month, instructor load by month, and the outcomes
    // of the cohorts that finished in the year before asOf (for the expected rates).
    ProgressFacts progressFacts(int year, QDate asOf) const;
    // Per cohort, the trainees holding a seat (enrolled, completed or failed).
    std::map<Id, int> seatHolders() const;
    // Targets, seats, trained and certified per year and track, for the multi-year view.
    std::vector<YearTrackFact> yearTrackFacts() const;

private:
    QSqlDatabase m_db;
};

// Writes a whole plan (ids as given) into an open plan file and records one audit entry
// with the action and note. The caller holds the transaction.
void writePlanData(QSqlDatabase &db, const PlanData &plan, AuditAction action, const QString &note);
// Reads every table of a plan.
PlanData readPlanData(const QSqlDatabase &db);

} // namespace Planner

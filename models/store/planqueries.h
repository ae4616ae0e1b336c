// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/costfacts.h"
#include "domain/plandata.h"
#include "domain/planviews.h"
#include "domain/progressfacts.h"
#include "domain/timelinedata.h"
#include "planning/capacityplanner.h"
#include "planning/conflictengine.h"
#include "planning/scenariodiff.h"

#include <QSqlDatabase>

#include <map>
#include <vector>

namespace Planner {

class PlanQueries final
{
public:
    explicit PlanQueries(QSqlDatabase db);
    QSqlDatabase database() const { return m_db; }

    PlanCounts counts() const;
    // Every track, course, venue, instructor, cohort and trainee, by code and name.
    std::vector<NamedRecord> namedRecords() const;
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
    // The days a cohort has sessions on, ascending.
    std::vector<QDate> sessionDays(Id cohortId) const;
    // The certificates dated from..to (both included), by track, level (highest first),
    // date and name.
    std::vector<CertificateEntry> certificates(QDate from, QDate to) const;

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
    // What the year's costs are computed from (CostStats): the cohorts with a session in
    // it, the rates of their instructors, the tracks' budgets, the year's fixed costs.
    CostFacts costFacts(int year) const;
    // Every day rate set per level, and the fixed costs of year by name.
    std::vector<LevelRate> levelRates() const;
    std::vector<FixedCost> fixedCosts(int year) const;
    // The cohorts with a session in year (cancelled ones excluded), as scenarios are
    // compared: code, course, venue, days and instructors (lead first), by code.
    std::vector<CohortSnapshot> cohortSnapshots(int year) const;
    // The instructors' yearly limits added up: the teaching days the plan can staff.
    qint64 instructorDayLimit() const;
    // Per cohort, the trainees holding a seat (enrolled, completed or failed).
    std::map<Id, int> seatHolders() const;
    // Targets, seats, trained and certified per year and track, for the multi-year view.
    std::vector<YearTrackFact> yearTrackFacts() const;

    // What the planners read, for pages that run them on the session's worker thread:
    // loadCapacityInput, loadConflictInput and loadCoursePreferences over this plan.
    CapacityInput capacityInput(int year, int *historyYear = nullptr,
                                std::map<Id, CapacityAssumptions> *history = nullptr) const;
    ConflictInput conflictInput() const;
    // Only the sessions from first to last (loadConflictInput).
    ConflictInput conflictInput(QDate first, QDate last) const;
    std::map<std::pair<Id, Id>, int> coursePreferences() const;

private:
    QSqlDatabase m_db;
};

// Writes a whole plan (ids as given) into an open plan file and records one audit entry
// with the action and note. The caller holds the transaction.
void writePlanData(QSqlDatabase &db, const PlanData &plan, AuditAction action, const QString &note);
// Reads every table of a plan.
PlanData readPlanData(const QSqlDatabase &db);

} // namespace Planner

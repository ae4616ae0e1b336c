// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

#include "domain/workcalendar.h"
#include "planning/recordrules.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace Planner {

// A new cohort with its sessions (and instructors, if known): what quick creation,
// duplication and series generation produce.
struct CohortDraft
{
    Cohort cohort;
    std::vector<Session> sessions;
    std::vector<CohortInstructor> instructors;
};

// The edits a user makes, turned into change sets after checking them against the plan:
// the record rules, unique codes and names, references still in use. Reads the plan,
// never writes it: PlanEditor::execute() applies the result. Deleting a record also
// deletes what depends on it (a cohort's sessions, instructors and enrollments), as
// explicit changes, so that undo brings all of it back.
class PlanEdits final
{
public:
    struct Result
    {
        ChangeSet changes;
        QString text; // the undo step's name, e.g. "Edit cohort AI-201-2026-07"
        std::optional<RuleViolation> violation;
        Id id = 0; // a new cohort's or instructor's id (the first one, for several)
        bool ok() const { return !violation; }
    };

    explicit PlanEdits(QSqlDatabase db);

    // Inserts record, or updates the stored record with its key. For the tables keyed by
    // their content (targets, calendar days), before is the record as it was, so that a
    // changed key replaces it.
    template<typename T>
    Result save(const T &record, const std::optional<T> &before = std::nullopt) const;

    // A cohort with all its sessions and instructors, as the cohort editor shows them.
    Result saveCohort(const CohortDraft &draft) const;
    // An instructor with all their qualifications and leave.
    Result saveInstructor(const Instructor &instructor, const std::vector<Qualification> &qualifications,
                          const std::vector<Leave> &leaves) const;
    // New cohorts, each with its sessions, as one step.
    Result createCohorts(const std::vector<CohortDraft> &drafts, const QString &text) const;
    // Replaces a cohort's sessions (a drag on the timeline).
    Result replaceSessions(Id cohortId, const std::vector<Session> &sessions, const QString &text) const;

    Result removeTracks(const std::vector<Id> &ids) const;
    Result removeCourses(const std::vector<Id> &ids) const;
    Result removeVenues(const std::vector<Id> &ids) const;
    Result removeInstructors(const std::vector<Id> &ids) const;
    Result removeCohorts(const std::vector<Id> &ids) const;
    Result removeTrainees(const std::vector<Id> &ids) const;
    Result removeTargets(const std::vector<Target> &targets) const;
    Result removeCalendarDays(const std::vector<QDate> &dates) const;

    // New records with defaults and a free key (an unused name or code, the next id),
    // for "New" in the tables: the user then edits them in place.
    Track newTrack() const;
    Course newCourse() const;
    Venue newVenue() const;
    Instructor newInstructor() const;
    Trainee newTrainee() const;
    Target newTarget() const;
    CalendarDay newCalendarDay() const;

    WorkCalendar workCalendar() const;
    // The stored cohort and its children.
    std::optional<CohortDraft> cohort(Id id) const;
    // A cohort code not yet used: base, else base-2, base-3 ...
    QString freeCohortCode(const QString &base, const QStringList &alsoTaken = {}) const;

private:
    template<typename T>
    std::optional<RuleViolation> uniqueness(const T &record) const;

    QSqlDatabase m_db;
};

} // namespace Planner

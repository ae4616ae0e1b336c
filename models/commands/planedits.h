// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

#include "domain/workcalendar.h"
#include "planning/cohortfactory.h"
#include "planning/conflictengine.h"
#include "planning/draftgenerator.h"
#include "planning/enrollmentrules.h"
#include "planning/planningyear.h"
#include "planning/recordrules.h"

#include <QSet>
#include <QSqlDatabase>

#include <map>
#include <memory>
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
    // Why the warnings this edit adds are accepted; recorded in the audit log with it.
    QString overrideReason;
    // The cohort as the editor loaded it, with its sessions and instructors: the edit is
    // made over that version, so that what someone else changed meanwhile in what this
    // edit leaves alone is kept, and a record both changed is an EditConflict. Without
    // it: over what is stored when the edit is made.
    std::optional<Cohort> loadedCohort;
    std::vector<Session> loadedSessions;
    std::vector<CohortInstructor> loadedInstructors;
};

// An instructor with everything the instructor editor shows: qualifications, leave and
// course preferences.
struct InstructorDraft
{
    Instructor instructor;
    std::vector<Qualification> qualifications; // by first valid day
    std::vector<Leave> leaves;                 // by first day
    std::vector<CoursePreference> preferences;
};

// What the edit dialogs offer to choose from: every track and course, venue and
// instructor (hundreds of rows in all).
struct EditChoices
{
    std::vector<Track> tracks;           // by name
    std::vector<Course> courses;         // by code
    std::vector<Venue> venues;           // as stored
    std::vector<Instructor> instructors; // by name
};

// What an edit changes, checked and ready for PlanEditor::execute() (its changes and the
// undo step's name), or the Problem that refuses it (then changes is empty).
struct PlanEdit
{
    ChangeSet changes;
    QString text; // the undo step's name, e.g. "Edit cohort AI-201-2026-07"
    std::optional<Problem> problem;
    Id id = 0; // a new cohort's or instructor's id (the first one, for several)
    // The warnings about instructors the edit would add (their explanations):
    // saveCohort allows them, but the user is asked why (CohortDraft::overrideReason).
    QStringList warnings;
    // The plan's conflicts as they will be once the changes are written, when the check
    // computed them exactly (an existing cohort's or an instructor's edit): PlanSession
    // keeps them as its stored conflicts, so the next edit checks on a copy of them
    // instead of reading the plan. Null: unknown.
    std::shared_ptr<const ConflictEngine> conflictsAfter;
    bool ok() const { return !problem; }
};

struct FixSuggestion;

// The edits a user makes, turned into change sets after checking them against the plan:
// the record rules, unique codes and names, references still in use. Reads the plan,
// never writes it: PlanEditor::execute() applies the result. Deleting a record also
// deletes what depends on it (a cohort's sessions, instructors and enrollments), as
// explicit changes, so that undo brings all of it back.
class PlanEdits final
{
public:
    explicit PlanEdits(QSqlDatabase db);

    // Inserts record, or updates the stored record with its key. before is the record as
    // the user had it: the update is then made only over that version (someone else's
    // change since is refused as an EditConflict, never overwritten), and for the tables
    // keyed by their content (targets, calendar days) a changed key replaces it.
    template <typename T>
    PlanEdit save(const T &record, const std::optional<T> &before = std::nullopt) const;

    // A cohort with all its sessions and instructors, as the cohort editor shows them.
    // Refused when it would add a blocking conflict (conflicts the plan already has do
    // not count); the warnings it adds are listed in the result, and recorded with the
    // draft's override reason.
    PlanEdit saveCohort(const CohortDraft &draft) const;
    // The change a suggested fix describes: a substitute or a new lead (as saveCohort),
    // the sessions moved (replaceSessions) or another venue (saveCohortRecord).
    PlanEdit applyFix(const FixSuggestion &fix) const;
    // An instructor with all their qualifications and leave, and (when given) all their
    // course preferences; without preferences those stored are kept.
    // loaded: the instructor as the editor loaded it, with its qualifications, leave and
    // preferences: the edit is made over that version (see CohortDraft::loadedCohort).
    PlanEdit
    saveInstructor(const Instructor &instructor, const std::vector<Qualification> &qualifications,
                   const std::vector<Leave> &leaves,
                   const std::optional<std::vector<CoursePreference>> &preferences = std::nullopt,
                   const std::optional<InstructorDraft> &loaded = std::nullopt) const;
    // New cohorts, each with its sessions, as one step; refused like saveCohort() when
    // they add a blocking conflict.
    PlanEdit createCohorts(const std::vector<CohortDraft> &drafts, const QString &text) const;
    // A cohort's own fields (an edit in the cohort table), checked like saveCohort().
    // before: the cohort as the table had it (see CohortDraft::loadedCohort).
    PlanEdit saveCohortRecord(const Cohort &record,
                              const std::optional<Cohort> &before = std::nullopt) const;
    // Replaces a cohort's sessions (a drag on the timeline), checked like saveCohort().
    PlanEdit replaceSessions(Id cohortId, const std::vector<Session> &sessions,
                             const QString &text) const;
    // Moves a cohort's sessions by working days (a drag of the whole bar), or makes it end
    // on newEnd (a drag of its end): planning/sessionshift over the stored sessions,
    // read once, then checked like replaceSessions(). shown: the sessions as the timeline
    // showed them; when someone else changed them since, the drag is refused (the user
    // dragged what is no longer there) and nothing is changed.
    PlanEdit moveCohort(Id cohortId, int workingDays,
                        const std::optional<std::vector<Session>> &shown = std::nullopt) const;
    PlanEdit resizeCohort(Id cohortId, QDate newEnd,
                          const std::optional<std::vector<Session>> &shown = std::nullopt) const;

    // ---- Enrollments: checked by EnrollmentRules (planning/enrollmentrules.h), each one
    // undo step. Promotions from a waitlist get an audit entry naming the withdrawal
    // that freed the seat ({"promoted_from_waitlist": position, "because_of_withdrawal":
    // enrollment id, "trainee": name}).
    // Trainees onto the cohort's free seats, the rest onto its waitlist, in the order given.
    PlanEdit enroll(const std::vector<Id> &traineeIds, Id cohortId,
                    QDate on = QDate::currentDate()) const;
    PlanEdit withdraw(const std::vector<Id> &enrollmentIds) const;
    // To another cohort's seat or waitlist; the old enrollment stays, withdrawn.
    PlanEdit transfer(const std::vector<Id> &enrollmentIds, Id cohortId,
                      QDate on = QDate::currentDate()) const;
    // Statuses, attendance, scores and certificates of many enrollments as one step.
    PlanEdit setOutcomes(const std::vector<std::pair<Id, OutcomeEdit>> &edits,
                         const QString &text) const;
    // The same edit for every enrollment in ids (e.g. mark completed).
    PlanEdit setOutcome(const std::vector<Id> &enrollmentIds, const OutcomeEdit &edit) const;
    PlanEdit moveOnWaitlist(Id enrollmentId, int position) const;
    // edit, unless someone else changed or deleted one of the enrollments it acts on since
    // the user saw them (shown: as the roster loaded them). Then it is refused, naming the
    // trainee, so that the user sees their change before deciding again: a score typed
    // over one entered meanwhile, or a withdrawal of a trainee just marked completed, is
    // never written over it unseen.
    PlanEdit overShown(const std::vector<Enrollment> &shown, PlanEdit edit) const;
    // The rules over the part of the plan these cohorts, trainees and enrollments touch.
    EnrollmentRules enrollmentRules(const std::vector<Id> &cohortIds,
                                    const std::vector<Id> &traineeIds,
                                    const std::vector<Id> &enrollmentIds = {}) const;

    // Next year from its predecessor: year's targets, copied from the latest earlier year
    // that has targets and scaled by growthPercent (PlanningYear::roll), as one step.
    PlanEdit newPlanningYear(int year, double growthPercent) const;
    // What newPlanningYear would do, and what a coordinator must know before planning the
    // year: the targets (with their tracks' names), the qualifications that lapse in it
    // (with their holders), whether the plan has the year's work calendar.
    struct YearPreview
    {
        std::optional<Problem> problem;
        PlanningYear::Rollover rollover;
        std::vector<LapsingQualification> lapsing;
        bool calendarMissing = false;
        std::map<Id, Track> tracks;
        std::map<Id, Instructor> instructors;
    };
    YearPreview previewPlanningYear(int year, double growthPercent) const;
    // The year after the latest one with targets (or this year, without targets).
    int nextPlanningYear() const;
    // A generated draft calendar (DraftGenerator) as one step: each cohort with a free
    // code (its suggestion, else -2, -3 ...), its sessions and, when staffed
    // (DraftGenerator::staff), its id and instructors; checked like createCohorts().
    PlanEdit createDraft(const DraftResult &draft, int year) const;
    // The planning assumptions (what becomes of a seat) as the coordinator sets them: of
    // trackId in year, on its target (courseId 0), or of the course courseId (year and
    // trackId then only name the step). Unset rates fall back to the track's history or
    // the defaults (loadCapacityInput). Checked by RecordRules.
    PlanEdit setSeatRates(int year, Id trackId, Id courseId, const SeatRates &rates) const;
    // A course's share of its track's new cohorts (0 to 1), or none: then it shares what
    // the set ones leave as the track ran before (PlanningYear::courseShares).
    PlanEdit setCourseShare(Id courseId, std::optional<double> share) const;

    PlanEdit removeTracks(const std::vector<Id> &ids) const;
    PlanEdit removeCourses(const std::vector<Id> &ids) const;
    PlanEdit removeVenues(const std::vector<Id> &ids) const;
    PlanEdit removeInstructors(const std::vector<Id> &ids) const;
    PlanEdit removeCohorts(const std::vector<Id> &ids) const;
    PlanEdit removeTrainees(const std::vector<Id> &ids) const;
    PlanEdit removeTargets(const std::vector<Target> &targets) const;
    PlanEdit removeCalendarDays(const std::vector<QDate> &dates) const;
    PlanEdit removeFixedCosts(const std::vector<Id> &ids) const;
    // The day rate instructors of level are paid unless they have their own; none: back to
    // CostDefaults::dayRate. Checked by RecordRules.
    PlanEdit setLevelRate(CourseLevel level, std::optional<Yuan> dayRate) const;

    // New records with defaults and a free key (an unused name or code, the next id),
    // for "New" in the tables: the user then edits them in place.
    Track newTrack() const;
    Course newCourse() const;
    Venue newVenue() const;
    Instructor newInstructor() const;
    Trainee newTrainee() const;
    Target newTarget() const;
    CalendarDay newCalendarDay() const;
    FixedCost newFixedCost(int year) const;

    WorkCalendar workCalendar() const;
    // The plan as the conflict rules see it (with the severities of setConflictSettings):
    // the engine given to setStoredConflicts when its settings are those, else read from
    // the plan and checked whole (about 50 ms on the 10-year plan).
    ConflictEngine conflictEngine() const;
    void setConflictSettings(const ConflictSettings &settings) { m_conflictSettings = settings; }
    // The plan's conflicts as stored right now, already checked (PlanSession keeps them
    // while no change was made since the Conflicts page checked them): edits then check
    // on a copy of it (copy on write: a few milliseconds) instead of reading the plan.
    // Null: read the plan.
    void setStoredConflicts(std::shared_ptr<const ConflictEngine> engine)
    {
        m_storedConflicts = std::move(engine);
    }
    // Puts draft into engine as if saved: the cohort, its sessions and its instructors.
    // A new cohort (id 0) gets the next free id, which is returned.
    static Id applyDraft(ConflictEngine &engine, const CohortDraft &draft);
    // The stored cohort and its children.
    std::optional<CohortDraft> cohort(Id id) const;
    // The stored instructor and what belongs to them.
    std::optional<InstructorDraft> instructor(Id id) const;
    EditChoices choices() const;
    // Every cohort's code: what suggestCohortCode continues from.
    QSet<QString> cohortCodes() const;
    // Where the plan's venues are booked (the cohort except excepted): what New Cohort
    // proposes a venue from.
    VenueBookings venueBookings(Id except = 0) const;

private:
    template <typename T> Result<> uniqueness(const T &record) const;
    PlanEdit cohortChanges(const CohortDraft &draft) const;
    // Refuses result when draft adds a blocking conflict, else lists its warnings.
    // (The first draft's override reason applies to all.)
    PlanEdit checkConflicts(const std::vector<CohortDraft> &drafts, PlanEdit result) const;
    // Refuses an instructor's edit that adds a blocking conflict to their cohorts.
    PlanEdit checkInstructorConflicts(const Instructor &instructor,
                                      const std::vector<Qualification> &qualifications,
                                      const std::vector<Leave> &leaves, PlanEdit result) const;
    // Refuses moving an existing cohort's dates (or reviving it) when its trainees would
    // then hold overlapping enrollments (EnrollmentRules::checkDates).
    Result<> checkEnrollmentDates(const CohortDraft &draft) const;
    // draft (as stored) with sessions instead of its own: the record rules on the calendar,
    // the change against the stored sessions, then the conflict check.
    PlanEdit sessionsChange(CohortDraft draft, std::vector<Session> sessions,
                            const WorkCalendar &calendar, const QString &text) const;
    // createCohorts() before the conflict check.
    PlanEdit newCohorts(const std::vector<CohortDraft> &drafts, const QString &text) const;

    QSqlDatabase m_db;
    ConflictSettings m_conflictSettings = ConflictSettings::current();
    std::shared_ptr<const ConflictEngine> m_storedConflicts;
};

} // namespace Planner

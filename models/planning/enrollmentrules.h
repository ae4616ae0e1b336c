// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordrules.h"

#include "domain/cohort.h"
#include "domain/trainee.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace Planner {

// What the enrollment rules know of one cohort: its seats and its dates.
struct EnrollmentCohort
{
    Id id = 0;
    QString code;
    int capacity = 0;
    CohortStatus status = CohortStatus::Planned;
    QDate start; // first and last session day; invalid when it has no sessions yet
    QDate end;
};

// The part of a plan an enrollment edit looks at: the cohorts it touches and every
// cohort the trainees involved are enrolled in (for the overlap rule), with all their
// enrollments. store/enrollmentinputreader.h reads it; an importer can build it itself.
struct EnrollmentInput
{
    std::vector<EnrollmentCohort> cohorts;
    std::vector<Enrollment> enrollments;
    QHash<Id, QString> traineeNames; // for the messages; ids stand in for missing names
};

// One enrollment written by an edit: an insert when before is empty.
struct EnrollmentChange
{
    std::optional<Enrollment> before;
    Enrollment after;
    // When the change promotes a waitlisted trainee to a seat: the withdrawn enrollment
    // whose seat they got (recorded in the audit log with the promotion).
    Id promotedBecauseOf = 0;
};

// What an enrollment edit does, or why it is refused (then changes is empty).
struct EnrollmentOutcome
{
    std::vector<EnrollmentChange> changes;
    std::optional<Problem> problem; // why it is refused
    int seated = 0;                 // trainees given a seat by enroll/transfer
    int waitlisted = 0;             // trainees put on a waitlist by enroll/transfer
    int promoted = 0;               // waitlisted trainees moved up to a seat
    bool ok() const { return !problem; }
};

// A change of one enrollment's outcome; fields left empty stay as they are.
struct OutcomeEdit
{
    std::optional<EnrollmentStatus> status;
    std::optional<std::optional<double>> attendance; // a value, or cleared
    std::optional<std::optional<double>> score;
    std::optional<CertificationLevel> certification;
    std::optional<QDate> certifiedOn;
};

// The enrollment lifecycle, as pure rules over an EnrollmentInput (no SQL, no widgets):
//
//  - enroll: trainees get the free seats of a cohort in the order given, the rest go onto
//    its waitlist in that order (after those already waiting). A trainee withdrawn from
//    the cohort before is enrolled again on the same record.
//  - withdraw: enrolled or waitlisted trainees leave; every seat freed goes to the first
//    on the waitlist (the change says which withdrawal freed it) and the waitlist is
//    numbered 1, 2, 3 ... again.
//  - transfer: a withdrawal from the old cohort (with its promotions) and an enrollment
//    into the new one, onto a seat or its waitlist.
//  - statuses: enrolled -> completed / failed / withdrawn; waitlisted -> withdrawn, or
//    enrolled by promotion only; completed <-> failed corrects a mistake.
//  - attendance 0..1 and score 0..100, not for someone on the waitlist; a certification
//    only for a completed trainee, with a date not before the cohort's start.
//  - one trainee cannot hold two enrollments in cohorts whose session dates overlap
//    (withdrawn enrollments and cancelled cohorts do not count).
//  - a cohort's capacity cannot drop below the trainees holding its seats.
//
// Every operation checks everything first: a refusal names the trainee and the cohort
// and changes nothing.
class EnrollmentRules final
{
public:
    explicit EnrollmentRules(EnrollmentInput input);

    EnrollmentOutcome enroll(const std::vector<Id> &traineeIds, Id cohortId, QDate on) const;
    EnrollmentOutcome withdraw(const std::vector<Id> &enrollmentIds) const;
    EnrollmentOutcome transfer(const std::vector<Id> &enrollmentIds, Id targetCohortId,
                               QDate on) const;
    // Each enrollment's own edit; a status of withdrawn withdraws as withdraw() does.
    EnrollmentOutcome setOutcomes(const std::vector<std::pair<Id, OutcomeEdit>> &edits) const;
    // Moves a waitlisted enrollment to position (1 = next in line; clamped to the list).
    EnrollmentOutcome moveOnWaitlist(Id enrollmentId, int position) const;
    // Seats a cohort's waitlist up to capacity (after its capacity grew).
    EnrollmentOutcome fillSeats(Id cohortId, int capacity) const;
    // Whether the cohort's capacity may be set to capacity: not below its seat holders.
    Result<> checkCapacity(Id cohortId, int capacity) const;
    // Whether a cohort may take moved's dates and status (its sessions moved, a status
    // changed): refused when one of its trainees would then hold two overlapping
    // enrollments, naming them and their other cohorts. The input must hold the
    // enrollments of the cohort's trainees (loadEnrollmentInput with their ids).
    Result<> checkDates(const EnrollmentCohort &moved) const;

    // The status changes the lifecycle allows (an unchanged status always is).
    static bool canChange(EnrollmentStatus from, EnrollmentStatus to);
    // Enrolled, completed and failed trainees hold a seat; waitlisted and withdrawn not.
    static bool holdsSeat(EnrollmentStatus status);
    // Whether two cohorts' session date ranges share a day.
    static bool overlaps(const EnrollmentCohort &a, const EnrollmentCohort &b);

    // The checks every path that places trainees shares: the operations above and the
    // importer (ImportValidator), which keeps its own running counts for speed and asks
    // these for the decision and the words, so the two cannot disagree.
    //
    // Whether an enrollment with this status in this cohort keeps the trainee from
    // others at the same time (withdrawn ones and cancelled cohorts do not).
    static bool blocksOverlap(EnrollmentStatus status, const EnrollmentCohort &cohort);
    // The refusal when trainee, already status in other, would also join cohort, or none
    // when their dates do not overlap (or other does not count).
    static Result<> checkOverlap(const QString &trainee, EnrollmentStatus status,
                                 const EnrollmentCohort &other, const EnrollmentCohort &cohort);
    // Whether one more trainee can take a seat in cohort, of which seatHolders are taken;
    // the refusal says the seats are full (the operations then use the waitlist).
    static Result<> checkSeat(const QString &trainee, const EnrollmentCohort &cohort,
                              int seatHolders);
    // Whether trainees can be enrolled in cohort (or put on its waitlist): not once it is
    // cancelled or completed.
    static Result<> checkOpen(const EnrollmentCohort &cohort);
    // Whether a certificate of cohort may carry this date: not before the cohort starts.
    static Result<> checkCertificate(const QString &trainee, QDate certifiedOn,
                                     const EnrollmentCohort &cohort);
    // Whether a cohort with seatHolders may have this capacity: not below them.
    static Result<> checkCapacity(const QString &cohortCode, int capacity, int seatHolders);

    const EnrollmentCohort *cohort(Id id) const;
    const Enrollment *enrollment(Id id) const;
    // The seat holders and the waitlist (in order) of a cohort.
    int seatHolders(Id cohortId) const;
    std::vector<Enrollment> waitlist(Id cohortId) const;
    // For messages: the trainee's name and the cohort's code (their ids when unknown).
    QString traineeName(Id traineeId) const;
    QString cohortCode(Id cohortId) const;

private:
    struct Work;

    std::map<Id, EnrollmentCohort> m_cohorts;
    std::map<Id, Enrollment> m_enrollments;
    QHash<Id, QString> m_names;
};

// Values pasted from a spreadsheet column (one per line) for scores or attendance.
namespace PastedColumn {

enum class Field { Score, Attendance };

struct Parsed
{
    std::vector<std::optional<double>> values; // an empty line clears the value
    std::optional<Problem> problem;            // "Line 3: “abc” is not a score from 0 to 100."
};

// Parses text as copied from a spreadsheet: lines split by CR/LF (a trailing line break
// ignored), the first cell of each line if it has tabs, decimal point or comma, and for
// attendance either a fraction (0.92) or a percentage (92%, or a number above 1).
Parsed parse(const QString &text, Field field);

} // namespace PastedColumn

} // namespace Planner

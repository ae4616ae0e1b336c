// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planedits.h"
#include "domain/course.h"
#include "planning/cohortfactory.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace Planner {

class FieldMarker;
class PlanSession;

// Quick creation of cohorts, laid out by a session pattern:
// - New: a cohort of a course from a start date, with the course's seats and pattern.
// - Duplicate: a copy of a cohort (course, venue, mode, seats, instructors) after it,
//   meeting on the weekdays and times of day the original meets.
// - Series: N cohorts of a course, one every K weeks from a first start.
// Codes continue the plan's numbering (AI-201-2026-053 -> -054). Venues are listed free
// ones with enough seats first, each with its state for the cohort's days (free, booked by
// which cohort, too small); until the user picks one, the best is chosen. OK checks the
// drafts (PlanEdits::createCohorts) and leaves one undo step in edit() for the caller.
class NewCohortDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { New, Duplicate, Series };

    // cohortId: the cohort Duplicate copies (ignored otherwise). The session's plan is
    // read while the dialog is open.
    NewCohortDialog(PlanSession *session, Mode mode, Id cohortId = 0, QWidget *parent = nullptr);
    ~NewCohortDialog() override;

    Mode mode() const { return m_mode; }
    // After exec() returned Accepted: the new cohorts as one change set, and its undo
    // text ("Generate 12 cohorts of AI-201"). (Named edit(): QDialog::result() is the result code.)
    PlanEdit edit() const { return m_result; }
    // The cohorts the fields describe now, with free codes.
    std::vector<CohortDraft> drafts() const { return m_drafts; }
    // The preview: one line for New and Duplicate, a line per cohort for Series.
    QString previewText() const;

    QComboBox *courseBox() const { return m_course; }
    QDateEdit *startEdit() const { return m_start; }
    QSpinBox *countBox() const { return m_count; }
    QSpinBox *everyWeeksBox() const { return m_everyWeeks; }
    QComboBox *venueBox() const { return m_venue; }
    QComboBox *modeBox() const { return m_cohortMode; }
    QSpinBox *capacityBox() const { return m_capacity; }
    QLineEdit *codeEdit() const { return m_code; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *errorLabel() const { return m_error; }
    // Dates before today or in a year without its work calendar (shown, not refused).
    QLabel *warningLabel() const { return m_warning; }

    void accept() override;

private:
    void courseChanged();
    void updatePreview();
    void showWarnings();
    void rankVenues(const std::vector<Session> &sessions, int capacity);
    QString venueWarning() const;
    const Course *currentCourse() const;
    static Problem noCourse();
    SessionPattern currentPattern() const;
    QString undoText() const;

    PlanSession *m_session;
    Mode m_mode;
    PlanEdit m_result;
    std::vector<Course> m_courses;
    WorkCalendar m_calendar;
    std::optional<CohortDraft> m_original; // Duplicate's
    SessionPattern m_originalPattern;
    std::vector<CohortDraft> m_drafts;
    QString m_suggestedCode;
    QSet<QString> m_takenCodes; // the plan's cohort codes, read once
    std::vector<Venue> m_venues;
    VenueBookings m_bookings;          // read once
    std::vector<VenueOption> m_ranked; // as listed in the venue box, "None" last
    Id m_preferredVenue = 0;           // Duplicate's original venue
    bool m_venueChosen = false;        // by the user: kept whatever its state
    QString m_startNote;               // why Duplicate's start is not right after the original

    QComboBox *m_course;
    QLabel *m_warning;
    QDateEdit *m_start;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_everyWeeks = nullptr;
    QComboBox *m_venue;
    QComboBox *m_cohortMode;
    QSpinBox *m_capacity;
    QLineEdit *m_code = nullptr;
    QLabel *m_pattern;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_series = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    FieldMarker *m_marker;
};

} // namespace Planner

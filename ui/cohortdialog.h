// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planedits.h"
#include "domain/course.h"
#include "domain/venue.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Planner {

class CohortInstructorsEditor;
class FieldMarker;
class PlanSession;
class SessionsEditor;

// Edits a cohort with its sessions and instructors, or makes a new one. OK checks the
// edit against the plan (PlanEdits::saveCohort): a refused edit shows why at the bottom,
// marks the field at fault and keeps the dialog open; an accepted one is left in
// edit() for the caller to execute. The dialog itself never writes the plan.
class CohortDialog final : public QDialog
{
    Q_OBJECT

public:
    // cohortId 0: a new cohort. The session's plan is read while the dialog is open.
    explicit CohortDialog(PlanSession *session, Id cohortId = 0, QWidget *parent = nullptr);
    ~CohortDialog() override;

    // After exec() returned Accepted: the checked change set and its undo text (an empty
    // change set when nothing was changed). (Named edit(): QDialog::result() is the result code.)
    PlanEdit edit() const { return m_result; }
    // The cohort as the fields show it now.
    CohortDraft draft() const;

    QComboBox *courseBox() const { return m_course; }
    QLineEdit *codeEdit() const { return m_code; }
    QSpinBox *capacityBox() const { return m_capacity; }
    QComboBox *venueBox() const { return m_venue; }
    SessionsEditor *sessionsEditor() const { return m_sessions; }
    CohortInstructorsEditor *instructorsEditor() const { return m_instructors; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *errorLabel() const { return m_error; }
    // Shown when the edit adds warnings about instructors that no reason covers yet.
    QLineEdit *reasonEdit() const { return m_reason; }

    void accept() override;

private:
    void courseChanged();
    const Course *currentCourse() const;

    PlanSession *m_session;
    PlanEdit m_result;
    std::shared_ptr<const ConflictEngine> m_engine; // the plan as stored, read when first needed
    Cohort m_stored;                                // what the dialog started from
    std::optional<CohortDraft> m_loaded;            // with its sessions and instructors
    std::vector<Course> m_courses;
    std::vector<Venue> m_venues;
    WorkCalendar m_calendar;
    QString m_suggestedCode;

    QComboBox *m_course;
    QLineEdit *m_code;
    QComboBox *m_mode;
    QComboBox *m_venue;
    QSpinBox *m_capacity;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
    SessionsEditor *m_sessions;
    CohortInstructorsEditor *m_instructors;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    FieldMarker *m_marker;
};

} // namespace Planner

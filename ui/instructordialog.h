// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planedits.h"
#include "domain/instructor.h"

#include <QDialog>

#include <functional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Planner {

class FieldMarker;
class PlanSession;

// Edits an instructor with their qualifications (a track up to a level, or one course;
// valid from, until or without expiry), leave and course preferences (prefers or avoids
// a course, which the automatic assignment weighs), or makes a new one. OK checks the edit
// (PlanEdits::saveInstructor): a refused edit shows why, marks the field at fault and
// keeps the dialog open; an accepted one is left in edit() for the caller to execute.
class InstructorDialog final : public QDialog
{
    Q_OBJECT

public:
    enum QualificationColumn {
        Subject,
        Level,
        ValidFrom,
        ValidUntil,
        NoExpiry,
        QualificationColumnCount
    };
    enum LeaveColumn { LeaveStart, LeaveEnd, Reason, LeaveColumnCount };
    enum PreferenceColumn { PreferenceCourse, PreferencePoints, PreferenceColumnCount };

    // instructorId 0: a new instructor. The session's plan is read while the dialog is open.
    explicit InstructorDialog(PlanSession *session, Id instructorId = 0, QWidget *parent = nullptr);
    ~InstructorDialog() override;

    // After exec() returned Accepted: the checked change set and its undo text.
    PlanEdit edit() const { return m_result; }

    Instructor instructor() const;
    std::vector<Qualification> qualifications() const;
    std::vector<Leave> leaves() const;
    std::vector<CoursePreference> preferences() const;

    // Appends a row with defaults (the first track at foundation level from today, no
    // expiry; one day of leave on the next working day) and returns its index.
    int addQualification();
    int addLeave();
    // A row for the first course without a preference yet, "prefers" (+1); -1 when every
    // course has one.
    int addPreference();

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *qualificationTable() const { return m_qualifications; }
    QTableWidget *leaveTable() const { return m_leaves; }
    QTableWidget *preferenceTable() const { return m_preferences; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    void appendQualification(const Qualification &qualification);
    void appendLeave(const Leave &leave);
    void appendPreference(const CoursePreference &preference);
    QWidget *tableWithButtons(QTableWidget *table, const QString &add, const QString &remove,
                              const std::function<void()> &onAdd);
    void selectRowMentioned(QTableWidget *table, const QList<int> &dateColumns,
                            const QString &text);

    PlanSession *m_session;
    PlanEdit m_result;
    Instructor m_stored;
    std::optional<InstructorDraft> m_loaded; // as loaded, with its children
    WorkCalendar m_calendar;

    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_district;
    QSpinBox *m_perWeek;
    QSpinBox *m_perMonth;
    QSpinBox *m_perYear;
    QTableWidget *m_qualifications;
    QTableWidget *m_leaves;
    QTableWidget *m_preferences;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    FieldMarker *m_marker;
    bool m_filling = false;
};

} // namespace Planner

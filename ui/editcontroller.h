// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planedits.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <functional>

class QWidget;

namespace Planner {

class PlanSession;
class TablePage;

// The window's edit actions on the page tables and the timeline: New, Delete (after a
// confirmation), context menus, moving cohorts. It asks PlanEdits for the checked change
// and the session's editor to apply it; what may change is decided there, not here.
class EditController final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Track, Course, Venue, Instructor, Cohort, Trainee, Target, CalendarDay };

    EditController(PlanSession *session, QWidget *window);

    // Gives page a "New" button (where the kind has one), Delete with confirmation and the
    // edit entries of its context menu.
    void attach(TablePage *page, Kind kind);

    // Applies a checked edit as one undo step; a refusal is shown to the user. On success,
    // when page is given, selects id there once it has reloaded (and starts editing its
    // first editable cell when edit is set).
    bool apply(PlanEdit result, TablePage *page = nullptr, qint64 id = -1, bool edit = false);

    void newRecord(Kind kind);
    void deleteRecords(Kind kind, const QList<qint64> &ids);
    // A drag on the timeline: shown, the cohort's sessions as the timeline had them (the
    // drag is refused when someone else changed them since). Whether it was made.
    bool moveCohort(qint64 cohortId, int workingDays,
                    const std::optional<std::vector<Session>> &shown = std::nullopt);
    bool resizeCohort(qint64 cohortId, QDate newEnd,
                      const std::optional<std::vector<Session>> &shown = std::nullopt);
    // A fix the conflicts page suggests, as one undo step.
    bool applyFix(const FixSuggestion &fix);

    // The editors of the records with children: dialogs whose checked result is applied
    // as one undo step. Cohort or instructor 0 means a new one.
    void editCohort(qint64 cohortId);
    void editInstructor(qint64 instructorId);
    void newCohort();
    void duplicateCohort(qint64 cohortId);
    void generateSeries();

    // ---- Enrollments (the roster and trainee panes). Each returns why nothing was
    // changed, for the pane to show beside its table; empty when done or cancelled.
    // Opens a trainee picker (many at once) and enrolls the chosen trainees in the cohort.
    QString enrollTrainees(qint64 cohortId);
    // Opens a cohort picker and enrolls the trainees in the chosen cohort.
    QString enrollInCohort(const QList<qint64> &traineeIds);
    // Opens a cohort picker and transfers the enrollments to the chosen cohort; shown: the
    // enrollments as the roster showed them (PlanEdits::overShown).
    QString transferEnrollments(const QList<qint64> &enrollmentIds,
                                const std::vector<Enrollment> &shown = {});
    // Applies an enrollment edit built from the plan (withdraw, outcomes, waitlist moves).
    QString applyEnrollmentEdit(const std::function<PlanEdit(const PlanEdits &)> &edit);

    // Edit ▸ New Planning Year…: the dialog, then PlanEdits::newPlanningYear as one step.
    void newPlanningYear();
    // Generate Draft… of year (Targets & Capacity): the dialog's preview, then
    // PlanEdits::createDraft as one step.
    void generateDraft(int year);

    // Whether confirmations are asked (tests switch them off).
    void setConfirmDeletes(bool confirm) { m_confirmDeletes = confirm; }

signals:
    void statusMessage(const QString &message);
    // A dialog asks for File ▸ Import Work Calendar….
    void importCalendarRequested();

private:
    // Whether the open plan may be changed; when it is read-only, says so.
    bool editable() const;
    // Asks for one cohort (not cancelled or completed); 0 when cancelled.
    qint64 pickCohort(const QString &title, const QString &prompt);
    void selectAfterReload(TablePage *page, qint64 id, bool edit);

    PlanSession *m_session;
    QWidget *m_window;
    QHash<int, TablePage *> m_pages;
    bool m_confirmDeletes = true;
};

} // namespace Planner

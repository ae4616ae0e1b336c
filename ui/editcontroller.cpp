// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcontroller.h"

#include "draftdialog.h"
#include "newyeardialog.h"
#include "serverdialogs.h"

#include "cohortdialog.h"
#include "instructordialog.h"
#include "newcohortdialog.h"
#include "recordpicker.h"
#include "tablepage.h"

#include "items/plansession.h"
#include "items/plantablemodels.h"
#include "items/tablemodelbase.h"

#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>

namespace Planner {

namespace {

// How the pages identify the records keyed by content (see their IdRole).
Target targetOfId(qint64 id)
{
    Target t;
    t.year = int(id / 1000000);
    t.trackId = id % 1000000;
    return t;
}

std::vector<Id> idsOf(const QList<qint64> &ids)
{
    return std::vector<Id>(ids.begin(), ids.end());
}

} // namespace

EditController::EditController(PlanSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{}

bool EditController::editable() const
{
    if (!m_session->isOpen())
        return false;
    if (!m_session->editor()->canEdit()) {
        QMessageBox::information(
            m_window, tr("Read-only plan"),
            tr("This plan is open read-only; it cannot be changed. Open it again "
               "once nobody else has it open to edit it."));
        return false;
    }
    return true;
}

void EditController::attach(TablePage *page, Kind kind)
{
    m_pages.insert(int(kind), page);
    QString newText;
    switch (kind) {
    case Kind::Track:
        newText = tr("New Track");
        break;
    case Kind::Course:
        newText = tr("New Course");
        break;
    case Kind::Venue:
        newText = tr("New Venue");
        break;
    case Kind::Instructor:
        newText = tr("New Instructor…");
        break;
    case Kind::Cohort:
        newText = tr("New Cohort…");
        break;
    case Kind::Trainee:
        newText = tr("New Trainee");
        break;
    case Kind::Target:
        newText = tr("New Target");
        break;
    case Kind::CalendarDay:
        newText = tr("New Day");
        break;
    }
    auto *newButton = new QToolButton(page);
    newButton->setText(newText);
    newButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(newButton, &QToolButton::clicked, this, [this, kind] { newRecord(kind); });
    page->addHeaderWidget(newButton);
    if (kind == Kind::Cohort) {
        auto *series = new QToolButton(page);
        series->setText(tr("Generate Series…"));
        series->setToolTip(tr("Create several cohorts of a course, every few weeks"));
        connect(series, &QToolButton::clicked, this, &EditController::generateSeries);
        page->addHeaderWidget(series);
    }

    connect(page, &TablePage::deleteRequested, this,
            [this, kind](const QList<qint64> &ids) { deleteRecords(kind, ids); });
    connect(page->model(), &TableModelBase::editRejected, this, &EditController::statusMessage);
    connect(page, &TablePage::contextMenuRequested, this,
            [this, kind](QMenu *menu, const QList<qint64> &ids) {
                menu->addSeparator();
                if (kind == Kind::Cohort || kind == Kind::Instructor) {
                    QAction *edit = menu->addAction(tr("&Edit…"), this, [this, kind, ids] {
                        if (kind == Kind::Cohort)
                            editCohort(ids.front());
                        else
                            editInstructor(ids.front());
                    });
                    edit->setEnabled(ids.size() == 1);
                }
                if (kind == Kind::Cohort) {
                    QAction *duplicate = menu->addAction(
                        tr("D&uplicate…"), this, [this, ids] { duplicateCohort(ids.front()); });
                    duplicate->setEnabled(ids.size() == 1);
                }
                menu->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New"), this,
                                [this, kind] { newRecord(kind); });
                QAction *remove =
                    menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete…"),
                                    this, [this, kind, ids] { deleteRecords(kind, ids); });
                remove->setShortcut(QKeySequence::Delete);
                remove->setEnabled(!ids.isEmpty());
            });
    if (kind == Kind::Cohort || kind == Kind::Instructor) {
        // Enter or a double click on a read-only cell opens the record's editor.
        connect(page, &TablePage::activated, this, [this, kind](qint64 id) {
            if (kind == Kind::Cohort)
                editCohort(id);
            else
                editInstructor(id);
        });
    }
}

bool EditController::apply(PlanEdit result, TablePage *page, qint64 id, bool edit)
{
    const bool changes = !result.changes.isEmpty();
    const QString text = result.text;
    // Kept in case someone else changed a record meanwhile and the user chooses their
    // version: then it is written over the other person's.
    PlanEdit again = result;
    if (const Result<> written = m_session->apply(std::move(result)); !written) {
        const auto &conflict = m_session->editor()->lastConflict();
        if (!conflict) {
            QMessageBox::warning(m_window, tr("Not changed"), written.message());
            return false;
        }
        ConflictDialog dialog(*conflict, m_window);
        if (dialog.exec() != QDialog::Accepted) {
            emit statusMessage(tr("Their version is kept: %1 was not changed.").arg(text));
            return false;
        }
        if (const Result<> over =
                m_session->apply(std::move(again), PlanEditor::Over::OthersChanges);
            !over) {
            QMessageBox::warning(m_window, tr("Not changed"), over.message());
            return false;
        }
    }
    if (!changes)
        return true;
    emit statusMessage(tr("Done: %1").arg(text));
    if (page && id >= 0)
        selectAfterReload(page, id, edit);
    return true;
}

void EditController::newPlanningYear()
{
    if (!editable())
        return;
    NewYearDialog dialog(m_session->edits(), m_window);
    connect(&dialog, &NewYearDialog::importCalendarRequested, this,
            &EditController::importCalendarRequested);
    if (dialog.exec() == QDialog::Accepted)
        apply(m_session->makeEdit([&](const PlanEdits &e) {
            return e.newPlanningYear(dialog.year(), dialog.growthPercent());
        }));
}

void EditController::generateDraft(int year)
{
    if (!editable())
        return;
    DraftDialog dialog(m_session, year, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.hasPreview())
        return;
    // Read again: the plan is the one the preview was made from (the dialog is modal).
    if (apply(m_session->makeEdit(
            [&](const PlanEdits &e) { return e.createDraft(dialog.draft(), year); })))
        emit statusMessage(tr("%n draft cohort(s) created in %1: Edit ▸ Undo takes them all back.",
                              nullptr, int(dialog.draft().cohorts.size()))
                               .arg(year));
}

bool EditController::applyFix(const FixSuggestion &fix)
{
    return editable() &&
           apply(m_session->makeEdit([&fix](const PlanEdits &e) { return e.applyFix(fix); }));
}

void EditController::selectAfterReload(TablePage *page, qint64 id, bool edit)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(page->model(), &TableModelBase::loaded, page, [page, id, edit, connection] {
            QObject::disconnect(*connection);
            if (!page->selectId(id) || !edit)
                return;
            // The first cell the user can type into.
            const QModelIndex current = page->view()->currentIndex();
            for (int c = 0; c < page->model()->columnCount(); ++c) {
                const QModelIndex cell = page->model()->index(current.row(), c);
                if (cell.flags() & Qt::ItemIsEditable) {
                    page->view()->setCurrentIndex(cell);
                    page->view()->edit(cell);
                    break;
                }
            }
        });
}

void EditController::newRecord(Kind kind)
{
    if (kind == Kind::Cohort) {
        newCohort();
        return;
    }
    if (kind == Kind::Instructor) {
        editInstructor(0);
        return;
    }
    if (!editable())
        return;
    // The new record's key, to select it once the page has reloaded.
    qint64 id = -1;
    PlanEdit result = m_session->makeEdit([kind, &id](const PlanEdits &e) {
        switch (kind) {
        case Kind::Track: {
            const Track t = e.newTrack();
            id = t.id;
            return e.save(t);
        }
        case Kind::Course: {
            const Course c = e.newCourse();
            id = c.id;
            return e.save(c);
        }
        case Kind::Venue: {
            const Venue v = e.newVenue();
            id = v.id;
            return e.save(v);
        }
        case Kind::Trainee: {
            const Trainee t = e.newTrainee();
            id = t.id;
            return e.save(t);
        }
        case Kind::Target: {
            const Target t = e.newTarget();
            id = t.year * 1000000 + t.trackId;
            return e.save(t);
        }
        case Kind::CalendarDay: {
            const CalendarDay d = e.newCalendarDay();
            id = d.date.toJulianDay();
            return e.save(d);
        }
        case Kind::Instructor:
        case Kind::Cohort:
            break;
        }
        return PlanEdit{};
    });
    apply(std::move(result), m_pages.value(int(kind)), id, true);
}

void EditController::deleteRecords(Kind kind, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    if (!editable())
        return;
    PlanEdit result = m_session->makeEdit([kind, &ids](const PlanEdits &e) {
        switch (kind) {
        case Kind::Track:
            return e.removeTracks(idsOf(ids));
        case Kind::Course:
            return e.removeCourses(idsOf(ids));
        case Kind::Venue:
            return e.removeVenues(idsOf(ids));
        case Kind::Instructor:
            return e.removeInstructors(idsOf(ids));
        case Kind::Cohort:
            return e.removeCohorts(idsOf(ids));
        case Kind::Trainee:
            return e.removeTrainees(idsOf(ids));
        case Kind::Target: {
            std::vector<Target> targets;
            for (qint64 id : ids)
                targets.push_back(targetOfId(id));
            return e.removeTargets(targets);
        }
        case Kind::CalendarDay: {
            std::vector<QDate> dates;
            for (qint64 id : ids)
                dates.push_back(QDate::fromJulianDay(id));
            return e.removeCalendarDays(dates);
        }
        }
        return PlanEdit{};
    });
    if (!result.ok()) {
        QMessageBox::warning(m_window, tr("Not deleted"), result.problem->message);
        return;
    }
    if (m_confirmDeletes) {
        const int dependents = result.changes.size() - int(ids.size());
        QString question = tr("%1?").arg(result.text);
        if (dependents > 0)
            question +=
                QLatin1Char(' ') + tr("This also deletes %n record(s) that depend on it: sessions, "
                                      "assignments, enrollments, qualifications or leave.",
                                      nullptr, dependents);
        question += QLatin1Char(' ') + tr("Edit ▸ Undo brings everything back.");
        if (QMessageBox::question(m_window, tr("Delete"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    apply(std::move(result));
}

namespace {

// Runs a dialog that hands back a checked edit; the edit, when accepted.
template <typename Dialog, typename... Args>
std::optional<PlanEdit> runDialog(QWidget *parent, Args &&...args)
{
    Dialog dialog(std::forward<Args>(args)..., parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.edit();
}

} // namespace

void EditController::editCohort(qint64 cohortId)
{
    if (!editable())
        return;
    if (auto result = runDialog<CohortDialog>(m_window, m_session, Id(cohortId))) {
        const Id id = cohortId != 0 ? cohortId : result->id;
        apply(std::move(*result), m_pages.value(int(Kind::Cohort)), id);
    }
}

void EditController::editInstructor(qint64 instructorId)
{
    if (!editable())
        return;
    if (auto result = runDialog<InstructorDialog>(m_window, m_session, Id(instructorId))) {
        const Id id = instructorId != 0 ? instructorId : result->id;
        apply(std::move(*result), m_pages.value(int(Kind::Instructor)), id);
    }
}

void EditController::newCohort()
{
    if (!editable())
        return;
    if (auto result =
            runDialog<NewCohortDialog>(m_window, m_session, NewCohortDialog::Mode::New, Id(0))) {
        const Id id = result->id;
        apply(std::move(*result), m_pages.value(int(Kind::Cohort)), id);
    }
}

void EditController::duplicateCohort(qint64 cohortId)
{
    if (!editable())
        return;
    if (auto result = runDialog<NewCohortDialog>(m_window, m_session,
                                                 NewCohortDialog::Mode::Duplicate, Id(cohortId))) {
        const Id id = result->id;
        apply(std::move(*result), m_pages.value(int(Kind::Cohort)), id);
    }
}

void EditController::generateSeries()
{
    if (!editable())
        return;
    if (auto result =
            runDialog<NewCohortDialog>(m_window, m_session, NewCohortDialog::Mode::Series, Id(0))) {
        const Id id = result->id;
        apply(std::move(*result), m_pages.value(int(Kind::Cohort)), id);
    }
}

QString EditController::applyEnrollmentEdit(const std::function<PlanEdit(const PlanEdits &)> &edit)
{
    if (!editable())
        return {};
    PlanEdit result = m_session->makeEdit(edit);
    const bool changes = !result.changes.isEmpty();
    const QString text = result.text;
    if (const Result<> written = m_session->apply(std::move(result)); !written)
        return written.message();
    if (changes)
        emit statusMessage(tr("Done: %1").arg(text));
    return {};
}

QString EditController::enrollTrainees(qint64 cohortId)
{
    if (!editable())
        return {};
    auto *trainees = new TraineeTableModel;
    RecordPicker picker(
        tr("Enroll Trainees"),
        tr("Choose the trainees to enroll (Ctrl or Shift for several). They take the free seats "
           "in the order chosen; the rest go onto the waitlist."),
        trainees, RecordPicker::Selection::Many, m_window);
    picker.setObjectName(QStringLiteral("traineePicker"));
    picker.setColumns({TraineeTableModel::Name, TraineeTableModel::IdNumber,
                       TraineeTableModel::Employer, TraineeTableModel::District,
                       TraineeTableModel::LatestCohort, TraineeTableModel::Certification});
    trainees->reload(*m_session);
    if (picker.exec() != QDialog::Accepted)
        return {};
    const QList<qint64> ids = picker.selectedIds();
    return applyEnrollmentEdit([&](const PlanEdits &e) { return e.enroll(idsOf(ids), cohortId); });
}

qint64 EditController::pickCohort(const QString &title, const QString &prompt)
{
    auto *cohorts = new CohortTableModel;
    RecordPicker picker(title, prompt, cohorts, RecordPicker::Selection::One, m_window);
    picker.setObjectName(QStringLiteral("cohortPicker"));
    picker.setColumns({CohortTableModel::Code, CohortTableModel::Course, CohortTableModel::Start,
                       CohortTableModel::End, CohortTableModel::Capacity,
                       CohortTableModel::Enrolled, CohortTableModel::Waitlisted,
                       CohortTableModel::Status});
    cohorts->reload(*m_session);
    if (picker.exec() != QDialog::Accepted || picker.selectedIds().isEmpty())
        return 0;
    return picker.selectedIds().front();
}

QString EditController::enrollInCohort(const QList<qint64> &traineeIds)
{
    if (traineeIds.isEmpty() || !editable())
        return {};
    const qint64 cohortId =
        pickCohort(tr("Enroll in Cohort"),
                   tr("Choose the cohort: a free seat if there is one, else its waitlist. "
                      "Cohorts whose dates overlap the trainee's other enrollments are refused."));
    if (cohortId == 0)
        return {};
    return applyEnrollmentEdit(
        [&](const PlanEdits &e) { return e.enroll(idsOf(traineeIds), cohortId); });
}

QString EditController::transferEnrollments(const QList<qint64> &enrollmentIds,
                                            const std::vector<Enrollment> &shown)
{
    if (enrollmentIds.isEmpty() || !editable())
        return {};
    const qint64 cohortId =
        pickCohort(tr("Transfer to Cohort"),
                   tr("Choose the cohort to transfer to: a free seat if there is one, else its "
                      "waitlist. The seat left behind goes to the first on the old cohort's "
                      "waitlist."));
    if (cohortId == 0)
        return {};
    return applyEnrollmentEdit([&](const PlanEdits &e) {
        return e.overShown(shown, e.transfer(idsOf(enrollmentIds), cohortId));
    });
}

bool EditController::moveCohort(qint64 cohortId, int workingDays,
                                const std::optional<std::vector<Session>> &shown)
{
    return workingDays != 0 && editable() && apply(m_session->makeEdit([&](const PlanEdits &e) {
               return e.moveCohort(cohortId, workingDays, shown);
           }));
}

bool EditController::resizeCohort(qint64 cohortId, QDate newEnd,
                                  const std::optional<std::vector<Session>> &shown)
{
    return editable() && apply(m_session->makeEdit([&](const PlanEdits &e) {
               return e.resizeCohort(cohortId, newEnd, shown);
           }));
}

} // namespace Planner

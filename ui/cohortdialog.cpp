// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortdialog.h"

#include "windowsize.h"

#include "cohortinstructorseditor.h"
#include "fieldmarker.h"
#include "recordchoices.h"
#include "sessionseditor.h"

#include "items/plansession.h"
#include "planning/candidateranker.h"
#include "planning/cohortfactory.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Planner {

CohortDialog::CohortDialog(PlanSession *session, Id cohortId, QWidget *parent)
    : QDialog(parent), m_session(session), m_course(new QComboBox(this)),
      m_code(new QLineEdit(this)), m_mode(new QComboBox(this)), m_venue(new QComboBox(this)),
      m_capacity(new QSpinBox(this)), m_status(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_sessions(new SessionsEditor(this)),
      m_instructors(new CohortInstructorsEditor(this)),
      m_reasonLabel(new QLabel(tr("&Reason for accepting the warnings:"), this)),
      m_reason(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_marker(new FieldMarker(m_error, this))
{
    const PlanEdits edits = m_session->edits();
    m_calendar = edits.workCalendar();
    EditChoices choices = edits.choices();
    m_courses = std::move(choices.courses);
    m_venues = std::move(choices.venues);

    RecordChoices::fillCourses(m_course, m_courses);
    RecordChoices::fillVenues(m_venue, m_venues);
    RecordChoices::fillModes(m_mode);
    RecordChoices::fillStatuses(m_status);
    m_capacity->setRange(0, 10000);
    for (QComboBox *box : {m_course, m_mode, m_venue, m_status})
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_sessions->setCalendar(m_calendar);
    m_instructors->setInstructors(choices.instructors);

    auto *form = new QFormLayout;
    form->addRow(tr("&Course:"), m_course);
    form->addRow(tr("Co&de:"), m_code);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("C&apacity:"), m_capacity);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto *instructorsBox = new QGroupBox(tr("Instructors"), this);
    (new QVBoxLayout(instructorsBox))->addWidget(m_instructors);
    auto *sessionsBox = new QGroupBox(tr("Sessions"), this);
    (new QVBoxLayout(sessionsBox))->addWidget(m_sessions);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(instructorsBox, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(sessionsBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    m_reasonLabel->setBuddy(m_reason);
    m_reasonLabel->hide();
    m_reason->hide();
    layout->addLayout(reasonRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_marker->addField(QStringLiteral("course_id"), m_course);
    m_marker->addField(QStringLiteral("code"), m_code);
    m_marker->addField(QStringLiteral("mode"), m_mode);
    m_marker->addField(QStringLiteral("venue_id"), m_venue);
    m_marker->addField(QStringLiteral("capacity"), m_capacity);
    m_marker->addField(QStringLiteral("status"), m_status);
    m_marker->addField(QStringLiteral("notes"), m_notes);
    m_marker->addFields({QStringLiteral("day"), QStringLiteral("sessions"), QStringLiteral("slot")},
                        m_sessions->table());
    m_marker->addFields(
        {QStringLiteral("role"), QStringLiteral("instructor_id"), QStringLiteral("locked")},
        m_instructors->table());
    m_marker->addField(QStringLiteral("override_reason"), m_reason);

    // The picker ranks candidates for the cohort as the dialog shows it now.
    m_instructors->setRanking(m_code->text(), [this](InstructorRole role) {
        if (!m_engine)
            m_engine = std::make_shared<const ConflictEngine>(m_session->edits().conflictEngine());
        ConflictEngine engine = *m_engine;
        const Id id = PlanEdits::applyDraft(engine, draft());
        return CandidateRanker(engine).rank(id, role);
    });
    connect(m_code, &QLineEdit::textChanged, m_instructors,
            &CohortInstructorsEditor::setCohortCode);
    // A cohort that is over is not staffed silently: the change rewrites who taught it.
    connect(m_instructors, &CohortInstructorsEditor::assignDialogOpened, this,
            [this](AssignDialog *dialog) {
                const auto status = CohortStatus(m_status->currentData().toInt());
                if (status == CohortStatus::Completed || status == CohortStatus::Cancelled)
                    dialog->requireReason(
                        tr("%1 is %2: an instructor assigned now changes the record of who "
                           "taught it. Give a reason, kept in the History.")
                            .arg(m_code->text(), m_status->currentText()));
            });

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CohortDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CohortDialog::reject);

    std::optional<CohortDraft> stored = cohortId != 0 ? edits.cohort(cohortId) : std::nullopt;
    if (stored) {
        m_loaded = stored;
        m_stored = stored->cohort;
        setWindowTitle(tr("Cohort %1").arg(m_stored.code));
        RecordChoices::select(m_course, QVariant::fromValue(m_stored.courseId));
        m_code->setText(m_stored.code);
        RecordChoices::select(m_mode, int(m_stored.mode));
        RecordChoices::select(m_venue, QVariant::fromValue(m_stored.venueId));
        m_capacity->setValue(m_stored.capacity);
        RecordChoices::select(m_status, int(m_stored.status));
        m_notes->setPlainText(m_stored.notes);
        if (const Course *course = currentCourse())
            m_sessions->setPattern(patternOf(*course));
        m_sessions->setSessions(stored->sessions);
        m_instructors->setAssignments(stored->instructors);
    } else {
        setWindowTitle(tr("New cohort"));
        if (m_venue->count() > 1)
            m_venue->setCurrentIndex(1);
        courseChanged();
    }
    connect(m_course, &QComboBox::currentIndexChanged, this, &CohortDialog::courseChanged);
    resizeWithinScreen(this, QSize(980, 620));
}

CohortDialog::~CohortDialog() = default;

const Course *CohortDialog::currentCourse() const
{
    const Id id = m_course->currentData().toLongLong();
    const auto it = std::find_if(m_courses.begin(), m_courses.end(),
                                 [id](const Course &c) { return c.id == id; });
    return it != m_courses.end() ? &*it : nullptr;
}

void CohortDialog::courseChanged()
{
    const Course *course = currentCourse();
    if (!course)
        return;
    m_sessions->setPattern(patternOf(*course));
    if (m_stored.id != 0)
        return;
    // A new cohort follows its course until the user changes it: seats, sessions from
    // the next pattern day, a free code.
    m_capacity->setValue(course->defaultCapacity);
    const QDate start =
        nextPatternDay(QDate::currentDate().addDays(1), course->sessionWeekdays, m_calendar);
    m_sessions->layOut(start.isValid() ? start : QDate::currentDate());
    if (m_code->text().isEmpty() || m_code->text() == m_suggestedCode) {
        const QDate first = m_sessions->sessions().empty() ? QDate::currentDate()
                                                           : m_sessions->sessions().front().date;
        m_suggestedCode = suggestCohortCode(course->code, first, m_session->edits().cohortCodes());
        m_code->setText(m_suggestedCode);
    }
}

CohortDraft CohortDialog::draft() const
{
    CohortDraft draft;
    draft.cohort = m_stored;
    draft.cohort.courseId = m_course->currentData().toLongLong();
    draft.cohort.code = m_code->text().trimmed();
    draft.cohort.mode = CohortMode(m_mode->currentData().toInt());
    draft.cohort.venueId = m_venue->currentData().toLongLong();
    draft.cohort.capacity = m_capacity->value();
    draft.cohort.status = CohortStatus(m_status->currentData().toInt());
    draft.cohort.notes = m_notes->toPlainText();
    draft.sessions = m_sessions->sessions();
    draft.instructors = m_instructors->assignments();
    for (Session &s : draft.sessions)
        s.cohortId = m_stored.id;
    for (CohortInstructor &a : draft.instructors)
        a.cohortId = m_stored.id;
    return draft;
}

void CohortDialog::accept()
{
    // A spin box holds typed text until it loses focus or is read: interpret it first.
    m_capacity->interpretText();
    m_marker->clear();
    CohortDraft edited = draft();
    if (m_loaded) {
        // Made over what the dialog showed: a change someone made meanwhile is kept, or
        // is a conflict to choose from.
        edited.loadedCohort = m_loaded->cohort;
        edited.loadedSessions = m_loaded->sessions;
        edited.loadedInstructors = m_loaded->instructors;
    }
    QStringList reasons;
    if (const QString picked = m_instructors->overrideReason(); !picked.isEmpty())
        reasons << picked;
    if (!m_reason->isHidden() && !m_reason->text().trimmed().isEmpty())
        reasons << m_reason->text().trimmed();
    edited.overrideReason = reasons.join(QLatin1Char('\n'));
    PlanEdit result = m_session->makeEdit([&](const PlanEdits &e) { return e.saveCohort(edited); });
    if (!result.ok()) {
        m_marker->show(*result.problem);
        if (m_marker->marked() == m_sessions->table())
            m_sessions->selectRowMentioned(result.problem->message);
        return;
    }
    if (!result.warnings.isEmpty() && edited.overrideReason.isEmpty()) {
        // Warnings are allowed, never silently: the reason goes to the audit log.
        m_reasonLabel->show();
        m_reason->show();
        m_marker->show(Problem{
            QStringLiteral("override_reason"),
            tr("Give a reason for accepting: %1").arg(result.warnings.join(QLatin1Char(' ')))});
        return;
    }
    m_result = std::move(result);
    QDialog::accept();
}

} // namespace Planner

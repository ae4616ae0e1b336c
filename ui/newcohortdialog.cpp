// SPDX-License-Identifier: GPL-3.0-or-later
#include "newcohortdialog.h"

#include "fieldmarker.h"
#include "recordchoices.h"

#include "items/plansession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace Planner {

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

NewCohortDialog::NewCohortDialog(PlanSession *session, Mode mode, Id cohortId, QWidget *parent)
    : QDialog(parent), m_session(session), m_mode(mode), m_course(new QComboBox(this)),
      m_warning(new QLabel(this)), m_start(new QDateEdit(this)), m_venue(new QComboBox(this)),
      m_cohortMode(new QComboBox(this)), m_capacity(new QSpinBox(this)),
      m_pattern(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_marker(new FieldMarker(m_error, this))
{
    const PlanEdits edits = m_session->edits();
    m_calendar = edits.workCalendar();
    EditChoices choices = edits.choices();
    m_courses = std::move(choices.courses);
    m_takenCodes = edits.cohortCodes();
    RecordChoices::fillCourses(m_course, m_courses);
    m_venues = std::move(choices.venues);
    m_bookings = edits.venueBookings();
    // The labels say each venue's state: long, so the box does not widen the dialog for
    // them; its list shows them whole.
    m_venue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_venue->setMinimumContentsLength(24);
    RecordChoices::fillModes(m_cohortMode);
    m_capacity->setRange(0, 10000);
    for (QComboBox *box : {m_course, m_venue, m_cohortMode})
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setDate(m_calendar.nextWorkingDay(QDate::currentDate().addDays(1)));
    m_start->setMinimumWidth(
        m_start->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Course:"), m_course);
    form->addRow(m_mode == Mode::Series ? tr("&First start:") : tr("&Start:"), m_start);
    if (m_mode == Mode::Series) {
        m_count = new QSpinBox(this);
        m_count->setRange(1, 100);
        m_count->setValue(4);
        m_everyWeeks = new QSpinBox(this);
        m_everyWeeks->setRange(1, 52);
        m_everyWeeks->setValue(2);
        m_everyWeeks->setSuffix(tr(" weeks"));
        form->addRow(tr("&Number of cohorts:"), m_count);
        form->addRow(tr("One starting &every:"), m_everyWeeks);
    }
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&Mode:"), m_cohortMode);
    form->addRow(tr("C&apacity:"), m_capacity);
    form->addRow(tr("Meets:"), m_pattern);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_mode == Mode::Series) {
        m_series = new QTreeWidget(this);
        m_series->setRootIsDecorated(false);
        m_series->setHeaderLabels({tr("Code"), tr("Start"), tr("End"), tr("Sessions")});
        m_series->setAlternatingRowColors(true);
        m_series->header()->setStretchLastSection(false);
        m_series->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_series->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_series->headerItem()->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        m_series->setAccessibleName(tr("Cohorts to generate"));
        layout->addWidget(new QLabel(tr("Cohorts to generate:"), this));
        layout->addWidget(m_series, 1);
        m_marker->addField(QStringLiteral("code"), m_series);
    } else {
        m_code = new QLineEdit(this);
        m_summary = new QLabel(this);
        form->addRow(tr("Co&de:"), m_code);
        form->addRow(tr("Sessions:"), m_summary);
        m_marker->addField(QStringLiteral("code"), m_code);
        layout->addStretch();
    }
    m_warning->setObjectName(QStringLiteral("placementWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_warning->hide();
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_marker->addField(QStringLiteral("course_id"), m_course);
    m_marker->addField(QStringLiteral("venue_id"), m_venue);
    m_marker->addField(QStringLiteral("mode"), m_cohortMode);
    m_marker->addField(QStringLiteral("capacity"), m_capacity);
    m_marker->addFields({QStringLiteral("day"), QStringLiteral("sessions")}, m_start);

    if (m_mode == Mode::Duplicate) {
        m_original = edits.cohort(cohortId);
        if (m_original) {
            const Cohort &c = m_original->cohort;
            setWindowTitle(tr("Duplicate %1").arg(c.code));
            RecordChoices::select(m_course, QVariant::fromValue(c.courseId));
            m_course->setEnabled(false);
            m_preferredVenue = c.venueId;
            RecordChoices::select(m_cohortMode, int(c.mode));
            m_capacity->setValue(c.capacity);
            if (const Course *course = currentCourse())
                m_originalPattern = patternForCopy(*course, m_original->sessions, m_calendar);
            else
                m_originalPattern = patternOf(m_original->sessions, m_calendar);
            if (!m_original->sessions.empty()) {
                QDate next = nextPatternDay(m_original->sessions.back().date.addDays(1),
                                            m_originalPattern.weekdays, m_calendar);
                // Right after the original, unless that is past: then from tomorrow on,
                // and the dialog says why.
                const QDate today = QDate::currentDate();
                if (next.isValid() && next <= today) {
                    const QDate fromTomorrow =
                        nextPatternDay(today.addDays(1), m_originalPattern.weekdays, m_calendar);
                    if (fromTomorrow.isValid()) {
                        m_startNote = tr("The copy starts on %1, not after the original: the "
                                         "day after it (%2) is past.")
                                          .arg(fromTomorrow.toString(Qt::ISODate),
                                               next.toString(Qt::ISODate));
                        next = fromTomorrow;
                    }
                }
                if (next.isValid())
                    m_start->setDate(next);
            }
        }
    } else {
        setWindowTitle(m_mode == Mode::Series ? tr("Generate a series of cohorts")
                                              : tr("New cohort"));
        courseChanged();
    }

    connect(m_course, &QComboBox::currentIndexChanged, this, &NewCohortDialog::courseChanged);
    connect(m_start, &QDateEdit::dateChanged, this, [this] {
        m_startNote.clear(); // the user chose the start now
        updatePreview();
    });
    // The list is rebuilt with its signals blocked: any other change is the user's pick,
    // kept from now on even when booked.
    connect(m_venue, &QComboBox::currentIndexChanged, this, [this] {
        m_venueChosen = true;
        updatePreview();
    });
    connect(m_cohortMode, &QComboBox::currentIndexChanged, this, &NewCohortDialog::updatePreview);
    connect(m_capacity, &QSpinBox::valueChanged, this, &NewCohortDialog::updatePreview);
    if (m_count) {
        connect(m_count, &QSpinBox::valueChanged, this, &NewCohortDialog::updatePreview);
        connect(m_everyWeeks, &QSpinBox::valueChanged, this, &NewCohortDialog::updatePreview);
    }
    if (m_code)
        connect(m_code, &QLineEdit::textEdited, this, &NewCohortDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCohortDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCohortDialog::reject);
    updatePreview();
    resize(m_mode == Mode::Series ? QSize(620, 560) : QSize(560, 360));
    // Said at once, not after OK: nothing here can be filled in without a course.
    if (m_courses.empty())
        m_marker->show(noCourse());
}

NewCohortDialog::~NewCohortDialog() = default;

const Course *NewCohortDialog::currentCourse() const
{
    const Id id = m_course->currentData().toLongLong();
    const auto it = std::find_if(m_courses.begin(), m_courses.end(),
                                 [id](const Course &c) { return c.id == id; });
    return it != m_courses.end() ? &*it : nullptr;
}

SessionPattern NewCohortDialog::currentPattern() const
{
    if (m_mode == Mode::Duplicate && m_original)
        return m_originalPattern;
    const Course *course = currentCourse();
    return course ? patternOf(*course) : SessionPattern{};
}

void NewCohortDialog::courseChanged()
{
    if (const Course *course = currentCourse())
        m_capacity->setValue(course->defaultCapacity);
    updatePreview();
}

void NewCohortDialog::updatePreview()
{
    m_drafts.clear();
    const Course *course = currentCourse();
    const SessionPattern pattern = currentPattern();
    m_pattern->setText(tr("%1 · teaching days: %2")
                           .arg(RecordChoices::describePattern(pattern.weekdays, pattern.slotMask))
                           .arg(pattern.teachingDays));
    if (!course)
        return;
    const CohortMode mode = CohortMode(m_cohortMode->currentData().toInt());
    const int capacity = m_capacity->value();
    // The venue is proposed for the cohorts' days: laid out first, placed after.
    const Id chosenVenue = m_venue->currentData().toLongLong();

    if (m_mode == Mode::Series) {
        const std::vector<PlannedCohort> series =
            planSeries(*course, m_start->date(), m_count->value(), m_everyWeeks->value(),
                       chosenVenue, mode, capacity, m_calendar, m_takenCodes);
        std::vector<Session> all;
        for (const PlannedCohort &planned : series)
            all.insert(all.end(), planned.sessions.begin(), planned.sessions.end());
        rankVenues(all, capacity);
        const Id venueId = m_venue->currentData().toLongLong();
        m_series->clear();
        for (const PlannedCohort &planned : series) {
            CohortDraft draft;
            draft.cohort = planned.cohort;
            draft.cohort.venueId = venueId;
            draft.sessions = planned.sessions;
            auto *item = new QTreeWidgetItem(m_series, {draft.cohort.code, iso(planned.start()),
                                                        iso(planned.end()),
                                                        QString::number(planned.sessions.size())});
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            m_drafts.push_back(std::move(draft));
        }
        showWarnings();
        return;
    }

    CohortDraft draft;
    draft.sessions = layOutSessions(m_start->date(), pattern, m_calendar);
    rankVenues(draft.sessions, capacity);
    draft.cohort.courseId = course->id;
    draft.cohort.venueId = m_venue->currentData().toLongLong();
    draft.cohort.mode = mode;
    draft.cohort.capacity = capacity;
    if (m_original) {
        draft.instructors = m_original->instructors;
        for (CohortInstructor &a : draft.instructors)
            a.cohortId = 0;
        draft.cohort.notes = m_original->cohort.notes;
    }
    if (draft.sessions.empty()) {
        m_summary->setText(tr("The pattern has no working day to meet on."));
    } else {
        if (m_code->text().isEmpty() || m_code->text() == m_suggestedCode) {
            m_suggestedCode =
                suggestCohortCode(course->code, draft.sessions.front().date, m_takenCodes);
            m_code->setText(m_suggestedCode);
        }
        QSet<qint64> days;
        for (const Session &s : draft.sessions)
            days.insert(s.date.toJulianDay());
        m_summary->setText(
            tr("%1 – %2 · teaching days: %3 · sessions: %4")
                .arg(iso(draft.sessions.front().date), iso(draft.sessions.back().date))
                .arg(days.size())
                .arg(draft.sessions.size()));
    }
    draft.cohort.code = m_code->text().trimmed();
    m_drafts.push_back(std::move(draft));
    showWarnings();
}

void NewCohortDialog::showWarnings()
{
    std::vector<Session> sessions;
    for (const CohortDraft &d : m_drafts)
        sessions.insert(sessions.end(), d.sessions.begin(), d.sessions.end());
    QStringList warnings = placementWarnings(sessions, m_calendar, QDate::currentDate());
    if (const QString venue = venueWarning(); !venue.isEmpty())
        warnings.append(venue);
    if (!m_startNote.isEmpty())
        warnings.prepend(m_startNote);
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

void NewCohortDialog::rankVenues(const std::vector<Session> &sessions, int capacity)
{
    m_ranked = m_bookings.rank(sessions, capacity);
    // "None" last: a cohort taught online needs no venue.
    VenueOption none;
    none.state = VenueOption::State::Online;
    m_ranked.push_back(none);
    Id keep = m_venue->currentData().toLongLong();
    if (!m_venueChosen) {
        // The best venue, or Duplicate's original one while it is free.
        keep = m_ranked.front().venueId;
        for (const VenueOption &o : m_ranked) {
            if (o.venueId == m_preferredVenue && m_preferredVenue != 0 &&
                (o.state == VenueOption::State::Free || o.state == VenueOption::State::Online))
                keep = o.venueId;
        }
    }
    std::map<Id, const Venue *> venues;
    for (const Venue &v : m_venues)
        venues[v.id] = &v;
    const QSignalBlocker blocker(m_venue);
    m_venue->clear();
    const QLocale locale;
    for (const VenueOption &o : m_ranked) {
        const auto v = venues.find(o.venueId);
        if (v == venues.end()) {
            m_venue->addItem(RecordChoices::noVenue(), QVariant::fromValue(Id(0)));
            continue;
        }
        const QString name = v->second->name;
        QString label;
        switch (o.state) {
        case VenueOption::State::Free:
            //: A venue in New Cohort's list: %1 name, %2 seats
            label = tr("%1 — %2 seats, free").arg(name, locale.toString(o.seats));
            break;
        case VenueOption::State::Online:
            label = tr("%1 — online").arg(name);
            break;
        case VenueOption::State::Booked:
            //: %1 venue, %2 the cohort meeting there, %3 the day
            label = tr("%1 — booked by %2 on %3")
                        .arg(name, o.bookedBy, o.bookedOn.toString(Qt::ISODate));
            break;
        case VenueOption::State::TooSmall:
            label = tr("%1 — %2 seats, too few").arg(name, locale.toString(o.seats));
            break;
        }
        m_venue->addItem(label, QVariant::fromValue(o.venueId));
    }
    RecordChoices::select(m_venue, QVariant::fromValue(keep));
}

QString NewCohortDialog::venueWarning() const
{
    const Id id = m_venue->currentData().toLongLong();
    const auto option = std::find_if(m_ranked.begin(), m_ranked.end(),
                                     [id](const VenueOption &o) { return o.venueId == id; });
    const auto venue =
        std::find_if(m_venues.begin(), m_venues.end(), [id](const Venue &v) { return v.id == id; });
    if (option == m_ranked.end() || venue == m_venues.end())
        return {};
    const QLocale locale;
    if (option->state == VenueOption::State::Booked)
        return tr("%1 is booked by %2 on %3: the venues listed first are free on these days.")
            .arg(venue->name, option->bookedBy, option->bookedOn.toString(Qt::ISODate));
    if (option->state == VenueOption::State::TooSmall)
        return tr("%1 has %2 seats, fewer than the %3 this cohort offers.")
            .arg(venue->name, locale.toString(venue->seats), locale.toString(m_capacity->value()));
    return {};
}

QString NewCohortDialog::previewText() const
{
    if (m_summary)
        return m_summary->text();
    QStringList lines;
    for (int i = 0; i < m_series->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_series->topLevelItem(i);
        lines.append(QStringLiteral("%1 %2 – %3").arg(item->text(0), item->text(1), item->text(2)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString NewCohortDialog::undoText() const
{
    const Course *course = currentCourse();
    const QString courseCode = course ? course->code : QString();
    switch (m_mode) {
    case Mode::New:
        return tr("Add cohort %1").arg(m_drafts.empty() ? QString() : m_drafts.front().cohort.code);
    case Mode::Duplicate:
        return tr("Duplicate %1 as %2")
            .arg(m_original ? m_original->cohort.code : QString(),
                 m_drafts.empty() ? QString() : m_drafts.front().cohort.code);
    case Mode::Series:
        if (m_drafts.size() == 1)
            return tr("Generate a cohort of %1").arg(courseCode);
        return tr("Generate %1 cohorts of %2").arg(m_drafts.size()).arg(courseCode);
    }
    return {};
}

Problem NewCohortDialog::noCourse()
{
    return Problem{QStringLiteral("course_id"),
                   tr("The plan has no course yet: a cohort teaches a course. Add the tracks "
                      "and their courses on the Courses & Tracks page first, or import them.")};
}

void NewCohortDialog::accept()
{
    for (QSpinBox *box : {m_capacity, m_count, m_everyWeeks}) {
        if (box)
            box->interpretText();
    }
    m_marker->clear();
    if (!currentCourse()) {
        m_marker->show(noCourse());
        return;
    }
    updatePreview();
    if (m_drafts.empty() || m_drafts.front().sessions.empty()) {
        m_marker->show(Problem{
            QStringLiteral("sessions"),
            tr("The course's weekdays give no working day to meet on: choose another course "
               "or change its pattern.")});
        return;
    }
    PlanEdit result = m_session->makeEdit(
        [this](const PlanEdits &e) { return e.createCohorts(m_drafts, undoText()); });
    if (!result.ok()) {
        m_marker->show(*result.problem);
        return;
    }
    m_result = std::move(result);
    QDialog::accept();
}

} // namespace Planner

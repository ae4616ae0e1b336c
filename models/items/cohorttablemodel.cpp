// SPDX-License-Identifier: GPL-3.0-or-later
// The Cohorts page: its cells, read and edited in place.
#include "plantablemodels.h"

#include "cellvalues.h"
#include "plansession.h"

#include <QBrush>
#include <QColor>

namespace Planner {

using namespace Cells;
using EditorKind = TableModelBase::EditorKind;

void CohortTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.cohorts(); });
    session.query<std::pair<Choices, Choices>>(
        this,
        [](const PlanQueries &q) {
            Choices courses;
            for (const CourseSummary &c : q.courses())
                courses =
                    choice(std::move(courses),
                           QStringLiteral("%1 %2").arg(
                               c.course.code, localizedName(c.course.title, c.course.titleZh)),
                           c.course.id);
            Choices venues = choice({}, tr("None (online)"), Id(0));
            for (const VenueSummary &v : q.venues())
                venues = choice(std::move(venues), v.venue.name, v.venue.id);
            return std::pair(courses, venues);
        },
        [this](std::pair<Choices, Choices> lists) {
            m_courses = std::move(lists.first);
            m_venues = std::move(lists.second);
        });
}

void CohortTableModel::setConflictMarks(QHash<Id, ConflictMark> marks)
{
    m_marks = std::move(marks);
    if (rowCount() > 0)
        emit dataChanged(index(0, Status), index(rowCount() - 1, Status),
                         {Qt::DecorationRole, Qt::ToolTipRole, ConflictRole});
}

QString CohortTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Cohort");
    case Course:
        return tr("Course");
    case Track:
        return tr("Track");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case TeachingDays:
        return tr("Days");
    case Mode:
        return tr("Mode");
    case Venue:
        return tr("Venue");
    case District:
        return tr("District");
    case Capacity:
        return tr("Seats");
    case Enrolled:
        return tr("Enrolled");
    case Waitlisted:
        return tr("Waitlist");
    case Lead:
        return tr("Lead instructor");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CohortTableModel::cellData(int sourceRow, int column, int role) const
{
    const CohortSummary &r = row(sourceRow);
    const Cohort &c = r.cohort;
    if (role == IdRole)
        return c.id;
    if (role == TrackColourRole)
        return QColor::fromString(r.trackColour);
    if (role == ConflictRole)
        return m_marks.value(c.id).severity;
    switch (Column(column)) {
    case Code:
        if (role == Qt::DecorationRole)
            return QColor::fromString(r.trackColour);
        return text(role, c.code);
    case Course:
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1\n%2").arg(r.courseTitle, r.courseTitleZh);
        return text(role, QStringLiteral("%1 %2").arg(
                              r.courseCode, localizedName(r.courseTitle, r.courseTitleZh)));
    case Track:
        return text(role, localizedName(r.track, r.trackZh));
    case Start:
        return date(role, r.start);
    case End:
        return date(role, r.end);
    case TeachingDays:
        return number(role, r.teachingDays);
    case Mode:
        if (role == SortRole)
            return int(c.mode);
        return text(role, displayName(c.mode));
    case Venue:
        return text(role, r.venue);
    case District:
        return text(role, r.district);
    case Capacity:
        return number(role, c.capacity);
    case Enrolled:
        if (role == Qt::ForegroundRole && r.enrolled > c.capacity)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return number(role, r.enrolled);
    case Waitlisted:
        return number(role, r.waitlisted);
    case Lead:
        if (role == Qt::DisplayRole && r.leadInstructor.isEmpty() &&
            c.status != CohortStatus::Cancelled)
            return tr("(none)");
        if (role == Qt::ForegroundRole && r.leadInstructor.isEmpty() &&
            c.status != CohortStatus::Cancelled)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return text(role, r.leadInstructor);
    case Status: {
        const auto mark = m_marks.constFind(c.id);
        if (mark != m_marks.cend()) {
            if (role == Qt::DecorationRole)
                return mark->severity >= 2 ? QColor(0xc0, 0x39, 0x2b) : QColor(0xe6, 0x9f, 0x00);
            if (role == Qt::ToolTipRole)
                return tr("%n conflict(s). %1", nullptr, mark->count).arg(mark->first);
        }
        if (role == SortRole)
            return int(c.status);
        return text(role, displayName(c.status));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QString CohortTableModel::searchText(int sourceRow) const
{
    const CohortSummary &r = row(sourceRow);
    // Both languages of course and track, whichever the UI shows.
    return joinedText({r.cohort.code, r.courseCode, r.courseTitle, r.courseTitleZh, r.track,
                       r.trackZh, r.venue, r.district, r.leadInstructor});
}

Facets CohortTableModel::supportedFacets() const
{
    return Facet::Track | Facet::Status | Facet::District;
}

QString CohortTableModel::facet(int sourceRow, Facet facet) const
{
    const CohortSummary &r = row(sourceRow);
    switch (facet) {
    case Facet::Track:
        return localizedName(r.track, r.trackZh);
    case Facet::Status:
        return displayName(r.cohort.status);
    case Facet::District:
        return r.district;
    case Facet::Table:
    case Facet::User:
    case Facet::Record:
        break;
    }
    return {};
}

bool CohortTableModel::hasDateSpan() const
{
    return true;
}

std::pair<QDate, QDate> CohortTableModel::dateSpan(int sourceRow) const
{
    const CohortSummary &r = row(sourceRow);
    return {r.start, r.end};
}

QVariant CohortTableModel::editData(int sourceRow, int column, int role) const
{
    const Cohort &c = row(sourceRow).cohort;
    switch (Column(column)) {
    case Code:
        return edit(role, EditorKind::Text, c.code);
    case Course:
        return choiceEdit(role, c.courseId, m_courses);
    case Mode:
        return choiceEdit(role, int(c.mode), enumChoices<CohortMode>());
    case Venue:
        return choiceEdit(role, c.venueId, m_venues);
    case Capacity:
        return edit(role, EditorKind::Integer, c.capacity, 0, 10000);
    case Status:
        return choiceEdit(role, int(c.status), enumChoices<CohortStatus>());
    default:
        return {};
    }
}

PlanEdit CohortTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                     const PlanEdits &edits) const
{
    Cohort c = row(sourceRow).cohort;
    switch (Column(column)) {
    case Code:
        c.code = textOf(value);
        break;
    case Course:
        c.courseId = value.toLongLong();
        break;
    case Mode:
        c.mode = CohortMode(value.toInt());
        break;
    case Venue:
        c.venueId = value.toLongLong();
        break;
    case Capacity:
        c.capacity = value.toInt();
        break;
    case Status:
        c.status = CohortStatus(value.toInt());
        break;
    default:
        return {};
    }
    return edits.saveCohortRecord(c, std::optional<Cohort>(row(sourceRow).cohort));
}

} // namespace Planner

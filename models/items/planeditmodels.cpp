// SPDX-License-Identifier: GPL-3.0-or-later
// How the page tables are edited in place: which cells, with what editor, and the
// checked change an edit makes. Reading the cells is in plantablemodels.cpp.
#include "plantablemodels.h"

#include "cellvalues.h"

#include "planning/identitydocument.h"
#include "plansession.h"

#include <QLocale>

namespace Planner {

using namespace Cells;

namespace {

using EditorKind = TableModelBase::EditorKind;

QString textOf(const QVariant &value)
{
    return value.toString().trimmed();
}

} // namespace

Choices choice(Choices list, const QString &label, const QVariant &value)
{
    list.append(QVariant(QVariantList{label, value}));
    return list;
}

Choices trackChoices(const PlanQueries &queries)
{
    Choices tracks;
    for (const Track &t : queries.tracks())
        tracks = choice(std::move(tracks), localizedName(t.name, t.nameZh), t.id);
    return tracks;
}

// ---- Tracks

QVariant TrackTableModel::editData(int sourceRow, int column, int role) const
{
    const Track &t = row(sourceRow);
    switch (Column(column)) {
    case Name:
        return edit(role, EditorKind::Text, t.name);
    case NameZh:
        return edit(role, EditorKind::Text, t.nameZh);
    case Colour:
        return edit(role, EditorKind::Text, t.colour);
    case ColumnCount:
        break;
    }
    return {};
}

PlanEdits::Result TrackTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                             const PlanEdits &edits) const
{
    Track t = row(sourceRow);
    switch (Column(column)) {
    case Name:
        t.name = textOf(value);
        break;
    case NameZh:
        t.nameZh = textOf(value);
        break;
    case Colour:
        t.colour = textOf(value);
        break;
    case ColumnCount:
        break;
    }
    return edits.save(t);
}

// ---- Courses

QString CourseTableModel::patternText(int weekdays, int slotMask)
{
    QString days;
    if (weekdays == 0x1f) {
        days = tr("Mon–Fri");
    } else if (weekdays == 0x7f) {
        days = tr("Every day");
    } else {
        QStringList names;
        for (int d = 1; d <= 7; ++d) {
            if (weekdays & (1 << (d - 1)))
                names << QLocale().dayName(d, QLocale::ShortFormat);
        }
        days = names.join(QLatin1String(", "));
    }
    QStringList times;
    for (int s = 0; s < 3; ++s) {
        if (slotMask & (1 << s))
            times << displayName(SessionSlot(s));
    }
    return QStringLiteral("%1 · %2").arg(days, times.join(QLatin1String(", ")));
}

Choices CourseTableModel::patternChoices()
{
    Choices list;
    for (int weekdays : {0x1f, 0x15, 0x0a, 0x7f, 0x60, 0x20}) {
        for (int slotMask : {0x3, 0x1, 0x2, 0x4})
            list =
                choice(std::move(list), patternText(weekdays, slotMask), weekdays * 8 + slotMask);
    }
    return list;
}

QVariant CourseTableModel::editData(int sourceRow, int column, int role) const
{
    const Course &c = row(sourceRow).course;
    switch (Column(column)) {
    case Code:
        return edit(role, EditorKind::Text, c.code);
    case Title:
        return edit(role, EditorKind::Text, c.title);
    case TitleZh:
        return edit(role, EditorKind::Text, c.titleZh);
    case Track:
        return choiceEdit(role, c.trackId, m_tracks);
    case Level:
        return choiceEdit(role, int(c.level), enumChoices<CourseLevel>());
    case Days:
        return edit(role, EditorKind::Integer, c.days, 0, 365);
    case HoursPerDay:
        return edit(role, EditorKind::Decimal, c.hoursPerDay, 0.0, 24.0);
    case Capacity:
        return edit(role, EditorKind::Integer, c.defaultCapacity, 0, 10000);
    case Pattern: {
        const int packed = c.sessionWeekdays * 8 + c.sessionSlots;
        Choices choices = patternChoices();
        if (!choices.contains(
                QVariant(QVariantList{patternText(c.sessionWeekdays, c.sessionSlots), packed})))
            choices =
                choice(std::move(choices), patternText(c.sessionWeekdays, c.sessionSlots), packed);
        return choiceEdit(role, packed, choices);
    }
    case Qualification:
        return edit(role, EditorKind::Text, c.qualification);
    case Cohorts:
    case Certified:
    case ColumnCount:
        break;
    }
    return {};
}

PlanEdits::Result CourseTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                              const PlanEdits &edits) const
{
    Planner::Course c = row(sourceRow).course;
    switch (Column(column)) {
    case Code:
        c.code = textOf(value);
        break;
    case Title:
        c.title = textOf(value);
        break;
    case TitleZh:
        c.titleZh = textOf(value);
        break;
    case Track:
        c.trackId = value.toLongLong();
        break;
    case Level:
        c.level = CourseLevel(value.toInt());
        break;
    case Days:
        c.days = value.toInt();
        break;
    case HoursPerDay:
        c.hoursPerDay = value.toDouble();
        break;
    case Capacity:
        c.defaultCapacity = value.toInt();
        break;
    case Pattern:
        c.sessionWeekdays = value.toInt() / 8;
        c.sessionSlots = value.toInt() % 8;
        break;
    case Qualification:
        c.qualification = textOf(value);
        break;
    default:
        return {};
    }
    return edits.save(c);
}

// ---- Venues

QVariant VenueTableModel::editData(int sourceRow, int column, int role) const
{
    const Planner::Venue &v = row(sourceRow).venue;
    switch (Column(column)) {
    case Name:
        return edit(role, EditorKind::Text, v.name);
    case District:
        return edit(role, EditorKind::Text, v.district);
    case Address:
        return edit(role, EditorKind::Text, v.address);
    case Seats:
        return edit(role, EditorKind::Integer, v.seats, 0, 100000);
    case Online:
        return choiceEdit(role, v.online,
                          choice(choice({}, tr("On site"), false), tr("Online"), true));
    default:
        return {};
    }
}

PlanEdits::Result VenueTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                             const PlanEdits &edits) const
{
    Planner::Venue v = row(sourceRow).venue;
    switch (Column(column)) {
    case Name:
        v.name = textOf(value);
        break;
    case District:
        v.district = textOf(value);
        break;
    case Address:
        v.address = textOf(value);
        break;
    case Seats:
        v.seats = value.toInt();
        break;
    case Online:
        v.online = value.toBool();
        break;
    default:
        return {};
    }
    return edits.save(v);
}

// ---- Instructors

QVariant InstructorTableModel::editData(int sourceRow, int column, int role) const
{
    const Instructor &i = row(sourceRow).instructor;
    switch (Column(column)) {
    case Code:
        return edit(role, EditorKind::Text, i.code);
    case Name:
        return edit(role, EditorKind::Text, i.name);
    case HomeDistrict:
        return edit(role, EditorKind::Text, i.homeDistrict);
    case MaxDaysYear:
        return edit(role, EditorKind::Integer, i.maxDaysPerYear, 0, 366);
    case MaxDaysWeek:
        return edit(role, EditorKind::Integer, i.maxDaysPerWeek, 0, 7);
    case MaxDaysMonth:
        return edit(role, EditorKind::Integer, i.maxDaysPerMonth, 0, 31);
    case Email:
        return edit(role, EditorKind::Text, i.email);
    case Phone:
        return edit(role, EditorKind::Text, i.phone);
    default:
        return {};
    }
}

PlanEdits::Result InstructorTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                                  const PlanEdits &edits) const
{
    Instructor i = row(sourceRow).instructor;
    switch (Column(column)) {
    case Code:
        i.code = textOf(value);
        break;
    case Name:
        i.name = textOf(value);
        break;
    case HomeDistrict:
        i.homeDistrict = textOf(value);
        break;
    case MaxDaysYear:
        i.maxDaysPerYear = value.toInt();
        break;
    case MaxDaysWeek:
        i.maxDaysPerWeek = value.toInt();
        break;
    case MaxDaysMonth:
        i.maxDaysPerMonth = value.toInt();
        break;
    case Email:
        i.email = textOf(value);
        break;
    case Phone:
        i.phone = textOf(value);
        break;
    default:
        return {};
    }
    return edits.save(i);
}

// ---- Cohorts

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

PlanEdits::Result CohortTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
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
    return edits.saveCohortRecord(c);
}

// ---- Trainees

QVariant TraineeTableModel::editData(int sourceRow, int column, int role) const
{
    const Trainee &t = row(sourceRow).trainee;
    switch (Column(column)) {
    case Name:
        return edit(role, EditorKind::Text, t.name);
    case IdNumber: // changed only once revealed (or while there is none)
        return idNumberShownInFull(t.id, t.idNumber) ? edit(role, EditorKind::Text, t.idNumber)
                                                     : QVariant();
    case IdType:
        return choiceEdit(role, int(t.idType), enumChoices<IdDocumentType>());
    case Employer:
        return edit(role, EditorKind::Text, t.employer);
    case District:
        return edit(role, EditorKind::Text, t.district);
    case Email:
        return edit(role, EditorKind::Text, t.email);
    case Phone:
        return edit(role, EditorKind::Text, t.phone);
    default:
        return {};
    }
}

PlanEdits::Result TraineeTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                               const PlanEdits &edits) const
{
    Trainee t = row(sourceRow).trainee;
    switch (Column(column)) {
    case Name:
        t.name = textOf(value);
        break;
    case IdNumber:
        t.idNumber = IdentityDocument::normalized(t.idType, textOf(value));
        break;
    case IdType:
        t.idType = IdDocumentType(value.toInt());
        break;
    case Employer:
        t.employer = textOf(value);
        break;
    case District:
        t.district = textOf(value);
        break;
    case Email:
        t.email = textOf(value);
        break;
    case Phone:
        t.phone = textOf(value);
        break;
    default:
        return {};
    }
    return edits.save(t);
}

// ---- Work calendar

QVariant CalendarTableModel::editData(int sourceRow, int column, int role) const
{
    const CalendarDay &d = row(sourceRow);
    switch (Column(column)) {
    case Date:
        return edit(role, EditorKind::Date, d.date);
    case Kind:
        return choiceEdit(role, int(d.kind), enumChoices<CalendarDayKind>());
    case Name:
        return edit(role, EditorKind::Text, d.name);
    case NameZh:
        return edit(role, EditorKind::Text, d.nameZh);
    default:
        return {};
    }
}

PlanEdits::Result CalendarTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                                const PlanEdits &edits) const
{
    const CalendarDay &before = row(sourceRow);
    CalendarDay d = before;
    switch (Column(column)) {
    case Date:
        d.date = value.toDate();
        break;
    case Kind:
        d.kind = CalendarDayKind(value.toInt());
        break;
    case Name:
        d.name = textOf(value);
        break;
    case NameZh:
        d.nameZh = textOf(value);
        break;
    default:
        return {};
    }
    return edits.save(d, std::optional<CalendarDay>(before));
}

// ---- Targets

void TargetTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.targets(); });
    session.query<Choices>(this, trackChoices,
                           [this](Choices tracks) { m_tracks = std::move(tracks); });
}

QString TargetTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Year:
        return tr("Year");
    case Track:
        return tr("Track");
    case Trainees:
        return tr("Trainees to train");
    case Certified:
        return tr("To certify");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TargetTableModel::cellData(int sourceRow, int column, int role) const
{
    const TargetSummary &r = row(sourceRow);
    if (role == IdRole)
        return r.target.year * 1000000 + r.target.trackId;
    const bool number = column != Track;
    if (number && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(column)) {
    case Year:
        return role == SortRole ? QVariant(r.target.year)
                                : QVariant(QString::number(r.target.year));
    case Track:
        return localizedName(r.track, r.trackZh);
    case Trainees:
        return role == SortRole ? QVariant(r.target.trainees)
                                : QVariant(QLocale().toString(r.target.trainees));
    case Certified:
        return role == SortRole ? QVariant(r.target.certified)
                                : QVariant(QLocale().toString(r.target.certified));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TargetTableModel::editData(int sourceRow, int column, int role) const
{
    const Target &t = row(sourceRow).target;
    switch (Column(column)) {
    case Year:
        return edit(role, EditorKind::Integer, t.year, 2000, 2100);
    case Track:
        return choiceEdit(role, t.trackId, m_tracks);
    case Trainees:
        return edit(role, EditorKind::Integer, t.trainees, 0, 10000000);
    case Certified:
        return edit(role, EditorKind::Integer, t.certified, 0, 10000000);
    case ColumnCount:
        break;
    }
    return {};
}

PlanEdits::Result TargetTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                              const PlanEdits &edits) const
{
    const Target &before = row(sourceRow).target;
    Target t = before;
    switch (Column(column)) {
    case Year:
        t.year = value.toInt();
        break;
    case Track:
        t.trackId = value.toLongLong();
        break;
    case Trainees:
        t.trainees = value.toInt();
        break;
    case Certified:
        t.certified = value.toInt();
        break;
    case ColumnCount:
        break;
    }
    return edits.save(t, std::optional<Target>(before));
}

} // namespace Planner

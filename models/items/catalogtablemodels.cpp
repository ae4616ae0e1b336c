// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue pages: tracks, courses and venues, read and edited in place.
#include "plantablemodels.h"

#include "cellvalues.h"
#include "plansession.h"

#include <QColor>
#include <QLocale>

namespace Planner {

using namespace Cells;
using EditorKind = TableModelBase::EditorKind;

void TrackTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.tracks(); });
}

QString TrackTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Track");
    case NameZh:
        return tr("Chinese name");
    case Colour:
        return tr("Colour");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrackTableModel::cellData(int sourceRow, int column, int role) const
{
    const Track &t = row(sourceRow);
    if (role == IdRole)
        return t.id;
    switch (Column(column)) {
    case Name:
        if (role == Qt::DecorationRole)
            return QColor::fromString(t.colour);
        return text(role, t.name);
    case NameZh:
        return text(role, t.nameZh);
    case Colour:
        if (role == Qt::DecorationRole)
            return colourSwatch(role, t.colour);
        return text(role, t.colour);
    case ColumnCount:
        break;
    }
    return {};
}

QString TrackTableModel::searchText(int sourceRow) const
{
    const Track &t = row(sourceRow);
    return joinedText({t.name, t.nameZh});
}

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

PlanEdit TrackTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
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
    return edits.save(t, std::optional<Track>(row(sourceRow)));
}

void CourseTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.courses(); });
    session.query<Choices>(this, trackChoices,
                           [this](Choices tracks) { m_tracks = std::move(tracks); });
}

QString CourseTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case TitleZh:
        return tr("Chinese title");
    case Track:
        return tr("Track");
    case Level:
        return tr("Level");
    case Days:
        return tr("Days");
    case HoursPerDay:
        return tr("Hours/day");
    case Capacity:
        return tr("Default seats");
    case Pattern:
        return tr("Session pattern");
    case Qualification:
        return tr("Qualification awarded");
    case MaterialsFee:
        return tr("Materials");
    case ExamFee:
        return tr("Exam fee");
    case Cohorts:
        return tr("Cohorts");
    case Certified:
        return tr("Certified");
    case ColumnCount:
        break;
    }
    return {};
}

QString CourseTableModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case MaterialsFee:
        return tr("What each trainee's materials cost, paid on the cohort's first day");
    case ExamFee:
        return tr("The exam fee per trainee, paid on the cohort's last day");
    default:
        return {};
    }
}

QVariant CourseTableModel::cellData(int sourceRow, int column, int role) const
{
    const CourseSummary &r = row(sourceRow);
    const Course &c = r.course;
    if (role == IdRole)
        return c.id;
    switch (Column(column)) {
    case Code:
        return text(role, c.code);
    case Title:
        return text(role, c.title);
    case TitleZh:
        return text(role, c.titleZh);
    case Track:
        return text(role, r.track);
    case Level:
        if (role == SortRole)
            return int(c.level);
        return text(role, displayName(c.level));
    case Days:
        return number(role, c.days);
    case HoursPerDay:
        return number(role, c.hoursPerDay, 1);
    case Capacity:
        return number(role, c.defaultCapacity);
    case Pattern:
        if (role == SortRole)
            return c.sessionWeekdays * 8 + c.sessionSlots;
        return text(role, patternText(c.sessionWeekdays, c.sessionSlots));
    case Qualification:
        return text(role, c.qualification);
    case MaterialsFee:
        return money(role, c.materialsFee);
    case ExamFee:
        return money(role, c.examFee);
    case Cohorts:
        return number(role, r.cohorts);
    case Certified:
        return number(role, r.certified);
    case ColumnCount:
        break;
    }
    return {};
}

QString CourseTableModel::searchText(int sourceRow) const
{
    const CourseSummary &r = row(sourceRow);
    return joinedText({r.course.code, r.course.title, r.course.titleZh, r.track});
}

Facets CourseTableModel::supportedFacets() const
{
    return Facet::Track;
}

QString CourseTableModel::facet(int sourceRow, Facet facet) const
{
    return facet == Facet::Track ? row(sourceRow).track : QString();
}

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
    case MaterialsFee:
        return edit(role, EditorKind::Text, QLocale().toString(c.materialsFee));
    case ExamFee:
        return edit(role, EditorKind::Text, QLocale().toString(c.examFee));
    case Cohorts:
    case Certified:
    case ColumnCount:
        break;
    }
    return {};
}

PlanEdit CourseTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
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
    case MaterialsFee:
    case ExamFee: {
        const bool materials = column == MaterialsFee;
        const auto amount = moneyOf(value);
        if (!amount)
            return notMoney(materials ? "materials_fee" : "exam_fee", value);
        (materials ? c.materialsFee : c.examFee) = amount->value_or(0);
        break;
    }
    default:
        return {};
    }
    return edits.save(c, std::optional<Planner::Course>(row(sourceRow).course));
}

void VenueTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.venues(); });
}

QString VenueTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Venue");
    case District:
        return tr("District");
    case Address:
        return tr("Address");
    case Seats:
        return tr("Seats");
    case Online:
        return tr("Online");
    case DayRent:
        return tr("Rent per day");
    case SeatLicence:
        return tr("Licence per seat");
    case Cohorts:
        return tr("Cohorts");
    case Sessions:
        return tr("Sessions");
    case ColumnCount:
        break;
    }
    return {};
}

QString VenueTableModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case DayRent:
        return tr("What a cohort pays for each day it teaches here (venues on site)");
    case SeatLicence:
        return tr("What an online cohort pays per trainee for the classroom's licence");
    default:
        return {};
    }
}

QVariant VenueTableModel::cellData(int sourceRow, int column, int role) const
{
    const VenueSummary &r = row(sourceRow);
    const Venue &v = r.venue;
    if (role == IdRole)
        return v.id;
    switch (Column(column)) {
    case Name:
        return text(role, v.name);
    case District:
        return text(role, v.district);
    case Address:
        return text(role, v.address);
    case Seats:
        return number(role, v.seats);
    case Online:
        if (role == SortRole)
            return v.online;
        return text(role, v.online ? tr("Online") : tr("On site"));
    case DayRent:
    case SeatLicence: {
        // Only one of them applies: rent on site, a licence per trainee online.
        const bool applies = (column == SeatLicence) == v.online;
        if (!applies)
            return role == Qt::DisplayRole      ? QVariant(QStringLiteral("—"))
                   : role == Qt::ForegroundRole ? QVariant(QColor(0x6b, 0x6b, 0x6b))
                   : role == Qt::TextAlignmentRole
                       ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant();
        return money(role, column == DayRent ? v.dayRent : v.seatLicence);
    }
    case Cohorts:
        return number(role, r.cohorts);
    case Sessions:
        return number(role, r.sessions);
    case ColumnCount:
        break;
    }
    return {};
}

QString VenueTableModel::searchText(int sourceRow) const
{
    const Venue &v = row(sourceRow).venue;
    return joinedText({v.name, v.district, v.address});
}

Facets VenueTableModel::supportedFacets() const
{
    return Facet::District;
}

QString VenueTableModel::facet(int sourceRow, Facet facet) const
{
    return facet == Facet::District ? row(sourceRow).venue.district : QString();
}

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
    case DayRent:
        return v.online ? QVariant() : edit(role, EditorKind::Text, QLocale().toString(v.dayRent));
    case SeatLicence:
        return v.online ? edit(role, EditorKind::Text, QLocale().toString(v.seatLicence))
                        : QVariant();
    default:
        return {};
    }
}

PlanEdit VenueTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
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
    case DayRent:
    case SeatLicence: {
        const bool rent = column == DayRent;
        const auto amount = moneyOf(value);
        if (!amount)
            return notMoney(rent ? "day_rent" : "seat_licence", value);
        (rent ? v.dayRent : v.seatLicence) = amount->value_or(0);
        break;
    }
    default:
        return {};
    }
    return edits.save(v, std::optional<Planner::Venue>(row(sourceRow).venue));
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
// The year's tables: targets and the work calendar, read and edited in place.
#include "plantablemodels.h"

#include "cellvalues.h"
#include "plansession.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Planner {

using namespace Cells;
using EditorKind = TableModelBase::EditorKind;

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
    case Budget:
        return tr("Budget");
    case ColumnCount:
        break;
    }
    return {};
}

QString TargetTableModel::columnToolTip(int column) const
{
    return column == Budget ? tr("What the track may spend in the year, in yuan (blank: none set)")
                            : QString();
}

QVariant TargetTableModel::cellData(int sourceRow, int column, int role) const
{
    const TargetSummary &r = row(sourceRow);
    if (role == IdRole)
        return r.target.year * 1000000 + r.target.trackId;
    if (column == Budget)
        return money(role, r.target.budget);
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
    case Budget:
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
    case Budget:
        return edit(role, EditorKind::Text, t.budget ? QLocale().toString(*t.budget) : QString());
    case ColumnCount:
        break;
    }
    return {};
}

PlanEdit TargetTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
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
    case Budget: {
        const auto amount = moneyOf(value);
        if (!amount)
            return notMoney("budget", value);
        t.budget = *amount;
        break;
    }
    case ColumnCount:
        break;
    }
    return edits.save(t, std::optional<Target>(before));
}

void CalendarTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.calendar(); });
}

QString CalendarTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Date:
        return tr("Date");
    case Weekday:
        return tr("Weekday");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case NameZh:
        return tr("Chinese name");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CalendarTableModel::cellData(int sourceRow, int column, int role) const
{
    const CalendarDay &d = row(sourceRow);
    if (role == IdRole)
        return d.date.toJulianDay();
    switch (Column(column)) {
    case Date:
        return date(role, d.date);
    case Weekday:
        if (role == SortRole)
            return d.date.dayOfWeek();
        return text(role, QLocale().dayName(d.date.dayOfWeek()));
    case Kind:
        if (role == SortRole)
            return int(d.kind);
        if (role == Qt::ForegroundRole)
            return QBrush(d.kind == CalendarDayKind::Holiday ? QColor(0xc0, 0x39, 0x2b)
                                                             : QColor(0x1f, 0x77, 0xb4));
        return text(role, displayName(d.kind));
    case Name:
        return text(role, d.name);
    case NameZh:
        return text(role, d.nameZh);
    case ColumnCount:
        break;
    }
    return {};
}

QString CalendarTableModel::searchText(int sourceRow) const
{
    const CalendarDay &d = row(sourceRow);
    return joinedText({d.date.toString(Qt::ISODate), d.name, d.nameZh});
}

bool CalendarTableModel::hasDateSpan() const
{
    return true;
}

std::pair<QDate, QDate> CalendarTableModel::dateSpan(int sourceRow) const
{
    const QDate day = row(sourceRow).date;
    return {day, day};
}

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

PlanEdit CalendarTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
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

} // namespace Planner

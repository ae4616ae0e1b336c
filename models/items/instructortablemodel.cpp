// SPDX-License-Identifier: GPL-3.0-or-later
// The Instructors page: its cells, read and edited in place.
#include "plantablemodels.h"

#include "cellvalues.h"
#include "plansession.h"

#include <QBrush>
#include <QColor>

namespace Planner {

using namespace Cells;
using EditorKind = TableModelBase::EditorKind;

void InstructorTableModel::reload(PlanSession &session)
{
    const int year = m_year > 0 ? m_year : QDate::currentDate().year();
    const QDate today = QDate::currentDate();
    load(session, [year, today](const PlanQueries &q) { return q.instructors(year, today); });
}

QString InstructorTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case HomeDistrict:
        return tr("Home district");
    case Qualifications:
        return tr("Qualifications");
    case NextExpiry:
        return tr("Next expiry");
    case Cohorts:
        return tr("Cohorts");
    case TeachingDays:
        return tr("Teaching days");
    case MaxDaysYear:
        return tr("Max days/year");
    case LeaveDays:
        return tr("Leave days");
    case MaxDaysWeek:
        return tr("Max days/week");
    case MaxDaysMonth:
        return tr("Max days/month");
    case DayRate:
        return tr("Day rate");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

QString InstructorTableModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case Cohorts:
        return tr("Cohorts with a session in %1").arg(m_year);
    case TeachingDays:
        return tr("Distinct days with a session in %1").arg(m_year);
    case LeaveDays:
        return tr("Days of leave in %1").arg(m_year);
    case NextExpiry:
        return tr("The next date on which one of the qualifications expires");
    case DayRate:
        return tr("Paid per teaching day. Grey: the rate of the highest level they are qualified "
                  "for (Budget ▸ Rates and fixed costs); type an amount to give them their own, "
                  "clear it to go "
                  "back.");
    default:
        return {};
    }
}

QVariant InstructorTableModel::cellData(int sourceRow, int column, int role) const
{
    const InstructorSummary &r = row(sourceRow);
    const Instructor &i = r.instructor;
    if (role == IdRole)
        return i.id;
    switch (Column(column)) {
    case Code:
        return text(role, i.code);
    case Name:
        return text(role, i.name);
    case HomeDistrict:
        return text(role, i.homeDistrict);
    case Qualifications:
        if (role == Qt::ToolTipRole)
            return r.qualifications;
        return text(role, r.qualifications);
    case NextExpiry:
        return date(role, r.nextExpiry);
    case Cohorts:
        return number(role, r.cohorts);
    case TeachingDays:
        if (role == Qt::ForegroundRole && r.teachingDays > i.maxDaysPerYear)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return number(role, r.teachingDays);
    case MaxDaysYear:
        return number(role, i.maxDaysPerYear);
    case LeaveDays:
        return number(role, r.leaveDays);
    case MaxDaysWeek:
        return number(role, i.maxDaysPerWeek);
    case MaxDaysMonth:
        return number(role, i.maxDaysPerMonth);
    case DayRate:
        if (!i.dayRate) {
            if (role == Qt::ForegroundRole)
                return QColor(0x6b, 0x6b, 0x6b);
            if (role == Qt::ToolTipRole)
                return tr("The rate of level %1").arg(displayName(r.topLevel));
        }
        return money(role, i.dayRate.value_or(r.levelDayRate));
    case Email:
        return text(role, i.email);
    case Phone:
        return text(role, i.phone);
    case ColumnCount:
        break;
    }
    return {};
}

QString InstructorTableModel::searchText(int sourceRow) const
{
    const InstructorSummary &r = row(sourceRow);
    return joinedText(
        {r.instructor.code, r.instructor.name, r.instructor.homeDistrict, r.qualifications});
}

Facets InstructorTableModel::supportedFacets() const
{
    return Facet::District;
}

QString InstructorTableModel::facet(int sourceRow, Facet facet) const
{
    return facet == Facet::District ? row(sourceRow).instructor.homeDistrict : QString();
}

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
    case DayRate:
        return edit(role, EditorKind::Text, i.dayRate ? QLocale().toString(*i.dayRate) : QString());
    case Email:
        return edit(role, EditorKind::Text, i.email);
    case Phone:
        return edit(role, EditorKind::Text, i.phone);
    default:
        return {};
    }
}

PlanEdit InstructorTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
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
    case DayRate: {
        const auto amount = moneyOf(value);
        if (!amount)
            return notMoney("day_rate", value);
        i.dayRate = *amount;
        break;
    }
    case Email:
        i.email = textOf(value);
        break;
    case Phone:
        i.phone = textOf(value);
        break;
    default:
        return {};
    }
    return edits.save(i, std::optional<Instructor>(row(sourceRow).instructor));
}

} // namespace Planner

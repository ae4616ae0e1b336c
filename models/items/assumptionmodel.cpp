// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptionmodel.h"

#include "cellvalues.h"

#include "planning/recordrules.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace Planner {

using namespace Cells;
using EditorKind = TableModelBase::EditorKind;

namespace {

// Course lines are told apart from track lines by an offset in IdRole.
constexpr qint64 CourseIdOffset = qint64(1) << 40;

std::optional<double> SeatRates::*memberOf(AssumptionTableModel::Column column)
{
    switch (column) {
    case AssumptionTableModel::Fill:
        return &SeatRates::fill;
    case AssumptionTableModel::NoShow:
        return &SeatRates::noShow;
    case AssumptionTableModel::Completion:
        return &SeatRates::completion;
    case AssumptionTableModel::Pass:
        return &SeatRates::pass;
    default:
        return nullptr;
    }
}

double CapacityAssumptions::*baseOf(AssumptionTableModel::Column column)
{
    switch (column) {
    case AssumptionTableModel::Fill:
        return &CapacityAssumptions::fillRate;
    case AssumptionTableModel::NoShow:
        return &CapacityAssumptions::noShowRate;
    case AssumptionTableModel::Completion:
        return &CapacityAssumptions::completionRate;
    default:
        return &CapacityAssumptions::passRate;
    }
}

QString percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

void AssumptionTableModel::reload(PlanSession &session, int year)
{
    m_year = year;
    load(session, [year](const PlanQueries &q) { return loadAssumptions(q.database(), year); });
}

std::optional<double> AssumptionTableModel::setRate(const AssumptionRow &row, Column column)
{
    const auto member = memberOf(column);
    return member ? row.rates().*member : std::nullopt;
}

double AssumptionTableModel::rate(const AssumptionRow &row, Column column)
{
    return setRate(row, column).value_or(row.base.*baseOf(column));
}

QString AssumptionTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Track or course");
    case Share:
        return tr("Share of\nnew cohorts");
    case Fill:
        return tr("Seats\ntaken");
    case NoShow:
        return tr("No-\nshows");
    case Completion:
        return tr("Comp-\nletion");
    case Pass:
        return tr("Certi-\nfied");
    case Source:
        return tr("Rates from");
    case ColumnCount:
        break;
    }
    return {};
}

QString AssumptionTableModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case Share:
        return tr("A course's share of its track's new cohorts");
    case Fill:
        return tr("Share of a cohort's seats that are taken");
    case NoShow:
        return tr("Share of those holding a seat who never start");
    case Completion:
        return tr("Share of those who start who complete the course");
    case Pass:
        return tr("Share of those who complete who are certified");
    default:
        return {};
    }
}

QString AssumptionTableModel::origin(const AssumptionRow &row, Column column) const
{
    const QString value = percentText(row.base.*baseOf(column));
    if (row.course)
        return tr("as its track: %1").arg(value);
    if (row.historyYear > 0)
        return tr("from %1 actuals: %2").arg(row.historyYear).arg(value);
    return tr("the documented default: %1").arg(value);
}

QVariant AssumptionTableModel::cellData(int sourceRow, int column, int role) const
{
    const AssumptionRow &r = row(sourceRow);
    if (role == IdRole)
        return r.course ? CourseIdOffset + r.course->id : r.trackId;
    const Column c = Column(column);
    if (c == Share)
        return shareData(r, role);
    const bool rateColumn = memberOf(c) != nullptr;
    const bool set = rateColumn && setRate(r, c).has_value();
    switch (role) {
    case Qt::FontRole:
        if (c == Name && !r.course) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (rateColumn && !set) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        return rateColumn && !set ? QVariant(QColor(0x6b, 0x6b, 0x6b)) : QVariant();
    case Qt::ToolTipRole:
        if (c == Name)
            return localizedName(r.name, r.nameZh);
        if (!rateColumn)
            return {};
        return set ? tr("Set in the plan. Clear the cell to go back to %1.").arg(origin(r, c))
                   : origin(r, c).replace(0, 1, origin(r, c).left(1).toUpper());
    case Qt::TextAlignmentRole:
        return rateColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (c) {
    case Name: {
        const QString name = localizedName(r.name, r.nameZh);
        return role == Qt::DisplayRole && r.course ? QStringLiteral("    %1").arg(name)
                                                   : QVariant(name);
    }
    case Fill:
    case NoShow:
    case Completion:
    case Pass:
        return role == SortRole ? QVariant(rate(r, c)) : QVariant(percentText(rate(r, c)));
    case Share:
        break; // shareData()
    case Source: {
        const SeatRates &rates = r.rates();
        const int count = int(rates.fill.has_value()) + int(rates.noShow.has_value()) +
                          int(rates.completion.has_value()) + int(rates.pass.has_value());
        if (r.course) {
            const int own = count + int(r.course->cohortShare.has_value());
            return own == 0 ? tr("its track") : tr("%n rate(s) set for the course", nullptr, own);
        }
        const QString base =
            r.historyYear > 0 ? tr("%1 actuals").arg(r.historyYear) : tr("defaults");
        if (count == 4)
            return tr("the plan");
        return count == 0 ? base : tr("%1, %n rate(s) set in the plan", nullptr, count).arg(base);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AssumptionTableModel::shareData(const AssumptionRow &r, int role) const
{
    if (!r.course)
        return {};
    const bool set = r.course->cohortShare.has_value();
    switch (role) {
    case Qt::DisplayRole:
        return percentText(r.share);
    case SortRole:
        return r.share;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return set ? QVariant() : QVariant(QColor(0x6b, 0x6b, 0x6b));
    case Qt::FontRole: {
        if (set)
            return {};
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    case Qt::ToolTipRole:
        return set ? tr("Set in the plan. Clear the cell to share what the other courses leave as "
                        "the track ran "
                        "before.")
                   : tr("As the track ran before: %1 of its new cohorts.")
                         .arg(percentText(r.share));
    default:
        return {};
    }
}

QVariant AssumptionTableModel::editData(int sourceRow, int column, int role) const
{
    const Column c = Column(column);
    if (c == Share) {
        const AssumptionRow &r = row(sourceRow);
        if (!r.course)
            return {};
        return edit(role, EditorKind::Decimal, std::round(r.share * 1000.0) / 10.0, 0.0, 100.0);
    }
    if (!memberOf(c))
        return {};
    const RecordRules::SeatRateRange &range = RecordRules::seatRateRanges()[std::size_t(c - Fill)];
    const double percent = std::round(rate(row(sourceRow), c) * 1000.0) / 10.0;
    return edit(role, EditorKind::Decimal, percent, range.min * 100.0, range.max * 100.0);
}

PlanEdit AssumptionTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                         const PlanEdits &edits) const
{
    const AssumptionRow &r = row(sourceRow);
    const Column c = Column(column);
    const auto parsed = numberOf(value);
    if (c == Share && r.course) {
        if (!parsed) {
            PlanEdit refused;
            refused.problem = Problem{QStringLiteral("cohort_share"),
                                      tr("“%1” is not a percentage.").arg(value.toString())};
            return refused;
        }
        return edits.setCourseShare(r.course->id, *parsed ? std::optional<double>(**parsed / 100.0)
                                                          : std::nullopt);
    }
    const auto member = memberOf(c);
    if (!member)
        return {};
    const RecordRules::SeatRateRange &range = RecordRules::seatRateRanges()[std::size_t(c - Fill)];
    if (!parsed) {
        PlanEdit refused;
        refused.problem = Problem{QLatin1String(range.column),
                                  tr("“%1” is not a percentage.").arg(value.toString())};
        return refused;
    }
    SeatRates rates = r.rates();
    rates.*member = *parsed ? std::optional<double>(**parsed / 100.0) : std::nullopt;
    return edits.setSeatRates(r.target.year, r.trackId, r.course ? r.course->id : 0, rates);
}

} // namespace Planner

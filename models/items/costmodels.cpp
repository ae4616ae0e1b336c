// SPDX-License-Identifier: GPL-3.0-or-later
// The Budget page's tables: costs per track, month and cohort, the day rates by level and
// the year's fixed costs.
#include "costmodels.h"

#include "cellvalues.h"
#include "plansession.h"

#include "domain/language.h"
#include "planning/progressstats.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Planner {

using namespace Cells;
using EditorKind = TableModelBase::EditorKind;

namespace {

const QColor Grey(0x6b, 0x6b, 0x6b);
const QColor OverBudget(0xc0, 0x39, 0x2b);

QVariant emphasised(int role, bool bold)
{
    if (role == Qt::FontRole && bold) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

} // namespace

BudgetData BudgetData::load(const PlanQueries &queries, int year, QDate asOf)
{
    BudgetData data;
    data.years = queries.planYears();
    data.year = year;
    if (data.year == 0) {
        data.year = asOf.year();
        if (!data.years.empty() &&
            std::find(data.years.begin(), data.years.end(), data.year) == data.years.end())
            data.year = data.years.back();
    }
    const ProgressReport progress =
        ProgressStats::compute(queries.progressFacts(data.year, asOf), asOf);
    data.report = CostStats::compute(queries.costFacts(data.year), asOf, &progress);
    for (TargetSummary &t : queries.targets())
        if (t.target.year == data.year)
            data.targets.push_back(std::move(t));
    data.levelRates = queries.levelRates();
    return data;
}

// ---- Per track

void TrackCostModel::show(PlanSession &session, const BudgetData &data)
{
    setSession(&session);
    std::vector<TrackCostRow> rows;
    const CostReport &report = data.report;
    for (const TrackCost &t : report.tracks) {
        TrackCostRow row;
        row.cost = t;
        for (const TargetSummary &s : data.targets)
            if (s.target.trackId == t.trackId)
                row.target = s.target;
        rows.push_back(std::move(row));
    }
    TrackCostRow fixed;
    fixed.kind = TrackCostRow::Fixed;
    fixed.cost.spent.fixed = report.spent.fixed;
    fixed.cost.forecast.fixed = report.forecast.fixed;
    rows.push_back(fixed);
    TrackCostRow programme;
    programme.kind = TrackCostRow::Programme;
    programme.cost.budget = report.budget;
    programme.cost.spent = report.spent;
    programme.cost.forecast = report.forecast;
    programme.cost.trainedForecast = report.trainedForecast;
    programme.cost.certifiedForecast = report.certifiedForecast;
    rows.push_back(programme);
    setRows(std::move(rows));
}

QString TrackCostModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Track");
    case Budget:
        return tr("Budget");
    case Spent:
        return tr("Spent to date");
    case Forecast:
        return tr("Forecast at year end");
    case Remaining:
        return tr("Left at year end");
    case Instructors:
        return tr("Instructors");
    case Venues:
        return tr("Venues");
    case TraineeCosts:
        return tr("Materials & exams");
    case PerTrainee:
        return tr("Per trainee");
    case PerCertificate:
        return tr("Per certificate");
    case ColumnCount:
        break;
    }
    return {};
}

QString TrackCostModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case Budget:
        return tr("What the track may spend in the year (its target's budget): type an amount, "
                  "clear it to set none");
    case Spent:
        return tr("The costs of the days held so far: instructors, venues, materials and exams");
    case Forecast:
        return tr("Spent so far plus the costs of everything still planned in the year");
    case Remaining:
        return tr("The budget less the forecast; red: over budget");
    case Instructors:
    case Venues:
    case TraineeCosts:
        return tr("The forecast at the year end, in its parts");
    case PerTrainee:
        return tr("The forecast cost divided by the trainees expected to complete in the year");
    case PerCertificate:
        return tr("The forecast cost divided by the certificates expected in the year");
    default:
        return {};
    }
}

QVariant TrackCostModel::cellData(int sourceRow, int column, int role) const
{
    const TrackCostRow &r = row(sourceRow);
    const TrackCost &c = r.cost;
    if (role == IdRole)
        return r.kind == TrackCostRow::Track ? QVariant(c.trackId) : QVariant(-int(r.kind));
    if (QVariant font = emphasised(role, r.kind == TrackCostRow::Programme); font.isValid())
        return font;
    switch (Column(column)) {
    case Name:
        if (role == SortRole) // the fixed costs and the total stay last
            return QStringLiteral("%1%2").arg(int(r.kind)).arg(localizedName(c.name, c.nameZh));
        if (r.kind == TrackCostRow::Fixed)
            return text(role, tr("Fixed costs of the programme"));
        if (r.kind == TrackCostRow::Programme)
            return text(role, tr("Programme"));
        if (role == Qt::DecorationRole)
            return colourSwatch(role, c.colour);
        return text(role, localizedName(c.name, c.nameZh));
    case Budget:
        if (role == Qt::ToolTipRole && r.kind == TrackCostRow::Track && !r.target)
            return tr("The track has no target in the year: enter one (Courses ▸ Yearly targets) "
                      "to give it a budget.");
        if (role == Qt::ToolTipRole && r.kind == TrackCostRow::Programme)
            return tr("The tracks' budgets added up");
        return r.kind == TrackCostRow::Fixed ? QVariant() : money(role, c.budget);
    case Spent:
        return money(role, c.spent.total());
    case Forecast:
        return money(role, c.forecast.total());
    case Remaining: {
        if (!c.budget || r.kind == TrackCostRow::Fixed)
            return {};
        const Yuan left = *c.budget - c.forecast.total();
        if (role == Qt::ForegroundRole && left < 0)
            return OverBudget;
        return money(role, left);
    }
    case Instructors:
        return r.kind == TrackCostRow::Fixed ? QVariant() : money(role, c.forecast.instructors);
    case Venues:
        return r.kind == TrackCostRow::Fixed ? QVariant() : money(role, c.forecast.venues);
    case TraineeCosts:
        return r.kind == TrackCostRow::Fixed ? QVariant() : money(role, c.forecast.trainees);
    case PerTrainee:
        return r.kind == TrackCostRow::Fixed ? QVariant() : money(role, c.perTrainee());
    case PerCertificate:
        return r.kind == TrackCostRow::Fixed ? QVariant() : money(role, c.perCertificate());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrackCostModel::editData(int sourceRow, int column, int role) const
{
    const TrackCostRow &r = row(sourceRow);
    if (column != Budget || !r.target)
        return {};
    return edit(role, EditorKind::Text,
                r.target->budget ? QLocale().toString(*r.target->budget) : QString());
}

PlanEdit TrackCostModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                   const PlanEdits &edits) const
{
    const TrackCostRow &r = row(sourceRow);
    if (column != Budget || !r.target)
        return {};
    const auto amount = moneyOf(value);
    if (!amount)
        return notMoney("budget", value);
    Target target = *r.target;
    target.budget = *amount;
    return edits.save(target);
}

// ---- Per month

void MonthCostModel::show(const CostReport &report)
{
    std::vector<MonthCostRow> rows;
    for (const MonthCost &m : report.months) {
        MonthCostRow row;
        row.cost = m;
        if (report.budget)
            row.budgetToDate = *report.budget * m.month / 12;
        rows.push_back(row);
    }
    setRows(std::move(rows));
}

QString MonthCostModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Month:
        return tr("Month");
    case Spent:
        return tr("Spent");
    case Planned:
        return tr("Cost of the month");
    case CumulativeSpent:
        return tr("Spent so far");
    case CumulativeForecast:
        return tr("Forecast so far");
    case BudgetToDate:
        return tr("Budget so far");
    case ColumnCount:
        break;
    }
    return {};
}

QString MonthCostModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case Planned:
        return tr("Everything the month costs: what is spent, then what is still planned");
    case BudgetToDate:
        return tr("The year's budget spread evenly over its months");
    default:
        return {};
    }
}

QVariant MonthCostModel::cellData(int sourceRow, int column, int role) const
{
    const MonthCostRow &r = row(sourceRow);
    if (role == IdRole)
        return r.cost.month;
    switch (Column(column)) {
    case Month:
        if (role == SortRole)
            return r.cost.month;
        return text(role, QLocale().standaloneMonthName(r.cost.month));
    case Spent:
        return money(role, r.cost.spent);
    case Planned:
        return money(role, r.cost.forecast);
    case CumulativeSpent:
        return money(role, r.cost.cumulativeSpent);
    case CumulativeForecast:
        if (role == Qt::ForegroundRole && r.budgetToDate &&
            r.cost.cumulativeForecast > *r.budgetToDate)
            return OverBudget;
        return money(role, r.cost.cumulativeForecast);
    case BudgetToDate:
        return money(role, r.budgetToDate);
    case ColumnCount:
        break;
    }
    return {};
}

// ---- Per cohort

void CohortCostModel::show(const CostReport &report)
{
    QHash<Id, QString> tracks;
    for (const TrackCost &t : report.tracks)
        tracks.insert(t.trackId, localizedName(t.name, t.nameZh));
    std::vector<CohortCostRow> rows;
    rows.reserve(report.cohorts.size());
    for (const CohortCost &c : report.cohorts)
        rows.push_back({c, tracks.value(c.trackId)});
    setRows(std::move(rows));
}

Facets CohortCostModel::supportedFacets() const
{
    return Facet::Track;
}

QString CohortCostModel::facet(int sourceRow, Facet facet) const
{
    return facet == Facet::Track ? row(sourceRow).track : QString();
}

QString CohortCostModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Cohort:
        return tr("Cohort");
    case Track:
        return tr("Track");
    case Instructors:
        return tr("Instructors");
    case Venues:
        return tr("Venue");
    case TraineeCosts:
        return tr("Materials & exams");
    case Total:
        return tr("Cost");
    case SpentInYear:
        return tr("Spent to date");
    case ColumnCount:
        break;
    }
    return {};
}

QString CohortCostModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case Instructors:
        return tr("The day rates of its instructors on its teaching days; italic: no lead yet, "
                  "one is costed at its course level's rate");
    case Venues:
        return tr("The venue's rent on its teaching days, or online a licence per trainee");
    case Total:
        return tr("The whole cohort, also days outside the year");
    default:
        return {};
    }
}

QVariant CohortCostModel::cellData(int sourceRow, int column, int role) const
{
    const CohortCostRow &r = row(sourceRow);
    const CohortCost &c = r.cost;
    if (role == IdRole)
        return c.cohortId;
    switch (Column(column)) {
    case Cohort:
        return text(role, c.code);
    case Track:
        return text(role, r.track);
    case Instructors:
        if (c.leadEstimated) {
            if (role == Qt::FontRole) {
                QFont italic;
                italic.setItalic(true);
                return italic;
            }
            if (role == Qt::ToolTipRole)
                return tr("No lead yet: one is costed at the course level's day rate.");
        }
        return money(role, c.whole.instructors);
    case Venues:
        return money(role, c.whole.venues);
    case TraineeCosts:
        return money(role, c.whole.trainees);
    case Total:
        return money(role, c.whole.total());
    case SpentInYear:
        return money(role, c.spent.total());
    case ColumnCount:
        break;
    }
    return {};
}

// ---- Day rates by level

void LevelRateModel::show(PlanSession &session, const std::vector<LevelRate> &rates)
{
    setSession(&session);
    std::vector<LevelRateRow> rows;
    for (CourseLevel level :
         {CourseLevel::Foundation, CourseLevel::Intermediate, CourseLevel::Advanced}) {
        LevelRateRow row;
        row.level = level;
        for (const LevelRate &r : rates)
            if (r.level == level)
                row.set = r.dayRate;
        rows.push_back(row);
    }
    setRows(std::move(rows));
}

QString LevelRateModel::columnTitle(int column) const
{
    return column == Level ? tr("Highest level qualified for") : tr("Day rate");
}

QVariant LevelRateModel::cellData(int sourceRow, int column, int role) const
{
    const LevelRateRow &r = row(sourceRow);
    if (role == IdRole)
        return int(r.level);
    if (column == Level)
        return role == SortRole ? QVariant(int(r.level)) : text(role, displayName(r.level));
    if (!r.set) {
        if (role == Qt::ForegroundRole)
            return Grey;
        if (role == Qt::ToolTipRole)
            return tr("The default rate: type an amount to set the plan's own");
    } else if (role == Qt::ToolTipRole) {
        return tr("Set in the plan: clear it to go back to the default, %1")
            .arg(moneyText(CostDefaults::dayRate(r.level)));
    }
    return money(role, r.set.value_or(CostDefaults::dayRate(r.level)));
}

QVariant LevelRateModel::editData(int sourceRow, int column, int role) const
{
    const LevelRateRow &r = row(sourceRow);
    if (column != DayRate)
        return {};
    return edit(role, EditorKind::Text, r.set ? QLocale().toString(*r.set) : QString());
}

PlanEdit LevelRateModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                   const PlanEdits &edits) const
{
    if (column != DayRate)
        return {};
    const auto amount = moneyOf(value);
    if (!amount)
        return notMoney("day_rate", value);
    return edits.setLevelRate(row(sourceRow).level, *amount);
}

// ---- Fixed costs

void FixedCostModel::show(PlanSession &session, const std::vector<FixedCost> &costs)
{
    setSession(&session);
    setRows(costs);
}

QString FixedCostModel::columnTitle(int column) const
{
    return column == Name ? tr("Fixed cost") : tr("Amount");
}

QVariant FixedCostModel::cellData(int sourceRow, int column, int role) const
{
    const FixedCost &c = row(sourceRow);
    if (role == IdRole)
        return c.id;
    return column == Name ? text(role, c.name) : money(role, c.amount);
}

QVariant FixedCostModel::editData(int sourceRow, int column, int role) const
{
    const FixedCost &c = row(sourceRow);
    return column == Name ? edit(role, EditorKind::Text, c.name)
                          : edit(role, EditorKind::Text, QLocale().toString(c.amount));
}

PlanEdit FixedCostModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                   const PlanEdits &edits) const
{
    FixedCost c = row(sourceRow);
    if (column == Name) {
        c.name = textOf(value);
    } else {
        const auto amount = moneyOf(value);
        if (!amount)
            return notMoney("amount", value);
        c.amount = amount->value_or(0);
    }
    return edits.save(c, std::optional<FixedCost>(row(sourceRow)));
}

} // namespace Planner

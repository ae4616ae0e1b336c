// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmodels.h"

#include "cellvalues.h"

#include "domain/language.h"

#include <QColor>
#include <QLocale>

#include <cmath>
#include <functional>

namespace Planner {

ComparisonFiguresModel::ComparisonFiguresModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonFiguresModel::setComparison(const ScenarioComparison &comparison)
{
    beginResetModel();
    m_names.clear();
    m_rows.clear();
    const auto &s = comparison.scenarios;
    for (const ScenarioFigures &f : s)
        m_names.push_back(f.name);
    auto add = [&](const QString &label, Format format, int better,
                   const std::function<std::optional<double>(const ScenarioFigures &)> &value) {
        Row row{label, format, better, {}};
        for (const ScenarioFigures &f : s)
            row.values.push_back(f.problem.isEmpty() ? value(f) : std::nullopt);
        m_rows.push_back(std::move(row));
    };
    add(tr("Target: trainees"), Format::Count, 0, [](auto &f) { return double(f.target); });
    add(tr("Target: certified"), Format::Count, 0,
        [](auto &f) { return double(f.targetCertified); });
    add(tr("Reachable: trainees"), Format::Count, 1, [](auto &f) { return f.reachable; });
    add(tr("Reachable: certified"), Format::Count, 1, [](auto &f) { return f.reachableCertified; });
    add(tr("Seats still to come"), Format::Count, 1,
        [](auto &f) { return double(f.plannedSeats); });
    add(tr("Trained, forecast"), Format::Count, 1, [](auto &f) { return f.trainedForecast; });
    add(tr("Certified, forecast"), Format::Count, 1, [](auto &f) { return f.certifiedForecast; });
    add(tr("Instructor utilisation"), Format::Share, 0, [](auto &f) { return f.utilisation; });
    add(tr("Cohorts without a lead"), Format::Count, -1,
        [](auto &f) { return double(f.unstaffed); });
    add(tr("Blocking conflicts"), Format::Count, -1, [](auto &f) { return double(f.blocking); });
    add(tr("Warnings"), Format::Count, -1, [](auto &f) { return double(f.warnings); });
    add(tr("Cost, forecast at year end"), Format::Money, -1,
        [](auto &f) { return double(f.cost); });
    add(tr("Budget"), Format::Money, 0,
        [](auto &f) { return f.budget ? std::optional<double>(double(*f.budget)) : std::nullopt; });
    add(tr("Cost per certificate"), Format::Money, -1, [](auto &f) {
        return f.costPerCertificate ? std::optional<double>(double(*f.costPerCertificate))
                                    : std::nullopt;
    });
    // Per track of the first scenario: its forecast and its cost.
    if (!s.empty()) {
        for (const ScenarioFigures::Track &t : s.front().tracks) {
            const Id id = t.trackId;
            auto trackOf = [id](const ScenarioFigures &f) -> const ScenarioFigures::Track * {
                for (const auto &x : f.tracks)
                    if (x.trackId == id)
                        return &x;
                return nullptr;
            };
            const QString name = localizedName(t.name, t.nameZh);
            add(tr("%1: trained, forecast").arg(name), Format::Count, 1, [=](auto &f) {
                const auto *x = trackOf(f);
                return x ? std::optional<double>(x->trainedForecast) : std::nullopt;
            });
            add(tr("%1: cost").arg(name), Format::Money, -1, [=](auto &f) {
                const auto *x = trackOf(f);
                return x ? std::optional<double>(double(x->cost)) : std::nullopt;
            });
        }
    }
    endResetModel();
}

int ComparisonFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_names.size());
}

QString ComparisonFiguresModel::text(const Row &row, std::optional<double> value) const
{
    if (!value)
        return QStringLiteral("—");
    const QLocale locale;
    switch (row.format) {
    case Format::Count:
        return locale.toString(double(std::llround(*value)), 'f', 0);
    case Format::Share:
        return locale.toString(*value * 100.0, 'f', 1) + QStringLiteral(" %");
    case Format::Money:
        return Cells::moneyText(std::llround(*value));
    }
    return {};
}

QVariant ComparisonFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(row.label) : QVariant();
    const std::size_t i = std::size_t(index.column() - 1);
    const std::optional<double> value = row.values[i];
    const std::optional<double> first = row.values.front();
    // Differences smaller than what is shown (half a unit, a tenth of a percent) are none.
    const double shown = row.format == Format::Share ? 0.001 : 0.5;
    const bool differs = i > 0 && value && first && std::abs(*value - *first) >= shown;
    const int better =
        !differs || row.better == 0 ? 0 : ((*value > *first) == (row.better > 0) ? 1 : -1);
    switch (role) {
    case Qt::DisplayRole:
        return text(row, value);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case BetterRole:
        return better;
    case Qt::BackgroundRole:
        if (!differs)
            return {};
        return better > 0   ? QColor(0xdf, 0xf0, 0xd8)
               : better < 0 ? QColor(0xf8, 0xd7, 0xda)
                            : QColor(0xfd, 0xf1, 0xd6);
    case Qt::ForegroundRole:
        return differs ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::ToolTipRole: {
        if (!differs)
            return {};
        const double delta = *value - *first;
        const QString amount = text(row, std::abs(delta));
        return (delta > 0 ? tr("%1 more than %2") : tr("%1 less than %2"))
            .arg(amount, m_names.front());
    }
    default:
        return {};
    }
}

QVariant ComparisonFiguresModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Figure");
    return section - 1 < int(m_names.size()) ? QVariant(m_names[std::size_t(section - 1)])
                                             : QVariant();
}

ComparisonChangesModel::ComparisonChangesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonChangesModel::setComparison(const ScenarioComparison &comparison)
{
    beginResetModel();
    m_rows.clear();
    for (std::size_t i = 0; i < comparison.diffs.size(); ++i)
        for (const ScenarioDiff::Line &line : comparison.diffs[i].lines)
            m_rows.push_back({comparison.scenarios[i + 1].name, line});
    endResetModel();
}

int ComparisonChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (Column(index.column())) {
    case Scenario:
        return row.scenario;
    case Change:
        switch (row.line.kind) {
        case ScenarioDiff::Kind::Added:
            return tr("Added");
        case ScenarioDiff::Kind::Removed:
            return tr("Removed");
        case ScenarioDiff::Kind::Moved:
            return tr("Moved");
        case ScenarioDiff::Kind::Restaffed:
            return tr("Restaffed");
        }
        return {};
    case Cohort:
        return row.line.cohort;
    case Before:
        return row.line.before;
    case After:
        return row.line.after;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComparisonChangesModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Scenario:
        return tr("Scenario");
    case Change:
        return tr("Change");
    case Cohort:
        return tr("Cohort");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Planner

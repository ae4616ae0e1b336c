// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plantablemodels.h"

#include "planning/conflictengine.h"
#include "planning/fixsuggester.h"
#include "store/conflictinputreader.h"

#include <QHash>

namespace Planner {

// Every current conflict of the plan, one row each, with the names of the records
// involved. Checked on a worker thread; filtered by rule and severity through the index
// vector (no proxy model).
class ConflictModel final : public RowTableModel<Conflict>
{
    Q_OBJECT

public:
    enum Column { Severity, Rule, Date, Cohort, Instructor, Venue, Explanation, ColumnCount };
    enum Roles { CohortIdRole = IdRole + 1, InstructorIdRole, RuleRole, SeverityRole };

    explicit ConflictModel(QObject *parent = nullptr);

    void reload(PlanSession &session);
    // Shows the conflicts of input as the engine finds them (synchronously).
    void setInput(ConflictInput input);

    // Empty: every rule / severity.
    void setFilter(std::optional<ConflictRule> rule, std::optional<Planner::Severity> severity);
    const ConflictEngine &engine() const { return m_engine; }
    // Fixes for the conflict shown in row (checked against the same rules).
    std::vector<FixSuggestion> suggestions(int row) const;
    // Per cohort, the marks the cohort table shows (over all conflicts, unfiltered).
    QHash<Id, CohortTableModel::ConflictMark> cohortMarks() const;
    // Conflicts by rule, over all (unfiltered) conflicts.
    std::map<ConflictRule, int> counts() const;
    bool hasDateSpan() const override;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString searchText(int sourceRow) const override;
    std::pair<QDate, QDate> dateSpan(int sourceRow) const override;

private:
    void showConflicts();

    ConflictEngine m_engine;
    QHash<Id, QString> m_cohortCodes;
    QHash<Id, QString> m_instructorNames;
    QHash<Id, QString> m_venueNames;
    std::optional<ConflictRule> m_rule;
    std::optional<Planner::Severity> m_severity;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictmodel.h"

#include "store/repository.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace Planner {

ConflictModel::ConflictModel(QObject *parent) : RowTableModel(parent) {}

void ConflictModel::reload(PlanSession &session)
{
    // The engine is built on the worker thread too: a full check of a large plan is not
    // for the GUI thread.
    struct Checked
    {
        ConflictInput input;
        std::shared_ptr<ConflictEngine> engine;
    };
    // The user's severities as they are now (Preferences may have changed them).
    const ConflictSettings settings = ConflictSettings::current();
    const quint64 changes = session.changeCount();
    PlanSession *from = &session;
    session.query<Checked>(
        this,
        [settings](const PlanQueries &q) {
            Checked c;
            c.engine = std::make_shared<ConflictEngine>(settings);
            c.engine->load(loadConflictInput(q.database()));
            return c;
        },
        [this, from, changes](Checked c) {
            m_engine = std::move(*c.engine);
            // The plan as stored, for the edits' checks while nothing changes (a copy
            // shares the checked index).
            from->setStoredConflicts(std::make_shared<const ConflictEngine>(m_engine), changes);
            showConflicts();
        },
        [this](const QString &error) { emit loadFailed(error); });
}

void ConflictModel::setInput(ConflictInput input)
{
    m_engine.load(std::move(input));
    showConflicts();
}

void ConflictModel::setFilter(std::optional<ConflictRule> rule,
                              std::optional<Planner::Severity> severity)
{
    m_rule = rule;
    m_severity = severity;
    showConflicts();
}

std::vector<FixSuggestion> ConflictModel::suggestions(int row) const
{
    const int source = sourceRow(row);
    if (source < 0)
        return {};
    return FixSuggester(m_engine, QDate::currentDate()).suggest(rows()[std::size_t(source)]);
}

QHash<Id, CohortTableModel::ConflictMark> ConflictModel::cohortMarks() const
{
    QHash<Id, CohortTableModel::ConflictMark> marks;
    auto mark = [&](Id cohort, const Conflict &c) {
        if (cohort == 0)
            return;
        CohortTableModel::ConflictMark &m = marks[cohort];
        m.severity = std::max(m.severity, c.severity == Planner::Severity::Block ? 2 : 1);
        if (m.count++ == 0)
            m.first = c.explanation;
    };
    for (const Conflict &c : m_engine.conflicts()) {
        mark(c.cohortId, c);
        mark(c.otherCohortId, c);
    }
    return marks;
}

std::map<ConflictRule, int> ConflictModel::counts() const
{
    std::map<ConflictRule, int> result;
    for (const Conflict &c : m_engine.conflicts())
        ++result[c.rule];
    return result;
}

void ConflictModel::showConflicts()
{
    const ConflictInput &input = m_engine.input();
    m_cohortCodes.clear();
    m_instructorNames.clear();
    m_venueNames.clear();
    for (const auto &c : input.cohorts)
        m_cohortCodes.insert(c.id, c.code);
    for (const auto &i : input.instructors)
        m_instructorNames.insert(i.id, i.name);
    for (const auto &v : input.venues)
        m_venueNames.insert(v.id, v.name);
    std::vector<Conflict> rows;
    for (const Conflict &c : m_engine.conflicts()) {
        if ((!m_rule || c.rule == *m_rule) && (!m_severity || c.severity == *m_severity))
            rows.push_back(c);
    }
    setRows(std::move(rows));
}

QString ConflictModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Date:
        return tr("Date");
    case Cohort:
        return tr("Cohort");
    case Instructor:
        return tr("Instructor");
    case Venue:
        return tr("Venue");
    case Explanation:
        return tr("What is wrong");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConflictModel::cellData(int sourceRow, int column, int role) const
{
    const Conflict &c = row(sourceRow);
    switch (role) {
    case IdRole:
    case CohortIdRole:
        return c.cohortId;
    case InstructorIdRole:
        return c.instructorId;
    case RuleRole:
        return int(c.rule);
    case SeverityRole:
        return int(c.severity);
    default:
        break;
    }
    auto text = [role](const QString &value) -> QVariant {
        if (role == Qt::DisplayRole || role == SortRole)
            return value;
        return {};
    };
    switch (Column(column)) {
    case Severity:
        if (role == Qt::DecorationRole)
            return QColor(c.severity == Planner::Severity::Block ? QColor(0xc0, 0x39, 0x2b)
                                                                 : QColor(0xe6, 0x9f, 0x00));
        if (role == SortRole)
            return -int(c.severity);
        return text(displayName(c.severity));
    case Rule:
        if (role == SortRole)
            return int(c.rule);
        return text(displayName(c.rule));
    case Date:
        if (role == SortRole)
            return c.date.isValid() ? QVariant(c.date) : QVariant();
        if (role == Qt::DisplayRole)
            return c.date.isValid() ? c.date.toString(Qt::ISODate) : QString();
        return {};
    case Cohort:
        return text(m_cohortCodes.value(c.cohortId));
    case Instructor:
        return text(m_instructorNames.value(c.instructorId));
    case Venue:
        return text(m_venueNames.value(c.venueId));
    case Explanation:
        if (role == Qt::ToolTipRole)
            return c.explanation;
        return text(c.explanation);
    case ColumnCount:
        break;
    }
    return {};
}

bool ConflictModel::hasDateSpan() const
{
    return true;
}

QString ConflictModel::searchText(int sourceRow) const
{
    const Conflict &c = row(sourceRow);
    return QStringList{m_cohortCodes.value(c.cohortId),
                       m_cohortCodes.value(c.otherCohortId),
                       m_instructorNames.value(c.instructorId),
                       m_venueNames.value(c.venueId),
                       displayName(c.rule),
                       c.explanation}
        .join(QLatin1Char(' '));
}

std::pair<QDate, QDate> ConflictModel::dateSpan(int sourceRow) const
{
    const QDate day = row(sourceRow).date;
    return {day, day};
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeset.h"

namespace Planner {

void ChangeSet::append(ChangeSet other)
{
    for (Step &step : other.m_steps)
        m_steps.push_back(std::move(step));
    m_tables |= other.m_tables;
}

void ChangeSet::apply(const QSqlDatabase &db) const
{
    for (const Step &step : m_steps)
        step.apply(db);
}

void ChangeSet::revert(const QSqlDatabase &db) const
{
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
        it->revert(db);
}

} // namespace Planner

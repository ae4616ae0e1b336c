// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancommand.h"

#include "planeditor.h"

namespace Planner {

PlanCommand::PlanCommand(PlanEditor *editor, const QString &text, ChangeSet changes)
    : QUndoCommand(text), m_editor(editor), m_changes(std::move(changes))
{}

void PlanCommand::undo()
{
    if (m_applied && m_editor->replay(m_changes, PlanEditor::Direction::Revert))
        m_applied = false;
}

void PlanCommand::redo()
{
    if (m_applied)
        return;
    if (m_editor->replay(m_changes, PlanEditor::Direction::Apply))
        m_applied = true;
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

#include <QUndoCommand>

namespace Planner {

class PlanEditor;

// One user action on the plan, as one undo step: its changes were applied when the
// editor executed it, so the first redo() does nothing; undo() and later redo() revert
// and re-apply them, each in a transaction of its own.
class PlanCommand final : public QUndoCommand
{
public:
    PlanCommand(PlanEditor *editor, const QString &text, ChangeSet changes);

    void undo() override;
    void redo() override;

    const ChangeSet &changes() const { return m_changes; }

private:
    PlanEditor *m_editor;
    ChangeSet m_changes;
    bool m_applied = true;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

#include "domain/result.h"

#include <QObject>

class QUndoStack;

namespace Planner {

class EditablePlan;

// Writes the user's edits to the open plan: each one in a transaction at once (there is
// no "save"), recorded in the audit log by the repositories, and pushed onto the undo
// stack as one step. Views listen to changed() to reload what an edit touched.
class PlanEditor final : public QObject
{
    Q_OBJECT

public:
    enum class Direction { Apply, Revert };

    explicit PlanEditor(QObject *parent = nullptr);
    ~PlanEditor() override;

    // The plan edits go to; nullptr when none is open. Clears the undo history.
    void setPlan(EditablePlan *plan);
    EditablePlan *plan() const { return m_plan; }
    bool canEdit() const;
    QUndoStack *undoStack() const { return m_stack; }

    // Applies changes in one transaction and, when that worked, pushes them as one undo
    // step called text; otherwise the Problem says why nothing was changed.
    Result<> execute(const QString &text, ChangeSet changes);

    // For PlanCommand: re-applies or reverts changes in a transaction. On failure
    // reports failed(), drops the undo history (the plan no longer matches it) and
    // returns false; the plan keeps its last committed state.
    bool replay(const ChangeSet &changes, Direction direction);

    // Pushes changes already written to the plan (an import, on a worker thread) as one
    // undo step called text, and tells the views to reload what they touch.
    void pushApplied(const QString &text, ChangeSet changes);

    // For a change written beside the undo history (a trainee's personal data erased):
    // drops the undo history, whose steps may hold what was changed, and tells the views
    // to reload tables.
    void changedOutsideHistory(PlanTables tables);

signals:
    void changed(Planner::PlanTables tables);
    void failed(const QString &message);

private:
    Result<> run(const ChangeSet &changes, Direction direction);

    EditablePlan *m_plan = nullptr;
    QUndoStack *m_stack;
};

} // namespace Planner

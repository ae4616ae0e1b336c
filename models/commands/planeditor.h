// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeset.h"

#include "domain/result.h"

#include <QObject>

#include <optional>

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
    // How an edit is written: only over the records as the edit read them (an
    // EditConflict otherwise), or over others' changes to them (ChangeSet::applyOverOthers),
    // when the user chose their version.
    enum class Over { WhatWasRead, OthersChanges };

    // The last edit refused because someone else had changed a record: the record's
    // table and key, and both versions as JSON (EditConflict). Cleared by the next edit.
    struct Conflict
    {
        QString table, key, theirs, yours;
    };
    const std::optional<Conflict> &lastConflict() const { return m_lastConflict; }

    explicit PlanEditor(QObject *parent = nullptr);
    ~PlanEditor() override;

    // The plan edits go to; nullptr when none is open. Clears the undo history.
    void setPlan(EditablePlan *plan);
    EditablePlan *plan() const { return m_plan; }
    bool canEdit() const;
    QUndoStack *undoStack() const { return m_stack; }

    // Applies changes in one transaction and, when that worked, pushes them as one undo
    // step called text; otherwise the Problem says why nothing was changed.
    Result<> execute(const QString &text, ChangeSet changes, Over over = Over::WhatWasRead);

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
    // For changes others made to a server plan: tells the views to reload tables. The
    // undo history stays: a step over a record someone changed since is refused when
    // undone (EditConflict), never written over their change.
    void changedElsewhere(PlanTables tables) { emit changed(tables); }

signals:
    void changed(Planner::PlanTables tables);
    void failed(const QString &message);

private:
    Result<> run(const ChangeSet &changes, Direction direction, Over over = Over::WhatWasRead);

    EditablePlan *m_plan = nullptr;
    QUndoStack *m_stack;
    std::optional<Conflict> m_lastConflict;
};

} // namespace Planner

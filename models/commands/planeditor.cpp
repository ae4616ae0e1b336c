// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditor.h"

#include "plancommand.h"

#include "store/backupstore.h"
#include "store/plandatabase.h"
#include "store/planinvariants.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoStack>

namespace Planner {

PlanEditor::PlanEditor(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this)) {}

PlanEditor::~PlanEditor() = default;

void PlanEditor::setPlan(EditablePlan *plan)
{
    m_plan = plan;
    m_stack->clear();
    m_stack->setClean();
}

bool PlanEditor::canEdit() const
{
    return m_plan && !m_plan->isReadOnly();
}

Result<> PlanEditor::execute(const QString &text, ChangeSet changes, Over over)
{
    if (changes.isEmpty())
        return {};
    if (Result<> written = run(changes, Direction::Apply, over); !written)
        return written;
    const PlanTables tables = changes.tables();
    m_stack->push(new PlanCommand(this, text, std::move(changes)));
    if (BackupStore *backups = m_plan->backups())
        backups->noteEdited();
    emit changed(tables);
    return {};
}

void PlanEditor::pushApplied(const QString &text, ChangeSet changes)
{
    const PlanTables tables = changes.tables();
    m_stack->push(new PlanCommand(this, text, std::move(changes)));
    if (m_plan && m_plan->backups())
        m_plan->backups()->noteEdited();
    emit changed(tables);
}

void PlanEditor::changedOutsideHistory(PlanTables tables)
{
    m_stack->clear();
    if (m_plan && m_plan->backups())
        m_plan->backups()->noteEdited();
    emit changed(tables);
}

bool PlanEditor::replay(const ChangeSet &changes, Direction direction)
{
    const Result<> written = run(changes, direction);
    if (written) {
        if (BackupStore *backups = m_plan->backups())
            backups->noteEdited();
        emit changed(changes.tables());
        return true;
    }
    emit failed(written.message());
    // Not from inside the stack's own undo()/redo().
    QTimer::singleShot(0, m_stack, &QUndoStack::clear);
    return false;
}

Result<> PlanEditor::run(const ChangeSet &changes, Direction direction, Over over)
{
    m_lastConflict.reset();
    if (!m_plan)
        return Problem::of(QCoreApplication::translate("Planner::PlanEditor", "No plan is open."));
    if (m_plan->isReadOnly())
        return Problem::of(QCoreApplication::translate(
            "Planner::PlanEditor", "The plan is open read-only; nothing was changed."));
    // SQLite goes on writing to a file that was deleted or replaced behind it, and every
    // commit would "succeed" into a file nobody will open again.
    if (const Result<> file = m_plan->checkWritable(); !file)
        return Problem::of(
            QCoreApplication::translate("Planner::PlanEditor",
                                        "Nothing was changed: %1. Use Save As to keep a copy "
                                        "of the plan as it is open.")
                .arg(file.message()));
    try {
        const QSqlDatabase db = m_plan->database();
        Transaction transaction(db);
        // Whatever the changes are, they may not leave the plan breaking its rules.
        PlanInvariants::WriteCheck check(db);
        const auto write = [&] {
            if (direction == Direction::Apply && over == Over::OthersChanges)
                changes.applyOverOthers(db);
            else if (direction == Direction::Apply)
                changes.apply(db);
            else
                changes.revert(db);
        };
        write();
        check.finish(write);
        transaction.commit();
    } catch (const EditConflict &e) {
        m_lastConflict = Conflict{e.table(), e.key(), e.theirs(), e.yours()};
        return Problem{e.problem().field,
                       QCoreApplication::translate("Planner::PlanEditor", "Nothing was changed: %1")
                           .arg(e.message())};
    } catch (const StoreError &e) {
        return Problem{e.problem().field,
                       QCoreApplication::translate("Planner::PlanEditor", "Nothing was changed: %1")
                           .arg(e.message())};
    }
    return {};
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Planner {

// Edits the page tables' cells with the editor each cell asks for
// (TableModelBase::EditorRole): a line edit, a spin box within the cell's range, a date
// picker or a combo box of the cell's choices. When the model refuses a value, the cell
// says why in a tooltip beside it and the value is not applied.
class PlanItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    void editRejected(const QString &message) const;
};

} // namespace Planner

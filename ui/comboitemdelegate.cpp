// SPDX-License-Identifier: GPL-3.0-or-later
#include "comboitemdelegate.h"

#include <QComboBox>

namespace Planner {

ComboItemDelegate::ComboItemDelegate(QList<Choice> choices, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices))
{}

QString ComboItemDelegate::textOf(const QVariant &value) const
{
    for (const Choice &choice : m_choices) {
        if (choice.value == value)
            return choice.text;
    }
    return {};
}

QWidget *ComboItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const Choice &choice : m_choices)
        combo->addItem(choice.text, choice.value);
    // A choice takes effect at once, without leaving the cell first.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ComboItemDelegate *>(this)->commitData(combo); });
    return combo;
}

void ComboItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole))));
}

void ComboItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::UserRole);
    model->setData(index, combo->currentText(), Qt::DisplayRole);
}

} // namespace Planner

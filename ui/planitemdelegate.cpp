// SPDX-License-Identifier: GPL-3.0-or-later
#include "planitemdelegate.h"

#include "items/tablemodelbase.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolTip>

namespace Planner {

namespace {

using EditorKind = TableModelBase::EditorKind;

EditorKind kindOf(const QModelIndex &index)
{
    return EditorKind(index.data(TableModelBase::EditorRole).toInt());
}

} // namespace

QWidget *PlanItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (kindOf(index)) {
    case EditorKind::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(index.data(TableModelBase::MinimumRole).toInt(),
                       index.data(TableModelBase::MaximumRole).toInt());
        spin->setGroupSeparatorShown(true);
        return spin;
    }
    case EditorKind::Decimal: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(index.data(TableModelBase::MinimumRole).toDouble(),
                       index.data(TableModelBase::MaximumRole).toDouble());
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        return spin;
    }
    case EditorKind::Date: {
        auto *date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return date;
    }
    case EditorKind::Choice: {
        auto *combo = new QComboBox(parent);
        for (const QVariant &entry : index.data(TableModelBase::ChoicesRole).toList()) {
            const QVariantList pair = entry.toList();
            combo->addItem(pair.value(0).toString(), pair.value(1));
        }
        return combo;
    }
    case EditorKind::Text: {
        auto *line = new QLineEdit(parent);
        line->setFrame(false);
        return line;
    }
    case EditorKind::None:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        spin->setValue(value.toDouble());
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        date->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value.toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void PlanItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    QVariant value;
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        value = spin->value();
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        value = spin->value();
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        value = date->date();
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData();
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        value = line->text();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (value == index.data(Qt::EditRole))
        return;
    if (model->setData(index, value, Qt::EditRole))
        return;
    auto *table = qobject_cast<const TableModelBase *>(model);
    const QString message = table ? table->lastEditError() : QString();
    if (message.isEmpty())
        return;
    // Beside the cell, where the user is looking.
    QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), message,
                       editor->parentWidget(), {}, 6000);
    emit editRejected(message);
}

} // namespace Planner

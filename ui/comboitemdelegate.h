// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QVariant>

namespace Planner {

// Edits a cell by choosing from a fixed list: the value goes to Qt::UserRole, its text to
// Qt::DisplayRole, so that the cell shows the text and the dialog reads the value.
class ComboItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString text;
        QVariant value;
    };

    explicit ComboItemDelegate(QList<Choice> choices, QObject *parent = nullptr);

    const QList<Choice> &choices() const { return m_choices; }
    // The text of value, or an empty string.
    QString textOf(const QVariant &value) const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
};

} // namespace Planner

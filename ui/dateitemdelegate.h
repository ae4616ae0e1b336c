// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Planner {

// Edits a QDate cell (Qt::EditRole) with a date edit that has a calendar popup, and shows
// it as ISO date with the short weekday name, "2026-10-09 Fri": the weekday is what a
// session pattern is about. An empty cell shows emptyText.
class DateItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DateItemDelegate(QObject *parent = nullptr);

    void setShowWeekday(bool show) { m_showWeekday = show; }
    void setEmptyText(const QString &text) { m_emptyText = text; }

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    bool m_showWeekday = true;
    QString m_emptyText;
};

} // namespace Planner

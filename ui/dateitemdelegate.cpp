// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateitemdelegate.h"

#include <QDateEdit>

namespace Planner {

DateItemDelegate::DateItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString DateItemDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QDate date = value.toDate();
    if (!date.isValid())
        return m_emptyText;
    const QString text = date.toString(Qt::ISODate);
    if (!m_showWeekday)
        return text;
    return QStringLiteral("%1 %2").arg(text,
                                       locale.dayName(date.dayOfWeek(), QLocale::ShortFormat));
}

QWidget *DateItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setFrame(false);
    return edit;
}

void DateItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate date = index.data(Qt::EditRole).toDate();
    static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : QDate::currentDate());
}

void DateItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmarker.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QWidget>

namespace Planner {

namespace {

const char *const ErrorColour = "#c62828";

} // namespace

FieldMarker::FieldMarker(QLabel *message, QObject *parent)
    : QObject(parent)
    , m_message(message)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(QLatin1String(ErrorColour)));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Error"));
    m_message->hide();
}

void FieldMarker::addField(const QString &field, QWidget *widget)
{
    m_widgets.insert(field, widget);
}

void FieldMarker::addFields(const QStringList &fields, QWidget *widget)
{
    for (const QString &field : fields)
        addField(field, widget);
}

QWidget *FieldMarker::show(const RuleViolation &violation)
{
    clear();
    m_message->setText(violation.message);
    m_message->show();
    QWidget *widget = m_widgets.value(violation.field);
    if (!widget)
        return nullptr;
    m_marked = widget;
    m_markedStyle = widget->styleSheet();
    // Scoped to the widget's own class so that its children (a table's editors, a
    // spin box's buttons) keep their look.
    widget->setStyleSheet(QStringLiteral("%1 { border: 2px solid %2; }")
                              .arg(QString::fromLatin1(widget->metaObject()->className()).replace(QLatin1String("::"), QLatin1String("--")),
                                   QLatin1String(ErrorColour)));
    widget->setFocus(Qt::OtherFocusReason);
    return widget;
}

void FieldMarker::clear()
{
    m_message->clear();
    m_message->hide();
    if (m_marked)
        m_marked->setStyleSheet(m_markedStyle);
    m_marked = nullptr;
    m_markedStyle.clear();
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmarker.h"

#include <QAbstractItemView>
#include <QColor>
#include <QLabel>
#include <QWidget>

namespace Planner {

namespace {

const char *const ErrorColour = "#c62828";
// A tint rather than a style sheet border: a style sheet on a spin box or a combo box
// replaces the platform's drawing of its buttons.
const QColor InvalidBase(0xfd, 0xe2, 0xe0);

} // namespace

FieldMarker::FieldMarker(QLabel *message, QObject *parent) : QObject(parent), m_message(message)
{
    m_message->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(QLatin1String(ErrorColour)));
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

QWidget *FieldMarker::show(const Problem &problem)
{
    clear();
    m_message->setText(problem.message);
    m_message->show();
    QWidget *widget = m_widgets.value(problem.field);
    if (!widget)
        return nullptr;
    m_marked = widget;
    m_markedPalette = widget->palette();
    QPalette tinted = m_markedPalette;
    tinted.setColor(QPalette::Base, InvalidBase);
    tinted.setColor(QPalette::Button, InvalidBase);
    tinted.setColor(QPalette::Text, Qt::black);
    tinted.setColor(QPalette::ButtonText, Qt::black);
    widget->setPalette(tinted);
    widget->setProperty("invalid", true);
    widget->setFocus(Qt::OtherFocusReason);
    return widget;
}

void FieldMarker::clear()
{
    m_message->clear();
    m_message->hide();
    if (m_marked) {
        m_marked->setPalette(m_markedPalette);
        m_marked->setProperty("invalid", false);
    }
    m_marked = nullptr;
}

} // namespace Planner

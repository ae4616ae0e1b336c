// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmarker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QColor>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
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
    // A field on a tab not shown: show that tab.
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
                    tabs->setCurrentIndex(i);
            }
        }
    }
    widget->setFocus(Qt::OtherFocusReason);
    // The first edit of the field takes the mark and the message away.
    const auto edited = [this] { clear(); };
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        m_clearOnEdit << connect(line, &QLineEdit::textEdited, this, edited);
    } else if (auto *date = qobject_cast<QDateTimeEdit *>(widget)) {
        m_clearOnEdit << connect(date, &QDateTimeEdit::dateTimeChanged, this, edited);
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        m_clearOnEdit << connect(spin, &QSpinBox::valueChanged, this, edited);
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget)) {
        m_clearOnEdit << connect(spin, &QDoubleSpinBox::valueChanged, this, edited);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        m_clearOnEdit << connect(combo, &QComboBox::currentIndexChanged, this, edited);
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        m_clearOnEdit << connect(button, &QAbstractButton::toggled, this, edited);
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
        QAbstractItemModel *model = view->model();
        m_clearOnEdit << connect(model, &QAbstractItemModel::dataChanged, this, edited)
                      << connect(model, &QAbstractItemModel::rowsInserted, this, edited)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this, edited);
    }
    return widget;
}

void FieldMarker::clear()
{
    for (const QMetaObject::Connection &c : std::as_const(m_clearOnEdit))
        disconnect(c);
    m_clearOnEdit.clear();
    m_message->clear();
    m_message->hide();
    if (m_marked) {
        m_marked->setPalette(m_markedPalette);
        m_marked->setProperty("invalid", false);
    }
    m_marked = nullptr;
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/recordrules.h"

#include <QHash>
#include <QObject>
#include <QPalette>
#include <QPointer>

class QLabel;
class QWidget;

namespace Planner {

// Shows why an edit was refused: the message in a red label at the bottom of a dialog,
// and the widget of the field at fault tinted red (its "invalid" property set), brought
// into view (its tab shown) and focused. The mark and the message go as soon as that
// field is edited. Fields are the
// column names Problem uses ("capacity", "end_date" ...); several may map to one
// widget (a table holds many columns).
class FieldMarker final : public QObject
{
    Q_OBJECT

public:
    explicit FieldMarker(QLabel *message, QObject *parent = nullptr);

    void addField(const QString &field, QWidget *widget);
    void addFields(const QStringList &fields, QWidget *widget);

    // Shows the problem, marks and focuses its widget; returns that widget (nullptr when
    // the field has none, e.g. a message about the whole record).
    QWidget *show(const Problem &problem);
    // Hides the message and unmarks the widget.
    void clear();

    QWidget *marked() const { return m_marked; }

private:
    QLabel *m_message;
    QHash<QString, QWidget *> m_widgets;
    QPointer<QWidget> m_marked;
    QPalette m_markedPalette;
    QList<QMetaObject::Connection> m_clearOnEdit;
};

} // namespace Planner

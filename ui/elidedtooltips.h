// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Planner {

// Shows the whole text of a table, list or tree cell on hover when the cell is too narrow
// for it and the model gives no tooltip of its own: long "Why" and "What is wrong" texts,
// course titles, reasons. Installed once on the application; every item view gains it.
class ElidedToolTips final : public QObject
{
    Q_OBJECT

public:
    // Installs the filter on the application unless it is there already.
    static void install();

    // The text a hover over that point of the view's viewport shows, or an empty string
    // when the cell shows all of its text (or has a tooltip of its own).
    static QString textAt(const class QAbstractItemView *view, const QPoint &viewportPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetitle.h"

#include <QLabel>

namespace Planner {

QLabel *createPageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    return title;
}

} // namespace Planner

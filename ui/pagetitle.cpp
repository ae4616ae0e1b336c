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

QLabel *createWarningBanner(QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::RichText);
    banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #5c3d00; border: 1px solid #e8c46a;"
                       " border-radius: 3px; padding: 6px; }"));
    banner->hide();
    return banner;
}

} // namespace Planner

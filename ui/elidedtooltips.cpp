// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedtooltips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>

namespace Planner {

void ElidedToolTips::install()
{
    if (!qApp || qApp->findChild<ElidedToolTips *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new ElidedToolTips(qApp));
}

QString ElidedToolTips::textAt(const QAbstractItemView *view, const QPoint &viewportPos)
{
    const QModelIndex index = view->indexAt(viewportPos);
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty())
        return {};
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return {};
    const QRect cell = view->visualRect(index);
    const QVariant font = index.data(Qt::FontRole);
    const QFontMetrics metrics(font.canConvert<QFont>() ? font.value<QFont>() : view->font());
    // The style's padding on both sides, and the icon or check box before the text.
    int needed = metrics.horizontalAdvance(text) + 2 * metrics.averageCharWidth();
    if (index.data(Qt::DecorationRole).isValid())
        needed += view->iconSize().isValid() ? view->iconSize().width()
                                             : view->style()->pixelMetric(QStyle::PM_SmallIconSize);
    if (index.data(Qt::CheckStateRole).isValid())
        needed += view->style()->pixelMetric(QStyle::PM_IndicatorWidth);
    const bool multiLine = text.contains(QLatin1Char('\n'));
    return needed > cell.width() || multiLine ? text : QString();
}

bool ElidedToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto *view = qobject_cast<QAbstractItemView *>(watched->parent());
    if (!view || view->viewport() != watched)
        return false;
    const auto *help = static_cast<QHelpEvent *>(event);
    const QString text = textAt(view, help->pos());
    if (text.isEmpty())
        return false; // the view shows the model's own tooltip, if any
    const QModelIndex index = view->indexAt(help->pos());
    // As rich text, so that a long text wraps instead of running off the screen.
    const QString rich =
        QStringLiteral("<p>%1</p>")
            .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    QToolTip::showText(help->globalPos(), rich, view->viewport(), view->visualRect(index));
    return true;
}

} // namespace Planner

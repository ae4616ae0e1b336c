// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsize.h"

#include <QScreen>
#include <QWidget>

namespace Planner {

void resizeWithinScreen(QWidget *window, QSize preferred)
{
    if (const QScreen *screen = window->screen()) {
        const QSize available = screen->availableGeometry().size();
        preferred =
            preferred.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10));
    }
    window->resize(preferred.expandedTo(window->minimumSizeHint()));
}

} // namespace Planner

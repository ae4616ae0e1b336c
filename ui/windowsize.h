// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace Planner {

// Gives a window or dialog its roomy default size, but never more than 90 % of the screen
// it opens on (a laptop at 1280×720, or at 150 % scaling), nor less than it needs.
void resizeWithinScreen(QWidget *window, QSize preferred);

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Planner {

// The large bold title at the top of every page, so that all pages look alike.
QLabel *createPageTitle(const QString &text, QWidget *parent);
// The pale yellow banner a page shows above its content when something it counts on is
// missing (a year's work calendar): rich text, word-wrapped, hidden until given text.
QLabel *createWarningBanner(QWidget *parent);

} // namespace Planner

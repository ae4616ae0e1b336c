// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Planner {

// Installs Qt's and the application's translations for the system locale.
void installTranslations(QCoreApplication &app);

} // namespace Planner

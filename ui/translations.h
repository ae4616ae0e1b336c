// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Planner {

// Applies the user's preferences: Qt's and the application's translations in the language
// chosen (the system's by default), the session times, the History's name, backups.
void installTranslations(QCoreApplication &app);

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "items/preferences.h"

#include <QLocale>

namespace Planner {

void installTranslations(QCoreApplication &)
{
    // The language chosen in Preferences (the system's unless one was), with the rest of
    // the user's preferences.
    Preferences::load().apply();
}

} // namespace Planner

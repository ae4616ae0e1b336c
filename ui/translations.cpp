// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "domain/language.h"

#include <QLocale>

namespace Planner {

void installTranslations(QCoreApplication &)
{
    Language::install(QLocale());
}

} // namespace Planner

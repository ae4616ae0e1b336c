// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantablemodels.h"

#include "plansession.h"

#include <QLocale>

namespace Planner {

Choices choice(Choices list, const QString &label, const QVariant &value)
{
    list.append(QVariant(QVariantList{label, value}));
    return list;
}

Choices trackChoices(const PlanQueries &queries)
{
    Choices tracks;
    for (const Track &t : queries.tracks())
        tracks = choice(std::move(tracks), localizedName(t.name, t.nameZh), t.id);
    return tracks;
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariodiff.h"

#include <QSet>

#include <algorithm>

namespace Planner {

namespace {

QString when(const CohortSnapshot &c)
{
    if (c.days.empty())
        return c.venue;
    QString text = c.days.front().toString(Qt::ISODate);
    if (c.days.size() > 1)
        text += QStringLiteral(" – ") + c.days.back().toString(Qt::ISODate);
    if (!c.venue.isEmpty())
        text += QStringLiteral(", ") + c.venue;
    return text;
}

QString staff(const CohortSnapshot &c)
{
    return c.instructors.join(QStringLiteral(", "));
}

} // namespace

ScenarioDiff ScenarioDiff::between(std::vector<CohortSnapshot> before,
                                   std::vector<CohortSnapshot> after)
{
    auto byCode = [](const CohortSnapshot &a, const CohortSnapshot &b) { return a.code < b.code; };
    std::sort(before.begin(), before.end(), byCode);
    std::sort(after.begin(), after.end(), byCode);
    ScenarioDiff diff;
    auto a = before.begin();
    auto b = after.begin();
    while (a != before.end() || b != after.end()) {
        if (b == after.end() || (a != before.end() && a->code < b->code)) {
            diff.lines.push_back({Kind::Removed, a->code, when(*a), QString()});
            ++diff.removed;
            diff.assignmentsRemoved += int(a->instructors.size());
            ++a;
            continue;
        }
        if (a == before.end() || b->code < a->code) {
            diff.lines.push_back({Kind::Added, b->code, QString(), when(*b)});
            ++diff.added;
            diff.assignmentsAdded += int(b->instructors.size());
            ++b;
            continue;
        }
        if (a->days != b->days || a->venue != b->venue) {
            diff.lines.push_back({Kind::Moved, a->code, when(*a), when(*b)});
            ++diff.moved;
        }
        const QSet<QString> was(a->instructors.begin(), a->instructors.end());
        const QSet<QString> is(b->instructors.begin(), b->instructors.end());
        if (was != is) {
            diff.lines.push_back({Kind::Restaffed, a->code, staff(*a), staff(*b)});
            ++diff.restaffed;
            diff.assignmentsAdded += int((is - was).size());
            diff.assignmentsRemoved += int((was - is).size());
        }
        ++a;
        ++b;
    }
    return diff;
}

} // namespace Planner

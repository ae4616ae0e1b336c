// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordchoices.h"

#include "items/plantablemodels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Planner::RecordChoices {

QString courseLabel(const Course &course)
{
    return QStringLiteral("%1 · %2").arg(course.code, localizedName(course.title, course.titleZh));
}

void fillCourses(QComboBox *box, std::vector<Course> courses)
{
    std::sort(courses.begin(), courses.end(),
              [](const Course &a, const Course &b) { return a.code < b.code; });
    for (const Course &c : courses)
        box->addItem(courseLabel(c), QVariant::fromValue(c.id));
}

void fillVenues(QComboBox *box, std::vector<Venue> venues)
{
    std::sort(venues.begin(), venues.end(),
              [](const Venue &a, const Venue &b) { return a.name < b.name; });
    box->addItem(noVenue(), QVariant::fromValue(Id(0)));
    for (const Venue &v : venues)
        box->addItem(v.name, QVariant::fromValue(v.id));
}

QString noVenue()
{
    // translate() with its context spelled out: lupdate does not see a free tr().
    return QCoreApplication::translate("Planner::RecordChoices", "None (online)");
}

void fillModes(QComboBox *box)
{
    for (CohortMode mode : {CohortMode::InPerson, CohortMode::Online, CohortMode::Hybrid})
        box->addItem(displayName(mode), int(mode));
}

void fillStatuses(QComboBox *box)
{
    for (CohortStatus status : {CohortStatus::Planned, CohortStatus::Open, CohortStatus::Running,
                                CohortStatus::Completed, CohortStatus::Cancelled})
        box->addItem(displayName(status), int(status));
}

bool select(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

QString describePattern(int weekdayMask, int slotMask)
{
    QStringList days;
    for (int day = 1; day <= 7; ++day) {
        if (weekdayMask & (1 << (day - 1)))
            days.append(QLocale().dayName(day, QLocale::ShortFormat));
    }
    QStringList times;
    for (SessionSlot slot : {SessionSlot::Morning, SessionSlot::Afternoon, SessionSlot::Evening}) {
        if (slotMask & (1 << int(slot)))
            times.append(displayName(slot));
    }
    // The locale's way of listing: "Mon, Wed and Fri", "周一、周三和周五".
    const QLocale locale;
    return QStringLiteral("%1 · %2").arg(locale.createSeparatedList(days),
                                         locale.createSeparatedList(times));
}

} // namespace Planner::RecordChoices

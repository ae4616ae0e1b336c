// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/course.h"
#include "domain/instructor.h"
#include "domain/venue.h"

#include <QString>

#include <vector>

class QComboBox;

// Filling the dialogs' combo boxes with records and enum values, each item's data the
// record's id or the enum's int value.
namespace Planner::RecordChoices {

// "AI-201 · Applied machine learning", the title in the UI's language; sorted by code.
QString courseLabel(const Course &course);
void fillCourses(QComboBox *box, std::vector<Course> courses);
// "None (online)" first, with id 0, then the venues by name.
void fillVenues(QComboBox *box, std::vector<Venue> venues);
// The choice of no venue (a cohort taught online), as the venue boxes list it.
QString noVenue();
void fillModes(QComboBox *box);
void fillStatuses(QComboBox *box);
// Selects the item whose data is value; returns whether there was one.
bool select(QComboBox *box, const QVariant &value);
// The weekdays and times of day of a pattern in words: "Mon, Wed, Fri · Morning, Afternoon".
QString describePattern(int weekdayMask, int slotMask);

} // namespace Planner::RecordChoices

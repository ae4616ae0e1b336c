// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace Planner {

// A cohort as two versions of a plan are compared by: its code (the key), its days, venue
// and instructors (by staff number, lead first).
struct CohortSnapshot
{
    QString code;
    QString course;
    QString venue;
    std::vector<QDate> days; // distinct, ascending
    QStringList instructors;
    bool operator==(const CohortSnapshot &) const = default;
};

// What differs between two versions of a plan's cohorts of a year: cohorts added,
// removed, moved (other days or venue) and restaffed (other instructors), and the
// assignments (cohort, instructor) added and removed.
struct ScenarioDiff
{
    enum class Kind { Added, Removed, Moved, Restaffed };
    struct Line
    {
        Kind kind = Kind::Added;
        QString cohort;
        QString before; // "2027-03-02 – 2027-03-20, Haidian" or "I0012, I0040"; empty when added
        QString after;  // empty when removed
    };
    std::vector<Line> lines; // by cohort code, then kind
    int added = 0;
    int removed = 0;
    int moved = 0;
    int restaffed = 0;
    int assignmentsAdded = 0;
    int assignmentsRemoved = 0;

    bool isEmpty() const { return lines.empty(); }
    static ScenarioDiff between(std::vector<CohortSnapshot> before,
                                std::vector<CohortSnapshot> after);
};

} // namespace Planner

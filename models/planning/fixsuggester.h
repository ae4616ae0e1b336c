// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictengine.h"

#include <QString>

#include <vector>

namespace Planner {

// A change that would clear a conflict without creating a blocking one, checked against
// the same rules.
struct FixSuggestion
{
    enum class Kind {
        Substitute, // give the cohort another instructor in the same role
        AddLead,    // give a cohort without a lead one
        Move,       // move all the cohort's sessions by whole weeks
        ChangeVenue // move the cohort to a venue with seats that is free then
    };
    Kind kind = Kind::Substitute;
    Id cohortId = 0;
    Id instructorId = 0;         // the substitute or the new lead
    Id replacedInstructorId = 0; // for Substitute
    int shiftDays = 0;           // for Move
    QDate newStart;              // for Move
    Id venueId = 0;              // for ChangeVenue
    int warnings = 0;            // warnings the change would still leave on the cohort
    QString description;
};

// Finds fixes for one conflict: for an instructor's conflict a qualified, free substitute
// (fewest warnings, then lightest load first); for a clash in time the nearest weeks the
// cohort could move to; for a venue problem a venue with seats that is free. Each fix is
// tried on a copy of the engine, so it is conflict-free by the same rules. Pure logic.
class FixSuggester final
{
public:
    // Moves never bring a cohort's start before notBefore (today, in the app); an invalid
    // date allows any.
    explicit FixSuggester(const ConflictEngine &engine, QDate notBefore = {});

    std::vector<FixSuggestion> suggest(const Conflict &conflict, int maxPerKind = 3) const;

private:
    std::vector<FixSuggestion> instructors(const Conflict &conflict, int max) const;
    std::vector<FixSuggestion> moves(const Conflict &conflict, int max) const;
    std::vector<FixSuggestion> venues(const Conflict &conflict, int max) const;

    const ConflictEngine &m_engine;
    QDate m_notBefore;
};

} // namespace Planner

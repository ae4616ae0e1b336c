// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictengine.h"
#include "teachingload.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Planner {

// One instructor as a candidate for a role in a cohort: whether assigning them would
// block or warn under the conflict rules, why (the engine's explanations), and how loaded
// they are.
struct Candidate
{
    enum class Status { Ok, Warning, Blocked };

    Id instructorId = 0;
    QString name;
    QString code;
    Status status = Status::Ok;
    std::vector<Conflict> conflicts; // what the assignment would add, blocking ones first
    QStringList reasons;             // their explanations, in the same order
    bool qualified = true;           // no missing or lapsed qualification
    bool free = true;                // no double booking, no leave on a session date
    bool underLimits = true;         // within the weekly, monthly and yearly limits
    bool sameDistrict = false;       // lives in the district of the cohort's venue
    // Teaching days already booked in the week, month and year of the cohort's first
    // session (without this cohort), against the instructor's limits.
    TeachingLoad load;
    TeachingLoad limits;
    int blocking() const;
    int warnings() const;
};

// Ranks every instructor not yet assigned to a cohort for a role: candidates the rules
// allow first, then those with fewest warnings, the least loaded in the cohort's year,
// and those living in the venue's district. Each candidate is tried with
// ConflictEngine::whatIf, so the reasons are the engine's own. Pure logic.
class CandidateRanker final
{
public:
    explicit CandidateRanker(const ConflictEngine &engine);

    std::vector<Candidate> rank(Id cohortId, InstructorRole role) const;
    // One instructor, ranked or not (also one already assigned, as if assigned again in role).
    Candidate evaluate(Id cohortId, Id instructorId, InstructorRole role) const;

private:
    const ConflictEngine &m_engine;
};

} // namespace Planner

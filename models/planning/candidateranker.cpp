// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidateranker.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace Planner {

namespace {

template <typename T> const T *byId(const std::vector<T> &records, Id id)
{
    const auto it =
        std::find_if(records.begin(), records.end(), [id](const T &r) { return r.id == id; });
    return it != records.end() ? &*it : nullptr;
}

bool isQualificationRule(ConflictRule rule)
{
    return rule == ConflictRule::InstructorNotQualified ||
           rule == ConflictRule::QualificationExpired;
}

bool isAvailabilityRule(ConflictRule rule)
{
    return rule == ConflictRule::InstructorDoubleBooked || rule == ConflictRule::InstructorOnLeave;
}

bool isLimitRule(ConflictRule rule)
{
    return rule == ConflictRule::OverWeeklyLimit || rule == ConflictRule::OverMonthlyLimit ||
           rule == ConflictRule::OverYearlyLimit;
}

} // namespace

int Candidate::blocking() const
{
    return int(std::count_if(conflicts.begin(), conflicts.end(),
                             [](const Conflict &c) { return c.severity == Severity::Block; }));
}

int Candidate::warnings() const
{
    return int(std::count_if(conflicts.begin(), conflicts.end(),
                             [](const Conflict &c) { return c.severity == Severity::Warn; }));
}

CandidateRanker::CandidateRanker(const ConflictEngine &engine) : m_engine(engine) {}

Candidate CandidateRanker::evaluate(Id cohortId, Id instructorId, InstructorRole role) const
{
    const ConflictInput &input = m_engine.input();
    Candidate candidate;
    candidate.instructorId = instructorId;
    const Instructor *instructor = byId(input.instructors, instructorId);
    if (instructor) {
        candidate.name = instructor->name;
        candidate.code = instructor->code;
        candidate.limits = {instructor->maxDaysPerWeek, instructor->maxDaysPerMonth,
                            instructor->maxDaysPerYear};
    }

    // Blocking conflicts first, each group in the engine's order (by date).
    candidate.conflicts = m_engine.whatIf(CohortInstructor{cohortId, instructorId, role, false});
    std::stable_partition(candidate.conflicts.begin(), candidate.conflicts.end(),
                          [](const Conflict &c) { return c.severity == Severity::Block; });
    for (const Conflict &c : candidate.conflicts) {
        candidate.reasons.append(c.explanation);
        candidate.qualified = candidate.qualified && !isQualificationRule(c.rule);
        candidate.free = candidate.free && !isAvailabilityRule(c.rule);
        candidate.underLimits = candidate.underLimits && !isLimitRule(c.rule);
    }
    candidate.status = candidate.blocking() > 0      ? Candidate::Status::Blocked
                       : candidate.conflicts.empty() ? Candidate::Status::Ok
                                                     : Candidate::Status::Warning;

    const Cohort *cohort = byId(input.cohorts, cohortId);
    if (cohort && instructor && !instructor->homeDistrict.isEmpty()) {
        if (const Venue *venue = byId(input.venues, cohort->venueId))
            candidate.sameDistrict = !venue->online && venue->district == instructor->homeDistrict;
    }

    // The load around the cohort's first session, from the instructor's other cohorts.
    QDate first;
    for (const Session &s : input.sessions) {
        if (s.cohortId == cohortId && (!first.isValid() || s.date < first))
            first = s.date;
    }
    if (first.isValid()) {
        std::set<Id> others;
        for (const CohortInstructor &a : input.cohortInstructors) {
            if (a.instructorId == instructorId && a.cohortId != cohortId)
                others.insert(a.cohortId);
        }
        for (const Cohort &c : input.cohorts) {
            if (c.status == CohortStatus::Cancelled)
                others.erase(c.id);
        }
        std::vector<QDate> dates;
        for (const Session &s : input.sessions) {
            if (others.count(s.cohortId))
                dates.push_back(s.date);
        }
        candidate.load = TeachingLoad::on(dates, first);
    }
    return candidate;
}

std::vector<Candidate> CandidateRanker::rank(Id cohortId, InstructorRole role) const
{
    const ConflictInput &input = m_engine.input();
    std::set<Id> assigned;
    for (const CohortInstructor &a : input.cohortInstructors) {
        if (a.cohortId == cohortId)
            assigned.insert(a.instructorId);
    }
    std::vector<Candidate> candidates;
    for (const Instructor &i : input.instructors) {
        if (!assigned.count(i.id))
            candidates.push_back(evaluate(cohortId, i.id, role));
    }
    const auto key = [](const Candidate &c) {
        return std::make_tuple(c.status == Candidate::Status::Blocked, c.blocking(), c.warnings(),
                               c.load.year, !c.sameDistrict);
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](const Candidate &a, const Candidate &b) {
                         const auto ka = key(a);
                         const auto kb = key(b);
                         if (ka != kb)
                             return ka < kb;
                         return std::tie(a.name, a.instructorId) < std::tie(b.name, b.instructorId);
                     });
    return candidates;
}

} // namespace Planner

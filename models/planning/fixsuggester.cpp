// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixsuggester.h"

#include "domain/workcalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::FixSuggester)
};

std::vector<Conflict> concerning(const std::vector<Conflict> &all, Id cohortId)
{
    std::vector<Conflict> result;
    for (const Conflict &c : all) {
        if (c.cohortId == cohortId || c.otherCohortId == cohortId)
            result.push_back(c);
    }
    return result;
}

// Whether a trial change clears the conflict without a new blocking conflict for the
// cohort; sets *warnings to the warnings the cohort is left with.
bool clears(const Conflict &target, const std::vector<Conflict> &before,
            const std::vector<Conflict> &after, int *warnings)
{
    *warnings = 0;
    for (const Conflict &c : after) {
        if (c == target)
            return false;
        if (c.severity != Severity::Block) {
            ++*warnings;
            continue;
        }
        if (std::find(before.begin(), before.end(), c) == before.end())
            return false;
    }
    return true;
}

template <typename T> const T *byId(const std::vector<T> &records, Id id)
{
    const auto it =
        std::find_if(records.begin(), records.end(), [id](const T &r) { return r.id == id; });
    return it != records.end() ? &*it : nullptr;
}

} // namespace

FixSuggester::FixSuggester(const ConflictEngine &engine, QDate notBefore)
    : m_engine(engine), m_notBefore(notBefore)
{}

std::vector<FixSuggestion> FixSuggester::suggest(const Conflict &conflict, int maxPerKind) const
{
    std::vector<FixSuggestion> fixes;
    if (conflict.cohortId == 0 && !isInstructorRule(conflict.rule))
        return fixes;
    auto append = [&](std::vector<FixSuggestion> more) {
        fixes.insert(fixes.end(), std::make_move_iterator(more.begin()),
                     std::make_move_iterator(more.end()));
    };
    switch (conflict.rule) {
    case ConflictRule::InstructorDoubleBooked:
    case ConflictRule::InstructorOnLeave:
        append(instructors(conflict, maxPerKind));
        append(moves(conflict, maxPerKind));
        break;
    case ConflictRule::InstructorNotQualified:
    case ConflictRule::QualificationExpired:
    case ConflictRule::NoLead:
        append(instructors(conflict, maxPerKind));
        break;
    case ConflictRule::OverWeeklyLimit:
    case ConflictRule::OverMonthlyLimit:
    case ConflictRule::OverYearlyLimit:
        // Limits concern the instructor's whole period, not one cohort: nothing to swap
        // without choosing a cohort first.
        break;
    case ConflictRule::VenueDoubleBooked:
        append(venues(conflict, maxPerKind));
        append(moves(conflict, maxPerKind));
        break;
    case ConflictRule::VenueTooSmall:
        append(venues(conflict, maxPerKind));
        break;
    case ConflictRule::NonWorkingDay:
        append(moves(conflict, maxPerKind));
        break;
    case ConflictRule::OverCapacity:
    case ConflictRule::CalendarMissing: // the remedy is the year's calendar, not a change to the
                                        // cohort
        break;
    }
    return fixes;
}

std::vector<FixSuggestion> FixSuggester::instructors(const Conflict &conflict, int max) const
{
    const ConflictInput &input = m_engine.input();
    const Id cohortId = conflict.cohortId;
    const Cohort *cohort = byId(input.cohorts, cohortId);
    if (!cohort)
        return {};
    InstructorRole role = InstructorRole::Lead;
    std::set<Id> assigned;
    for (const CohortInstructor &ci : input.cohortInstructors) {
        if (ci.cohortId != cohortId)
            continue;
        assigned.insert(ci.instructorId);
        if (ci.instructorId == conflict.instructorId)
            role = ci.role;
    }
    // Teaching days per instructor, to prefer the less loaded.
    std::map<Id, std::set<QDate>> days;
    std::map<Id, std::vector<QDate>> sessionsByCohort;
    for (const Session &s : input.sessions)
        sessionsByCohort[s.cohortId].push_back(s.date);
    for (const CohortInstructor &ci : input.cohortInstructors) {
        for (const QDate &d : sessionsByCohort[ci.cohortId])
            days[ci.instructorId].insert(d);
    }
    struct Candidate
    {
        Id id;
        int warnings;
        int load;
    };
    std::vector<Candidate> candidates;
    for (const Instructor &i : input.instructors) {
        if (assigned.count(i.id))
            continue;
        CohortInstructor trial{cohortId, i.id, role, false};
        int blocking = 0;
        int warnings = 0;
        for (const Conflict &c : m_engine.whatIf(trial))
            (c.severity == Severity::Block ? blocking : warnings) += 1;
        if (blocking == 0)
            candidates.push_back({i.id, warnings, int(days[i.id].size())});
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            return std::tie(a.warnings, a.load, a.id) < std::tie(b.warnings, b.load, b.id);
        });
    std::vector<FixSuggestion> fixes;
    const Instructor *replaced = byId(input.instructors, conflict.instructorId);
    for (const Candidate &c : candidates) {
        if (int(fixes.size()) >= max)
            break;
        const Instructor *instructor = byId(input.instructors, c.id);
        FixSuggestion fix;
        fix.cohortId = cohortId;
        fix.instructorId = c.id;
        fix.warnings = c.warnings;
        if (conflict.rule == ConflictRule::NoLead || !replaced) {
            fix.kind = FixSuggestion::Kind::AddLead;
            fix.description =
                Tr::tr(
                    "Make %1 the lead of %2 (qualified and free; %n teaching day(s) booked so far)",
                    nullptr, c.load)
                    .arg(instructor->name, cohort->code);
        } else {
            fix.kind = FixSuggestion::Kind::Substitute;
            fix.replacedInstructorId = replaced->id;
            fix.description =
                Tr::tr(
                    "Replace %1 by %2 in %3 (qualified and free; %n teaching day(s) booked so far)",
                    nullptr, c.load)
                    .arg(replaced->name, instructor->name, cohort->code);
        }
        if (c.warnings > 0)
            fix.description += Tr::tr(" — leaves %n warning(s)", nullptr, c.warnings);
        fixes.push_back(std::move(fix));
    }
    return fixes;
}

std::vector<FixSuggestion> FixSuggester::moves(const Conflict &conflict, int max) const
{
    const ConflictInput &input = m_engine.input();
    const Cohort *cohort = byId(input.cohorts, conflict.cohortId);
    if (!cohort)
        return {};
    std::vector<Session> sessions;
    for (const Session &s : input.sessions) {
        if (s.cohortId == cohort->id)
            sessions.push_back(s);
    }
    if (sessions.empty())
        return {};
    const QDate start =
        std::min_element(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) {
            return a.date < b.date;
        })->date;
    const WorkCalendar calendar(input.calendar);
    const std::vector<Conflict> before = concerning(m_engine.conflicts(), cohort->id);
    std::vector<FixSuggestion> fixes;
    // Whole weeks keep the cohort's weekday pattern; nearest first, later before earlier.
    for (int weeks : {1, -1, 2, -2, 3, -3, 4, -4, 6, 8}) {
        if (int(fixes.size()) >= max)
            break;
        if (m_notBefore.isValid() && start.addDays(7 * weeks) < m_notBefore)
            continue; // the past cannot be planned
        std::vector<Session> moved = sessions;
        bool working = true;
        for (Session &s : moved) {
            s.date = s.date.addDays(7 * weeks);
            working = working && calendar.isWorkingDay(s.date);
        }
        if (!working)
            continue;
        ConflictEngine trial = m_engine;
        trial.setSessions(cohort->id, moved);
        int warnings = 0;
        if (!clears(conflict, before, concerning(trial.conflicts(), cohort->id), &warnings))
            continue;
        FixSuggestion fix;
        fix.kind = FixSuggestion::Kind::Move;
        fix.cohortId = cohort->id;
        fix.shiftDays = 7 * weeks;
        fix.newStart = start.addDays(7 * weeks);
        fix.warnings = warnings;
        fix.description =
            weeks > 0 ? Tr::tr("Move %1 %n week(s) later, to start on %2", nullptr, weeks)
                            .arg(cohort->code, fix.newStart.toString(Qt::ISODate))
                      : Tr::tr("Move %1 %n week(s) earlier, to start on %2", nullptr, -weeks)
                            .arg(cohort->code, fix.newStart.toString(Qt::ISODate));
        if (warnings > 0)
            fix.description += Tr::tr(" — leaves %n warning(s)", nullptr, warnings);
        fixes.push_back(std::move(fix));
    }
    return fixes;
}

std::vector<FixSuggestion> FixSuggester::venues(const Conflict &conflict, int max) const
{
    const ConflictInput &input = m_engine.input();
    const Cohort *cohort = byId(input.cohorts, conflict.cohortId);
    if (!cohort || cohort->mode == CohortMode::Online)
        return {};
    const Venue *current = byId(input.venues, cohort->venueId);
    // Physical venues with enough seats, the closest fit first (same district preferred).
    std::vector<const Venue *> candidates;
    for (const Venue &v : input.venues) {
        if (!v.online && v.id != cohort->venueId && v.seats >= cohort->capacity)
            candidates.push_back(&v);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Venue *a, const Venue *b) {
        const bool sameA = current && a->district == current->district;
        const bool sameB = current && b->district == current->district;
        return std::tie(sameB, a->seats, a->id) < std::tie(sameA, b->seats, b->id);
    });
    const std::vector<Conflict> before = concerning(m_engine.conflicts(), cohort->id);
    std::vector<FixSuggestion> fixes;
    for (const Venue *v : candidates) {
        if (int(fixes.size()) >= max)
            break;
        Cohort moved = *cohort;
        moved.venueId = v->id;
        ConflictEngine trial = m_engine;
        trial.updateCohort(moved);
        int warnings = 0;
        if (!clears(conflict, before, concerning(trial.conflicts(), cohort->id), &warnings))
            continue;
        FixSuggestion fix;
        fix.kind = FixSuggestion::Kind::ChangeVenue;
        fix.cohortId = cohort->id;
        fix.venueId = v->id;
        fix.warnings = warnings;
        fix.description = Tr::tr("Move %1 to %2 (%3, %4 seats), free at all its sessions")
                              .arg(cohort->code, v->name, v->district)
                              .arg(v->seats);
        if (warnings > 0)
            fix.description += Tr::tr(" — leaves %n warning(s)", nullptr, warnings);
        fixes.push_back(std::move(fix));
    }
    return fixes;
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrules.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>

namespace Planner::PlanRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner::PlanRules", text);
}

struct CohortCount
{
    int held = 0;
    std::vector<const Enrollment *> waiting;
    std::vector<const Enrollment *> certified;
};

} // namespace

QString ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::OverCapacity:
        return QStringLiteral("over_capacity");
    case Rule::WaitlistNumbering:
        return QStringLiteral("waitlist_numbering");
    case Rule::FreeSeatWhileWaiting:
        return QStringLiteral("free_seat_while_waiting");
    case Rule::CertificateBeforeStart:
        return QStringLiteral("certificate_before_start");
    case Rule::Overlap:
        return QStringLiteral("overlap");
    }
    return {};
}

QString Broken::key() const
{
    QString key = ruleKey(rule);
    // A breach is the same one when it concerns the same records, whatever its figures.
    for (const auto *ids : {&cohorts, &trainees, &enrollments}) {
        key += QLatin1Char('/');
        for (Id id : *ids)
            key += QString::number(id) + QLatin1Char(',');
    }
    return key;
}

std::vector<Broken> check(const EnrollmentInput &input, const Scope &scope)
{
    std::vector<Broken> broken;
    std::map<Id, const EnrollmentCohort *> cohorts;
    for (const EnrollmentCohort &c : input.cohorts)
        cohorts.emplace(c.id, &c);
    auto name = [&](Id traineeId) {
        const auto it = input.traineeNames.constFind(traineeId);
        return it != input.traineeNames.cend() && !it->isEmpty() ? *it
                                                                 : tr("trainee %1").arg(traineeId);
    };

    // Per cohort: the seats held, the waiting list and the certificates.
    std::map<Id, CohortCount> counts;
    std::map<Id, std::vector<const Enrollment *>> byTrainee;
    for (const Enrollment &e : input.enrollments) {
        if (scope.all || scope.cohorts.count(e.cohortId)) {
            CohortCount &count = counts[e.cohortId];
            if (EnrollmentRules::holdsSeat(e.status))
                ++count.held;
            else if (e.status == EnrollmentStatus::Waitlisted)
                count.waiting.push_back(&e);
            if (e.certifiedOn.isValid())
                count.certified.push_back(&e);
        }
        byTrainee[e.traineeId].push_back(&e);
    }

    for (const auto &[id, cohort] : cohorts) {
        if (!scope.all && !scope.cohorts.count(id))
            continue;
        const CohortCount &count = counts[id];
        if (count.held > cohort->capacity)
            broken.push_back(
                {Rule::OverCapacity,
                 QCoreApplication::translate("Planner::PlanRules",
                                             "Cohort %1 seats %2 trainees, more than its %n seats.",
                                             nullptr, cohort->capacity)
                     .arg(cohort->code)
                     .arg(count.held),
                 {id},
                 {},
                 {}});
        if (!count.waiting.empty()) {
            std::vector<int> positions;
            for (const Enrollment *e : count.waiting)
                positions.push_back(e->waitlistPosition);
            std::sort(positions.begin(), positions.end());
            bool numbered = true;
            for (std::size_t i = 0; i < positions.size(); ++i)
                numbered = numbered && positions[i] == int(i) + 1;
            if (!numbered) {
                Broken b{Rule::WaitlistNumbering,
                         tr("The waiting list of cohort %1 is not numbered 1 to %2.")
                             .arg(cohort->code)
                             .arg(positions.size()),
                         {id},
                         {},
                         {}};
                broken.push_back(std::move(b));
            }
            const bool stillToRun = cohort->status == CohortStatus::Planned ||
                                    cohort->status == CohortStatus::Open ||
                                    cohort->status == CohortStatus::Running;
            if (stillToRun && count.held < cohort->capacity)
                broken.push_back({Rule::FreeSeatWhileWaiting,
                                  QCoreApplication::translate(
                                      "Planner::PlanRules",
                                      "Cohort %1 has %n free seats while trainees wait for one.",
                                      nullptr, cohort->capacity - count.held)
                                      .arg(cohort->code),
                                  {id},
                                  {},
                                  {}});
        }
        for (const Enrollment *e : count.certified) {
            if (const auto v =
                    EnrollmentRules::checkCertificate(name(e->traineeId), e->certifiedOn, *cohort);
                !v)
                broken.push_back(
                    {Rule::CertificateBeforeStart, v.message(), {id}, {e->traineeId}, {e->id}});
        }
    }

    // Per trainee named, or enrolled in a cohort named (whose dates may have moved).
    std::set<Id> trainees = scope.trainees;
    if (!scope.all) {
        for (const Enrollment &e : input.enrollments)
            if (scope.cohorts.count(e.cohortId))
                trainees.insert(e.traineeId);
    }
    for (const auto &[traineeId, enrollments] : byTrainee) {
        if (!scope.all && !trainees.count(traineeId))
            continue;
        std::vector<std::pair<const Enrollment *, const EnrollmentCohort *>> blocking;
        for (const Enrollment *e : enrollments) {
            const auto it = cohorts.find(e->cohortId);
            if (it != cohorts.end() && EnrollmentRules::blocksOverlap(e->status, *it->second) &&
                it->second->start.isValid())
                blocking.emplace_back(e, it->second);
        }
        std::sort(blocking.begin(), blocking.end(),
                  [](const auto &a, const auto &b) { return a.second->start < b.second->start; });
        for (std::size_t i = 0; i < blocking.size(); ++i) {
            for (std::size_t j = i + 1;
                 j < blocking.size() && blocking[j].second->start <= blocking[i].second->end; ++j) {
                const auto &[first, firstCohort] = blocking[i];
                const auto &[second, secondCohort] = blocking[j];
                if (firstCohort->id == secondCohort->id)
                    continue;
                const auto refusal = EnrollmentRules::checkOverlap(name(traineeId), first->status,
                                                                   *firstCohort, *secondCohort);
                if (refusal)
                    continue;
                broken.push_back(
                    {Rule::Overlap,
                     refusal.message(),
                     {std::min(firstCohort->id, secondCohort->id),
                      std::max(firstCohort->id, secondCohort->id)},
                     {traineeId},
                     {std::min(first->id, second->id), std::max(first->id, second->id)}});
            }
        }
    }
    return broken;
}

} // namespace Planner::PlanRules

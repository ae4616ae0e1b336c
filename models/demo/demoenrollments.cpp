// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demobuilder.h"

#include <algorithm>
#include <numeric>

namespace Planner::Demo {

int Builder::newTrainee(Rng &rng)
{
    const int index = int(m_plan.trainees.size());
    const PersonName person = rng.percent(3) ? englishName(rng) : chineseName(rng);
    const Company &company = m_companies[std::size_t(rng.below(CompanyCount))];
    Trainee trainee;
    trainee.id = index + 1;
    trainee.idNumber = idNumber(rng);
    trainee.name = person.name;
    trainee.employer = company.name;
    trainee.district =
        str(Districts[rng.percent(75) ? company.district : pickWeighted(rng, Districts)].name);
    trainee.email = uniqueEmail(person.local, company.domain);
    trainee.phone = phone(rng);
    m_plan.trainees.push_back(std::move(trainee));
    m_lastDay.push_back(-1);
    m_courses.push_back(0);
    return index;
}

// Some enrollments are earlier trainees taking a further course: the next level of the
// same track, or another track's foundation course.
int Builder::pickTrainee(const Draft &draft, Rng &rng)
{
    const int course = draft.course;
    if (rng.percent(12)) {
        const CourseSpec &spec = CourseSpecs[course];
        const int track = spec.level == CourseLevel::Foundation
                              ? (spec.track + 1 + rng.below(TrackCount - 1)) % TrackCount
                              : spec.track;
        const auto &pool = m_completedIn[std::size_t(track)];
        for (int attempt = 0; attempt < 4 && !pool.empty(); ++attempt) {
            const int t = pool[std::size_t(rng.below(pool.size()))];
            // Every cohort the trainee holds must end before this one starts.
            if (m_lastDay[std::size_t(t)] < draft.days.front() &&
                (m_courses[std::size_t(t)] & (1u << course)) == 0)
                return t;
        }
    }
    return -1;
}

void Builder::buildEnrollments()
{
    Rng rng(m_seed, StreamEnrollments);
    Rng people(m_seed, StreamTrainees);
    m_plan.trainees.reserve(std::size_t(m_years) * TraineesPerYear + TraineesPerYear);
    m_plan.enrollments.reserve(std::size_t(m_years) * 12000);

    // Each plan year brings about 10,000 new trainees. Those a year's cohorts do not take
    // (yet) are still registered: nominated by their employers and waiting for a place.
    int year = m_firstYear;
    int newThisYear = 0;
    const auto closeYear = [&] {
        for (; newThisYear < TraineesPerYear; ++newThisYear)
            newTrainee(people);
        ++year;
        newThisYear = 0;
    };

    struct Pick
    {
        qint64 enrolledOn;
        int trainee;
    };
    std::vector<Pick> picks;
    for (std::size_t pos = 0; pos < m_order.size(); ++pos) {
        const Draft &draft = m_drafts[std::size_t(m_order[pos])];
        while (year < draft.year)
            closeYear();
        const Id cohortId = Id(pos) + 1;
        const CourseSpec &course = CourseSpecs[draft.course];
        const qint64 firstJd = m_baseJd + draft.days.front();
        const qint64 lastJd = m_baseJd + draft.days.back();
        const int capacity = draft.capacity;
        const auto share = [&](int lowPermille, int highPermille) {
            return (capacity * rng.between(lowPermille, highPermille) + 500) / 1000;
        };

        int count = 0;
        switch (draft.status) {
        case CohortStatus::Completed:
        case CohortStatus::Running:
            count = share(850, 1000);
            break;
        case CohortStatus::Open:
            count = share(400, 1100);
            break;
        case CohortStatus::Planned:
            count = share(0, 300);
            break;
        case CohortStatus::Cancelled:
            count = rng.percent(50) ? rng.between(1, 6) : 0;
            break;
        }

        picks.clear();
        for (int k = 0; k < count; ++k) {
            int t = pickTrainee(draft, rng);
            if (t < 0) {
                t = newTrainee(people);
                ++newThisYear;
            }
            m_lastDay[std::size_t(t)] = std::max(m_lastDay[std::size_t(t)], draft.days.back());
            m_courses[std::size_t(t)] |= quint16(1u << draft.course);
            qint64 enrolledOn = firstJd - rng.between(10, 60);
            if (enrolledOn > m_asOfJd)
                enrolledOn = m_asOfJd - rng.between(0, 30);
            picks.push_back({enrolledOn, t});
        }
        // First come, first served: the waiting list follows the enrollment dates.
        std::stable_sort(picks.begin(), picks.end(),
                         [](const Pick &a, const Pick &b) { return a.enrolledOn < b.enrolledOn; });

        int waitlist = 0;
        for (std::size_t k = 0; k < picks.size(); ++k) {
            Enrollment e;
            e.id = Id(m_plan.enrollments.size()) + 1;
            e.traineeId = picks[k].trainee + 1;
            e.cohortId = cohortId;
            e.enrolledOn = QDate::fromJulianDay(picks[k].enrolledOn);
            switch (draft.status) {
            case CohortStatus::Completed: {
                const int roll = rng.below(1000);
                if (roll < 880) {
                    e.status = EnrollmentStatus::Completed;
                    e.attendance = rng.between(75, 100) / 100.0;
                    e.score = rng.between(600, 1000) / 10.0;
                    const qint64 certifiedOn = lastJd + rng.between(14, 30);
                    if (certifiedOn <= m_asOfJd) {
                        e.certification = static_cast<CertificationLevel>(int(course.level) + 1);
                        e.certifiedOn = QDate::fromJulianDay(certifiedOn);
                    }
                    m_completedIn[std::size_t(course.track)].push_back(picks[k].trainee);
                } else if (roll < 930) {
                    e.status = EnrollmentStatus::Failed;
                    e.attendance = rng.between(70, 100) / 100.0;
                    e.score = rng.between(400, 599) / 10.0;
                } else {
                    // Left part way: attendance so far, no exam.
                    e.status = EnrollmentStatus::Withdrawn;
                    e.attendance = rng.between(10, 60) / 100.0;
                }
                break;
            }
            case CohortStatus::Running:
                e.status =
                    rng.percent(3) ? EnrollmentStatus::Withdrawn : EnrollmentStatus::Enrolled;
                break;
            case CohortStatus::Open:
                if (int(k) < capacity) {
                    e.status = EnrollmentStatus::Enrolled;
                } else {
                    e.status = EnrollmentStatus::Waitlisted;
                    e.waitlistPosition = ++waitlist;
                }
                break;
            case CohortStatus::Planned:
                e.status = EnrollmentStatus::Enrolled;
                break;
            case CohortStatus::Cancelled:
                e.status = EnrollmentStatus::Withdrawn;
                break;
            }
            m_plan.enrollments.push_back(std::move(e));
        }
    }
    while (year < m_firstYear + m_years)
        closeYear();
}

} // namespace Planner::Demo

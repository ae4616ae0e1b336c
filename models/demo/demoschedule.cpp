// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demobuilder.h"

#include <algorithm>
#include <climits>
#include <numeric>

namespace Planner::Demo {

bool Builder::layDays(int start, int count, bool mwf, std::vector<int> &out) const
{
    out.clear();
    for (int d = start; d < m_dayCount && int(out.size()) < count; ++d) {
        const auto i = std::size_t(d);
        if (!m_working[i])
            continue;
        if (mwf && m_weekday[i] != 1 && m_weekday[i] != 3 && m_weekday[i] != 5)
            continue;
        out.push_back(d);
    }
    return int(out.size()) == count;
}

int Builder::pickVenue(const std::vector<int> &days, quint8 slotMask, int capacity, Rng &rng) const
{
    std::array<int, PhysicalVenueCount> free{};
    int count = 0;
    for (int v = 0; v < PhysicalVenueCount; ++v) {
        if (VenueSpecs[v].seats < capacity)
            continue;
        const auto &occupied = m_venueDays[std::size_t(v)];
        const bool available = std::none_of(days.begin(), days.end(), [&](int d) {
            return (occupied[std::size_t(d)] & slotMask) != 0;
        });
        if (available)
            free[std::size_t(count++)] = v;
    }
    // Spread cohorts over the city rather than filling the best-fitting room first.
    return count == 0 ? -1 : free[std::size_t(rng.below(count))];
}

bool Builder::place(Draft &draft, bool strict, int maxShift, Rng &rng)
{
    const CourseSpec &course = CourseSpecs[draft.course];
    const bool physical = draft.mode != CohortMode::Online;
    const quint8 slotMask = physical ? quint8(MorningBit | AfternoonBit) : EveningBit;
    // A normal weekend is a gap of three days; four allows a one-day holiday, five a
    // Monday off in the Mon/Wed/Fri pattern. Longer breaks (Spring Festival, May Day,
    // Golden Week) would split the course, so such starts are skipped.
    const int maxGap = draft.mwf ? 5 : 4;
    const int yearEnd = dayOf(QDate(draft.year + 1, 1, 1));
    std::vector<int> days;
    for (int shift = 0; shift <= maxShift; ++shift) {
        const int start = draft.target + shift;
        if (start >= m_dayCount || (strict && start >= yearEnd))
            break;
        const auto s = std::size_t(start);
        if (!m_working[s] ||
            (draft.mwf && m_weekday[s] != 1 && m_weekday[s] != 3 && m_weekday[s] != 5))
            continue;
        if (!layDays(start, course.days, draft.mwf, days))
            break;
        if (strict) {
            bool split = false;
            for (std::size_t k = 1; k < days.size() && !split; ++k)
                split = days[k] - days[k - 1] > maxGap;
            if (split)
                continue;
        }
        int venue = m_onlineVenue;
        if (physical) {
            venue = pickVenue(days, slotMask, draft.capacity, rng);
            if (venue < 0)
                continue;
            auto &occupied = m_venueDays[std::size_t(venue)];
            for (int d : days)
                occupied[std::size_t(d)] |= slotMask;
        }
        draft.days = std::move(days);
        draft.venue = venue;
        return true;
    }
    return false;
}

// How far above the course's level the best valid qualification is (0: exactly it, or a
// course qualification); -1 when the instructor may not teach the course on these dates.
int Builder::qualificationGap(const InstructorState &state, int course, qint64 firstJd,
                              qint64 lastJd) const
{
    const CourseSpec &spec = CourseSpecs[course];
    int best = -1;
    for (const QualificationRange &q : state.qualifications) {
        if (q.fromJd > firstJd || q.untilJd < lastJd)
            continue;
        int gap = -1;
        if (q.course == course)
            gap = 0;
        else if (q.track == spec.track && q.level >= spec.level)
            gap = int(q.level) - int(spec.level);
        if (gap >= 0 && (best < 0 || gap < best))
            best = gap;
    }
    return best;
}

bool Builder::withinLimits(const InstructorState &state, const std::vector<int> &days) const
{
    // Only days the instructor does not teach yet count: a teaching day counts once.
    std::array<int, 16> fresh{};
    int count = 0;
    for (int d : days) {
        if ((state.day[std::size_t(d)] & TeachingBits) == 0 && count < int(fresh.size()))
            fresh[std::size_t(count++)] = d;
    }
    for (int k = 0; k < count; ++k) {
        const auto d = std::size_t(fresh[std::size_t(k)]);
        int sameWeek = 0, sameMonth = 0, sameYear = 0;
        for (int j = 0; j < count; ++j) {
            const auto e = std::size_t(fresh[std::size_t(j)]);
            sameWeek += m_weekIndex[e] == m_weekIndex[d] ? 1 : 0;
            sameMonth += m_monthIndex[e] == m_monthIndex[d] ? 1 : 0;
            sameYear += m_yearIndex[e] == m_yearIndex[d] ? 1 : 0;
        }
        if (state.week[m_weekIndex[d]] + sameWeek > state.maxWeek ||
            state.month[m_monthIndex[d]] + sameMonth > state.maxMonth ||
            state.year[m_yearIndex[d]] + sameYear > state.maxYear)
            return false;
    }
    return true;
}

void Builder::book(InstructorState &state, const std::vector<int> &days, quint8 slotMask)
{
    for (int d : days) {
        const auto i = std::size_t(d);
        if ((state.day[i] & TeachingBits) == 0) {
            ++state.week[m_weekIndex[i]];
            ++state.month[m_monthIndex[i]];
            ++state.year[m_yearIndex[i]];
        }
        state.day[i] |= slotMask;
    }
}

int Builder::pickInstructor(const Draft &draft, int exclude) const
{
    const int track = CourseSpecs[draft.course].track;
    const bool physical = draft.mode != CohortMode::Online;
    const quint8 blocked = quint8((physical ? MorningBit | AfternoonBit : EveningBit) | LeaveBit);
    const qint64 firstJd = m_baseJd + draft.days.front();
    const qint64 lastJd = m_baseJd + draft.days.back();
    const auto yearIndex = std::size_t(m_yearIndex[std::size_t(draft.days.front())]);
    const QStringView venueDistrict =
        physical ? QStringView(VenueSpecs[draft.venue].district) : QStringView();
    int best = -1;
    int bestScore = INT_MAX;
    for (int i : m_candidates[std::size_t(track)]) {
        if (i == exclude)
            continue;
        const InstructorState &state = m_instructors[std::size_t(i)];
        const int gap = qualificationGap(state, draft.course, firstJd, lastJd);
        if (gap < 0)
            continue;
        const bool busy = std::any_of(draft.days.begin(), draft.days.end(), [&](int d) {
            return (state.day[std::size_t(d)] & blocked) != 0;
        });
        if (busy || !withinLimits(state, draft.days))
            continue;
        // Least loaded first; keep senior trainers for senior courses; a short commute
        // is a small bonus.
        int score = state.year[yearIndex] + 30 * gap;
        if (physical && venueDistrict == QStringView(Districts[state.district].name))
            score -= 4;
        if (score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

void Builder::planYear(int year, Rng &rng)
{
    std::vector<Draft> drafts;
    const int windowStart = dayOf(QDate(year, 1, 5));
    for (int c = 0; c < CourseCount; ++c) {
        const CourseSpec &course = CourseSpecs[c];
        const int seats =
            TrackSpecs[course.track].target * 1000 / CompletionPermille * course.share / 100;
        const int count = (seats + course.capacity - 1) / course.capacity;
        for (int i = 0; i < count; ++i) {
            Draft draft;
            draft.year = year;
            draft.course = c;
            const int modeRoll = rng.below(100);
            draft.mode = modeRoll < 65   ? CohortMode::InPerson
                         : modeRoll < 90 ? CohortMode::Online
                                         : CohortMode::Hybrid;
            draft.capacity = course.capacity + rng.between(-4, 4);
            draft.mwf = draft.mode == CohortMode::Online ? rng.percent(50) : rng.percent(15);
            // Spread the course's cohorts evenly over the year, each at a random point of
            // its share of the window, ending before the year does.
            const int span = draft.mwf ? (course.days * 7 + 2) / 3 + 2 : course.days * 7 / 5 + 3;
            const int windowEnd = dayOf(QDate(year, 12, 31)) - span - 2;
            const qint64 length = windowEnd - windowStart;
            draft.target = windowStart + int(length * (qint64(i) * 1000 + rng.below(1000)) /
                                             (qint64(count) * 1000));
            drafts.push_back(std::move(draft));
        }
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft &a, const Draft &b) { return a.target < b.target; });

    for (Draft &draft : drafts) {
        if (!place(draft, true, 45, rng) && !place(draft, false, 120, rng)) {
            // No free classroom within months: teach it online rather than drop it.
            draft.mode = CohortMode::Online;
            draft.movedOnline = true;
            place(draft, false, 120, rng);
        }
        if (draft.days.empty())
            continue; // cannot happen with the grid's spare half year; be safe anyway

        const qint64 firstJd = m_baseJd + draft.days.front();
        const qint64 lastJd = m_baseJd + draft.days.back();
        if (lastJd < m_asOfJd)
            draft.status = rng.percent(4) ? CohortStatus::Cancelled : CohortStatus::Completed;
        else if (firstJd <= m_asOfJd)
            draft.status = CohortStatus::Running;
        else if (firstJd - m_asOfJd <= 45)
            draft.status = CohortStatus::Open;
        else
            draft.status = CohortStatus::Planned;

        const quint8 slotMask =
            draft.mode == CohortMode::Online ? EveningBit : quint8(MorningBit | AfternoonBit);
        draft.lead = pickInstructor(draft, -1);
        if (draft.lead >= 0) {
            book(m_instructors[std::size_t(draft.lead)], draft.days, slotMask);
            if (draft.capacity > 35) {
                draft.assistant = pickInstructor(draft, draft.lead);
                if (draft.assistant >= 0)
                    book(m_instructors[std::size_t(draft.assistant)], draft.days, slotMask);
            }
        }
        m_drafts.push_back(std::move(draft));
    }
}

void Builder::assembleCohorts()
{
    m_order.resize(m_drafts.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        const Draft &x = m_drafts[std::size_t(a)];
        const Draft &y = m_drafts[std::size_t(b)];
        if (x.year != y.year)
            return x.year < y.year;
        if (x.days.front() != y.days.front())
            return x.days.front() < y.days.front();
        return x.course < y.course;
    });

    std::vector<int> sequence(std::size_t(m_years) * CourseCount, 0);
    m_plan.cohorts.reserve(m_order.size());
    m_plan.sessions.reserve(m_order.size() * 16);
    for (std::size_t pos = 0; pos < m_order.size(); ++pos) {
        const Draft &draft = m_drafts[std::size_t(m_order[pos])];
        const Id cohortId = Id(pos) + 1;
        const int number = ++sequence[std::size_t(draft.year - m_firstYear) * CourseCount +
                                      std::size_t(draft.course)];
        Cohort cohort;
        cohort.id = cohortId;
        cohort.courseId = draft.course + 1;
        cohort.code = u"%1-%2-%3"_s.arg(str(CourseSpecs[draft.course].code))
                          .arg(draft.year)
                          .arg(number, 3, 10, QLatin1Char('0'));
        cohort.venueId = draft.venue + 1;
        cohort.mode = draft.mode;
        cohort.capacity = draft.capacity;
        cohort.status = draft.status;
        QStringList notes;
        if (draft.mode == CohortMode::Online)
            notes << u"Evening sessions 18:30–21:00"_s;
        if (draft.mode == CohortMode::Hybrid)
            notes << u"Classroom sessions streamed live for remote trainees"_s;
        if (draft.mwf)
            notes << u"Mon/Wed/Fri timetable"_s;
        if (draft.movedOnline)
            notes << u"Moved online: no classroom free"_s;
        if (draft.status == CohortStatus::Cancelled)
            notes << u"Cancelled: too few registrations"_s;
        cohort.notes = notes.join(u"; "_s);
        m_plan.cohorts.push_back(std::move(cohort));

        for (int d : draft.days) {
            const QDate date = dateOf(d);
            if (draft.mode == CohortMode::Online) {
                m_plan.sessions.push_back(
                    Session{Id(m_plan.sessions.size()) + 1, cohortId, date, SessionSlot::Evening});
            } else {
                m_plan.sessions.push_back(
                    Session{Id(m_plan.sessions.size()) + 1, cohortId, date, SessionSlot::Morning});
                m_plan.sessions.push_back(Session{Id(m_plan.sessions.size()) + 1, cohortId, date,
                                                  SessionSlot::Afternoon});
            }
        }
        if (draft.lead >= 0)
            m_plan.cohortInstructors.push_back(
                CohortInstructor{cohortId, draft.lead + 1, InstructorRole::Lead, false});
        if (draft.assistant >= 0)
            m_plan.cohortInstructors.push_back(
                CohortInstructor{cohortId, draft.assistant + 1, InstructorRole::Assistant, false});
    }
}

} // namespace Planner::Demo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demobuilder.h"

#include <algorithm>

namespace Planner::Demo {

// The grid of days, then the catalogue.
Builder::Builder(const DemoOptions &options)
    : m_seed(options.seed), m_firstYear(options.firstYear),
      m_years(std::clamp(options.years, 1, 10)),
      m_asOf(options.asOf.isValid() ? options.asOf : QDate(options.firstYear, 11, 28)),
      m_asOfJd(m_asOf.toJulianDay()), m_calendar(options.calendar)
{
    m_plan.calendar = options.calendar;

    // The grid runs from 1 January of the first year to mid-year after the last, so that
    // late cohorts may finish in January and leave may spill over.
    const QDate first(m_firstYear, 1, 1);
    m_baseJd = first.toJulianDay();
    m_dayCount = int(QDate(m_firstYear + m_years, 6, 30).toJulianDay() - m_baseJd) + 1;
    const int mondayOffset = first.dayOfWeek() - 1;
    m_working.resize(std::size_t(m_dayCount));
    m_weekday.resize(std::size_t(m_dayCount));
    m_weekIndex.resize(std::size_t(m_dayCount));
    m_monthIndex.resize(std::size_t(m_dayCount));
    m_yearIndex.resize(std::size_t(m_dayCount));
    for (int d = 0; d < m_dayCount; ++d) {
        const QDate date = dateOf(d);
        const auto i = std::size_t(d);
        m_working[i] = m_calendar.isWorkingDay(date) ? 1 : 0;
        m_weekday[i] = quint8(date.dayOfWeek());
        m_weekIndex[i] = quint16((d + mondayOffset) / 7);
        m_monthIndex[i] = quint16((date.year() - m_firstYear) * 12 + date.month() - 1);
        m_yearIndex[i] = quint8(date.year() - m_firstYear);
    }

    loadNames();
}

PlanData Builder::run()
{
    buildCatalogue();
    buildCompanies();
    buildInstructors();
    buildLeave();

    Rng rng(m_seed, StreamCohorts);
    for (int y = 0; y < m_years; ++y)
        planYear(m_firstYear + y, rng);
    assembleCohorts();
    buildEnrollments();
    return std::move(m_plan);
}

void Builder::buildCatalogue()
{
    for (int t = 0; t < TrackCount; ++t) {
        const TrackSpec &spec = TrackSpecs[t];
        m_plan.tracks.push_back(Track{t + 1, str(spec.name), str(spec.nameZh), str(spec.colour)});
    }
    for (int c = 0; c < CourseCount; ++c) {
        const CourseSpec &spec = CourseSpecs[c];
        static constexpr const char16_t *grades[] = {u"Junior", u"Intermediate", u"Senior"};
        Course course;
        course.id = c + 1;
        course.trackId = spec.track + 1;
        course.code = str(spec.code);
        course.title = str(spec.title);
        course.titleZh = str(spec.titleZh);
        course.level = spec.level;
        course.days = spec.days;
        course.hoursPerDay = 6.0;
        course.defaultCapacity = spec.capacity;
        course.qualification = u"%1 (%2)"_s.arg(str(TrackSpecs[spec.track].qualification),
                                                str(grades[int(spec.level)]));
        // Per trainee: printed materials and lab accounts, the certification exam.
        static constexpr Yuan materials[] = {300, 500, 800};
        static constexpr Yuan exams[] = {400, 600, 900};
        course.materialsFee = materials[int(spec.level)];
        course.examFee = exams[int(spec.level)];
        m_plan.courses.push_back(std::move(course));
    }
    for (int v = 0; v < PhysicalVenueCount; ++v) {
        const VenueSpec &spec = VenueSpecs[v];
        // A training room's day: a base and a share per seat, to the hundred yuan.
        const Yuan rent = (1500 + Yuan(spec.seats) * 40) / 100 * 100;
        m_plan.venues.push_back(Venue{v + 1, str(spec.name), str(spec.district), str(spec.address),
                                      spec.seats, false, rent, 0});
    }
    m_onlineVenue = PhysicalVenueCount;
    m_plan.venues.push_back(Venue{m_onlineVenue + 1, u"Online classroom 在线课堂"_s, QString(),
                                  QString(), 500, true, 0, 150});
    m_venueDays.assign(std::size_t(PhysicalVenueCount),
                       std::vector<quint8>(std::size_t(m_dayCount)));

    for (int y = 0; y < m_years; ++y) {
        for (int t = 0; t < TrackCount; ++t) {
            const int trainees = TrackSpecs[t].target;
            Target target{m_firstYear + y, t + 1, trainees, trainees * 7 / 10};
            target.budget = Yuan(trainees) * TrackSpecs[t].budgetPerTrainee;
            m_plan.targets.push_back(target);
        }
        // What the programme pays whatever its cohorts: its office, the certification
        // platform, outreach to employers.
        const int year = m_firstYear + y;
        m_plan.fixedCosts.push_back({0, year, u"Programme office 项目办公室"_s, 1'800'000});
        m_plan.fixedCosts.push_back({0, year, u"Certification platform 认证平台"_s, 600'000});
        m_plan.fixedCosts.push_back({0, year, u"Employer outreach 企业对接"_s, 400'000});
    }
}

} // namespace Planner::Demo

// SPDX-License-Identifier: GPL-3.0-or-later
// The demo plan's generator, inside: its random numbers, the programme's catalogue, the
// working state and the Builder whose parts live in demopeople.cpp, demoschedule.cpp and
// demoenrollments.cpp (internal to models/demo).
#pragma once

#include "demo/demoplangenerator.h"
#include "domain/workcalendar.h"

#include <QHash>
#include <QString>

#include <array>
#include <cstdint>
#include <iterator>
#include <unordered_set>
#include <vector>

namespace Planner::Demo {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------
// Random numbers

// xoshiro256** seeded through splitmix64. Both are fully specified algorithms, unlike the
// std::*_distribution templates, whose output differs between standard libraries; the
// bounded helpers below are our own for the same reason.
class Rng
{
public:
    Rng(quint64 seed, quint64 stream)
    {
        // Separate streams per phase, so that changing how (say) leave is drawn does not
        // reshuffle every trainee.
        quint64 x = seed ^ (stream * 0xD1B54A32D192ED03ull);
        for (auto &s : m_state)
            s = splitMix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n), n > 0. Rejection removes the modulo bias.
    quint64 uniform(quint64 n)
    {
        const quint64 threshold = (0 - n) % n;
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % n;
        }
    }
    int below(qint64 n) { return int(uniform(quint64(n))); }

    // Uniform in [lo, hi], both inclusive.
    int between(int lo, int hi) { return lo + int(uniform(quint64(qint64(hi) - lo + 1))); }

    bool percent(int p) { return uniform(100) < quint64(p); }

private:
    static quint64 splitMix64(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_state{};
};

enum Stream : quint64 {
    StreamInstructors = 1,
    StreamLeaves,
    StreamCohorts,
    StreamEnrollments,
    StreamTrainees,
    StreamCompanies,
    StreamProblems,
};

// Index into items, drawn with probability proportional to each item's weight.
template <typename Range> int pickWeighted(Rng &rng, const Range &items)
{
    int total = 0;
    for (const auto &item : items)
        total += item.weight;
    int x = rng.below(total);
    int i = 0;
    for (const auto &item : items) {
        if (x < item.weight)
            return i;
        x -= item.weight;
        ++i;
    }
    return i - 1;
}

inline QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

inline QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

// ---------------------------------------------------------------------------------------
// The programme's catalogue

struct TrackSpec
{
    const char16_t *name;
    const char16_t *nameZh;
    const char16_t *colour;
    const char16_t *qualification;
    int target;            // trainees per year
    int weight;            // share of the instructors whose main track this is
    Yuan budgetPerTrainee; // the year's budget, per trainee of the target
};

// Targets sum to the programme's 10,000 trainees a year.
inline constexpr TrackSpec TrackSpecs[] = {
    {u"Blockchain", u"区块链", u"#4e79a7", u"Blockchain Engineer", 2000, 20, 2600},
    {u"Artificial Intelligence", u"人工智能", u"#f28e2b", u"AI Engineer", 4500, 45, 2800},
    {u"Big Data", u"大数据", u"#59a14f", u"Big Data Engineer", 3500, 35, 2900},
};
inline constexpr int TrackCount = int(std::size(TrackSpecs));

struct CourseSpec
{
    int track;
    const char16_t *code;
    const char16_t *title;
    const char16_t *titleZh;
    CourseLevel level;
    int days;
    int capacity;
    int share; // percent of the track's seats
};

inline constexpr CourseSpec CourseSpecs[] = {
    {0, u"BC-101", u"Blockchain Fundamentals", u"区块链技术基础", CourseLevel::Foundation, 3, 40,
     40},
    {0, u"BC-201", u"Smart Contract Development", u"智能合约开发", CourseLevel::Intermediate, 7, 32,
     22},
    {0, u"BC-202", u"Consortium Blockchain Engineering", u"联盟链工程实践",
     CourseLevel::Intermediate, 6, 30, 20},
    {0, u"BC-301", u"Blockchain Architecture and Security", u"区块链架构与安全",
     CourseLevel::Advanced, 9, 25, 18},
    {1, u"AI-101", u"AI Foundations with Python", u"人工智能基础与Python编程",
     CourseLevel::Foundation, 5, 40, 40},
    {1, u"AI-201", u"Machine Learning Engineering", u"机器学习工程", CourseLevel::Intermediate, 8,
     35, 22},
    {1, u"AI-202", u"Deep Learning and Computer Vision", u"深度学习与计算机视觉",
     CourseLevel::Intermediate, 8, 30, 20},
    {1, u"AI-301", u"Large Language Model Applications", u"大模型应用开发", CourseLevel::Advanced,
     10, 25, 18},
    {2, u"BD-101", u"Big Data Fundamentals", u"大数据技术基础", CourseLevel::Foundation, 5, 40, 40},
    {2, u"BD-201", u"Data Engineering with Spark", u"Spark数据工程", CourseLevel::Intermediate, 8,
     35, 22},
    {2, u"BD-202", u"Data Warehousing and Analytics", u"数据仓库与数据分析",
     CourseLevel::Intermediate, 6, 30, 20},
    {2, u"BD-301", u"Real-time Stream Processing", u"实时流计算", CourseLevel::Advanced, 10, 25,
     18},
};
inline constexpr int CourseCount = int(std::size(CourseSpecs));

struct VenueSpec
{
    const char16_t *name;
    const char16_t *district;
    const char16_t *address;
    int seats;
};

inline constexpr VenueSpec VenueSpecs[] = {
    {u"Zhongguancun Training Centre 中关村培训中心", u"海淀区", u"北京市海淀区中关村大街27号", 120},
    {u"Shangdi Software Park Campus 上地软件园培训基地", u"海淀区", u"北京市海淀区上地信息路10号",
     60},
    {u"Wangjing Innovation Hub 望京创新中心", u"朝阳区", u"北京市朝阳区望京街9号", 80},
    {u"Guomao Learning Centre 国贸学习中心", u"朝阳区", u"北京市朝阳区建国门外大街1号", 50},
    {u"Dongzhimen Academy 东直门学苑", u"东城区", u"北京市东城区东直门南大街5号", 40},
    {u"Financial Street Training Rooms 金融街培训教室", u"西城区", u"北京市西城区金融大街15号", 36},
    {u"Fengtai Science Park Centre 丰台科技园培训中心", u"丰台区", u"北京市丰台区汉威路8号", 70},
    {u"Shougang Park Digital Campus 首钢园数字培训基地", u"石景山区", u"北京市石景山区石景山路68号",
     90},
    {u"City Sub-centre Training Hall 城市副中心培训馆", u"通州区", u"北京市通州区运河东大街56号",
     60},
    {u"Future Science City Campus 未来科学城培训中心", u"昌平区", u"北京市昌平区未来科学城北区2号",
     100},
    {u"Huilongguan Learning Centre 回龙观学习中心", u"昌平区", u"北京市昌平区回龙观西大街18号", 30},
    {u"Yizhuang Tech Training Centre 亦庄科创培训中心", u"大兴区", u"北京市大兴区荣华中路11号", 45},
};
inline constexpr int PhysicalVenueCount = int(std::size(VenueSpecs));

struct DistrictSpec
{
    const char16_t *name;
    int weight;
};

inline constexpr DistrictSpec Districts[] = {
    {u"海淀区", 24},  {u"朝阳区", 22}, {u"东城区", 7}, {u"西城区", 8}, {u"丰台区", 9},
    {u"石景山区", 5}, {u"通州区", 7},  {u"昌平区", 8}, {u"大兴区", 6}, {u"顺义区", 4},
};

inline constexpr int CompanyCount = 120;
inline constexpr int InstructorCount = 150;
inline constexpr int TraineesPerYear = 10000;
// Seats are planned for the target over the share of enrollments that complete.
inline constexpr int CompletionPermille = 880;

inline constexpr quint8 MorningBit = 1;
inline constexpr quint8 AfternoonBit = 2;
inline constexpr quint8 EveningBit = 4;
inline constexpr quint8 TeachingBits = MorningBit | AfternoonBit | EveningBit;
inline constexpr quint8 LeaveBit = 8;

// ---------------------------------------------------------------------------------------
// Working state

struct QualificationRange
{
    int track = -1;  // -1 for a course qualification
    int course = -1; // -1 for a track qualification
    CourseLevel level = CourseLevel::Foundation;
    qint64 fromJd = 0;
    qint64 untilJd = 0; // LLONG_MAX: does not expire
};

struct InstructorState
{
    int district = 0;
    int maxWeek = 5;
    int maxMonth = 16;
    int maxYear = 160;
    std::vector<QualificationRange> qualifications;
    // Per grid day: the slots taught (TeachingBits) and LeaveBit. Dense arrays instead of
    // sets, because every candidate check touches them.
    std::vector<quint8> day;
    std::vector<quint8> week;  // teaching days per grid week
    std::vector<quint8> month; // teaching days per grid month
    std::vector<qint16> year;  // teaching days per plan year
};

struct Draft
{
    int year = 0;
    int course = 0;
    CohortMode mode = CohortMode::InPerson;
    int capacity = 30;
    bool mwf = false; // Monday/Wednesday/Friday timetable rather than consecutive days
    bool movedOnline = false;
    int target = 0;        // wished start, as a grid day
    std::vector<int> days; // teaching days, as grid days
    int venue = -1;
    int lead = -1;
    int assistant = -1;
    CohortStatus status = CohortStatus::Planned;
};

struct Company
{
    QString name;
    QString domain;
    int district = 0;
};

struct PersonName
{
    QString name;
    QString local; // the part of an e-mail address before the '@'
};

class Builder
{
public:
    explicit Builder(const DemoOptions &options);
    PlanData run();

private:
    QDate dateOf(int day) const { return QDate::fromJulianDay(m_baseJd + day); }
    int dayOf(QDate date) const { return int(date.toJulianDay() - m_baseJd); }

    void loadNames(); // the syllables of Chinese names (demopeople.cpp)
    void buildCatalogue();
    void buildCompanies();
    void buildInstructors();
    void buildLeave();
    void planYear(int year, Rng &rng);
    bool place(Draft &draft, bool strict, int maxShift, Rng &rng);
    bool layDays(int start, int count, bool mwf, std::vector<int> &out) const;
    int pickVenue(const std::vector<int> &days, quint8 slotMask, int capacity, Rng &rng) const;
    int pickInstructor(const Draft &draft, int exclude) const;
    int qualificationGap(const InstructorState &state, int course, qint64 firstJd,
                         qint64 lastJd) const;
    bool withinLimits(const InstructorState &state, const std::vector<int> &days) const;
    void book(InstructorState &state, const std::vector<int> &days, quint8 slotMask);
    void assembleCohorts();
    void buildEnrollments();
    int newTrainee(Rng &rng);
    int pickTrainee(const Draft &draft, Rng &rng);

    PersonName chineseName(Rng &rng) const;
    PersonName englishName(Rng &rng) const;
    QString uniqueEmail(const QString &local, const QString &domain);
    static QString phone(Rng &rng);
    QString idNumber(Rng &rng);

    const quint64 m_seed;
    const int m_firstYear;
    const int m_years;
    const QDate m_asOf;
    const qint64 m_asOfJd;
    const WorkCalendar m_calendar;

    qint64 m_baseJd = 0;
    int m_dayCount = 0;
    std::vector<quint8> m_working;
    std::vector<quint8> m_weekday;
    std::vector<quint16> m_weekIndex;
    std::vector<quint16> m_monthIndex;
    std::vector<quint8> m_yearIndex;

    std::vector<QString> m_surnames;
    std::vector<QString> m_givenNames;
    std::vector<Company> m_companies;
    QHash<QString, int> m_emailCounts;
    std::unordered_set<quint64> m_idNumbers;

    std::vector<InstructorState> m_instructors;
    std::array<std::vector<int>, TrackCount> m_candidates; // instructor indexes per track
    std::vector<std::vector<quint8>> m_venueDays;          // per physical venue and grid day
    int m_onlineVenue = 0;

    std::vector<Draft> m_drafts;
    std::vector<int> m_order; // m_drafts in cohort id order

    // Per trainee, for the overlap rule and for reusing trainees in further courses.
    std::vector<int> m_lastDay;     // last teaching day of the trainee's latest cohort
    std::vector<quint16> m_courses; // bit per course taken
    std::array<std::vector<int>, TrackCount> m_completedIn;

    PlanData m_plan;
};

// Adds the planning problems of DemoPlanGenerator::addPlanningProblems (demoproblems.cpp).
void addPlanningProblems(const DemoOptions &options, PlanData &plan);

} // namespace Planner::Demo

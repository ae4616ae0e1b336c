// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoplangenerator.h"
#include "planning/identitydocument.h"

#include "domain/workcalendar.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <iterator>
#include <map>
#include <numeric>
#include <set>
#include <unordered_set>
#include <utility>

namespace Planner {

namespace {

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

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString latin(const char *text)
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
    int target; // trainees per year
    int weight; // share of the instructors whose main track this is
};

// Targets sum to the programme's 10,000 trainees a year.
constexpr TrackSpec TrackSpecs[] = {
    {u"Blockchain", u"区块链", u"#4e79a7", u"Blockchain Engineer", 2000, 20},
    {u"Artificial Intelligence", u"人工智能", u"#f28e2b", u"AI Engineer", 4500, 45},
    {u"Big Data", u"大数据", u"#59a14f", u"Big Data Engineer", 3500, 35},
};
constexpr int TrackCount = int(std::size(TrackSpecs));

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

constexpr CourseSpec CourseSpecs[] = {
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
constexpr int CourseCount = int(std::size(CourseSpecs));

struct VenueSpec
{
    const char16_t *name;
    const char16_t *district;
    const char16_t *address;
    int seats;
};

constexpr VenueSpec VenueSpecs[] = {
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
constexpr int PhysicalVenueCount = int(std::size(VenueSpecs));

struct DistrictSpec
{
    const char16_t *name;
    int weight;
};

constexpr DistrictSpec Districts[] = {
    {u"海淀区", 24},  {u"朝阳区", 22}, {u"东城区", 7}, {u"西城区", 8}, {u"丰台区", 9},
    {u"石景山区", 5}, {u"通州区", 7},  {u"昌平区", 8}, {u"大兴区", 6}, {u"顺义区", 4},
};

// Administrative division codes of Beijing's districts: the first six digits of a
// resident ID number issued there.
constexpr int BeijingRegionCodes[] = {110101, 110102, 110105, 110106, 110107, 110108,
                                      110109, 110111, 110112, 110113, 110114, 110115,
                                      110116, 110117, 110118, 110119};

// ---------------------------------------------------------------------------------------
// People

struct Syllable
{
    const char16_t *hanzi;
    const char *pinyin;
    int weight;
};

// Weights follow the rough frequency of the surnames in China.
constexpr Syllable Surnames[] = {
    {u"王", "wang", 72}, {u"李", "li", 71},   {u"张", "zhang", 67}, {u"刘", "liu", 54},
    {u"陈", "chen", 45}, {u"杨", "yang", 31}, {u"黄", "huang", 24}, {u"赵", "zhao", 21},
    {u"吴", "wu", 20},   {u"周", "zhou", 19}, {u"徐", "xu", 14},    {u"孙", "sun", 13},
    {u"马", "ma", 12},   {u"朱", "zhu", 12},  {u"胡", "hu", 11},    {u"郭", "guo", 11},
    {u"何", "he", 10},   {u"林", "lin", 9},   {u"高", "gao", 9},    {u"罗", "luo", 9},
    {u"郑", "zheng", 8}, {u"梁", "liang", 8}, {u"谢", "xie", 7},    {u"宋", "song", 7},
    {u"唐", "tang", 7},  {u"韩", "han", 6},   {u"冯", "feng", 6},   {u"于", "yu", 6},
    {u"董", "dong", 6},  {u"肖", "xiao", 6},  {u"程", "cheng", 5},  {u"曹", "cao", 5},
    {u"袁", "yuan", 5},  {u"邓", "deng", 5},  {u"许", "xu", 5},     {u"傅", "fu", 4},
    {u"沈", "shen", 4},  {u"曾", "zeng", 4},  {u"彭", "peng", 4},   {u"吕", "lv", 4},
    {u"苏", "su", 4},    {u"卢", "lu", 4},    {u"蒋", "jiang", 4},  {u"蔡", "cai", 4},
    {u"贾", "jia", 3},   {u"丁", "ding", 3},  {u"魏", "wei", 3},    {u"薛", "xue", 3},
    {u"叶", "ye", 3},    {u"阎", "yan", 3},   {u"余", "yu", 3},     {u"潘", "pan", 3},
    {u"杜", "du", 3},    {u"戴", "dai", 3},   {u"夏", "xia", 3},    {u"钟", "zhong", 3},
    {u"汪", "wang", 3},  {u"田", "tian", 3},  {u"任", "ren", 3},    {u"姜", "jiang", 3},
    {u"范", "fan", 3},   {u"方", "fang", 3},  {u"石", "shi", 3},    {u"姚", "yao", 3},
    {u"谭", "tan", 3},   {u"廖", "liao", 2},  {u"邹", "zou", 2},    {u"熊", "xiong", 2},
    {u"金", "jin", 2},   {u"陆", "lu", 2},    {u"郝", "hao", 2},    {u"孔", "kong", 2},
    {u"白", "bai", 2},   {u"崔", "cui", 2},   {u"康", "kang", 2},   {u"毛", "mao", 2},
    {u"邱", "qiu", 2},   {u"秦", "qin", 2},   {u"江", "jiang", 2},  {u"史", "shi", 2},
    {u"顾", "gu", 2},    {u"侯", "hou", 2},   {u"邵", "shao", 2},   {u"孟", "meng", 2},
    {u"龙", "long", 2},  {u"万", "wan", 2},   {u"段", "duan", 2},   {u"雷", "lei", 2},
    {u"钱", "qian", 2},  {u"汤", "tang", 2},  {u"尹", "yin", 2},    {u"易", "yi", 2},
    {u"常", "chang", 2}, {u"武", "wu", 2},    {u"乔", "qiao", 2},   {u"贺", "he", 2},
};

constexpr Syllable GivenNames[] = {
    {u"伟", "wei", 1},   {u"芳", "fang", 1}, {u"娜", "na", 1},    {u"敏", "min", 1},
    {u"静", "jing", 1},  {u"丽", "li", 1},   {u"强", "qiang", 1}, {u"磊", "lei", 1},
    {u"军", "jun", 1},   {u"洋", "yang", 1}, {u"勇", "yong", 1},  {u"艳", "yan", 1},
    {u"杰", "jie", 1},   {u"娟", "juan", 1}, {u"涛", "tao", 1},   {u"明", "ming", 1},
    {u"超", "chao", 1},  {u"秀", "xiu", 1},  {u"霞", "xia", 1},   {u"平", "ping", 1},
    {u"刚", "gang", 1},  {u"英", "ying", 1}, {u"华", "hua", 1},   {u"玉", "yu", 1},
    {u"文", "wen", 1},   {u"辉", "hui", 1},  {u"鹏", "peng", 1},  {u"建", "jian", 1},
    {u"国", "guo", 1},   {u"志", "zhi", 1},  {u"海", "hai", 1},   {u"晓", "xiao", 1},
    {u"婷", "ting", 1},  {u"宇", "yu", 1},   {u"浩", "hao", 1},   {u"欣", "xin", 1},
    {u"怡", "yi", 1},    {u"梓", "zi", 1},   {u"涵", "han", 1},   {u"子", "zi", 1},
    {u"轩", "xuan", 1},  {u"博", "bo", 1},   {u"雪", "xue", 1},   {u"琳", "lin", 1},
    {u"晨", "chen", 1},  {u"佳", "jia", 1},  {u"嘉", "jia", 1},   {u"俊", "jun", 1},
    {u"凯", "kai", 1},   {u"思", "si", 1},   {u"睿", "rui", 1},   {u"雨", "yu", 1},
    {u"昊", "hao", 1},   {u"天", "tian", 1}, {u"一", "yi", 1},    {u"鑫", "xin", 1},
    {u"丹", "dan", 1},   {u"慧", "hui", 1},  {u"萍", "ping", 1},  {u"倩", "qian", 1},
    {u"宁", "ning", 1},  {u"斌", "bin", 1},  {u"波", "bo", 1},    {u"飞", "fei", 1},
    {u"亮", "liang", 1}, {u"红", "hong", 1}, {u"云", "yun", 1},   {u"峰", "feng", 1},
    {u"璐", "lu", 1},    {u"颖", "ying", 1}, {u"悦", "yue", 1},   {u"航", "hang", 1},
    {u"阳", "yang", 1},  {u"帆", "fan", 1},  {u"琪", "qi", 1},    {u"瑶", "yao", 1},
    {u"泽", "ze", 1},    {u"铭", "ming", 1}, {u"诗", "shi", 1},   {u"梦", "meng", 1},
    {u"晶", "jing", 1},  {u"春", "chun", 1}, {u"东", "dong", 1},  {u"旭", "xu", 1},
    {u"立", "li", 1},    {u"新", "xin", 1},  {u"永", "yong", 1},  {u"成", "cheng", 1},
    {u"婉", "wan", 1},   {u"彤", "tong", 1}, {u"然", "ran", 1},   {u"钰", "yu", 1},
};

constexpr const char *EnglishFirstNames[] = {
    "James", "Michael", "David", "Robert", "Daniel", "Thomas", "Andrew", "Peter",
    "Mark",  "Paul",    "Sarah", "Emma",   "Laura",  "Anna",   "Julia",  "Sophie",
    "Maria", "Elena",   "Lucas", "Oliver", "Hannah", "Claire", "Martin", "Stefan",
};
constexpr const char *EnglishLastNames[] = {
    "Smith",   "Miller", "Johnson", "Brown",  "Wilson", "Taylor",    "Anderson",  "Clark",
    "Fischer", "Weber",  "Dubois",  "Rossi",  "Novak",  "Larsen",    "Kowalski",  "Evans",
    "Walker",  "Hughes", "Bennett", "Moreau", "Jensen", "Lindqvist", "Schneider", "Murphy",
};

constexpr const char *PhonePrefixes[] = {"138", "139", "137", "136", "135", "150", "151", "152",
                                         "158", "159", "186", "187", "188", "189", "133", "177"};

// Fictional company names: a two-character brand and a line of business.
constexpr Syllable CompanyBrands[] = {
    {u"云智", "yunzhi", 1},  {u"数联", "shulian", 1},    {u"链信", "lianxin", 1},
    {u"智算", "zhisuan", 1}, {u"星图", "xingtu", 1},     {u"恒拓", "hengtuo", 1},
    {u"华信", "huaxin", 1},  {u"博远", "boyuan", 1},     {u"天元", "tianyuan", 1},
    {u"汇通", "huitong", 1}, {u"京创", "jingchuang", 1}, {u"中数", "zhongshu", 1},
    {u"瑞达", "ruida", 1},   {u"启明", "qiming", 1},     {u"新航", "xinhang", 1},
    {u"金桥", "jinqiao", 1}, {u"远景", "yuanjing", 1},   {u"鼎泰", "dingtai", 1},
    {u"宏图", "hongtu", 1},  {u"思源", "siyuan", 1},     {u"北辰", "beichen", 1},
    {u"卓越", "zhuoyue", 1}, {u"易联", "yilian", 1},     {u"优算", "yousuan", 1},
    {u"腾跃", "tengyue", 1}, {u"海纳", "haina", 1},      {u"千帆", "qianfan", 1},
    {u"磐石", "panshi", 1},  {u"锦程", "jincheng", 1},   {u"睿智", "ruizhi", 1},
    {u"数途", "shutu", 1},   {u"格物", "gewu", 1},       {u"致新", "zhixin", 1},
    {u"蓝湾", "lanwan", 1},  {u"弘毅", "hongyi", 1},     {u"云帆", "yunfan", 1},
    {u"数衡", "shuheng", 1}, {u"安途", "antu", 1},       {u"澄明", "chengming", 1},
    {u"驰远", "chiyuan", 1},
};
constexpr Syllable CompanyLines[] = {
    {u"科技", "tech", 1},        {u"信息技术", "it", 1},  {u"数据服务", "data", 1},
    {u"网络科技", "net", 1},     {u"软件", "soft", 1},    {u"智能科技", "ai", 1},
    {u"金融科技", "fintech", 1}, {u"信息系统", "sys", 1},
};
constexpr int CompanyCount = 120;

struct LeaveReason
{
    const char16_t *reason;
    int minDays;
    int maxDays;
    int weight;
};

constexpr LeaveReason LeaveReasons[] = {
    {u"Annual leave", 3, 14, 45}, {u"Conference", 1, 4, 20},    {u"Training", 2, 10, 15},
    {u"Sick leave", 1, 7, 12},    {u"Personal leave", 1, 3, 8},
};

constexpr int InstructorCount = 150;
constexpr int TraineesPerYear = 10000;
// Seats are planned for the target over the share of enrollments that complete.
constexpr int CompletionPermille = 880;

constexpr quint8 MorningBit = 1;
constexpr quint8 AfternoonBit = 2;
constexpr quint8 EveningBit = 4;
constexpr quint8 TeachingBits = MorningBit | AfternoonBit | EveningBit;
constexpr quint8 LeaveBit = 8;

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

    for (const auto &s : Surnames)
        m_surnames.push_back(str(s.hanzi));
    for (const auto &g : GivenNames)
        m_givenNames.push_back(str(g.hanzi));
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
        m_plan.courses.push_back(std::move(course));
    }
    for (int v = 0; v < PhysicalVenueCount; ++v) {
        const VenueSpec &spec = VenueSpecs[v];
        m_plan.venues.push_back(
            Venue{v + 1, str(spec.name), str(spec.district), str(spec.address), spec.seats, false});
    }
    m_onlineVenue = PhysicalVenueCount;
    m_plan.venues.push_back(
        Venue{m_onlineVenue + 1, u"Online classroom 在线课堂"_s, QString(), QString(), 500, true});
    m_venueDays.assign(std::size_t(PhysicalVenueCount),
                       std::vector<quint8>(std::size_t(m_dayCount)));

    for (int y = 0; y < m_years; ++y) {
        for (int t = 0; t < TrackCount; ++t) {
            const int trainees = TrackSpecs[t].target;
            m_plan.targets.push_back(Target{m_firstYear + y, t + 1, trainees, trainees * 7 / 10});
        }
    }
}

void Builder::buildCompanies()
{
    Rng rng(m_seed, StreamCompanies);
    std::vector<int> pairs(std::size(CompanyBrands) * std::size(CompanyLines));
    std::iota(pairs.begin(), pairs.end(), 0);
    for (std::size_t i = pairs.size() - 1; i > 0; --i)
        std::swap(pairs[i], pairs[std::size_t(rng.below(i + 1))]);
    const int lines = int(std::size(CompanyLines));
    for (int i = 0; i < CompanyCount; ++i) {
        const Syllable &brand = CompanyBrands[pairs[std::size_t(i)] / lines];
        const Syllable &line = CompanyLines[pairs[std::size_t(i)] % lines];
        Company company;
        company.name = u"北京"_s + str(brand.hanzi) + str(line.hanzi) + u"有限公司"_s;
        company.domain = latin(brand.pinyin) + u'-' + latin(line.pinyin) + u".example"_s;
        company.district = pickWeighted(rng, Districts);
        m_companies.push_back(std::move(company));
    }
}

PersonName Builder::chineseName(Rng &rng) const
{
    const int s = pickWeighted(rng, Surnames);
    const int count = int(std::size(GivenNames));
    const int g1 = rng.below(count);
    PersonName person;
    person.name = m_surnames[std::size_t(s)] + m_givenNames[std::size_t(g1)];
    person.local = latin(Surnames[s].pinyin) + u'.' + latin(GivenNames[g1].pinyin);
    // About two in three modern given names have two characters.
    if (rng.percent(65)) {
        int g2 = rng.below(count - 1);
        if (g2 >= g1)
            ++g2;
        person.name += m_givenNames[std::size_t(g2)];
        person.local += QLatin1StringView(GivenNames[g2].pinyin);
    }
    return person;
}

PersonName Builder::englishName(Rng &rng) const
{
    const char *first = EnglishFirstNames[rng.below(std::size(EnglishFirstNames))];
    const char *last = EnglishLastNames[rng.below(std::size(EnglishLastNames))];
    PersonName person;
    person.name = latin(first) + u' ' + latin(last);
    person.local = (latin(first) + u'.' + latin(last)).toLower();
    return person;
}

QString Builder::uniqueEmail(const QString &local, const QString &domain)
{
    const QString plain = local + u'@' + domain;
    const int n = ++m_emailCounts[plain];
    if (n == 1)
        return plain;
    return local + QString::number(n) + u'@' + domain;
}

QString Builder::phone(Rng &rng)
{
    char digits[11];
    const char *prefix = PhonePrefixes[rng.below(std::size(PhonePrefixes))];
    std::copy(prefix, prefix + 3, digits);
    quint64 rest = rng.uniform(100000000);
    for (int i = 10; i >= 3; --i, rest /= 10)
        digits[i] = char('0' + rest % 10);
    return QString::fromLatin1(digits, 11);
}

// A synthetic resident ID number in the real format: region, birth date, sequence and the
// ISO 7064 MOD 11-2 check character, so that import validation accepts it.
QString Builder::idNumber(Rng &rng)
{
    static const qint64 earliest = QDate(1975, 1, 1).toJulianDay();
    static const int span = int(QDate(2002, 12, 31).toJulianDay() - earliest) + 1;
    char digits[17];
    for (;;) {
        const int region = BeijingRegionCodes[rng.below(std::size(BeijingRegionCodes))];
        const QDate birth = QDate::fromJulianDay(earliest + rng.below(span));
        const int birthNumber = birth.year() * 10000 + birth.month() * 100 + birth.day();
        const int sequence = rng.between(1, 999);
        const quint64 key =
            quint64(region) * 100000000000ull + quint64(birthNumber) * 1000ull + quint64(sequence);
        if (!m_idNumbers.insert(key).second)
            continue;
        quint64 rest = key;
        for (int i = 16; i >= 0; --i, rest /= 10)
            digits[i] = char('0' + rest % 10);
        break;
    }
    const QString first17 = QString::fromLatin1(digits, 17);
    return first17 + IdentityDocument::checkCharacter(first17);
}

void Builder::buildInstructors()
{
    Rng rng(m_seed, StreamInstructors);
    const int lastYear = m_firstYear + m_years - 1;
    const QDate lapseFrom(m_firstYear, 1, 15);
    const int lapseSpan = int(lapseFrom.daysTo(QDate(lastYear, 12, 15)));
    const QString domain = u"training.example"_s;

    m_instructors.resize(InstructorCount);
    for (int i = 0; i < InstructorCount; ++i) {
        // About one in ten are foreign experts.
        const PersonName person = rng.percent(10) ? englishName(rng) : chineseName(rng);
        InstructorState &state = m_instructors[std::size_t(i)];
        state.district = pickWeighted(rng, Districts);
        state.maxWeek = rng.between(3, 5);
        state.maxMonth = rng.between(10, 16);
        state.maxYear = rng.between(80, 160);
        state.day.assign(std::size_t(m_dayCount), 0);
        state.week.assign(std::size_t(m_weekIndex.back()) + 1, 0);
        state.month.assign(std::size_t(m_monthIndex.back()) + 1, 0);
        state.year.assign(std::size_t(m_years) + 1, 0);

        Instructor instructor;
        instructor.id = i + 1;
        instructor.code = u"I%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
        instructor.name = person.name;
        instructor.email = uniqueEmail(person.local, domain);
        instructor.phone = phone(rng);
        instructor.homeDistrict = str(Districts[state.district].name);
        instructor.maxDaysPerWeek = state.maxWeek;
        instructor.maxDaysPerMonth = state.maxMonth;
        instructor.maxDaysPerYear = state.maxYear;
        m_plan.instructors.push_back(std::move(instructor));

        // Qualifications: a main track up to a level, sometimes a second track or single
        // courses (an intermediate trainer cleared for one advanced course, say).
        struct Spec
        {
            int track;
            int course;
            CourseLevel level;
        };
        std::vector<Spec> specs;
        const int mainTrack = pickWeighted(rng, TrackSpecs);
        const int levelRoll = rng.below(100);
        const CourseLevel mainLevel = levelRoll < 35   ? CourseLevel::Foundation
                                      : levelRoll < 80 ? CourseLevel::Intermediate
                                                       : CourseLevel::Advanced;
        specs.push_back({mainTrack, -1, mainLevel});
        const int extraRoll = rng.below(100);
        const int extras = extraRoll < 50 ? 0 : extraRoll < 85 ? 1 : 2;
        const auto covers = [&specs](int course) {
            const CourseSpec &c = CourseSpecs[course];
            return std::any_of(specs.begin(), specs.end(), [&](const Spec &s) {
                return s.course == course || (s.track == c.track && s.level >= c.level);
            });
        };
        for (int e = 0; e < extras; ++e) {
            for (int attempt = 0; attempt < 6; ++attempt) {
                if (rng.percent(50)) {
                    const int course = rng.below(CourseCount);
                    if (covers(course))
                        continue;
                    specs.push_back({-1, course, CourseSpecs[course].level});
                } else {
                    const int track = rng.below(TrackCount);
                    if (std::any_of(specs.begin(), specs.end(),
                                    [track](const Spec &s) { return s.track == track; }))
                        continue;
                    specs.push_back(
                        {track, -1,
                         rng.percent(70) ? CourseLevel::Foundation : CourseLevel::Intermediate});
                }
                break;
            }
        }

        for (const Spec &spec : specs) {
            Qualification q;
            q.id = Id(m_plan.qualifications.size()) + 1;
            q.instructorId = i + 1;
            q.trackId = spec.track >= 0 ? spec.track + 1 : 0;
            q.courseId = spec.course >= 0 ? spec.course + 1 : 0;
            q.level = spec.level;
            // Two statements: the draws must happen in the same order with every compiler.
            const int yearsBefore = rng.between(1, 6);
            q.validFrom = QDate(m_firstYear - yearsBefore, 1, 1).addDays(rng.below(365));
            // 60% never expire, 10% lapse during the plan (for the conflict checks to
            // find), the rest run out after it.
            const int roll = rng.below(100);
            if (roll >= 60 && roll < 70)
                q.validUntil = lapseFrom.addDays(rng.below(lapseSpan + 1));
            else if (roll >= 70)
                q.validUntil = QDate(lastYear + 1, 1, 1).addDays(rng.below(3 * 365));
            m_plan.qualifications.push_back(q);

            QualificationRange range;
            range.track = spec.track;
            range.course = spec.course;
            range.level = spec.level;
            range.fromJd = q.validFrom.toJulianDay();
            range.untilJd = q.validUntil.isValid() ? q.validUntil.toJulianDay() : LLONG_MAX;
            state.qualifications.push_back(range);
        }

        std::array<bool, TrackCount> tracks{};
        for (const Spec &spec : specs)
            tracks[std::size_t(spec.track >= 0 ? spec.track : CourseSpecs[spec.course].track)] =
                true;
        for (int t = 0; t < TrackCount; ++t) {
            if (tracks[std::size_t(t)])
                m_candidates[std::size_t(t)].push_back(i);
        }
    }
}

void Builder::buildLeave()
{
    Rng rng(m_seed, StreamLeaves);
    struct Range
    {
        qint64 start;
        qint64 end;
        int reason;
    };
    for (int i = 0; i < InstructorCount; ++i) {
        std::vector<Range> ranges;
        for (int y = m_firstYear; y < m_firstYear + m_years; ++y) {
            if (!rng.percent(40))
                continue;
            const int count = rng.between(1, 3);
            const qint64 yearStart = QDate(y, 1, 1).toJulianDay();
            const int yearDays = QDate(y, 1, 1).daysInYear();
            for (int k = 0; k < count; ++k) {
                for (int attempt = 0; attempt < 4; ++attempt) {
                    const int reason = pickWeighted(rng, LeaveReasons);
                    const int length =
                        rng.between(LeaveReasons[reason].minDays, LeaveReasons[reason].maxDays);
                    const qint64 start = yearStart + rng.below(yearDays - length + 1);
                    const qint64 end = start + length - 1;
                    // Keep a day between two leaves, else they would read as one.
                    const bool clash =
                        std::any_of(ranges.begin(), ranges.end(), [&](const Range &r) {
                            return start <= r.end + 1 && r.start <= end + 1;
                        });
                    if (clash)
                        continue;
                    ranges.push_back({start, end, reason});
                    break;
                }
            }
        }
        std::sort(ranges.begin(), ranges.end(),
                  [](const Range &a, const Range &b) { return a.start < b.start; });
        InstructorState &state = m_instructors[std::size_t(i)];
        for (const Range &r : ranges) {
            m_plan.leaves.push_back(
                Leave{Id(m_plan.leaves.size()) + 1, i + 1, QDate::fromJulianDay(r.start),
                      QDate::fromJulianDay(r.end), str(LeaveReasons[r.reason].reason)});
            for (qint64 jd = r.start; jd <= r.end; ++jd) {
                const qint64 d = jd - m_baseJd;
                if (d >= 0 && d < m_dayCount)
                    state.day[std::size_t(d)] |= LeaveBit;
            }
        }
    }
}

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

// ---------------------------------------------------------------------------------------
// Planning problems

// Leave that came in after the timetable was staffed: the reasons say so, because that is
// how such a clash happens in a plan that was once clean.
constexpr const char16_t *LateLeaveReasons[] = {
    u"Family leave (requested after assignment)",
    u"Medical leave (requested after assignment)",
    u"Conference abroad (approved after assignment)",
};
constexpr int LateLeaveCount = int(std::size(LateLeaveReasons));

// Below this many cohorts ahead of asOf, the next plan year's join the pool, so that each
// problem can have a cohort of its own.
constexpr std::size_t MinProblemPool = 12;

// Injects the problems of DemoPlanGenerator::addPlanningProblems. Each problem gets its
// own cohort and instructors that no other problem touched, and each is chosen so that it
// causes the one conflict it stands for and no others (no extra limit overruns, leave
// that misses the instructor's other cohorts, ...): a coordinator should see a few clear
// problems, not a broken plan.
class ProblemMaker
{
public:
    ProblemMaker(const DemoOptions &options, PlanData &plan)
        : m_plan(plan),
          m_asOf(options.asOf.isValid() ? options.asOf : QDate(options.firstYear, 11, 28)),
          m_calendar(plan.calendar), m_rng(options.seed, StreamProblems)
    {}

    void run();

private:
    using SlotKey = qint64;
    static SlotKey keyOf(QDate date, SessionSlot slot)
    {
        return date.toJulianDay() * 4 + qint64(slot);
    }

    void reindex();
    void collectPool();

    // The injections, rarest fit first: a double booking needs two overlapping cohorts.
    void doubleBooking();
    void movedDay();
    void raisedCapacity();
    void lapsingQualification();
    void lateLeave(int k);
    void withdrawnLead();

    bool isFuture(const Cohort &c) const;
    bool available(Id cohortId) const { return !m_used.count(cohortId); }
    bool touched(Id instructorId) const { return m_touched.count(instructorId) > 0; }
    const Cohort &cohort(Id id) const { return m_plan.cohorts[m_cohortAt.at(id)]; }
    Cohort &cohort(Id id) { return m_plan.cohorts[m_cohortAt.at(id)]; }
    const Course *course(Id id) const;
    const Venue *venue(Id id) const;
    QString instructorName(Id id) const;
    const std::vector<QDate> &datesOf(Id cohortId) const;
    const std::vector<SlotKey> &keysOf(Id cohortId) const;
    Id leadOf(Id cohortId) const;
    bool assigned(Id cohortId, Id instructorId) const;
    std::vector<Id> staffOf(Id cohortId) const;
    // The days the instructor teaches, leaving out one cohort (0: none left out).
    std::set<QDate> teachingDays(Id instructorId, Id except) const;
    bool onLeave(Id instructorId, QDate first, QDate last) const;
    bool covers(const Qualification &q, const Course &c) const;
    bool qualifiedOn(Id instructorId, const Course &c, QDate date) const;
    bool withinLimits(Id instructorId, const std::set<QDate> &days) const;
    bool calendarCovers(int year) const;
    // The instructor's qualifications covering the course that are still valid after until.
    std::vector<std::size_t> coveringAfter(Id instructorId, const Course &c, QDate until) const;
    // Ends the rows at until; with a valid renewed date, each starts again as a new row then.
    void renew(const std::vector<std::size_t> &rows, QDate until, QDate renewed);
    // How many of the instructor's other cohorts that would lapse too; -1 if one of them
    // is not ahead of asOf.
    int alsoLapsing(Id instructorId, Id cohortId, const std::vector<std::size_t> &rows, QDate until,
                    QDate renewed);
    static void appendNote(Cohort &c, const QString &note);

    PlanData &m_plan;
    const QDate m_asOf;
    const WorkCalendar m_calendar;
    Rng m_rng;

    std::vector<Id> m_pool; // cohorts ahead of asOf, in id order
    std::set<Id> m_used;    // cohorts that already have a problem
    std::set<Id> m_touched; // instructors that already have a problem

    // Rebuilt after each injection. Ordered maps: iteration order feeds the random draws.
    std::map<Id, std::size_t> m_cohortAt;
    std::map<Id, std::vector<QDate>> m_dates;       // per cohort, sorted, distinct
    std::map<Id, std::vector<SlotKey>> m_keys;      // per cohort, sorted, distinct
    std::map<Id, std::vector<std::size_t>> m_staff; // per cohort, rows of cohortInstructors
    std::map<Id, std::vector<Id>> m_cohortsOf;      // per instructor, cohorts not cancelled
    std::map<Id, std::vector<std::size_t>> m_leavesOf;
    std::map<Id, std::vector<std::size_t>> m_qualificationsOf;
    std::map<Id, std::set<SlotKey>> m_venueBusy; // per physical venue
    std::set<Id> m_waitlisted;                   // cohorts with a waiting list
};

void ProblemMaker::run()
{
    reindex();
    for (const Enrollment &e : m_plan.enrollments) {
        if (e.status == EnrollmentStatus::Waitlisted)
            m_waitlisted.insert(e.cohortId);
    }
    collectPool();
    if (m_pool.empty())
        return;
    doubleBooking();
    movedDay();
    raisedCapacity();
    lapsingQualification();
    for (int k = 0; k < LateLeaveCount; ++k)
        lateLeave(k);
    const int withdrawn = m_rng.between(1, 2);
    for (int k = 0; k < withdrawn; ++k)
        withdrawnLead();
}

void ProblemMaker::reindex()
{
    m_cohortAt.clear();
    for (std::size_t i = 0; i < m_plan.cohorts.size(); ++i)
        m_cohortAt[m_plan.cohorts[i].id] = i;

    m_dates.clear();
    m_keys.clear();
    for (const Session &s : m_plan.sessions) {
        if (!s.date.isValid())
            continue;
        m_dates[s.cohortId].push_back(s.date);
        m_keys[s.cohortId].push_back(keyOf(s.date, s.slot));
    }
    const auto sortUnique = [](auto &values) {
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
    };
    for (auto &entry : m_dates)
        sortUnique(entry.second);
    for (auto &entry : m_keys)
        sortUnique(entry.second);

    m_staff.clear();
    m_cohortsOf.clear();
    for (std::size_t i = 0; i < m_plan.cohortInstructors.size(); ++i) {
        const CohortInstructor &a = m_plan.cohortInstructors[i];
        m_staff[a.cohortId].push_back(i);
        const auto it = m_cohortAt.find(a.cohortId);
        if (it != m_cohortAt.end() && m_plan.cohorts[it->second].status != CohortStatus::Cancelled)
            m_cohortsOf[a.instructorId].push_back(a.cohortId);
    }

    m_leavesOf.clear();
    for (std::size_t i = 0; i < m_plan.leaves.size(); ++i)
        m_leavesOf[m_plan.leaves[i].instructorId].push_back(i);
    m_qualificationsOf.clear();
    for (std::size_t i = 0; i < m_plan.qualifications.size(); ++i)
        m_qualificationsOf[m_plan.qualifications[i].instructorId].push_back(i);

    m_venueBusy.clear();
    for (const Cohort &c : m_plan.cohorts) {
        const Venue *v = venue(c.venueId);
        if (!v || v->online || c.status == CohortStatus::Cancelled)
            continue;
        const auto &keys = keysOf(c.id);
        m_venueBusy[v->id].insert(keys.begin(), keys.end());
    }
}

void ProblemMaker::collectPool()
{
    std::map<int, std::vector<Id>> byYear;
    for (const Cohort &c : m_plan.cohorts) {
        if (isFuture(c))
            byYear[datesOf(c.id).front().year()].push_back(c.id);
    }
    for (const auto &[year, ids] : byYear) {
        m_pool.insert(m_pool.end(), ids.begin(), ids.end());
        if (m_pool.size() >= MinProblemPool)
            break;
    }
    std::sort(m_pool.begin(), m_pool.end());
}

bool ProblemMaker::isFuture(const Cohort &c) const
{
    if (c.status != CohortStatus::Planned && c.status != CohortStatus::Open)
        return false;
    const auto &dates = datesOf(c.id);
    return !dates.empty() && dates.front() > m_asOf;
}

const Course *ProblemMaker::course(Id id) const
{
    const auto it = std::find_if(m_plan.courses.begin(), m_plan.courses.end(),
                                 [id](const Course &c) { return c.id == id; });
    return it == m_plan.courses.end() ? nullptr : &*it;
}

const Venue *ProblemMaker::venue(Id id) const
{
    const auto it = std::find_if(m_plan.venues.begin(), m_plan.venues.end(),
                                 [id](const Venue &v) { return v.id == id; });
    return it == m_plan.venues.end() ? nullptr : &*it;
}

QString ProblemMaker::instructorName(Id id) const
{
    const auto it = std::find_if(m_plan.instructors.begin(), m_plan.instructors.end(),
                                 [id](const Instructor &i) { return i.id == id; });
    return it == m_plan.instructors.end() ? u"#%1"_s.arg(id) : it->name;
}

const std::vector<QDate> &ProblemMaker::datesOf(Id cohortId) const
{
    static const std::vector<QDate> none;
    const auto it = m_dates.find(cohortId);
    return it == m_dates.end() ? none : it->second;
}

const std::vector<ProblemMaker::SlotKey> &ProblemMaker::keysOf(Id cohortId) const
{
    static const std::vector<SlotKey> none;
    const auto it = m_keys.find(cohortId);
    return it == m_keys.end() ? none : it->second;
}

Id ProblemMaker::leadOf(Id cohortId) const
{
    const auto it = m_staff.find(cohortId);
    if (it == m_staff.end())
        return 0;
    for (std::size_t row : it->second) {
        if (m_plan.cohortInstructors[row].role == InstructorRole::Lead)
            return m_plan.cohortInstructors[row].instructorId;
    }
    return 0;
}

bool ProblemMaker::assigned(Id cohortId, Id instructorId) const
{
    const auto staff = staffOf(cohortId);
    return std::find(staff.begin(), staff.end(), instructorId) != staff.end();
}

std::vector<Id> ProblemMaker::staffOf(Id cohortId) const
{
    std::vector<Id> ids;
    if (const auto it = m_staff.find(cohortId); it != m_staff.end()) {
        for (std::size_t row : it->second)
            ids.push_back(m_plan.cohortInstructors[row].instructorId);
    }
    return ids;
}

std::set<QDate> ProblemMaker::teachingDays(Id instructorId, Id except) const
{
    std::set<QDate> days;
    if (const auto it = m_cohortsOf.find(instructorId); it != m_cohortsOf.end()) {
        for (Id c : it->second) {
            if (c != except)
                days.insert(datesOf(c).begin(), datesOf(c).end());
        }
    }
    return days;
}

bool ProblemMaker::onLeave(Id instructorId, QDate first, QDate last) const
{
    const auto it = m_leavesOf.find(instructorId);
    if (it == m_leavesOf.end())
        return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](std::size_t row) {
        const Leave &l = m_plan.leaves[row];
        return l.start <= last && first <= l.end;
    });
}

bool ProblemMaker::covers(const Qualification &q, const Course &c) const
{
    return (q.trackId != 0 && q.trackId == c.trackId && q.level >= c.level) ||
           (q.courseId != 0 && q.courseId == c.id);
}

bool ProblemMaker::qualifiedOn(Id instructorId, const Course &c, QDate date) const
{
    const auto it = m_qualificationsOf.find(instructorId);
    if (it == m_qualificationsOf.end())
        return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](std::size_t row) {
        const Qualification &q = m_plan.qualifications[row];
        return covers(q, c) && (!q.validFrom.isValid() || q.validFrom <= date) &&
               (!q.validUntil.isValid() || date <= q.validUntil);
    });
}

bool ProblemMaker::withinLimits(Id instructorId, const std::set<QDate> &days) const
{
    const auto it =
        std::find_if(m_plan.instructors.begin(), m_plan.instructors.end(),
                     [instructorId](const Instructor &i) { return i.id == instructorId; });
    if (it == m_plan.instructors.end())
        return true;
    std::map<int, int> weeks, months, years;
    for (const QDate &d : days) {
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        if (++weeks[weekYear * 100 + week] > it->maxDaysPerWeek ||
            ++months[d.year() * 100 + d.month()] > it->maxDaysPerMonth ||
            ++years[d.year()] > it->maxDaysPerYear)
            return false;
    }
    return true;
}

bool ProblemMaker::calendarCovers(int year) const
{
    return std::any_of(m_plan.calendar.begin(), m_plan.calendar.end(),
                       [year](const CalendarDay &d) { return d.date.year() == year; });
}

void ProblemMaker::appendNote(Cohort &c, const QString &note)
{
    c.notes = c.notes.isEmpty() ? note : c.notes + u"; "_s + note;
}

// The lead of one cohort also made assistant of another that meets at the same time. Of
// the pairs, one sharing the fewest sessions (the second starting on the first's last
// day, say), with the instructor otherwise free, qualified and within limits for it.
void ProblemMaker::doubleBooking()
{
    struct Pair
    {
        Id instructor;
        Id lead;
        Id other;
    };
    std::vector<Pair> best;
    std::size_t fewest = SIZE_MAX;
    for (Id a : m_pool) {
        const Id person = leadOf(a);
        if (!available(a) || person == 0 || touched(person))
            continue;
        const auto &keysA = keysOf(a);
        const std::set<QDate> busy = teachingDays(person, 0);
        for (Id b : m_pool) {
            if (b == a || !available(b) || assigned(b, person))
                continue;
            const auto &keysB = keysOf(b);
            std::vector<SlotKey> shared;
            std::set_intersection(keysA.begin(), keysA.end(), keysB.begin(), keysB.end(),
                                  std::back_inserter(shared));
            if (shared.empty() || shared.size() > fewest)
                continue;
            // No clash beyond the one with a: not with the instructor's other cohorts.
            const auto &otherCohorts = m_cohortsOf.at(person);
            const bool clash = std::any_of(otherCohorts.begin(), otherCohorts.end(), [&](Id o) {
                if (o == a)
                    return false;
                const auto &keysO = keysOf(o);
                return std::find_first_of(keysO.begin(), keysO.end(), keysB.begin(), keysB.end()) !=
                       keysO.end();
            });
            const Course *c = course(cohort(b).courseId);
            const auto &dates = datesOf(b);
            if (clash || !c || onLeave(person, dates.front(), dates.back()))
                continue;
            if (!std::all_of(dates.begin(), dates.end(),
                             [&](QDate d) { return qualifiedOn(person, *c, d); }))
                continue;
            std::set<QDate> days = busy;
            days.insert(dates.begin(), dates.end());
            if (!withinLimits(person, days))
                continue;
            if (shared.size() < fewest) {
                fewest = shared.size();
                best.clear();
            }
            best.push_back({person, a, b});
        }
    }
    if (best.empty())
        return;
    const Pair &p = best[std::size_t(m_rng.below(qint64(best.size())))];
    m_plan.cohortInstructors.push_back(
        CohortInstructor{p.other, p.instructor, InstructorRole::Assistant, false});
    m_used.insert({p.lead, p.other});
    m_touched.insert(p.instructor);
    reindex();
}

// A cohort's last day moved to a non-working day of the same week and month (so no
// instructor's week or month gets longer), a public holiday if one fits, else the weekend.
void ProblemMaker::movedDay()
{
    struct Move
    {
        Id cohort;
        QDate from;
        QDate to;
    };
    std::vector<Move> holidays, weekends;
    for (Id id : m_pool) {
        const Cohort &c = cohort(id);
        const std::vector<Id> staff = staffOf(id);
        if (!available(id) ||
            std::any_of(staff.begin(), staff.end(), [this](Id i) { return touched(i); }))
            continue;
        const QDate last = datesOf(id).back();
        if (!calendarCovers(last.year()))
            continue;
        const Course *course = this->course(c.courseId);
        const Venue *room = venue(c.venueId);
        for (QDate to = last.addDays(1);
             to.dayOfWeek() > last.dayOfWeek() && to.month() == last.month(); to = to.addDays(1)) {
            if (m_calendar.isWorkingDay(to))
                continue;
            bool fits = course != nullptr;
            for (Id person : staff) {
                const std::set<QDate> other = teachingDays(person, id);
                fits = fits && !other.count(last) && !other.count(to) && !onLeave(person, to, to) &&
                       qualifiedOn(person, *course, to);
            }
            if (room && !room->online) {
                const auto &busy = m_venueBusy[room->id];
                for (SlotKey key : keysOf(id)) {
                    if (key / 4 == last.toJulianDay())
                        fits = fits && !busy.count(keyOf(to, SessionSlot(key % 4)));
                }
            }
            if (fits)
                (m_calendar.isHoliday(to) ? holidays : weekends).push_back({id, last, to});
        }
    }
    const std::vector<Move> &moves = holidays.empty() ? weekends : holidays;
    if (moves.empty())
        return;
    const Move &m = moves[std::size_t(m_rng.below(qint64(moves.size())))];
    for (Session &s : m_plan.sessions) {
        if (s.cohortId == m.cohort && s.date == m.from)
            s.date = m.to;
    }
    appendNote(cohort(m.cohort), u"Last day moved from %1 to %2 at the employers' request"_s.arg(
                                     m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate)));
    m_used.insert(m.cohort);
    for (Id person : staffOf(m.cohort))
        m_touched.insert(person);
    reindex();
}

// A classroom cohort raised a few seats above its room after extra nominations. Rooms
// just big enough make the believable case; cohorts with a waiting list are left alone,
// since a raise would have taken those trainees in.
void ProblemMaker::raisedCapacity()
{
    std::vector<Id> close;
    std::vector<Id> any;
    int smallestGap = INT_MAX;
    for (Id id : m_pool) {
        const Cohort &c = cohort(id);
        const Venue *room = venue(c.venueId);
        if (!available(id) || c.mode != CohortMode::InPerson || !room || room->online ||
            m_waitlisted.count(id))
            continue;
        const int gap = room->seats - c.capacity;
        if (gap <= 10)
            close.push_back(id);
        if (gap < smallestGap) {
            smallestGap = gap;
            any.clear();
        }
        if (gap == smallestGap)
            any.push_back(id);
    }
    const std::vector<Id> &candidates = close.empty() ? any : close;
    if (candidates.empty())
        return;
    Cohort &c = cohort(candidates[std::size_t(m_rng.below(qint64(candidates.size())))]);
    const int before = c.capacity;
    c.capacity = venue(c.venueId)->seats + m_rng.between(2, 6);
    appendNote(
        c, u"Capacity raised from %1 to %2 for extra nominations"_s.arg(before).arg(c.capacity));
    m_used.insert(c.id);
    reindex();
}

// The lead's qualification for a cohort's course now ends a few days before its first
// session: the renewal is late. Preferably a lead with no other cohort on the same
// qualification after that date; where every lead has some (a plan of several years),
// the renewal is recorded as coming through the day after the cohort, so that only the
// cohorts in between lapse. Never a lead teaching a cohort already under way then.
void ProblemMaker::lapsingQualification()
{
    struct Lapse
    {
        Id cohort;
        Id instructor;
        QDate until;
        QDate renewed;
    };
    std::vector<Lapse> best;
    std::pair<int, int> fewest{INT_MAX, INT_MAX}; // other cohorts lapsing, renewal needed
    const int daysBefore = m_rng.between(2, 6);
    for (Id id : m_pool) {
        const Id person = leadOf(id);
        const Course *c = course(cohort(id).courseId);
        if (!available(id) || person == 0 || touched(person) || !c)
            continue;
        const QDate until = datesOf(id).front().addDays(-daysBefore);
        if (until < m_asOf)
            continue;
        const std::vector<std::size_t> rows = coveringAfter(person, *c, until);
        const bool possible = std::all_of(rows.begin(), rows.end(), [&](std::size_t row) {
            const QDate from = m_plan.qualifications[row].validFrom;
            return !from.isValid() || from <= until;
        });
        if (!possible || rows.empty())
            continue;
        for (const QDate renewed : {QDate(), datesOf(id).back().addDays(1)}) {
            const int lapsing = alsoLapsing(person, id, rows, until, renewed);
            const std::pair<int, int> score{lapsing, renewed.isValid() ? 1 : 0};
            if (lapsing < 0 || score > fewest)
                continue;
            if (score < fewest) {
                fewest = score;
                best.clear();
            }
            best.push_back({id, person, until, renewed});
        }
    }
    if (best.empty())
        return;
    const Lapse &l = best[std::size_t(m_rng.below(qint64(best.size())))];
    const Course &c = *course(cohort(l.cohort).courseId);
    const std::vector<std::size_t> rows = coveringAfter(l.instructor, c, l.until);
    renew(rows, l.until, l.renewed);
    m_used.insert(l.cohort);
    m_touched.insert(l.instructor);
    reindex();
}

std::vector<std::size_t> ProblemMaker::coveringAfter(Id instructorId, const Course &c,
                                                     QDate until) const
{
    std::vector<std::size_t> rows;
    if (const auto it = m_qualificationsOf.find(instructorId); it != m_qualificationsOf.end()) {
        for (std::size_t row : it->second) {
            const Qualification &q = m_plan.qualifications[row];
            if (covers(q, c) && (!q.validUntil.isValid() || q.validUntil > until))
                rows.push_back(row);
        }
    }
    return rows;
}

void ProblemMaker::renew(const std::vector<std::size_t> &rows, QDate until, QDate renewed)
{
    Id nextId = 0;
    for (const Qualification &q : m_plan.qualifications)
        nextId = std::max(nextId, q.id);
    for (std::size_t row : rows) {
        Qualification &q = m_plan.qualifications[row];
        // A renewal only where the old qualification would have outlasted it.
        if (renewed.isValid() && (!q.validUntil.isValid() || q.validUntil >= renewed)) {
            Qualification renewal = q;
            renewal.id = ++nextId;
            renewal.validFrom = renewed;
            q.validUntil = until;
            m_plan.qualifications.push_back(renewal); // invalidates q: last use of it
        } else {
            q.validUntil = until;
        }
    }
}

int ProblemMaker::alsoLapsing(Id instructorId, Id cohortId, const std::vector<std::size_t> &rows,
                              QDate until, QDate renewed)
{
    // Tried on the plan itself, then put back.
    const std::vector<Qualification> saved = m_plan.qualifications;
    const auto savedRows = m_qualificationsOf;
    renew(rows, until, renewed);
    for (std::size_t row = saved.size(); row < m_plan.qualifications.size(); ++row)
        m_qualificationsOf[instructorId].push_back(row);

    int lapsing = 0;
    for (Id other : m_cohortsOf[instructorId]) {
        const Course *oc = course(cohort(other).courseId);
        if (other == cohortId || !oc)
            continue;
        const auto &dates = datesOf(other);
        if (std::any_of(dates.begin(), dates.end(),
                        [&](QDate d) { return !qualifiedOn(instructorId, *oc, d); })) {
            if (!isFuture(cohort(other))) {
                lapsing = -1;
                break;
            }
            ++lapsing;
        }
    }
    m_plan.qualifications = saved;
    m_qualificationsOf = savedRows;
    return lapsing;
}

// Leave over some of a cohort's days, starting on one of them and ending before the
// instructor's next other teaching day, so that only this cohort is hit.
void ProblemMaker::lateLeave(int k)
{
    std::vector<std::pair<Id, Id>> candidates; // cohort, instructor
    for (Id id : m_pool) {
        if (!available(id))
            continue;
        // The lead if free of other problems, else an assistant.
        Id person = leadOf(id);
        if (person == 0 || touched(person)) {
            person = 0;
            for (Id other : staffOf(id)) {
                if (!touched(other)) {
                    person = other;
                    break;
                }
            }
        }
        if (person != 0)
            candidates.push_back({id, person});
    }
    for (int attempts = 0; attempts < 8 && !candidates.empty(); ++attempts) {
        const std::size_t pick = std::size_t(m_rng.below(qint64(candidates.size())));
        const auto [id, person] = candidates[pick];
        candidates.erase(candidates.begin() + qint64(pick));

        const std::set<QDate> other = teachingDays(person, id);
        const auto &dates = datesOf(id);
        const int offset = m_rng.below(qint64((dates.size() + 1) / 2));
        const int length = m_rng.between(2, 5);
        for (std::size_t n = 0; n < dates.size(); ++n) {
            const QDate start = dates[(std::size_t(offset) + n) % dates.size()];
            // A day apart from the instructor's other leave, else the two would read as one.
            if (other.count(start) || onLeave(person, start.addDays(-1), start.addDays(1)))
                continue;
            QDate end = start.addDays(length - 1);
            if (const auto next = other.upper_bound(start); next != other.end() && *next <= end)
                end = next->addDays(-1);
            if (const auto it = m_leavesOf.find(person); it != m_leavesOf.end()) {
                for (std::size_t row : it->second) {
                    const QDate from = m_plan.leaves[row].start;
                    if (from > start && from.addDays(-1) <= end)
                        end = from.addDays(-2);
                }
            }
            if (end < start)
                continue;
            Id nextId = 0;
            for (const Leave &l : m_plan.leaves)
                nextId = std::max(nextId, l.id);
            m_plan.leaves.push_back(
                Leave{nextId + 1, person, start, end, str(LateLeaveReasons[k])});
            m_used.insert(id);
            m_touched.insert(person);
            reindex();
            return;
        }
    }
}

// The lead withdrew; the cohort waits for a replacement.
void ProblemMaker::withdrawnLead()
{
    std::vector<Id> candidates;
    for (Id id : m_pool) {
        if (available(id) && leadOf(id) != 0)
            candidates.push_back(id);
    }
    if (candidates.empty())
        return;
    const Id id = candidates[std::size_t(m_rng.below(qint64(candidates.size())))];
    const Id person = leadOf(id);
    auto &rows = m_plan.cohortInstructors;
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](const CohortInstructor &a) {
                                  return a.cohortId == id && a.instructorId == person;
                              }),
               rows.end());
    appendNote(cohort(id),
               u"Lead %1 withdrew (reassigned to a client project); replacement needed"_s.arg(
                   instructorName(person)));
    m_used.insert(id);
    reindex();
}

} // namespace

DemoPlanGenerator::DemoPlanGenerator(DemoOptions options) : m_options(std::move(options)) {}

PlanData DemoPlanGenerator::generate() const
{
    Builder builder(m_options);
    return builder.run();
}

void DemoPlanGenerator::addPlanningProblems(PlanData &plan) const
{
    ProblemMaker(m_options, plan).run();
}

} // namespace Planner

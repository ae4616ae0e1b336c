// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demobuilder.h"
#include "planning/identitydocument.h"

#include <algorithm>
#include <numeric>

namespace Planner::Demo {

namespace {

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

} // namespace

void Builder::loadNames()
{
    for (const auto &s : Surnames)
        m_surnames.push_back(str(s.hanzi));
    for (const auto &g : GivenNames)
        m_givenNames.push_back(str(g.hanzi));
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
        const bool foreignExpert = rng.percent(10);
        const PersonName person = foreignExpert ? englishName(rng) : chineseName(rng);
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
        // Foreign experts are paid their own rate, not their level's.
        if (foreignExpert)
            instructor.dayRate = 4000;
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

} // namespace Planner::Demo

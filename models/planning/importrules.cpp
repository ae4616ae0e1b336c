// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrules.h"

#include "enrollmentrules.h"
#include "identitydocument.h"
#include "recordrules.h"

#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <utility>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ImportRules)
};

QStringList aliases(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list << QString::fromUtf8(n);
    return list;
}

// Column order of each kind; the enums index ImportRules::columns(kind).
enum TraineeColumn { TIdNumber, TIdType, TName, TEmployer, TDistrict, TEmail, TPhone };
enum EnrollmentColumn {
    EIdNumber,
    ECohort,
    EStatus,
    EWaitlist,
    EEnrolledOn,
    EAttendance,
    EScore,
    ECertification,
    ECertifiedOn
};
enum InstructorColumn { ICode, IName, IEmail, IPhone, IDistrict, IWeek, IMonth, IYear };
enum QualificationColumn { QInstructor, QCourse, QTrack, QLevel, QFrom, QUntil };
enum LeaveColumn { LInstructor, LStart, LEnd, LReason };
enum CohortColumn { CCode, CCourse, CVenue, CMode, CCapacity, CStatus, CNotes };
enum SessionColumn { SCohort, SDate, SSlot };
enum CalendarColumn { DDate, DKind, DName, DNameZh };

std::vector<ImportColumn> buildColumns(ImportKind kind)
{
    auto col = [](const char *key, std::initializer_list<const char *> names,
                  bool required = false) {
        return ImportColumn{QString::fromLatin1(key), aliases(names), required};
    };
    const auto idNumber = col("id_number",
                              {"id number", "idnumber", "identity number", "id card", "身份证号",
                               "身份证号码", "证件号码", "证件号"},
                              true);
    const auto instructor =
        col("instructor",
            {"instructor code", "staff number", "讲师", "讲师工号", "讲师编号", "工号"}, true);
    const auto cohort =
        col("cohort", {"cohort code", "class", "班级", "班级编号", "班级代码", "班次"}, true);
    switch (kind) {
    case ImportKind::Trainees:
        return {idNumber,
                col("id_type", {"id type", "document type", "document", "证件类型", "证件种类"}),
                col("name", {"full name", "trainee", "姓名", "学员姓名", "名字"}, true),
                col("employer", {"company", "organisation", "organization", "单位", "工作单位",
                                 "所在单位", "雇主"}),
                col("district", {"区", "区县", "所在区", "所属区"}),
                col("email", {"e-mail", "mail", "邮箱", "电子邮箱", "电子邮件"}),
                col("phone", {"telephone", "mobile", "电话", "手机", "手机号", "联系电话"})};
    case ImportKind::Enrollments:
        return {idNumber,
                cohort,
                col("status", {"状态", "报名状态"}),
                col("waitlist_position", {"waitlist", "waitlist position", "候补位次", "候补顺序"}),
                col("enrolled_on", {"enrolled on", "enrollment date", "报名日期"}),
                col("attendance", {"attendance rate", "出勤率", "出勤"}),
                col("score", {"assessment score", "成绩", "考核成绩", "分数"}),
                col("certification",
                    {"certificate", "certification level", "证书等级", "认证等级", "证书"}),
                col("certified_on", {"certified on", "certificate date", "发证日期", "认证日期"})};
    case ImportKind::Instructors:
        return {col("code", {"staff number", "instructor code", "工号", "讲师工号", "编号"}, true),
                col("name", {"full name", "姓名", "讲师姓名"}, true),
                col("email", {"e-mail", "mail", "邮箱", "电子邮箱"}),
                col("phone", {"telephone", "mobile", "电话", "手机", "联系电话"}),
                col("home_district", {"district", "home district", "所在区", "区"}),
                col("max_days_week", {"max days per week", "每周最多天数"}),
                col("max_days_month", {"max days per month", "每月最多天数"}),
                col("max_days_year", {"max days per year", "每年最多天数"})};
    case ImportKind::Qualifications:
        return {instructor,
                col("course", {"course code", "课程", "课程代码", "课程编号"}),
                col("track", {"方向", "专业方向", "培训方向"}),
                col("level", {"级别", "等级"}),
                col("valid_from", {"valid from", "from", "生效日期", "有效期自"}, true),
                col("valid_until", {"valid until", "until", "失效日期", "有效期至"})};
    case ImportKind::Leave:
        return {instructor, col("start", {"start date", "from", "开始日期", "开始"}, true),
                col("end", {"end date", "until", "to", "结束日期", "结束"}, true),
                col("reason", {"事由", "原因", "请假事由"})};
    case ImportKind::Cohorts:
        return {col("code", {"cohort code", "cohort", "班级编号", "班级代码", "编号"}, true),
                col("course", {"course code", "课程", "课程代码", "课程编号"}, true),
                col("venue", {"venue name", "场地", "地点", "培训地点"}),
                col("mode", {"形式", "培训形式", "方式"}),
                col("capacity", {"seats", "容量", "名额", "人数上限"}),
                col("status", {"状态"}),
                col("notes", {"note", "备注"})};
    case ImportKind::Sessions:
        return {cohort, col("date", {"day", "日期"}, true),
                col("slot", {"time of day", "时段", "时间段"}, true)};
    case ImportKind::Calendar:
        return {col("date", {"day", "日期"}, true), col("kind", {"类型", "种类"}, true),
                col("name", {"名称", "英文名称"}),
                col("name_zh", {"name (chinese)", "中文名称", "中文名"})};
    }
    return {};
}

// Enum values by key, by English words ("In person") and by Chinese names.
template <typename E>
std::optional<E> parseEnum(const QString &text,
                           std::initializer_list<std::pair<const char *, E>> chinese)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (const auto value = fromKey<E>(key))
        return value;
    for (const auto &[name, value] : chinese)
        if (text.trimmed() == QString::fromUtf8(name))
            return value;
    return std::nullopt;
}

template <typename E> QString keyList()
{
    QStringList keys;
    for (const auto &k : EnumKeys<E>::keys)
        if (!k.empty())
            keys << QString::fromLatin1(k.data(), qsizetype(k.size()));
    return keys.join(QLatin1String(", "));
}

std::optional<EnrollmentStatus> parseStatus(const QString &t)
{
    return parseEnum<EnrollmentStatus>(t, {{"已报名", EnrollmentStatus::Enrolled},
                                           {"报名", EnrollmentStatus::Enrolled},
                                           {"在读", EnrollmentStatus::Enrolled},
                                           {"候补", EnrollmentStatus::Waitlisted},
                                           {"退出", EnrollmentStatus::Withdrawn},
                                           {"已退出", EnrollmentStatus::Withdrawn},
                                           {"结业", EnrollmentStatus::Completed},
                                           {"已结业", EnrollmentStatus::Completed},
                                           {"完成", EnrollmentStatus::Completed},
                                           {"未通过", EnrollmentStatus::Failed},
                                           {"不合格", EnrollmentStatus::Failed}});
}
std::optional<CertificationLevel> parseCertification(const QString &t)
{
    return parseEnum<CertificationLevel>(t, {{"初级", CertificationLevel::Junior},
                                             {"中级", CertificationLevel::Intermediate},
                                             {"高级", CertificationLevel::Senior}});
}
std::optional<SessionSlot> parseSlot(const QString &t)
{
    return parseEnum<SessionSlot>(t, {{"上午", SessionSlot::Morning},
                                      {"下午", SessionSlot::Afternoon},
                                      {"晚上", SessionSlot::Evening}});
}
std::optional<CohortMode> parseMode(const QString &t)
{
    return parseEnum<CohortMode>(t, {{"线下", CohortMode::InPerson},
                                     {"面授", CohortMode::InPerson},
                                     {"线上", CohortMode::Online},
                                     {"混合", CohortMode::Hybrid}});
}
std::optional<CohortStatus> parseCohortStatus(const QString &t)
{
    return parseEnum<CohortStatus>(t, {{"计划中", CohortStatus::Planned},
                                       {"招生中", CohortStatus::Open},
                                       {"开放报名", CohortStatus::Open},
                                       {"进行中", CohortStatus::Running},
                                       {"已结束", CohortStatus::Completed},
                                       {"已取消", CohortStatus::Cancelled}});
}
std::optional<CourseLevel> parseLevel(const QString &t)
{
    return parseEnum<CourseLevel>(t, {{"基础", CourseLevel::Foundation},
                                      {"初级", CourseLevel::Foundation},
                                      {"中级", CourseLevel::Intermediate},
                                      {"高级", CourseLevel::Advanced}});
}
std::optional<CalendarDayKind> parseDayKind(const QString &t)
{
    return parseEnum<CalendarDayKind>(t, {{"假日", CalendarDayKind::Holiday},
                                          {"节假日", CalendarDayKind::Holiday},
                                          {"放假", CalendarDayKind::Holiday},
                                          {"调休上班", CalendarDayKind::Workday},
                                          {"工作日", CalendarDayKind::Workday},
                                          {"补班", CalendarDayKind::Workday}});
}

bool holdsSeat(EnrollmentStatus s)
{
    return EnrollmentRules::holdsSeat(s);
}

// The import column a RecordRules field belongs to.
QString columnForField(ImportKind kind, const QString &field)
{
    if (field == QLatin1String("track_id"))
        return kind == ImportKind::Qualifications ? QStringLiteral("track") : field;
    if (field == QLatin1String("course_id"))
        return QStringLiteral("course");
    if (field == QLatin1String("venue_id"))
        return QStringLiteral("venue");
    if (field == QLatin1String("start_date"))
        return QStringLiteral("start");
    if (field == QLatin1String("end_date"))
        return QStringLiteral("end");
    if (field == QLatin1String("day"))
        return QStringLiteral("date");
    return field;
}

qint64 pairKey(Id a, Id b)
{
    return (a << 32) ^ b;
}

} // namespace

int ImportBatch::insertCount() const
{
    return int(trainees.inserts.size() + enrollments.inserts.size() + instructors.inserts.size() +
               qualifications.inserts.size() + leaves.inserts.size() + cohorts.inserts.size() +
               sessions.inserts.size() + calendar.inserts.size());
}

int ImportBatch::updateCount() const
{
    return int(trainees.updates.size() + enrollments.updates.size() + instructors.updates.size() +
               qualifications.updates.size() + leaves.updates.size() + cohorts.updates.size() +
               sessions.updates.size() + calendar.updates.size());
}

namespace ImportRules {

const std::vector<ImportColumn> &columns(ImportKind kind)
{
    static const std::array<std::vector<ImportColumn>, ImportKindCount> all = [] {
        std::array<std::vector<ImportColumn>, ImportKindCount> a;
        for (int k = 0; k < ImportKindCount; ++k)
            a[std::size_t(k)] = buildColumns(ImportKind(k));
        return a;
    }();
    return all.at(std::size_t(kind));
}

QString displayName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Trainees:
        return Tr::tr("Trainees");
    case ImportKind::Enrollments:
        return Tr::tr("Enrollments");
    case ImportKind::Instructors:
        return Tr::tr("Instructors");
    case ImportKind::Qualifications:
        return Tr::tr("Qualifications");
    case ImportKind::Leave:
        return Tr::tr("Leave");
    case ImportKind::Cohorts:
        return Tr::tr("Cohorts");
    case ImportKind::Sessions:
        return Tr::tr("Sessions");
    case ImportKind::Calendar:
        return Tr::tr("Work calendar");
    }
    return {};
}

QString columnLabel(const QString &key)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"id_number", QT_TRANSLATE_NOOP("Planner::ImportRules", "ID number")},
        {"id_type", QT_TRANSLATE_NOOP("Planner::ImportRules", "Document type")},
        {"name", QT_TRANSLATE_NOOP("Planner::ImportRules", "Name")},
        {"employer", QT_TRANSLATE_NOOP("Planner::ImportRules", "Employer")},
        {"district", QT_TRANSLATE_NOOP("Planner::ImportRules", "District")},
        {"email", QT_TRANSLATE_NOOP("Planner::ImportRules", "Email")},
        {"phone", QT_TRANSLATE_NOOP("Planner::ImportRules", "Phone")},
        {"instructor", QT_TRANSLATE_NOOP("Planner::ImportRules", "Instructor")},
        {"cohort", QT_TRANSLATE_NOOP("Planner::ImportRules", "Cohort")},
        {"status", QT_TRANSLATE_NOOP("Planner::ImportRules", "Status")},
        {"waitlist_position", QT_TRANSLATE_NOOP("Planner::ImportRules", "Waitlist position")},
        {"enrolled_on", QT_TRANSLATE_NOOP("Planner::ImportRules", "Enrolled on")},
        {"attendance", QT_TRANSLATE_NOOP("Planner::ImportRules", "Attendance")},
        {"score", QT_TRANSLATE_NOOP("Planner::ImportRules", "Score")},
        {"certification", QT_TRANSLATE_NOOP("Planner::ImportRules", "Certificate")},
        {"certified_on", QT_TRANSLATE_NOOP("Planner::ImportRules", "Certified on")},
        {"code", QT_TRANSLATE_NOOP("Planner::ImportRules", "Code")},
        {"home_district", QT_TRANSLATE_NOOP("Planner::ImportRules", "Home district")},
        {"max_days_week", QT_TRANSLATE_NOOP("Planner::ImportRules", "Max days a week")},
        {"max_days_month", QT_TRANSLATE_NOOP("Planner::ImportRules", "Max days a month")},
        {"max_days_year", QT_TRANSLATE_NOOP("Planner::ImportRules", "Max days a year")},
        {"course", QT_TRANSLATE_NOOP("Planner::ImportRules", "Course")},
        {"track", QT_TRANSLATE_NOOP("Planner::ImportRules", "Track")},
        {"level", QT_TRANSLATE_NOOP("Planner::ImportRules", "Level")},
        {"valid_from", QT_TRANSLATE_NOOP("Planner::ImportRules", "Valid from")},
        {"valid_until", QT_TRANSLATE_NOOP("Planner::ImportRules", "Valid until")},
        {"start", QT_TRANSLATE_NOOP("Planner::ImportRules", "Start")},
        {"end", QT_TRANSLATE_NOOP("Planner::ImportRules", "End")},
        {"reason", QT_TRANSLATE_NOOP("Planner::ImportRules", "Reason")},
        {"venue", QT_TRANSLATE_NOOP("Planner::ImportRules", "Venue")},
        {"mode", QT_TRANSLATE_NOOP("Planner::ImportRules", "Mode")},
        {"capacity", QT_TRANSLATE_NOOP("Planner::ImportRules", "Capacity")},
        {"notes", QT_TRANSLATE_NOOP("Planner::ImportRules", "Notes")},
        {"date", QT_TRANSLATE_NOOP("Planner::ImportRules", "Date")},
        {"slot", QT_TRANSLATE_NOOP("Planner::ImportRules", "Time of day")},
        {"kind", QT_TRANSLATE_NOOP("Planner::ImportRules", "Kind")},
        {"name_zh", QT_TRANSLATE_NOOP("Planner::ImportRules", "Chinese name")},
    };
    for (const auto &[k, label] : labels)
        if (key == QLatin1String(k))
            return QCoreApplication::translate("Planner::ImportRules", label);
    return key;
}

QString normalizeHeader(const QString &cell)
{
    QString h = cell.trimmed().toLower();
    if (h.startsWith(QChar(0xFEFF)))
        h.remove(0, 1);
    for (const char *mark : {"(required)", "（必填）", "(必填)", "*", "＊"})
        if (h.endsWith(QString::fromUtf8(mark)))
            h.chop(QString::fromUtf8(mark).size());
    h = h.trimmed();
    h.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return h;
}

std::vector<int> matchHeader(ImportKind kind, const QStringList &header)
{
    const auto &cols = columns(kind);
    std::vector<int> mapping(cols.size(), -1);
    QStringList normalized;
    for (const QString &h : header)
        normalized << normalizeHeader(h);
    std::vector<bool> taken(std::size_t(header.size()), false);
    for (std::size_t c = 0; c < cols.size(); ++c) {
        QStringList names{cols[c].key};
        for (const QString &a : cols[c].aliases)
            names << normalizeHeader(a);
        for (const QString &name : names) {
            const qsizetype at = normalized.indexOf(name);
            if (at >= 0 && !taken[std::size_t(at)]) {
                mapping[c] = int(at);
                taken[std::size_t(at)] = true;
                break;
            }
        }
    }
    return mapping;
}

QStringList missingRequired(ImportKind kind, const std::vector<int> &mapping)
{
    QStringList missing;
    const auto &cols = columns(kind);
    for (std::size_t c = 0; c < cols.size(); ++c)
        if (cols[c].required && (c >= mapping.size() || mapping[c] < 0))
            missing << cols[c].key;
    return missing;
}

std::optional<ImportKind> detectKind(const QStringList &header)
{
    std::optional<ImportKind> best;
    std::pair<int, int> bestScore{0, 0}; // cells used, minus columns without a cell
    for (int k = 0; k < ImportKindCount; ++k) {
        const auto kind = ImportKind(k);
        const std::vector<int> mapping = matchHeader(kind, header);
        if (!missingRequired(kind, mapping).isEmpty())
            continue;
        const int used =
            int(std::count_if(mapping.begin(), mapping.end(), [](int at) { return at >= 0; }));
        const std::pair<int, int> score{used, used - int(mapping.size())};
        if (!best || score > bestScore) {
            best = kind;
            bestScore = score;
        }
    }
    return best;
}

Needs needs(ImportKind kind)
{
    Needs n;
    switch (kind) {
    case ImportKind::Trainees:
        n.trainees = true;
        break;
    case ImportKind::Enrollments:
        n.trainees = n.cohorts = n.cohortSpans = n.enrollments = true;
        break;
    case ImportKind::Instructors:
        n.instructors = true;
        break;
    case ImportKind::Qualifications:
        n.instructors = n.courses = n.tracks = n.qualifications = true;
        break;
    case ImportKind::Leave:
        n.instructors = n.leaves = true;
        break;
    // Cohorts and sessions: a cohort opened again or moving later or earlier must not
    // give its trainees overlapping enrollments; a larger capacity seats its waitlist.
    case ImportKind::Cohorts:
        n.courses = n.venues = n.cohorts = n.cohortSpans = n.enrollments = n.trainees = true;
        break;
    case ImportKind::Sessions:
        n.cohorts = n.cohortSpans = n.sessions = n.calendar = n.enrollments = n.trainees = true;
        break;
    case ImportKind::Calendar:
        n.calendar = true;
        break;
    }
    return n;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (d.isValid())
        return d;
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    if (const auto m = ymd.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // An Excel serial day (days since 1899-12-30), as a date cell of a workbook holds it.
    bool ok = false;
    const double serial = t.toDouble(&ok);
    if (ok && serial >= 20000 && serial < 80000 && serial == std::floor(serial))
        return QDate(1899, 12, 30).addDays(qint64(serial));
    return {};
}

} // namespace ImportRules

// What trainees are matched by: a 15-digit first-generation ID as its 18-digit form, so
// that an old roster finds the person stored with the new card.
static QString matchKey(const QString &idNumber)
{
    return IdentityDocument::isFirstGeneration(idNumber) ? IdentityDocument::upgradeTo18(idNumber)
                                                         : idNumber;
}

struct ImportValidator::Private
{
    ImportKind kind;
    ImportContext ctx;
    std::vector<bool> present;
    ImportRowOptions options;
    const QDate today = QDate::currentDate(); // identity numbers' birth dates are not after it
    ImportBatch batch;
    std::vector<ColumnChanges> changesByColumn;
    std::vector<ImportProblem> cleared;
    int upgraded = 0;

    // Natural keys of the plan's records, and of the rows read so far.
    QHash<QString, qsizetype> traineeByIdNumber;
    QHash<QString, qsizetype> cohortByCode;
    QHash<Id, qsizetype> cohortById;
    QHash<Id, EnrollmentCohort> placeOf; // cohort -> what the enrollment rules know of it
    QHash<QString, qsizetype> courseByCode;
    QHash<QString, qsizetype> venueByName;
    QHash<QString, qsizetype> instructorByCode;
    QHash<QString, Id> trackByName;
    QHash<qint64, qsizetype> enrollmentByKey;
    QHash<Id, int> seats;
    QHash<Id, int> lastWaitlist;
    QSet<Id> freedSeats; // cohorts where a row gave up a seat (withdrawn, waitlisted)
    // trainee -> the cohorts they are in (not withdrawn), with their status there
    QHash<Id, std::vector<std::pair<Id, EnrollmentStatus>>> activeCohortsOf;
    QHash<QString, qsizetype> qualificationByKey;
    QHash<qint64, qsizetype> leaveByKey;
    QHash<QString, qsizetype> sessionByKey;
    QHash<qint64, qsizetype> calendarByDay;
    WorkCalendar workCalendar;
    QHash<QString, int> seenInFile; // natural key -> line it was first on
    QHash<qint64, int> seenPairs;   // (trainee, cohort) of enrollments -> line

    // The current row.
    int line = 0;
    const QStringList *values = nullptr;
    std::vector<ImportProblem> *problems = nullptr;
    bool ok = true;

    bool has(int column) const { return present.at(std::size_t(column)); }
    QString value(int column) const { return values->value(column).trimmed(); }
    QString key(int column) const { return ImportRules::columns(kind).at(std::size_t(column)).key; }
    void problem(int column, const QString &message)
    {
        problems->push_back({line, column < 0 ? QString() : key(column),
                             column < 0 ? QString() : value(column), message});
        ok = false;
    }
    void problem(int column, const QString &value, const QString &message)
    {
        problems->push_back({line, column < 0 ? QString() : key(column), value, message});
        ok = false;
    }
    bool required(int column)
    {
        if (value(column).isEmpty()) {
            problem(column, Tr::tr("%1 is required").arg(ImportRules::columnLabel(key(column))));
            return false;
        }
        return true;
    }
    // Whether the ID number in column is masked (a file exported without the numbers):
    // reported, since such a row can name nobody.
    bool masked(int column)
    {
        if (!IdentityDocument::isMasked(value(column)))
            return false;
        problem(
            column,
            Tr::tr(
                "the ID number %1 is masked: the file was exported without ID numbers. Export it "
                "again with the ID numbers included to import it")
                .arg(value(column)));
        return true;
    }
    // Whether the natural key was seen on an earlier row; reports the duplicate.
    bool duplicate(const QString &naturalKey, int column, const QString &shown)
    {
        const auto it = seenInFile.constFind(naturalKey);
        if (it != seenInFile.constEnd()) {
            problem(column,
                    Tr::tr("duplicate: %1 is already on line %2").arg(shown).arg(it.value()));
            return true;
        }
        return false;
    }
    void markSeen(const QString &naturalKey) { seenInFile.insert(naturalKey, line); }

    // Whether the row gives the column a value. An empty cell gives none, unless the user
    // chose that blanks clear: then it gives the empty value.
    bool given(int column) const
    {
        return has(column) && (options.blankClears || !value(column).isEmpty());
    }
    // Parses an optional column; leaves target alone when the row does not give it, or
    // when it is bad (reports).
    void text(int column, QString *target)
    {
        if (given(column))
            *target = value(column);
    }
    void date(int column, QDate *target, bool requiredValue = false)
    {
        if (!has(column))
            return;
        const QString v = value(column);
        if (v.isEmpty()) {
            if (requiredValue)
                problem(column,
                        Tr::tr("%1 is required").arg(ImportRules::columnLabel(key(column))));
            else if (options.blankClears)
                *target = QDate();
            return;
        }
        const QDate d = ImportRules::parseDate(v);
        if (!d.isValid())
            problem(column, Tr::tr("“%1” is not a date (expected YYYY-MM-DD)").arg(v));
        else
            *target = d;
    }
    void integer(int column, int *target, int min, int max)
    {
        if (!has(column) || value(column).isEmpty())
            return;
        bool okNumber = false;
        const double n = value(column).toDouble(&okNumber);
        if (!okNumber || n != std::floor(n) || n < min || n > max)
            problem(column, Tr::tr("“%1” must be a whole number from %2 to %3")
                                .arg(value(column))
                                .arg(min)
                                .arg(max));
        else
            *target = int(n);
    }
    template <typename E>
    void enumeration(int column, E *target, std::optional<E> (*parse)(const QString &))
    {
        if (!has(column) || value(column).isEmpty())
            return;
        if (const auto e = parse(value(column)))
            *target = *e;
        else
            problem(column, Tr::tr("“%1” must be one of: %2").arg(value(column), keyList<E>()));
    }
    template <typename T> void rules(const T &record)
    {
        if (!ok)
            return; // the record is incomplete; its parts were reported
        if (const auto v = RecordRules::check(record); !v) {
            const QString column = columnForField(kind, v.problem().field);
            const auto &cols = ImportRules::columns(kind);
            QString shown;
            for (std::size_t c = 0; c < cols.size(); ++c)
                if (cols[c].key == column)
                    shown = value(int(c));
            problems->push_back({line, column, shown, v.message()});
            ok = false;
        }
    }

    // The enrollment rules for a cohort's trainees: the cohort (as changed, when given),
    // its enrollments, their other enrollments and cohorts, as the import has them so far.
    EnrollmentRules rulesFor(Id cohortId, const EnrollmentCohort *changed = nullptr);
    QHash<Id, std::vector<qsizetype>> enrollmentsOfCohort; // indexes into ctx.enrollments
    QHash<Id, std::vector<qsizetype>> enrollmentsOfTrainee;
    QHash<Id, QString> traineeNames;
    bool enrollmentsIndexed = false;

    // Files the record as new, changed or unchanged; counts what a change does to each
    // column's stored value.
    template <typename T> void file(RecordChanges<T> &changes, const T *existing, T record)
    {
        if (!existing) {
            changes.inserts.push_back(std::move(record));
            return;
        }
        if (*existing == record) {
            ++batch.unchanged;
            return;
        }
        const QStringList before = cells(*existing);
        const QStringList after = cells(record);
        const auto &cols = ImportRules::columns(kind);
        for (qsizetype c = 0; c < before.size() && c < qsizetype(cols.size()); ++c) {
            if (before.at(c) == after.at(c))
                continue;
            ColumnChanges &counts = changesByColumn[std::size_t(c)];
            ++counts.changed;
            if (after.at(c).isEmpty()) {
                ++counts.cleared;
                cleared.push_back({line, cols[std::size_t(c)].key, before.at(c),
                                   Tr::tr("the empty cell clears the stored value")});
            }
        }
        changes.befores.push_back(*existing);
        changes.updates.push_back(std::move(record));
    }
    // A record's values in the kind's columns, as compared for what an update changes
    // (the key columns, which an update never changes, are left empty).
    static QString number(double v) { return QString::number(v, 'g', 10); }
    static QString isoDate(const QDate &d) { return d.toString(Qt::ISODate); }
    QStringList cells(const Trainee &t) const
    {
        return {t.idNumber, toKey(t.idType), t.name, t.employer, t.district, t.email, t.phone};
    }
    QStringList cells(const Enrollment &e) const
    {
        return {QString(),
                QString(),
                toKey(e.status),
                e.waitlistPosition > 0 ? QString::number(e.waitlistPosition) : QString(),
                isoDate(e.enrolledOn),
                e.attendance ? number(*e.attendance) : QString(),
                e.score ? number(*e.score) : QString(),
                toKey(e.certification),
                isoDate(e.certifiedOn)};
    }
    QStringList cells(const Instructor &i) const
    {
        return {QString(),
                i.name,
                i.email,
                i.phone,
                i.homeDistrict,
                QString::number(i.maxDaysPerWeek),
                QString::number(i.maxDaysPerMonth),
                QString::number(i.maxDaysPerYear)};
    }
    QStringList cells(const Qualification &q) const
    {
        return {QString(),
                QString(),
                QString(),
                toKey(q.level),
                isoDate(q.validFrom),
                isoDate(q.validUntil)};
    }
    QStringList cells(const Leave &l) const
    {
        return {QString(), QString(), isoDate(l.end), l.reason};
    }
    QStringList cells(const Cohort &c) const
    {
        QString venue;
        for (const Venue &v : ctx.venues)
            if (v.id == c.venueId)
                venue = v.name;
        QString course;
        for (const Course &k : ctx.courses)
            if (k.id == c.courseId)
                course = k.code;
        return {QString(),       course, venue, toKey(c.mode), QString::number(c.capacity),
                toKey(c.status), c.notes};
    }
    QStringList cells(const Session &) const { return {}; }
    QStringList cells(const CalendarDay &d) const
    {
        return {QString(), toKey(d.kind), d.name, d.nameZh};
    }

    void trainee();
    void enrollment();
    void instructor();
    void qualification();
    void leave();
    void cohort();
    void session();
    void calendarDay();
};

ImportValidator::ImportValidator(ImportKind kind, ImportContext context, std::vector<bool> present,
                                 ImportRowOptions options)
    : d(std::make_unique<Private>())
{
    d->kind = kind;
    d->ctx = std::move(context);
    d->present = std::move(present);
    d->present.resize(ImportRules::columns(kind).size(), false);
    d->options = options;
    d->changesByColumn.resize(ImportRules::columns(kind).size());
    d->batch.kind = kind;
    const ImportContext &c = d->ctx;
    for (qsizetype i = 0; i < qsizetype(c.trainees.size()); ++i)
        if (!c.trainees[std::size_t(i)].idNumber.isEmpty())
            d->traineeByIdNumber.insert(matchKey(c.trainees[std::size_t(i)].idNumber), i);
    for (qsizetype i = 0; i < qsizetype(c.cohorts.size()); ++i) {
        const Cohort &cohort = c.cohorts[std::size_t(i)];
        d->cohortByCode.insert(cohort.code, i);
        d->cohortById.insert(cohort.id, i);
        d->placeOf.insert(
            cohort.id,
            EnrollmentCohort{cohort.id, cohort.code, cohort.capacity, cohort.status, {}, {}});
    }
    for (const CohortSpan &s : c.cohortSpans) {
        if (const auto p = d->placeOf.find(s.cohortId); p != d->placeOf.end()) {
            p->start = s.start;
            p->end = s.end;
        }
    }
    for (qsizetype i = 0; i < qsizetype(c.courses.size()); ++i)
        d->courseByCode.insert(c.courses[std::size_t(i)].code, i);
    for (qsizetype i = 0; i < qsizetype(c.venues.size()); ++i)
        d->venueByName.insert(c.venues[std::size_t(i)].name, i);
    for (qsizetype i = 0; i < qsizetype(c.instructors.size()); ++i)
        d->instructorByCode.insert(c.instructors[std::size_t(i)].code, i);
    for (const Track &t : c.tracks) {
        d->trackByName.insert(t.name.toLower(), t.id);
        if (!t.nameZh.isEmpty())
            d->trackByName.insert(t.nameZh, t.id);
    }
    d->enrollmentByKey.reserve(qsizetype(c.enrollments.size()));
    for (qsizetype i = 0; i < qsizetype(c.enrollments.size()); ++i) {
        const Enrollment &e = c.enrollments[std::size_t(i)];
        d->enrollmentByKey.insert(pairKey(e.traineeId, e.cohortId), i);
        if (holdsSeat(e.status))
            ++d->seats[e.cohortId];
        if (e.status == EnrollmentStatus::Waitlisted)
            d->lastWaitlist[e.cohortId] =
                std::max(d->lastWaitlist.value(e.cohortId), e.waitlistPosition);
        if (e.status != EnrollmentStatus::Withdrawn)
            d->activeCohortsOf[e.traineeId].emplace_back(e.cohortId, e.status);
    }
    auto qualificationKey = [](const Qualification &q) {
        return QStringLiteral("%1/%2/%3").arg(q.instructorId).arg(q.courseId).arg(q.trackId);
    };
    for (qsizetype i = 0; i < qsizetype(c.qualifications.size()); ++i)
        d->qualificationByKey.insert(qualificationKey(c.qualifications[std::size_t(i)]), i);
    for (qsizetype i = 0; i < qsizetype(c.leaves.size()); ++i)
        d->leaveByKey.insert(pairKey(c.leaves[std::size_t(i)].instructorId,
                                     c.leaves[std::size_t(i)].start.toJulianDay()),
                             i);
    for (qsizetype i = 0; i < qsizetype(c.sessions.size()); ++i) {
        const Session &s = c.sessions[std::size_t(i)];
        d->sessionByKey.insert(
            QStringLiteral("%1/%2/%3").arg(s.cohortId).arg(s.date.toJulianDay()).arg(int(s.slot)),
            i);
    }
    for (qsizetype i = 0; i < qsizetype(c.calendar.size()); ++i)
        d->calendarByDay.insert(c.calendar[std::size_t(i)].date.toJulianDay(), i);
    d->workCalendar = WorkCalendar(c.calendar);
}

ImportValidator::~ImportValidator() = default;

bool ImportValidator::addRow(int line, const QStringList &values,
                             std::vector<ImportProblem> *problems)
{
    d->line = line;
    d->values = &values;
    d->problems = problems;
    d->ok = true;
    switch (d->kind) {
    case ImportKind::Trainees:
        d->trainee();
        break;
    case ImportKind::Enrollments:
        d->enrollment();
        break;
    case ImportKind::Instructors:
        d->instructor();
        break;
    case ImportKind::Qualifications:
        d->qualification();
        break;
    case ImportKind::Leave:
        d->leave();
        break;
    case ImportKind::Cohorts:
        d->cohort();
        break;
    case ImportKind::Sessions:
        d->session();
        break;
    case ImportKind::Calendar:
        d->calendarDay();
        break;
    }
    return d->ok;
}

void ImportValidator::finish()
{
    // A seat given up goes to the next on the cohort's waiting list, as when the withdrawal
    // is made in the app: no free seat while someone waits.
    const auto open = [](CohortStatus s) {
        return s != CohortStatus::Cancelled && s != CohortStatus::Completed;
    };
    std::vector<Id> cohorts(d->freedSeats.begin(), d->freedSeats.end());
    std::sort(cohorts.begin(), cohorts.end());
    for (Id cohortId : cohorts) {
        const auto place = d->placeOf.constFind(cohortId);
        if (place == d->placeOf.constEnd() || !open(place->status))
            continue;
        // The rules see the enrollments the plan held, not the rows this import added:
        // the seats those took are not free.
        const EnrollmentRules rules = d->rulesFor(cohortId, nullptr);
        const int added = d->seats.value(cohortId) - rules.seatHolders(cohortId);
        const EnrollmentOutcome filled =
            rules.fillSeats(cohortId, place->capacity - std::max(0, added));
        for (const EnrollmentChange &change : filled.changes) {
            d->batch.seated.push_back(change.after);
            d->batch.seatedBefore.push_back(change.before.value_or(change.after));
            for (qsizetype i : d->enrollmentsOfCohort.value(cohortId))
                if (d->ctx.enrollments[std::size_t(i)].id == change.after.id)
                    d->ctx.enrollments[std::size_t(i)] = change.after;
        }
        d->batch.promoted += filled.promoted;
        d->seats[cohortId] += filled.promoted;
    }
    d->freedSeats.clear();
}

ImportBatch ImportValidator::takeBatch()
{
    ImportBatch batch = std::move(d->batch);
    d->batch = ImportBatch{};
    d->batch.kind = d->kind;
    return batch;
}

const std::vector<ColumnChanges> &ImportValidator::columnChanges() const
{
    return d->changesByColumn;
}

const std::vector<ImportProblem> &ImportValidator::clearedValues() const
{
    return d->cleared;
}

int ImportValidator::upgradedIdNumbers() const
{
    return d->upgraded;
}

void ImportValidator::Private::trainee()
{
    if (!required(TIdNumber) || !required(TName) || masked(TIdNumber))
        return;
    // The document's type: the file's, else the stored trainee's, else a resident ID.
    std::optional<IdDocumentType> type;
    if (has(TIdType) && !value(TIdType).isEmpty()) {
        type = IdentityDocument::parseType(value(TIdType));
        if (!type) {
            problem(TIdType, Tr::tr("“%1” is not a document type (%2)")
                                 .arg(value(TIdType), keyList<IdDocumentType>()));
            return;
        }
    }
    QString idNumber =
        IdentityDocument::normalized(type.value_or(IdDocumentType::ResidentId), value(TIdNumber));
    const QString key = matchKey(idNumber);
    if (duplicate(QStringLiteral("t/") + key, TIdNumber, idNumber))
        return;
    const auto it = traineeByIdNumber.constFind(key);
    const Trainee *existing =
        it != traineeByIdNumber.constEnd() ? &ctx.trainees[std::size_t(it.value())] : nullptr;
    Trainee t = existing ? *existing : Trainee{};
    t.idType = type.value_or(existing ? existing->idType : IdDocumentType::ResidentId);
    idNumber = IdentityDocument::normalized(t.idType, value(TIdNumber));
    if (const Result<> valid = IdentityDocument::check(t.idType, idNumber, today); !valid) {
        problem(TIdNumber, has(TIdType) || t.idType != IdDocumentType::ResidentId
                               ? Tr::tr("%1: %2").arg(displayName(t.idType), valid.message())
                               : Tr::tr("%1: %2 (for another document, give its type in a document "
                                        "type column, 证件类型)")
                                     .arg(displayName(t.idType), valid.message()));
        return;
    }
    if (t.idType == IdDocumentType::ResidentId && IdentityDocument::isFirstGeneration(idNumber)) {
        if (existing && existing->idNumber.size() == 18)
            idNumber = existing->idNumber; // the new card is stored already: keep it
        else if (options.upgradeIdNumbers) {
            idNumber = IdentityDocument::upgradeTo18(idNumber);
            ++upgraded;
        }
    }
    t.idNumber = idNumber;
    text(TName, &t.name);
    text(TEmployer, &t.employer);
    text(TDistrict, &t.district);
    text(TEmail, &t.email);
    text(TPhone, &t.phone);
    if (!t.email.isEmpty() && !t.email.contains(QLatin1Char('@')))
        problem(TEmail, Tr::tr("“%1” is not an e-mail address").arg(t.email));
    rules(t);
    if (!ok)
        return;
    markSeen(QStringLiteral("t/") + key);
    file(batch.trainees, existing, std::move(t));
}

void ImportValidator::Private::enrollment()
{
    if (!required(EIdNumber) || !required(ECohort) || masked(EIdNumber))
        return;
    const QString idNumber =
        IdentityDocument::normalized(IdDocumentType::ResidentId, value(EIdNumber));
    const QString code = value(ECohort);
    const auto t = traineeByIdNumber.constFind(matchKey(idNumber));
    if (t == traineeByIdNumber.constEnd())
        problem(
            EIdNumber,
            Tr::tr("unknown trainee: no trainee has the id number %1 (import the trainees first)")
                .arg(idNumber));
    const auto c = cohortByCode.constFind(code);
    if (c == cohortByCode.constEnd())
        problem(ECohort, Tr::tr("unknown cohort code %1").arg(code));
    if (!ok)
        return;
    const Trainee &trainee = ctx.trainees[std::size_t(t.value())];
    const Cohort &cohort = ctx.cohorts[std::size_t(c.value())];
    const qint64 naturalKey = pairKey(trainee.id, cohort.id);
    if (const auto seen = seenPairs.constFind(naturalKey); seen != seenPairs.constEnd()) {
        problem(ECohort, Tr::tr("duplicate: %1 is already on line %2")
                             .arg(Tr::tr("%1 in %2").arg(idNumber, code))
                             .arg(seen.value()));
        return;
    }
    const auto e = enrollmentByKey.constFind(naturalKey);
    const Enrollment *existing =
        e != enrollmentByKey.constEnd() ? &ctx.enrollments[std::size_t(e.value())] : nullptr;
    Enrollment r = existing ? *existing : Enrollment{};
    r.traineeId = trainee.id;
    r.cohortId = cohort.id;
    enumeration<EnrollmentStatus>(EStatus, &r.status, parseStatus);
    integer(EWaitlist, &r.waitlistPosition, 1, 1000000);
    date(EEnrolledOn, &r.enrolledOn);
    if (given(EAttendance)) {
        QString v = value(EAttendance);
        if (v.isEmpty()) {
            r.attendance.reset();
        } else {
            const bool percent = v.endsWith(QLatin1Char('%'));
            if (percent)
                v.chop(1);
            bool okNumber = false;
            double a = v.trimmed().toDouble(&okNumber);
            if (percent)
                a /= 100.0;
            if (!okNumber || a < 0 || a > 1)
                problem(EAttendance,
                        Tr::tr("“%1” is not an attendance rate (0 to 1, or 0% to 100%)")
                            .arg(value(EAttendance)));
            else
                r.attendance = a;
        }
    }
    if (given(EScore)) {
        const QString v = value(EScore);
        bool okNumber = false;
        const double s = v.toDouble(&okNumber);
        if (v.isEmpty())
            r.score.reset();
        else if (!okNumber || s < 0 || s > 100)
            problem(EScore, Tr::tr("“%1” is not a score from 0 to 100").arg(v));
        else
            r.score = s;
    }
    if (given(ECertification)) {
        if (value(ECertification).isEmpty())
            r.certification = CertificationLevel::None;
        else
            enumeration<CertificationLevel>(ECertification, &r.certification, parseCertification);
    }
    date(ECertifiedOn, &r.certifiedOn);
    if (!ok)
        return;
    // The waiting list: a position for a new waitlisted row (after the last one), none
    // for the other statuses.
    if (r.status == EnrollmentStatus::Waitlisted) {
        if (r.waitlistPosition <= 0 ||
            (!has(EWaitlist) && !(existing && existing->status == EnrollmentStatus::Waitlisted)))
            r.waitlistPosition = lastWaitlist.value(cohort.id) + 1;
    } else {
        r.waitlistPosition = 0;
    }
    rules(r);
    if (!ok)
        return;
    // Capacity and overlap, decided by EnrollmentRules with the running counts.
    const EnrollmentCohort &place = placeOf[cohort.id];
    const QString who = trainee.name.isEmpty() ? idNumber : trainee.name;
    // Capacity: only a row that takes a seat it did not hold counts against it.
    const bool heldSeat = existing && holdsSeat(existing->status);
    const bool takesSeat = holdsSeat(r.status) && !heldSeat;
    // Completed and failed trainees held a seat too: no more of them than its capacity.
    if (takesSeat) {
        if (const auto v = EnrollmentRules::checkSeat(who, place, seats.value(cohort.id)); !v) {
            problem(ECohort, v.message());
            return;
        }
    }
    // Nobody newly enrolled in (or waiting for) a cancelled cohort, as in the roster. A
    // completed cohort's records may come in as they were kept (history).
    if (!existing && place.status == CohortStatus::Cancelled &&
        (r.status == EnrollmentStatus::Enrolled || r.status == EnrollmentStatus::Waitlisted)) {
        if (const auto v = EnrollmentRules::checkOpen(place); !v) {
            problem(ECohort, v.message());
            return;
        }
    }
    // Nobody waits for a seat that is free (a cohort still to run).
    const bool joinsWaitlist = r.status == EnrollmentStatus::Waitlisted &&
                               !(existing && existing->status == EnrollmentStatus::Waitlisted);
    if (joinsWaitlist && !heldSeat &&
        (place.status == CohortStatus::Planned || place.status == CohortStatus::Open ||
         place.status == CohortStatus::Running) &&
        seats.value(cohort.id) < place.capacity) {
        problem(EStatus,
                Tr::tr("%1 has a free seat, so %2 need not wait for one: import them as enrolled")
                    .arg(place.code, who));
        return;
    }
    // Overlap: a trainee newly in this cohort must not be in another at the same time.
    const bool wasActive = existing && existing->status != EnrollmentStatus::Withdrawn;
    const bool active = r.status != EnrollmentStatus::Withdrawn;
    std::vector<std::pair<Id, EnrollmentStatus>> &held = activeCohortsOf[trainee.id];
    if (active && !wasActive && EnrollmentRules::blocksOverlap(r.status, place)) {
        for (const auto &[other, status] : held) {
            const auto o = placeOf.constFind(other);
            if (o == placeOf.constEnd())
                continue;
            if (const auto v = EnrollmentRules::checkOverlap(who, status, *o, place); !v) {
                problem(ECohort, v.message());
                return;
            }
        }
    }
    if (const auto v = EnrollmentRules::checkCertificate(who, r.certifiedOn, place); !v) {
        problem(ECertifiedOn, v.message());
        return;
    }
    // Accepted: book its seat, place on the waiting list and hold on the trainee.
    if (takesSeat)
        ++seats[cohort.id];
    else if (heldSeat && !holdsSeat(r.status)) {
        --seats[cohort.id];
        freedSeats.insert(cohort.id);
    }
    if (r.status == EnrollmentStatus::Waitlisted)
        lastWaitlist[cohort.id] = std::max(lastWaitlist.value(cohort.id), r.waitlistPosition);
    const auto mine =
        std::find_if(held.begin(), held.end(), [&](const auto &h) { return h.first == cohort.id; });
    if (active && mine == held.end())
        held.emplace_back(cohort.id, r.status);
    else if (active)
        mine->second = r.status;
    else if (mine != held.end())
        held.erase(mine);
    seenPairs.insert(naturalKey, line);
    file(batch.enrollments, existing, r);
    // The plan as the rows leave it, for the waitlist's turn at the end (finish()).
    if (existing)
        ctx.enrollments[std::size_t(e.value())] = r;
}

void ImportValidator::Private::instructor()
{
    if (!required(ICode) || !required(IName))
        return;
    const QString code = value(ICode);
    if (duplicate(QStringLiteral("i/") + code, ICode, code))
        return;
    const auto it = instructorByCode.constFind(code);
    const Instructor *existing =
        it != instructorByCode.constEnd() ? &ctx.instructors[std::size_t(it.value())] : nullptr;
    Instructor r = existing ? *existing : Instructor{};
    r.code = code;
    text(IName, &r.name);
    text(IEmail, &r.email);
    text(IPhone, &r.phone);
    text(IDistrict, &r.homeDistrict);
    integer(IWeek, &r.maxDaysPerWeek, 0, 7);
    integer(IMonth, &r.maxDaysPerMonth, 0, 31);
    integer(IYear, &r.maxDaysPerYear, 0, 366);
    rules(r);
    if (!ok)
        return;
    markSeen(QStringLiteral("i/") + code);
    file(batch.instructors, existing, std::move(r));
}

void ImportValidator::Private::qualification()
{
    if (!required(QInstructor))
        return;
    const auto i = instructorByCode.constFind(value(QInstructor));
    if (i == instructorByCode.constEnd())
        problem(QInstructor, Tr::tr("unknown instructor code %1").arg(value(QInstructor)));
    Id courseId = 0;
    Id trackId = 0;
    const QString course = has(QCourse) ? value(QCourse) : QString();
    const QString track = has(QTrack) ? value(QTrack) : QString();
    if (course.isEmpty() == track.isEmpty()) {
        problem(course.isEmpty() ? QCourse : QTrack, course.isEmpty() ? QString() : course,
                Tr::tr("give either a course code or a track, not both"));
        return;
    }
    if (!course.isEmpty()) {
        const auto c = courseByCode.constFind(course);
        if (c == courseByCode.constEnd())
            problem(QCourse, Tr::tr("unknown course code %1").arg(course));
        else
            courseId = ctx.courses[std::size_t(c.value())].id;
    } else {
        trackId = trackByName.value(track.toLower(), trackByName.value(track));
        if (trackId == 0)
            problem(QTrack, Tr::tr("unknown track %1").arg(track));
    }
    if (!ok)
        return;
    const Id instructorId = ctx.instructors[std::size_t(i.value())].id;
    const QString naturalKey =
        QStringLiteral("%1/%2/%3").arg(instructorId).arg(courseId).arg(trackId);
    if (duplicate(QStringLiteral("q/") + naturalKey, course.isEmpty() ? QTrack : QCourse,
                  Tr::tr("%1 for %2").arg(value(QInstructor), course.isEmpty() ? track : course)))
        return;
    const auto q = qualificationByKey.constFind(naturalKey);
    const Qualification *existing =
        q != qualificationByKey.constEnd() ? &ctx.qualifications[std::size_t(q.value())] : nullptr;
    Qualification r = existing ? *existing : Qualification{};
    r.instructorId = instructorId;
    r.courseId = courseId;
    r.trackId = trackId;
    enumeration<CourseLevel>(QLevel, &r.level, parseLevel);
    date(QFrom, &r.validFrom, true);
    date(QUntil, &r.validUntil);
    rules(r);
    if (!ok)
        return;
    markSeen(QStringLiteral("q/") + naturalKey);
    file(batch.qualifications, existing, std::move(r));
}

void ImportValidator::Private::leave()
{
    if (!required(LInstructor))
        return;
    const auto i = instructorByCode.constFind(value(LInstructor));
    if (i == instructorByCode.constEnd())
        problem(LInstructor, Tr::tr("unknown instructor code %1").arg(value(LInstructor)));
    Leave r;
    date(LStart, &r.start, true);
    if (!ok)
        return;
    const Id instructorId = ctx.instructors[std::size_t(i.value())].id;
    const qint64 naturalKey = pairKey(instructorId, r.start.toJulianDay());
    const QString seenKey = QStringLiteral("l/%1/%2").arg(instructorId).arg(r.start.toJulianDay());
    if (duplicate(
            seenKey, LStart,
            Tr::tr("leave of %1 from %2").arg(value(LInstructor), r.start.toString(Qt::ISODate))))
        return;
    const auto l = leaveByKey.constFind(naturalKey);
    const Leave *existing =
        l != leaveByKey.constEnd() ? &ctx.leaves[std::size_t(l.value())] : nullptr;
    if (existing)
        r = *existing;
    r.instructorId = instructorId;
    date(LEnd, &r.end, true);
    text(LReason, &r.reason);
    rules(r);
    if (!ok)
        return;
    markSeen(seenKey);
    file(batch.leaves, existing, std::move(r));
}

void ImportValidator::Private::cohort()
{
    if (!required(CCode) || !required(CCourse))
        return;
    const QString code = value(CCode);
    if (duplicate(QStringLiteral("c/") + code, CCode, code))
        return;
    const auto c = courseByCode.constFind(value(CCourse));
    if (c == courseByCode.constEnd()) {
        problem(CCourse, Tr::tr("unknown course code %1").arg(value(CCourse)));
        return;
    }
    const Course &course = ctx.courses[std::size_t(c.value())];
    const auto it = cohortByCode.constFind(code);
    const Cohort *existing =
        it != cohortByCode.constEnd() ? &ctx.cohorts[std::size_t(it.value())] : nullptr;
    Cohort r = existing ? *existing : Cohort{};
    if (!existing)
        r.capacity = course.defaultCapacity;
    r.code = code;
    r.courseId = course.id;
    if (given(CVenue)) {
        const QString venue = value(CVenue);
        if (venue.isEmpty()) {
            r.venueId = 0;
        } else if (const auto v = venueByName.constFind(venue); v != venueByName.constEnd()) {
            r.venueId = ctx.venues[std::size_t(v.value())].id;
        } else {
            problem(CVenue, Tr::tr("unknown venue %1").arg(venue));
        }
    }
    enumeration<CohortMode>(CMode, &r.mode, parseMode);
    integer(CCapacity, &r.capacity, 1, 10000);
    enumeration<CohortStatus>(CStatus, &r.status, parseCohortStatus);
    text(CNotes, &r.notes);
    if (ok && r.mode != CohortMode::Online && r.venueId == 0)
        problem(CVenue, Tr::tr("a cohort that is not online needs a venue"));
    rules(r);
    if (!ok)
        return;
    if (existing) {
        if (const auto v = EnrollmentRules::checkCapacity(code, r.capacity, seats.value(r.id));
            !v) {
            problem(CCapacity, v.message());
            return;
        }
        EnrollmentCohort place = placeOf.value(r.id);
        place.capacity = r.capacity;
        place.status = r.status;
        const auto open = [](CohortStatus s) {
            return s != CohortStatus::Cancelled && s != CohortStatus::Completed;
        };
        const bool revived =
            existing->status == CohortStatus::Cancelled && r.status != CohortStatus::Cancelled;
        const bool moreSeats =
            open(r.status) && (r.capacity > existing->capacity || !open(existing->status));
        if (revived || moreSeats) {
            const EnrollmentRules rules = rulesFor(r.id, &place);
            // A cancelled cohort's trainees may have joined others at the same time since.
            if (revived) {
                if (const auto v = rules.checkDates(place); !v) {
                    problem(CStatus, v.message());
                    return;
                }
            }
            // The seats it gained go to its waitlist, as when the cohort is edited.
            const EnrollmentOutcome filled = rules.fillSeats(r.id, r.capacity);
            for (const EnrollmentChange &change : filled.changes) {
                batch.seated.push_back(change.after);
                batch.seatedBefore.push_back(change.before.value_or(change.after));
                for (qsizetype i : enrollmentsOfCohort.value(r.id))
                    if (ctx.enrollments[std::size_t(i)].id == change.after.id)
                        ctx.enrollments[std::size_t(i)] = change.after;
            }
            batch.promoted += filled.promoted;
            seats[r.id] += filled.promoted;
        }
        placeOf[r.id] = place;
    }
    markSeen(QStringLiteral("c/") + code);
    file(batch.cohorts, existing, std::move(r));
}

EnrollmentRules ImportValidator::Private::rulesFor(Id cohortId, const EnrollmentCohort *changed)
{
    if (!enrollmentsIndexed) {
        for (qsizetype i = 0; i < qsizetype(ctx.enrollments.size()); ++i) {
            const Enrollment &e = ctx.enrollments[std::size_t(i)];
            enrollmentsOfCohort[e.cohortId].push_back(i);
            enrollmentsOfTrainee[e.traineeId].push_back(i);
        }
        for (const Trainee &t : ctx.trainees)
            traineeNames.insert(t.id, t.name.isEmpty() ? t.idNumber : t.name);
        enrollmentsIndexed = true;
    }
    EnrollmentInput input;
    QSet<Id> cohorts{cohortId};
    for (qsizetype i : enrollmentsOfCohort.value(cohortId)) {
        const Id trainee = ctx.enrollments[std::size_t(i)].traineeId;
        if (!input.traineeNames.contains(trainee))
            input.traineeNames.insert(trainee, traineeNames.value(trainee));
        else
            continue; // their enrollments are in already
        for (qsizetype j : enrollmentsOfTrainee.value(trainee)) {
            input.enrollments.push_back(ctx.enrollments[std::size_t(j)]);
            cohorts.insert(ctx.enrollments[std::size_t(j)].cohortId);
        }
    }
    for (Id id : cohorts) {
        if (changed && id == changed->id)
            input.cohorts.push_back(*changed);
        else if (const auto p = placeOf.constFind(id); p != placeOf.constEnd())
            input.cohorts.push_back(*p);
    }
    return EnrollmentRules(std::move(input));
}

void ImportValidator::Private::session()
{
    if (!required(SCohort))
        return;
    const auto c = cohortByCode.constFind(value(SCohort));
    if (c == cohortByCode.constEnd())
        problem(SCohort, Tr::tr("unknown cohort code %1").arg(value(SCohort)));
    Session r;
    date(SDate, &r.date, true);
    if (required(SSlot))
        enumeration<SessionSlot>(SSlot, &r.slot, parseSlot);
    if (!ok)
        return;
    r.cohortId = ctx.cohorts[std::size_t(c.value())].id;
    const QString naturalKey =
        QStringLiteral("%1/%2/%3").arg(r.cohortId).arg(r.date.toJulianDay()).arg(int(r.slot));
    if (duplicate(
            QStringLiteral("s/") + naturalKey, SDate,
            Tr::tr("%1 %2 %3").arg(value(SCohort), r.date.toString(Qt::ISODate), toKey(r.slot))))
        return;
    rules(r);
    if (!ok)
        return;
    const auto s = sessionByKey.constFind(naturalKey);
    if (s != sessionByKey.constEnd()) {
        markSeen(QStringLiteral("s/") + naturalKey);
        ++batch.unchanged;
        return;
    }
    // Weekend courses meet on weekends; nobody teaches on a public holiday.
    if (workCalendar.isHoliday(r.date)) {
        problem(SDate, Tr::tr("%1 is a public holiday (%2)")
                           .arg(r.date.toString(Qt::ISODate), workCalendar.nameOf(r.date)));
        return;
    }
    // A session before the cohort's first or after its last moves its dates: refused when
    // one of its trainees would then be in two cohorts at the same time.
    const EnrollmentCohort place = placeOf.value(r.cohortId);
    if (!place.start.isValid() || r.date < place.start || r.date > place.end) {
        EnrollmentCohort moved = place;
        moved.start = place.start.isValid() ? std::min(place.start, r.date) : r.date;
        moved.end = place.end.isValid() ? std::max(place.end, r.date) : r.date;
        if (const auto v = rulesFor(r.cohortId, &moved).checkDates(moved); !v) {
            problem(SDate, v.message());
            return;
        }
        placeOf[r.cohortId] = moved;
    }
    markSeen(QStringLiteral("s/") + naturalKey);
    batch.sessions.inserts.push_back(r);
}

void ImportValidator::Private::calendarDay()
{
    CalendarDay r;
    date(DDate, &r.date, true);
    if (required(DKind))
        enumeration<CalendarDayKind>(DKind, &r.kind, parseDayKind);
    if (!ok)
        return;
    if (r.kind == CalendarDayKind::Workday && r.date.dayOfWeek() <= 5) {
        problem(DKind, Tr::tr("%1 is a weekday; only a weekend day can be a make-up working day")
                           .arg(r.date.toString(Qt::ISODate)));
        return;
    }
    const QString seenKey = QStringLiteral("d/%1").arg(r.date.toJulianDay());
    if (duplicate(seenKey, DDate, r.date.toString(Qt::ISODate)))
        return;
    const auto it = calendarByDay.constFind(r.date.toJulianDay());
    const CalendarDay *existing =
        it != calendarByDay.constEnd() ? &ctx.calendar[std::size_t(it.value())] : nullptr;
    if (existing) {
        r.name = existing->name;
        r.nameZh = existing->nameZh;
    }
    text(DName, &r.name);
    text(DNameZh, &r.nameZh);
    rules(r);
    if (!ok)
        return;
    markSeen(seenKey);
    file(batch.calendar, existing, std::move(r));
}

} // namespace Planner

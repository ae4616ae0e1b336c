// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantablemodels.h"

#include "auditdiff.h"
#include "cellvalues.h"

#include "plansession.h"

#include "io/csvwriter.h"
#include "planning/identitydocument.h"
#include "store/auditlog.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace Planner {

using namespace Cells;

namespace {

// What a row is searched by: its texts, one space apart.
QString joinedText(std::initializer_list<QString> parts)
{
    qsizetype size = 0;
    for (const QString &part : parts)
        size += part.size() + 1;
    QString text;
    text.reserve(size);
    for (const QString &part : parts) {
        text += part;
        text += QLatin1Char(' ');
    }
    return text;
}

QVariant colourSwatch(int role, const QString &colour)
{
    if (role == Qt::DecorationRole)
        return QColor::fromString(colour);
    return {};
}

} // namespace

QString localizedName(const QString &english, const QString &chinese)
{
    const bool chineseUi = QLocale().language() == QLocale::Chinese;
    return chineseUi && !chinese.isEmpty() ? chinese : english;
}

// ---- Tracks

void TrackTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.tracks(); });
}

QString TrackTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Track");
    case NameZh:
        return tr("Chinese name");
    case Colour:
        return tr("Colour");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrackTableModel::cellData(int sourceRow, int column, int role) const
{
    const Track &t = row(sourceRow);
    if (role == IdRole)
        return t.id;
    switch (Column(column)) {
    case Name:
        if (role == Qt::DecorationRole)
            return QColor::fromString(t.colour);
        return text(role, t.name);
    case NameZh:
        return text(role, t.nameZh);
    case Colour:
        if (role == Qt::DecorationRole)
            return colourSwatch(role, t.colour);
        return text(role, t.colour);
    case ColumnCount:
        break;
    }
    return {};
}

QString TrackTableModel::searchText(int sourceRow) const
{
    const Track &t = row(sourceRow);
    return joinedText({t.name, t.nameZh});
}

// ---- Courses

void CourseTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.courses(); });
    session.query<Choices>(this, trackChoices,
                           [this](Choices tracks) { m_tracks = std::move(tracks); });
}

QString CourseTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case TitleZh:
        return tr("Chinese title");
    case Track:
        return tr("Track");
    case Level:
        return tr("Level");
    case Days:
        return tr("Days");
    case HoursPerDay:
        return tr("Hours/day");
    case Capacity:
        return tr("Default seats");
    case Pattern:
        return tr("Session pattern");
    case Qualification:
        return tr("Qualification awarded");
    case Cohorts:
        return tr("Cohorts");
    case Certified:
        return tr("Certified");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CourseTableModel::cellData(int sourceRow, int column, int role) const
{
    const CourseSummary &r = row(sourceRow);
    const Course &c = r.course;
    if (role == IdRole)
        return c.id;
    switch (Column(column)) {
    case Code:
        return text(role, c.code);
    case Title:
        return text(role, c.title);
    case TitleZh:
        return text(role, c.titleZh);
    case Track:
        return text(role, r.track);
    case Level:
        if (role == SortRole)
            return int(c.level);
        return text(role, displayName(c.level));
    case Days:
        return number(role, c.days);
    case HoursPerDay:
        return number(role, c.hoursPerDay, 1);
    case Capacity:
        return number(role, c.defaultCapacity);
    case Pattern:
        if (role == SortRole)
            return c.sessionWeekdays * 8 + c.sessionSlots;
        return text(role, patternText(c.sessionWeekdays, c.sessionSlots));
    case Qualification:
        return text(role, c.qualification);
    case Cohorts:
        return number(role, r.cohorts);
    case Certified:
        return number(role, r.certified);
    case ColumnCount:
        break;
    }
    return {};
}

QString CourseTableModel::searchText(int sourceRow) const
{
    const CourseSummary &r = row(sourceRow);
    return joinedText({r.course.code, r.course.title, r.course.titleZh, r.track});
}

Facets CourseTableModel::supportedFacets() const
{
    return Facet::Track;
}

QString CourseTableModel::facet(int sourceRow, Facet facet) const
{
    return facet == Facet::Track ? row(sourceRow).track : QString();
}

// ---- Venues

void VenueTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.venues(); });
}

QString VenueTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Venue");
    case District:
        return tr("District");
    case Address:
        return tr("Address");
    case Seats:
        return tr("Seats");
    case Online:
        return tr("Online");
    case Cohorts:
        return tr("Cohorts");
    case Sessions:
        return tr("Sessions");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VenueTableModel::cellData(int sourceRow, int column, int role) const
{
    const VenueSummary &r = row(sourceRow);
    const Venue &v = r.venue;
    if (role == IdRole)
        return v.id;
    switch (Column(column)) {
    case Name:
        return text(role, v.name);
    case District:
        return text(role, v.district);
    case Address:
        return text(role, v.address);
    case Seats:
        return number(role, v.seats);
    case Online:
        if (role == SortRole)
            return v.online;
        return text(role, v.online ? tr("Online") : tr("On site"));
    case Cohorts:
        return number(role, r.cohorts);
    case Sessions:
        return number(role, r.sessions);
    case ColumnCount:
        break;
    }
    return {};
}

QString VenueTableModel::searchText(int sourceRow) const
{
    const Venue &v = row(sourceRow).venue;
    return joinedText({v.name, v.district, v.address});
}

Facets VenueTableModel::supportedFacets() const
{
    return Facet::District;
}

QString VenueTableModel::facet(int sourceRow, Facet facet) const
{
    return facet == Facet::District ? row(sourceRow).venue.district : QString();
}

// ---- Instructors

void InstructorTableModel::reload(PlanSession &session)
{
    const int year = m_year > 0 ? m_year : QDate::currentDate().year();
    const QDate today = QDate::currentDate();
    load(session, [year, today](const PlanQueries &q) { return q.instructors(year, today); });
}

QString InstructorTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case HomeDistrict:
        return tr("Home district");
    case Qualifications:
        return tr("Qualifications");
    case NextExpiry:
        return tr("Next expiry");
    case Cohorts:
        return tr("Cohorts");
    case TeachingDays:
        return tr("Teaching days");
    case MaxDaysYear:
        return tr("Max days/year");
    case LeaveDays:
        return tr("Leave days");
    case MaxDaysWeek:
        return tr("Max days/week");
    case MaxDaysMonth:
        return tr("Max days/month");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

QString InstructorTableModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case Cohorts:
        return tr("Cohorts with a session in %1").arg(m_year);
    case TeachingDays:
        return tr("Distinct days with a session in %1").arg(m_year);
    case LeaveDays:
        return tr("Days of leave in %1").arg(m_year);
    case NextExpiry:
        return tr("The next date on which one of the qualifications expires");
    default:
        return {};
    }
}

QVariant InstructorTableModel::cellData(int sourceRow, int column, int role) const
{
    const InstructorSummary &r = row(sourceRow);
    const Instructor &i = r.instructor;
    if (role == IdRole)
        return i.id;
    switch (Column(column)) {
    case Code:
        return text(role, i.code);
    case Name:
        return text(role, i.name);
    case HomeDistrict:
        return text(role, i.homeDistrict);
    case Qualifications:
        if (role == Qt::ToolTipRole)
            return r.qualifications;
        return text(role, r.qualifications);
    case NextExpiry:
        return date(role, r.nextExpiry);
    case Cohorts:
        return number(role, r.cohorts);
    case TeachingDays:
        if (role == Qt::ForegroundRole && r.teachingDays > i.maxDaysPerYear)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return number(role, r.teachingDays);
    case MaxDaysYear:
        return number(role, i.maxDaysPerYear);
    case LeaveDays:
        return number(role, r.leaveDays);
    case MaxDaysWeek:
        return number(role, i.maxDaysPerWeek);
    case MaxDaysMonth:
        return number(role, i.maxDaysPerMonth);
    case Email:
        return text(role, i.email);
    case Phone:
        return text(role, i.phone);
    case ColumnCount:
        break;
    }
    return {};
}

QString InstructorTableModel::searchText(int sourceRow) const
{
    const InstructorSummary &r = row(sourceRow);
    return joinedText(
        {r.instructor.code, r.instructor.name, r.instructor.homeDistrict, r.qualifications});
}

Facets InstructorTableModel::supportedFacets() const
{
    return Facet::District;
}

QString InstructorTableModel::facet(int sourceRow, Facet facet) const
{
    return facet == Facet::District ? row(sourceRow).instructor.homeDistrict : QString();
}

// ---- Cohorts

void CohortTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.cohorts(); });
    session.query<std::pair<Choices, Choices>>(
        this,
        [](const PlanQueries &q) {
            Choices courses;
            for (const CourseSummary &c : q.courses())
                courses =
                    choice(std::move(courses),
                           QStringLiteral("%1 %2").arg(
                               c.course.code, localizedName(c.course.title, c.course.titleZh)),
                           c.course.id);
            Choices venues = choice({}, tr("None (online)"), Id(0));
            for (const VenueSummary &v : q.venues())
                venues = choice(std::move(venues), v.venue.name, v.venue.id);
            return std::pair(courses, venues);
        },
        [this](std::pair<Choices, Choices> lists) {
            m_courses = std::move(lists.first);
            m_venues = std::move(lists.second);
        });
}

void CohortTableModel::setConflictMarks(QHash<Id, ConflictMark> marks)
{
    m_marks = std::move(marks);
    if (rowCount() > 0)
        emit dataChanged(index(0, Status), index(rowCount() - 1, Status),
                         {Qt::DecorationRole, Qt::ToolTipRole, ConflictRole});
}

QString CohortTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Cohort");
    case Course:
        return tr("Course");
    case Track:
        return tr("Track");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case TeachingDays:
        return tr("Days");
    case Mode:
        return tr("Mode");
    case Venue:
        return tr("Venue");
    case District:
        return tr("District");
    case Capacity:
        return tr("Seats");
    case Enrolled:
        return tr("Enrolled");
    case Waitlisted:
        return tr("Waitlist");
    case Lead:
        return tr("Lead instructor");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CohortTableModel::cellData(int sourceRow, int column, int role) const
{
    const CohortSummary &r = row(sourceRow);
    const Cohort &c = r.cohort;
    if (role == IdRole)
        return c.id;
    if (role == TrackColourRole)
        return QColor::fromString(r.trackColour);
    if (role == ConflictRole)
        return m_marks.value(c.id).severity;
    switch (Column(column)) {
    case Code:
        if (role == Qt::DecorationRole)
            return QColor::fromString(r.trackColour);
        return text(role, c.code);
    case Course:
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1\n%2").arg(r.courseTitle, r.courseTitleZh);
        return text(role, QStringLiteral("%1 %2").arg(
                              r.courseCode, localizedName(r.courseTitle, r.courseTitleZh)));
    case Track:
        return text(role, localizedName(r.track, r.trackZh));
    case Start:
        return date(role, r.start);
    case End:
        return date(role, r.end);
    case TeachingDays:
        return number(role, r.teachingDays);
    case Mode:
        if (role == SortRole)
            return int(c.mode);
        return text(role, displayName(c.mode));
    case Venue:
        return text(role, r.venue);
    case District:
        return text(role, r.district);
    case Capacity:
        return number(role, c.capacity);
    case Enrolled:
        if (role == Qt::ForegroundRole && r.enrolled > c.capacity)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return number(role, r.enrolled);
    case Waitlisted:
        return number(role, r.waitlisted);
    case Lead:
        if (role == Qt::DisplayRole && r.leadInstructor.isEmpty() &&
            c.status != CohortStatus::Cancelled)
            return tr("(none)");
        if (role == Qt::ForegroundRole && r.leadInstructor.isEmpty() &&
            c.status != CohortStatus::Cancelled)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return text(role, r.leadInstructor);
    case Status: {
        const auto mark = m_marks.constFind(c.id);
        if (mark != m_marks.cend()) {
            if (role == Qt::DecorationRole)
                return mark->severity >= 2 ? QColor(0xc0, 0x39, 0x2b) : QColor(0xe6, 0x9f, 0x00);
            if (role == Qt::ToolTipRole)
                return tr("%n conflict(s). %1", nullptr, mark->count).arg(mark->first);
        }
        if (role == SortRole)
            return int(c.status);
        return text(role, displayName(c.status));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QString CohortTableModel::searchText(int sourceRow) const
{
    const CohortSummary &r = row(sourceRow);
    // Both languages of course and track, whichever the UI shows.
    return joinedText({r.cohort.code, r.courseCode, r.courseTitle, r.courseTitleZh, r.track,
                       r.trackZh, r.venue, r.district, r.leadInstructor});
}

Facets CohortTableModel::supportedFacets() const
{
    return Facet::Track | Facet::Status | Facet::District;
}

QString CohortTableModel::facet(int sourceRow, Facet facet) const
{
    const CohortSummary &r = row(sourceRow);
    switch (facet) {
    case Facet::Track:
        return localizedName(r.track, r.trackZh);
    case Facet::Status:
        return displayName(r.cohort.status);
    case Facet::District:
        return r.district;
    case Facet::Table:
    case Facet::User:
    case Facet::Record:
        break;
    }
    return {};
}

bool CohortTableModel::hasDateSpan() const
{
    return true;
}

std::pair<QDate, QDate> CohortTableModel::dateSpan(int sourceRow) const
{
    const CohortSummary &r = row(sourceRow);
    return {r.start, r.end};
}

// ---- Trainees

void TraineeTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.trainees(); });
}

QString TraineeTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case IdType:
        return tr("Document");
    case Employer:
        return tr("Employer");
    case District:
        return tr("District");
    case Enrollments:
        return tr("Enrollments");
    case LatestCohort:
        return tr("Latest cohort");
    case LatestStart:
        return tr("Latest start");
    case Certification:
        return tr("Highest certificate");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TraineeTableModel::cellData(int sourceRow, int column, int role) const
{
    const TraineeSummary &r = row(sourceRow);
    const Trainee &t = r.trainee;
    if (role == IdRole)
        return t.id;
    switch (Column(column)) {
    case Name:
        return text(role, traineeName(t.name));
    case IdNumber:
        return text(role, shownIdNumber(t.id, t.idNumber));
    case IdType:
        if (role == SortRole)
            return int(t.idType);
        return text(role, t.idNumber.isEmpty() ? QString() : displayName(t.idType));
    case Employer:
        return text(role, t.employer);
    case District:
        return text(role, t.district);
    case Enrollments:
        return number(role, r.enrollments);
    case LatestCohort:
        return text(role, r.latestCohort);
    case LatestStart:
        return date(role, r.latestStart);
    case Certification:
        if (role == SortRole)
            return int(r.highestCertification);
        return text(role, r.highestCertification == CertificationLevel::None
                              ? QString()
                              : displayName(r.highestCertification));
    case Email:
        return text(role, t.email);
    case Phone:
        return text(role, t.phone);
    case ColumnCount:
        break;
    }
    return {};
}

QString TraineeTableModel::searchText(int sourceRow) const
{
    const TraineeSummary &r = row(sourceRow);
    const Trainee &t = r.trainee;
    // The number in full (found without being shown) and as shown (copied from a cell).
    return joinedText({t.name, t.idNumber, IdentityDocument::masked(t.idNumber), t.employer,
                       t.district, r.latestCohort});
}

Facets TraineeTableModel::supportedFacets() const
{
    return Facet::Status | Facet::District;
}

QString TraineeTableModel::facet(int sourceRow, Facet facet) const
{
    const TraineeSummary &r = row(sourceRow);
    switch (facet) {
    case Facet::Status:
        return displayName(r.highestCertification); // the certificate held
    case Facet::District:
        return r.trainee.district;
    case Facet::Track:
    case Facet::Table:
    case Facet::User:
    case Facet::Record:
        break;
    }
    return {};
}

bool TraineeTableModel::hasDateSpan() const
{
    return true;
}

std::pair<QDate, QDate> TraineeTableModel::dateSpan(int sourceRow) const
{
    const QDate start = row(sourceRow).latestStart;
    return {start, start};
}

// ---- Work calendar

void CalendarTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.calendar(); });
}

QString CalendarTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Date:
        return tr("Date");
    case Weekday:
        return tr("Weekday");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case NameZh:
        return tr("Chinese name");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CalendarTableModel::cellData(int sourceRow, int column, int role) const
{
    const CalendarDay &d = row(sourceRow);
    if (role == IdRole)
        return d.date.toJulianDay();
    switch (Column(column)) {
    case Date:
        return date(role, d.date);
    case Weekday:
        if (role == SortRole)
            return d.date.dayOfWeek();
        return text(role, QLocale().dayName(d.date.dayOfWeek()));
    case Kind:
        if (role == SortRole)
            return int(d.kind);
        if (role == Qt::ForegroundRole)
            return QBrush(d.kind == CalendarDayKind::Holiday ? QColor(0xc0, 0x39, 0x2b)
                                                             : QColor(0x1f, 0x77, 0xb4));
        return text(role, displayName(d.kind));
    case Name:
        return text(role, d.name);
    case NameZh:
        return text(role, d.nameZh);
    case ColumnCount:
        break;
    }
    return {};
}

QString CalendarTableModel::searchText(int sourceRow) const
{
    const CalendarDay &d = row(sourceRow);
    return joinedText({d.date.toString(Qt::ISODate), d.name, d.nameZh});
}

bool CalendarTableModel::hasDateSpan() const
{
    return true;
}

std::pair<QDate, QDate> CalendarTableModel::dateSpan(int sourceRow) const
{
    const QDate day = row(sourceRow).date;
    return {day, day};
}

// ---- Audit log

void AuditTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return AuditLog(q.database()).newest(Limit); });
}

QString AuditTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Table:
        return tr("Table");
    case Record:
        return tr("Record");
    case Change:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

namespace {

QString actionName(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert:
        return AuditTableModel::tr("Added");
    case AuditAction::Update:
        return AuditTableModel::tr("Changed");
    case AuditAction::Delete:
        return AuditTableModel::tr("Deleted");
    case AuditAction::Import:
        return AuditTableModel::tr("Imported");
    case AuditAction::Generate:
        return AuditTableModel::tr("Generated");
    case AuditAction::Migrate:
        return AuditTableModel::tr("Upgraded");
    case AuditAction::Reveal:
        return AuditTableModel::tr("Revealed");
    case AuditAction::Export:
        return AuditTableModel::tr("Exported");
    case AuditAction::Erase:
        return AuditTableModel::tr("Erased");
    }
    return {};
}

// "field: before → after" for the fields an update changed, else the record as stored.
QString changeSummary(const AuditEntry &e)
{
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    auto text = [](const QJsonValue &v) {
        return v.isString()
                   ? v.toString()
                   : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1);
    };
    QStringList parts;
    if (!before.isEmpty() && !after.isEmpty()) {
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.value(it.key()) != it.value())
                parts << QStringLiteral("%1: %2 → %3")
                             .arg(auditFieldLabel(it.key()),
                                  auditValueLabel(e.table, it.key(), text(before.value(it.key()))),
                                  auditValueLabel(e.table, it.key(), text(it.value())));
        }
    } else {
        const QJsonObject &record = after.isEmpty() ? before : after;
        for (auto it = record.begin(); it != record.end(); ++it)
            parts << QStringLiteral("%1: %2").arg(
                auditFieldLabel(it.key()), auditValueLabel(e.table, it.key(), text(it.value())));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QVariant AuditTableModel::cellData(int sourceRow, int column, int role) const
{
    const AuditEntry &e = row(sourceRow);
    if (role == IdRole)
        return e.id;
    switch (Column(column)) {
    case When:
        if (role == SortRole)
            return e.id; // ids follow time
        if (role == Qt::DisplayRole)
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return {};
    case Who:
        return text(role, e.user);
    case Action:
        return text(role, actionName(e.action));
    case Table:
        if (role == Qt::ToolTipRole)
            return e.table; // the table's name in the plan file
        return text(role, auditTableLabel(e.table));
    case Record:
        return text(role, e.recordKey);
    case Change:
        if (role == Qt::ToolTipRole)
            return changeSummary(e);
        return text(role, changeSummary(e));
    case ColumnCount:
        break;
    }
    return {};
}

QString AuditTableModel::searchText(int sourceRow) const
{
    const AuditEntry &e = row(sourceRow);
    return joinedText({e.user, auditTableLabel(e.table), e.table, e.recordKey, changeSummary(e),
                       e.before, e.after});
}

Facets AuditTableModel::supportedFacets() const
{
    return Facet::Status | Facet::Table | Facet::User | Facet::Record;
}

QString AuditTableModel::facet(int sourceRow, Facet facet) const
{
    const AuditEntry &e = row(sourceRow);
    switch (facet) {
    case Facet::Status:
        return actionName(e.action);
    case Facet::Table:
        return auditTableLabel(e.table);
    case Facet::User:
        return e.user;
    case Facet::Record:
        return e.recordKey;
    case Facet::Track:
    case Facet::District:
        break;
    }
    return {};
}

QString AuditTableModel::facetAnyText(Facet facet) const
{
    return facet == Facet::Status ? tr("All actions") : QString();
}

QByteArray AuditTableModel::shownRowsAsCsv() const
{
    const QStringList header{tr("When (UTC)"), tr("Who"),    tr("Action"), tr("Table"),
                             tr("Record"),     tr("Change"), tr("Before"), tr("After")};
    QList<QStringList> rows;
    rows.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r) {
        const AuditEntry &e = entryAt(r);
        rows << QStringList{e.at.toUTC().toString(Qt::ISODate),
                            e.user,
                            actionName(e.action),
                            auditTableLabel(e.table),
                            e.recordKey,
                            changeSummary(e),
                            e.before,
                            e.after};
    }
    return CsvWriter::file(header, rows);
}

QString AuditTableModel::saveShownRowsAsCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(shownRowsAsCsv()) < 0 || !file.commit())
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

bool AuditTableModel::hasDateSpan() const
{
    return true;
}

std::pair<QDate, QDate> AuditTableModel::dateSpan(int sourceRow) const
{
    const QDate day = row(sourceRow).at.toLocalTime().date();
    return {day, day};
}

} // namespace Planner

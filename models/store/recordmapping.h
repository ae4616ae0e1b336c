// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/store: how each domain record maps to its table's columns.

#include "sqlutil.h"

#include "domain/coursepreference.h"
#include "domain/plandata.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <array>

namespace Planner::Store {

// How each record type maps to its table. The first keyCount columns form the key;
// tables with hasRowId have an INTEGER PRIMARY KEY "id" as their only key column.
template <typename T> struct Mapping;

// T's columns, comma-separated, each after "alias." when an alias is given: the select
// list that Mapping<T>::read reads from its first column on.
template <typename T> QString columnList(const char *alias = nullptr)
{
    QStringList names;
    for (const char *c : Mapping<T>::columns)
        names << (alias ? QStringLiteral("%1.%2").arg(QLatin1String(alias), QLatin1String(c))
                        : QLatin1String(c));
    return names.join(QLatin1String(", "));
}

// The four rate columns of SeatRates, from column o on.
inline SeatRates readSeatRates(const QSqlQuery &q, int o)
{
    return {Sql::toOptionalDouble(q.value(o)), Sql::toOptionalDouble(q.value(o + 1)),
            Sql::toOptionalDouble(q.value(o + 2)), Sql::toOptionalDouble(q.value(o + 3))};
}

#define COLUMNS(...) static constexpr auto columns = std::to_array<const char *>({__VA_ARGS__})

template <> struct Mapping<Track>
{
    static constexpr const char *table = "track";
    COLUMNS("id", "name", "name_zh", "colour");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const Track &r)
    {
        return {Sql::fromId(r.id), r.name, r.nameZh, r.colour};
    }
    static Track read(const QSqlQuery &q, int o = 0)
    {
        return {q.value(o + 0).toLongLong(), q.value(o + 1).toString(), q.value(o + 2).toString(),
                q.value(o + 3).toString()};
    }
    static void setId(Track &r, Id id) { r.id = id; }
};

template <> struct Mapping<Course>
{
    static constexpr const char *table = "course";
    COLUMNS("id", "track_id", "code", "title", "title_zh", "level", "days", "hours_per_day",
            "default_capacity", "qualification", "session_weekdays", "session_slots", "fill_rate",
            "no_show_rate", "completion_rate", "pass_rate", "cohort_share", "materials_fee",
            "exam_fee");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const Course &r)
    {
        return {Sql::fromId(r.id),
                r.trackId,
                r.code,
                r.title,
                r.titleZh,
                toKey(r.level),
                r.days,
                r.hoursPerDay,
                r.defaultCapacity,
                r.qualification,
                r.sessionWeekdays,
                r.sessionSlots,
                Sql::fromOptional(r.rates.fill),
                Sql::fromOptional(r.rates.noShow),
                Sql::fromOptional(r.rates.completion),
                Sql::fromOptional(r.rates.pass),
                Sql::fromOptional(r.cohortShare),
                r.materialsFee,
                r.examFee};
    }
    static Course read(const QSqlQuery &q, int o = 0)
    {
        Course r;
        r.id = q.value(o + 0).toLongLong();
        r.trackId = q.value(o + 1).toLongLong();
        r.code = q.value(o + 2).toString();
        r.title = q.value(o + 3).toString();
        r.titleZh = q.value(o + 4).toString();
        r.level = fromKey<CourseLevel>(q.value(o + 5).toString()).value_or(CourseLevel::Foundation);
        r.days = q.value(o + 6).toInt();
        r.hoursPerDay = q.value(o + 7).toDouble();
        r.defaultCapacity = q.value(o + 8).toInt();
        r.qualification = q.value(o + 9).toString();
        r.sessionWeekdays = q.value(o + 10).toInt();
        r.sessionSlots = q.value(o + 11).toInt();
        r.rates = readSeatRates(q, o + 12);
        r.cohortShare = Sql::toOptionalDouble(q.value(o + 16));
        r.materialsFee = q.value(o + 17).toLongLong();
        r.examFee = q.value(o + 18).toLongLong();
        return r;
    }
    static void setId(Course &r, Id id) { r.id = id; }
};

template <> struct Mapping<Venue>
{
    static constexpr const char *table = "venue";
    COLUMNS("id", "name", "district", "address", "seats", "online", "day_rent", "seat_licence");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const Venue &r)
    {
        return {Sql::fromId(r.id), r.name,           r.district, r.address,
                r.seats,           r.online ? 1 : 0, r.dayRent,  r.seatLicence};
    }
    static Venue read(const QSqlQuery &q, int o = 0)
    {
        return {q.value(o + 0).toLongLong(), q.value(o + 1).toString(),
                q.value(o + 2).toString(),   q.value(o + 3).toString(),
                q.value(o + 4).toInt(),      q.value(o + 5).toInt() != 0,
                q.value(o + 6).toLongLong(), q.value(o + 7).toLongLong()};
    }
    static void setId(Venue &r, Id id) { r.id = id; }
};

template <> struct Mapping<Instructor>
{
    static constexpr const char *table = "instructor";
    COLUMNS("id", "code", "name", "email", "phone", "home_district", "max_days_week",
            "max_days_month", "max_days_year", "day_rate");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const Instructor &r)
    {
        return {Sql::fromId(r.id),
                r.code,
                r.name,
                r.email,
                r.phone,
                r.homeDistrict,
                r.maxDaysPerWeek,
                r.maxDaysPerMonth,
                r.maxDaysPerYear,
                Sql::fromOptionalInt(r.dayRate)};
    }
    static Instructor read(const QSqlQuery &q, int o = 0)
    {
        return {q.value(o + 0).toLongLong(), q.value(o + 1).toString(),
                q.value(o + 2).toString(),   q.value(o + 3).toString(),
                q.value(o + 4).toString(),   q.value(o + 5).toString(),
                q.value(o + 6).toInt(),      q.value(o + 7).toInt(),
                q.value(o + 8).toInt(),      Sql::toOptionalInt(q.value(o + 9))};
    }
    static void setId(Instructor &r, Id id) { r.id = id; }
};

template <> struct Mapping<Qualification>
{
    static constexpr const char *table = "instructor_qualification";
    COLUMNS("id", "instructor_id", "track_id", "course_id", "level", "valid_from", "valid_until");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const Qualification &r)
    {
        return {Sql::fromId(r.id),          r.instructorId, Sql::fromId(r.trackId),
                Sql::fromId(r.courseId),    toKey(r.level), Sql::fromDate(r.validFrom),
                Sql::fromDate(r.validUntil)};
    }
    static Qualification read(const QSqlQuery &q, int o = 0)
    {
        Qualification r;
        r.id = q.value(o + 0).toLongLong();
        r.instructorId = q.value(o + 1).toLongLong();
        r.trackId = q.value(o + 2).toLongLong();
        r.courseId = q.value(o + 3).toLongLong();
        r.level = fromKey<CourseLevel>(q.value(o + 4).toString()).value_or(CourseLevel::Foundation);
        r.validFrom = Sql::toDate(q.value(o + 5));
        r.validUntil = Sql::toDate(q.value(o + 6));
        return r;
    }
    static void setId(Qualification &r, Id id) { r.id = id; }
};

template <> struct Mapping<Leave>
{
    static constexpr const char *table = "instructor_leave";
    COLUMNS("id", "instructor_id", "start_date", "end_date", "reason");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const Leave &r)
    {
        return {Sql::fromId(r.id), r.instructorId, Sql::fromDate(r.start), Sql::fromDate(r.end),
                r.reason};
    }
    static Leave read(const QSqlQuery &q, int o = 0)
    {
        return {q.value(o + 0).toLongLong(), q.value(o + 1).toLongLong(),
                Sql::toDate(q.value(o + 2)), Sql::toDate(q.value(o + 3)),
                q.value(o + 4).toString()};
    }
    static void setId(Leave &r, Id id) { r.id = id; }
};

template <> struct Mapping<CoursePreference>
{
    static constexpr const char *table = "instructor_preference";
    COLUMNS("id", "instructor_id", "course_id", "points");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const CoursePreference &r)
    {
        return {Sql::fromId(r.id), r.instructorId, r.courseId, r.points};
    }
    static CoursePreference read(const QSqlQuery &q, int o = 0)
    {
        return {q.value(o + 0).toLongLong(), q.value(o + 1).toLongLong(),
                q.value(o + 2).toLongLong(), q.value(o + 3).toInt()};
    }
    static void setId(CoursePreference &r, Id id) { r.id = id; }
};

template <> struct Mapping<Cohort>
{
    static constexpr const char *table = "cohort";
    COLUMNS("id", "course_id", "code", "venue_id", "mode", "capacity", "status", "notes");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const Cohort &r)
    {
        return {Sql::fromId(r.id), r.courseId, r.code,          Sql::fromId(r.venueId),
                toKey(r.mode),     r.capacity, toKey(r.status), r.notes};
    }
    static Cohort read(const QSqlQuery &q, int o = 0)
    {
        Cohort r;
        r.id = q.value(o + 0).toLongLong();
        r.courseId = q.value(o + 1).toLongLong();
        r.code = q.value(o + 2).toString();
        r.venueId = q.value(o + 3).toLongLong();
        r.mode = fromKey<CohortMode>(q.value(o + 4).toString()).value_or(CohortMode::InPerson);
        r.capacity = q.value(o + 5).toInt();
        r.status = fromKey<CohortStatus>(q.value(o + 6).toString()).value_or(CohortStatus::Planned);
        r.notes = q.value(o + 7).toString();
        return r;
    }
    static void setId(Cohort &r, Id id) { r.id = id; }
};

template <> struct Mapping<Session>
{
    static constexpr const char *table = "cohort_session";
    COLUMNS("id", "cohort_id", "day", "slot");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const Session &r)
    {
        return {Sql::fromId(r.id), r.cohortId, Sql::fromDate(r.date), toKey(r.slot)};
    }
    static Session read(const QSqlQuery &q, int o = 0)
    {
        return {q.value(o + 0).toLongLong(), q.value(o + 1).toLongLong(),
                Sql::toDate(q.value(o + 2)),
                fromKey<SessionSlot>(q.value(o + 3).toString()).value_or(SessionSlot::Morning)};
    }
    static void setId(Session &r, Id id) { r.id = id; }
};

template <> struct Mapping<CohortInstructor>
{
    static constexpr const char *table = "cohort_instructor";
    COLUMNS("cohort_id", "instructor_id", "role", "locked");
    static constexpr int keyCount = 2;
    static constexpr bool hasRowId = false;
    static QVariantList values(const CohortInstructor &r)
    {
        return {r.cohortId, r.instructorId, toKey(r.role), r.locked ? 1 : 0};
    }
    static CohortInstructor read(const QSqlQuery &q, int o = 0)
    {
        return {q.value(o + 0).toLongLong(), q.value(o + 1).toLongLong(),
                fromKey<InstructorRole>(q.value(o + 2).toString()).value_or(InstructorRole::Lead),
                q.value(o + 3).toInt() != 0};
    }
    static void setId(CohortInstructor &, Id) {}
};

template <> struct Mapping<Trainee>
{
    static constexpr const char *table = "trainee";
    COLUMNS("id", "id_number", "name", "employer", "district", "email", "phone", "id_type");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const Trainee &r)
    {
        return {Sql::fromId(r.id),
                r.idNumber.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(r.idNumber),
                r.name,
                r.employer,
                r.district,
                r.email,
                r.phone,
                toKey(r.idType)};
    }
    static Trainee read(const QSqlQuery &q, int o = 0)
    {
        return {q.value(o + 0).toLongLong(),
                q.value(o + 1).toString(),
                q.value(o + 2).toString(),
                q.value(o + 3).toString(),
                q.value(o + 4).toString(),
                q.value(o + 5).toString(),
                q.value(o + 6).toString(),
                fromKey<IdDocumentType>(q.value(o + 7).toString())
                    .value_or(IdDocumentType::ResidentId)};
    }
    static void setId(Trainee &r, Id id) { r.id = id; }
};

template <> struct Mapping<Enrollment>
{
    static constexpr const char *table = "enrollment";
    COLUMNS("id", "trainee_id", "cohort_id", "status", "waitlist_position", "enrolled_on",
            "attendance", "score", "certification", "certified_on");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const Enrollment &r)
    {
        return {Sql::fromId(r.id),
                r.traineeId,
                r.cohortId,
                toKey(r.status),
                r.waitlistPosition > 0 ? QVariant(r.waitlistPosition)
                                       : QVariant(QMetaType(QMetaType::Int)),
                Sql::fromDate(r.enrolledOn),
                Sql::fromOptional(r.attendance),
                Sql::fromOptional(r.score),
                r.certification == CertificationLevel::None
                    ? QVariant(QMetaType(QMetaType::QString))
                    : QVariant(toKey(r.certification)),
                Sql::fromDate(r.certifiedOn)};
    }
    static Enrollment read(const QSqlQuery &q, int o = 0)
    {
        Enrollment r;
        r.id = q.value(o + 0).toLongLong();
        r.traineeId = q.value(o + 1).toLongLong();
        r.cohortId = q.value(o + 2).toLongLong();
        r.status = fromKey<EnrollmentStatus>(q.value(o + 3).toString())
                       .value_or(EnrollmentStatus::Enrolled);
        r.waitlistPosition = q.value(o + 4).toInt();
        r.enrolledOn = Sql::toDate(q.value(o + 5));
        r.attendance = Sql::toOptionalDouble(q.value(o + 6));
        r.score = Sql::toOptionalDouble(q.value(o + 7));
        r.certification = fromKey<CertificationLevel>(q.value(o + 8).toString())
                              .value_or(CertificationLevel::None);
        r.certifiedOn = Sql::toDate(q.value(o + 9));
        return r;
    }
    static void setId(Enrollment &r, Id id) { r.id = id; }
};

template <> struct Mapping<Target>
{
    static constexpr const char *table = "target";
    COLUMNS("year", "track_id", "trainees", "certified", "fill_rate", "no_show_rate",
            "completion_rate", "pass_rate", "budget");
    static constexpr int keyCount = 2;
    static constexpr bool hasRowId = false;
    static QVariantList values(const Target &r)
    {
        return {r.year,
                r.trackId,
                r.trainees,
                r.certified,
                Sql::fromOptional(r.rates.fill),
                Sql::fromOptional(r.rates.noShow),
                Sql::fromOptional(r.rates.completion),
                Sql::fromOptional(r.rates.pass),
                Sql::fromOptionalInt(r.budget)};
    }
    static Target read(const QSqlQuery &q, int o = 0)
    {
        return {q.value(o + 0).toInt(),  q.value(o + 1).toLongLong(),
                q.value(o + 2).toInt(),  q.value(o + 3).toInt(),
                readSeatRates(q, o + 4), Sql::toOptionalInt(q.value(o + 8))};
    }
    static void setId(Target &, Id) {}
};

template <> struct Mapping<CalendarDay>
{
    static constexpr const char *table = "work_calendar";
    COLUMNS("day", "kind", "name", "name_zh");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = false;
    static QVariantList values(const CalendarDay &r)
    {
        return {Sql::fromDate(r.date), toKey(r.kind), r.name, r.nameZh};
    }
    static CalendarDay read(const QSqlQuery &q, int o = 0)
    {
        return {
            Sql::toDate(q.value(o + 0)),
            fromKey<CalendarDayKind>(q.value(o + 1).toString()).value_or(CalendarDayKind::Holiday),
            q.value(o + 2).toString(), q.value(o + 3).toString()};
    }
    static void setId(CalendarDay &, Id) {}
};

template <> struct Mapping<LevelRate>
{
    static constexpr const char *table = "level_rate";
    COLUMNS("level", "day_rate");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = false;
    static QVariantList values(const LevelRate &r) { return {toKey(r.level), r.dayRate}; }
    static LevelRate read(const QSqlQuery &q, int o = 0)
    {
        return {fromKey<CourseLevel>(q.value(o + 0).toString()).value_or(CourseLevel::Foundation),
                q.value(o + 1).toLongLong()};
    }
    static void setId(LevelRate &, Id) {}
};

template <> struct Mapping<FixedCost>
{
    static constexpr const char *table = "fixed_cost";
    COLUMNS("id", "year", "name", "amount");
    static constexpr int keyCount = 1;
    static constexpr bool hasRowId = true;
    static QVariantList values(const FixedCost &r)
    {
        return {Sql::fromId(r.id), r.year, r.name, r.amount};
    }
    static FixedCost read(const QSqlQuery &q, int o = 0)
    {
        return {q.value(o + 0).toLongLong(), q.value(o + 1).toInt(), q.value(o + 2).toString(),
                q.value(o + 3).toLongLong()};
    }
    static void setId(FixedCost &r, Id id) { r.id = id; }
};

#undef COLUMNS

// A record's key as the History names it: "42", or "2026/3" for composite keys.
template <typename T> QString keyText(const QVariantList &values)
{
    QStringList parts;
    for (int i = 0; i < Mapping<T>::keyCount; ++i)
        parts << values.at(i).toString();
    return parts.join(QLatin1Char('/'));
}

// A record as the History stores it: one JSON object of its columns.
template <typename T> QByteArray recordJsonUtf8(const QVariantList &values)
{
    return Sql::jsonObject(Mapping<T>::columns.data(), qsizetype(Mapping<T>::columns.size()),
                           values);
}

template <typename T> QString recordJson(const T &record)
{
    return QString::fromUtf8(recordJsonUtf8<T>(Mapping<T>::values(record)));
}

} // namespace Planner::Store

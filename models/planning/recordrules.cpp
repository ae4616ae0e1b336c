// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordrules.h"

#include "identitydocument.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Planner::RecordRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner::RecordRules", text);
}

Problem violation(const char *field, const QString &message)
{
    return Problem{QLatin1String(field), message};
}

Result<> requireText(const char *field, const QString &value, int maxLength, const char *label)
{
    if (value.trimmed().isEmpty())
        return violation(field, tr("%1 must not be empty.").arg(tr(label)));
    if (value.size() > maxLength)
        return violation(
            field, tr("%1 is too long: at most %2 characters.").arg(tr(label)).arg(maxLength));
    return {};
}

Result<> requireRange(const char *field, double value, double min, double max, const char *label)
{
    if (value < min || value > max)
        return violation(field,
                         tr("%1 must be between %2 and %3.")
                             .arg(tr(label), QLocale().toString(min), QLocale().toString(max)));
    return {};
}

// A sum of money from 0 to max yuan, said in the locale's way ("¥100,000").
Result<> requireMoney(const char *field, qint64 value, qint64 max, const char *label)
{
    if (value < 0 || value > max)
        return violation(field,
                         tr("%1 must be between %2 and %3.")
                             .arg(tr(label), QLocale().toCurrencyString(0, QStringLiteral("¥")),
                                  QLocale().toCurrencyString(max, QStringLiteral("¥"))));
    return {};
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

#define RETURN_IF(x)                                                                               \
    if (auto v = (x); !v)                                                                          \
        return v;

Result<> check(const Track &track)
{
    RETURN_IF(requireText("name", track.name, 200,
                          QT_TRANSLATE_NOOP("Planner::RecordRules", "The name")));
    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!colour.match(track.colour).hasMatch())
        return violation("colour", tr("The colour must be written #rrggbb, e.g. #4e79a7."));
    return {};
}

const std::array<SeatRateRange, 4> &seatRateRanges()
{
    static const std::array<SeatRateRange, 4> ranges{{{"fill_rate", 0.05, 1.0},
                                                      {"no_show_rate", 0.0, 0.9},
                                                      {"completion_rate", 0.05, 1.0},
                                                      {"pass_rate", 0.0, 1.0}}};
    return ranges;
}

Result<> check(const SeatRates &rates)
{
    static const std::array<const char *, 4> labels{
        QT_TRANSLATE_NOOP("Planner::RecordRules", "The share of seats taken"),
        QT_TRANSLATE_NOOP("Planner::RecordRules", "The no-show rate"),
        QT_TRANSLATE_NOOP("Planner::RecordRules", "The completion rate"),
        QT_TRANSLATE_NOOP("Planner::RecordRules", "The certification rate")};
    const std::array<const std::optional<double> *, 4> values{&rates.fill, &rates.noShow,
                                                              &rates.completion, &rates.pass};
    const QLocale locale;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::optional<double> &value = *values[i];
        const SeatRateRange &range = seatRateRanges()[i];
        if (value &&
            !(std::isfinite(*value) && *value >= range.min - 1e-9 && *value <= range.max + 1e-9))
            return violation(range.column,
                             tr("%1 must be from %2 % to %3 %, not %4 %.")
                                 .arg(tr(labels[i]), locale.toString(range.min * 100, 'f', 0),
                                      locale.toString(range.max * 100, 'f', 0),
                                      std::isfinite(*value) ? locale.toString(*value * 100, 'g', 4)
                                                            : QStringLiteral("?")));
    }
    return {};
}

Result<> check(const Course &course)
{
    if (course.trackId == 0)
        return violation("track_id", tr("Choose the course's track."));
    RETURN_IF(requireText("code", course.code, 50,
                          QT_TRANSLATE_NOOP("Planner::RecordRules", "The code")));
    RETURN_IF(requireText("title", course.title, 300,
                          QT_TRANSLATE_NOOP("Planner::RecordRules", "The title")));
    RETURN_IF(
        requireRange("days", course.days, 1, 365,
                     QT_TRANSLATE_NOOP("Planner::RecordRules", "The number of teaching days")));
    if (!(course.hoursPerDay > 0 && course.hoursPerDay <= 24))
        return violation("hours_per_day",
                         tr("The hours per day must be more than 0 and at most 24."));
    RETURN_IF(requireRange("default_capacity", course.defaultCapacity, 1, 10000,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The capacity")));
    if ((course.sessionWeekdays & 0x7f) == 0 || (course.sessionWeekdays & ~0x7f) != 0)
        return violation("session_weekdays", tr("Choose at least one weekday for the sessions."));
    if ((course.sessionSlots & 0x7) == 0 || (course.sessionSlots & ~0x7) != 0)
        return violation("session_slots", tr("Choose at least one time of day for the sessions."));
    if (course.cohortShare && !(std::isfinite(*course.cohortShare) && *course.cohortShare >= 0 &&
                                *course.cohortShare <= 1))
        return violation(
            "cohort_share",
            tr("A course's share of its track's new cohorts must be from 0 % to 100 %."));
    RETURN_IF(requireMoney("materials_fee", course.materialsFee, CostLimits::TraineeFee,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The materials per trainee")));
    RETURN_IF(requireMoney("exam_fee", course.examFee, CostLimits::TraineeFee,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The exam fee per trainee")));
    return check(course.rates);
}

Result<> check(const Venue &venue)
{
    RETURN_IF(requireText("name", venue.name, 300,
                          QT_TRANSLATE_NOOP("Planner::RecordRules", "The name")));
    RETURN_IF(requireRange("seats", venue.seats, 0, 100000,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The number of seats")));
    if (!venue.online && venue.seats == 0)
        return violation("seats", tr("A venue that is not online needs at least one seat."));
    RETURN_IF(requireMoney("day_rent", venue.dayRent, CostLimits::DayRent,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The rent per day")));
    RETURN_IF(requireMoney("seat_licence", venue.seatLicence, CostLimits::SeatLicence,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The licence per seat")));
    return {};
}

Result<> check(const Instructor &instructor)
{
    RETURN_IF(requireText("code", instructor.code, 50,
                          QT_TRANSLATE_NOOP("Planner::RecordRules", "The staff number")));
    RETURN_IF(requireText("name", instructor.name, 200,
                          QT_TRANSLATE_NOOP("Planner::RecordRules", "The name")));
    RETURN_IF(requireRange("max_days_week", instructor.maxDaysPerWeek, 0, 7,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The limit per week")));
    RETURN_IF(requireRange("max_days_month", instructor.maxDaysPerMonth, 0, 31,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The limit per month")));
    RETURN_IF(requireRange("max_days_year", instructor.maxDaysPerYear, 0, 366,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The limit per year")));
    if (instructor.maxDaysPerMonth > instructor.maxDaysPerYear)
        return violation("max_days_month",
                         tr("The limit per month cannot be above the limit per year."));
    if (instructor.dayRate) {
        RETURN_IF(requireMoney("day_rate", *instructor.dayRate, CostLimits::DayRate,
                               QT_TRANSLATE_NOOP("Planner::RecordRules", "The day rate")));
    }
    return {};
}

Result<> check(const Qualification &qualification)
{
    if ((qualification.trackId == 0) == (qualification.courseId == 0))
        return violation("track_id", tr("A qualification is for either a track or a course."));
    if (!qualification.validFrom.isValid())
        return violation("valid_from", tr("Enter the date the qualification is valid from."));
    if (qualification.validUntil.isValid() && qualification.validUntil < qualification.validFrom)
        return violation(
            "valid_until",
            tr("The qualification cannot end (%1) before it starts (%2).")
                .arg(dateText(qualification.validUntil), dateText(qualification.validFrom)));
    return {};
}

Result<> check(const Leave &leave)
{
    if (!leave.start.isValid())
        return violation("start_date", tr("Enter the first day of the leave."));
    if (!leave.end.isValid())
        return violation("end_date", tr("Enter the last day of the leave."));
    if (leave.end < leave.start)
        return violation("end_date", tr("The leave cannot end (%1) before it starts (%2).")
                                         .arg(dateText(leave.end), dateText(leave.start)));
    return {};
}

Result<> check(const Cohort &cohort)
{
    if (cohort.courseId == 0)
        return violation("course_id", tr("Choose the cohort's course."));
    RETURN_IF(requireText("code", cohort.code, 80,
                          QT_TRANSLATE_NOOP("Planner::RecordRules", "The code")));
    if (cohort.capacity < 1)
        return violation("capacity", tr("The capacity must be at least 1 seat."));
    RETURN_IF(requireRange("capacity", cohort.capacity, 1, 10000,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The capacity")));
    if (cohort.mode != CohortMode::Online && cohort.venueId == 0)
        return violation("venue_id", tr("A cohort taught in person needs a venue."));
    return {};
}

Result<> check(const Session &session)
{
    if (!session.date.isValid())
        return violation("day", tr("Enter the session's date."));
    return {};
}

Result<> check(const CohortInstructor &assignment)
{
    if (assignment.instructorId == 0)
        return violation("instructor_id", tr("Choose the instructor."));
    return {};
}

Result<> check(const Trainee &trainee)
{
    RETURN_IF(requireText("name", trainee.name, 200,
                          QT_TRANSLATE_NOOP("Planner::RecordRules", "The name")));
    if (trainee.idNumber.size() > 40)
        return violation("id_number",
                         tr("The identity number is too long: at most 40 characters."));
    // The number as the state defines the document's numbers (a resident ID's region,
    // birth date and check character), so that imports match people by it reliably.
    if (!trainee.idNumber.isEmpty()) {
        if (const Result<> valid =
                IdentityDocument::check(trainee.idType, trainee.idNumber, QDate::currentDate());
            !valid)
            return violation("id_number",
                             tr("%1: %2.").arg(displayName(trainee.idType), valid.message()));
    }
    return {};
}

Result<> check(const Enrollment &enrollment)
{
    if (enrollment.attendance && (*enrollment.attendance < 0 || *enrollment.attendance > 1))
        return violation("attendance", tr("The attendance must be between 0% and 100%."));
    if (enrollment.score && (*enrollment.score < 0 || *enrollment.score > 100))
        return violation("score", tr("The score must be between 0 and 100."));
    if (enrollment.certification != CertificationLevel::None &&
        enrollment.status != EnrollmentStatus::Completed)
        return violation("certification",
                         tr("Only a trainee who completed the cohort can be certified."));
    if (enrollment.certification != CertificationLevel::None && !enrollment.certifiedOn.isValid())
        return violation("certified_on", tr("Enter the date of the certificate."));
    return {};
}

Result<> check(const Target &target)
{
    RETURN_IF(requireRange("year", target.year, 2000, 2100,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The year")));
    if (target.trackId == 0)
        return violation("track_id", tr("Choose the target's track."));
    RETURN_IF(requireRange("trainees", target.trainees, 0, 10000000,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The trainee target")));
    RETURN_IF(requireRange("certified", target.certified, 0, 10000000,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The certification target")));
    if (target.certified > target.trainees)
        return violation("certified",
                         tr("More certified (%1) than trained (%2) is not a reachable target.")
                             .arg(target.certified)
                             .arg(target.trainees));
    if (target.budget) {
        RETURN_IF(requireMoney("budget", *target.budget, CostLimits::Budget,
                               QT_TRANSLATE_NOOP("Planner::RecordRules", "The budget")));
    }
    return check(target.rates);
}

Result<> check(const CalendarDay &day)
{
    if (!day.date.isValid())
        return violation("day", tr("Enter the date."));
    return {};
}

Result<> check(const LevelRate &rate)
{
    return requireMoney("day_rate", rate.dayRate, CostLimits::DayRate,
                        QT_TRANSLATE_NOOP("Planner::RecordRules", "The day rate"));
}

Result<> check(const FixedCost &cost)
{
    RETURN_IF(requireRange("year", cost.year, 2000, 2100,
                           QT_TRANSLATE_NOOP("Planner::RecordRules", "The year")));
    RETURN_IF(
        requireText("name", cost.name, 200, QT_TRANSLATE_NOOP("Planner::RecordRules", "The name")));
    return requireMoney("amount", cost.amount, CostLimits::FixedCost,
                        QT_TRANSLATE_NOOP("Planner::RecordRules", "The amount"));
}

Result<> checkSessions(const std::vector<Session> &sessions, const WorkCalendar &calendar)
{
    if (sessions.empty())
        return violation("sessions", tr("A cohort needs at least one session."));
    QSet<QPair<qint64, int>> seen;
    for (const Session &session : sessions) {
        RETURN_IF(check(session));
        if (!calendar.isWorkingDay(session.date)) {
            const QString name = calendar.nameOf(session.date);
            return violation(
                "day",
                name.isEmpty()
                    ? tr("%1 is a weekend day, not a working day.").arg(dateText(session.date))
                    : tr("%1 is a public holiday (%2), not a working day.")
                          .arg(dateText(session.date), name));
        }
        const QPair<qint64, int> key{session.date.toJulianDay(), int(session.slot)};
        if (seen.contains(key))
            return violation(
                "day",
                tr("Two sessions are on %1 at the same time of day.").arg(dateText(session.date)));
        seen.insert(key);
    }
    return {};
}

Result<> checkInstructors(const std::vector<CohortInstructor> &assignments)
{
    QSet<qint64> seen;
    int leads = 0;
    for (const CohortInstructor &a : assignments) {
        RETURN_IF(check(a));
        if (seen.contains(a.instructorId))
            return violation("instructor_id", tr("An instructor is assigned twice."));
        seen.insert(a.instructorId);
        leads += a.role == InstructorRole::Lead ? 1 : 0;
    }
    if (leads > 1)
        return violation("role",
                         tr("A cohort has one lead instructor; make the others assistants."));
    return {};
}

#undef RETURN_IF

} // namespace Planner::RecordRules

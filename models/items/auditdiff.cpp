// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdiff.h"

#include "domain/enums.h"
#include "planning/identitydocument.h"
#include "planning/importrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Planner {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    // Numbers, booleans, arrays and objects as compact JSON.
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

std::vector<AuditField> auditFields(const AuditEntry &entry)
{
    const QJsonObject before = QJsonDocument::fromJson(entry.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
    // Both sides' fields: a column added or dropped by a format upgrade shows too.
    QStringList keys = after.keys();
    for (const QString &k : before.keys()) {
        if (!after.contains(k))
            keys << k;
    }
    keys.sort();
    std::vector<AuditField> fields;
    for (const QString &k : keys) {
        AuditField f;
        f.name = k;
        f.before = valueText(before.value(k));
        f.after = valueText(after.value(k));
        f.changed = before.value(k) != after.value(k);
        fields.push_back(std::move(f));
    }
    return fields;
}

namespace {

QString lookUp(const QString &key,
               std::initializer_list<std::pair<const char *, const char *>> labels)
{
    for (const auto &[k, label] : labels)
        if (key == QLatin1String(k))
            return QCoreApplication::translate("Planner::AuditLabels", label);
    return {};
}

} // namespace

QString auditTableLabel(const QString &table)
{
    const QString label = lookUp(
        table,
        {
            {"track", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Tracks")},
            {"course", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Courses")},
            {"venue", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Venues")},
            {"instructor", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Instructors")},
            {"instructor_qualification",
             QT_TRANSLATE_NOOP("Planner::AuditLabels", "Qualifications")},
            {"instructor_leave", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Leave")},
            {"instructor_preference",
             QT_TRANSLATE_NOOP("Planner::AuditLabels", "Course preferences")},
            {"cohort", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Cohorts")},
            {"cohort_session", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Sessions")},
            {"cohort_instructor", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Assignments")},
            {"trainee", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Trainees")},
            {"enrollment", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Enrollments")},
            {"target", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Targets")},
            {"work_calendar", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Work calendar")},
            {"level_rate", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Day rates by level")},
            {"fixed_cost", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Fixed costs")},
            {"audit_log", QT_TRANSLATE_NOOP("Planner::AuditLabels", "History")},
            {"calendar_event", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Exported calendars")},
            {"plan_meta", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Plan facts")},
        });
    return label.isEmpty() ? table : label;
}

QString auditRecordLabel(const QString &table)
{
    const QString label = lookUp(
        table,
        {
            {"track", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Track")},
            {"course", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Course")},
            {"venue", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Venue")},
            {"instructor", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Instructor")},
            {"instructor_qualification",
             QT_TRANSLATE_NOOP("Planner::AuditLabels", "Qualification")},
            {"instructor_leave", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Leave")},
            {"instructor_preference",
             QT_TRANSLATE_NOOP("Planner::AuditLabels", "Course preference")},
            {"cohort", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Cohort")},
            {"cohort_session", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Session")},
            {"cohort_instructor", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Assignment")},
            {"trainee", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Trainee")},
            {"enrollment", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Enrollment")},
            {"target", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Target")},
            {"work_calendar", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Work calendar day")},
            {"level_rate", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Day rate")},
            {"fixed_cost", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Fixed cost")},
            {"audit_log", QT_TRANSLATE_NOOP("Planner::AuditLabels", "History entry")},
            {"calendar_event", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Exported calendar")},
            {"plan_meta", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Plan fact")},
        });
    return label.isEmpty() ? table : label;
}

QString auditFieldLabel(const QString &field)
{
    // The database's own names first; what the import columns share, in their words.
    const QString label = lookUp(
        field,
        {
            {"id", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Record")},
            {"track_id", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Track")},
            {"course_id", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Course")},
            {"venue_id", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Venue")},
            {"instructor_id", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Instructor")},
            {"cohort_id", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Cohort")},
            {"trainee_id", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Trainee")},
            {"colour", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Colour")},
            {"title", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Title")},
            {"title_zh", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Chinese title")},
            {"days", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Days")},
            {"hours_per_day", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Hours a day")},
            {"default_capacity", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Default capacity")},
            {"qualification", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Qualification needed")},
            {"session_weekdays", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Weekdays")},
            {"session_slots", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Times of day")},
            {"address", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Address")},
            {"seats", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Seats")},
            {"online", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Online")},
            {"start_date", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Start")},
            {"end_date", QT_TRANSLATE_NOOP("Planner::AuditLabels", "End")},
            {"points", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Preference")},
            {"day", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Date")},
            {"role", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Role")},
            {"locked", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Locked")},
            {"year", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Year")},
            {"certified", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Certified")},
            {"day_rate", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Day rate")},
            {"day_rent", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Rent per day")},
            {"seat_licence", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Licence per seat")},
            {"materials_fee", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Materials")},
            {"exam_fee", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Exam fee")},
            {"budget", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Budget")},
            {"amount", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Amount")},
            {"promoted_scenario",
             QT_TRANSLATE_NOOP("Planner::AuditLabels", "Made the plan from the scenario")},
            {"backup", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Backup of the plan before")},
            // The notes of imports, generated plans and edits.
            {"file", QT_TRANSLATE_NOOP("Planner::AuditLabels", "File")},
            {"imported", QT_TRANSLATE_NOOP("Planner::AuditLabels", "New")},
            {"updated", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Changed")},
            {"unchanged", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Unchanged")},
            {"promoted_from_waitlist",
             QT_TRANSLATE_NOOP("Planner::AuditLabels", "Promoted from the waitlist")},
            {"because_of_withdrawal",
             QT_TRANSLATE_NOOP("Planner::AuditLabels", "Because of the withdrawal")},
            {"because_of_capacity",
             QT_TRANSLATE_NOOP("Planner::AuditLabels", "Because the capacity grew to")},
            {"override_reason",
             QT_TRANSLATE_NOOP("Planner::AuditLabels", "Reason for overriding a warning")},
            {"note", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Note")},
            {"tracks", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Tracks")},
            {"courses", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Courses")},
            {"venues", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Venues")},
            {"instructors", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Instructors")},
            {"cohorts", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Cohorts")},
            {"sessions", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Sessions")},
            {"trainees", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Trainees")},
            {"enrollments", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Enrollments")},
            // What was done with people's data (reveal, export, erase).
            {"revealed", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Shown in full")},
            {"rows", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Rows")},
            {"id_numbers", QT_TRANSLATE_NOOP("Planner::AuditLabels", "ID numbers")},
            {"erased", QT_TRANSLATE_NOOP("Planner::AuditLabels", "Erased")},
        });
    return label.isEmpty() ? ImportRules::columnLabel(field) : label;
}

namespace {

template <typename E> QString enumLabel(const QString &value)
{
    const auto e = fromKey<E>(value);
    return e ? displayName(*e) : value;
}

} // namespace

QString auditValueLabel(const QString &table, const QString &field, const QString &value)
{
    if (value.isEmpty())
        return value;
    // The History shows ID numbers masked like every other screen.
    if (field == QLatin1String("id_number"))
        return IdentityDocument::masked(value);
    if (field == QLatin1String("revealed") || field == QLatin1String("erased")) { // field names
        QStringList labels;
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels << auditFieldLabel(name.trimmed());
        return labels.join(QCoreApplication::translate("Planner::AuditLabels", ", "));
    }
    if (field == QLatin1String("id_numbers"))
        return value == QLatin1String("included")
                   ? QCoreApplication::translate("Planner::AuditLabels", "included in full")
                   : QCoreApplication::translate("Planner::AuditLabels", "masked");
    if (field == QLatin1String("role"))
        return enumLabel<InstructorRole>(value);
    if (field == QLatin1String("status"))
        return table == QLatin1String("enrollment") ? enumLabel<EnrollmentStatus>(value)
                                                    : enumLabel<CohortStatus>(value);
    if (field == QLatin1String("mode"))
        return enumLabel<CohortMode>(value);
    if (field == QLatin1String("slot"))
        return enumLabel<SessionSlot>(value);
    if (field == QLatin1String("level"))
        return enumLabel<CourseLevel>(value);
    if (field == QLatin1String("certification"))
        return enumLabel<CertificationLevel>(value);
    if (field == QLatin1String("kind") && table == QLatin1String("work_calendar"))
        return enumLabel<CalendarDayKind>(value);
    // Counts with the locale's thousands separators, as everywhere else.
    for (const char *count :
         {"cohorts", "sessions", "trainees", "enrollments", "instructors", "courses", "venues",
          "tracks", "imported", "updated", "unchanged", "rows"}) {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (ok && field == QLatin1String(count))
            return QLocale().toString(n);
    }
    if (field == QLatin1String("locked") || field == QLatin1String("online")) {
        if (value == QLatin1String("1") || value == QLatin1String("true"))
            return QCoreApplication::translate("Planner::AuditLabels", "Yes");
        if (value == QLatin1String("0") || value == QLatin1String("false"))
            return QCoreApplication::translate("Planner::AuditLabels", "No");
    }
    return value;
}

namespace {

// The tables whose records people know by name, and the fields that point at them.
const std::pair<const char *, const char *> NamedTables[] = {
    {"track_id", "track"},           {"course_id", "course"}, {"venue_id", "venue"},
    {"instructor_id", "instructor"}, {"cohort_id", "cohort"}, {"trainee_id", "trainee"},
};

bool isNamedTable(const QString &table)
{
    for (const auto &[field, named] : NamedTables)
        if (table == QLatin1String(named))
            return true;
    return false;
}

QString labelOf(const QString &code, const QString &name, const QString &nameZh, bool chinese)
{
    const QString shown = chinese && !nameZh.isEmpty() ? nameZh : name;
    if (code.isEmpty())
        return shown;
    return shown.isEmpty() ? code : code + QLatin1Char(' ') + shown;
}

QString labelOf(const QJsonObject &record, bool chinese)
{
    const QString name = record.value(QLatin1String("name"))
                             .toString(record.value(QLatin1String("title")).toString());
    const QString nameZh = record.value(QLatin1String("name_zh"))
                               .toString(record.value(QLatin1String("title_zh")).toString());
    return labelOf(record.value(QLatin1String("code")).toString(), name, nameZh, chinese);
}

QString key(const QString &table, const QString &id)
{
    return table + QLatin1Char(':') + id;
}

QString idText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString::number(v.toInteger());
}

} // namespace

void nameAuditEntries(std::vector<AuditEntry> &entries, const std::vector<NamedRecord> &current,
                      bool chinese)
{
    QHash<QString, QString> now;
    for (const NamedRecord &r : current)
        now.insert(key(r.table, QString::number(r.id)), labelOf(r.code, r.name, r.nameZh, chinese));
    QHash<QString, QString> then; // as the entries so far left them
    const auto name = [&](const QString &table, const QString &id) {
        if (const auto it = then.constFind(key(table, id)); it != then.constEnd())
            return *it;
        return now.value(key(table, id));
    };
    // Oldest first: each entry is named by the state the entries before it left.
    for (auto e = entries.rbegin(); e != entries.rend(); ++e) {
        const QJsonObject before = QJsonDocument::fromJson(e->before.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(e->after.toUtf8()).object();
        const QJsonObject &record = after.isEmpty() ? before : after;
        QStringList parts;
        for (const QJsonObject *side : {&before, &after}) {
            for (const auto &[field, table] : NamedTables) {
                const QJsonValue v = side->value(QLatin1String(field));
                if (v.isUndefined() || v.isNull())
                    continue;
                const QString id = idText(v);
                const QString label = name(QLatin1String(table), id);
                if (!label.isEmpty())
                    e->valueLabels.insert(QLatin1String(field) + QLatin1Char('=') + id, label);
            }
        }
        if (isNamedTable(e->table)) {
            // Its own name: after the change for an insert or update, before it for a delete.
            const QString own = labelOf(record, chinese);
            e->recordLabel = own.isEmpty() ? name(e->table, e->recordKey) : own;
            if (!after.isEmpty() && !own.isEmpty())
                then.insert(key(e->table, e->recordKey), own);
        } else {
            // A session, an assignment or an enrollment: the records it joins, its cohort
            // first.
            for (const char *field : {"cohort_id", "instructor_id", "trainee_id", "course_id",
                                      "venue_id", "track_id"}) {
                const QJsonValue v = record.value(QLatin1String(field));
                if (!v.isUndefined() && !v.isNull())
                    parts << e->valueLabels.value(QLatin1String(field) + QLatin1Char('=') +
                                                  idText(v));
            }
            if (const QString day = record.value(QLatin1String("day")).toString(); !day.isEmpty())
                parts << day;
            parts.removeAll(QString());
            e->recordLabel = parts.join(QStringLiteral(" · "));
        }
    }
}

QString auditValueLabel(const AuditEntry &entry, const QString &field, const QString &value)
{
    if (const auto it = entry.valueLabels.constFind(field + QLatin1Char('=') + value);
        it != entry.valueLabels.constEnd())
        return *it;
    return auditValueLabel(entry.table, field, value);
}

QString personalDataPlaceLabel(const PersonalData::Place &place)
{
    QStringList values;
    for (const QString &v : place.values)
        values << auditFieldLabel(v);
    const QString part = place.table == QLatin1String("audit_log")
                             ? (place.column == QLatin1String("before")
                                    ? QCoreApplication::translate("Planner::AuditLabels", "before")
                                    : QCoreApplication::translate("Planner::AuditLabels", "after"))
                             : auditFieldLabel(place.column);
    const QString rows =
        place.table == QLatin1String("audit_log")
            ? QCoreApplication::translate("Planner::AuditLabels", "%n entry(s)", nullptr,
                                          place.rows)
            : QCoreApplication::translate("Planner::AuditLabels", "%n row(s)", nullptr, place.rows);
    const QString list = values.join(QCoreApplication::translate("Planner::AuditLabels", ", "));
    if (part.isEmpty())
        return QCoreApplication::translate("Planner::AuditLabels", "%1: %2: %3")
            .arg(auditTableLabel(place.table), rows, list);
    return QCoreApplication::translate("Planner::AuditLabels", "%1 (%2): %3: %4")
        .arg(auditTableLabel(place.table), part, rows, list);
}

} // namespace Planner

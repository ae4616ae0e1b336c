// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsexport.h"

#include "domain/cohort.h"
#include "domain/course.h"
#include "domain/instructor.h"
#include "domain/venue.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <map>

namespace Planner::IcsExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner::IcsExport", text);
}

// One event per session of the cohorts, in time order.
Ics::Calendar eventsOf(const QSqlDatabase &db, const std::vector<Cohort> &cohorts, const QString &name,
                       const std::map<Id, QString> &roles = {})
{
    std::map<Id, Course> courses;
    for (const Course &c : Repository<Course>(db).loadAll())
        courses[c.id] = c;
    std::map<Id, Venue> venues;
    for (const Venue &v : Repository<Venue>(db).loadAll())
        venues[v.id] = v;
    std::map<Id, const Cohort *> byId;
    std::vector<Id> ids;
    for (const Cohort &c : cohorts) {
        byId[c.id] = &c;
        ids.push_back(c.id);
    }
    std::vector<Session> sessions = Repository<Session>(db).loadWhere("cohort_id", ids);
    std::sort(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) {
        return std::tie(a.date, a.slot, a.cohortId) < std::tie(b.date, b.slot, b.cohortId);
    });
    Ics::Calendar calendar;
    calendar.name = name;
    for (const Session &s : sessions) {
        const Cohort &cohort = *byId[s.cohortId];
        const auto course = courses.find(cohort.courseId);
        const auto venue = venues.find(cohort.venueId);
        Ics::Event e;
        // The cohort, day and time of day identify a session across edits (its row id
        // does not survive a cohort's sessions being laid out again).
        e.uid = QStringLiteral("%1-%2-%3@cohortplanner")
                    .arg(cohort.code, s.date.toString(QStringLiteral("yyyyMMdd")), toKey(s.slot));
        e.date = s.date;
        e.start = Ics::slotStart(s.slot);
        e.end = Ics::slotEnd(s.slot);
        const QString title = course != courses.end() ? course->second.title : QString();
        e.summary = title.isEmpty() ? cohort.code : QStringLiteral("%1 (%2)").arg(title, cohort.code);
        if (venue != venues.end())
            e.location = venue->second.address.isEmpty()
                             ? venue->second.name
                             : QStringLiteral("%1, %2").arg(venue->second.name, venue->second.address);
        else if (cohort.mode == CohortMode::Online)
            e.location = tr("Online");
        QStringList description;
        if (const auto role = roles.find(cohort.id); role != roles.end())
            description << role->second;
        if (!cohort.notes.isEmpty())
            description << cohort.notes;
        e.description = description.join(QLatin1Char('\n'));
        calendar.events.push_back(std::move(e));
    }
    return calendar;
}

} // namespace

std::optional<Ics::Calendar> instructorSchedule(const QSqlDatabase &db, Id instructorId, QString *error)
{
    Instructor key;
    key.id = instructorId;
    const std::optional<Instructor> instructor = Repository<Instructor>(db).find(key);
    if (!instructor) {
        *error = tr("The instructor was deleted meanwhile.");
        return std::nullopt;
    }
    std::map<Id, QString> roles;
    std::vector<Id> ids;
    for (const CohortInstructor &a : Repository<CohortInstructor>(db).loadWhere("instructor_id", {instructor->id})) {
        roles[a.cohortId] = a.role == InstructorRole::Lead ? tr("Lead instructor") : tr("Assistant instructor");
        ids.push_back(a.cohortId);
    }
    std::vector<Cohort> cohorts = Repository<Cohort>(db).loadWhere("id", ids);
    std::erase_if(cohorts, [](const Cohort &c) { return c.status == CohortStatus::Cancelled; });
    return eventsOf(db, cohorts, tr("Teaching: %1").arg(instructor->name), roles);
}

std::optional<Ics::Calendar> cohortSessions(const QSqlDatabase &db, Id cohortId, QString *error)
{
    Cohort key;
    key.id = cohortId;
    const std::optional<Cohort> cohort = Repository<Cohort>(db).find(key);
    if (!cohort) {
        *error = tr("The cohort was deleted meanwhile.");
        return std::nullopt;
    }
    return eventsOf(db, {*cohort}, tr("Cohort %1").arg(cohort->code));
}

std::optional<Ics::Calendar> instructorSchedule(const QSqlDatabase &db, const QString &code, QString *error)
{
    for (const Instructor &i : Repository<Instructor>(db).loadAll()) {
        if (i.code == code)
            return instructorSchedule(db, i.id, error);
    }
    *error = tr("There is no instructor with the code “%1”.").arg(code);
    return std::nullopt;
}

std::optional<Ics::Calendar> cohortSessions(const QSqlDatabase &db, const QString &code, QString *error)
{
    for (const Cohort &c : Repository<Cohort>(db).loadAll()) {
        if (c.code == code)
            return cohortSessions(db, c.id, error);
    }
    *error = tr("There is no cohort with the code “%1”.").arg(code);
    return std::nullopt;
}

QString suggestedFileName(const Ics::Calendar &calendar)
{
    QString name = calendar.name;
    static const QString refused = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name) {
        if (refused.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    return name.simplified() + QStringLiteral(".ics");
}

QString save(const Ics::Calendar &calendar, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(Ics::write(calendar, QDateTime::currentDateTimeUtc()));
    if (!file.commit())
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace Planner::IcsExport

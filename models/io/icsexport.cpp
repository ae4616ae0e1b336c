// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsexport.h"

#include "domain/cohort.h"
#include "domain/course.h"
#include "domain/instructor.h"
#include "domain/venue.h"
#include "store/plandatabase.h"
#include "store/repository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace Planner::IcsExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner::IcsExport", text);
}

QString keyOf(Scope scope, Id id)
{
    switch (scope) {
    case Scope::Instructor:
        return QStringLiteral("instructor:%1").arg(id);
    case Scope::Cohort:
        return QStringLiteral("cohort:%1").arg(id);
    case Scope::Venue:
        return QStringLiteral("venue:%1").arg(id);
    }
    return {};
}

QString fingerprint(const Ics::Event &e)
{
    const QString text = QStringList{e.date.toString(Qt::ISODate),
                                     e.start.toString(QStringLiteral("HH:mm")),
                                     e.end.toString(QStringLiteral("HH:mm")),
                                     e.summary,
                                     e.location,
                                     e.description,
                                     e.cancelled ? QStringLiteral("cancelled") : QString()}
                             .join(QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

// One event per session of the cohorts, in time order; what each description says
// beside the cohort's notes comes from extra.
Ics::Calendar eventsOf(const QSqlDatabase &db, const std::vector<Cohort> &cohorts,
                       const QString &name, const std::function<QStringList(const Cohort &)> &extra)
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
        return std::tie(a.cohortId, a.date, a.slot) < std::tie(b.cohortId, b.date, b.slot);
    });
    const QString planId = CalendarLedger::planId(db);
    Ics::Calendar calendar;
    calendar.name = name;
    int ordinal = 0;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const Session &s = sessions[i];
        ordinal = i > 0 && sessions[i - 1].cohortId == s.cohortId ? ordinal + 1 : 1;
        const Cohort &cohort = *byId[s.cohortId];
        const auto course = courses.find(cohort.courseId);
        const auto venue = venues.find(cohort.venueId);
        Ics::Event e;
        e.uid = sessionUid(planId, cohort.id, ordinal);
        e.date = s.date;
        e.start = Ics::slotStart(s.slot);
        e.end = Ics::slotEnd(s.slot);
        const QString title = course != courses.end() ? course->second.title : QString();
        e.summary =
            title.isEmpty() ? cohort.code : QStringLiteral("%1 (%2)").arg(title, cohort.code);
        if (venue != venues.end())
            e.location =
                venue->second.address.isEmpty()
                    ? venue->second.name
                    : QStringLiteral("%1, %2").arg(venue->second.name, venue->second.address);
        else if (cohort.mode == CohortMode::Online)
            e.location = tr("Online");
        QStringList description = extra(cohort);
        if (!cohort.notes.isEmpty())
            description << cohort.notes;
        e.description = description.join(QLatin1Char('\n'));
        e.cancelled = cohort.status == CohortStatus::Cancelled;
        calendar.events.push_back(std::move(e));
    }
    return calendar;
}

template <typename T> std::optional<T> byId(const QSqlDatabase &db, Id id)
{
    T key;
    key.id = id;
    return Repository<T>(db).find(key);
}

Result<Ics::Calendar> currentEvents(const QSqlDatabase &db, Scope scope, Id id)
{
    switch (scope) {
    case Scope::Instructor: {
        const std::optional<Instructor> instructor = byId<Instructor>(db, id);
        if (!instructor) {
            return Problem::of(tr("The instructor was deleted meanwhile."));
        }
        std::map<Id, QString> roles;
        std::vector<Id> ids;
        for (const CohortInstructor &a :
             Repository<CohortInstructor>(db).loadWhere("instructor_id", {id})) {
            roles[a.cohortId] =
                a.role == InstructorRole::Lead ? tr("Lead instructor") : tr("Assistant instructor");
            ids.push_back(a.cohortId);
        }
        return eventsOf(db, Repository<Cohort>(db).loadWhere("id", ids),
                        tr("Teaching: %1").arg(instructor->name),
                        [&](const Cohort &c) { return QStringList{roles[c.id]}; });
    }
    case Scope::Cohort: {
        const std::optional<Cohort> cohort = byId<Cohort>(db, id);
        if (!cohort) {
            return Problem::of(tr("The cohort was deleted meanwhile."));
        }
        return eventsOf(db, {*cohort}, tr("Cohort %1").arg(cohort->code),
                        [](const Cohort &) { return QStringList(); });
    }
    case Scope::Venue: {
        const std::optional<Venue> venue = byId<Venue>(db, id);
        if (!venue) {
            return Problem::of(tr("The venue was deleted meanwhile."));
        }
        const std::vector<Cohort> cohorts = Repository<Cohort>(db).loadWhere("venue_id", {id});
        std::vector<Id> ids;
        for (const Cohort &c : cohorts)
            ids.push_back(c.id);
        std::unordered_map<Id, QString> leads;
        std::map<Id, Instructor> instructors;
        for (const Instructor &i : Repository<Instructor>(db).loadAll())
            instructors[i.id] = i;
        for (const CohortInstructor &a :
             Repository<CohortInstructor>(db).loadWhere("cohort_id", ids)) {
            if (a.role == InstructorRole::Lead && instructors.count(a.instructorId))
                leads[a.cohortId] = instructors[a.instructorId].name;
        }
        return eventsOf(db, cohorts, tr("Bookings: %1").arg(venue->name), [&](const Cohort &c) {
            QStringList lines{tr("Seats: %1").arg(c.capacity)};
            if (const auto lead = leads.find(c.id); lead != leads.end())
                lines << tr("Lead instructor: %1").arg(lead->second);
            return lines;
        });
    }
    }
    return Problem::of(tr("There is no such calendar."));
}

} // namespace

QString sessionUid(const QString &planId, Id cohortId, int ordinal)
{
    return QStringLiteral("cohort-%1-session-%2-%3@cohortplanner")
        .arg(cohortId)
        .arg(ordinal)
        .arg(planId);
}

Export reconcile(Ics::Calendar current, const QString &key,
                 const std::vector<CalendarLedger::Entry> &previous)
{
    Export out;
    out.key = key;
    std::unordered_map<QString, const CalendarLedger::Entry *> before;
    for (const CalendarLedger::Entry &p : previous)
        before.emplace(p.uid, &p);
    const auto remember = [&out](const Ics::Event &e, const QString &print) {
        out.ledger.push_back(
            {e.uid, e.sequence, print, e.cancelled, e.date, e.start, e.end, e.summary, e.location});
    };
    for (Ics::Event &e : current.events) {
        const QString print = fingerprint(e);
        if (const auto p = before.find(e.uid); p != before.end()) {
            const bool changed = p->second->fingerprint != print;
            e.sequence = p->second->sequence + (changed ? 1 : 0);
            out.changed += changed ? 1 : 0;
            before.erase(p);
        }
        out.cancelled += e.cancelled ? 1 : 0;
        remember(e, print);
    }
    // What the calendar held that the plan no longer holds there, in the ledger's order.
    for (const CalendarLedger::Entry &p : previous) {
        if (!before.count(p.uid))
            continue;
        Ics::Event e;
        e.uid = p.uid;
        e.date = p.date;
        e.start = p.start;
        e.end = p.end;
        e.summary = p.summary;
        e.location = p.location;
        e.cancelled = true;
        e.sequence = p.sequence + (p.cancelled ? 0 : 1);
        out.changed += p.cancelled ? 0 : 1;
        ++out.cancelled;
        remember(e, p.cancelled ? p.fingerprint : fingerprint(e));
        current.events.push_back(std::move(e));
    }
    std::stable_sort(current.events.begin(), current.events.end(),
                     [](const Ics::Event &a, const Ics::Event &b) {
                         return std::tie(a.date, a.start) < std::tie(b.date, b.start);
                     });
    out.calendar = std::move(current);
    return out;
}

Result<Export> calendarOf(const QSqlDatabase &db, Scope scope, Id id)
{
    Result<Ics::Calendar> current = currentEvents(db, scope, id);
    if (!current)
        return current.problem();
    const QString key = keyOf(scope, id);
    return reconcile(std::move(*current), key, CalendarLedger::load(db, key));
}

Result<Export> calendarOf(const QSqlDatabase &db, Scope scope, const QString &key)
{
    switch (scope) {
    case Scope::Instructor:
        for (const Instructor &i : Repository<Instructor>(db).loadAll()) {
            if (i.code == key)
                return calendarOf(db, scope, i.id);
        }
        return Problem::of(tr("There is no instructor with the code “%1”.").arg(key));
    case Scope::Cohort:
        for (const Cohort &c : Repository<Cohort>(db).loadAll()) {
            if (c.code == key)
                return calendarOf(db, scope, c.id);
        }
        return Problem::of(tr("There is no cohort with the code “%1”.").arg(key));
    case Scope::Venue:
        for (const Venue &v : Repository<Venue>(db).loadAll()) {
            if (v.name == key)
                return calendarOf(db, scope, v.id);
        }
        return Problem::of(tr("There is no venue named “%1”.").arg(key));
    }
    return Problem::of(tr("There is no such calendar."));
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

Result<> save(const QSqlDatabase &db, const Export &exported, const QString &path, bool record)
{
    const QByteArray bytes = Ics::write(exported.calendar, QDateTime::currentDateTimeUtc());
    try {
        std::optional<Transaction> transaction;
        if (record) {
            transaction.emplace(db);
            CalendarLedger::save(db, exported.key, exported.ledger);
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Problem::of(tr("Cannot write “%1”: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
        if (transaction)
            transaction->commit();
    } catch (const StoreError &e) {
        return Problem::of(
            tr("The calendar was not written: the plan could not remember what it said (%1).")
                .arg(e.message()));
    }
    return {};
}

} // namespace Planner::IcsExport

// SPDX-License-Identifier: GPL-3.0-or-later
#include "planedits.h"

#include "planning/cohortfactory.h"
#include "planning/fixsuggester.h"
#include "planning/planningyear.h"
#include "planning/sessionshift.h"
#include "store/conflictinputreader.h"
#include "store/enrollmentinputreader.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace Planner {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Planner::PlanEdits", text, nullptr, n);
}

// How an undo step names a record: its code or name.
QString labelOf(const Track &r)
{
    return r.name;
}
QString labelOf(const Course &r)
{
    return r.code;
}
QString labelOf(const Venue &r)
{
    return r.name;
}
QString labelOf(const Instructor &r)
{
    return r.name;
}
QString labelOf(const Qualification &)
{
    return {};
}
QString labelOf(const Leave &r)
{
    return r.start.toString(Qt::ISODate);
}
QString labelOf(const Cohort &r)
{
    return r.code;
}
QString labelOf(const Session &r)
{
    return r.date.toString(Qt::ISODate);
}
QString labelOf(const CohortInstructor &)
{
    return {};
}
QString labelOf(const Trainee &r)
{
    return r.name;
}
QString labelOf(const Enrollment &)
{
    return {};
}
QString labelOf(const Target &r)
{
    return QString::number(r.year);
}
QString labelOf(const CalendarDay &r)
{
    return r.date.toString(Qt::ISODate);
}
QString labelOf(const LevelRate &r)
{
    return displayName(r.level);
}
QString labelOf(const FixedCost &r)
{
    return QStringLiteral("%1 (%2)").arg(r.name).arg(r.year);
}

// "Edit %1" / "Add %1" texts per record type.
template <typename T> struct Texts;
#define TEXTS(T, add, edit)                                                                        \
    template <> struct Texts<T>                                                                    \
    {                                                                                              \
        static QString added(const T &r) { return tr(add).arg(labelOf(r)); }                       \
        static QString edited(const T &r) { return tr(edit).arg(labelOf(r)); }                     \
    };
TEXTS(Track, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add track %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit track %1"))
TEXTS(Course, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add course %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit course %1"))
TEXTS(Venue, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add venue %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit venue %1"))
TEXTS(Instructor, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add instructor %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit instructor %1"))
TEXTS(Qualification, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add qualification%1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit qualification%1"))
TEXTS(Leave, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add leave from %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit leave from %1"))
TEXTS(Cohort, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add cohort %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit cohort %1"))
TEXTS(Session, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add session on %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit session on %1"))
TEXTS(CohortInstructor, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Assign instructor%1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit assignment%1"))
TEXTS(Trainee, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add trainee %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit trainee %1"))
TEXTS(Enrollment, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add enrollment%1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit enrollment%1"))
TEXTS(Target, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add target for %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit target for %1"))
TEXTS(CalendarDay, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add calendar day %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit calendar day %1"))
TEXTS(LevelRate, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Set the day rate of level %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit the day rate of level %1"))
TEXTS(FixedCost, QT_TRANSLATE_NOOP("Planner::PlanEdits", "Add fixed cost %1"),
      QT_TRANSLATE_NOOP("Planner::PlanEdits", "Edit fixed cost %1"))
#undef TEXTS

PlanEdit refused(const char *field, const QString &message)
{
    PlanEdit result;
    result.problem = Problem{QLatin1String(field), message};
    return result;
}

PlanEdit refused(Problem problem)
{
    PlanEdit result;
    result.problem = std::move(problem);
    return result;
}

template <typename T> void removeAll(ChangeSet &changes, const std::vector<T> &records)
{
    for (const T &r : records)
        changes.remove(r);
}

template <typename T> std::vector<T> loadById(const QSqlDatabase &db, const std::vector<Id> &ids)
{
    return Repository<T>(db).loadWhere("id", ids);
}

// Writes the difference between the stored children and the edited ones: removes first
// (so that a child moved to a taken key does not collide), then updates and inserts.
template <typename T, typename KeyOf>
void diffChildren(ChangeSet &changes, const std::vector<T> &stored, const std::vector<T> &edited,
                  KeyOf keyOf)
{
    QHash<qint64, const T *> editedByKey;
    for (const T &r : edited) {
        if (keyOf(r) != 0)
            editedByKey.insert(keyOf(r), &r);
    }
    QHash<qint64, const T *> storedByKey;
    for (const T &r : stored) {
        storedByKey.insert(keyOf(r), &r);
        if (!editedByKey.contains(keyOf(r)))
            changes.remove(r);
    }
    for (const T &r : edited) {
        const T *old = keyOf(r) != 0 ? storedByKey.value(keyOf(r)) : nullptr;
        if (old)
            changes.update(*old, r);
        else
            changes.insert(r);
    }
}

// Sessions are unique per cohort, day and slot: one moved to another day or slot is
// removed and inserted again with its id, after the others are out of the way, so that
// moving a cohort by weeks onto its own later days cannot collide with itself.
void diffSessions(ChangeSet &changes, const std::vector<Session> &stored,
                  const std::vector<Session> &edited)
{
    QHash<qint64, const Session *> storedById;
    for (const Session &s : stored)
        storedById.insert(s.id, &s);
    std::vector<Session> staying;
    std::vector<Session> moved;
    QSet<qint64> movedIds;
    for (const Session &s : edited) {
        const Session *old = s.id != 0 ? storedById.value(s.id) : nullptr;
        if (old && (old->date != s.date || old->slot != s.slot)) {
            changes.remove(*old);
            moved.push_back(s);
            movedIds.insert(s.id);
        } else {
            staying.push_back(s);
        }
    }
    std::vector<Session> rest;
    for (const Session &s : stored) {
        if (!movedIds.contains(s.id))
            rest.push_back(s);
    }
    diffChildren(changes, rest, staying, [](const Session &s) { return s.id; });
    for (const Session &s : moved)
        changes.insert(s);
}

// What identifies a conflict across two checks: not its explanation, severity or count of
// dates, which change with the records around it.
auto conflictKey(const Conflict &c)
{
    return std::make_tuple(int(c.rule), c.cohortId, c.otherCohortId, c.instructorId, c.venueId,
                           c.date, c.slot ? int(*c.slot) : -1);
}

// The conflicts of after that before does not have.
std::vector<Conflict> conflictsAdded(const std::vector<Conflict> &before,
                                     const std::vector<Conflict> &after)
{
    std::set<decltype(conflictKey(Conflict()))> known;
    for (const Conflict &c : before)
        known.insert(conflictKey(c));
    std::vector<Conflict> added;
    for (const Conflict &c : after) {
        if (!known.count(conflictKey(c)))
            added.push_back(c);
    }
    return added;
}

const char *fieldOf(ConflictRule rule)
{
    if (isInstructorRule(rule))
        return "instructor_id";
    switch (rule) {
    case ConflictRule::NoLead:
        return "instructor_id";
    case ConflictRule::VenueDoubleBooked:
    case ConflictRule::VenueTooSmall:
        return "venue_id";
    case ConflictRule::OverCapacity:
        return "capacity";
    default:
        break;
    }
    return "sessions";
}

} // namespace

PlanEdits::PlanEdits(QSqlDatabase db) : m_db(std::move(db)) {}

template <typename T> Result<> PlanEdits::uniqueness(const T &record) const
{
    auto taken = [&](const char *column, const QVariant &value, Id id) {
        return Repository<T>(m_db).existsWhere(column, value, id);
    };
    if constexpr (std::is_same_v<T, Track>) {
        if (taken("name", record.name, record.id))
            return Problem{QStringLiteral("name"),
                           tr("There is already a track named “%1”.").arg(record.name)};
    } else if constexpr (std::is_same_v<T, Course>) {
        if (taken("code", record.code, record.id))
            return Problem{QStringLiteral("code"),
                           tr("There is already a course with the code %1.").arg(record.code)};
    } else if constexpr (std::is_same_v<T, Venue>) {
        if (taken("name", record.name, record.id))
            return Problem{QStringLiteral("name"),
                           tr("There is already a venue named “%1”.").arg(record.name)};
    } else if constexpr (std::is_same_v<T, Instructor>) {
        if (taken("code", record.code, record.id))
            return Problem{
                QStringLiteral("code"),
                tr("There is already an instructor with the staff number %1.").arg(record.code)};
    } else if constexpr (std::is_same_v<T, Cohort>) {
        if (taken("code", record.code, record.id))
            return Problem{QStringLiteral("code"),
                           tr("There is already a cohort with the code %1.").arg(record.code)};
    } else if constexpr (std::is_same_v<T, FixedCost>) {
        for (const FixedCost &other : Repository<FixedCost>(m_db).loadWhere("year", {record.year}))
            if (other.id != record.id && other.name == record.name)
                return Problem{QStringLiteral("name"), tr("%1 already has a fixed cost named “%2”.")
                                                           .arg(record.year)
                                                           .arg(record.name)};
    } else if constexpr (std::is_same_v<T, Trainee>) {
        if (!record.idNumber.isEmpty() && taken("id_number", record.idNumber, record.id))
            return Problem{
                QStringLiteral("id_number"),
                tr("There is already a trainee with the identity number %1.").arg(record.idNumber)};
    }
    return {};
}

template <typename T>
PlanEdit PlanEdits::save(const T &record, const std::optional<T> &before) const
{
    if (auto v = RecordRules::check(record); !v)
        return refused(v.problem());
    if (auto v = uniqueness(record); !v)
        return refused(v.problem());
    Repository<T> repository(m_db);
    const std::optional<T> stored = repository.find(record);
    PlanEdit result;
    if (before) {
        const std::optional<T> storedBefore = repository.find(*before);
        if (!storedBefore)
            return refused("", tr("The record was deleted meanwhile; nothing was changed."));
        if (!stored || !(*stored == *storedBefore)) {
            // The key changed: the old record goes, the new one comes, unless it is taken.
            if (stored)
                return refused("", tr("There is already an entry for %1.").arg(labelOf(record)));
            result.changes.remove(*storedBefore);
            result.changes.insert(record);
            result.text = Texts<T>::edited(record);
            return result;
        }
    }
    if (stored) {
        // Over the record as the user had it (a table row as loaded): someone else's
        // change since is then an EditConflict, not overwritten.
        result.changes.update(before ? *before : *stored, record);
        result.text = Texts<T>::edited(record);
    } else {
        result.changes.insert(record);
        result.text = Texts<T>::added(record);
    }
    return result;
}

template PlanEdit PlanEdits::save(const Track &, const std::optional<Track> &) const;
template PlanEdit PlanEdits::save(const Course &, const std::optional<Course> &) const;
template PlanEdit PlanEdits::save(const Venue &, const std::optional<Venue> &) const;
template PlanEdit PlanEdits::save(const Instructor &, const std::optional<Instructor> &) const;
template PlanEdit PlanEdits::save(const Qualification &,
                                  const std::optional<Qualification> &) const;
template PlanEdit PlanEdits::save(const Leave &, const std::optional<Leave> &) const;
template PlanEdit PlanEdits::save(const Cohort &, const std::optional<Cohort> &) const;
template PlanEdit PlanEdits::save(const Trainee &, const std::optional<Trainee> &) const;
template PlanEdit PlanEdits::save(const Enrollment &, const std::optional<Enrollment> &) const;
template PlanEdit PlanEdits::save(const Target &, const std::optional<Target> &) const;
template PlanEdit PlanEdits::save(const CalendarDay &, const std::optional<CalendarDay> &) const;
template PlanEdit PlanEdits::save(const LevelRate &, const std::optional<LevelRate> &) const;
template PlanEdit PlanEdits::save(const FixedCost &, const std::optional<FixedCost> &) const;

namespace {

template <typename T>
QString freeText(const QSqlDatabase &db, const char *column, const QString &base)
{
    Repository<T> repository(db);
    QString value = base;
    for (int n = 2; repository.existsWhere(column, value); ++n)
        value = QStringLiteral("%1 %2").arg(base).arg(n);
    return value;
}

} // namespace

Track PlanEdits::newTrack() const
{
    Track t;
    t.id = Repository<Track>(m_db).newId();
    t.name = freeText<Track>(m_db, "name", tr("New track"));
    return t;
}

Course PlanEdits::newCourse() const
{
    Course c;
    c.id = Repository<Course>(m_db).newId();
    const std::vector<Track> tracks = Repository<Track>(m_db).loadAll();
    c.trackId = tracks.empty() ? 0 : tracks.front().id;
    c.code = freeText<Course>(m_db, "code", QStringLiteral("NEW"))
                 .replace(QLatin1Char(' '), QLatin1Char('-'));
    c.title = tr("New course");
    c.days = 5;
    return c;
}

Venue PlanEdits::newVenue() const
{
    Venue v;
    v.id = Repository<Venue>(m_db).newId();
    v.name = freeText<Venue>(m_db, "name", tr("New venue"));
    v.seats = 30;
    return v;
}

Instructor PlanEdits::newInstructor() const
{
    Instructor i;
    i.id = Repository<Instructor>(m_db).newId();
    i.code = freeText<Instructor>(m_db, "code", QStringLiteral("NEW"))
                 .replace(QLatin1Char(' '), QLatin1Char('-'));
    i.name = tr("New instructor");
    return i;
}

Trainee PlanEdits::newTrainee() const
{
    Trainee t;
    t.id = Repository<Trainee>(m_db).newId();
    t.name = tr("New trainee");
    return t;
}

Target PlanEdits::newTarget() const
{
    // The first track and year from this year on that has no target yet.
    Target t;
    Repository<Target> targets(m_db);
    const std::vector<Track> tracks = Repository<Track>(m_db).loadAll();
    for (int year = QDate::currentDate().year(); year <= 2100 && !tracks.empty(); ++year) {
        for (const Track &track : tracks) {
            t.year = year;
            t.trackId = track.id;
            if (!targets.find(t))
                return t;
        }
    }
    return t;
}

FixedCost PlanEdits::newFixedCost(int year) const
{
    FixedCost cost;
    cost.year = year;
    QSet<QString> taken;
    for (const FixedCost &c : Repository<FixedCost>(m_db).loadWhere("year", {year}))
        taken.insert(c.name);
    cost.name = tr("New cost");
    for (int n = 2; taken.contains(cost.name); ++n)
        cost.name = tr("New cost %1").arg(n);
    return cost;
}

CalendarDay PlanEdits::newCalendarDay() const
{
    // The first weekday from today on that is not in the calendar yet: a holiday to name.
    Repository<CalendarDay> days(m_db);
    CalendarDay d;
    d.kind = CalendarDayKind::Holiday;
    for (d.date = QDate::currentDate(); days.find(d) || d.date.dayOfWeek() > 5;
         d.date = d.date.addDays(1)) {
    }
    return d;
}

WorkCalendar PlanEdits::workCalendar() const
{
    return WorkCalendar(Repository<CalendarDay>(m_db).loadAll());
}

std::optional<CohortDraft> PlanEdits::cohort(Id id) const
{
    const std::vector<Cohort> cohorts = loadById<Cohort>(m_db, {id});
    if (cohorts.empty())
        return std::nullopt;
    CohortDraft draft;
    draft.cohort = cohorts.front();
    draft.sessions = Repository<Session>(m_db).loadWhere("cohort_id", {id});
    std::sort(draft.sessions.begin(), draft.sessions.end(), [](const Session &a, const Session &b) {
        return std::pair(a.date, int(a.slot)) < std::pair(b.date, int(b.slot));
    });
    draft.instructors = Repository<CohortInstructor>(m_db).loadWhere("cohort_id", {id});
    return draft;
}

std::optional<InstructorDraft> PlanEdits::instructor(Id id) const
{
    const std::vector<Instructor> stored = loadById<Instructor>(m_db, {id});
    if (stored.empty())
        return std::nullopt;
    InstructorDraft draft;
    draft.instructor = stored.front();
    draft.qualifications = Repository<Qualification>(m_db).loadWhere("instructor_id", {id});
    std::sort(draft.qualifications.begin(), draft.qualifications.end(),
              [](const Qualification &a, const Qualification &b) {
                  return std::pair(a.validFrom, a.id) < std::pair(b.validFrom, b.id);
              });
    draft.leaves = Repository<Leave>(m_db).loadWhere("instructor_id", {id});
    std::sort(draft.leaves.begin(), draft.leaves.end(), [](const Leave &a, const Leave &b) {
        return std::pair(a.start, a.id) < std::pair(b.start, b.id);
    });
    draft.preferences = Repository<CoursePreference>(m_db).loadWhere("instructor_id", {id});
    return draft;
}

EditChoices PlanEdits::choices() const
{
    EditChoices c;
    c.tracks = Repository<Track>(m_db).loadAll();
    std::sort(c.tracks.begin(), c.tracks.end(),
              [](const Track &a, const Track &b) { return a.name < b.name; });
    c.courses = Repository<Course>(m_db).loadAll();
    std::sort(c.courses.begin(), c.courses.end(),
              [](const Course &a, const Course &b) { return a.code < b.code; });
    c.venues = Repository<Venue>(m_db).loadAll();
    c.instructors = Repository<Instructor>(m_db).loadAll();
    std::sort(c.instructors.begin(), c.instructors.end(),
              [](const Instructor &a, const Instructor &b) { return a.name < b.name; });
    return c;
}

QSet<QString> PlanEdits::cohortCodes() const
{
    QSet<QString> codes;
    for (const Cohort &c : Repository<Cohort>(m_db).loadAll())
        codes.insert(c.code);
    return codes;
}

VenueBookings PlanEdits::venueBookings(Id except) const
{
    return VenueBookings(Repository<Venue>(m_db).loadAll(), Repository<Cohort>(m_db).loadAll(),
                         Repository<Session>(m_db).loadAll(), except);
}

PlanEdit PlanEdits::saveCohort(const CohortDraft &draft) const
{
    return checkConflicts({draft}, cohortChanges(draft));
}

PlanEdit PlanEdits::cohortChanges(const CohortDraft &draft) const
{
    // The stored cohort, read once. A new one (or one deleted meanwhile, its id kept) is
    // checked whole by newCohorts, once.
    const std::vector<Cohort> stored =
        draft.cohort.id != 0 ? loadById<Cohort>(m_db, {draft.cohort.id}) : std::vector<Cohort>{};
    if (stored.empty())
        return newCohorts({draft}, Texts<Cohort>::added(draft.cohort));
    if (auto v = RecordRules::check(draft.cohort); !v)
        return refused(v.problem());
    if (auto v = uniqueness(draft.cohort); !v)
        return refused(v.problem());
    if (auto v = RecordRules::checkSessions(draft.sessions, workCalendar()); !v)
        return refused(v.problem());
    if (auto v = RecordRules::checkInstructors(draft.instructors); !v)
        return refused(v.problem());
    PlanEdit result;
    const bool loaded = draft.loadedCohort.has_value();
    result.changes.update(loaded ? *draft.loadedCohort : stored.front(), draft.cohort);
    const Id id = draft.cohort.id;
    // A smaller cohort never drops anyone silently; a larger one seats its waitlist.
    if (stored.front().capacity != draft.cohort.capacity) {
        const EnrollmentRules rules = enrollmentRules({id}, {});
        if (auto v = rules.checkCapacity(id, draft.cohort.capacity); !v)
            return refused(v.problem());
        const EnrollmentOutcome filled = rules.fillSeats(id, draft.cohort.capacity);
        for (const EnrollmentChange &c : filled.changes) {
            result.changes.update(*c.before, c.after);
            if (c.before->status == EnrollmentStatus::Waitlisted &&
                c.after.status == EnrollmentStatus::Enrolled)
                result.changes.addAuditNote(
                    QStringLiteral("enrollment"), QString::number(c.after.id),
                    QJsonObject{
                        {QStringLiteral("promoted_from_waitlist"), c.before->waitlistPosition},
                        {QStringLiteral("because_of_capacity"), draft.cohort.capacity}});
        }
    }
    std::vector<Session> sessions = draft.sessions;
    for (Session &s : sessions)
        s.cohortId = id;
    diffSessions(result.changes,
                 loaded ? draft.loadedSessions
                        : Repository<Session>(m_db).loadWhere("cohort_id", {id}),
                 sessions);
    // Assignments are keyed by instructor within the cohort.
    std::vector<CohortInstructor> instructors = draft.instructors;
    for (CohortInstructor &a : instructors)
        a.cohortId = id;
    diffChildren(result.changes,
                 loaded ? draft.loadedInstructors
                        : Repository<CohortInstructor>(m_db).loadWhere("cohort_id", {id}),
                 instructors, [](const CohortInstructor &a) { return a.instructorId; });
    result.text = Texts<Cohort>::edited(draft.cohort);
    return result;
}

PlanEdit PlanEdits::saveInstructor(const Instructor &instructor,
                                   const std::vector<Qualification> &qualifications,
                                   const std::vector<Leave> &leaves,
                                   const std::optional<std::vector<CoursePreference>> &preferences,
                                   const std::optional<InstructorDraft> &loaded) const
{
    if (preferences) {
        std::set<Id> courses;
        for (const CoursePreference &p : *preferences) {
            if (p.courseId == 0)
                return refused("preference",
                               tr("A preference names no course: choose one or remove the row."));
            if (p.points < CoursePreference::Min || p.points > CoursePreference::Max ||
                p.points == 0)
                return refused("preference", tr("A preference is from %1 to %2 and not 0 (got %3).")
                                                 .arg(CoursePreference::Min)
                                                 .arg(CoursePreference::Max)
                                                 .arg(p.points));
            if (!courses.insert(p.courseId).second) {
                const auto course = loadById<Course>(m_db, {p.courseId});
                return refused("preference", tr("Course %1 has two preferences: keep one.")
                                                 .arg(course.empty() ? QString::number(p.courseId)
                                                                     : course.front().code));
            }
        }
    }
    for (const Qualification &q : qualifications) {
        if (auto v = RecordRules::check(q); !v)
            return refused(v.problem());
    }
    for (const Leave &l : leaves) {
        if (auto v = RecordRules::check(l); !v)
            return refused(v.problem());
    }
    if (instructor.id == 0) {
        // A new instructor: its id is known only once inserted, so the children are
        // inserted by a second step that reads it back.
        if (auto v = RecordRules::check(instructor); !v)
            return refused(v.problem());
        if (auto v = uniqueness(instructor); !v)
            return refused(v.problem());
        PlanEdit result;
        const Id next = Repository<Instructor>(m_db).newId();
        Instructor stored = instructor;
        stored.id = next;
        result.changes.insert(stored);
        for (Qualification q : qualifications) {
            q.instructorId = next;
            q.id = 0;
            result.changes.insert(q);
        }
        for (Leave l : leaves) {
            l.instructorId = next;
            l.id = 0;
            result.changes.insert(l);
        }
        for (CoursePreference p : preferences.value_or(std::vector<CoursePreference>{})) {
            p.instructorId = next;
            p.id = 0;
            result.changes.insert(p);
        }
        result.text = Texts<Instructor>::added(instructor);
        result.id = next;
        return result;
    }
    // Over what the editor loaded, when it says: others' changes to what this edit leaves
    // alone are kept, and a record both changed is an EditConflict.
    PlanEdit result =
        loaded ? save(instructor, std::optional<Instructor>(loaded->instructor)) : save(instructor);
    if (!result.ok())
        return result;
    std::vector<Qualification> editedQualifications = qualifications;
    for (Qualification &q : editedQualifications)
        q.instructorId = instructor.id;
    diffChildren(result.changes,
                 loaded
                     ? loaded->qualifications
                     : Repository<Qualification>(m_db).loadWhere("instructor_id", {instructor.id}),
                 editedQualifications, [](const Qualification &q) { return q.id; });
    std::vector<Leave> editedLeaves = leaves;
    for (Leave &l : editedLeaves)
        l.instructorId = instructor.id;
    diffChildren(result.changes,
                 loaded ? loaded->leaves
                        : Repository<Leave>(m_db).loadWhere("instructor_id", {instructor.id}),
                 editedLeaves, [](const Leave &l) { return l.id; });
    if (preferences) {
        // Keyed by course: a course whose preference changes keeps its row.
        std::vector<CoursePreference> stored =
            loaded ? loaded->preferences
                   : Repository<CoursePreference>(m_db).loadWhere("instructor_id", {instructor.id});
        std::vector<CoursePreference> edited = *preferences;
        for (CoursePreference &p : edited) {
            p.instructorId = instructor.id;
            const auto same =
                std::find_if(stored.begin(), stored.end(),
                             [&](const CoursePreference &s) { return s.courseId == p.courseId; });
            p.id = same != stored.end() ? same->id : 0;
        }
        diffChildren(result.changes, stored, edited,
                     [](const CoursePreference &p) { return p.courseId; });
    }
    result.text = Texts<Instructor>::edited(instructor);
    return checkInstructorConflicts(instructor, editedQualifications, editedLeaves,
                                    std::move(result));
}

PlanEdit PlanEdits::checkInstructorConflicts(const Instructor &instructor,
                                             const std::vector<Qualification> &qualifications,
                                             const std::vector<Leave> &leaves,
                                             PlanEdit result) const
{
    // New leave on a teaching day, a qualification taken away, a lower limit: checked on
    // a copy of the plan with the instructor as edited (the instructor re-checked alone).
    if (!result.ok() || result.changes.isEmpty())
        return result;
    const ConflictEngine before = conflictEngine();
    ConflictEngine after = before;
    after.updateInstructor(instructor, qualifications, leaves);
    for (const Conflict &c : conflictsAdded(before.conflicts(), after.conflicts())) {
        if (c.severity == Severity::Block)
            return refused(fieldOf(c.rule),
                           tr("This edit would add a blocking conflict: %1").arg(c.explanation));
    }
    if (instructor.id != 0)
        result.conflictsAfter = std::make_shared<const ConflictEngine>(std::move(after));
    return result;
}

PlanEdit PlanEdits::createCohorts(const std::vector<CohortDraft> &drafts, const QString &text) const
{
    return checkConflicts(drafts, newCohorts(drafts, text));
}

PlanEdit PlanEdits::createDraft(const DraftResult &draft, int year) const
{
    if (draft.cohorts.empty())
        return refused("", tr("The draft of %1 has no cohorts to create.").arg(year));
    std::vector<CohortDraft> drafts;
    QSet<QString> codes = cohortCodes(); // read once, not once per cohort of the draft
    std::map<Id, QString> courseCodes;
    for (const Course &course : Repository<Course>(m_db).loadAll())
        courseCodes[course.id] = course.code;
    for (const DraftCohort &d : draft.cohorts) {
        CohortDraft c;
        c.cohort = d.planned.cohort;
        // The draft numbered its cohorts after the plan's; a code taken since (or by a
        // cancelled cohort it did not see) takes the next number instead.
        if (codes.contains(c.cohort.code) || c.cohort.code.isEmpty())
            c.cohort.code =
                suggestCohortCode(courseCodes[c.cohort.courseId], d.planned.start(), codes);
        codes.insert(c.cohort.code);
        c.sessions = d.planned.sessions;
        c.instructors = d.instructors;
        drafts.push_back(std::move(c));
    }
    return createCohorts(
        drafts, tr("Generate the draft of %1 (%n cohort(s))", int(drafts.size())).arg(year));
}

PlanEdit PlanEdits::newCohorts(const std::vector<CohortDraft> &drafts, const QString &text) const
{
    if (drafts.empty())
        return refused("", tr("There is nothing to create."));
    const WorkCalendar calendar = workCalendar();
    std::size_t withoutId = 0;
    for (const CohortDraft &draft : drafts)
        withoutId += draft.cohort.id == 0 ? 1 : 0;
    const std::vector<Id> newIds =
        withoutId > 0 ? Repository<Cohort>(m_db).newIds(withoutId) : std::vector<Id>{};
    auto nextId = newIds.begin();
    QSet<QString> codes;
    PlanEdit result;
    for (const CohortDraft &draft : drafts) {
        if (auto v = RecordRules::check(draft.cohort); !v)
            return refused(v.problem());
        if (auto v = uniqueness(draft.cohort); !v)
            return refused(v.problem());
        if (codes.contains(draft.cohort.code))
            return refused("code",
                           tr("The code %1 is given to two new cohorts.").arg(draft.cohort.code));
        codes.insert(draft.cohort.code);
        if (auto v = RecordRules::checkSessions(draft.sessions, calendar); !v)
            return refused(Problem{v.problem().field,
                                   QStringLiteral("%1: %2").arg(draft.cohort.code, v.message())});
        if (auto v = RecordRules::checkInstructors(draft.instructors); !v)
            return refused(v.problem());
        // Ids are given here so that the sessions can refer to their cohort.
        Cohort cohort = draft.cohort;
        cohort.id = draft.cohort.id != 0 ? draft.cohort.id : *nextId++;
        if (result.id == 0)
            result.id = cohort.id;
        result.changes.insert(cohort);
        for (Session s : draft.sessions) {
            s.id = 0;
            s.cohortId = cohort.id;
            result.changes.insert(s);
        }
        for (CohortInstructor a : draft.instructors) {
            a.cohortId = cohort.id;
            result.changes.insert(a);
        }
    }
    result.text = text;
    return result;
}

PlanEdit PlanEdits::sessionsChange(CohortDraft draft, std::vector<Session> sessions,
                                   const WorkCalendar &calendar, const QString &text) const
{
    if (auto v = RecordRules::checkSessions(sessions, calendar); !v)
        return refused(v.problem());
    PlanEdit result;
    for (Session &s : sessions)
        s.cohortId = draft.cohort.id;
    diffSessions(result.changes, draft.sessions, sessions);
    result.text = text;
    draft.sessions = std::move(sessions);
    return checkConflicts({draft}, std::move(result));
}

PlanEdit PlanEdits::replaceSessions(Id cohortId, const std::vector<Session> &sessions,
                                    const QString &text) const
{
    std::optional<CohortDraft> draft = cohort(cohortId);
    if (!draft)
        return refused("", tr("The cohort was deleted meanwhile."));
    return sessionsChange(std::move(*draft), sessions, workCalendar(), text);
}

namespace {

// Why a drag of the cohort's sessions as shown cannot be made over the stored ones (sorted
// by date and slot, as PlanEdits::cohort reads them), or nothing.
std::optional<Problem> sessionsChangedSince(const CohortDraft &stored,
                                            const std::optional<std::vector<Session>> &shown)
{
    if (!shown)
        return std::nullopt;
    std::vector<Session> seen = *shown;
    std::sort(seen.begin(), seen.end(), [](const Session &a, const Session &b) {
        return std::pair(a.date, int(a.slot)) < std::pair(b.date, int(b.slot));
    });
    if (seen == stored.sessions)
        return std::nullopt;
    return Problem{QString(),
                   QCoreApplication::translate(
                       "Planner::PlanEdits",
                       "Someone else changed the sessions of cohort %1 after the timeline "
                       "showed them, so nothing was changed. The timeline now shows them as "
                       "they are: drag again if it still applies.")
                       .arg(stored.cohort.code)};
}

} // namespace

PlanEdit PlanEdits::moveCohort(Id cohortId, int workingDays,
                               const std::optional<std::vector<Session>> &shown) const
{
    std::optional<CohortDraft> draft = cohort(cohortId);
    if (!draft)
        return refused("", tr("The cohort was deleted meanwhile."));
    if (std::optional<Problem> changed = sessionsChangedSince(*draft, shown))
        return refused(std::move(*changed));
    if (workingDays == 0)
        return refused("", tr("That changes nothing."));
    const WorkCalendar calendar = workCalendar();
    const QString text =
        workingDays > 0 ? QCoreApplication::translate("Planner::PlanEdits",
                                                      "Move cohort %1 %n working day(s) later",
                                                      nullptr, workingDays)
                              .arg(draft->cohort.code)
                        : QCoreApplication::translate("Planner::PlanEdits",
                                                      "Move cohort %1 %n working day(s) earlier",
                                                      nullptr, -workingDays)
                              .arg(draft->cohort.code);
    std::vector<Session> moved = shiftSessions(draft->sessions, workingDays, calendar);
    return sessionsChange(std::move(*draft), std::move(moved), calendar, text);
}

PlanEdit PlanEdits::resizeCohort(Id cohortId, QDate newEnd,
                                 const std::optional<std::vector<Session>> &shown) const
{
    std::optional<CohortDraft> draft = cohort(cohortId);
    if (!draft)
        return refused("", tr("The cohort was deleted meanwhile."));
    if (std::optional<Problem> changed = sessionsChangedSince(*draft, shown))
        return refused(std::move(*changed));
    const WorkCalendar calendar = workCalendar();
    const QString text = tr("Change the end of cohort %1 to %2")
                             .arg(draft->cohort.code, newEnd.toString(Qt::ISODate));
    std::vector<Session> resized = resizeSessions(draft->sessions, newEnd, calendar);
    return sessionsChange(std::move(*draft), std::move(resized), calendar, text);
}

PlanEdit PlanEdits::saveCohortRecord(const Cohort &record,
                                     const std::optional<Cohort> &before) const
{
    std::optional<CohortDraft> draft = cohort(record.id);
    if (!draft)
        return refused("", tr("The cohort was deleted meanwhile."));
    if (before) {
        draft->loadedCohort = before;
        draft->loadedSessions = draft->sessions;
        draft->loadedInstructors = draft->instructors;
    }
    draft->cohort = record;
    return saveCohort(*draft);
}

EnrollmentRules PlanEdits::enrollmentRules(const std::vector<Id> &cohortIds,
                                           const std::vector<Id> &traineeIds,
                                           const std::vector<Id> &enrollmentIds) const
{
    return EnrollmentRules(loadEnrollmentInput(m_db, cohortIds, traineeIds, enrollmentIds));
}

namespace {

// The checked enrollment changes as a change set: each promotion followed by the audit
// entry that says whose withdrawal freed the seat.
// Changes of the enrollments in skip (deleted by the same edit) are left out.
PlanEdit enrollmentResult(const EnrollmentRules &rules, EnrollmentOutcome outcome,
                          const QString &text, const QSet<Id> &skip = {})
{
    if (!outcome.ok())
        return refused(*outcome.problem);
    PlanEdit result;
    if (outcome.changes.empty() && skip.isEmpty())
        return refused("", tr("That changes nothing."));
    for (const EnrollmentChange &c : outcome.changes) {
        if (skip.contains(c.after.id))
            continue;
        if (!c.before) {
            result.changes.insert(c.after);
            continue;
        }
        result.changes.update(*c.before, c.after);
        if (c.promotedBecauseOf != 0) {
            QJsonObject note{
                {QStringLiteral("promoted_from_waitlist"), c.before->waitlistPosition},
                {QStringLiteral("because_of_withdrawal"), QString::number(c.promotedBecauseOf)}};
            if (const Enrollment *withdrawn = rules.enrollment(c.promotedBecauseOf)) {
                note.insert(QStringLiteral("withdrawn_trainee_id"),
                            QString::number(withdrawn->traineeId));
                note.insert(QStringLiteral("cohort_id"), QString::number(withdrawn->cohortId));
            }
            result.changes.addAuditNote(QStringLiteral("enrollment"), QString::number(c.after.id),
                                        note);
        }
    }
    result.text = text;
    return result;
}

QString cohortLabel(const EnrollmentRules &rules, Id cohortId)
{
    return rules.cohortCode(cohortId);
}

} // namespace

PlanEdit PlanEdits::enroll(const std::vector<Id> &traineeIds, Id cohortId, QDate on) const
{
    const EnrollmentRules rules = enrollmentRules({cohortId}, traineeIds);
    EnrollmentOutcome outcome = rules.enroll(traineeIds, cohortId, on);
    QString text = QCoreApplication::translate("Planner::PlanEdits", "Enroll %n trainee(s) in %1",
                                               nullptr, outcome.seated + outcome.waitlisted)
                       .arg(cohortLabel(rules, cohortId));
    if (outcome.waitlisted > 0)
        text += QLatin1Char(' ') + QCoreApplication::translate("Planner::PlanEdits",
                                                               "(%n on the waitlist)", nullptr,
                                                               outcome.waitlisted);
    return enrollmentResult(rules, std::move(outcome), text);
}

PlanEdit PlanEdits::withdraw(const std::vector<Id> &enrollmentIds) const
{
    const EnrollmentRules rules = enrollmentRules({}, {}, enrollmentIds);
    EnrollmentOutcome outcome = rules.withdraw(enrollmentIds);
    QString text = QCoreApplication::translate("Planner::PlanEdits", "Withdraw %n trainee(s)",
                                               nullptr, int(enrollmentIds.size()));
    if (enrollmentIds.size() == 1) {
        if (const Enrollment *e = rules.enrollment(enrollmentIds.front()))
            text = tr("Withdraw %1 from %2")
                       .arg(rules.traineeName(e->traineeId), rules.cohortCode(e->cohortId));
    }
    if (outcome.promoted > 0)
        text += QLatin1Char(' ') + QCoreApplication::translate("Planner::PlanEdits",
                                                               "(%n promoted from the waitlist)",
                                                               nullptr, outcome.promoted);
    return enrollmentResult(rules, std::move(outcome), text);
}

PlanEdit PlanEdits::transfer(const std::vector<Id> &enrollmentIds, Id cohortId, QDate on) const
{
    std::vector<Id> trainees;
    for (const Enrollment &e : Repository<Enrollment>(m_db).loadWhere("id", enrollmentIds))
        trainees.push_back(e.traineeId);
    const EnrollmentRules rules = enrollmentRules({cohortId}, trainees, enrollmentIds);
    EnrollmentOutcome outcome = rules.transfer(enrollmentIds, cohortId, on);
    QString text = QCoreApplication::translate("Planner::PlanEdits", "Transfer %n trainee(s) to %1",
                                               nullptr, int(enrollmentIds.size()))
                       .arg(cohortLabel(rules, cohortId));
    if (outcome.waitlisted > 0)
        text += QLatin1Char(' ') + QCoreApplication::translate("Planner::PlanEdits",
                                                               "(%n on the waitlist)", nullptr,
                                                               outcome.waitlisted);
    return enrollmentResult(rules, std::move(outcome), text);
}

PlanEdit PlanEdits::setOutcomes(const std::vector<std::pair<Id, OutcomeEdit>> &edits,
                                const QString &text) const
{
    std::vector<Id> ids;
    for (const auto &[id, edit] : edits)
        ids.push_back(id);
    const EnrollmentRules rules = enrollmentRules({}, {}, ids);
    return enrollmentResult(rules, rules.setOutcomes(edits), text);
}

PlanEdit PlanEdits::setOutcome(const std::vector<Id> &enrollmentIds, const OutcomeEdit &edit) const
{
    std::vector<std::pair<Id, OutcomeEdit>> edits;
    for (Id id : enrollmentIds)
        edits.emplace_back(id, edit);
    const int n = int(enrollmentIds.size());
    QString text;
    if (edit.status == EnrollmentStatus::Completed)
        text = QCoreApplication::translate("Planner::PlanEdits", "Mark %n trainee(s) completed",
                                           nullptr, n);
    else if (edit.status == EnrollmentStatus::Failed)
        text = QCoreApplication::translate("Planner::PlanEdits", "Mark %n trainee(s) failed",
                                           nullptr, n);
    else if (edit.status == EnrollmentStatus::Withdrawn)
        text =
            QCoreApplication::translate("Planner::PlanEdits", "Withdraw %n trainee(s)", nullptr, n);
    else if (edit.certification)
        text = QCoreApplication::translate("Planner::PlanEdits",
                                           "Record the certificates of %n trainee(s)", nullptr, n);
    else
        text = QCoreApplication::translate("Planner::PlanEdits",
                                           "Record the outcomes of %n trainee(s)", nullptr, n);
    return setOutcomes(edits, text);
}

PlanEdit PlanEdits::moveOnWaitlist(Id enrollmentId, int position) const
{
    const EnrollmentRules rules = enrollmentRules({}, {}, {enrollmentId});
    return enrollmentResult(rules, rules.moveOnWaitlist(enrollmentId, position),
                            tr("Move to place %1 on the waitlist").arg(position));
}

PlanEdit PlanEdits::overShown(const std::vector<Enrollment> &shown, PlanEdit edit) const
{
    if (shown.empty())
        return edit;
    std::vector<Id> ids;
    for (const Enrollment &e : shown)
        ids.push_back(e.id);
    QHash<Id, Enrollment> stored;
    for (const Enrollment &e : Repository<Enrollment>(m_db).loadWhere("id", ids))
        stored.insert(e.id, e);
    for (const Enrollment &seen : shown) {
        const auto now = stored.constFind(seen.id);
        if (now != stored.cend() && *now == seen)
            continue;
        const EnrollmentRules rules = enrollmentRules({}, {seen.traineeId}, {});
        return refused(
            "", now == stored.cend()
                    ? tr("Someone else removed the enrollment of %1 after the roster showed it, "
                         "so nothing was changed. The roster now shows the cohort as it is.")
                          .arg(rules.traineeName(seen.traineeId))
                    : tr("Someone else changed the enrollment of %1 after the roster showed it, "
                         "so nothing was changed. The roster now shows it as it is: do it again "
                         "if it still applies.")
                          .arg(rules.traineeName(seen.traineeId)));
    }
    return edit;
}

PlanEdit PlanEdits::removeCohorts(const std::vector<Id> &ids) const
{
    const std::vector<Cohort> cohorts = loadById<Cohort>(m_db, ids);
    if (cohorts.empty())
        return refused("", tr("The cohorts were deleted meanwhile."));
    PlanEdit result;
    removeAll(result.changes, Repository<Enrollment>(m_db).loadWhere("cohort_id", ids));
    removeAll(result.changes, Repository<CohortInstructor>(m_db).loadWhere("cohort_id", ids));
    removeAll(result.changes, Repository<Session>(m_db).loadWhere("cohort_id", ids));
    removeAll(result.changes, cohorts);
    result.text = cohorts.size() == 1
                      ? tr("Delete cohort %1").arg(cohorts.front().code)
                      : QCoreApplication::translate("Planner::PlanEdits", "Delete %n cohorts",
                                                    nullptr, int(cohorts.size()));
    return result;
}

PlanEdit PlanEdits::removeInstructors(const std::vector<Id> &ids) const
{
    const std::vector<Instructor> instructors = loadById<Instructor>(m_db, ids);
    if (instructors.empty())
        return refused("", tr("The instructors were deleted meanwhile."));
    PlanEdit result;
    removeAll(result.changes, Repository<CohortInstructor>(m_db).loadWhere("instructor_id", ids));
    removeAll(result.changes, Repository<Qualification>(m_db).loadWhere("instructor_id", ids));
    removeAll(result.changes, Repository<Leave>(m_db).loadWhere("instructor_id", ids));
    removeAll(result.changes, Repository<CoursePreference>(m_db).loadWhere("instructor_id", ids));
    removeAll(result.changes, instructors);
    result.text = instructors.size() == 1
                      ? tr("Delete instructor %1").arg(instructors.front().name)
                      : QCoreApplication::translate("Planner::PlanEdits", "Delete %n instructors",
                                                    nullptr, int(instructors.size()));
    return result;
}

PlanEdit PlanEdits::removeTrainees(const std::vector<Id> &ids) const
{
    const std::vector<Trainee> trainees = loadById<Trainee>(m_db, ids);
    if (trainees.empty())
        return refused("", tr("The trainees were deleted meanwhile."));
    PlanEdit result;
    const std::vector<Enrollment> enrollments =
        Repository<Enrollment>(m_db).loadWhere("trainee_id", ids);
    removeAll(result.changes, enrollments);
    // The seats and waitlist places they leave go as a withdrawal's do: the first waiting
    // is promoted (with the same audit note) and the waitlist is numbered again.
    std::vector<Id> leaving;
    std::vector<Id> cohorts;
    QSet<Id> deleted;
    for (const Enrollment &e : enrollments) {
        deleted.insert(e.id);
        if (e.status == EnrollmentStatus::Enrolled || e.status == EnrollmentStatus::Waitlisted) {
            leaving.push_back(e.id);
            cohorts.push_back(e.cohortId);
        }
    }
    if (!leaving.empty()) {
        const EnrollmentRules rules = enrollmentRules(cohorts, {}, leaving);
        PlanEdit moved = enrollmentResult(rules, rules.withdraw(leaving), QString(), deleted);
        if (!moved.ok())
            return moved;
        result.changes.append(std::move(moved.changes));
    }
    removeAll(result.changes, trainees);
    result.text = trainees.size() == 1
                      ? tr("Delete trainee %1").arg(trainees.front().name)
                      : QCoreApplication::translate("Planner::PlanEdits", "Delete %n trainees",
                                                    nullptr, int(trainees.size()));
    return result;
}

PlanEdit PlanEdits::removeCourses(const std::vector<Id> &ids) const
{
    const std::vector<Course> courses = loadById<Course>(m_db, ids);
    if (courses.empty())
        return refused("", tr("The courses were deleted meanwhile."));
    const std::vector<Cohort> inUse = Repository<Cohort>(m_db).loadWhere("course_id", ids);
    if (!inUse.empty())
        return refused(
            "id",
            QCoreApplication::translate(
                "Planner::PlanEdits",
                "%n cohorts are of these courses (e.g. %1): delete them first, or keep the course.",
                nullptr, int(inUse.size()))
                .arg(inUse.front().code));
    PlanEdit result;
    removeAll(result.changes, Repository<Qualification>(m_db).loadWhere("course_id", ids));
    removeAll(result.changes, Repository<CoursePreference>(m_db).loadWhere("course_id", ids));
    removeAll(result.changes, courses);
    result.text = courses.size() == 1
                      ? tr("Delete course %1").arg(courses.front().code)
                      : QCoreApplication::translate("Planner::PlanEdits", "Delete %n courses",
                                                    nullptr, int(courses.size()));
    return result;
}

PlanEdit PlanEdits::removeVenues(const std::vector<Id> &ids) const
{
    const std::vector<Venue> venues = loadById<Venue>(m_db, ids);
    if (venues.empty())
        return refused("", tr("The venues were deleted meanwhile."));
    const std::vector<Cohort> inUse = Repository<Cohort>(m_db).loadWhere("venue_id", ids);
    if (!inUse.empty())
        return refused("id",
                       QCoreApplication::translate(
                           "Planner::PlanEdits",
                           "%n cohorts meet at these venues (e.g. %1): move or delete them first.",
                           nullptr, int(inUse.size()))
                           .arg(inUse.front().code));
    PlanEdit result;
    removeAll(result.changes, venues);
    result.text = venues.size() == 1
                      ? tr("Delete venue %1").arg(venues.front().name)
                      : QCoreApplication::translate("Planner::PlanEdits", "Delete %n venues",
                                                    nullptr, int(venues.size()));
    return result;
}

PlanEdit PlanEdits::removeTracks(const std::vector<Id> &ids) const
{
    const std::vector<Track> tracks = loadById<Track>(m_db, ids);
    if (tracks.empty())
        return refused("", tr("The tracks were deleted meanwhile."));
    const std::vector<Course> inUse = Repository<Course>(m_db).loadWhere("track_id", ids);
    if (!inUse.empty())
        return refused(
            "id", QCoreApplication::translate(
                      "Planner::PlanEdits",
                      "%n courses belong to these tracks (e.g. %1): delete or move them first.",
                      nullptr, int(inUse.size()))
                      .arg(inUse.front().code));
    PlanEdit result;
    removeAll(result.changes, Repository<Qualification>(m_db).loadWhere("track_id", ids));
    removeAll(result.changes, Repository<Target>(m_db).loadWhere("track_id", ids));
    removeAll(result.changes, tracks);
    result.text = tracks.size() == 1
                      ? tr("Delete track %1").arg(tracks.front().name)
                      : QCoreApplication::translate("Planner::PlanEdits", "Delete %n tracks",
                                                    nullptr, int(tracks.size()));
    return result;
}

PlanEdit PlanEdits::newPlanningYear(int year, double growthPercent) const
{
    const std::vector<Target> targets = Repository<Target>(m_db).loadAll();
    if (const auto v = PlanningYear::check(targets, year, growthPercent); !v)
        return refused(v.problem());
    PlanEdit result;
    for (const Target &t : PlanningYear::roll(targets, year, growthPercent).targets)
        result.changes.insert(t);
    result.text =
        QCoreApplication::translate("Planner::PlanEdits", "New planning year %1").arg(year);
    return result;
}

PlanEdits::YearPreview PlanEdits::previewPlanningYear(int year, double growthPercent) const
{
    YearPreview preview;
    PlanData plan; // the small tables PlanningYear reads
    plan.targets = Repository<Target>(m_db).loadAll();
    plan.tracks = Repository<Track>(m_db).loadAll();
    plan.courses = Repository<Course>(m_db).loadAll();
    plan.instructors = Repository<Instructor>(m_db).loadAll();
    plan.qualifications = Repository<Qualification>(m_db).loadAll();
    if (const Result<> checked = PlanningYear::check(plan.targets, year, growthPercent); !checked)
        preview.problem = checked.problem();
    else
        preview.rollover = PlanningYear::roll(plan.targets, year, growthPercent);
    preview.lapsing = PlanningYear::lapsing(plan, year);
    preview.calendarMissing = !workCalendar().hasYear(year);
    for (const Track &t : plan.tracks)
        preview.tracks[t.id] = t;
    for (const Instructor &i : plan.instructors)
        preview.instructors[i.id] = i;
    return preview;
}

namespace {

// One planning figure of a course changed by change(course), saved as a step named text
// (with the course's code for %1).
template <typename Change>
PlanEdit editCourse(const PlanEdits &edits, const QSqlDatabase &db, Id courseId, Change change,
                    const char *text)
{
    Course key;
    key.id = courseId;
    const std::optional<Course> course = Repository<Course>(db).find(key);
    if (!course)
        return refused("course_id", tr("The course was deleted meanwhile; nothing was changed."));
    Course edited = *course;
    change(edited);
    PlanEdit result = edits.save(edited, course);
    if (result.ok())
        result.text = tr(text).arg(course->code);
    return result;
}

} // namespace

PlanEdit PlanEdits::setSeatRates(int year, Id trackId, Id courseId, const SeatRates &rates) const
{
    if (courseId != 0)
        return editCourse(
            *this, m_db, courseId, [&](Course &c) { c.rates = rates; },
            QT_TRANSLATE_NOOP("Planner::PlanEdits", "Set the assumptions of the course %1"));
    Target key;
    key.year = year;
    key.trackId = trackId;
    const std::optional<Target> target = Repository<Target>(m_db).find(key);
    Track trackKey;
    trackKey.id = trackId;
    const std::optional<Track> track = Repository<Track>(m_db).find(trackKey);
    if (!target || !track)
        return refused(
            "year",
            tr("The track has no target for %1: enter one first, the assumptions go with it.")
                .arg(year));
    Target edited = *target;
    edited.rates = rates;
    PlanEdit result = save(edited, target);
    if (result.ok())
        result.text = tr("Set the assumptions of %1 for %2").arg(track->name).arg(year);
    return result;
}

PlanEdit PlanEdits::setCourseShare(Id courseId, std::optional<double> share) const
{
    return editCourse(
        *this, m_db, courseId, [&](Course &c) { c.cohortShare = share; },
        QT_TRANSLATE_NOOP("Planner::PlanEdits", "Set the share of new cohorts of %1"));
}

int PlanEdits::nextPlanningYear() const
{
    int latest = 0;
    for (const Target &t : Repository<Target>(m_db).loadAll())
        latest = std::max(latest, t.year);
    return latest > 0 ? latest + 1 : QDate::currentDate().year();
}

PlanEdit PlanEdits::removeTargets(const std::vector<Target> &targets) const
{
    PlanEdit result;
    Repository<Target> repository(m_db);
    for (const Target &t : targets) {
        if (auto stored = repository.find(t))
            result.changes.remove(*stored);
    }
    if (result.changes.isEmpty())
        return refused("", tr("The targets were deleted meanwhile."));
    result.text = QCoreApplication::translate("Planner::PlanEdits", "Delete %n targets", nullptr,
                                              result.changes.size());
    return result;
}

PlanEdit PlanEdits::removeFixedCosts(const std::vector<Id> &ids) const
{
    PlanEdit result;
    removeAll(result.changes, loadById<FixedCost>(m_db, ids));
    if (result.changes.isEmpty())
        return refused("", tr("The fixed costs were deleted meanwhile."));
    result.text = QCoreApplication::translate("Planner::PlanEdits", "Delete %n fixed cost(s)",
                                              nullptr, result.changes.size());
    return result;
}

PlanEdit PlanEdits::setLevelRate(CourseLevel level, std::optional<Yuan> dayRate) const
{
    if (dayRate)
        return save(LevelRate{level, *dayRate});
    PlanEdit result;
    if (auto stored = Repository<LevelRate>(m_db).find(LevelRate{level, 0}))
        result.changes.remove(*stored);
    result.text = tr("Reset the day rate of level %1").arg(displayName(level));
    return result;
}

PlanEdit PlanEdits::removeCalendarDays(const std::vector<QDate> &dates) const
{
    PlanEdit result;
    Repository<CalendarDay> repository(m_db);
    for (const QDate &date : dates) {
        CalendarDay key;
        key.date = date;
        if (auto stored = repository.find(key))
            result.changes.remove(*stored);
    }
    if (result.changes.isEmpty())
        return refused("", tr("The calendar days were deleted meanwhile."));
    result.text = QCoreApplication::translate("Planner::PlanEdits", "Delete %n calendar days",
                                              nullptr, result.changes.size());
    return result;
}

ConflictEngine PlanEdits::conflictEngine() const
{
    if (m_storedConflicts && m_storedConflicts->settings() == m_conflictSettings)
        return *m_storedConflicts; // shares its checked index until the copy is edited
    ConflictEngine engine(m_conflictSettings);
    engine.load(loadConflictInput(m_db));
    return engine;
}

Id PlanEdits::applyDraft(ConflictEngine &engine, const CohortDraft &draft)
{
    Cohort cohort = draft.cohort;
    if (cohort.id == 0) {
        for (const Cohort &c : engine.input().cohorts)
            cohort.id = std::max(cohort.id, c.id);
        ++cohort.id;
    }
    const Id id = cohort.id;
    engine.updateCohort(cohort);
    engine.setSessions(id, draft.sessions);
    std::vector<Id> dropped;
    for (const CohortInstructor &a : engine.input().cohortInstructors) {
        const bool kept = std::any_of(
            draft.instructors.begin(), draft.instructors.end(),
            [&](const CohortInstructor &d) { return d.instructorId == a.instructorId; });
        if (a.cohortId == id && !kept)
            dropped.push_back(a.instructorId);
    }
    for (Id instructorId : dropped)
        engine.unassign(id, instructorId);
    for (CohortInstructor a : draft.instructors) {
        a.cohortId = id;
        engine.assign(a);
    }
    return id;
}

Result<> PlanEdits::checkEnrollmentDates(const CohortDraft &draft) const
{
    if (draft.cohort.id == 0 || draft.sessions.empty())
        return {};
    std::vector<Id> trainees;
    for (const Enrollment &e :
         Repository<Enrollment>(m_db).loadWhere("cohort_id", {draft.cohort.id}))
        if (e.status != EnrollmentStatus::Withdrawn)
            trainees.push_back(e.traineeId);
    if (trainees.empty())
        return {};
    const EnrollmentRules rules = enrollmentRules({draft.cohort.id}, trainees);
    EnrollmentCohort moved{
        draft.cohort.id, draft.cohort.code, draft.cohort.capacity, draft.cohort.status, {}, {}};
    const auto [first, last] =
        std::minmax_element(draft.sessions.begin(), draft.sessions.end(),
                            [](const Session &a, const Session &b) { return a.date < b.date; });
    moved.start = first->date;
    moved.end = last->date;
    if (const EnrollmentCohort *stored = rules.cohort(draft.cohort.id);
        stored && stored->start == moved.start && stored->end == moved.end &&
        stored->status == moved.status)
        return {}; // the dates stay: overlaps the plan already has are not this edit's
    return rules.checkDates(moved);
}

PlanEdit PlanEdits::checkConflicts(const std::vector<CohortDraft> &drafts, PlanEdit result) const
{
    if (!result.ok() || result.changes.isEmpty() || drafts.empty())
        return result;
    const CohortDraft &draft = drafts.front();
    const ConflictEngine before = conflictEngine();
    ConflictEngine after = before;
    for (const CohortDraft &d : drafts)
        applyDraft(after, d);
    const std::vector<Conflict> added = conflictsAdded(before.conflicts(), after.conflicts());
    std::vector<const Conflict *> blocking;
    for (const Conflict &c : added) {
        // Warnings about the cohort alone (no lead yet, a small venue) show on the
        // conflicts page; those about an instructor's assignment need a reason.
        if (c.severity == Severity::Block)
            blocking.push_back(&c);
        else if (c.instructorId != 0)
            result.warnings.append(c.explanation);
    }
    if (!blocking.empty()) {
        QString message =
            tr("This edit would add a blocking conflict: %1").arg(blocking.front()->explanation);
        if (blocking.size() > 1)
            message += QLatin1Char(' ') + tr("(and %1 more)").arg(blocking.size() - 1);
        return refused(fieldOf(blocking.front()->rule), message);
    }
    // The trainees come after the conflicts: a blocking conflict is the first thing to fix.
    for (const CohortDraft &d : drafts) {
        if (auto v = checkEnrollmentDates(d); !v)
            return refused(v.problem());
    }
    const QString reason = draft.overrideReason.trimmed();
    if (!result.warnings.isEmpty() && !reason.isEmpty()) {
        const QString key =
            draft.cohort.id != 0 ? QString::number(draft.cohort.id) : draft.cohort.code;
        result.changes.setNote(reason, QStringLiteral("cohort"), key);
    }
    // after is the plan as written when every cohort keeps its id (new ones get theirs
    // from the store) and no seat changes hands (a larger cohort seats its waitlist).
    const bool exact = !(result.changes.tables() & PlanTable::Enrollment) &&
                       std::all_of(drafts.begin(), drafts.end(),
                                   [](const CohortDraft &d) { return d.cohort.id != 0; });
    if (exact)
        result.conflictsAfter = std::make_shared<const ConflictEngine>(std::move(after));
    return result;
}

PlanEdit PlanEdits::applyFix(const FixSuggestion &fix) const
{
    std::optional<CohortDraft> draft = cohort(fix.cohortId);
    if (!draft)
        return refused("", tr("The cohort was deleted meanwhile."));
    const auto instructorName = [this](Id id) {
        const std::vector<Instructor> found = loadById<Instructor>(m_db, {id});
        return found.empty() ? QString::number(id) : found.front().name;
    };
    const auto assignment = [&draft](Id instructorId) {
        return std::find_if(
            draft->instructors.begin(), draft->instructors.end(),
            [instructorId](const CohortInstructor &a) { return a.instructorId == instructorId; });
    };
    PlanEdit result;
    QString text;
    switch (fix.kind) {
    case FixSuggestion::Kind::Substitute: {
        const auto replaced = assignment(fix.replacedInstructorId);
        if (replaced == draft->instructors.end())
            return refused("",
                           tr("%1 no longer teaches %2.")
                               .arg(instructorName(fix.replacedInstructorId), draft->cohort.code));
        if (assignment(fix.instructorId) != draft->instructors.end())
            return refused("", tr("%1 already teaches %2.")
                                   .arg(instructorName(fix.instructorId), draft->cohort.code));
        replaced->instructorId = fix.instructorId;
        text = tr("Replace %1 by %2 in %3")
                   .arg(instructorName(fix.replacedInstructorId), instructorName(fix.instructorId),
                        draft->cohort.code);
        result = saveCohort(*draft);
        break;
    }
    case FixSuggestion::Kind::AddLead: {
        if (const auto present = assignment(fix.instructorId); present != draft->instructors.end())
            present->role = InstructorRole::Lead;
        else
            draft->instructors.push_back(
                {fix.cohortId, fix.instructorId, InstructorRole::Lead, false});
        text =
            tr("Make %1 the lead of %2").arg(instructorName(fix.instructorId), draft->cohort.code);
        result = saveCohort(*draft);
        break;
    }
    case FixSuggestion::Kind::Move: {
        std::vector<Session> moved = draft->sessions;
        for (Session &s : moved)
            s.date = s.date.addDays(fix.shiftDays);
        QDate start;
        for (const Session &s : moved)
            start = start.isValid() ? std::min(start, s.date) : s.date;
        text = tr("Move %1 to start on %2").arg(draft->cohort.code, start.toString(Qt::ISODate));
        result = replaceSessions(fix.cohortId, moved, text);
        break;
    }
    case FixSuggestion::Kind::ChangeVenue: {
        Cohort cohort = draft->cohort;
        cohort.venueId = fix.venueId;
        const std::vector<Venue> venues = loadById<Venue>(m_db, {fix.venueId});
        if (venues.empty())
            return refused("", tr("The venue was deleted meanwhile."));
        text = tr("Move %1 to %2").arg(cohort.code, venues.front().name);
        result = saveCohortRecord(cohort);
        break;
    }
    }
    if (result.ok())
        result.text = text;
    return result;
}

} // namespace Planner

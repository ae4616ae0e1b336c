// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictengine.h"

#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <iterator>
#include <mutex>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ConflictEngine)
};

// A session's date and slot packed into one integer (Julian day times four plus the slot),
// so that occupancy lists sort and compare as plain numbers.
using SlotKey = qint64;
constexpr qint64 SlotsPerDay = 4;

SlotKey keyOf(QDate date, SessionSlot slot)
{
    return date.toJulianDay() * SlotsPerDay + qint64(slot);
}

qint64 dayOf(SlotKey key)
{
    return key / SlotsPerDay;
}

SessionSlot slotOf(SlotKey key)
{
    return SessionSlot(key % SlotsPerDay);
}

QDate dateOf(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Slots inside a sentence ("on 2026-03-04 (morning)"), lower case unlike the column labels.
QString slotInSentence(SessionSlot slot)
{
    switch (slot) {
    case SessionSlot::Morning:
        return Tr::tr("morning", "session slot inside a sentence");
    case SessionSlot::Afternoon:
        return Tr::tr("afternoon", "session slot inside a sentence");
    case SessionSlot::Evening:
        return Tr::tr("evening", "session slot inside a sentence");
    }
    return {};
}

// Date first, undated conflicts last; then the rule and the records involved. The tail
// (slot, dates, severity, text) makes the order total, so that the incremental and the
// full check agree element by element and "equivalent" means "equal".
bool conflictBefore(const Conflict &a, const Conflict &b)
{
    if (a.date.isValid() != b.date.isValid())
        return a.date.isValid();
    if (a.date != b.date)
        return a.date < b.date;
    const auto key = [](const Conflict &c) {
        return std::tuple(int(c.rule), c.cohortId, c.instructorId, c.venueId, c.otherCohortId,
                          c.slot, c.dates, int(c.severity));
    };
    const auto ka = key(a);
    const auto kb = key(b);
    if (ka != kb)
        return ka < kb;
    return a.explanation < b.explanation;
}

// The elements of `after` that `before` does not have, counting duplicates. Both sorted.
std::vector<Conflict> sortedDifference(const std::vector<Conflict> &after,
                                       const std::vector<Conflict> &before)
{
    std::vector<Conflict> added;
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(),
                        std::back_inserter(added), conflictBefore);
    return added;
}

template <typename T>
const T *findIn(const std::vector<T> &rows, const std::unordered_map<Id, std::size_t> &index, Id id)
{
    const auto it = index.find(id);
    return it == index.end() ? nullptr : &rows[it->second];
}

template <typename T>
void indexById(const std::vector<T> &rows, std::unordered_map<Id, std::size_t> &index)
{
    index.clear();
    index.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        index[rows[i].id] = i;
}

bool isActive(const Cohort *cohort)
{
    return cohort != nullptr && cohort->status != CohortStatus::Cancelled;
}

// Sorted, distinct slot keys of a cohort's sessions; sessions without a date cannot be checked.
std::vector<SlotKey> keysOf(const std::vector<Session> &sessions)
{
    std::vector<SlotKey> keys;
    keys.reserve(sessions.size());
    for (const Session &s : sessions) {
        if (s.date.isValid())
            keys.push_back(keyOf(s.date, s.slot));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

template <typename T> void removeValue(std::vector<T> &values, const T &value)
{
    values.erase(std::remove(values.begin(), values.end(), value), values.end());
}

template <typename T> void addValue(std::vector<T> &values, const T &value)
{
    if (std::find(values.begin(), values.end(), value) == values.end())
        values.push_back(value);
}

} // namespace

namespace Rules {

bool covers(const Qualification &q, const Course &course)
{
    return (q.trackId != 0 && q.trackId == course.trackId && q.level >= course.level) ||
           (q.courseId != 0 && q.courseId == course.id);
}

bool validOn(const Qualification &q, QDate date)
{
    return (!q.validFrom.isValid() || q.validFrom <= date) &&
           (!q.validUntil.isValid() || date <= q.validUntil);
}

bool covers(const Leave &leave, QDate date)
{
    return leave.start.isValid() && leave.end.isValid() && leave.start <= date && date <= leave.end;
}

QDate weekStart(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace Rules

ConflictSettings ConflictSettings::defaults()
{
    ConflictSettings s;
    s.severity.fill(Severity::Warn);
    for (ConflictRule rule :
         {ConflictRule::InstructorDoubleBooked, ConflictRule::InstructorNotQualified,
          ConflictRule::QualificationExpired, ConflictRule::InstructorOnLeave,
          ConflictRule::VenueDoubleBooked})
        s.set(rule, Severity::Block);
    return s;
}

namespace {

struct CurrentSettings
{
    std::mutex mutex;
    ConflictSettings settings = ConflictSettings::defaults();
};

CurrentSettings &currentSettings()
{
    static CurrentSettings current;
    return current;
}

} // namespace

ConflictSettings ConflictSettings::current()
{
    CurrentSettings &c = currentSettings();
    const std::lock_guard lock(c.mutex);
    return c.settings;
}

void ConflictSettings::setCurrent(const ConflictSettings &settings)
{
    CurrentSettings &c = currentSettings();
    const std::lock_guard lock(c.mutex);
    c.settings = settings;
}

QString displayName(ConflictRule rule)
{
    switch (rule) {
    case ConflictRule::InstructorDoubleBooked:
        return Tr::tr("Instructor double-booked");
    case ConflictRule::InstructorNotQualified:
        return Tr::tr("Not qualified");
    case ConflictRule::QualificationExpired:
        return Tr::tr("Qualification lapsed");
    case ConflictRule::InstructorOnLeave:
        return Tr::tr("On leave");
    case ConflictRule::OverWeeklyLimit:
        return Tr::tr("Over weekly limit");
    case ConflictRule::OverMonthlyLimit:
        return Tr::tr("Over monthly limit");
    case ConflictRule::OverYearlyLimit:
        return Tr::tr("Over yearly limit");
    case ConflictRule::VenueDoubleBooked:
        return Tr::tr("Venue double-booked");
    case ConflictRule::VenueTooSmall:
        return Tr::tr("Venue too small");
    case ConflictRule::NonWorkingDay:
        return Tr::tr("Non-working day");
    case ConflictRule::NoLead:
        return Tr::tr("No lead instructor");
    case ConflictRule::OverCapacity:
        return Tr::tr("Over capacity");
    case ConflictRule::CalendarMissing:
        return Tr::tr("No work calendar");
    }
    return {};
}

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Off:
        return Tr::tr("Off", "conflict severity");
    case Severity::Warn:
        return Tr::tr("Warn", "conflict severity");
    case Severity::Block:
        return Tr::tr("Block", "conflict severity");
    }
    return {};
}

bool isInstructorRule(ConflictRule rule)
{
    switch (rule) {
    case ConflictRule::InstructorDoubleBooked:
    case ConflictRule::InstructorNotQualified:
    case ConflictRule::QualificationExpired:
    case ConflictRule::InstructorOnLeave:
    case ConflictRule::OverWeeklyLimit:
    case ConflictRule::OverMonthlyLimit:
    case ConflictRule::OverYearlyLimit:
        return true;
    default:
        return false;
    }
}

// What the checks look records up by, and the conflicts found, partitioned by the scope
// that produced them: an edit replaces the partitions it touches and leaves the rest.
// Refers to the input's catalogue rows by position; the rows an edit can add or remove
// (sessions, assignments, leave) are held here by value.
struct ConflictEngine::Index
{
    struct Staff
    {
        Id instructorId = 0;
        InstructorRole role = InstructorRole::Lead;
    };
    // One session of one cohort, as it occupies an instructor or a venue.
    struct Occupancy
    {
        SlotKey key = 0;
        Id cohortId = 0;
        bool operator<(const Occupancy &o) const
        {
            return key != o.key ? key < o.key : cohortId < o.cohortId;
        }
    };
    using Scopes = std::unordered_map<Id, std::vector<Conflict>>;

    WorkCalendar calendar;
    std::unordered_map<Id, std::size_t> tracks, courses, venues, instructors, cohorts;
    std::unordered_map<Id, std::vector<SlotKey>> sessionsOf; // by cohort
    std::unordered_map<Id, std::vector<Staff>> staffOf;      // by cohort
    std::unordered_map<Id, std::vector<Id>> cohortsOfInstructor;
    std::unordered_map<Id, std::vector<Id>> cohortsAtVenue;
    std::unordered_map<Id, std::vector<std::size_t>> qualificationsOf; // by instructor
    std::unordered_map<Id, std::vector<Leave>> leavesOf;               // by instructor

    Scopes byInstructor; // double bookings, qualifications, leave, limits
    Scopes byVenue;      // venue double bookings
    Scopes byCohort;     // venue too small, non-working days, no lead, over capacity

    void build(const ConflictInput &in);
    void checkAll(const ConflictInput &in);
    std::vector<Conflict> merged(const ConflictSettings &settings) const;

    void setStaff(const CohortInstructor &a);
    void removeStaff(Id cohortId, Id instructorId);
    std::vector<Id> instructorsOf(Id cohortId) const;

    void recheckInstructor(const ConflictInput &in, Id instructorId);
    void recheckVenue(const ConflictInput &in, Id venueId);
    void recheckCohort(const ConflictInput &in, Id cohortId);

    // extra: an assignment to check as if it were made (for whatIf), or null.
    std::vector<Conflict> instructorScope(const ConflictInput &in, Id instructorId,
                                          const CohortInstructor *extra) const;
    std::vector<Conflict> venueScope(const ConflictInput &in, Id venueId) const;
    std::vector<Conflict> cohortScope(const ConflictInput &in, Id cohortId,
                                      const CohortInstructor *extra) const;

    const Cohort *cohort(const ConflictInput &in, Id id) const
    {
        return findIn(in.cohorts, cohorts, id);
    }
    const Course *course(const ConflictInput &in, Id id) const
    {
        return findIn(in.courses, courses, id);
    }
    const Venue *venue(const ConflictInput &in, Id id) const
    {
        return findIn(in.venues, venues, id);
    }
    const Track *track(const ConflictInput &in, Id id) const
    {
        return findIn(in.tracks, tracks, id);
    }
    const Instructor *instructor(const ConflictInput &in, Id id) const
    {
        return findIn(in.instructors, instructors, id);
    }
    const std::vector<SlotKey> &keysOfCohort(Id cohortId) const;
    QDate firstDate(Id cohortId) const;
    QString instructorName(const ConflictInput &in, Id id) const;
    QString cohortCode(const ConflictInput &in, Id id) const;
    std::pair<Id, Id> byCode(const ConflictInput &in, Id a, Id b) const;
    std::vector<Occupancy> occupancy(const ConflictInput &in,
                                     const std::vector<Id> &cohortIds) const;

    void checkDoubleBookings(const ConflictInput &in, const std::vector<Occupancy> &occupied,
                             ConflictRule rule, Id instructorId, Id venueId, const QString &who,
                             std::vector<Conflict> &out) const;
    void checkQualification(const ConflictInput &in, Id instructorId, const Cohort &c,
                            std::vector<Conflict> &out) const;
    void checkLeave(const ConflictInput &in, Id instructorId, const Cohort &c,
                    std::vector<Conflict> &out) const;
    void checkLimits(const ConflictInput &in, const Instructor &person,
                     const std::vector<Occupancy> &occupied, std::vector<Conflict> &out) const;
};

void ConflictEngine::Index::build(const ConflictInput &in)
{
    calendar = WorkCalendar(in.calendar);
    indexById(in.tracks, tracks);
    indexById(in.courses, courses);
    indexById(in.venues, venues);
    indexById(in.instructors, instructors);
    indexById(in.cohorts, cohorts);

    sessionsOf.clear();
    {
        std::unordered_map<Id, std::vector<Session>> grouped;
        grouped.reserve(in.cohorts.size());
        for (const Session &s : in.sessions)
            grouped[s.cohortId].push_back(s);
        sessionsOf.reserve(grouped.size());
        for (const auto &[cohortId, sessions] : grouped)
            sessionsOf[cohortId] = keysOf(sessions);
    }

    staffOf.clear();
    cohortsOfInstructor.clear();
    for (const CohortInstructor &a : in.cohortInstructors)
        setStaff(a);

    cohortsAtVenue.clear();
    for (const Cohort &c : in.cohorts) {
        if (c.venueId != 0)
            addValue(cohortsAtVenue[c.venueId], c.id);
    }

    qualificationsOf.clear();
    for (std::size_t i = 0; i < in.qualifications.size(); ++i)
        qualificationsOf[in.qualifications[i].instructorId].push_back(i);
    leavesOf.clear();
    for (const Leave &l : in.leaves)
        leavesOf[l.instructorId].push_back(l);
}

void ConflictEngine::Index::checkAll(const ConflictInput &in)
{
    byInstructor.clear();
    byVenue.clear();
    byCohort.clear();
    // Assignments may name instructors the catalogue lacks: their double bookings still count.
    std::vector<Id> people;
    people.reserve(in.instructors.size() + cohortsOfInstructor.size());
    for (const Instructor &i : in.instructors)
        people.push_back(i.id);
    for (const auto &entry : cohortsOfInstructor)
        people.push_back(entry.first);
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    for (Id id : people)
        recheckInstructor(in, id);
    for (const Venue &v : in.venues)
        recheckVenue(in, v.id);
    for (const auto &entry : cohorts)
        recheckCohort(in, entry.first);
}

std::vector<Conflict> ConflictEngine::Index::merged(const ConflictSettings &settings) const
{
    std::vector<Conflict> all;
    for (const Scopes *scopes : {&byInstructor, &byVenue, &byCohort}) {
        for (const auto &entry : *scopes) {
            for (const Conflict &c : entry.second) {
                const Severity severity = settings.of(c.rule);
                if (severity == Severity::Off)
                    continue;
                all.push_back(c);
                all.back().severity = severity;
            }
        }
    }
    std::sort(all.begin(), all.end(), conflictBefore);
    return all;
}

void ConflictEngine::Index::setStaff(const CohortInstructor &a)
{
    auto &staff = staffOf[a.cohortId];
    const auto it = std::find_if(staff.begin(), staff.end(),
                                 [&](const Staff &s) { return s.instructorId == a.instructorId; });
    if (it != staff.end())
        it->role = a.role;
    else
        staff.push_back({a.instructorId, a.role});
    addValue(cohortsOfInstructor[a.instructorId], a.cohortId);
}

void ConflictEngine::Index::removeStaff(Id cohortId, Id instructorId)
{
    if (const auto it = staffOf.find(cohortId); it != staffOf.end()) {
        auto &staff = it->second;
        staff.erase(std::remove_if(staff.begin(), staff.end(),
                                   [&](const Staff &s) { return s.instructorId == instructorId; }),
                    staff.end());
        if (staff.empty())
            staffOf.erase(it);
    }
    if (const auto it = cohortsOfInstructor.find(instructorId); it != cohortsOfInstructor.end()) {
        removeValue(it->second, cohortId);
        if (it->second.empty())
            cohortsOfInstructor.erase(it);
    }
}

std::vector<Id> ConflictEngine::Index::instructorsOf(Id cohortId) const
{
    std::vector<Id> ids;
    if (const auto it = staffOf.find(cohortId); it != staffOf.end()) {
        for (const Staff &s : it->second)
            ids.push_back(s.instructorId);
    }
    return ids;
}

namespace {
void store(std::unordered_map<Id, std::vector<Conflict>> &scopes, Id id,
           std::vector<Conflict> found)
{
    if (found.empty())
        scopes.erase(id);
    else
        scopes[id] = std::move(found);
}
} // namespace

void ConflictEngine::Index::recheckInstructor(const ConflictInput &in, Id instructorId)
{
    store(byInstructor, instructorId, instructorScope(in, instructorId, nullptr));
}

void ConflictEngine::Index::recheckVenue(const ConflictInput &in, Id venueId)
{
    store(byVenue, venueId, venueScope(in, venueId));
}

void ConflictEngine::Index::recheckCohort(const ConflictInput &in, Id cohortId)
{
    store(byCohort, cohortId, cohortScope(in, cohortId, nullptr));
}

const std::vector<SlotKey> &ConflictEngine::Index::keysOfCohort(Id cohortId) const
{
    static const std::vector<SlotKey> none;
    const auto it = sessionsOf.find(cohortId);
    return it == sessionsOf.end() ? none : it->second;
}

QDate ConflictEngine::Index::firstDate(Id cohortId) const
{
    const auto &keys = keysOfCohort(cohortId);
    return keys.empty() ? QDate() : dateOf(dayOf(keys.front()));
}

QString ConflictEngine::Index::instructorName(const ConflictInput &in, Id id) const
{
    if (const Instructor *i = instructor(in, id)) {
        if (!i->name.isEmpty())
            return i->name;
        if (!i->code.isEmpty())
            return i->code;
    }
    return Tr::tr("Instructor #%1").arg(id);
}

QString ConflictEngine::Index::cohortCode(const ConflictInput &in, Id id) const
{
    const Cohort *c = cohort(in, id);
    return c && !c->code.isEmpty() ? c->code : Tr::tr("#%1", "cohort without a code").arg(id);
}

// The two cohorts of a double booking in the order of their codes, so that the conflict
// reads the same whichever of them was edited last.
std::pair<Id, Id> ConflictEngine::Index::byCode(const ConflictInput &in, Id a, Id b) const
{
    const Cohort *ca = cohort(in, a);
    const Cohort *cb = cohort(in, b);
    const QString codeA = ca ? ca->code : QString();
    const QString codeB = cb ? cb->code : QString();
    if (codeA != codeB)
        return codeA < codeB ? std::pair(a, b) : std::pair(b, a);
    return a < b ? std::pair(a, b) : std::pair(b, a);
}

std::vector<ConflictEngine::Index::Occupancy>
ConflictEngine::Index::occupancy(const ConflictInput &in, const std::vector<Id> &cohortIds) const
{
    std::vector<Occupancy> occupied;
    for (Id id : cohortIds) {
        if (!isActive(cohort(in, id)))
            continue;
        for (SlotKey key : keysOfCohort(id))
            occupied.push_back({key, id});
    }
    std::sort(occupied.begin(), occupied.end());
    return occupied;
}

void ConflictEngine::Index::checkDoubleBookings(const ConflictInput &in,
                                                const std::vector<Occupancy> &occupied,
                                                ConflictRule rule, Id instructorId, Id venueId,
                                                const QString &who,
                                                std::vector<Conflict> &out) const
{
    // Sorted by slot, so each run of equal keys is one date and slot; a cohort appears at
    // most once per run since its keys are distinct.
    for (std::size_t begin = 0; begin < occupied.size();) {
        std::size_t end = begin + 1;
        while (end < occupied.size() && occupied[end].key == occupied[begin].key)
            ++end;
        for (std::size_t i = begin; i < end; ++i) {
            for (std::size_t j = i + 1; j < end; ++j) {
                const auto [first, second] = byCode(in, occupied[i].cohortId, occupied[j].cohortId);
                Conflict c;
                c.rule = rule;
                c.cohortId = first;
                c.otherCohortId = second;
                c.instructorId = instructorId;
                c.venueId = venueId;
                c.date = dateOf(dayOf(occupied[i].key));
                c.slot = slotOf(occupied[i].key);
                c.explanation = (rule == ConflictRule::InstructorDoubleBooked
                                     ? Tr::tr("%1 is booked twice on %2 (%3): cohorts %4 and %5.",
                                              "instructor double-booked")
                                     : Tr::tr("%1 is booked twice on %2 (%3): cohorts %4 and %5.",
                                              "venue double-booked"))
                                    .arg(who, isoDate(c.date), slotInSentence(*c.slot),
                                         cohortCode(in, first), cohortCode(in, second));
                out.push_back(std::move(c));
            }
        }
        begin = end;
    }
}

void ConflictEngine::Index::checkQualification(const ConflictInput &in, Id instructorId,
                                               const Cohort &c, std::vector<Conflict> &out) const
{
    const Course *course = this->course(in, c.courseId);
    if (!course)
        return; // nothing to judge the instructor against
    std::vector<const Qualification *> covering;
    if (const auto it = qualificationsOf.find(instructorId); it != qualificationsOf.end()) {
        for (std::size_t i : it->second) {
            const Qualification &q = in.qualifications[i];
            if (Rules::covers(q, *course))
                covering.push_back(&q);
        }
    }
    const QString name = instructorName(in, instructorId);
    const auto &keys = keysOfCohort(c.id);
    if (covering.empty()) {
        const Track *t = track(in, course->trackId);
        Conflict conflict;
        conflict.rule = ConflictRule::InstructorNotQualified;
        conflict.cohortId = c.id;
        conflict.instructorId = instructorId;
        conflict.date = firstDate(c.id);
        const QString courseText =
            Tr::tr("%1 (%2, %3)", "course code (track, level)")
                .arg(course->code, t ? t->name : QString(), displayName(course->level));
        conflict.explanation =
            conflict.date.isValid()
                ? Tr::tr("%1 holds no qualification for %2 but is assigned to cohort %3, "
                         "starting %4.")
                      .arg(name, courseText, c.code, isoDate(conflict.date))
                : Tr::tr("%1 holds no qualification for %2 but is assigned to cohort %3.")
                      .arg(name, courseText, c.code);
        out.push_back(std::move(conflict));
        return;
    }

    int lapsedDates = 0;
    QDate firstLapsed;
    qint64 previousDay = -1;
    for (SlotKey key : keys) {
        const qint64 day = dayOf(key);
        if (day == previousDay)
            continue;
        previousDay = day;
        const QDate date = dateOf(day);
        const bool valid =
            std::any_of(covering.begin(), covering.end(),
                        [&](const Qualification *q) { return Rules::validOn(*q, date); });
        if (!valid) {
            if (lapsedDates++ == 0)
                firstLapsed = date;
        }
    }
    if (lapsedDates == 0)
        return;

    // Name the day the cover ran out; failing that, the day it only begins.
    QDate lapsedAfter;
    QDate validFrom;
    for (const Qualification *q : covering) {
        if (q->validUntil.isValid() && q->validUntil < firstLapsed &&
            (!lapsedAfter.isValid() || q->validUntil > lapsedAfter))
            lapsedAfter = q->validUntil;
        if (q->validFrom.isValid() && q->validFrom > firstLapsed &&
            (!validFrom.isValid() || q->validFrom < validFrom))
            validFrom = q->validFrom;
    }
    Conflict conflict;
    conflict.rule = ConflictRule::QualificationExpired;
    conflict.cohortId = c.id;
    conflict.instructorId = instructorId;
    conflict.date = firstLapsed;
    conflict.dates = lapsedDates;
    if (lapsedAfter.isValid()) {
        conflict.explanation =
            Tr::tr("The qualification of %1 for %2 expired after %3: cohort %4 has %n session "
                   "date(s) without a valid qualification, the first on %5.",
                   nullptr, lapsedDates)
                .arg(name, course->code, isoDate(lapsedAfter), c.code, isoDate(firstLapsed));
    } else {
        conflict.explanation =
            Tr::tr("The qualification of %1 for %2 is valid only from %3: cohort %4 has %n "
                   "session date(s) without a valid qualification, the first on %5.",
                   nullptr, lapsedDates)
                .arg(name, course->code, isoDate(validFrom), c.code, isoDate(firstLapsed));
    }
    out.push_back(std::move(conflict));
}

void ConflictEngine::Index::checkLeave(const ConflictInput &in, Id instructorId, const Cohort &c,
                                       std::vector<Conflict> &out) const
{
    const auto it = leavesOf.find(instructorId);
    if (it == leavesOf.end())
        return;
    const auto &keys = keysOfCohort(c.id);
    for (const Leave &leave : it->second) {
        if (!leave.start.isValid() || !leave.end.isValid())
            continue;
        const SlotKey from = keyOf(leave.start, SessionSlot::Morning);
        const SlotKey to = leave.end.toJulianDay() * SlotsPerDay + (SlotsPerDay - 1);
        int dates = 0;
        QDate first;
        qint64 previousDay = -1;
        for (auto k = std::lower_bound(keys.begin(), keys.end(), from); k != keys.end() && *k <= to;
             ++k) {
            const qint64 day = dayOf(*k);
            if (day == previousDay)
                continue;
            previousDay = day;
            if (dates++ == 0)
                first = dateOf(day);
        }
        if (dates == 0)
            continue;
        Conflict conflict;
        conflict.rule = ConflictRule::InstructorOnLeave;
        conflict.cohortId = c.id;
        conflict.instructorId = instructorId;
        conflict.date = first;
        conflict.dates = dates;
        const QString name = instructorName(in, instructorId);
        conflict.explanation =
            leave.reason.isEmpty()
                ? Tr::tr("%1 is on leave from %2 to %3 but teaches cohort %4 on %n date(s) "
                         "then, the first on %5.",
                         nullptr, dates)
                      .arg(name, isoDate(leave.start), isoDate(leave.end), c.code, isoDate(first))
                : Tr::tr("%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %n "
                         "date(s) then, the first on %6.",
                         nullptr, dates)
                      .arg(name, isoDate(leave.start), isoDate(leave.end), leave.reason, c.code,
                           isoDate(first));
        out.push_back(std::move(conflict));
    }
}

void ConflictEngine::Index::checkLimits(const ConflictInput &in, const Instructor &person,
                                        const std::vector<Occupancy> &occupied,
                                        std::vector<Conflict> &out) const
{
    // Teaching days: distinct dates, whatever the slots and cohorts. Sorted, so weeks,
    // months and years each come as one run.
    std::vector<qint64> days;
    for (const Occupancy &o : occupied) {
        const qint64 day = dayOf(o.key);
        if (days.empty() || days.back() != day)
            days.push_back(day);
    }
    const QString name = instructorName(in, person.id);
    const auto report = [&](ConflictRule rule, QDate start, int count) {
        Conflict c;
        c.rule = rule;
        c.instructorId = person.id;
        c.date = start;
        switch (rule) {
        case ConflictRule::OverWeeklyLimit: {
            int isoYear = 0;
            const int week = start.weekNumber(&isoYear);
            c.explanation = Tr::tr("%1 has %2 teaching days in the week of %3 (week %4 of %5), "
                                   "limit %6.")
                                .arg(name)
                                .arg(count)
                                .arg(isoDate(start))
                                .arg(week)
                                .arg(isoYear)
                                .arg(person.maxDaysPerWeek);
            break;
        }
        case ConflictRule::OverMonthlyLimit:
            c.explanation = Tr::tr("%1 has %2 teaching days in %3, limit %4.", "month")
                                .arg(name)
                                .arg(count)
                                .arg(QLocale().toString(start, QStringLiteral("MMMM yyyy")))
                                .arg(person.maxDaysPerMonth);
            break;
        default:
            c.explanation = Tr::tr("%1 has %2 teaching days in %3, limit %4.", "year")
                                .arg(name)
                                .arg(count)
                                .arg(start.year())
                                .arg(person.maxDaysPerYear);
            break;
        }
        out.push_back(std::move(c));
    };

    struct Run
    {
        QDate start;
        int count = 0;
    };
    Run week, month, year;
    const auto flush = [&](Run &run, ConflictRule rule, int limit, QDate start) {
        if (run.start == start) {
            ++run.count;
            return;
        }
        if (run.count > limit)
            report(rule, run.start, run.count);
        run = {start, 1};
    };
    for (qint64 day : days) {
        const QDate date = dateOf(day);
        flush(week, ConflictRule::OverWeeklyLimit, person.maxDaysPerWeek, Rules::weekStart(date));
        flush(month, ConflictRule::OverMonthlyLimit, person.maxDaysPerMonth,
              QDate(date.year(), date.month(), 1));
        flush(year, ConflictRule::OverYearlyLimit, person.maxDaysPerYear, QDate(date.year(), 1, 1));
    }
    if (week.count > person.maxDaysPerWeek)
        report(ConflictRule::OverWeeklyLimit, week.start, week.count);
    if (month.count > person.maxDaysPerMonth)
        report(ConflictRule::OverMonthlyLimit, month.start, month.count);
    if (year.count > person.maxDaysPerYear)
        report(ConflictRule::OverYearlyLimit, year.start, year.count);
}

std::vector<Conflict> ConflictEngine::Index::instructorScope(const ConflictInput &in,
                                                             Id instructorId,
                                                             const CohortInstructor *extra) const
{
    std::vector<Id> cohortIds;
    if (const auto it = cohortsOfInstructor.find(instructorId); it != cohortsOfInstructor.end())
        cohortIds = it->second;
    if (extra && extra->instructorId == instructorId)
        addValue(cohortIds, extra->cohortId);

    std::vector<Conflict> out;
    const std::vector<Occupancy> occupied = occupancy(in, cohortIds);
    checkDoubleBookings(in, occupied, ConflictRule::InstructorDoubleBooked, instructorId, 0,
                        instructorName(in, instructorId), out);
    const Instructor *person = instructor(in, instructorId);
    for (Id id : cohortIds) {
        const Cohort *c = cohort(in, id);
        if (!isActive(c))
            continue;
        checkQualification(in, instructorId, *c, out);
        checkLeave(in, instructorId, *c, out);
    }
    if (person)
        checkLimits(in, *person, occupied, out);
    return out;
}

std::vector<Conflict> ConflictEngine::Index::venueScope(const ConflictInput &in, Id venueId) const
{
    std::vector<Conflict> out;
    const Venue *v = venue(in, venueId);
    const auto it = cohortsAtVenue.find(venueId);
    if (!v || v->online || it == cohortsAtVenue.end())
        return out;
    checkDoubleBookings(in, occupancy(in, it->second), ConflictRule::VenueDoubleBooked, 0, venueId,
                        v->name, out);
    return out;
}

std::vector<Conflict> ConflictEngine::Index::cohortScope(const ConflictInput &in, Id cohortId,
                                                         const CohortInstructor *extra) const
{
    std::vector<Conflict> out;
    const Cohort *c = cohort(in, cohortId);
    if (!isActive(c))
        return out;
    const QDate first = firstDate(cohortId);
    const auto conflict = [&](ConflictRule rule) {
        Conflict x;
        x.rule = rule;
        x.cohortId = cohortId;
        x.date = first;
        return x;
    };

    if (const Venue *v = venue(in, c->venueId); v && !v->online && c->capacity > v->seats) {
        Conflict x = conflict(ConflictRule::VenueTooSmall);
        x.venueId = v->id;
        x.explanation = Tr::tr("Cohort %1 has %2 seats but venue %3 holds only %4.")
                            .arg(c->code)
                            .arg(c->capacity)
                            .arg(v->name)
                            .arg(v->seats);
        out.push_back(std::move(x));
    }

    qint64 previousDay = -1;
    int uncheckedYear = 0;
    for (SlotKey key : keysOfCohort(cohortId)) {
        const qint64 day = dayOf(key);
        if (day == previousDay)
            continue;
        previousDay = day;
        const QDate date = dateOf(day);
        // Without the year's official calendar its public holidays are unknown: the days
        // are only checked against the weekend. Said once per cohort and year.
        if (!calendar.hasYear(date.year()) && date.year() != uncheckedYear) {
            uncheckedYear = date.year();
            Conflict x = conflict(ConflictRule::CalendarMissing);
            x.date = date;
            x.slot = slotOf(key);
            x.explanation =
                Tr::tr("Cohort %1 has sessions in %2 from %3, but the plan has no work calendar "
                       "for %2: "
                       "public holidays and make-up working days are unknown. Import it with "
                       "File ▸ Import Work Calendar.")
                    .arg(c->code)
                    .arg(date.year())
                    .arg(isoDate(date));
            out.push_back(std::move(x));
        }
        if (calendar.isWorkingDay(date))
            continue;
        Conflict x = conflict(ConflictRule::NonWorkingDay);
        x.date = date;
        x.slot = slotOf(key);
        const QString holiday = calendar.nameOf(date);
        x.explanation = Tr::tr("Cohort %1 has a session on %2 (%3), which is not a working day.")
                            .arg(c->code, isoDate(date),
                                 holiday.isEmpty() ? QLocale().dayName(date.dayOfWeek()) : holiday);
        out.push_back(std::move(x));
    }

    if (c->status != CohortStatus::Completed) {
        bool hasLead = false;
        if (const auto it = staffOf.find(cohortId); it != staffOf.end()) {
            for (const Staff &s : it->second) {
                const bool replaced =
                    extra && extra->cohortId == cohortId && extra->instructorId == s.instructorId;
                hasLead = hasLead || (!replaced && s.role == InstructorRole::Lead);
            }
        }
        if (extra && extra->cohortId == cohortId && extra->role == InstructorRole::Lead)
            hasLead = true;
        if (!hasLead) {
            Conflict x = conflict(ConflictRule::NoLead);
            x.explanation = first.isValid()
                                ? Tr::tr("Cohort %1 has no lead instructor; it starts on %2.")
                                      .arg(c->code, isoDate(first))
                                : Tr::tr("Cohort %1 has no lead instructor.").arg(c->code);
            out.push_back(std::move(x));
        }
    }

    if (const auto it = in.seatHolders.find(cohortId);
        it != in.seatHolders.end() && it->second > c->capacity) {
        Conflict x = conflict(ConflictRule::OverCapacity);
        x.explanation = Tr::tr("Cohort %1 has %2 trainees holding seats but a capacity of %3.")
                            .arg(c->code)
                            .arg(it->second)
                            .arg(c->capacity);
        out.push_back(std::move(x));
    }
    return out;
}

ConflictEngine::ConflictEngine(ConflictSettings settings)
    : m_settings(settings), m_index(std::make_shared<Index>())
{}

void ConflictEngine::load(ConflictInput input)
{
    m_input = std::move(input);
    auto index = std::make_shared<Index>();
    index->build(m_input);
    index->checkAll(m_input);
    m_index = std::move(index);
    m_mergedValid = false;
}

ConflictEngine::Index &ConflictEngine::index()
{
    // Copies of an engine share the index until one of them edits (copy on write).
    if (!m_index) {
        m_index = std::make_shared<Index>();
        m_index->build(m_input);
        m_index->checkAll(m_input);
    } else if (m_index.use_count() > 1) {
        m_index = std::make_shared<Index>(*m_index);
    }
    m_mergedValid = false;
    return *m_index;
}

const std::vector<Conflict> &ConflictEngine::conflicts() const
{
    if (!m_mergedValid) {
        m_merged = m_index ? m_index->merged(m_settings) : std::vector<Conflict>();
        m_mergedValid = true;
    }
    return m_merged;
}

std::vector<Conflict> ConflictEngine::fullCheck() const
{
    Index fresh;
    fresh.build(m_input);
    fresh.checkAll(m_input);
    return fresh.merged(m_settings);
}

int ConflictEngine::count(Severity severity) const
{
    const auto &all = conflicts();
    return int(std::count_if(all.begin(), all.end(),
                             [severity](const Conflict &c) { return c.severity == severity; }));
}

void ConflictEngine::setSettings(ConflictSettings settings)
{
    // Severities are applied when the scopes are merged, so nothing needs re-checking.
    if (settings == m_settings)
        return;
    m_settings = settings;
    m_mergedValid = false;
}

void ConflictEngine::assign(const CohortInstructor &assignment)
{
    Index &ix = index();
    auto &rows = m_input.cohortInstructors;
    bool found = false;
    for (auto it = rows.begin(); it != rows.end();) {
        if (it->cohortId == assignment.cohortId && it->instructorId == assignment.instructorId) {
            if (found) {
                it = rows.erase(it);
                continue;
            }
            *it = assignment;
            found = true;
        }
        ++it;
    }
    if (!found)
        rows.push_back(assignment);
    ix.setStaff(assignment);
    ix.recheckInstructor(m_input, assignment.instructorId);
    ix.recheckCohort(m_input, assignment.cohortId);
}

void ConflictEngine::unassign(Id cohortId, Id instructorId)
{
    Index &ix = index();
    auto &rows = m_input.cohortInstructors;
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](const CohortInstructor &a) {
                                  return a.cohortId == cohortId && a.instructorId == instructorId;
                              }),
               rows.end());
    ix.removeStaff(cohortId, instructorId);
    ix.recheckInstructor(m_input, instructorId);
    ix.recheckCohort(m_input, cohortId);
}

void ConflictEngine::setSessions(Id cohortId, std::vector<Session> sessions)
{
    Index &ix = index();
    for (Session &s : sessions)
        s.cohortId = cohortId;
    std::vector<SlotKey> keys = keysOf(sessions);
    auto &rows = m_input.sessions;
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [cohortId](const Session &s) { return s.cohortId == cohortId; }),
               rows.end());
    rows.insert(rows.end(), std::make_move_iterator(sessions.begin()),
                std::make_move_iterator(sessions.end()));
    if (keys.empty())
        ix.sessionsOf.erase(cohortId);
    else
        ix.sessionsOf[cohortId] = std::move(keys);

    for (Id instructorId : ix.instructorsOf(cohortId))
        ix.recheckInstructor(m_input, instructorId);
    if (const Cohort *c = ix.cohort(m_input, cohortId); c && c->venueId != 0)
        ix.recheckVenue(m_input, c->venueId);
    ix.recheckCohort(m_input, cohortId);
}

void ConflictEngine::updateCohort(const Cohort &cohort)
{
    Index &ix = index();
    Id oldVenue = 0;
    if (const auto it = ix.cohorts.find(cohort.id); it != ix.cohorts.end()) {
        Cohort &row = m_input.cohorts[it->second];
        oldVenue = row.venueId;
        row = cohort;
    } else {
        ix.cohorts[cohort.id] = m_input.cohorts.size();
        m_input.cohorts.push_back(cohort);
    }
    if (oldVenue != cohort.venueId) {
        if (const auto it = ix.cohortsAtVenue.find(oldVenue); it != ix.cohortsAtVenue.end()) {
            removeValue(it->second, cohort.id);
            if (it->second.empty())
                ix.cohortsAtVenue.erase(it);
        }
        if (cohort.venueId != 0)
            addValue(ix.cohortsAtVenue[cohort.venueId], cohort.id);
    }

    // The code, course, status and sessions' venue all show in the instructors' and the
    // venues' conflicts, so both are re-checked whatever changed.
    for (Id instructorId : ix.instructorsOf(cohort.id))
        ix.recheckInstructor(m_input, instructorId);
    if (oldVenue != 0)
        ix.recheckVenue(m_input, oldVenue);
    if (cohort.venueId != 0 && cohort.venueId != oldVenue)
        ix.recheckVenue(m_input, cohort.venueId);
    ix.recheckCohort(m_input, cohort.id);
}

void ConflictEngine::setSeatHolders(Id cohortId, int seatHolders)
{
    Index &ix = index();
    m_input.seatHolders[cohortId] = seatHolders;
    ix.recheckCohort(m_input, cohortId);
}

void ConflictEngine::addLeave(const Leave &leave)
{
    Index &ix = index();
    const auto dropFromIndex = [&ix](const Leave &old) {
        auto &list = ix.leavesOf[old.instructorId];
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const Leave &l) { return l.id == old.id; }),
                   list.end());
        if (list.empty())
            ix.leavesOf.erase(old.instructorId);
    };
    // A leave with a known id replaces the stored one (an edited leave).
    Id previousOwner = 0;
    auto &rows = m_input.leaves;
    const auto it = leave.id == 0 ? rows.end()
                                  : std::find_if(rows.begin(), rows.end(),
                                                 [&](const Leave &l) { return l.id == leave.id; });
    if (it != rows.end()) {
        previousOwner = it->instructorId;
        dropFromIndex(*it);
        *it = leave;
    } else {
        rows.push_back(leave);
    }
    ix.leavesOf[leave.instructorId].push_back(leave);
    if (previousOwner != 0 && previousOwner != leave.instructorId)
        ix.recheckInstructor(m_input, previousOwner);
    ix.recheckInstructor(m_input, leave.instructorId);
}

void ConflictEngine::updateInstructor(const Instructor &instructor,
                                      std::vector<Qualification> qualifications,
                                      std::vector<Leave> leaves)
{
    Index &ix = index();
    const Id id = instructor.id;
    if (const auto it = ix.instructors.find(id); it != ix.instructors.end()) {
        m_input.instructors[it->second] = instructor;
    } else {
        ix.instructors[id] = m_input.instructors.size();
        m_input.instructors.push_back(instructor);
    }
    // Qualifications are indexed by position: the index of every instructor is rebuilt.
    std::erase_if(m_input.qualifications,
                  [id](const Qualification &q) { return q.instructorId == id; });
    for (Qualification &q : qualifications) {
        q.instructorId = id;
        m_input.qualifications.push_back(q);
    }
    ix.qualificationsOf.clear();
    for (std::size_t i = 0; i < m_input.qualifications.size(); ++i)
        ix.qualificationsOf[m_input.qualifications[i].instructorId].push_back(i);
    Id nextLeave = 1;
    for (const Leave &l : m_input.leaves)
        nextLeave = std::max(nextLeave, l.id + 1);
    std::erase_if(m_input.leaves, [id](const Leave &l) { return l.instructorId == id; });
    ix.leavesOf.erase(id);
    for (Leave &l : leaves) {
        if (l.id == 0)
            l.id = nextLeave++;
        l.instructorId = id;
        m_input.leaves.push_back(l);
        ix.leavesOf[id].push_back(l);
    }
    ix.recheckInstructor(m_input, id);
}

void ConflictEngine::removeLeave(Id leaveId)
{
    auto &rows = m_input.leaves;
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [leaveId](const Leave &l) { return l.id == leaveId; });
    if (it == rows.end())
        return;
    Index &ix = index();
    const Id instructorId = it->instructorId;
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [leaveId](const Leave &l) { return l.id == leaveId; }),
               rows.end());
    if (const auto found = ix.leavesOf.find(instructorId); found != ix.leavesOf.end()) {
        auto &list = found->second;
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [leaveId](const Leave &l) { return l.id == leaveId; }),
                   list.end());
        if (list.empty())
            ix.leavesOf.erase(found);
    }
    ix.recheckInstructor(m_input, instructorId);
}

std::vector<Conflict> ConflictEngine::whatIf(const CohortInstructor &assignment) const
{
    if (!m_index)
        return {};
    const Index &ix = *m_index;
    const auto scopeOf = [](const Index::Scopes &scopes, Id id) {
        const auto it = scopes.find(id);
        return it == scopes.end() ? std::vector<Conflict>() : it->second;
    };
    std::vector<Conflict> now = scopeOf(ix.byInstructor, assignment.instructorId);
    const std::vector<Conflict> cohortNow = scopeOf(ix.byCohort, assignment.cohortId);
    now.insert(now.end(), cohortNow.begin(), cohortNow.end());

    std::vector<Conflict> then = ix.instructorScope(m_input, assignment.instructorId, &assignment);
    const std::vector<Conflict> cohortThen =
        ix.cohortScope(m_input, assignment.cohortId, &assignment);
    then.insert(then.end(), cohortThen.begin(), cohortThen.end());

    std::sort(now.begin(), now.end(), conflictBefore);
    std::sort(then.begin(), then.end(), conflictBefore);
    std::vector<Conflict> added;
    for (Conflict &c : sortedDifference(then, now)) {
        c.severity = m_settings.of(c.rule);
        if (c.severity != Severity::Off)
            added.push_back(std::move(c));
    }
    // Severities are set after sorting; re-sort so the order is that of conflicts().
    std::sort(added.begin(), added.end(), conflictBefore);
    return added;
}

ConflictInput conflictInputOf(const PlanData &plan)
{
    ConflictInput in;
    in.tracks = plan.tracks;
    in.courses = plan.courses;
    in.venues = plan.venues;
    in.instructors = plan.instructors;
    in.qualifications = plan.qualifications;
    in.leaves = plan.leaves;
    in.cohorts = plan.cohorts;
    in.sessions = plan.sessions;
    in.cohortInstructors = plan.cohortInstructors;
    in.calendar = plan.calendar;
    for (const Enrollment &e : plan.enrollments) {
        if (e.status == EnrollmentStatus::Enrolled || e.status == EnrollmentStatus::Completed ||
            e.status == EnrollmentStatus::Failed)
            ++in.seatHolders[e.cohortId];
    }
    return in;
}

} // namespace Planner

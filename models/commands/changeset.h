// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/coursepreference.h"
#include "domain/plandata.h"
#include "store/repository.h"

#include <QFlags>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

namespace Planner {

// The tables of a plan, as flags: which ones an edit touched, so that only the views
// that show them reload.
enum class PlanTable : quint32 {
    Track = 1u << 0,
    Course = 1u << 1,
    Venue = 1u << 2,
    Instructor = 1u << 3,
    Qualification = 1u << 4,
    Leave = 1u << 5,
    Cohort = 1u << 6,
    Session = 1u << 7,
    CohortInstructor = 1u << 8,
    Trainee = 1u << 9,
    Enrollment = 1u << 10,
    Target = 1u << 11,
    Calendar = 1u << 12,
    Costs = 1u << 13, // day rates by level and fixed costs
};
Q_DECLARE_FLAGS(PlanTables, PlanTable)
Q_DECLARE_OPERATORS_FOR_FLAGS(PlanTables)

template <typename T> constexpr PlanTable planTableOf();
template <> constexpr PlanTable planTableOf<Track>()
{
    return PlanTable::Track;
}
template <> constexpr PlanTable planTableOf<Course>()
{
    return PlanTable::Course;
}
template <> constexpr PlanTable planTableOf<Venue>()
{
    return PlanTable::Venue;
}
template <> constexpr PlanTable planTableOf<Instructor>()
{
    return PlanTable::Instructor;
}
template <> constexpr PlanTable planTableOf<Qualification>()
{
    return PlanTable::Qualification;
}
template <> constexpr PlanTable planTableOf<Leave>()
{
    return PlanTable::Leave;
}
// Preferences are shown only with their instructor.
template <> constexpr PlanTable planTableOf<CoursePreference>()
{
    return PlanTable::Instructor;
}
template <> constexpr PlanTable planTableOf<Cohort>()
{
    return PlanTable::Cohort;
}
template <> constexpr PlanTable planTableOf<Session>()
{
    return PlanTable::Session;
}
template <> constexpr PlanTable planTableOf<CohortInstructor>()
{
    return PlanTable::CohortInstructor;
}
template <> constexpr PlanTable planTableOf<Trainee>()
{
    return PlanTable::Trainee;
}
template <> constexpr PlanTable planTableOf<Enrollment>()
{
    return PlanTable::Enrollment;
}
template <> constexpr PlanTable planTableOf<Target>()
{
    return PlanTable::Target;
}
template <> constexpr PlanTable planTableOf<CalendarDay>()
{
    return PlanTable::Calendar;
}
template <> constexpr PlanTable planTableOf<LevelRate>()
{
    return PlanTable::Costs;
}
template <> constexpr PlanTable planTableOf<FixedCost>()
{
    return PlanTable::Costs;
}

// What one user action changes in a plan: record inserts, updates and deletes in order.
// apply() makes the changes, revert() undoes them in reverse order, so that apply,
// revert, apply ... always leaves the tables exactly as they were at each point; a record
// inserted with id 0 keeps the id it got the first time. The caller holds the transaction.
class ChangeSet final
{
public:
    template <typename T> void insert(const T &record)
    {
        auto stored = std::make_shared<T>(record);
        add<T>([stored](const QSqlDatabase &db) { Repository<T>(db).insert(*stored); },
               [stored](const QSqlDatabase &db) { Repository<T>(db).remove(*stored); });
    }
    template <typename T> void update(const T &before, const T &after)
    {
        if (before == after)
            return;
        // Each way only over the version it started from: never over someone else's change.
        add<T>([before, after](const QSqlDatabase &db) { Repository<T>(db).update(after, before); },
               [before, after](const QSqlDatabase &db) { Repository<T>(db).update(before, after); },
               [before, after](const QSqlDatabase &db) {
                   Repository<T>(db).updateOver(after, before);
               });
    }
    template <typename T> void remove(const T &record)
    {
        add<T>([record](const QSqlDatabase &db) { Repository<T>(db).remove(record); },
               [record](const QSqlDatabase &db) {
                   T copy = record;
                   Repository<T>(db).insert(copy);
               },
               [record](const QSqlDatabase &db) {
                   // Deleted as it is now, whatever others made of it.
                   Repository<T> repository(db);
                   if (const std::optional<T> stored = repository.find(record))
                       repository.remove(*stored);
               });
    }
    // A step written some other way (an import's bulk statements, which write their own
    // History entries): apply and revert as given, touching tables.
    void custom(PlanTables tables, std::function<void(const QSqlDatabase &)> apply,
                std::function<void(const QSqlDatabase &)> revert)
    {
        m_steps.push_back({apply, std::move(revert), apply});
        m_tables |= tables;
    }
    // Appends other's changes after this set's.
    void append(ChangeSet other);
    // Records why the user made this change despite its warnings: each time the changes
    // are applied (and redone), the audit log gets an entry for table/recordKey with
    // {"override_reason": reason} as its after JSON. Reverting adds nothing for the note.
    void setNote(const QString &reason, const QString &table, const QString &recordKey);
    QString note() const { return m_note; }
    // Adds an audit entry (an update of table/recordKey with after as its JSON) that
    // explains the changes before it, each time they are applied: e.g. that an enrollment
    // was promoted from the waitlist because of which withdrawal.
    void addAuditNote(const QString &table, const QString &recordKey, const QJsonObject &after);

    bool isEmpty() const { return m_steps.empty(); }
    int size() const { return int(m_steps.size()); }
    PlanTables tables() const { return m_tables; }

    void apply(const QSqlDatabase &db) const;
    void revert(const QSqlDatabase &db) const;
    // As apply(), but each update made over the record as it is stored now (the fields
    // this change set changes get its values, the others keep theirs) and each delete of
    // the record as it is now: for when the user, shown an EditConflict, chose their
    // version over the other person's.
    void applyOverOthers(const QSqlDatabase &db) const;

private:
    struct Step
    {
        std::function<void(const QSqlDatabase &)> apply;
        std::function<void(const QSqlDatabase &)> revert;
        std::function<void(const QSqlDatabase &)> applyOver; // over others' changes
    };
    template <typename T>
    void add(std::function<void(const QSqlDatabase &)> apply,
             std::function<void(const QSqlDatabase &)> revert,
             std::function<void(const QSqlDatabase &)> applyOver = {})
    {
        if (!applyOver)
            applyOver = apply;
        m_steps.push_back({std::move(apply), std::move(revert), std::move(applyOver)});
        m_tables |= planTableOf<T>();
    }

    std::vector<Step> m_steps;
    PlanTables m_tables;
    QString m_note;
};

} // namespace Planner

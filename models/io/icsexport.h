// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icswriter.h"

#include "domain/types.h"
#include "store/calendarledger.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Planner::IcsExport {

// Whose calendar: an instructor's teaching schedule (every session of the cohorts they
// lead or assist), a cohort's sessions (for its trainees), a venue's bookings.
enum class Scope { Instructor, Cohort, Venue };

// A calendar as it goes out: the events the plan holds now, each with its SEQUENCE, and
// the events this calendar was given before that the plan no longer holds there (a
// session removed, a cohort deleted, an instructor or a venue changed), cancelled, so
// that importing the file again takes them out of the calendar app. Sessions of cancelled
// cohorts are cancelled events too.
struct Export
{
    Ics::Calendar calendar;
    QString key;                               // the ledger's name of the calendar: "instructor:12"
    std::vector<CalendarLedger::Entry> ledger; // what to remember once the file is out
    int changed = 0;   // events that changed since the last export (SEQUENCE raised)
    int cancelled = 0; // events marked cancelled
};

// Every session's UID is its cohort's id and its place among the cohort's sessions (by
// date and slot) within the plan's identity, so a moved session keeps its UID.
QString sessionUid(const QString &planId, Id cohortId, int ordinal);

// The calendar of the record with this id, against what the calendar said last time.
// A Problem when the record is gone. Throws StoreError.
Result<Export> calendarOf(const QSqlDatabase &db, Scope scope, Id id);
// The same by staff code (instructor), code (cohort) or name (venue).
Result<Export> calendarOf(const QSqlDatabase &db, Scope scope, const QString &key);

// The events of now against the calendar's last export: an unchanged event keeps its
// SEQUENCE, a changed one gets the next, a new one starts at 0; what the ledger holds that
// now is missing is cancelled (SEQUENCE raised once, when it is first cancelled).
Export reconcile(Ics::Calendar current, const QString &key,
                 const std::vector<CalendarLedger::Entry> &previous);

// A file name for the calendar: its name with characters file systems refuse replaced.
QString suggestedFileName(const Ics::Calendar &calendar);

// Writes the calendar to path (whole or not at all) and, when record, remembers what it
// said in the plan, in one transaction with the file: either both or neither. record is
// false for a plan open read-only (the next export then repeats these SEQUENCE numbers).
Result<> save(const QSqlDatabase &db, const Export &exported, const QString &path, bool record);

} // namespace Planner::IcsExport

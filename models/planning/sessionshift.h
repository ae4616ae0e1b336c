// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cohort.h"
#include "domain/workcalendar.h"

#include <QDate>

#include <vector>

namespace Planner {

// Moving and resizing a cohort's sessions in working days, as the timeline's drags do:
// weekends and public holidays are skipped, make-up working days count.

// The k-th working day after date (k > 0) or before it (k < 0); date itself when k is 0.
// date need not be a working day.
QDate addWorkingDays(QDate date, int workingDays, const WorkCalendar &calendar);

// Moves each session by workingDays working days (negative: earlier): to the
// workingDays-th working day after (or before) its date. A session on a non-working day
// first snaps to the next working day. Ids, cohortId and slot are kept, and so is the
// order. If the input's (date, slot) pairs are distinct and all on working days, so are
// the output's: on working days the shift is one-to-one and keeps the order of dates.
// (Two sessions with the same slot on a weekend and the Monday after would both land on
// the same day: the caller's data must not have such pairs.)
std::vector<Session> shiftSessions(const std::vector<Session> &sessions, int workingDays,
                                   const WorkCalendar &calendar);

// Makes the cohort end on newEnd. Extending appends sessions (id 0, same cohortId) on
// every working day after the last session up to newEnd, with the slots of the last
// teaching day: a cohort taught mornings and afternoons goes on with both, one taught
// in the evening with evening sessions (for a last day of one session, the slot of the
// last session). Shortening drops the sessions after newEnd but always keeps the first
// session. The result is sorted by date and slot. Empty input gives empty output.
std::vector<Session> resizeSessions(const std::vector<Session> &sessions, QDate newEnd,
                                    const WorkCalendar &calendar);

// The signed number of working days from from to to, which is what dragging the mouse
// from day from to day to means: the working days in (from, to] when to is later, minus
// those in [to, from) when it is earlier. For working days a and b,
// addWorkingDays(a, workingDayOffset(a, b)) == b and
// workingDayOffset(a, b) == -workingDayOffset(b, a).
int workingDayOffset(QDate from, QDate to, const WorkCalendar &calendar);

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace Planner {

// iCalendar (RFC 5545) files of teaching sessions, for instructors', trainees' and
// venues' calendar apps, written and read with libical. Times are wall-clock times in
// Asia/Shanghai (TZID with its VTIMEZONE, UTC+8 all year): the sessions take place in
// Beijing, and a floating time would move with the device of an instructor who travels.
// The calendar is published (METHOD:PUBLISH): importing it again updates the events it
// holds by UID, by SEQUENCE; a cancelled event says so (STATUS:CANCELLED).
namespace Ics {

struct Event
{
    QString uid; // stable for the same session, so that a re-import updates it
    QDate date;
    QTime start;
    QTime end;
    QString summary;
    QString location;
    QString description;
    int sequence = 0;       // raised with every change a calendar was given
    bool cancelled = false; // STATUS:CANCELLED

    bool operator==(const Event &) const = default;
};

struct Calendar
{
    QString name; // X-WR-CALNAME: what calendar apps call the imported calendar
    std::vector<Event> events;
};

// The wall-clock times of a session slot in Beijing: by default 09:00–12:00,
// 14:00–17:00, 18:30–21:00; the user may set others (Edit ▸ Preferences), for every
// calendar and report this process writes.
QTime slotStart(SessionSlot slot);
QTime slotEnd(SessionSlot slot);
QTime defaultSlotStart(SessionSlot slot);
QTime defaultSlotEnd(SessionSlot slot);
void setSlotTimes(SessionSlot slot, QTime start, QTime end);

// What a TEXT value can hold of text: CRLF and CR become LF, the other control characters
// but TAB are dropped (TEXT may not hold them), and so are lone surrogates and the spaces
// and tabs the text begins or ends with (calendar parsers, libical's among them, strip
// those).
QString plainText(QStringView text);

// The whole file: VCALENDAR with the VTIMEZONE and one VEVENT per event, CRLF lines of
// at most 75 octets (libical folds them between UTF-8 sequences), UTF-8. stamp (UTC) is
// every event's DTSTAMP. Texts go through plainText().
QByteArray write(const Calendar &calendar, const QDateTime &stamp);

// Reads a file write() made (or any calendar of timed VEVENTs): the calendar's name and
// its events, times as written. A Problem when libical cannot parse it or it holds no
// VCALENDAR.
Result<Calendar> read(const QByteArray &ics);

} // namespace Ics
} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <vector>

namespace Planner {

// iCalendar (RFC 5545) files of teaching sessions, for instructors' and trainees'
// calendar apps. Times are wall-clock times in Asia/Shanghai (TZID with its VTIMEZONE,
// UTC+8 all year): the sessions take place in Beijing, and a floating time would move
// with the device of an instructor who travels.
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
};

struct Calendar
{
    QString name; // X-WR-CALNAME: what calendar apps call the imported calendar
    std::vector<Event> events;
};

// The wall-clock times of a session slot in Beijing: 09:00–12:00, 14:00–17:00,
// 18:30–21:00.
QTime slotStart(SessionSlot slot);
QTime slotEnd(SessionSlot slot);

// TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks
// (CRLF, CR or LF) as \n. Other control characters, which TEXT may not hold, are dropped.
QString escapeText(QStringView text);
// The inverse: \\ \; \, \n \N. Returns false for a backslash before anything else or at
// the end.
bool unescapeText(QStringView text, QString *out);

// Folds one content line (UTF-8, without its line break) into lines of at most 75 octets
// joined by CRLF + space, never inside a UTF-8 sequence; the result ends with CRLF.
QByteArray foldLine(const QByteArray &line);
// Undoes folding: CRLF followed by a space or tab is removed.
QByteArray unfold(const QByteArray &text);

// The whole file: VCALENDAR with the VTIMEZONE and one VEVENT per event, CRLF lines,
// UTF-8. stamp (UTC) is every event's DTSTAMP.
QByteArray write(const Calendar &calendar, const QDateTime &stamp);

} // namespace Ics
} // namespace Planner

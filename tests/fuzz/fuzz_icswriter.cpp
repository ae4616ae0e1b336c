// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the iCalendar writer (libical) and its reader. The input (as UTF-8
// text) goes into a calendar as its name and an event's UID, summary, location and
// description; the output must be CRLF lines of at most 75 octets, folded only between
// UTF-8 sequences, and reading it back must give every text as Ics::plainText() keeps it
// (line breaks as LF, the control characters TEXT cannot hold dropped). (The app reads no
// calendar files of others, so libical's parser is not fuzzed on raw input here.)
#include "io/icswriter.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Planner;

// A failed property names itself before the abort.
#define check(condition)                                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz_icswriter: %s (line %d)\n", #condition, __LINE__);          \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString want = Ics::plainText(text);
    Ics::Calendar calendar;
    calendar.name = text;
    Ics::Event event;
    event.uid = QLatin1String("fuzz-") + text.left(40);
    event.date = QDate(2026, 3, 2);
    event.start = QTime(9, 0);
    event.end = QTime(12, 0);
    event.summary = text;
    event.location = text;
    event.description = text;
    event.sequence = int(size % 7);
    event.cancelled = size % 2 == 1;
    calendar.events.push_back(event);
    const QByteArray file =
        Ics::write(calendar, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    check(file.endsWith("END:VCALENDAR\r\n"));
    for (QByteArray l : file.split('\n')) {
        if (l.isEmpty())
            continue;
        check(l.endsWith('\r'));
        l.chop(1);
        check(!l.contains('\r'));
        check(l.size() <= 75);
        check(QString::fromUtf8(l).toUtf8() == l); // never cut inside a UTF-8 sequence
    }
    const Result<Ics::Calendar> back = Ics::read(file);
    check(back.ok());
    check(back->events.size() == 1);
    const Ics::Event &e = back->events.front();
    // An empty summary is written as an empty value; libical reads it back as empty too.
    check(e.summary == want);
    check(e.location == want);
    check(e.description == want);
    check(back->name == want);
    check(e.sequence == event.sequence);
    check(e.cancelled == event.cancelled);
    check(e.date == event.date && e.start == event.start && e.end == event.end);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the iCalendar writer's TEXT escaping and line folding. The input (as
// UTF-8 text) goes into a calendar as an event's summary, location and description; the
// output must be CRLF lines of at most 75 octets, folded only between UTF-8 sequences,
// and unfold + unescape must give the input back (line breaks as LF, the control
// characters TEXT cannot hold dropped).
#include "io/icswriter.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Planner;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// What escaping keeps of text: CRLF and CR become LF, other controls but TAB go.
QString expected(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            out += QLatin1Char('\n');
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || (c.unicode() >= 0x20 && c.unicode() != 0x7f)) {
            out += c;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString want = expected(text);

    // One property, folded and unfolded.
    const QByteArray line = "DESCRIPTION:" + Ics::escapeText(text).toUtf8();
    const QByteArray folded = Ics::foldLine(line);
    check(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.left(folded.size() - 2).split('\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray l = physical[i];
        if (i + 1 < physical.size()) {
            check(l.endsWith('\r'));
            l.chop(1);
        }
        check(!l.contains('\r'));
        check(l.size() <= 75);
        if (i > 0)
            check(l.startsWith(' '));
        // Never cut inside a UTF-8 sequence: each physical line decodes on its own.
        check(QString::fromUtf8(l).toUtf8() == l);
    }
    const QByteArray unfolded = Ics::unfold(folded);
    check(unfolded == line + "\r\n");
    QString back;
    check(Ics::unescapeText(QString::fromUtf8(unfolded.mid(12, unfolded.size() - 14)), &back));
    check(back == want);

    // A whole calendar: every line CRLF-terminated and within 75 octets.
    Ics::Calendar calendar;
    calendar.name = text;
    Ics::Event event;
    event.uid = text + QLatin1String("@fuzz");
    event.date = QDate(2026, 3, 2);
    event.start = QTime(9, 0);
    event.end = QTime(12, 0);
    event.summary = text;
    event.location = text;
    event.description = text;
    calendar.events.push_back(event);
    const QByteArray file = Ics::write(calendar, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    check(file.endsWith("END:VCALENDAR\r\n"));
    for (const QByteArray &l : file.split('\n')) {
        check(l.isEmpty() || l.endsWith('\r'));
        check(l.size() <= 76);
    }
    const QByteArray plain = Ics::unfold(file);
    check(plain.count("\r\nBEGIN:VEVENT\r\n") == 1);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "icswriter.h"

namespace Planner::Ics {

namespace {

constexpr int MaxOctets = 75;

QByteArray dateTime(QDate date, QTime time)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + 'T'
           + time.toString(QStringLiteral("HHmmss")).toLatin1();
}

void add(QByteArray &out, const char *name, const QString &escapedValue)
{
    out += foldLine(QByteArray(name) + ':' + escapedValue.toUtf8());
}

} // namespace

QTime slotStart(SessionSlot slot)
{
    switch (slot) {
    case SessionSlot::Morning: return QTime(9, 0);
    case SessionSlot::Afternoon: return QTime(14, 0);
    case SessionSlot::Evening: return QTime(18, 30);
    }
    return QTime(9, 0);
}

QTime slotEnd(SessionSlot slot)
{
    switch (slot) {
    case SessionSlot::Morning: return QTime(12, 0);
    case SessionSlot::Afternoon: return QTime(17, 0);
    case SessionSlot::Evening: return QTime(21, 0);
    }
    return QTime(12, 0);
}

QString escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ';': out += QLatin1String("\\;"); break;
        case ',': out += QLatin1String("\\,"); break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
            break;
        case '\n': out += QLatin1String("\\n"); break;
        default:
            // TEXT excludes the control characters (but for HTAB); a lone surrogate
            // cannot be written as UTF-8 either.
            if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f)
                break;
            if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                out += c;
                out += text[++i];
                break;
            }
            if (c.isSurrogate())
                break;
            out += c;
        }
    }
    return out;
}

bool unescapeText(QStringView text, QString *out)
{
    out->clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('\\')) {
            *out += c;
            continue;
        }
        if (++i == text.size())
            return false;
        switch (text[i].unicode()) {
        case '\\': *out += QLatin1Char('\\'); break;
        case ';': *out += QLatin1Char(';'); break;
        case ',': *out += QLatin1Char(','); break;
        case 'n':
        case 'N': *out += QLatin1Char('\n'); break;
        default: return false;
        }
    }
    return true;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype from = 0;
    int limit = MaxOctets; // the continuation lines' leading space counts
    while (line.size() - from > limit) {
        qsizetype cut = from + limit;
        // Back up to the first byte of a UTF-8 sequence (never a 10xxxxxx byte).
        while (cut > from && (uchar(line[cut]) & 0xc0) == 0x80)
            --cut;
        if (cut == from) // not UTF-8: cut anyway rather than loop
            cut = from + limit;
        out += line.mid(from, cut - from);
        out += "\r\n ";
        from = cut;
        limit = MaxOctets - 1;
    }
    out += line.mid(from);
    out += "\r\n";
    return out;
}

QByteArray unfold(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 2 < text.size() && text[i + 1] == '\n'
            && (text[i + 2] == ' ' || text[i + 2] == '\t')) {
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

QByteArray write(const Calendar &calendar, const QDateTime &stamp)
{
    QByteArray out;
    out += "BEGIN:VCALENDAR\r\n"
           "VERSION:2.0\r\n"
           "PRODID:-//Cohort Planner//Cohort Planner//EN\r\n"
           "CALSCALE:GREGORIAN\r\n"
           "METHOD:PUBLISH\r\n";
    if (!calendar.name.isEmpty())
        add(out, "X-WR-CALNAME", escapeText(calendar.name));
    out += "X-WR-TIMEZONE:Asia/Shanghai\r\n";
    // China has kept UTC+8 without daylight saving since 1991: one STANDARD rule.
    out += "BEGIN:VTIMEZONE\r\n"
           "TZID:Asia/Shanghai\r\n"
           "BEGIN:STANDARD\r\n"
           "DTSTART:19910915T020000\r\n"
           "TZOFFSETFROM:+0800\r\n"
           "TZOFFSETTO:+0800\r\n"
           "TZNAME:CST\r\n"
           "END:STANDARD\r\n"
           "END:VTIMEZONE\r\n";
    const QByteArray dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    for (const Event &e : calendar.events) {
        out += "BEGIN:VEVENT\r\n";
        add(out, "UID", escapeText(e.uid));
        out += "DTSTAMP:" + dtstamp + "\r\n";
        out += "DTSTART;TZID=Asia/Shanghai:" + dateTime(e.date, e.start) + "\r\n";
        out += "DTEND;TZID=Asia/Shanghai:" + dateTime(e.date, e.end) + "\r\n";
        add(out, "SUMMARY", escapeText(e.summary));
        if (!e.location.isEmpty())
            add(out, "LOCATION", escapeText(e.location));
        if (!e.description.isEmpty())
            add(out, "DESCRIPTION", escapeText(e.description));
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace Planner::Ics

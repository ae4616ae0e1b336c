// SPDX-License-Identifier: GPL-3.0-or-later
#include "icswriter.h"

#include <QCoreApplication>
#include <QMutex>
#include <QStringDecoder>

#include <libical/ical.h>

#include <cstdlib>
#include <map>
#include <memory>

namespace Planner::Ics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner::Ics", text);
}

constexpr const char *Zone = "Asia/Shanghai";

// China has kept UTC+8 without daylight saving since 1991: one STANDARD rule.
constexpr const char *ZoneComponent = "BEGIN:VTIMEZONE\r\n"
                                      "TZID:Asia/Shanghai\r\n"
                                      "BEGIN:STANDARD\r\n"
                                      "DTSTART:19910915T020000\r\n"
                                      "TZOFFSETFROM:+0800\r\n"
                                      "TZOFFSETTO:+0800\r\n"
                                      "TZNAME:CST\r\n"
                                      "END:STANDARD\r\n"
                                      "END:VTIMEZONE\r\n";

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

QByteArray utf8(const QString &text)
{
    return plainText(text).toUtf8();
}

// A value as libical gives it; a leading U+FEFF is text here, not a byte order mark.
QString fromUtf8(const char *text)
{
    if (!text)
        return {};
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decode(QByteArrayView(text));
}

icaltimetype localTime(QDate date, QTime time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    t.is_date = 0;
    return t;
}

icalproperty *zoned(icalproperty *p)
{
    icalproperty_add_parameter(p, icalparameter_new_tzid(Zone));
    return p;
}

void addText(icalcomponent *c, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(c, make(utf8(text).constData()));
}

// Folds one content line (UTF-8, without its line break) into lines of at most 75 octets
// joined by CRLF + space, never inside a UTF-8 sequence; the result ends with CRLF.
QByteArray foldLine(QByteArrayView line)
{
    constexpr qsizetype MaxOctets = 75;
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype from = 0;
    qsizetype limit = MaxOctets; // the continuation lines' leading space counts
    while (line.size() - from > limit) {
        qsizetype cut = from + limit;
        // Back up to the first byte of a UTF-8 sequence (never a 10xxxxxx byte).
        while (cut > from && (uchar(line[cut]) & 0xc0) == 0x80)
            --cut;
        if (cut == from) // not UTF-8: cut anyway rather than loop
            cut = from + limit;
        out += line.sliced(from, cut - from);
        out += "\r\n ";
        from = cut;
        limit = MaxOctets - 1;
    }
    out += line.sliced(from);
    out += "\r\n";
    return out;
}

// libical (3.0.16) folds some lines inside the CRLF that ends them, or past 75 octets, so
// its output is unfolded (it folds with CRLF + one space; a TEXT value holds no raw line
// break) and folded again here.
QByteArray refolded(QByteArray ical)
{
    ical.replace("\r\n ", "");
    QByteArray out;
    out.reserve(ical.size() + ical.size() / 25);
    qsizetype from = 0;
    while (from < ical.size()) {
        qsizetype end = ical.indexOf("\r\n", from);
        if (end < 0)
            end = ical.size();
        if (end > from)
            out += foldLine(QByteArrayView(ical).sliced(from, end - from));
        from = end + 2;
    }
    return out;
}

QDate dateOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

QTime timeOf(const icaltimetype &t)
{
    return t.is_date ? QTime() : QTime(t.hour, t.minute, t.second);
}

} // namespace

QTime defaultSlotStart(SessionSlot slot)
{
    switch (slot) {
    case SessionSlot::Morning:
        return QTime(9, 0);
    case SessionSlot::Afternoon:
        return QTime(14, 0);
    case SessionSlot::Evening:
        return QTime(18, 30);
    }
    return QTime(9, 0);
}

QTime defaultSlotEnd(SessionSlot slot)
{
    switch (slot) {
    case SessionSlot::Morning:
        return QTime(12, 0);
    case SessionSlot::Afternoon:
        return QTime(17, 0);
    case SessionSlot::Evening:
        return QTime(21, 0);
    }
    return QTime(12, 0);
}

namespace {

QMutex slotMutex; // calendars and reports are written on worker threads
std::map<SessionSlot, std::pair<QTime, QTime>> chosenSlots;

} // namespace

QTime slotStart(SessionSlot slot)
{
    const QMutexLocker lock(&slotMutex);
    const auto chosen = chosenSlots.find(slot);
    return chosen != chosenSlots.end() ? chosen->second.first : defaultSlotStart(slot);
}

QTime slotEnd(SessionSlot slot)
{
    const QMutexLocker lock(&slotMutex);
    const auto chosen = chosenSlots.find(slot);
    return chosen != chosenSlots.end() ? chosen->second.second : defaultSlotEnd(slot);
}

void setSlotTimes(SessionSlot slot, QTime start, QTime end)
{
    const QMutexLocker lock(&slotMutex);
    if (start.isValid() && end.isValid() && start < end)
        chosenSlots[slot] = {start, end};
    else
        chosenSlots.erase(slot);
}

QString plainText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            out += QLatin1Char('\n');
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            out += c;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            // TEXT excludes the control characters but HTAB.
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else if (!c.isSurrogate()) { // a lone surrogate cannot be written as UTF-8
            out += c;
        }
    }
    // Parsers strip the blanks a value begins and ends with (libical's does): they are not
    // kept.
    const auto blank = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    qsizetype from = 0;
    while (from < out.size() && blank(out[from]))
        ++from;
    qsizetype to = out.size();
    while (to > from && blank(out[to - 1]))
        --to;
    return out.mid(from, to - from);
}

QByteArray write(const Calendar &calendar, const QDateTime &stamp)
{
    icalerror_set_errors_are_fatal(0);
    Component root(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent *cal = root.get();
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal,
                               icalproperty_new_prodid("-//Cohort Planner//Cohort Planner//EN"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!calendar.name.isEmpty()) {
        icalproperty *name = icalproperty_new_x(utf8(calendar.name).constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(cal, name);
    }
    icalproperty *zoneName = icalproperty_new_x(Zone);
    icalproperty_set_x_name(zoneName, "X-WR-TIMEZONE");
    icalcomponent_add_property(cal, zoneName);
    icalcomponent_add_component(cal, icalcomponent_new_from_string(ZoneComponent));

    const icaltimetype dtstamp =
        icaltime_from_timet_with_zone(stamp.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
    for (const Event &e : calendar.events) {
        icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(ev, icalproperty_new_uid(utf8(e.uid).constData()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(ev, zoned(icalproperty_new_dtstart(localTime(e.date, e.start))));
        icalcomponent_add_property(ev, zoned(icalproperty_new_dtend(localTime(e.date, e.end))));
        icalcomponent_add_property(ev, icalproperty_new_sequence(e.sequence));
        if (e.cancelled)
            icalcomponent_add_property(ev, icalproperty_new_status(ICAL_STATUS_CANCELLED));
        icalcomponent_add_property(ev, icalproperty_new_summary(utf8(e.summary).constData()));
        addText(ev, icalproperty_new_location, e.location);
        addText(ev, icalproperty_new_description, e.description);
        icalcomponent_add_component(cal, ev);
    }
    char *text = icalcomponent_as_ical_string_r(cal);
    QByteArray out(text);
    std::free(text);
    return refolded(std::move(out));
}

Result<Calendar> read(const QByteArray &ics)
{
    icalerror_set_errors_are_fatal(0);
    Component root(icalparser_parse_string(ics.constData()));
    icalcomponent *cal = root.get();
    if (cal && icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT)
        cal = icalcomponent_get_first_component(cal, ICAL_VCALENDAR_COMPONENT);
    if (!cal)
        return Problem::of(tr("The file is not an iCalendar file: it holds no VCALENDAR."));
    Calendar calendar;
    for (icalproperty *p = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(cal, ICAL_X_PROPERTY)) {
        if (qstrcmp(icalproperty_get_x_name(p), "X-WR-CALNAME") == 0)
            calendar.name = fromUtf8(icalproperty_get_x(p));
    }
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        Event e;
        e.uid = fromUtf8(icalcomponent_get_uid(ev));
        if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY)) {
            const icaltimetype t = icalproperty_get_dtstart(p);
            e.date = dateOf(t);
            e.start = timeOf(t);
        }
        if (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY))
            e.end = timeOf(icalproperty_get_dtend(p));
        e.summary = fromUtf8(icalcomponent_get_summary(ev));
        e.location = fromUtf8(icalcomponent_get_location(ev));
        e.description = fromUtf8(icalcomponent_get_description(ev));
        if (icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY))
            e.sequence = icalcomponent_get_sequence(ev);
        e.cancelled = icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED;
        calendar.events.push_back(std::move(e));
    }
    return calendar;
}

} // namespace Planner::Ics

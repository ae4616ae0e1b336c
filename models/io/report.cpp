// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "domain/language.h"
#include "icswriter.h"
#include "planning/capacityplanner.h"
#include "planning/conflictengine.h"
#include "planning/enrollmentrules.h"
#include "planning/identitydocument.h"
#include "planning/progressstats.h"
#include "store/planqueries.h"
#include "store/storeerror.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace Planner::Report {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Planner::Report", text, disambiguation, n);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Everything but the trainees, by id, with names in the report's language.
class Names
{
public:
    Names(ConflictInput input, const QLocale &locale)
        : m_input(std::move(input)), m_chinese(locale.language() == QLocale::Chinese)
    {
        for (const Track &t : m_input.tracks)
            m_tracks[t.id] = &t;
        for (const Course &c : m_input.courses)
            m_courses[c.id] = &c;
        for (const Venue &v : m_input.venues)
            m_venues[v.id] = &v;
        for (const Instructor &i : m_input.instructors)
            m_instructors[i.id] = &i;
        for (const Cohort &c : m_input.cohorts)
            m_cohorts[c.id] = &c;
        for (const Session &s : m_input.sessions)
            m_sessions[s.cohortId].push_back(s);
        for (auto &[id, sessions] : m_sessions)
            std::sort(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) {
                return std::tie(a.date, a.slot) < std::tie(b.date, b.slot);
            });
        for (const CohortInstructor &a : m_input.cohortInstructors)
            m_staff[a.cohortId].push_back(a);
    }

    const ConflictInput &input() const { return m_input; }
    QString localized(const QString &english, const QString &chinese) const
    {
        return m_chinese && !chinese.isEmpty() ? chinese : english;
    }
    const Cohort *cohort(Id id) const { return find(m_cohorts, id); }
    const Course *course(Id id) const { return find(m_courses, id); }
    const Venue *venue(Id id) const { return find(m_venues, id); }
    const Instructor *instructor(Id id) const { return find(m_instructors, id); }
    const Track *track(Id id) const { return find(m_tracks, id); }
    QString courseText(Id courseId) const
    {
        const Course *c = course(courseId);
        return c ? QStringLiteral("%1 %2").arg(c->code, localized(c->title, c->titleZh))
                 : QString();
    }
    QString trackName(Id trackId) const
    {
        const Track *t = track(trackId);
        return t ? localized(t->name, t->nameZh) : QString();
    }
    Id trackOf(const Cohort &c) const
    {
        const Course *co = course(c.courseId);
        return co ? co->trackId : 0;
    }
    QString venueName(Id venueId) const
    {
        const Venue *v = venue(venueId);
        return v ? v->name : QString();
    }
    const std::vector<Session> &sessions(Id cohortId) const
    {
        static const std::vector<Session> none;
        const auto it = m_sessions.find(cohortId);
        return it == m_sessions.end() ? none : it->second;
    }
    // The instructors of a cohort in a role, by name.
    QStringList staff(Id cohortId, InstructorRole role) const
    {
        QStringList names;
        const auto it = m_staff.find(cohortId);
        if (it == m_staff.end())
            return names;
        for (const CohortInstructor &a : it->second)
            if (a.role == role)
                if (const Instructor *i = instructor(a.instructorId))
                    names << i->name;
        names.sort();
        return names;
    }
    int seatHolders(Id cohortId) const
    {
        const auto it = m_input.seatHolders.find(cohortId);
        return it == m_input.seatHolders.end() ? 0 : it->second;
    }

private:
    template <typename T> static const T *find(const std::map<Id, const T *> &map, Id id)
    {
        const auto it = map.find(id);
        return it == map.end() ? nullptr : it->second;
    }

    ConflictInput m_input;
    bool m_chinese = false;
    std::map<Id, const Track *> m_tracks;
    std::map<Id, const Course *> m_courses;
    std::map<Id, const Venue *> m_venues;
    std::map<Id, const Instructor *> m_instructors;
    std::map<Id, const Cohort *> m_cohorts;
    std::map<Id, std::vector<Session>> m_sessions;
    std::map<Id, std::vector<CohortInstructor>> m_staff;
};

// Builds the body's rich text: headings, paragraphs and tables whose header row repeats
// on every page the table reaches (Qt's <thead>).
class Html
{
public:
    explicit Html(const QLocale &locale) : m_locale(locale) {}

    void pageBreak()
    {
        if (!m_html.isEmpty())
            m_pendingBreak = true;
    }
    void heading(const QString &text, int level = 1)
    {
        m_html += QStringLiteral("<h%1%2>%3</h%1>").arg(level).arg(breakStyle(), esc(text));
    }
    void paragraph(const QString &text)
    {
        m_html += QStringLiteral("<p%1>%2</p>").arg(breakStyle(), esc(text));
    }
    // rows of cells (plain text); widths in percent per column (empty: automatic);
    // tall: rows high enough to sign in.
    // Cells of the columns in oneLine never wrap (codes, dates).
    void table(const QStringList &headers, const std::vector<QStringList> &rows,
               const std::vector<int> &widths = {}, bool tall = false,
               const std::set<int> &oneLine = {})
    {
        QString t = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                   "cellpadding=\"%1\"%2><thead><tr>")
                        .arg(tall ? 7 : 3)
                        .arg(breakStyle());
        for (int c = 0; c < headers.size(); ++c) {
            const QString width = std::size_t(c) < widths.size()
                                      ? QStringLiteral(" width=\"%1%\"").arg(widths[std::size_t(c)])
                                      : QString();
            t += QStringLiteral("<th%1 bgcolor=\"#e6e6e6\" align=\"left\">%2</th>")
                     .arg(width, esc(headers[c]));
        }
        t += QStringLiteral("</tr></thead><tbody>");
        for (const QStringList &row : rows) {
            t += QStringLiteral("<tr>");
            for (int c = 0; c < row.size(); ++c)
                t += QStringLiteral("<td%1>%2</td>")
                         .arg(oneLine.count(c) ? QStringLiteral(" style=\"white-space: nowrap\"")
                                               : QString(),
                              row[c].isEmpty() ? QStringLiteral("&nbsp;") : esc(row[c]));
            t += QStringLiteral("</tr>");
        }
        t += QStringLiteral("</tbody></table>");
        m_html += t;
    }
    void image(const QString &name)
    {
        m_html += QStringLiteral("<p%1><img src=\"%2\"></p>").arg(breakStyle(), esc(name));
    }
    QString date(QDate d) const
    {
        return d.isValid() ? QStringLiteral("%1 %2").arg(
                                 d.toString(Qt::ISODate),
                                 m_locale.dayName(d.dayOfWeek(), QLocale::ShortFormat))
                           : QString();
    }
    QString number(int n) const { return m_locale.toString(n); }
    QString html() const { return m_html; }

private:
    QString breakStyle()
    {
        if (!m_pendingBreak)
            return {};
        m_pendingBreak = false;
        return QStringLiteral(" style=\"page-break-before: always\"");
    }

    QLocale m_locale;
    QString m_html;
    bool m_pendingBreak = false;
};

QString timeText(SessionSlot slot)
{
    return QStringLiteral("%1–%2").arg(Ics::slotStart(slot).toString(QStringLiteral("HH:mm")),
                                       Ics::slotEnd(slot).toString(QStringLiteral("HH:mm")));
}

QString slotText(SessionSlot slot)
{
    return QStringLiteral("%1–%2 (%3)")
        .arg(Ics::slotStart(slot).toString(QStringLiteral("HH:mm")),
             Ics::slotEnd(slot).toString(QStringLiteral("HH:mm")), displayName(slot));
}

// Sessions with their cohorts, by date and slot, as table rows: one per day and cohort, a
// full day's morning and afternoon together (their times joined in column 1).
template <typename MakeRow>
std::vector<QStringList>
dayRows(const std::vector<std::pair<const Session *, const Cohort *>> &sessions, MakeRow makeRow)
{
    std::vector<QStringList> rows;
    QDate lastDate;
    const Cohort *lastCohort = nullptr;
    for (const auto &[s, c] : sessions) {
        if (s->date == lastDate && c == lastCohort && !rows.empty()) {
            rows.back()[1] += QStringLiteral(", ") + timeText(s->slot);
            continue;
        }
        lastDate = s->date;
        lastCohort = c;
        rows.push_back(makeRow(*s, *c));
    }
    return rows;
}

// An ID number as a sign-in sheet shows it: its last four characters only.
QString lastFour(const QString &number)
{
    if (number.size() <= 4)
        return QString(number.size(), QLatin1Char('*'));
    return QString(number.size() - 4, QLatin1Char('*')) + number.right(4);
}

// The first and last session date of a cohort (null when it has none).
std::pair<QDate, QDate> span(const std::vector<Session> &sessions)
{
    if (sessions.empty())
        return {};
    return {sessions.front().date, sessions.back().date};
}

// A year, or a period, as the scope of a report over sessions.
struct Period
{
    QDate from, to;
    bool contains(QDate d) const { return d >= from && d <= to; }
};

Result<Period> periodOf(const Request &r)
{
    if (r.from.isValid() || r.to.isValid()) {
        if (!r.from.isValid() || !r.to.isValid())
            return Problem::of(tr("Give both the first and the last day of the period."));
        if (r.to < r.from)
            return Problem::of(tr("The period ends (%1) before it starts (%2).")
                                   .arg(r.to.toString(Qt::ISODate), r.from.toString(Qt::ISODate)));
        return Period{r.from, r.to};
    }
    if (r.year > 0)
        return Period{QDate(r.year, 1, 1), QDate(r.year, 12, 31)};
    return Period{QDate(1, 1, 1), QDate(9999, 12, 31)};
}

QString periodText(const Request &r)
{
    if (r.from.isValid())
        return tr("%1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    if (r.year > 0)
        return QString::number(r.year);
    return tr("every year");
}

// The year's progress as the dashboard charts it: trained and certified so far, what is
// expected by each month's end, against the target spread over the months.
QImage progressChart(const ProgressReport &p, const QLocale &locale)
{
    const QSize size(2400, 800);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPixelSize(26);
    painter.setFont(font);
    const QRectF plot(110, 70, size.width() - 150, size.height() - 150);
    double top = std::max<double>(p.target, 1);
    for (const MonthProgress &m : p.months)
        top = std::max({top, m.forecastCumulative, double(m.cumulativeTrained)});
    top *= 1.05;
    const auto x = [&](double month) { return plot.left() + plot.width() * month / 12.0; };
    const auto y = [&](double v) { return plot.bottom() - plot.height() * v / top; };
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 2));
    for (int i = 0; i <= 4; ++i) {
        const double v = top / 1.05 * i / 4;
        painter.drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y(v) - 20, plot.left() - 12, 40),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(qRound(v)));
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 2));
    }
    painter.setPen(Qt::black);
    for (int m = 1; m <= 12; ++m)
        painter.drawText(QRectF(x(m - 1), plot.bottom() + 8, plot.width() / 12, 40),
                         Qt::AlignCenter, locale.standaloneMonthName(m, QLocale::ShortFormat));
    struct Line
    {
        QString name;
        QColor colour;
        Qt::PenStyle style;
        std::function<std::optional<double>(const MonthProgress &)> value;
    };
    const std::vector<Line> lines{
        {tr("Target to date"), QColor(0x88, 0x88, 0x88), Qt::DashLine,
         [](const MonthProgress &m) { return std::optional<double>(m.targetToDate); }},
        {tr("Trained"), QColor(0x1f, 0x77, 0xb4), Qt::SolidLine,
         [](const MonthProgress &m) {
             return m.forecast ? std::nullopt : std::optional<double>(m.cumulativeTrained);
         }},
        {tr("Trained, forecast"), QColor(0x1f, 0x77, 0xb4), Qt::DotLine,
         [](const MonthProgress &m) { return std::optional<double>(m.forecastCumulative); }},
        {tr("Certified"), QColor(0x2c, 0xa0, 0x2c), Qt::SolidLine,
         [](const MonthProgress &m) {
             return m.forecast ? std::nullopt : std::optional<double>(m.cumulativeCertified);
         }},
    };
    double legendX = plot.left();
    for (const Line &line : lines) {
        QPolygonF points{QPointF(x(0), y(0))};
        for (const MonthProgress &m : p.months)
            if (const auto v = line.value(m))
                points << QPointF(x(m.month), y(*v));
        painter.setPen(QPen(line.colour, 5, line.style));
        if (points.size() > 1)
            painter.drawPolyline(points);
        painter.drawLine(QPointF(legendX, 30), QPointF(legendX + 50, 30));
        painter.setPen(Qt::black);
        const double width = QFontMetricsF(font).horizontalAdvance(line.name);
        painter.drawText(QPointF(legendX + 60, 39), line.name);
        legendX += 60 + width + 50;
    }
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    return image;
}

Result<Document> planReport(const PlanQueries &plan, const Request &r, Document doc)
{
    if (r.year <= 0)
        return Problem{QStringLiteral("year"), tr("Choose the year of the plan.")};
    const Names names(plan.conflictInput(), r.locale);
    Html html(r.locale);
    // The year's cohorts (by their first session) per track, then per month.
    std::map<QString, std::map<int, std::vector<const Cohort *>>> byTrack;
    std::map<Id, QString> trackNames;
    for (const Cohort &c : names.input().cohorts) {
        const auto [first, last] = span(names.sessions(c.id));
        if (!first.isValid() || first.year() != r.year)
            continue;
        const Id trackId = names.trackOf(c);
        if (r.trackId != 0 && trackId != r.trackId)
            continue;
        byTrack[names.trackName(trackId)][first.month()].push_back(&c);
        trackNames[trackId] = names.trackName(trackId);
    }
    if (r.trackId != 0 && !names.track(r.trackId))
        return Problem{QStringLiteral("track"), tr("The track asked for is not in the plan.")};
    if (byTrack.empty())
        return Problem{QStringLiteral("year"),
                       tr("No cohort starts in %1: there is no plan to print.").arg(r.year)};

    // The summary: target against planned, per track.
    struct Totals
    {
        int cohorts = 0, seats = 0, taken = 0, cancelled = 0;
    };
    std::map<QString, Totals> totals;
    for (const auto &[track, months] : byTrack)
        for (const auto &[month, cohorts] : months)
            for (const Cohort *c : cohorts) {
                Totals &t = totals[track];
                if (c->status == CohortStatus::Cancelled) {
                    ++t.cancelled;
                    continue;
                }
                ++t.cohorts;
                t.seats += c->capacity;
                t.taken += names.seatHolders(c->id);
            }
    std::map<QString, std::pair<int, int>> targets; // trainees, certified
    for (const TargetSummary &t : plan.targets())
        if (t.target.year == r.year && (r.trackId == 0 || t.target.trackId == r.trackId))
            targets[names.localized(t.track, t.trackZh)] = {t.target.trainees, t.target.certified};
    html.heading(tr("Summary"), 2);
    std::vector<QStringList> rows;
    Totals all;
    int allTarget = 0;
    for (const auto &[track, t] : totals) {
        const auto target = targets.find(track);
        const int trainees = target == targets.end() ? 0 : target->second.first;
        allTarget += trainees;
        rows.push_back({track, trainees ? html.number(trainees) : QString(), html.number(t.cohorts),
                        html.number(t.seats), html.number(t.taken),
                        trainees ? QStringLiteral("%1 %").arg(t.seats * 100 / trainees) : QString(),
                        t.cancelled ? html.number(t.cancelled) : QString()});
        all.cohorts += t.cohorts;
        all.seats += t.seats;
        all.taken += t.taken;
        all.cancelled += t.cancelled;
    }
    rows.push_back({tr("Total"), html.number(allTarget), html.number(all.cohorts),
                    html.number(all.seats), html.number(all.taken),
                    allTarget ? QStringLiteral("%1 %").arg(all.seats * 100 / allTarget) : QString(),
                    all.cancelled ? html.number(all.cancelled) : QString()});
    html.table({tr("Track"), tr("Target (trainees)"), tr("Cohorts"), tr("Seats planned"),
                tr("Seats taken"), tr("Seats / target"), tr("Cancelled")},
               rows);
    // The progress chart, as of the day printed (the year's end for a past year).
    const QDate asOf = std::min(r.printedOn, QDate(r.year, 12, 31));
    ProgressFilter filter;
    if (r.trackId != 0)
        filter.tracks = {r.trackId};
    const ProgressReport progress =
        ProgressStats::compute(plan.progressFacts(r.year, asOf), asOf, filter);
    html.heading(tr("Progress against the target, as of %1").arg(asOf.toString(Qt::ISODate)), 3);
    html.image(QStringLiteral("progress"));
    doc.images.emplace_back(QStringLiteral("progress"), progressChart(progress, r.locale));

    for (const auto &[track, months] : byTrack) {
        html.pageBreak();
        html.heading(track, 2);
        for (const auto &[month, cohorts] : months) {
            html.heading(r.locale.standaloneMonthName(month) + QLatin1Char(' ') +
                             QString::number(r.year),
                         3);
            std::vector<QStringList> lines;
            for (const Cohort *c : cohorts) {
                const auto [first, last] = span(names.sessions(c->id));
                lines.push_back(
                    {c->code, names.courseText(c->courseId),
                     QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate),
                                                   last.toString(Qt::ISODate)),
                     c->mode == CohortMode::Online ? tr("Online") : names.venueName(c->venueId),
                     names.staff(c->id, InstructorRole::Lead).join(QStringLiteral(", ")),
                     names.staff(c->id, InstructorRole::Assistant).join(QStringLiteral(", ")),
                     QStringLiteral("%1 / %2").arg(names.seatHolders(c->id)).arg(c->capacity),
                     displayName(c->status)});
            }
            html.table({tr("Cohort"), tr("Course"), tr("Dates"), tr("Venue"), tr("Lead"),
                        tr("Assistants"), tr("Seats"), tr("Status")},
                       lines, {14, 22, 15, 13, 9, 11, 7, 9}, false, {0});
        }
    }
    doc.scope = tr("%1, %n cohort(s)", nullptr, all.cohorts + all.cancelled)
                    .arg(r.trackId != 0 ? tr("%1, %2").arg(names.trackName(r.trackId)).arg(r.year)
                                        : QString::number(r.year));
    doc.sections = int(byTrack.size());
    doc.html = html.html();
    return doc;
}

Result<Document> timetableReport(const PlanQueries &plan, const Request &r, Document doc)
{
    const auto period = periodOf(r);
    if (!period)
        return period.problem();
    const Names names(plan.conflictInput(), r.locale);
    if (r.instructorId != 0 && !names.instructor(r.instructorId))
        return Problem::of(tr("The instructor asked for is not in the plan."));
    // Per instructor, the sessions of the period (cancelled cohorts left out).
    std::map<Id, std::vector<std::pair<const Session *, const Cohort *>>> taught;
    for (const CohortInstructor &a : names.input().cohortInstructors) {
        if (r.instructorId != 0 && a.instructorId != r.instructorId)
            continue;
        const Cohort *c = names.cohort(a.cohortId);
        if (!c || c->status == CohortStatus::Cancelled)
            continue;
        for (const Session &s : names.sessions(c->id))
            if (period->contains(s.date))
                taught[a.instructorId].push_back({&s, c});
    }
    if (r.instructorId != 0)
        taught[r.instructorId]; // one instructor's page even without sessions
    if (taught.empty())
        return Problem::of(
            tr("No instructor teaches in %1: there is no timetable to print.").arg(periodText(r)));
    // By name.
    std::vector<Id> order;
    for (const auto &[id, sessions] : taught)
        order.push_back(id);
    std::sort(order.begin(), order.end(),
              [&](Id a, Id b) { return names.instructor(a)->name < names.instructor(b)->name; });
    Html html(r.locale);
    for (Id id : order) {
        const Instructor &who = *names.instructor(id);
        auto sessions = taught[id];
        std::sort(sessions.begin(), sessions.end(), [](const auto &a, const auto &b) {
            return std::tie(a.first->date, a.first->slot) < std::tie(b.first->date, b.first->slot);
        });
        html.pageBreak();
        html.heading(QStringLiteral("%1 (%2)").arg(who.name, who.code), 2);
        std::set<QDate> days;
        std::map<int, int> perWeek, perMonth;
        const std::vector<QStringList> rows =
            dayRows(sessions, [&](const Session &s, const Cohort &c) -> QStringList {
                const Venue *v = names.venue(c.venueId);
                const bool online = c.mode == CohortMode::Online;
                return {html.date(s.date),
                        timeText(s.slot),
                        names.courseText(c.courseId),
                        c.code,
                        online ? tr("Online") : (v ? v->name : QString()),
                        v && !online ? v->address : QString()};
            });
        for (const auto &[s, c] : sessions) {
            if (days.insert(s->date).second) {
                int weekYear = 0;
                const int week = s->date.weekNumber(&weekYear);
                ++perWeek[weekYear * 100 + week];
                ++perMonth[s->date.year() * 100 + s->date.month()];
            }
        }
        const auto busiest = [](const std::map<int, int> &m) {
            int most = 0;
            for (const auto &[key, n] : m)
                most = std::max(most, n);
            return most;
        };
        html.paragraph(tr("Teaching days in %1: %2. Busiest week: %3 days (limit %4); busiest "
                          "month: %5 days (limit %6); limit per year: %7.")
                           .arg(periodText(r), html.number(int(days.size())))
                           .arg(busiest(perWeek))
                           .arg(who.maxDaysPerWeek)
                           .arg(busiest(perMonth))
                           .arg(who.maxDaysPerMonth)
                           .arg(who.maxDaysPerYear));
        if (rows.empty())
            html.paragraph(tr("No sessions in this period."));
        else
            html.table(
                {tr("Date"), tr("Time"), tr("Course"), tr("Cohort"), tr("Venue"), tr("Address")},
                rows, {13, 15, 23, 14, 19, 16}, false, {0, 3});
        std::vector<QStringList> leave;
        for (const Leave &l : names.input().leaves)
            if (l.instructorId == id && l.start <= period->to && l.end >= period->from)
                leave.push_back(
                    {l.start.toString(Qt::ISODate), l.end.toString(Qt::ISODate), l.reason});
        if (!leave.empty()) {
            html.heading(tr("Leave"), 3);
            html.table({tr("From"), tr("To"), tr("Reason")}, leave, {20, 20, 60});
        }
    }
    doc.scope = r.instructorId != 0
                    ? tr("%1, %2").arg(names.instructor(r.instructorId)->name, periodText(r))
                    : tr("%n instructor(s), %1", nullptr, int(order.size())).arg(periodText(r));
    doc.sections = int(order.size());
    doc.html = html.html();
    return doc;
}

Result<Document> venueReport(const PlanQueries &plan, const Request &r, Document doc)
{
    const auto period = periodOf(r);
    if (!period)
        return period.problem();
    const Names names(plan.conflictInput(), r.locale);
    if (r.venueId != 0 && !names.venue(r.venueId))
        return Problem::of(tr("The venue asked for is not in the plan."));
    std::map<QString, std::vector<std::pair<const Session *, const Cohort *>>> booked;
    std::map<QString, const Venue *> venues;
    for (const Cohort &c : names.input().cohorts) {
        if (c.status == CohortStatus::Cancelled || c.mode == CohortMode::Online || c.venueId == 0)
            continue;
        if (r.venueId != 0 && c.venueId != r.venueId)
            continue;
        const Venue *v = names.venue(c.venueId);
        if (!v)
            continue;
        for (const Session &s : names.sessions(c.id))
            if (period->contains(s.date)) {
                booked[v->name].push_back({&s, &c});
                venues[v->name] = v;
            }
    }
    if (r.venueId != 0 && booked.empty()) {
        const Venue *v = names.venue(r.venueId);
        booked[v->name];
        venues[v->name] = v;
    }
    if (booked.empty())
        return Problem::of(
            tr("No venue is booked in %1: there are no bookings to print.").arg(periodText(r)));
    Html html(r.locale);
    for (auto &[name, sessions] : booked) {
        const Venue &v = *venues[name];
        std::sort(sessions.begin(), sessions.end(), [](const auto &a, const auto &b) {
            return std::tie(a.first->date, a.first->slot, a.second->code) <
                   std::tie(b.first->date, b.first->slot, b.second->code);
        });
        html.pageBreak();
        html.heading(v.name, 2);
        html.paragraph(tr("%1, %2; %3 seats").arg(v.district, v.address, html.number(v.seats)));
        const std::vector<QStringList> rows =
            dayRows(sessions, [&](const Session &s, const Cohort &c) -> QStringList {
                return {html.date(s.date),
                        timeText(s.slot),
                        c.code,
                        names.courseText(c.courseId),
                        names.staff(c.id, InstructorRole::Lead).join(QStringLiteral(", ")),
                        QStringLiteral("%1 / %2").arg(names.seatHolders(c.id)).arg(c.capacity)};
            });
        if (rows.empty())
            html.paragraph(tr("No bookings in this period."));
        else
            html.table(
                {tr("Date"), tr("Time"), tr("Cohort"), tr("Course"), tr("Lead"), tr("Seats")}, rows,
                {15, 19, 17, 28, 12, 9}, false, {0, 2});
    }
    doc.scope = r.venueId != 0
                    ? tr("%1, %2").arg(names.venueName(r.venueId), periodText(r))
                    : tr("%n venue(s), %1", nullptr, int(booked.size())).arg(periodText(r));
    doc.sections = int(booked.size());
    doc.html = html.html();
    return doc;
}

Result<Document> signInReport(const PlanQueries &plan, const Request &r, Document doc)
{
    const CohortRoster roster = plan.cohortRoster(r.cohortId);
    if (roster.cohort.id == 0)
        return Problem{QStringLiteral("cohort"), tr("The cohort asked for is not in the plan.")};
    const Names names(plan.conflictInput(), r.locale);
    std::vector<Session> sessions = names.sessions(r.cohortId);
    if (r.sessionDay.isValid())
        std::erase_if(sessions, [&](const Session &s) { return s.date != r.sessionDay; });
    if (sessions.empty())
        return Problem::of(
            r.sessionDay.isValid()
                ? tr("Cohort %1 has no session on %2.")
                      .arg(roster.cohort.code, r.sessionDay.toString(Qt::ISODate))
                : tr("Cohort %1 has no sessions to sign in to.").arg(roster.cohort.code));
    const Cohort &c = roster.cohort;
    const QString course = names.courseText(c.courseId);
    const QString venue = c.mode == CohortMode::Online ? tr("Online") : names.venueName(c.venueId);
    QStringList staff = names.staff(c.id, InstructorRole::Lead);
    staff += names.staff(c.id, InstructorRole::Assistant);
    std::vector<QStringList> trainees;
    for (const RosterEntry &e : roster.entries)
        if (EnrollmentRules::holdsSeat(e.enrollment.status))
            trainees.push_back({QString::number(trainees.size() + 1), e.traineeName,
                                lastFour(e.idNumber), e.employer, QString()});
    const int walkIns = 5;
    for (int i = 0; i < walkIns; ++i)
        trainees.push_back({QString(), QString(), QString(), QString(), QString()});
    Html html(r.locale);
    for (const Session &s : sessions) {
        html.pageBreak();
        html.heading(tr("Sign-in sheet: %1, %2").arg(c.code, html.date(s.date)), 2);
        html.table(
            {tr("Cohort"), tr("Course"), tr("Date"), tr("Time"), tr("Venue"), tr("Instructors")},
            {{c.code, course, html.date(s.date), slotText(s.slot), venue,
              staff.join(QStringLiteral(", "))}},
            {15, 25, 14, 16, 14, 16}, false, {0});
        html.paragraph(tr("Each trainee signs on arrival. Rows at the end are for trainees not "
                          "on the list: write the name and the last four digits of the ID "
                          "number."));
        html.table({tr("No."), tr("Name"), tr("ID number"), tr("Employer"), tr("Signature")},
                   trainees, {6, 18, 20, 28, 28}, true, {2});
    }
    doc.scope = r.sessionDay.isValid()
                    ? tr("Cohort %1, %2").arg(c.code, html.date(r.sessionDay))
                    : tr("Cohort %1, %n session(s)", nullptr, int(sessions.size())).arg(c.code);
    doc.sections = int(sessions.size());
    doc.html = html.html();
    return doc;
}

Result<Document> rosterReport(const PlanQueries &plan, const Request &r, Document doc)
{
    const CohortRoster roster = plan.cohortRoster(r.cohortId);
    if (roster.cohort.id == 0)
        return Problem{QStringLiteral("cohort"), tr("The cohort asked for is not in the plan.")};
    const Names names(plan.conflictInput(), r.locale);
    const Cohort &c = roster.cohort;
    Html html(r.locale);
    html.heading(QStringLiteral("%1 — %2").arg(c.code, names.courseText(c.courseId)), 2);
    html.paragraph(
        tr("%1 to %2; %3; seats %4 / %5; status: %6")
            .arg(roster.start.toString(Qt::ISODate), roster.end.toString(Qt::ISODate),
                 c.mode == CohortMode::Online ? tr("Online") : names.venueName(c.venueId))
            .arg(names.seatHolders(c.id))
            .arg(c.capacity)
            .arg(displayName(c.status)));
    std::vector<QStringList> rows;
    for (const RosterEntry &e : roster.entries) {
        const Enrollment &en = e.enrollment;
        QString status = displayName(en.status);
        if (en.status == EnrollmentStatus::Waitlisted)
            status += QStringLiteral(" %1").arg(en.waitlistPosition);
        rows.push_back(
            {QString::number(rows.size() + 1), e.traineeName, IdentityDocument::masked(e.idNumber),
             e.employer, status,
             en.attendance ? QStringLiteral("%1 %").arg(qRound(*en.attendance * 100)) : QString(),
             en.score ? r.locale.toString(*en.score, 'f', 1) : QString(),
             en.certification != CertificationLevel::None
                 ? QStringLiteral("%1, %2").arg(displayName(en.certification),
                                                en.certifiedOn.toString(Qt::ISODate))
                 : QString()});
    }
    if (rows.empty())
        html.paragraph(tr("Nobody is enrolled."));
    else
        html.table({tr("No."), tr("Name"), tr("ID number"), tr("Employer"), tr("Status"),
                    tr("Attendance"), tr("Score"), tr("Certificate")},
                   rows, {5, 13, 19, 21, 11, 9, 7, 15}, false, {2});
    doc.scope = tr("Cohort %1, %n trainee(s)", nullptr, int(roster.entries.size())).arg(c.code);
    doc.sections = 1;
    doc.html = html.html();
    return doc;
}

Result<Document> certificationReport(const PlanQueries &plan, const Request &r, Document doc)
{
    if (!r.from.isValid() || !r.to.isValid())
        return Problem::of(tr("Give the period of the certification list: its first and last "
                              "day."));
    const auto period = periodOf(r);
    if (!period)
        return period.problem();
    const std::vector<CertificateEntry> entries = plan.certificates(r.from, r.to);
    Html html(r.locale);
    const bool chinese = r.locale.language() == QLocale::Chinese;
    const auto trackName = [chinese](const CertificateEntry &e) {
        return chinese && !e.trackZh.isEmpty() ? e.trackZh : e.track;
    };
    // The summary: per track and level.
    std::map<QString, std::map<CertificationLevel, int>> counts;
    for (const CertificateEntry &e : entries)
        ++counts[trackName(e)][e.enrollment.certification];
    const std::vector<CertificationLevel> levels{
        CertificationLevel::Senior, CertificationLevel::Intermediate, CertificationLevel::Junior};
    html.heading(tr("Summary"), 2);
    std::vector<QStringList> summary;
    std::map<CertificationLevel, int> total;
    for (const auto &[track, byLevel] : counts) {
        QStringList row{track};
        int sum = 0;
        for (CertificationLevel l : levels) {
            const auto it = byLevel.find(l);
            const int n = it == byLevel.end() ? 0 : it->second;
            row << html.number(n);
            total[l] += n;
            sum += n;
        }
        row << html.number(sum);
        summary.push_back(row);
    }
    QStringList all{tr("Total")};
    for (CertificationLevel l : levels)
        all << html.number(total[l]);
    all << html.number(int(entries.size()));
    summary.push_back(all);
    QStringList headers{tr("Track")};
    for (CertificationLevel l : levels)
        headers << displayName(l);
    headers << tr("Total");
    html.table(headers, summary);
    if (entries.empty())
        html.paragraph(tr("No certificate was awarded in this period."));
    QString track;
    CertificationLevel level = CertificationLevel::None;
    std::vector<QStringList> rows;
    const auto flush = [&] {
        if (rows.empty())
            return;
        html.table({tr("No."), tr("Name"), tr("ID number"), tr("Employer"), tr("Course"),
                    tr("Cohort"), tr("Certified on")},
                   rows, {5, 12, 19, 20, 18, 15, 11}, false, {2, 5, 6});
        rows.clear();
    };
    for (const CertificateEntry &e : entries) {
        if (trackName(e) != track) {
            flush();
            track = trackName(e);
            level = CertificationLevel::None;
            html.pageBreak();
            html.heading(track, 2);
        }
        if (e.enrollment.certification != level) {
            flush();
            level = e.enrollment.certification;
            html.heading(displayName(level), 3);
        }
        rows.push_back({QString::number(rows.size() + 1), e.traineeName,
                        IdentityDocument::masked(e.idNumber), e.employer,
                        QStringLiteral("%1 %2").arg(
                            e.courseCode, chinese && !e.courseTitleZh.isEmpty() ? e.courseTitleZh
                                                                                : e.courseTitle),
                        e.cohortCode, e.enrollment.certifiedOn.toString(Qt::ISODate)});
    }
    flush();
    doc.scope = tr("%1, %n certificate(s)", nullptr, int(entries.size())).arg(periodText(r));
    doc.sections = int(counts.size());
    doc.html = html.html();
    return doc;
}

Result<Document> capacityReport(const PlanQueries &plan, const Request &r, Document doc)
{
    if (r.year <= 0)
        return Problem{QStringLiteral("year"), tr("Choose the year of the capacity report.")};
    const CapacityInput input = plan.capacityInput(r.year);
    if (const Result<> valid = CapacityPlanner::validate(input); !valid)
        return valid.problem();
    const CapacityResult result = CapacityPlanner::plan(input);
    if (result.problem)
        return *result.problem;
    if (result.tracks.empty())
        return Problem{QStringLiteral("year"),
                       tr("%1 has no targets: there is no capacity to report.").arg(r.year)};
    const Names names(plan.conflictInput(), r.locale);
    Html html(r.locale);
    const auto whole = [](double v) { return int(std::floor(v + 1e-6)); };
    const auto percent = [](double share) {
        return QStringLiteral("%1 %").arg(qRound(share * 100));
    };
    html.paragraph(result.feasible
                       ? tr("Every target of %1 can be reached with the plan's instructors, "
                            "venues and calendar.")
                             .arg(r.year)
                       : tr("Not every target of %1 can be reached: at best %2 of the target "
                            "of the track furthest behind. What is short is listed below, with "
                            "what would remedy it.")
                             .arg(r.year)
                             .arg(percent(result.minShare)));
    std::vector<QStringList> rows;
    for (const TrackCapacity &t : result.tracks)
        rows.push_back(
            {names.trackName(t.trackId).isEmpty() ? t.name : names.trackName(t.trackId),
             html.number(t.targetTrained), html.number(t.targetCertified),
             html.number(whole(t.plannedTrained)), html.number(whole(t.reachableTrained)),
             html.number(whole(t.reachableCertified)), percent(t.reachableShare),
             html.number(t.cohortsPlanned), html.number(t.cohortsNeeded),
             html.number(t.seatsNeeded),
             QStringLiteral("%1 / %2").arg(html.number(qRound(t.instructorDaysNeeded)),
                                           html.number(qRound(t.instructorDaysAvailable)))});
    html.table({tr("Track"), tr("Target trained"), tr("Target certified"), tr("Planned trained"),
                tr("Reachable trained"), tr("Reachable certified"), tr("Reached"),
                tr("Cohorts planned"), tr("New cohorts needed"), tr("Seats needed"),
                tr("Instructor-days needed / free")},
               rows);
    html.heading(tr("What is short"), 2);
    if (result.bottlenecks.empty()) {
        html.paragraph(tr("Nothing: the instructors, venues and working days suffice."));
    } else {
        std::vector<QStringList> shortRows;
        for (const Bottleneck &b : result.bottlenecks)
            shortRows.push_back(
                {names.trackName(b.trackId), displayName(b.kind),
                 b.firstMonth == b.lastMonth
                     ? r.locale.standaloneMonthName(b.firstMonth, QLocale::ShortFormat)
                     : QStringLiteral("%1–%2").arg(
                           r.locale.standaloneMonthName(b.firstMonth, QLocale::ShortFormat),
                           r.locale.standaloneMonthName(b.lastMonth, QLocale::ShortFormat)),
                 b.explanation});
        html.table({tr("Track"), tr("What"), tr("When"), tr("Need, have and remedy")}, shortRows,
                   {14, 16, 10, 60});
    }
    for (const TrackCapacity &t : result.tracks) {
        html.pageBreak();
        html.heading(
            tr("%1 by month")
                .arg(names.trackName(t.trackId).isEmpty() ? t.name : names.trackName(t.trackId)),
            2);
        std::vector<QStringList> months;
        for (int m = 0; m < 12; ++m) {
            const CapacityMonth &c = t.months[std::size_t(m)];
            months.push_back({r.locale.standaloneMonthName(m + 1),
                              r.locale.toString(c.newCohorts, 'f', 1),
                              html.number(qRound(c.instructorDaysNeeded)),
                              html.number(qRound(c.instructorDaysAvailable)),
                              html.number(qRound(c.venueSlotDaysNeeded)),
                              html.number(qRound(c.venueSlotDaysAvailable))});
        }
        html.table({tr("Month"), tr("New cohorts"), tr("Instructor-days needed"),
                    tr("Instructor-days free"), tr("Venue slots needed"), tr("Venue slots free")},
                   months);
    }
    doc.scope = tr("%1, %n track(s) with targets", nullptr, int(result.tracks.size())).arg(r.year);
    doc.sections = int(result.tracks.size());
    doc.html = html.html();
    return doc;
}

} // namespace

QString key(Kind kind)
{
    switch (kind) {
    case Kind::Plan:
        return QStringLiteral("plan");
    case Kind::Timetable:
        return QStringLiteral("timetable");
    case Kind::Venue:
        return QStringLiteral("venue");
    case Kind::SignIn:
        return QStringLiteral("signin");
    case Kind::Roster:
        return QStringLiteral("roster");
    case Kind::Certifications:
        return QStringLiteral("certifications");
    case Kind::Capacity:
        return QStringLiteral("capacity");
    }
    return {};
}

std::optional<Kind> kindOf(const QString &text)
{
    for (Kind k : {Kind::Plan, Kind::Timetable, Kind::Venue, Kind::SignIn, Kind::Roster,
                   Kind::Certifications, Kind::Capacity})
        if (key(k) == text)
            return k;
    return std::nullopt;
}

QString displayName(Kind kind)
{
    switch (kind) {
    case Kind::Plan:
        return tr("Yearly plan");
    case Kind::Timetable:
        return tr("Instructor timetable");
    case Kind::Venue:
        return tr("Venue bookings");
    case Kind::SignIn:
        return tr("Sign-in sheet");
    case Kind::Roster:
        return tr("Cohort roster");
    case Kind::Certifications:
        return tr("Certification list");
    case Kind::Capacity:
        return tr("Capacity report");
    }
    return {};
}

Result<Document> build(const PlanQueries &plan, const Request &request)
{
    // The report's words in its own language, whatever the window's.
    const Language::Scope language(request.locale);
    Document doc;
    doc.title = displayName(request.kind);
    doc.planName = request.planName;
    doc.printedOn = request.printedOn;
    doc.locale = request.locale;
    doc.printedText =
        tr("Printed %1").arg(request.locale.toString(request.printedOn, QLocale::LongFormat));
    doc.pageText = tr("Page %1 of %2");
    try {
        switch (request.kind) {
        case Kind::Plan:
            return planReport(plan, request, std::move(doc));
        case Kind::Timetable:
            return timetableReport(plan, request, std::move(doc));
        case Kind::Venue:
            return venueReport(plan, request, std::move(doc));
        case Kind::SignIn:
            return signInReport(plan, request, std::move(doc));
        case Kind::Roster:
            return rosterReport(plan, request, std::move(doc));
        case Kind::Certifications:
            return certificationReport(plan, request, std::move(doc));
        case Kind::Capacity:
            return capacityReport(plan, request, std::move(doc));
        }
    } catch (const StoreError &e) {
        return e.problem();
    }
    return Problem::of(tr("Unknown report."));
}

PageSetup defaultSetup(Kind kind)
{
    PageSetup setup;
    // The plan's, the bookings' and the roster's tables have six to eight columns of
    // names and numbers: landscape.
    if (kind == Kind::Plan || kind == Kind::Venue || kind == Kind::Roster || kind == Kind::Capacity)
        setup.orientation = QPageLayout::Landscape;
    return setup;
}

int paint(const Document &doc, QPagedPaintDevice *device, QPainter *painter)
{
    QTextDocument text;
    text.documentLayout()->setPaintDevice(device);
    // WenQuanYi Micro Hei (fonts-wqy-microhei) has the Chinese and Latin letters alike and
    // is embedded as a TrueType subset. Not Noto Sans CJK: it draws a Kangxi radical and
    // its ideograph with one glyph, and Qt's PDF text map gives each glyph its lowest code
    // point, so copied or searched text (人工智能) would come out as radicals (⼈⼯智能).
    QFont body(QStringLiteral("WenQuanYi Micro Hei"));
    body.setPointSizeF(9);
    text.setDefaultFont(body);
    text.setDocumentMargin(0);
    const QRect page = painter->viewport();
    QFont small = body;
    small.setPointSizeF(7.5);
    const QFontMetricsF metrics(small, device);
    const qreal band = metrics.height() * 2.2; // a header or footer line and its space
    const QRectF area(0, band, page.width(), page.height() - 2 * band);
    // Pictures as wide as the page (in its device's pixels), their proportions kept.
    QString html = doc.html;
    for (const auto &[name, image] : doc.images) {
        text.addResource(QTextDocument::ImageResource, QUrl(name), image);
        // In the screen's pixels: Qt scales a picture by the device's dots per inch / 96.
        const double width = area.width() * 0.98 * 96.0 / device->logicalDpiX();
        html.replace(QStringLiteral("<img src=\"%1\">").arg(name.toHtmlEscaped()),
                     QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                         .arg(name.toHtmlEscaped())
                         .arg(qRound(width))
                         .arg(qRound(width * image.height() / std::max(1, image.width()))));
    }
    text.setHtml(html);
    text.setPageSize(area.size());
    const int pages = std::max(1, text.pageCount());
    const QPen rule(QColor(0x99, 0x99, 0x99), std::max(1.0, metrics.height() / 18));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter->setFont(small);
        painter->setPen(Qt::black);
        const QRectF header(0, 0, page.width(), metrics.height() * 1.4);
        const QString title = doc.planName.isEmpty()
                                  ? doc.title
                                  : QStringLiteral("%1 — %2").arg(doc.title, doc.planName);
        painter->drawText(header, Qt::AlignLeft | Qt::AlignTop,
                          metrics.elidedText(title, Qt::ElideMiddle, page.width() * 0.7));
        painter->drawText(header, Qt::AlignRight | Qt::AlignTop, doc.printedText);
        painter->setPen(rule);
        painter->drawLine(QPointF(0, header.bottom()), QPointF(page.width(), header.bottom()));

        painter->save();
        painter->translate(area.left(), area.top() - i * area.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * area.height(), area.width(), area.height());
        painter->setClipRect(context.clip);
        text.documentLayout()->draw(painter, context);
        painter->restore();

        const QRectF footer(0, page.height() - metrics.height() * 1.4, page.width(),
                            metrics.height() * 1.4);
        painter->setPen(rule);
        painter->drawLine(QPointF(0, footer.top()), QPointF(page.width(), footer.top()));
        painter->setPen(Qt::black);
        painter->drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                          metrics.elidedText(doc.scope, Qt::ElideRight, page.width() * 0.75));
        painter->drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                          QString(doc.pageText).arg(i + 1).arg(pages));
    }
    return pages;
}

Result<int> writePdf(const Document &doc, const QString &path, const PageSetup &setup)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Problem::of(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(setup.size));
        writer.setPageOrientation(setup.orientation);
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(doc.planName.isEmpty()
                            ? doc.title
                            : QStringLiteral("%1 — %2").arg(doc.title, doc.planName));
        writer.setCreator(QStringLiteral("Cohort Planner"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Problem::of(tr("Cannot write “%1”: the PDF could not be started.").arg(shown));
        pages = paint(doc, &writer, &painter);
        painter.end();
    }
    if (!file.commit())
        return Problem::of(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    return pages;
}

} // namespace Planner::Report

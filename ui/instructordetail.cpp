// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructordetail.h"

#include "items/plansession.h"
#include "planning/teachingload.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace Planner {

namespace {
const QColor LeaveColour(0xc8, 0xc8, 0xc8);
const QColor HolidayColour(0xc0, 0x39, 0x2b);
const QColor WorkdayColour(0x1f, 0x77, 0xb4);

QString swatch(const QColor &colour)
{
    return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;</span>")
        .arg(colour.name());
}
} // namespace

InstructorDetail::InstructorDetail(PlanSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_name(new QLabel(this)),
      m_calendar(new QCalendarWidget(this)), m_legend(new QLabel(this)), m_load(new QLabel(this)),
      m_day(new QListWidget(this))
{
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_name->setFont(bold);
    m_name->setWordWrap(true);
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_legend->setText(tr("<b>Bold</b> in the track's colour: teaching · %1 leave · "
                         "<span style=\"color:%2\">public holiday</span> · "
                         "<span style=\"color:%3\">make-up workday</span>")
                          .arg(swatch(LeaveColour), HolidayColour.name(), WorkdayColour.name()));
    m_legend->setWordWrap(true);
    m_load->setWordWrap(true);
    m_load->setTextFormat(Qt::RichText);
    m_day->setSelectionMode(QAbstractItemView::NoSelection);
    m_day->setWordWrap(true);
    // Weekends are plain grey: red is for public holidays, which may fall on any day.
    QTextCharFormat weekend;
    weekend.setForeground(palette().color(QPalette::PlaceholderText));
    m_calendar->setWeekdayTextFormat(Qt::Saturday, weekend);
    m_calendar->setWeekdayTextFormat(Qt::Sunday, weekend);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_calendar);
    layout->addWidget(m_legend);
    layout->addWidget(m_load);
    layout->addWidget(m_day, 1);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this,
            [this] { showDay(m_calendar->selectedDate()); });
    showInstructor(0);
}

void InstructorDetail::showInstructor(qint64 instructorId)
{
    const quint64 request = ++m_request;
    if (instructorId == 0 || !m_session->isOpen()) {
        m_schedule = {};
        m_name->setText(tr("Select an instructor to see their calendar and load."));
        m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
        m_load->clear();
        m_day->clear();
        return;
    }
    m_session->query<InstructorSchedule>(
        this, [instructorId](const PlanQueries &q) { return q.instructorSchedule(instructorId); },
        [this, request](InstructorSchedule schedule) {
            if (request != m_request)
                return; // another instructor was chosen meanwhile
            m_schedule = std::move(schedule);
            showSchedule();
        });
}

void InstructorDetail::showSchedule()
{
    const Instructor &i = m_schedule.instructor;
    m_name->setText(QStringLiteral("%1 · %2").arg(i.name, i.code));
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears all formats
    for (const CalendarDay &d : m_schedule.calendar) {
        QTextCharFormat f;
        f.setForeground(d.kind == CalendarDayKind::Holiday ? HolidayColour : WorkdayColour);
        m_calendar->setDateTextFormat(d.date, f);
    }
    for (const Leave &l : m_schedule.leaves) {
        for (QDate d = l.start; d <= l.end; d = d.addDays(1)) {
            QTextCharFormat f = m_calendar->dateTextFormat(d);
            f.setBackground(LeaveColour);
            m_calendar->setDateTextFormat(d, f);
        }
    }
    for (const ScheduledSession &s : m_schedule.sessions) {
        QTextCharFormat f = m_calendar->dateTextFormat(s.date);
        // A teaching day on leave keeps the leave colour: the conflict must stay visible.
        if (f.background().style() == Qt::NoBrush)
            f.setBackground(QColor::fromString(s.trackColour).lighter(160));
        f.setFontWeight(QFont::Bold);
        m_calendar->setDateTextFormat(s.date, f);
    }
    // Open on the next session to come, or the last one.
    QDate focus = QDate::currentDate();
    if (!m_schedule.sessions.empty()) {
        const auto next =
            std::find_if(m_schedule.sessions.begin(), m_schedule.sessions.end(),
                         [](const ScheduledSession &s) { return s.date >= QDate::currentDate(); });
        focus = next != m_schedule.sessions.end() ? next->date : m_schedule.sessions.back().date;
    }
    m_calendar->setSelectedDate(focus);
    m_calendar->setCurrentPage(focus.year(), focus.month());
    showDay(focus);
    emit scheduleShown();
}

void InstructorDetail::showDay(QDate date)
{
    const Instructor &i = m_schedule.instructor;
    std::vector<QDate> dates;
    dates.reserve(m_schedule.sessions.size());
    for (const ScheduledSession &s : m_schedule.sessions)
        dates.push_back(s.date);
    const TeachingLoad load = TeachingLoad::on(dates, date);
    const QLocale locale;
    auto figure = [](int days, int limit) {
        const QString text = QStringLiteral("%1 / %2").arg(days).arg(limit);
        return days > limit
                   ? QStringLiteral("<b style=\"color:%1\">%2</b>").arg(HolidayColour.name(), text)
                   : text;
    };
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear);
    m_load->setText(tr("Teaching days: week %1: %2 · %3: %4 · %5: %6")
                        .arg(week)
                        .arg(figure(load.week, i.maxDaysPerWeek),
                             locale.standaloneMonthName(date.month()),
                             figure(load.month, i.maxDaysPerMonth), QString::number(date.year()),
                             figure(load.year, i.maxDaysPerYear)));
    m_day->clear();
    m_day->addItem(locale.toString(date, QLocale::LongFormat));
    for (const CalendarDay &d : m_schedule.calendar) {
        if (d.date == date)
            m_day->addItem(QStringLiteral("%1: %2").arg(displayName(d.kind), d.name));
    }
    for (const Leave &l : m_schedule.leaves) {
        if (l.start <= date && date <= l.end)
            m_day->addItem(
                tr("On leave %1 – %2: %3")
                    .arg(l.start.toString(Qt::ISODate), l.end.toString(Qt::ISODate), l.reason));
    }
    int sessions = 0;
    for (const ScheduledSession &s : m_schedule.sessions) {
        if (s.date != date)
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2 · %3 (%4)")
                .arg(displayName(s.slot), s.cohortCode, s.courseTitle, displayName(s.role)),
            m_day);
        QPixmap pixmap(10, 10);
        pixmap.fill(QColor::fromString(s.trackColour));
        item->setIcon(QIcon(pixmap));
        ++sessions;
    }
    if (sessions == 0)
        m_day->addItem(tr("No sessions"));
}

QString InstructorDetail::loadText() const
{
    return m_load->text();
}

QStringList InstructorDetail::dayEntries() const
{
    QStringList entries;
    for (int i = 0; i < m_day->count(); ++i)
        entries << m_day->item(i)->text();
    return entries;
}

} // namespace Planner

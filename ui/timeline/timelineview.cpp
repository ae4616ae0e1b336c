// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "items/plantablemodels.h"
#include "planning/sessionshift.h"

#include <QApplication>
#include <QCollator>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStaticText>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>

namespace Planner {

namespace {

// What a day is, for shading.
enum DayKind : quint8 { Working, Weekend, Holiday, MakeUp };

constexpr quint8 slotBit(SessionSlot slot)
{
    return quint8(1u << int(slot));
}

constexpr int EdgeGrip = 4; // px either side of a cohort's right edge that resize it

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

// over drawn on under, as one opaque colour: large opaque fills are plain memory fills,
// while translucent ones are blended pixel by pixel.
QColor blended(const QColor &under, const QColor &over)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(float(under.redF() * (1 - a) + over.redF() * a),
                            float(under.greenF() * (1 - a) + over.greenF() * a),
                            float(under.blueF() * (1 - a) + over.blueF() * a));
}

QColor trackColour(const TimelineCohort &c)
{
    const QColor colour = QColor::fromString(c.trackColour);
    return colour.isValid() ? colour : QColor(0x4e, 0x79, 0xa7);
}

QString signedNumber(int n)
{
    return n > 0 ? QStringLiteral("+%1").arg(n) : QString::number(n);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent), m_today(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
    updateLayout();
}

QColor TimelineView::legendColour(Legend item, const QPalette &palette)
{
    switch (item) {
    case Legend::Weekend:
        return withAlpha(palette.color(QPalette::Text), 20);
    case Legend::Holiday:
        return QColor(0xe1, 0x57, 0x59, 90);
    case Legend::MakeUpDay:
        return QColor(0x4e, 0x9a, 0xd8, 90);
    case Legend::Today:
        return palette.color(QPalette::Highlight);
    case Legend::Warning:
        return QColor(0xf2, 0x8e, 0x2b);
    case Legend::Blocking:
        return QColor(0xd6, 0x27, 0x28);
    }
    return {};
}

void TimelineView::setData(TimelineData data)
{
    cancelDrag();
    const QDate left = dateAt(chartLeft());
    const bool sameYear = data.year == m_data.year;
    const int top = verticalScrollBar()->value();
    m_data = std::move(data);
    m_calendar = WorkCalendar(m_data.calendar);

    if (m_data.year > 0) {
        QDate first(m_data.year, 1, 1);
        QDate last(m_data.year, 12, 31);
        for (const TimelineCohort &c : m_data.cohorts) {
            if (!c.sessions.empty()) {
                first = std::min(first, c.start());
                last = std::max(last, c.end());
            }
        }
        m_firstDay = first;
        m_dayCount = int(first.daysTo(last)) + 1;
    } else {
        m_firstDay = {};
        m_dayCount = 0;
    }
    m_dayKind.assign(std::size_t(m_dayCount), Working);
    for (int i = 0; i < m_dayCount; ++i) {
        const QDate d = m_firstDay.addDays(i);
        if (m_calendar.isHoliday(d))
            m_dayKind[std::size_t(i)] = Holiday;
        else if (m_calendar.isMakeUpWorkday(d))
            m_dayKind[std::size_t(i)] = MakeUp;
        else if (d.dayOfWeek() > 5)
            m_dayKind[std::size_t(i)] = Weekend;
    }
    m_dayNames.clear();
    for (const CalendarDay &day : m_data.calendar) {
        const int index = dayIndex(day.date);
        if (index >= 0 && index < m_dayCount)
            m_dayNames.insert(index, localizedName(day.name, day.nameZh));
    }
    m_blocks.clear();
    m_blocks.reserve(m_data.cohorts.size());
    m_indexOfCohort.clear();
    for (const TimelineCohort &c : m_data.cohorts) {
        m_indexOfCohort.insert(c.id, int(m_blocks.size()));
        m_blocks.push_back(blocksOf(c.sessions));
    }

    invalidateText();
    rebuildRows();
    if (!m_rowOfCohort.contains(m_selected))
        m_selected = 0;
    updateLayout(sameYear ? left : QDate());
    if (sameYear) {
        verticalScrollBar()->setValue(top);
    } else {
        horizontalScrollBar()->setValue(0);
        verticalScrollBar()->setValue(0);
    }
    viewport()->update();
}

void TimelineView::rebuildRows()
{
    m_rows.clear();
    m_rowOfCohort.clear();
    struct Group
    {
        QString label;
        QColor colour;
        bool last = false; // "no venue", "no lead instructor": after the others
        std::vector<int> cohorts;
    };
    std::map<QString, Group> groups; // by key
    for (int i = 0; i < int(m_data.cohorts.size()); ++i) {
        const TimelineCohort &c = m_data.cohorts[std::size_t(i)];
        QString key;
        Group group;
        switch (m_grouping) {
        case Grouping::Track:
            key = QString::number(c.trackId);
            group.label = localizedName(c.trackName, c.trackNameZh);
            group.colour = trackColour(c);
            break;
        case Grouping::Venue:
            key = QString::number(c.venueId);
            if (c.venueId == 0) {
                group.label = tr("No venue (online)");
                group.last = true;
            } else {
                group.label = c.venueDistrict.isEmpty()
                                  ? c.venueName
                                  : QStringLiteral("%1 · %2").arg(c.venueName, c.venueDistrict);
            }
            break;
        case Grouping::Instructor:
            if (const TimelineInstructor *lead = c.lead()) {
                key = QString::number(lead->id);
                group.label = lead->name;
            } else {
                key = QStringLiteral("none");
                group.label = tr("No lead instructor");
                group.last = true;
            }
            break;
        }
        auto it = groups.find(key);
        if (it == groups.end())
            it = groups.emplace(key, std::move(group)).first;
        it->second.cohorts.push_back(i);
    }
    std::vector<const Group *> ordered;
    for (const auto &[key, group] : groups)
        ordered.push_back(&group);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(ordered.begin(), ordered.end(), [&collator](const Group *a, const Group *b) {
        if (a->last != b->last)
            return b->last;
        return collator.compare(a->label, b->label) < 0;
    });
    m_order.clear();
    for (const Group *g : ordered) {
        m_rows.push_back({-1, g->label, g->colour, int(g->cohorts.size()), {}});
        if (!packed()) {
            for (int cohort : g->cohorts) {
                m_rowOfCohort.insert(m_data.cohorts[std::size_t(cohort)].id, int(m_rows.size()));
                m_rows.push_back({cohort, {}, {}, 0, {}});
                m_order.push_back(cohort);
            }
            continue;
        }
        // Lanes: each cohort, in order of start, in the first lane free since before its
        // first day (a day's gap between neighbours), else a new lane.
        std::vector<int> byStart = g->cohorts;
        const auto span = [this](int cohort) {
            const std::vector<DayBlock> &b = m_blocks[std::size_t(cohort)];
            return b.empty() ? std::pair{0, 0} : std::pair{b.front().day, b.back().day};
        };
        std::stable_sort(byStart.begin(), byStart.end(),
                         [&](int a, int b) { return span(a).first < span(b).first; });
        std::vector<std::vector<int>> lanes;
        std::vector<int> laneEnd;
        for (int cohort : byStart) {
            const auto [first, last] = span(cohort);
            std::size_t lane = 0;
            while (lane < lanes.size() && laneEnd[lane] >= first - 1)
                ++lane;
            if (lane == lanes.size()) {
                lanes.emplace_back();
                laneEnd.push_back(last);
            }
            lanes[lane].push_back(cohort);
            laneEnd[lane] = last;
        }
        // One lane (an instructor's year, most often): drawn in the group's header row
        // itself, a row for each instructor instead of two.
        const bool inHeader = lanes.size() == 1;
        for (std::vector<int> &lane : lanes) {
            const int rowIndex = inHeader ? int(m_rows.size()) - 1 : int(m_rows.size());
            for (int cohort : lane)
                m_rowOfCohort.insert(m_data.cohorts[std::size_t(cohort)].id, rowIndex);
            m_order.insert(m_order.end(), lane.begin(), lane.end());
            if (inHeader) {
                m_rows.back().lane = std::move(lane);
            } else {
                const int first = lane.front();
                m_rows.push_back({first, {}, {}, 0, std::move(lane)});
            }
        }
    }
}

std::vector<int> TimelineView::cohortsOf(const Row &row) const
{
    if (!row.lane.empty())
        return row.lane; // a lane, or a group header holding its group's only lane
    return row.cohort < 0 ? std::vector<int>{} : std::vector<int>{row.cohort};
}

std::vector<TimelineView::DayBlock>
TimelineView::blocksOf(const std::vector<Session> &sessions) const
{
    std::vector<DayBlock> blocks;
    for (const Session &s : sessions) {
        const int day = dayIndex(s.date);
        if (!blocks.empty() && blocks.back().day == day)
            blocks.back().slotMask |= slotBit(s.slot);
        else
            blocks.push_back({day, slotBit(s.slot)});
    }
    std::sort(blocks.begin(), blocks.end(),
              [](const DayBlock &a, const DayBlock &b) { return a.day < b.day; });
    return blocks;
}

int TimelineView::groupCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.cohort < 0; }));
}

QString TimelineView::groupOf(qint64 cohortId) const
{
    const auto it = m_rowOfCohort.constFind(cohortId);
    if (it == m_rowOfCohort.cend())
        return {};
    for (int r = *it; r >= 0; --r) {
        if (m_rows[std::size_t(r)].cohort < 0)
            return m_rows[std::size_t(r)].label;
    }
    return {};
}

void TimelineView::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    cancelDrag();
    rebuildRows();
    updateScrollBars();
    if (m_selected != 0)
        ensureRowVisible(m_rowOfCohort.value(m_selected, -1));
    viewport()->update();
}

void TimelineView::setZoom(Zoom zoom)
{
    if (zoom == m_zoom)
        return;
    // Keep the date in the middle of the chart in the middle.
    const int middle = chartLeft() + (viewport()->width() - chartLeft()) / 2;
    const QDate centre = dateAt(middle);
    m_zoom = zoom;
    cancelDrag();
    updateLayout();
    if (centre.isValid())
        horizontalScrollBar()->setValue(int(std::ceil(dayIndex(centre) * m_pixelsPerDay)) -
                                        (middle - chartLeft()));
    viewport()->update();
    emit zoomChanged(zoom);
}

void TimelineView::scrollToDate(QDate date)
{
    if (!date.isValid() || m_dayCount == 0)
        return;
    const int margin = std::min(int(7 * m_pixelsPerDay), (viewport()->width() - chartLeft()) / 6);
    horizontalScrollBar()->setValue(int(std::ceil(dayIndex(date) * m_pixelsPerDay)) - margin);
    viewport()->update();
}

void TimelineView::setConflictMarks(QHash<qint64, int> severityByCohort)
{
    m_conflicts = std::move(severityByCohort);
    viewport()->update();
}

void TimelineView::selectCohort(qint64 cohortId)
{
    const int row = m_rowOfCohort.value(cohortId, -1);
    if (row < 0) {
        if (m_selected != 0) {
            m_selected = 0;
            viewport()->update();
            emit selectionChanged(0);
        }
        return;
    }
    // A cohort out of view comes to the middle of it.
    const int top = row * m_rowHeight - verticalScrollBar()->value();
    if (top < 0 || top + m_rowHeight > viewport()->height() - chartTop())
        verticalScrollBar()->setValue(row * m_rowHeight -
                                      (viewport()->height() - chartTop() - m_rowHeight) / 2);
    const int index = m_indexOfCohort.value(cohortId, -1);
    selectIndex(index);
    // Show the cohort's start if none of it is in view.
    const QRect span = cohortRect(cohortId);
    const QRect chart(chartLeft(), chartTop(), viewport()->width() - chartLeft(),
                      viewport()->height() - chartTop());
    if (span.right() < chart.left() || span.left() > chart.right())
        scrollToDate(m_data.cohorts[std::size_t(index)].start());
}

void TimelineView::setToday(QDate today)
{
    m_today = today;
    viewport()->update();
}

void TimelineView::selectIndex(int cohort)
{
    if (cohort < 0 || cohort >= cohortCount())
        return;
    const qint64 id = m_data.cohorts[std::size_t(cohort)].id;
    ensureRowVisible(m_rowOfCohort.value(id, -1));
    if (id == m_selected)
        return;
    m_selected = id;
    viewport()->update();
    emit selectionChanged(id);
}

void TimelineView::showToday()
{
    scrollToDate(m_today);
    for (int r = 0; r < rowCount(); ++r) {
        const std::vector<int> members = cohortsOf(m_rows[std::size_t(r)]);
        const bool running = std::any_of(members.begin(), members.end(), [this](int cohort) {
            const TimelineCohort &c = m_data.cohorts[std::size_t(cohort)];
            return !c.sessions.empty() && c.end() >= m_today;
        });
        if (running) {
            // With its group's header above it when that is the row before.
            const int top = r > 0 && m_rows[std::size_t(r - 1)].cohort < 0 ? r - 1 : r;
            verticalScrollBar()->setValue(top * m_rowHeight);
            return;
        }
    }
}

void TimelineView::ensureRowVisible(int row)
{
    if (row < 0)
        return;
    QScrollBar *v = verticalScrollBar();
    const int top = row * m_rowHeight;
    const int visible = viewport()->height() - chartTop();
    if (top < v->value())
        v->setValue(top);
    else if (top + m_rowHeight > v->value() + visible)
        v->setValue(top + m_rowHeight - visible);
}

// ---- Geometry

void TimelineView::updateLayout(QDate keepAtLeft)
{
    const QFontMetrics fm = fontMetrics();
    invalidateText();
    m_rowHeight = fm.height() + 10;
    m_axisHeight = 2 * (fm.height() + 6);
    m_leftWidth = std::clamp(fm.averageCharWidth() * 42, 240, 380);
    const int width = std::max(100, viewport()->width() - m_leftWidth);
    // Each zoom shows about so many days across the chart, and no less than so many
    // pixels a day.
    double days = 7, minimum = 60;
    switch (m_zoom) {
    case Zoom::Year:
        days = std::max(m_dayCount, 365);
        minimum = 1.5;
        break;
    case Zoom::Quarter:
        days = 92;
        minimum = 6;
        break;
    case Zoom::Month:
        days = 31;
        minimum = 20;
        break;
    case Zoom::Week:
        days = 7;
        minimum = 60;
        break;
    }
    // (width - 1): the rounded-up last column still fits, and the year needs no scroll bar.
    m_pixelsPerDay = std::max(minimum, (width - 1) / days);
    updateScrollBars();
    if (keepAtLeft.isValid())
        horizontalScrollBar()->setValue(int(std::ceil(dayIndex(keepAtLeft) * m_pixelsPerDay)));
}

void TimelineView::updateScrollBars()
{
    const int width = viewport()->width() - chartLeft();
    const int height = viewport()->height() - chartTop();
    const int contentWidth = int(std::ceil(m_dayCount * m_pixelsPerDay));
    const int contentHeight = rowCount() * m_rowHeight;
    horizontalScrollBar()->setPageStep(std::max(1, width));
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - width));
    horizontalScrollBar()->setSingleStep(std::max(10, int(7 * m_pixelsPerDay)));
    verticalScrollBar()->setPageStep(std::max(1, height));
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - height));
    verticalScrollBar()->setSingleStep(m_rowHeight);
}

int TimelineView::dayX(int day) const
{
    // ceil: the column of day d starts at the first pixel whose date is d (see dateAt).
    return chartLeft() + int(std::ceil(day * m_pixelsPerDay)) - horizontalScrollBar()->value();
}

int TimelineView::xForDate(QDate date) const
{
    return dayX(dayIndex(date));
}

QDate TimelineView::dateAt(int x) const
{
    if (!m_firstDay.isValid())
        return {};
    const int day =
        int(std::floor((x - chartLeft() + horizontalScrollBar()->value()) / m_pixelsPerDay));
    return m_firstDay.addDays(day);
}

int TimelineView::rowAt(int y) const
{
    if (y < chartTop())
        return -1;
    const int row = (y - chartTop() + verticalScrollBar()->value()) / m_rowHeight;
    return row < rowCount() ? row : -1;
}

QRect TimelineView::cohortRect(qint64 cohortId) const
{
    const int row = m_rowOfCohort.value(cohortId, -1);
    if (row < 0)
        return {};
    const std::vector<DayBlock> &blocks = m_blocks[std::size_t(m_indexOfCohort.value(cohortId))];
    if (blocks.empty())
        return {};
    const int top = chartTop() + row * m_rowHeight - verticalScrollBar()->value();
    return QRect(QPoint(dayX(blocks.front().day), top),
                 QPoint(dayX(blocks.back().day + 1) - 1, top + m_rowHeight - 1));
}

TimelineView::Hit TimelineView::hitTest(QPoint pos) const
{
    Hit hit;
    hit.row = rowAt(pos.y());
    if (hit.row < 0)
        return hit;
    const Row &row = m_rows[std::size_t(hit.row)];
    hit.cohort = row.cohort;
    if (!row.lane.empty()) {
        // A lane: the cohort under the mouse (its span and grip), or none between them.
        hit.cohort = -1;
        for (int c : row.lane) {
            const QRect span = cohortRect(m_data.cohorts[std::size_t(c)].id);
            if (!span.isEmpty() && pos.x() >= span.left() && pos.x() <= span.right() + EdgeGrip)
                hit.cohort = c;
        }
    }
    if (hit.cohort < 0 || pos.x() < chartLeft())
        return hit;
    const QRect span = cohortRect(m_data.cohorts[std::size_t(hit.cohort)].id);
    if (span.isEmpty())
        return hit;
    const int edge = span.right() + 1;
    // Narrow cohorts keep most of their width for moving.
    const int inside = std::min(EdgeGrip, span.width() / 3);
    if (pos.x() >= edge - inside && pos.x() <= edge + EdgeGrip)
        hit.part = Part::Edge;
    else if (pos.x() >= span.left() && pos.x() < edge)
        hit.part = Part::Body;
    return hit;
}

// ---- Painting

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QRect all = viewport()->rect();
    p.fillRect(all, palette().color(QPalette::Base));
    if (m_dayCount == 0 || m_rows.empty()) {
        paintLeftColumn(p, 0, -1);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(all.adjusted(chartLeft(), chartTop(), 0, 0), Qt::AlignCenter,
                   m_data.year > 0 ? tr("No cohorts meet in %1.").arg(m_data.year)
                                   : tr("No plan loaded."));
        return;
    }
    const int firstDay = std::clamp(
        dateAt(chartLeft()).isValid() ? dayIndex(dateAt(chartLeft())) : 0, 0, m_dayCount - 1);
    const int lastDay = std::clamp(dayIndex(dateAt(all.right())), 0, m_dayCount - 1);
    const int firstRow = std::max(0, verticalScrollBar()->value() / m_rowHeight);
    const int lastRow = std::min(
        rowCount() - 1, (verticalScrollBar()->value() + all.height() - chartTop()) / m_rowHeight);
    const int bottom = std::min(all.bottom(), chartTop() + rowCount() * m_rowHeight -
                                                  verticalScrollBar()->value());

    p.save();
    p.setClipRect(QRect(QPoint(chartLeft(), chartTop()), all.bottomRight()));
    paintDays(p, firstDay, lastDay, bottom);
    paintRows(p, firstRow, lastRow, firstDay, lastDay);
    // Today, over the rows.
    if (m_today.isValid() && dayIndex(m_today) >= firstDay && dayIndex(m_today) <= lastDay) {
        const int x = (dayX(dayIndex(m_today)) + dayX(dayIndex(m_today) + 1)) / 2;
        p.setPen(QPen(legendColour(Legend::Today, palette()), 2));
        p.drawLine(x, chartTop(), x, all.bottom());
    }
    paintDragLabel(p);
    p.restore();

    paintAxis(p, firstDay, lastDay);
    paintLeftColumn(p, firstRow, lastRow);
}

void TimelineView::paintDays(QPainter &p, int firstDay, int lastDay, int bottom) const
{
    const QColor base = palette().color(QPalette::Base);
    const QColor weekend = blended(base, legendColour(Legend::Weekend, palette()));
    const QColor holiday = blended(base, legendColour(Legend::Holiday, palette()));
    const QColor makeUp = blended(base, legendColour(Legend::MakeUpDay, palette()));
    const int top = chartTop();
    for (int d = firstDay; d <= lastDay; ++d) {
        const quint8 kind = m_dayKind[std::size_t(d)];
        if (kind == Working)
            continue;
        const int x0 = dayX(d);
        const QRect column(x0, top, std::max(1, dayX(d + 1) - x0), bottom - top + 1);
        switch (kind) {
        case Weekend:
            p.fillRect(column, weekend);
            break;
        case Holiday:
            p.fillRect(column, holiday);
            break;
        case MakeUp:
            p.fillRect(column, makeUp);
            break;
        default:
            break;
        }
    }
    // Month boundaries, and Mondays where there is room for them.
    const QColor line = withAlpha(palette().color(QPalette::Text), 60);
    const QColor weekLine = withAlpha(palette().color(QPalette::Text), 22);
    const bool weeks = m_pixelsPerDay * 7 >= 40;
    for (int d = firstDay; d <= lastDay + 1 && d <= m_dayCount; ++d) {
        const QDate date = m_firstDay.addDays(d);
        if (date.day() == 1) {
            p.setPen(line);
            p.drawLine(dayX(d), top, dayX(d), bottom);
        } else if (weeks && date.dayOfWeek() == 1) {
            p.setPen(weekLine);
            p.drawLine(dayX(d), top, dayX(d), bottom);
        }
    }
}

void TimelineView::paintRows(QPainter &p, int firstRow, int lastRow, int firstDay,
                             int lastDay) const
{
    const QPalette &pal = palette();
    const int width = viewport()->width();
    const QColor separator = withAlpha(pal.color(QPalette::Text), 14);
    const QColor selection = withAlpha(pal.color(QPalette::Highlight), 70);
    for (int r = firstRow; r <= lastRow; ++r) {
        const Row &row = m_rows[std::size_t(r)];
        const int top = chartTop() + r * m_rowHeight - verticalScrollBar()->value();
        const QRect rowRect(chartLeft(), top, width - chartLeft(), m_rowHeight);
        if (row.cohort < 0) {
            // A header holding its group's lane keeps the days' shading behind the bars.
            if (row.lane.empty())
                p.fillRect(rowRect, pal.color(QPalette::Window));
            p.setPen(withAlpha(pal.color(QPalette::Text), 40));
            p.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
            if (row.lane.empty())
                continue;
        } else if (row.lane.empty() && m_data.cohorts[std::size_t(row.cohort)].id == m_selected) {
            p.fillRect(rowRect, selection);
        }
        const std::vector<int> members = cohortsOf(row);
        if (row.cohort >= 0) {
            p.setPen(separator);
            p.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
        }
        for (std::size_t m = 0; m < members.size(); ++m) {
            const int cohort = members[m];
            // In a lane, the code after the bar where the gap to the next one leaves room.
            // (Never past the view's edge: a code is shown whole or not at all.)
            const int nextX =
                m + 1 < members.size() && !m_blocks[std::size_t(members[m + 1])].empty()
                    ? std::min(width, dayX(m_blocks[std::size_t(members[m + 1])].front().day))
                    : width;
            paintCohort(p, cohort, rowRect, firstDay, lastDay, row.lane.empty() ? -1 : nextX);
        }
    }
}

void TimelineView::paintCohort(QPainter &p, int cohort, const QRect &rowRect, int firstDay,
                               int lastDay, int labelUntil) const
{
    const QPalette &pal = palette();
    const QColor selection = withAlpha(pal.color(QPalette::Highlight), 70);
    const QColor cancelledColour = pal.color(QPalette::Mid);
    const int top = rowRect.top();
    {
        const TimelineCohort &c = m_data.cohorts[std::size_t(cohort)];
        const std::vector<DayBlock> &blocks = m_blocks[std::size_t(cohort)];
        if (blocks.empty() || blocks.back().day < firstDay || blocks.front().day > lastDay)
            return;
        const bool dragged = m_drag.active && m_drag.cohort == cohort;
        const QColor colour = c.cancelled() ? cancelledColour : trackColour(c);
        // The span from the first to the last session, thin, behind the blocks.
        const int x0 = dayX(blocks.front().day);
        const int x1 = dayX(blocks.back().day + 1);
        const int middle = top + m_rowHeight / 2;
        if (labelUntil >= 0 && c.id == m_selected) // a lane: only the cohort's own span
            p.fillRect(QRect(QPoint(x0 - 3, top + 1), QPoint(x1 + 2, top + m_rowHeight - 2)),
                       selection);
        p.fillRect(QRect(x0, middle - 1, x1 - x0, 3), withAlpha(colour, dragged ? 50 : 110));
        QBrush brush(withAlpha(colour, dragged ? 80 : 255));
        paintBlocks(p, blocks, firstDay, lastDay, rowRect, brush);
        if (c.cancelled()) {
            // Hatched over the grey: cancelled, yet still in the plan.
            paintBlocks(p, blocks, firstDay, lastDay, rowRect,
                        QBrush(withAlpha(pal.color(QPalette::Text), 150), Qt::BDiagPattern));
        }
        if (const int severity = m_conflicts.value(c.id, 0); severity > 0) {
            p.setPen(
                QPen(legendColour(severity >= 2 ? Legend::Blocking : Legend::Warning, pal), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRect(QPoint(x0 - 2, top + 2), QPoint(x1 + 1, top + m_rowHeight - 3)));
        }
        if (c.id == m_selected && !dragged) {
            // The grip that resizes: a short bar at the right edge.
            p.fillRect(QRect(x1, top + 3, 3, m_rowHeight - 6), pal.color(QPalette::Text));
        }
        if (dragged) {
            const std::vector<DayBlock> &ghost = m_drag.preview;
            if (!ghost.empty()) {
                const int g0 = dayX(ghost.front().day);
                const int g1 = dayX(ghost.back().day + 1);
                p.fillRect(QRect(g0, middle - 1, g1 - g0, 3), withAlpha(colour, 140));
                paintBlocks(p, ghost, firstDay, lastDay, rowRect, QBrush(withAlpha(colour, 200)));
                QPen dashed(pal.color(QPalette::Text), 1, Qt::DashLine);
                p.setPen(dashed);
                p.setBrush(Qt::NoBrush);
                p.drawRect(QRect(QPoint(g0 - 1, top + 1), QPoint(g1, top + m_rowHeight - 2)));
            }
        }
        if (labelUntil >= 0) {
            // A lane shows no codes in the left column: each beside its bar, whole or not
            // at all (never cut before its number).
            const int x = x1 + 5;
            if (x + fontMetrics().horizontalAdvance(c.code) + 4 <= labelUntil) {
                p.setPen(c.cancelled() ? pal.color(QPalette::PlaceholderText)
                                       : pal.color(QPalette::Text));
                drawLabel(p, x, top, m_rowHeight, c.code);
            }
        }
    }
}

void TimelineView::paintBlocks(QPainter &p, const std::vector<DayBlock> &blocks, int firstDay,
                               int lastDay, const QRect &row, const QBrush &brush) const
{
    const int top = row.top() + 4;
    const int height = row.height() - 8;
    const bool halves = m_pixelsPerDay >= 20; // a half-day shows as half a block
    auto it = std::lower_bound(blocks.begin(), blocks.end(), firstDay,
                               [](const DayBlock &b, int day) { return b.day < day; });
    for (; it != blocks.end() && it->day <= lastDay; ++it) {
        int x0 = dayX(it->day);
        int x1 = dayX(it->day + 1);
        if (x1 - x0 >= 4) {
            ++x0; // a gap between days where there is room for one
            if (x1 - x0 >= 8)
                --x1;
        }
        if (halves) {
            const int half = (x0 + x1) / 2;
            if (it->slotMask == slotBit(SessionSlot::Morning))
                x1 = half;
            else if (it->slotMask == slotBit(SessionSlot::Afternoon))
                x0 = half;
        }
        p.fillRect(QRect(x0, top, std::max(1, x1 - x0), height), brush);
    }
}

void TimelineView::paintDragLabel(QPainter &p) const
{
    if (!m_drag.active || m_drag.preview.empty())
        return;
    const TimelineCohort &c = m_data.cohorts[std::size_t(m_drag.cohort)];
    const QLocale locale;
    const QDate start = m_firstDay.addDays(m_drag.preview.front().day);
    const QDate end = m_firstDay.addDays(m_drag.preview.back().day);
    const QString dates = QStringLiteral("%1 – %2").arg(
        locale.toString(start, QLocale::ShortFormat), locale.toString(end, QLocale::ShortFormat));
    const QString text =
        m_drag.part == Part::Edge
            ? tr("%1: ends %2 · sessions: %3")
                  .arg(c.code, locale.toString(end, QLocale::ShortFormat))
                  .arg(m_drag.newEnd.isValid()
                           ? int(resizeSessions(c.sessions, m_drag.newEnd, m_calendar).size())
                           : int(c.sessions.size()))
            : tr("%1: %2 working days · %3").arg(c.code, signedNumber(m_drag.workingDays), dates);
    const QFontMetrics fm = fontMetrics();
    const int row = m_rowOfCohort.value(c.id);
    const int top = chartTop() + row * m_rowHeight - verticalScrollBar()->value();
    QRect box(0, 0, fm.horizontalAdvance(text) + 12, fm.height() + 6);
    box.moveLeft(std::clamp(dayX(m_drag.preview.front().day), chartLeft() + 2,
                            std::max(chartLeft() + 2, viewport()->width() - box.width() - 4)));
    // Below the row, or above it at the bottom of the view.
    box.moveTop(top + m_rowHeight + 2);
    if (box.bottom() > viewport()->height() - 2)
        box.moveBottom(top - 2);
    p.setPen(palette().color(QPalette::ToolTipText));
    p.setBrush(palette().color(QPalette::ToolTipBase));
    p.drawRect(box);
    p.drawText(box, Qt::AlignCenter, text);
}

void TimelineView::paintAxis(QPainter &p, int firstDay, int lastDay) const
{
    const QPalette &pal = palette();
    const QLocale locale;
    const QFontMetrics fm = fontMetrics();
    const int band = m_axisHeight / 2;
    const int right = viewport()->width();
    p.save();
    p.setClipRect(QRect(chartLeft(), 0, right - chartLeft(), m_axisHeight));
    p.fillRect(QRect(chartLeft(), 0, right - chartLeft(), m_axisHeight),
               pal.color(QPalette::Window));
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QColor line = withAlpha(text, 70);

    // Band 1: months, their label kept in view while any of the month is.
    std::vector<std::pair<int, int>> monthLabels; // x from, to
    QDate month(m_firstDay.addDays(firstDay).year(), m_firstDay.addDays(firstDay).month(), 1);
    const QDate lastDate = m_firstDay.addDays(lastDay);
    for (; month <= lastDate; month = month.addMonths(1)) {
        const int x0 = dayX(dayIndex(month));
        const int x1 = dayX(dayIndex(month.addMonths(1)));
        p.setPen(line);
        p.drawLine(x0, 0, x0, m_axisHeight);
        const int left = std::max(x0, chartLeft()) + 4;
        const int room = x1 - left - 4;
        const QString candidates[] = {
            QStringLiteral("%1 %2").arg(locale.standaloneMonthName(month.month()),
                                        QString::number(month.year())),
            locale.standaloneMonthName(month.month()),
            locale.standaloneMonthName(month.month(), QLocale::ShortFormat),
            QString::number(month.month()),
        };
        // The year where it changes or at the left; the name alone elsewhere.
        const bool withYear = month.month() == 1 || x0 <= chartLeft();
        for (int i = withYear ? 0 : 1; i < 4; ++i) {
            if (fm.horizontalAdvance(candidates[i]) <= room) {
                p.setPen(text);
                drawLabel(p, left, 0, band, candidates[i]);
                monthLabels.emplace_back(left, left + fm.horizontalAdvance(candidates[i]));
                break;
            }
        }
    }
    // Beside them, the names of holidays (and make-up days) where they fit over their days.
    for (int d = firstDay; d <= lastDay;) {
        const QString name = m_dayNames.value(d);
        int e = d;
        while (e + 1 <= lastDay && !name.isEmpty() && m_dayNames.value(e + 1) == name)
            ++e;
        if (!name.isEmpty()) {
            const int x0 = std::max(dayX(d), chartLeft());
            const int x1 = dayX(e + 1);
            const int width = fm.horizontalAdvance(name);
            const int x = (x0 + x1 - width) / 2;
            const bool free =
                std::none_of(monthLabels.begin(), monthLabels.end(), [&](const auto &m) {
                    return x < m.second + 6 && x + width + 6 > m.first;
                });
            if (width + 8 <= x1 - x0 && free) {
                p.setPen(m_dayKind[std::size_t(d)] == Holiday
                             ? legendColour(Legend::Blocking, pal)
                             : withAlpha(legendColour(Legend::MakeUpDay, pal), 255));
                drawLabel(p, x, 0, band, name);
            }
        }
        d = e + 1;
    }

    // Band 2: weeks or days, as the zoom leaves room for.
    p.setPen(line);
    p.drawLine(chartLeft(), band, right, band);
    int lastRight = chartLeft() - 100;
    const int weekStep =
        m_pixelsPerDay * 7 >= fm.horizontalAdvance(QStringLiteral("52")) + 6 ? 1 : 2;
    for (int d = firstDay; d <= lastDay; ++d) {
        const QDate date = m_firstDay.addDays(d);
        const int x0 = dayX(d);
        const int x1 = dayX(d + 1);
        QString label;
        switch (m_zoom) {
        case Zoom::Year:
            // Every week number, or every other one when they do not fit.
            if (date.dayOfWeek() == 1 && (date.weekNumber() % weekStep == 0 || weekStep == 1))
                label = QString::number(date.weekNumber());
            break;
        case Zoom::Quarter:
            if (date.dayOfWeek() == 1)
                label = QString::number(date.day());
            break;
        case Zoom::Month:
            label = QString::number(date.day());
            break;
        case Zoom::Week: {
            label =
                QStringLiteral("%1 %2").arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                                            locale.toString(date, QStringLiteral("d MMM")));
            break;
        }
        }
        if (label.isEmpty())
            continue;
        const int width = fm.horizontalAdvance(label);
        const bool perDay = m_zoom == Zoom::Month || m_zoom == Zoom::Week;
        const int x = perDay ? (x0 + x1 - width) / 2 : x0 + 2;
        if (x < lastRight + 4)
            continue;
        switch (m_dayKind[std::size_t(d)]) {
        case Holiday:
            p.setPen(legendColour(Legend::Blocking, pal));
            break;
        case MakeUp:
            p.setPen(withAlpha(legendColour(Legend::MakeUpDay, pal), 255));
            break;
        case Weekend:
            p.setPen(muted);
            break;
        default:
            p.setPen(text);
            break;
        }
        drawLabel(p, x, band, band, label);
        lastRight = x + width;
    }
    // Make-up working days and holidays get a mark on the axis at every zoom.
    for (int d = firstDay; d <= lastDay; ++d) {
        const quint8 kind = m_dayKind[std::size_t(d)];
        if (kind != Holiday && kind != MakeUp)
            continue;
        const int x0 = dayX(d);
        const QColor mark = kind == Holiday ? legendColour(Legend::Holiday, pal)
                                            : legendColour(Legend::MakeUpDay, pal);
        p.fillRect(QRect(x0, m_axisHeight - 4, std::max(2, dayX(d + 1) - x0), 4),
                   withAlpha(mark, 255));
    }
    if (m_today.isValid() && dayIndex(m_today) >= firstDay && dayIndex(m_today) <= lastDay) {
        const int x = (dayX(dayIndex(m_today)) + dayX(dayIndex(m_today) + 1)) / 2;
        p.setPen(Qt::NoPen);
        p.setBrush(legendColour(Legend::Today, pal));
        p.setRenderHint(QPainter::Antialiasing);
        const QPoint triangle[] = {
            {x - 5, m_axisHeight - 7}, {x + 5, m_axisHeight - 7}, {x, m_axisHeight}};
        p.drawPolygon(triangle, 3);
        p.setRenderHint(QPainter::Antialiasing, false);
    }
    p.setPen(withAlpha(text, 90));
    p.drawLine(chartLeft(), m_axisHeight - 1, right, m_axisHeight - 1);
    p.restore();
}

void TimelineView::paintLeftColumn(QPainter &p, int firstRow, int lastRow) const
{
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int height = viewport()->height();
    p.save();
    p.setClipRect(QRect(0, 0, chartLeft(), height));
    p.fillRect(QRect(0, 0, chartLeft(), height), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    QFont struck = font();
    struck.setStrikeOut(true);

    p.setClipRect(QRect(0, chartTop(), chartLeft(), height - chartTop()));
    for (int r = firstRow; r <= lastRow; ++r) {
        const Row &row = m_rows[std::size_t(r)];
        const int top = chartTop() + r * m_rowHeight - verticalScrollBar()->value();
        const QRect rect(0, top, chartLeft(), m_rowHeight);
        if (row.cohort < 0) {
            p.fillRect(rect, pal.color(QPalette::Window));
            int x = 8;
            if (row.colour.isValid()) {
                p.fillRect(QRect(x, top + (m_rowHeight - 10) / 2, 10, 10), row.colour);
                x += 16;
            }
            const QString count = QStringLiteral("  (%1)").arg(row.count);
            const int countWidth = fm.horizontalAdvance(count);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::WindowText));
            const QString label =
                boldMetrics.elidedText(row.label, Qt::ElideRight, chartLeft() - x - countWidth - 8);
            p.drawText(QRect(x, top, chartLeft(), m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                       label);
            p.setFont(font());
            p.setPen(muted);
            p.drawText(
                QRect(x + boldMetrics.horizontalAdvance(label), top, countWidth + 4, m_rowHeight),
                Qt::AlignVCenter | Qt::AlignLeft, count);
            p.setPen(withAlpha(text, 40));
            p.drawLine(rect.bottomLeft(), rect.bottomRight());
            continue;
        }
        int shown = row.cohort;
        if (!row.lane.empty()) {
            // A lane names the cohort selected in it, else how many it holds.
            const int selected = m_indexOfCohort.value(m_selected, -1);
            if (std::find(row.lane.begin(), row.lane.end(), selected) == row.lane.end()) {
                p.setPen(muted);
                drawLabel(p, 16, top, m_rowHeight,
                          tr("%n cohort(s)", nullptr, int(row.lane.size())));
                p.setPen(withAlpha(text, 14));
                p.drawLine(rect.bottomLeft(), rect.bottomRight());
                continue;
            }
            shown = selected;
        }
        const TimelineCohort &c = m_data.cohorts[std::size_t(shown)];
        if (c.id == m_selected)
            p.fillRect(rect, pal.color(QPalette::Highlight));
        const bool selected = c.id == m_selected;
        const int x = 16;
        const Label &label = labelOf(shown);
        p.setPen(selected ? pal.color(QPalette::HighlightedText) : (c.cancelled() ? muted : text));
        if (c.cancelled()) {
            p.setFont(struck);
            p.drawText(QRect(x, top, label.codeWidth, m_rowHeight),
                       Qt::AlignVCenter | Qt::AlignLeft, label.code);
            p.setFont(font());
        } else {
            drawLabel(p, x, top, m_rowHeight, label.code);
        }
        if (!label.title.isEmpty()) {
            p.setPen(selected ? pal.color(QPalette::HighlightedText) : muted);
            drawLabel(p, x + label.codeWidth + 8, top, m_rowHeight, label.title);
        }
        p.setPen(withAlpha(text, 14));
        p.drawLine(rect.bottomLeft(), rect.bottomRight());
    }

    // The corner above the column: the year and how many cohorts it has.
    p.setClipRect(QRect(0, 0, chartLeft(), chartTop()));
    p.fillRect(QRect(0, 0, chartLeft(), chartTop()), pal.color(QPalette::Window));
    if (m_data.year > 0) {
        p.setFont(bold);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(8, 0, chartLeft() - 16, m_axisHeight / 2),
                   Qt::AlignVCenter | Qt::AlignLeft, QString::number(m_data.year));
        p.setFont(font());
        p.setPen(muted);
        p.drawText(QRect(8, m_axisHeight / 2, chartLeft() - 16, m_axisHeight / 2),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   tr("Cohorts: %1").arg(QLocale().toString(cohortCount())));
    }
    p.setPen(withAlpha(text, 90));
    p.setClipping(false);
    p.drawLine(0, chartTop() - 1, chartLeft(), chartTop() - 1);
    p.drawLine(chartLeft() - 1, 0, chartLeft() - 1, height);
    p.restore();
}

// ---- Text: laid out once, drawn many times

const TimelineView::Label &TimelineView::labelOf(int cohort) const
{
    if (m_labels.size() != m_data.cohorts.size())
        m_labels.assign(m_data.cohorts.size(), {});
    Label &label = m_labels[std::size_t(cohort)];
    if (!label.valid) {
        const TimelineCohort &c = m_data.cohorts[std::size_t(cohort)];
        const QFontMetrics fm = fontMetrics();
        const int x = 16;
        label.codeWidth = std::min(fm.horizontalAdvance(c.code), chartLeft() - x - 8);
        label.code = fm.elidedText(c.code, Qt::ElideRight, label.codeWidth);
        const int room = chartLeft() - (x + label.codeWidth + 8) - 6;
        label.title = room > 20 ? fm.elidedText(localizedName(c.courseTitle, c.courseTitleZh),
                                                Qt::ElideRight, room)
                                : QString();
        label.valid = true;
    }
    return label;
}

void TimelineView::drawLabel(QPainter &p, int x, int top, int height, const QString &text) const
{
    auto it = m_texts.find(text);
    if (it == m_texts.end()) {
        if (m_texts.size() > 4000)
            m_texts.clear();
        QStaticText staticText(text);
        staticText.setTextFormat(Qt::PlainText);
        staticText.prepare(QTransform(), font());
        it = m_texts.insert(text, staticText);
    }
    p.drawStaticText(QPointF(x, top + (height - fontMetrics().height()) / 2.0), *it);
}

void TimelineView::invalidateText()
{
    m_labels.clear();
    m_texts.clear();
}

// ---- Tooltips

QString TimelineView::tooltipFor(int cohort) const
{
    const TimelineCohort &c = m_data.cohorts[std::size_t(cohort)];
    const QLocale locale;
    QStringList instructors;
    for (const TimelineInstructor &i : c.instructors)
        instructors << QStringLiteral("%1 (%2)").arg(i.name.toHtmlEscaped(), displayName(i.role));
    QString venue = c.venueId == 0 ? tr("None") : c.venueName;
    if (!c.venueDistrict.isEmpty())
        venue += QStringLiteral(", ") + c.venueDistrict;
    const auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right:8px\">%1</td><td>%2</td></tr>")
            .arg(label, value);
    };
    QString html = QStringLiteral("<b>%1</b>").arg(c.code.toHtmlEscaped());
    if (c.cancelled())
        html += QStringLiteral(" — %1").arg(displayName(c.status));
    html += QStringLiteral("<table>");
    html += line(tr("Course"), QStringLiteral("%1 %2")
                                   .arg(c.courseCode, localizedName(c.courseTitle, c.courseTitleZh))
                                   .toHtmlEscaped());
    html += line(tr("Track"), localizedName(c.trackName, c.trackNameZh).toHtmlEscaped());
    html += line(tr("Venue"),
                 QStringLiteral("%1 (%2)").arg(venue.toHtmlEscaped(), displayName(c.mode)));
    html += line(tr("Instructors"),
                 instructors.isEmpty() ? tr("None") : instructors.join(QStringLiteral("<br>")));
    html += line(tr("Seats"), tr("%1 enrolled of %2").arg(c.enrolled).arg(c.capacity));
    html += line(tr("Dates"),
                 QStringLiteral("%1 – %2").arg(locale.toString(c.start(), QLocale::ShortFormat),
                                               locale.toString(c.end(), QLocale::ShortFormat)));
    html += line(tr("Sessions"), QString::number(c.sessions.size()));
    html += line(tr("Status"), displayName(c.status));
    if (const int severity = m_conflicts.value(c.id, 0); severity > 0)
        html += line(tr("Conflicts"), severity >= 2 ? tr("blocking (see the Conflicts page)")
                                                    : tr("warnings (see the Conflicts page)"));
    return html + QStringLiteral("</table>");
}

QString TimelineView::axisTooltip(QDate date) const
{
    const QLocale locale;
    QString text = locale.toString(date, QLocale::LongFormat);
    text += QStringLiteral(" · ") + tr("week %1").arg(date.weekNumber());
    if (const QString name = calendarName(date); !name.isEmpty()) {
        const CalendarDayKind kind =
            m_calendar.isHoliday(date) ? CalendarDayKind::Holiday : CalendarDayKind::Workday;
        text += QStringLiteral("\n%1: %2").arg(displayName(kind), name);
    }
    return text;
}

QString TimelineView::calendarName(QDate date) const
{
    return m_dayNames.value(dayIndex(date));
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint pos = help->pos();
        if (pos.y() < chartTop() && pos.x() >= chartLeft() && m_dayCount > 0) {
            const QDate date = dateAt(pos.x());
            if (dayIndex(date) >= 0 && dayIndex(date) < m_dayCount) {
                QToolTip::showText(help->globalPos(), axisTooltip(date), viewport());
                return true;
            }
        }
        const Hit hit = hitTest(pos);
        if (hit.cohort >= 0 && (pos.x() < chartLeft() || hit.part != Part::None)) {
            QToolTip::showText(help->globalPos(), tooltipFor(hit.cohort), viewport());
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// ---- Interaction

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const Hit hit = hitTest(pos);
    if (hit.cohort >= 0)
        selectIndex(hit.cohort);
    if (hit.part != Part::None && !m_data.cohorts[std::size_t(hit.cohort)].sessions.empty()) {
        m_drag = {};
        m_drag.cohort = hit.cohort;
        m_drag.part = hit.part;
        m_drag.pressPos = pos;
        m_drag.pressDate = dateAt(pos.x());
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.cohort >= 0 && (event->buttons() & Qt::LeftButton)) {
        if (!m_drag.active &&
            (pos - m_drag.pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_drag.active = true;
            viewport()->setCursor(m_drag.part == Part::Edge ? Qt::SizeHorCursor
                                                            : Qt::ClosedHandCursor);
        }
        if (m_drag.active)
            updateDrag(pos);
        event->accept();
        return;
    }
    const Hit hit = hitTest(pos);
    switch (hit.part) {
    case Part::Edge:
        viewport()->setCursor(Qt::SizeHorCursor);
        break;
    case Part::Body:
        viewport()->setCursor(Qt::OpenHandCursor);
        break;
    case Part::None:
        viewport()->unsetCursor();
        break;
    }
}

void TimelineView::updateDrag(QPoint pos)
{
    const TimelineCohort &c = m_data.cohorts[std::size_t(m_drag.cohort)];
    if (m_drag.part == Part::Body) {
        m_drag.workingDays = workingDayOffset(m_drag.pressDate, dateAt(pos.x()), m_calendar);
        m_drag.preview = blocksOf(shiftSessions(c.sessions, m_drag.workingDays, m_calendar));
    } else {
        // The column boundary nearest the mouse becomes the cohort's right edge.
        const int boundary = int(
            std::lround((pos.x() - chartLeft() + horizontalScrollBar()->value()) / m_pixelsPerDay));
        const QDate target = std::max(m_firstDay.addDays(boundary - 1), c.start());
        const std::vector<Session> resized = resizeSessions(c.sessions, target, m_calendar);
        m_drag.newEnd = resized.back().date;
        m_drag.preview = blocksOf(resized);
    }
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag.cohort < 0) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    cancelDrag();
    event->accept();
    if (!drag.active)
        return;
    const TimelineCohort &c = m_data.cohorts[std::size_t(drag.cohort)];
    if (drag.part == Part::Body && drag.workingDays != 0)
        emit moveRequested(c.id, drag.workingDays);
    else if (drag.part == Part::Edge && drag.newEnd.isValid() && drag.newEnd != c.end())
        emit resizeRequested(c.id, drag.newEnd);
}

void TimelineView::cancelDrag()
{
    const bool wasActive = m_drag.active;
    m_drag = {};
    viewport()->unsetCursor();
    if (wasActive)
        viewport()->update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit hit = hitTest(event->position().toPoint());
    if (event->button() == Qt::LeftButton && hit.cohort >= 0) {
        cancelDrag();
        selectIndex(hit.cohort);
        emit cohortActivated(m_data.cohorts[std::size_t(hit.cohort)].id);
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag.cohort >= 0) {
            cancelDrag();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // The previous or next cohort in display order (row by row, a lane by start).
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        const auto at =
            std::find(m_order.begin(), m_order.end(), m_indexOfCohort.value(m_selected, -1));
        int next = at == m_order.end() ? (step > 0 ? 0 : int(m_order.size()) - 1)
                                       : int(at - m_order.begin()) + step;
        next = std::clamp(next, 0, int(m_order.size()) - 1);
        if (!m_order.empty())
            selectCohort(m_data.cohorts[std::size_t(m_order[std::size_t(next)])].id);
        event->accept();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected != 0) {
            emit cohortActivated(m_selected);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if ((event->modifiers() & Qt::AltModifier) && m_selected != 0) {
            emit moveRequested(m_selected, event->key() == Qt::Key_Left ? -1 : 1);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    event->accept();
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    const int next =
        std::clamp(int(m_zoom) + (delta > 0 ? 1 : -1), int(Zoom::Year), int(Zoom::Week));
    if (next == int(m_zoom))
        return;
    // The date under the mouse stays under it.
    const int x = std::max(chartLeft(), int(event->position().x()));
    const QDate anchor = dateAt(x);
    setZoom(Zoom(next));
    if (anchor.isValid())
        horizontalScrollBar()->setValue(int(std::ceil(dayIndex(anchor) * m_pixelsPerDay)) -
                                        (x - chartLeft()));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const QDate left = dateAt(chartLeft());
    updateLayout(left);
}

void TimelineView::scrollContentsBy(int, int)
{
    // The axis and the left column stay; everything is painted from the scroll values.
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateLayout(dateAt(chartLeft()));
}

} // namespace Planner

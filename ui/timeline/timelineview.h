// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/timelinedata.h"
#include "domain/workcalendar.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QStaticText>

#include <vector>

namespace Planner {

// A Gantt-style view of one year's cohorts: a fixed left column with group headers and
// cohort codes, a date axis on top, a row per cohort (grouped by track) or, grouped by
// venue or lead instructor, cohorts packed into lanes so that a venue's or an instructor's
// year reads as one band with its gaps (codes beside the bars), with a block per teaching day in
// its track's colour, weekends, public holidays and make-up working days shaded, and a
// line at today. Dragging a cohort's body previews it moved by working days; dragging its
// right edge previews it made longer or shorter. The view only asks (moveRequested,
// resizeRequested): whoever owns the plan decides and reloads the view.
//
// Painting covers the visible rows and days only, so that a year of several hundred
// cohorts repaints in a few milliseconds at any zoom.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Grouping { Track, Venue, Instructor };
    enum class Zoom { Year, Quarter, Month, Week };
    // The colours the view paints with, for the page's legend.
    enum class Legend { Weekend, Holiday, MakeUpDay, Today, Warning, Blocking };

    explicit TimelineView(QWidget *parent = nullptr);

    // Replaces the cohorts and calendar. Keeps the selection, grouping, zoom and scroll
    // position where they still apply.
    void setData(TimelineData data);
    const TimelineData &data() const { return m_data; }

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setZoom(Zoom zoom);
    Zoom zoom() const { return m_zoom; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    // Scrolls so that date shows a little right of the left column.
    void scrollToDate(QDate date);
    // Scrolls to today's column and to today's rows: the first cohort (in display order)
    // still running on or starting after today at the top.
    void showToday();
    // Per cohort, the worst severity of its conflicts: 1 warning, 2 blocking.
    void setConflictMarks(QHash<qint64, int> severityByCohort);
    // Selects the cohort (0: none) and scrolls it into view.
    void selectCohort(qint64 cohortId);
    qint64 selectedCohort() const { return m_selected; }
    // The date the today line is drawn at (default: the current date).
    void setToday(QDate today);

    // Rows: group headers and cohorts (or lanes of cohorts), in display order.
    int rowCount() const { return int(m_rows.size()); }
    // Whether cohorts share rows (lanes): grouped by venue or by lead instructor.
    bool packed() const { return m_grouping != Grouping::Track; }
    int groupCount() const;
    int cohortCount() const { return int(m_data.cohorts.size()); }
    // The label of the group header row the cohort sits under.
    QString groupOf(qint64 cohortId) const;
    // Where the cohort's span (first to last session day) is, in viewport coordinates;
    // an empty rectangle when it has no row.
    QRect cohortRect(qint64 cohortId) const;
    // The viewport x of the left edge of date's column, and the date at a viewport x.
    int xForDate(QDate date) const;
    QDate dateAt(int x) const;
    bool isDragging() const { return m_drag.active; }

    static QColor legendColour(Legend item, const QPalette &palette);

signals:
    void cohortActivated(qint64 cohortId);
    void moveRequested(qint64 cohortId, int workingDays);
    void resizeRequested(qint64 cohortId, QDate newEnd);
    void selectionChanged(qint64 cohortId);
    void zoomChanged(Planner::TimelineView::Zoom zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        int cohort = -1;       // index into m_data.cohorts (a lane's first); -1 for a group header
        QString label;         // group headers
        QColor colour;         // group headers: the track's colour, if any
        int count = 0;         // group headers: cohorts in the group
        std::vector<int> lane; // packed rows: the cohorts sharing it, by start
    };
    // The teaching days of a cohort: day index from m_firstDay and the slots taught.
    struct DayBlock
    {
        int day = 0;
        quint8 slotMask = 0; // bit per SessionSlot
    };
    // A cohort's text in the left column, elided to fit.
    struct Label
    {
        QString code;
        int codeWidth = 0;
        QString title;
        bool valid = false;
    };
    enum class Part { None, Body, Edge };
    struct Hit
    {
        int row = -1;
        int cohort = -1;
        Part part = Part::None;
    };
    struct Drag
    {
        int cohort = -1;
        Part part = Part::None;
        QPoint pressPos;
        QDate pressDate;
        bool active = false; // moved far enough to be a drag
        int workingDays = 0;
        QDate newEnd;
        std::vector<DayBlock> preview;
    };

    void rebuildRows();
    void updateLayout(QDate keepAtLeft = {});
    void updateScrollBars();
    void cancelDrag();
    void updateDrag(QPoint pos);
    void ensureRowVisible(int row);
    int rowAt(int y) const;
    // The cohorts a row shows: its lane, or its one cohort.
    std::vector<int> cohortsOf(const Row &row) const;
    // Selects the cohort (an index into m_data.cohorts) and brings its row into view.
    void selectIndex(int cohort);
    Hit hitTest(QPoint pos) const;
    int dayIndex(QDate date) const { return int(m_firstDay.daysTo(date)); }
    int dayX(int day) const; // viewport x of the left edge of day index
    int chartLeft() const { return m_leftWidth; }
    int chartTop() const { return m_axisHeight; }
    std::vector<DayBlock> blocksOf(const std::vector<Session> &sessions) const;
    QString tooltipFor(int cohort) const;
    QString axisTooltip(QDate date) const;
    // The holiday's or make-up day's name at date, in the UI's language, or empty.
    QString calendarName(QDate date) const;

    const Label &labelOf(int cohort) const;
    // Draws text in the view's font at x, centred in [top, top + height), from a cache
    // of laid-out texts: shaping text again on every repaint costs more than the rest.
    void drawLabel(QPainter &p, int x, int top, int height, const QString &text) const;
    void invalidateText();

    void paintDays(QPainter &p, int firstDay, int lastDay, int bottom) const;
    void paintRows(QPainter &p, int firstRow, int lastRow, int firstDay, int lastDay) const;
    void paintBlocks(QPainter &p, const std::vector<DayBlock> &blocks, int firstDay, int lastDay,
                     const QRect &row, const QBrush &brush) const;
    // One cohort's span, blocks, marks and drag preview in its row; in a lane
    // (labelUntil >= 0) with its code after the bar if it fits before labelUntil.
    void paintCohort(QPainter &p, int cohort, const QRect &rowRect, int firstDay, int lastDay,
                     int labelUntil) const;
    void paintDragLabel(QPainter &p) const;
    void paintAxis(QPainter &p, int firstDay, int lastDay) const;
    void paintLeftColumn(QPainter &p, int firstRow, int lastRow) const;

    TimelineData m_data;
    WorkCalendar m_calendar;
    std::vector<std::vector<DayBlock>> m_blocks; // per cohort
    std::vector<quint8> m_dayKind;               // per day index: see DayKind in the .cpp
    QHash<int, QString> m_dayNames;              // holidays and make-up days by day index
    mutable std::vector<Label> m_labels;         // per cohort, made when first painted
    mutable QHash<QString, QStaticText> m_texts;
    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowOfCohort;
    QHash<qint64, int> m_indexOfCohort; // id -> index into m_data.cohorts
    std::vector<int> m_order;           // cohort indices in display order (the arrow keys)
    QHash<qint64, int> m_conflicts;
    QDate m_firstDay;
    int m_dayCount = 0;
    QDate m_today;
    Grouping m_grouping = Grouping::Track;
    Zoom m_zoom = Zoom::Year;
    double m_pixelsPerDay = 3.0;
    int m_leftWidth = 260;
    int m_axisHeight = 44;
    int m_rowHeight = 24;
    qint64 m_selected = 0;
    Drag m_drag;
};

} // namespace Planner

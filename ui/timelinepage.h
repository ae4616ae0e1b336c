// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineview.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace Planner {

class PlanSession;

// The Timeline page: one year of cohorts as a Gantt chart (TimelineView) with a year,
// grouping and zoom selector, a Today button and a legend. Loads the year off the GUI
// thread. Moving and resizing cohorts is only asked for here (moveRequested,
// resizeRequested): the window turns those into edits.
class TimelinePage final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(PlanSession *session, QWidget *parent = nullptr);

    // Reloads the next time the page is shown (or now, if it is visible).
    void markStale();
    // Reloads the year shown (or, the first time, this year or the plan's nearest).
    void reload();
    bool isLoaded() const { return m_loaded; }
    int year() const { return m_view->data().year; }
    void setYear(int year);
    void setConflictMarks(QHash<qint64, int> severityByCohort);
    // The cohort's sessions as the page shows them (what a drag moves), or none.
    std::optional<std::vector<Session>> shownSessions(qint64 cohortId) const;

    TimelineView *view() const { return m_view; }
    QComboBox *yearSelector() const { return m_year; }
    QComboBox *groupingSelector() const { return m_grouping; }
    QComboBox *zoomSelector() const { return m_zoom; }

signals:
    // The year's cohorts are in the view.
    void loaded();
    void cohortActivated(qint64 cohortId);
    void moveRequested(qint64 cohortId, int workingDays);
    void resizeRequested(qint64 cohortId, QDate newEnd);
    // The banner of a year without its work calendar asks for File ▸ Import Work Calendar….
    void importCalendarRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Loaded;
    void showLoaded(Loaded result);
    void goToToday();
    QWidget *createLegend();

    PlanSession *m_session;
    TimelineView *m_view;
    QComboBox *m_year;
    QComboBox *m_grouping;
    QComboBox *m_zoom;
    QToolButton *m_today;
    QLabel *m_status;
    QLabel *m_calendarBanner; // a year without its work calendar
    int m_requestedYear = 0;  // 0: this year, or the plan's nearest
    quint64 m_request = 0;
    quint64 m_shownRequest = 0; // the request whose year is shown
    bool m_stale = true;
    bool m_loaded = false;
};

} // namespace Planner

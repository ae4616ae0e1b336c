// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/planviews.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QListWidget;

namespace Planner {

class PlanSession;

// Beside the instructor table: the chosen instructor's month calendar (sessions in their
// track's colour, leave, public holidays, make-up workdays), the selected day's sessions,
// and teaching days against the weekly, monthly and yearly limits.
class InstructorDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit InstructorDetail(PlanSession *session, QWidget *parent = nullptr);

    // Loads the instructor's schedule off the GUI thread; 0 clears the panel.
    void showInstructor(qint64 instructorId);
    QCalendarWidget *calendar() const { return m_calendar; }
    QString loadText() const;
    QStringList dayEntries() const;
    const InstructorSchedule &schedule() const { return m_schedule; }

signals:
    void scheduleShown();

private:
    void showSchedule();
    void showDay(QDate date);

    PlanSession *m_session;
    InstructorSchedule m_schedule;
    quint64 m_request = 0;
    QLabel *m_name;
    QCalendarWidget *m_calendar;
    QLabel *m_legend;
    QLabel *m_load;
    QListWidget *m_day;
};

} // namespace Planner

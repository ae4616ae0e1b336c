// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cohort.h"
#include "domain/workcalendar.h"
#include "planning/cohortfactory.h"

#include <QWidget>

#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Planner {

// A cohort's sessions as a table (date with a calendar popup, time of day), with buttons
// to add the next teaching day of the pattern, remove the selected sessions, and lay all
// of them out again from a start date. Shows the first and last date and the number of
// teaching days as they change. Keeps each session's id, so that saving updates it.
class SessionsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsEditor(QWidget *parent = nullptr);

    void setCalendar(const WorkCalendar &calendar);
    // The pattern Add and Lay out follow (the course's).
    void setPattern(const SessionPattern &pattern);
    const SessionPattern &pattern() const { return m_pattern; }

    void setSessions(const std::vector<Session> &sessions);
    // The rows as sessions, in table order, cohortId 0.
    std::vector<Session> sessions() const;

    // Replaces the sessions by the pattern's, from start.
    void layOut(QDate start);
    // Appends a teaching day: the next pattern day after the last session.
    void addDay();
    void removeSelected();

    // Selects the first row whose date the text mentions (an error message), if any.
    void selectRowMentioned(const QString &text);

    QTableWidget *table() const { return m_table; }
    QDateEdit *layOutStart() const { return m_start; }
    QString summary() const;

signals:
    void changed();

private:
    enum Column { Date, Slot, ColumnCount };

    void appendRow(const Session &session);
    void updateSummary();

    WorkCalendar m_calendar;
    SessionPattern m_pattern;
    QTableWidget *m_table;
    QDateEdit *m_start;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_layOut;
    QLabel *m_summary;
    bool m_filling = false;
};

} // namespace Planner

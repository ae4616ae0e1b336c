// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planedits.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Planner {

// Plan ▸ New Planning Year…: the year and a growth of the targets; shows, as they change,
// the targets the year gets (from the latest earlier year with targets), whether the plan
// has the year's work calendar (with the way to import it) and the qualifications that
// lapse in it. The window applies PlanEdits::newPlanningYear with the answer.
class NewYearDialog final : public QDialog
{
    Q_OBJECT

public:
    NewYearDialog(const PlanEdits &edits, QWidget *parent = nullptr);

    int year() const;
    double growthPercent() const;

signals:
    // "Import Work Calendar…" was clicked: the window opens the calendar import.
    void importCalendarRequested();

private:
    void refresh();

    const PlanEdits &m_edits;
    QSpinBox *m_year;
    QDoubleSpinBox *m_growth;
    QLabel *m_targetsLabel;
    QTableWidget *m_targets;
    QLabel *m_calendar;
    QPushButton *m_importCalendar;
    QLabel *m_lapsingLabel;
    QTableWidget *m_lapsing;
    QLabel *m_problem;
    QPushButton *m_create;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/planviews.h"

#include <QFrame>

#include <vector>

class QLabel;
class QPushButton;

namespace Planner {

// Shown in place of the dashboard while a plan has no cohort yet: the steps that set a plan up, in
// order, each ticked once the plan has what it asks for, each with the button that does
// it. Instead of an empty chart and "0 of the target of 0".
class FirstSteps final : public QFrame
{
    Q_OBJECT

public:
    enum class Step { Courses, Venues, Instructors, Calendar, Targets, Cohorts, Import };

    explicit FirstSteps(QWidget *parent = nullptr);

    // Ticks the steps done in a plan with these counts; hides itself once it has cohorts.
    void showCounts(const PlanCounts &counts);
    bool isDone(Step step) const;
    QPushButton *button(Step step) const;

signals:
    void stepChosen(Step step);

private:
    struct Row
    {
        Step step;
        QLabel *mark = nullptr;
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
        bool done = false;
    };
    std::vector<Row> m_rows;
};

} // namespace Planner

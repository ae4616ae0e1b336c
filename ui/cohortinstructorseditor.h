// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cohort.h"
#include "domain/instructor.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

namespace Planner {

class ComboItemDelegate;

// Who teaches a cohort: a table of instructor, role (lead or assistant) and whether
// automatic assignment must keep them, with Add and Remove. A widget of its own so that
// ranked candidates (who is qualified and free) can be added beside it.
class CohortInstructorsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CohortInstructorsEditor(QWidget *parent = nullptr);

    // The instructors to choose from, in the order given.
    void setInstructors(const std::vector<Instructor> &instructors);
    void setAssignments(const std::vector<CohortInstructor> &assignments);
    // The rows as assignments, cohortId 0.
    std::vector<CohortInstructor> assignments() const;

    // Adds instructorId (the first instructor not yet listed when 0): as lead when the
    // cohort has none yet, else as assistant.
    void addInstructor(Id instructorId = 0);
    void removeSelected();

    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    enum Column { Name, Role, Locked, ColumnCount };

    void appendRow(const CohortInstructor &assignment);

    std::vector<Instructor> m_instructors;
    ComboItemDelegate *m_instructorDelegate = nullptr;
    ComboItemDelegate *m_roleDelegate;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Planner

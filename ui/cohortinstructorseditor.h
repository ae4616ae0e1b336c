// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assigndialog.h"

#include "domain/cohort.h"
#include "domain/instructor.h"

#include <QHash>
#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

namespace Planner {

class ComboItemDelegate;

// Who teaches a cohort: a table of instructor, role (lead or assistant) and whether
// automatic assignment must keep them, with Assign (ranked candidates: who is qualified,
// free and under their limits), Add and Remove.
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

    // Where "Assign…" gets its ranked candidates; without one the button is hidden.
    void setRanking(const QString &cohortCode, AssignDialog::Ranking ranking);
    void setCohortCode(const QString &cohortCode) { m_cohortCode = cohortCode; }
    // Opens the candidate picker and adds (or changes the role of) the one chosen.
    void assign();
    // Adds instructorId in role as the picker does (a new lead makes the old one an
    // assistant), remembering reason for accepting its warnings.
    void addAssignment(Id instructorId, InstructorRole role, const QString &reason = {});
    // The reasons given for assigning instructors despite warnings, one line each, for
    // the audit log; empty when none was needed.
    QString overrideReason() const;
    QPushButton *assignButton() const { return m_assign; }

    QTableWidget *table() const { return m_table; }

signals:
    void changed();
    // Emitted before the picker opens; tests answer the dialog through it.
    void assignDialogOpened(Planner::AssignDialog *dialog);

private:
    enum Column { Name, Role, Locked, ColumnCount };

    void appendRow(const CohortInstructor &assignment);

    std::vector<Instructor> m_instructors;
    ComboItemDelegate *m_instructorDelegate = nullptr;
    ComboItemDelegate *m_roleDelegate;
    QTableWidget *m_table;
    QString m_cohortCode;
    AssignDialog::Ranking m_ranking;
    QHash<Id, QString> m_reasons; // instructor -> why their warnings were accepted
    QPushButton *m_assign;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Planner

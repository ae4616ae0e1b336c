// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/candidateranker.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Planner {

// Picks an instructor for a cohort from the candidates ranked best first, each with an
// icon for its status and the reasons the rules give. A blocked candidate cannot be
// chosen (OK stays disabled, the explanation shows); one with warnings needs a reason,
// which goes to the audit log with the edit. The ranking comes from the caller.
class AssignDialog final : public QDialog
{
    Q_OBJECT

public:
    using Ranking = std::function<std::vector<Candidate>(InstructorRole role)>;

    AssignDialog(const QString &cohortCode, Ranking ranking, QWidget *parent = nullptr);

    void setRole(InstructorRole role);
    InstructorRole role() const;
    // The chosen candidate (nullptr when none is selected).
    const Candidate *chosen() const;
    Id instructorId() const;
    QString reason() const;

    QTreeWidget *list() const { return m_list; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *explanation() const { return m_explanation; }
    bool selectInstructor(Id instructorId);
    // Says why this assignment is out of the ordinary (a cohort already completed) and asks
    // a reason for any choice, as for a warning: nothing is staffed silently.
    void requireReason(const QString &notice);
    QLabel *notice() const { return m_notice; }

    static QIcon statusIcon(Candidate::Status status);

private:
    enum Column { Name, Status, Load, District, Reasons, ColumnCount };

    void rank();
    void updateState();

    Ranking m_ranking;
    std::vector<Candidate> m_candidates;
    QComboBox *m_role;
    QTreeWidget *m_list;
    QLabel *m_explanation;
    QLabel *m_notice;
    bool m_reasonRequired = false;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace Planner

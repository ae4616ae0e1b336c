// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/planviews.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Planner {

class EditController;
class PlanSession;
class RosterModel;

// Beside the cohort table: the chosen cohort's roster. The trainees holding seats (seat
// count against capacity) and its ordered waitlist, with the actions on them: enroll
// trainees (a searchable picker), withdraw, transfer, mark completed or failed, move up or
// down the waitlist, certify the completed ones (level and date), and scores or attendance pasted
// as a column from a spreadsheet (Ctrl+V onto the selected rows). Every action is one undo step; a
// refusal is shown under the tables and changes nothing.
class RosterPanel final : public QWidget
{
    Q_OBJECT

public:
    RosterPanel(PlanSession *session, EditController *edits, QWidget *parent = nullptr);

    // Loads the cohort's roster off the GUI thread; 0 clears the panel.
    void showCohort(qint64 cohortId);
    qint64 cohortId() const { return m_cohortId; }
    const CohortRoster &roster() const { return m_roster; }

    // Pastes text (one value a line) onto the selected rows of the seats table, into its
    // current column (Score or Attendance).
    void paste(const QString &text);

    QTableView *seatsView() const { return m_seatsView; }
    QTableView *waitlistView() const { return m_waitlistView; }
    RosterModel *seats() const { return m_seats; }
    RosterModel *waitlist() const { return m_waitlist; }
    QString seatText() const;
    // The last refusal shown (empty after an action that worked).
    QString message() const;

signals:
    void rosterShown();

private:
    void reload();
    void showRoster();
    void updateButtons();
    void report(const QString &refusal);
    QList<qint64> selectedIds(QTableView *view) const;
    void setStatus(int status);
    // The selected seat holders who completed the cohort: the ones a certificate is for.
    QList<qint64> selectedCompleted() const;
    // The enrollments with these ids as the roster shows them: what an edit of them is
    // made over (PlanEdits::overShown).
    std::vector<Enrollment> shown(const QList<qint64> &ids) const;
    void certify();
    void moveOnWaitlist(int delta);

    PlanSession *m_session;
    EditController *m_edits;
    qint64 m_cohortId = 0;
    quint64 m_request = 0;
    quint64 m_shownRequest = 0; // the request whose roster is shown
    CohortRoster m_roster;
    QLabel *m_title;
    QLabel *m_seatCount;
    RosterModel *m_seats;
    RosterModel *m_waitlist;
    QTableView *m_seatsView;
    QTableView *m_waitlistView;
    QLabel *m_waitlistTitle;
    QLabel *m_message;
    QPushButton *m_enroll;
    QPushButton *m_withdraw;
    QPushButton *m_transfer;
    QPushButton *m_completed;
    QPushButton *m_failed;
    QPushButton *m_certify;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace Planner

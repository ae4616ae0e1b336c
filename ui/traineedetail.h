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
class TraineeHistoryModel;

// Beside the trainee table: the chosen trainee's history across cohorts (cohort, course,
// track, dates, status, attendance, score, certificate) and their certificates, with the
// actions Enroll in Cohort…, Withdraw and Transfer… on the selected enrollments.
class TraineeDetail final : public QWidget
{
    Q_OBJECT

public:
    TraineeDetail(PlanSession *session, EditController *edits, QWidget *parent = nullptr);

    // Loads the trainee's history off the GUI thread; 0 clears the panel.
    void showTrainee(qint64 traineeId);
    const TraineeHistory &history() const { return m_history; }
    TraineeHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString certificatesText() const;
    QString message() const;

signals:
    void historyShown();

private:
    void reload();
    void showHistory();
    void updateButtons();
    void report(const QString &refusal);
    QList<qint64> selectedIds() const;
    // The enrollments with these ids as the history shows them (PlanEdits::overShown).
    std::vector<Enrollment> shownHistory(const QList<qint64> &ids) const;

    PlanSession *m_session;
    EditController *m_edits;
    qint64 m_traineeId = 0;
    quint64 m_request = 0;
    quint64 m_shownRequest = 0; // the request whose history is shown
    TraineeHistory m_history;
    QLabel *m_name;
    QLabel *m_details;
    TraineeHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_certificates;
    QLabel *m_message;
    QPushButton *m_enroll;
    QPushButton *m_withdraw;
    QPushButton *m_transfer;
    QPushButton *m_reveal;
};

} // namespace Planner

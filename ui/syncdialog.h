// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/plansession.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Planner {

// File ▸ Synchronise with Server…: sends the changes made in a checked-out plan to its
// server and brings the plan up to date with everyone else's (ServerSync). Says where the
// plan came from and how many changes wait; runs the sync off the GUI thread. When
// records were changed on both sides (or deleted on one, or a rule would break), nothing
// is written anywhere: the conflicts are listed, each with both versions, to be chosen
// one by one or all at once, and Synchronise runs again with the choices.
class SyncDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SyncDialog(PlanSession *session, QWidget *parent = nullptr);

    QLineEdit *passwordField() const { return m_password; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *allMineButton() const { return m_allMine; }
    QPushButton *allTheirsButton() const { return m_allTheirs; }
    QTableWidget *conflictTable() const { return m_conflicts; }
    QTableWidget *fieldTable() const { return m_fields; }
    QLabel *resultLabel() const { return m_result; }
    // The last sync's report, once one has run.
    const std::optional<ServerSync::Report> &report() const { return m_report; }
    // Chooses for the conflict in row (as the row's list does).
    void choose(int row, ServerSync::Choice choice);
    // Shows a sync's outcome: what was sent and received, or the conflicts to choose, or
    // why it could not run.
    void showReport(const Result<ServerSync::Report> &result);

signals:
    // A sync ended (its report shown, or its problem).
    void synchronised();

private:
    void start();
    void showFields(int row);
    void updateButtons();
    void describeCheckout(int pending);

    PlanSession *m_session;
    QLabel *m_about;
    QLineEdit *m_password;
    QLabel *m_result;
    QTableWidget *m_conflicts;
    QTableWidget *m_fields;
    QPushButton *m_allMine;
    QPushButton *m_allTheirs;
    QPushButton *m_sync;
    QPushButton *m_close;
    ServerSync::Choices m_choices;
    std::optional<ServerSync::Report> m_report;
    bool m_running = false;
};

} // namespace Planner

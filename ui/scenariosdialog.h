// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace Planner {

class ScenarioListModel;

// File ▸ Scenarios…: the what-if copies of a plan (ScenarioStore), to create from the plan
// or the scenario open, open, rename, delete, and make the plan. Copying and checking the
// files run on a worker thread; the window says what it is doing meanwhile.
class ScenariosDialog final : public QDialog
{
    Q_OBJECT

public:
    // planPath: the plan the scenarios belong to; openPath: the file open in the window
    // (the plan or one of its scenarios), the source of New.
    ScenariosDialog(const QString &planPath, const QString &openPath, QWidget *parent = nullptr);

    ScenarioListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *promoteButton() const { return m_promote; }
    QPushButton *compareButton() const { return m_compareButton; }
    QLabel *status() const { return m_status; }
    bool isBusy() const;
    // Selects the scenario named name (after a reload, when it is in).
    void select(const QString &name);

    // For tests: the name New, Rename and Make the Plan would ask for, or confirm.
    void
    setAnswers(std::function<QString(const QString &question, const QString &suggestion)> askName,
               std::function<bool(const QString &question)> confirm);

    // Creates a scenario named name from the open file, on a worker thread.
    void createScenario(const QString &name);

signals:
    // Open this scenario (or the plan) in the window.
    void openRequested(const QString &path);
    // Make this scenario the plan: the window closes what it has open first.
    void promoteRequested(const QString &name);

private:
    void updateButtons();
    QString selectedName() const;
    void rename();
    void remove();
    // Says what is being done until the model is done, then selects selectAfter.
    void started(const QString &what, const QString &selectAfter);

    QString m_planPath;
    QString m_openPath;
    ScenarioListModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_promote;
    QPushButton *m_compareButton;
    QString m_pendingSelection;
    std::function<QString(const QString &, const QString &)> m_askName;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace Planner

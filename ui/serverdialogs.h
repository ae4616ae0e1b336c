// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planeditor.h"
#include "items/plansession.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Planner {

// File ▸ Open Server Plan…: where a team's plan is (a postgresql:// address), the
// person's login and password. The password is kept in memory for this session, and in
// the system's keychain when the person asks for it (MainWindow does the keeping).
class OpenServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OpenServerDialog(QWidget *parent = nullptr);

    // Fills the fields from an address (a recent plan), with why it could not be opened.
    void setAddress(const QString &url, const QString &problem = {});
    // The address as entered, with the login and password given in their own fields.
    Result<ServerAddress> address() const;
    bool readOnly() const;
    // Whether the password is to be kept in the system's keychain.
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // Shows why the server refused, and keeps the dialog open to try again.
    void showProblem(const QString &problem);

    QLineEdit *urlField() const { return m_url; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }

private:
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_readOnly;
    QCheckBox *m_remember;
    QLabel *m_problem;
};

// Someone else changed a record after this user read it, so the user's edit was not
// written (EditConflict). Shows both versions, field by field, and lets the user choose:
// keep theirs, or make the change over theirs.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const PlanEditor::Conflict &conflict, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *useMineButton() const { return m_useMine; }
    // Accepted: the user's version; rejected: theirs.

private:
    QTableWidget *m_table;
    QPushButton *m_keepTheirs;
    QPushButton *m_useMine;
};

} // namespace Planner

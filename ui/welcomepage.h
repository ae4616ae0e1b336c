// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Planner {

// What the window shows while no plan is open: start a new plan, open one, open the
// demo plan (fictional data, said so), or one of the plans opened recently, each with
// its folder.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The recent plans, newest first; a file no longer there is shown but cannot be opened.
    void setRecentPlans(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }
    QPushButton *demoButton() const { return m_demo; }

signals:
    void newPlanRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    void openSelected();

    QListWidget *m_recent = nullptr;
    QLabel *m_noRecent = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace Planner

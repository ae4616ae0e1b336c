// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/scenariostore.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace Planner {

// The scenarios of one plan, by name, for File ▸ Scenarios…, and what is done to them
// (ScenarioStore): creating, renaming, deleting and checking copy or open whole files, so
// each runs on a thread of its own and the list is read again after it; busy() meanwhile,
// done() with the error (empty when it went well). A damaged scenario (or one from a newer
// version) is listed in red with its reason.
class ScenarioListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Modified, State, ColumnCount };
    enum Role { PathRole = Qt::UserRole, NameRole, UsableRole };

    explicit ScenarioListModel(QObject *parent = nullptr);

    // The plan the scenarios belong to; reloads.
    void setPlan(const QString &planPath);
    QString planPath() const { return m_planPath; }
    QString folder() const;
    QString pathOf(const QString &name) const;
    static Result<> checkName(const QString &name);

    void reload();
    // A copy of sourcePath (the plan, or one of its scenarios) as the scenario name.
    void create(const QString &name, const QString &sourcePath);
    void rename(const QString &from, const QString &to);
    void remove(const QString &name);
    bool isBusy() const { return m_busy; }

    void setEntries(std::vector<ScenarioStore::Entry> entries);
    const std::vector<ScenarioStore::Entry> &entries() const { return m_entries; }
    // The row of the scenario named name, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void busyChanged(bool busy);
    // After each operation (and reload): its error, or empty.
    void done(const QString &error);

private:
    void run(std::function<QString(const ScenarioStore &)> work);

    QString m_planPath;
    std::vector<ScenarioStore::Entry> m_entries;
    bool m_busy = false;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Planner {

// The what-if scenarios of one plan: each a complete plan file, copied from the plan with
// SQLite's backup API, kept beside it in NAME.cohortplan-scenarios/SCENARIO.cohortplan, so
// that every feature works inside a scenario as in a plan and edits there never touch the
// plan. Promoting one makes it the plan, after a checked backup of the plan, atomically.
class ScenarioStore final
{
public:
    struct Entry
    {
        QString name;
        QString path;
        QDateTime modified; // UTC
        qint64 size = 0;
        // Why the file cannot be used (damaged, from a newer version, not a plan), else
        // empty: it is listed anyway, and never opened for writing.
        QString problem;
        bool usable() const { return problem.isEmpty(); }
    };

    explicit ScenarioStore(const QString &planPath);

    // NAME.cohortplan-scenarios beside the plan NAME.cohortplan.
    static QString folderOf(const QString &planPath);
    // When path is a scenario file (inside a scenarios folder beside its plan): the plan's
    // path and the scenario's name.
    struct Owner
    {
        QString planPath;
        QString name;
    };
    static std::optional<Owner> ownerOf(const QString &path);
    // A name that makes a file name on every system the plan may travel to: not empty, at
    // most 100 characters, none of < > : " / \ | ? * or control characters, not ending in a
    // dot or a space, not a name Windows reserves (CON, NUL, COM1 …). Chinese is welcome.
    static Result<> checkName(const QString &name);

    QString planPath() const { return m_planPath; }
    QString folder() const { return m_folder; }
    QString pathOf(const QString &name) const;

    // Every scenario, by name; each file checked as any plan is when opened (read-only).
    std::vector<Entry> list() const;
    // A copy of the plan file (or of sourcePath, another scenario of it), read and never
    // written, as a new scenario.
    Result<Entry> create(const QString &name, const QString &sourcePath = {}) const;
    Result<Entry> rename(const QString &from, const QString &to) const;
    // Deletes the scenario's file; refused while it is open for editing.
    Result<> remove(const QString &name) const;
    // Makes the scenario the plan: a checked backup of the plan first (its path is the
    // result), then the scenario's copy put in its place atomically, the History told.
    // Refused while the plan or the scenario is open for editing anywhere (this process
    // included: close it first), and for a scenario that cannot be used.
    Result<QString> promote(const QString &name) const;

private:
    Result<Entry> entryOf(const QString &name) const;

    QString m_planPath;
    QString m_folder;
};

} // namespace Planner

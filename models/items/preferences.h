// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"
#include "domain/result.h"
#include "planning/assignmentsolver.h"
#include "planning/conflictengine.h"
#include "store/backupstore.h"

#include <QString>
#include <QTime>

#include <array>

namespace Planner {

// The user's own settings (Edit ▸ Preferences), kept with QSettings on this computer:
// not in the plan, which a whole team shares.
struct Preferences
{
    QString language;    // "en", "zh_CN", or empty for the system's language
    QString planFolder;  // where New and Open start; empty: the last folder used
    QString displayName; // how the History names this user; empty: the account's name
    BackupStore::Policy backups;
    struct Slot
    {
        QTime start, end;
        bool operator==(const Slot &) const = default;
    };
    std::array<Slot, 3> times; // by SessionSlot: morning, afternoon, evening
    // How severe each conflict rule is in the Conflicts page, the marks and the edits'
    // checks.
    ConflictSettings severities = ConflictSettings::defaults();
    // The weights Auto-assign starts with.
    SolverWeights weights;

    Preferences(); // the defaults
    bool operator==(const Preferences &) const = default;

    // Reads them from this user's settings (QSettings of the application), the defaults
    // for what is not there or not valid.
    static Preferences load();
    void save() const;

    // A Problem naming the field ("slots", "backups", "planFolder") when they cannot be
    // used: a session ending before it starts, two sessions overlapping, a folder that
    // is not there.
    Result<> check() const;

    // Puts them to work in this process: the language (every window is told), the
    // session times of calendars and reports, the History's name, the backup policy, the
    // conflict rules' severities (for checks from now on: reload the conflicts).
    void apply() const;

    const Slot &slot(SessionSlot s) const { return times[std::size_t(s)]; }
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Planner {

// Where a plan file lives, as far as its safety goes. On a network file system or in a
// folder a cloud client synchronises, the lock beside the plan may not keep a second
// writer out (the lock file is synchronised late or not at all, NFS and SMB locks are
// advisory and often off), and the sync client may copy a half-written file.
class StorageLocation final
{
public:
    enum class Risk { Local, NetworkFileSystem, SyncFolder };

    struct Assessment
    {
        Risk risk = Risk::Local;
        QString what; // the file system type or the sync service, for the message
    };

    // The pure part, for tests: a path and the type of the file system it is on (as
    // QStorageInfo::fileSystemType() reports it).
    static Assessment classify(const QString &absolutePath, const QByteArray &fileSystemType);
    // The same for a file on this machine.
    static Assessment assess(const QString &path);
    // The warning to show, or empty for a local plan.
    static QString warning(const Assessment &assessment);
};

} // namespace Planner

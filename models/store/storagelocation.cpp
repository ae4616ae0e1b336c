// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagelocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

#include <array>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::StorageLocation)
};

// File systems whose locks do not reliably reach other machines.
constexpr std::array NetworkTypes = {"nfs",           "nfs4",       "cifs",   "smbfs",
                                     "smb3",          "smb2",       "9p",     "davfs",
                                     "fuse.davfs2",   "fuse.sshfs", "sshfs",  "afpfs",
                                     "fuse.smbnetfs", "ncpfs",      "webdav", "fuse.gvfsd-fuse"};

struct SyncClient
{
    const char *fuseType; // fuse.<name> file systems the client mounts, or nullptr
    const char *service;
};
constexpr std::array SyncFileSystems = {
    SyncClient{"fuse.rclone", "rclone"},
    SyncClient{"fuse.onedriver", "OneDrive"},
    SyncClient{"fuse.google-drive-ocamlfuse", "Google Drive"},
    SyncClient{"fuse.dropbox", "Dropbox"},
    SyncClient{"fuse.s3fs", "S3"},
};

struct SyncFolder
{
    const char *folder; // a path component, compared case-insensitively
    const char *service;
};
constexpr std::array SyncFolders = {
    SyncFolder{"Dropbox", "Dropbox"},
    SyncFolder{"OneDrive", "OneDrive"},
    SyncFolder{"Google Drive", "Google Drive"},
    SyncFolder{"GoogleDrive", "Google Drive"},
    SyncFolder{"My Drive", "Google Drive"},
    SyncFolder{"iCloud Drive", "iCloud Drive"},
    SyncFolder{"iCloudDrive", "iCloud Drive"},
    SyncFolder{"Mobile Documents", "iCloud Drive"},
    SyncFolder{"Nextcloud", "Nextcloud"},
    SyncFolder{"ownCloud", "ownCloud"},
    SyncFolder{"Seafile", "Seafile"},
    SyncFolder{"Nutstore", "Nutstore (坚果云)"},
    SyncFolder{"我的坚果云", "Nutstore (坚果云)"},
    SyncFolder{"坚果云", "Nutstore (坚果云)"},
    SyncFolder{"BaiduNetdisk", "Baidu Netdisk (百度网盘)"},
    SyncFolder{"BaiduNetdiskDownload", "Baidu Netdisk (百度网盘)"},
    SyncFolder{"BaiduSyncdisk", "Baidu Netdisk (百度网盘)"},
    SyncFolder{"百度网盘", "Baidu Netdisk (百度网盘)"},
    SyncFolder{"百度云同步盘", "Baidu Netdisk (百度网盘)"},
    SyncFolder{"WPS云盘", "WPS Cloud (WPS云盘)"},
    SyncFolder{"阿里云盘", "Aliyun Drive (阿里云盘)"},
};

} // namespace

StorageLocation::Assessment StorageLocation::classify(const QString &absolutePath,
                                                      const QByteArray &fileSystemType)
{
    const QByteArray type = fileSystemType.toLower();
    for (const char *network : NetworkTypes) {
        if (type == network)
            return {Risk::NetworkFileSystem, QString::fromLatin1(fileSystemType)};
    }
    for (const auto &client : SyncFileSystems) {
        if (type == client.fuseType)
            return {Risk::SyncFolder, QString::fromUtf8(client.service)};
    }
    // Any folder on the way: "…/Dropbox/…", "OneDrive - Company", "Nutstore Files".
    // Either separator, whatever the platform running the check: the path may be a
    // Windows path in a test, and a backslash in a Unix folder name is rare enough.
    const QStringList parts = QString(absolutePath)
                                  .replace(QLatin1Char('\\'), QLatin1Char('/'))
                                  .split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 0; i + 1 < parts.size(); ++i) { // the folders, not the file name
        const QString &part = parts.at(i);
        for (const auto &sync : SyncFolders) {
            const QString folder = QString::fromUtf8(sync.folder);
            if (part.compare(folder, Qt::CaseInsensitive) == 0 ||
                part.startsWith(folder + QLatin1Char(' '), Qt::CaseInsensitive) ||
                part.startsWith(folder + QLatin1Char('-'), Qt::CaseInsensitive))
                return {Risk::SyncFolder, QString::fromUtf8(sync.service)};
        }
    }
    return {};
}

StorageLocation::Assessment StorageLocation::assess(const QString &path)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    return classify(absolute, QStorageInfo(info.absolutePath()).fileSystemType());
}

QString StorageLocation::warning(const Assessment &assessment)
{
    switch (assessment.risk) {
    case Risk::Local:
        return {};
    case Risk::NetworkFileSystem:
        return Tr::tr("This plan is on a network drive (%1): the lock that keeps a second "
                      "Cohort Planner from writing to it may not work there. Make sure only "
                      "one person edits it at a time.")
            .arg(assessment.what);
    case Risk::SyncFolder:
        return Tr::tr("This plan is in a %1 folder: the sync service may copy it while it is "
                      "being written and does not share the lock. Make sure only one person "
                      "edits it at a time, or keep it in a local folder.")
            .arg(assessment.what);
    }
    return {};
}

} // namespace Planner

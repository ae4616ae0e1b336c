// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <filesystem>

// What differs between Windows and the POSIX systems, in one place: everything else goes
// through Qt. (Its SQLite counterpart is sqliteplatform.h.)
namespace Planner::OsPlatform {

// The name of the account this process runs as ("wangfang"): from the system's account
// database (getpwuid on POSIX, GetUserNameW on Windows), not from the environment, which
// a service or a terminal may leave unset.
QString accountName();

// A file name as std::filesystem takes it: UTF-16 on Windows; on POSIX the bytes the file
// system holds (QFile::encodeName), never a conversion through the C library's locale,
// which throws on a Chinese name when the process runs in the "C" locale.
std::filesystem::path fileSystemPath(const QString &path);

// Whether no live process holds this lock file (QLockFile's), judged by the system rather
// than by what the file says: on POSIX a live QLockFile holds flock() on its file from the
// moment it creates it; on Windows it keeps the file open without delete sharing, so the
// caller's removal fails while its owner lives (true here).
bool isLockFileFree(const QString &lockFile);

// Whether this process runs as the superuser, whom file permissions do not stop (root on
// POSIX; never on Windows, where administrators are still bound by a file's ACL).
bool isSuperuser();

} // namespace Planner::OsPlatform

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

} // namespace Planner::OsPlatform

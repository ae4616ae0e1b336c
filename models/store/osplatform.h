// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What differs between Windows and the POSIX systems, in one place: everything else goes
// through Qt. (Its SQLite counterpart is sqliteplatform.h.)
namespace Planner::OsPlatform {

// The name of the account this process runs as ("wangfang"): from the system's account
// database (getpwuid on POSIX, GetUserNameW on Windows), not from the environment, which
// a service or a terminal may leave unset.
QString accountName();

} // namespace Planner::OsPlatform

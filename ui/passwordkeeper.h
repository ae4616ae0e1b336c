// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

#include <memory>

namespace Planner {

// The passwords of server plans, kept in the system's keychain (QtKeychain: the Secret
// Service of GNOME or KDE on Linux, the Credential Manager on Windows), never in a file.
// Without a keychain the password is asked for each time. An account is a server
// address without its password (ServerAddress::displayUrl: login, server and database).
class PasswordKeeper
{
public:
    virtual ~PasswordKeeper() = default;
    // The password kept for the account, an empty string when none is, or why the
    // keychain could not be asked.
    virtual Result<QString> read(const QString &account) = 0;
    virtual Result<> write(const QString &account, const QString &password) = 0;
    // Removes the account's password; none kept is not a problem.
    virtual Result<> forget(const QString &account) = 0;

    // The system's keychain. Each call waits for the keychain's answer (which may be a
    // prompt to unlock it) while the window keeps painting.
    static std::unique_ptr<PasswordKeeper> system();
};

} // namespace Planner

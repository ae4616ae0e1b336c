// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordkeeper.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::PasswordKeeper)
};

// The keychain's entries of this program are filed under its name.
const QString Service = QStringLiteral("Cohort Planner");

// Runs a keychain job to its end; the job's error, or NoError.
QKeychain::Error run(QKeychain::Job &job, QString *errorText)
{
    job.setAutoDelete(false);
    // Never a plain-text file in place of a keychain (QtKeychain's fallback is off by
    // default; said here so that nobody turns it on).
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    *errorText = job.errorString();
    return job.error();
}

QString describe(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Tr::tr("This computer has no keychain service running (%1), so the password "
                      "cannot be kept: it is asked for each time.")
            .arg(text);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Tr::tr("The system keychain refused access (%1).").arg(text);
    default:
        return Tr::tr("The system keychain failed: %1").arg(text);
    }
}

class SystemKeeper final : public PasswordKeeper
{
public:
    Result<QString> read(const QString &account) override
    {
        QKeychain::ReadPasswordJob job(Service);
        job.setKey(account);
        QString text;
        const QKeychain::Error error = run(job, &text);
        if (error == QKeychain::EntryNotFound)
            return QString();
        if (error != QKeychain::NoError)
            return Problem::of(describe(error, text));
        return job.textData();
    }

    Result<> write(const QString &account, const QString &password) override
    {
        QKeychain::WritePasswordJob job(Service);
        job.setKey(account);
        job.setTextData(password);
        QString text;
        if (const QKeychain::Error error = run(job, &text); error != QKeychain::NoError)
            return Problem::of(describe(error, text));
        return {};
    }

    Result<> forget(const QString &account) override
    {
        QKeychain::DeletePasswordJob job(Service);
        job.setKey(account);
        QString text;
        const QKeychain::Error error = run(job, &text);
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
            return Problem::of(describe(error, text));
        return {};
    }
};

} // namespace

std::unique_ptr<PasswordKeeper> PasswordKeeper::system()
{
    return std::make_unique<SystemKeeper>();
}

} // namespace Planner

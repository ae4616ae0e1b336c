// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupstore.h"

#include "osplatform.h"

#include "plandatabase.h"
#include "sqliteplatform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::BackupStore)
};

const QString StampFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool kindFromKey(const QString &key, BackupStore::Kind *kind)
{
    for (auto k : {BackupStore::Kind::Opened, BackupStore::Kind::Periodic,
                   BackupStore::Kind::Manual, BackupStore::Kind::BeforeUpgrade}) {
        if (BackupStore::kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

// Keeps the file at path beside it under another name: a hard link when the file
// system has them (instant, no space), else a copy. Never moves it, so that path
// always names a whole file until the restored copy replaces it in one rename.
Result<> keepAside(const QString &path, const QString &aside)
{
    std::error_code ec;
    std::filesystem::create_hard_link(OsPlatform::fileSystemPath(path),
                                      OsPlatform::fileSystemPath(aside), ec);
    if (!ec)
        return {};
    if (QFile::copy(path, aside))
        return {};
    return Problem::of(Tr::tr("the current file could not be kept as “%1”").arg(nativePath(aside)));
}

} // namespace

BackupStore::BackupStore(const QString &planPath)
    : BackupStore(planPath, defaultFolder(planPath), [] { return QDateTime::currentDateTimeUtc(); })
{}

BackupStore::BackupStore(const QString &planPath, const QString &folder, Clock clock)
    : m_planPath(QFileInfo(planPath).absoluteFilePath()), m_folder(folder),
      m_clock(std::move(clock))
{}

QString BackupStore::defaultFolder(const QString &planPath)
{
    const QFileInfo info(planPath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral("-backups"));
}

QString BackupStore::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Opened:
        return QStringLiteral("opened");
    case Kind::Periodic:
        return QStringLiteral("periodic");
    case Kind::Manual:
        return QStringLiteral("manual");
    case Kind::BeforeUpgrade:
        return QStringLiteral("upgrade");
    }
    return {};
}

QString BackupStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Opened:
        return Tr::tr("When opened");
    case Kind::Periodic:
        return Tr::tr("While editing");
    case Kind::Manual:
        return Tr::tr("Manual");
    case Kind::BeforeUpgrade:
        return Tr::tr("Before upgrade");
    }
    return {};
}

std::vector<BackupStore::Entry> BackupStore::list() const
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)-(\\d{8}T\\d{9}Z)-([a-z]+)\\.cohortplan$"));
    const QString base = QFileInfo(m_planPath).completeBaseName();
    std::vector<Entry> entries;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.cohortplan")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch() || match.captured(1) != base)
            continue;
        Entry entry;
        if (!kindFromKey(match.captured(3), &entry.kind))
            continue;
        entry.when = QDateTime::fromString(match.captured(2), StampFormat);
        entry.when.setTimeSpec(Qt::UTC);
        if (!entry.when.isValid())
            continue;
        entry.path = file.absoluteFilePath();
        entry.size = file.size();
        entries.push_back(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.when != b.when ? a.when > b.when : a.path > b.path;
    });
    return entries;
}

Result<BackupStore::Entry> BackupStore::backupNow(Kind kind, bool sourceChecked)
{
    auto fail = [&](const QString &reason) {
        return Problem::of(
            Tr::tr("No backup of “%1” was made: %2").arg(nativePath(m_planPath), reason));
    };
    // A damaged plan is never backed up: its copy would push a good backup out of the
    // rotation.
    if (const QStringList problems =
            sourceChecked ? QStringList() : SqlitePlatform::checkFile(m_planPath);
        !problems.isEmpty())
        return fail(Tr::tr("the plan fails its integrity check (%1)").arg(problems.first()));
    if (!QDir().mkpath(m_folder))
        return fail(Tr::tr("the folder “%1” cannot be created").arg(nativePath(m_folder)));
    const QDateTime now = m_clock().toUTC();
    Entry entry;
    entry.kind = kind;
    entry.when = now;
    entry.path = QDir(m_folder).filePath(QStringLiteral("%1-%2-%3.cohortplan")
                                             .arg(QFileInfo(m_planPath).completeBaseName(),
                                                  now.toString(StampFormat), kindKey(kind)));
    if (const Result<> copied = SqlitePlatform::copyDatabaseFile(m_planPath, entry.path); !copied)
        return fail(copied.message());
    entry.size = QFileInfo(entry.path).size();
    if (kind != Kind::BeforeUpgrade)
        m_edited = false;
    prune();
    return entry;
}

Result<bool> BackupStore::maybeBackup()
{
    if (!m_edited)
        return false;
    const QDateTime now = m_clock().toUTC();
    for (const Entry &entry : list()) {
        if (entry.kind == Kind::BeforeUpgrade)
            continue;
        if (entry.when.secsTo(now) < qint64(policy().periodicMinutes) * 60)
            return false;
        break;
    }
    if (const Result<Entry> made = backupNow(Kind::Periodic); !made)
        return made.problem();
    return true;
}

Result<> BackupStore::backupOnOpen(bool sourceChecked)
{
    const QFileInfo plan(m_planPath);
    const auto entries = list();
    if (!entries.empty()) {
        const Entry &newest = entries.front();
        if (newest.size == plan.size() && newest.when >= plan.lastModified().toUTC())
            return {};
    }
    if (const Result<Entry> made = backupNow(Kind::Opened, sourceChecked); !made)
        return made.problem();
    return {};
}

Result<int> BackupStore::removeAllBut(const QString &keptPath)
{
    int removed = 0;
    std::optional<Problem> first;
    for (const Entry &entry : list()) {
        if (QFileInfo(entry.path) == QFileInfo(keptPath))
            continue;
        QFile file(entry.path);
        if (file.remove()) {
            ++removed;
        } else if (!first) {
            first = Problem::of(Tr::tr("Cannot delete the backup “%1”: %2")
                                    .arg(QDir::toNativeSeparators(entry.path), file.errorString()));
        }
    }
    if (first)
        return *first;
    return removed;
}

namespace {
QMutex policyMutex; // backups are made and pruned on worker threads too
BackupStore::Policy chosenPolicy;
} // namespace

BackupStore::Policy BackupStore::policy()
{
    const QMutexLocker lock(&policyMutex);
    return chosenPolicy;
}

void BackupStore::setPolicy(const Policy &policy)
{
    const QMutexLocker lock(&policyMutex);
    chosenPolicy = policy;
}

std::vector<QString> BackupStore::keptPaths(const std::vector<Entry> &entries, const QDateTime &now,
                                            const Policy &policy)
{
    std::vector<Entry> rotation;
    std::vector<QString> kept;
    for (const Entry &entry : entries) {
        // Backups taken before an upgrade are the only copy of the older format: kept for
        // the rotation's months, however many there are (not longer: they hold people's
        // personal data, which is kept no longer than needed).
        if (entry.kind == Kind::BeforeUpgrade) {
            if (entry.when >= now.addMonths(-policy.keepMonths))
                kept.push_back(entry.path);
        } else {
            rotation.push_back(entry);
        }
    }
    std::sort(rotation.begin(), rotation.end(),
              [](const Entry &a, const Entry &b) { return a.when > b.when; });
    std::set<QString> keep;
    for (std::size_t i = 0; i < rotation.size() && i < std::size_t(policy.keepNewest); ++i)
        keep.insert(rotation[i].path);
    // Days and months are the user's, in local time.
    const QDate today = now.toLocalTime().date();
    std::set<QDate> daysSeen;
    std::set<std::pair<int, int>> monthsSeen;
    const QDate firstDay = today.addDays(-(policy.keepDays - 1));
    const QDate firstMonth =
        QDate(today.year(), today.month(), 1).addMonths(-(policy.keepMonths - 1));
    for (const Entry &entry : rotation) { // newest first: the first seen of a day is its newest
        const QDate day = entry.when.toLocalTime().date();
        if (day >= firstDay && day <= today && daysSeen.insert(day).second)
            keep.insert(entry.path);
        if (day >= firstMonth && day <= today &&
            monthsSeen.insert({day.year(), day.month()}).second)
            keep.insert(entry.path);
    }
    kept.insert(kept.end(), keep.begin(), keep.end());
    return kept;
}

void BackupStore::prune()
{
    const auto entries = list();
    const auto kept = keptPaths(entries, m_clock());
    for (const Entry &entry : entries) {
        if (std::find(kept.begin(), kept.end(), entry.path) == kept.end())
            QFile::remove(entry.path);
    }
    // The temporary copies of backups whose process was killed (the crash harness left
    // one in about one kill in seven). A backup being written now is seconds old; only
    // the plan's lock holder backs up, so an hour-old temporary file is nobody's.
    SqlitePlatform::removeStaleTemporaries(
        m_folder, QStringLiteral(".%1-").arg(QFileInfo(m_planPath).completeBaseName()));
}

bool BackupStore::newestGood(Entry *entry) const
{
    for (const Entry &candidate : list()) {
        if (SqlitePlatform::checkFile(candidate.path).isEmpty()) {
            if (entry)
                *entry = candidate;
            return true;
        }
    }
    return false;
}

Result<QString> BackupStore::restore(const Entry &entry, const QString &targetPath,
                                     const QString &asideTag) const
{
    auto fail = [&](const QString &reason) {
        return Problem::of(
            Tr::tr("Cannot restore “%1” from the backup of %2: %3")
                .arg(nativePath(targetPath),
                     QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat), reason));
    };
    QString asidePath;
    if (const QString holder = PlanDatabase::lockHolder(targetPath); !holder.isEmpty())
        return fail(
            Tr::tr("the plan is open for editing in another Cohort Planner (%1)").arg(holder));
    if (const QStringList problems = SqlitePlatform::checkFile(entry.path); !problems.isEmpty())
        return fail(Tr::tr("the backup fails its integrity check (%1)").arg(problems.first()));
    // The checked copy is complete beside the target before anything else happens.
    const QString staged = SqlitePlatform::temporarySibling(targetPath);
    if (const Result<> copied = SqlitePlatform::copyDatabaseFile(entry.path, staged); !copied)
        return fail(copied.message());
    const QFileInfo target(targetPath);
    const QString journal = target.absoluteFilePath() + QStringLiteral("-journal");
    if (target.exists()) {
        const QString stamp = m_clock().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString aside = target.absoluteDir().filePath(
            QStringLiteral("%1.%2-%3.cohortplan").arg(target.completeBaseName(), asideTag, stamp));
        if (const Result<> kept = keepAside(target.absoluteFilePath(), aside); !kept) {
            QFile::remove(staged);
            return fail(kept.message());
        }
        // A rollback journal left by a crash belongs to the old file: SQLite would play it
        // back into the restored one. It goes aside with the file it belongs to.
        // (Best effort: the restore does not depend on it.)
        if (QFileInfo::exists(journal))
            (void)SqlitePlatform::replaceFile(journal, aside + QStringLiteral("-journal"));
        asidePath = aside;
    } else if (QFileInfo::exists(journal)) {
        (void)SqlitePlatform::replaceFile(journal, journal + QStringLiteral(".orphaned"));
    }
    if (const Result<> replaced = SqlitePlatform::replaceFile(staged, target.absoluteFilePath());
        !replaced) {
        QFile::remove(staged);
        return fail(replaced.message());
    }
    return asidePath;
}

} // namespace Planner

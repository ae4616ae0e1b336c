// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariostore.h"

#include "auditlog.h"
#include "backupstore.h"
#include "plandatabase.h"
#include "sqliteplatform.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ScenarioStore)
};

const QLatin1String Suffix(".cohortplan");
const QLatin1String FolderSuffix(".cohortplan-scenarios");

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ScenarioStore::ScenarioStore(const QString &planPath)
    : m_planPath(QFileInfo(planPath).absoluteFilePath()), m_folder(folderOf(planPath))
{}

QString ScenarioStore::folderOf(const QString &planPath)
{
    const QFileInfo plan(planPath);
    QString base = plan.fileName();
    if (base.endsWith(Suffix))
        base.chop(Suffix.size());
    return plan.absoluteDir().filePath(base + FolderSuffix);
}

std::optional<ScenarioStore::Owner> ScenarioStore::ownerOf(const QString &path)
{
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    const QString folderName = QFileInfo(folder).fileName();
    if (!folderName.endsWith(FolderSuffix) || !file.fileName().endsWith(Suffix))
        return std::nullopt;
    Owner owner;
    owner.planPath = QFileInfo(folder).absoluteDir().filePath(
        folderName.left(folderName.size() - FolderSuffix.size()) + Suffix);
    owner.name = file.fileName().left(file.fileName().size() - Suffix.size());
    return owner;
}

Result<> ScenarioStore::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Problem::of(Tr::tr("Give the scenario a name."));
    if (name.size() > 100)
        return Problem::of(Tr::tr("A scenario's name can have at most 100 characters."));
    static const QRegularExpression forbidden(QStringLiteral("[<>:\"/\\\\|?*\\x00-\\x1f]"));
    if (const auto match = forbidden.match(name); match.hasMatch())
        return Problem::of(
            Tr::tr("A scenario's name cannot contain “%1”: it names a file, and file names "
                   "cannot hold < > : \" / \\ | ? * or control characters.")
                .arg(match.captured().at(0).isPrint() ? match.captured()
                                                      : Tr::tr("a control character")));
    if (name != name.trimmed() || name.endsWith(QLatin1Char('.')))
        return Problem::of(
            Tr::tr("A scenario's name cannot begin or end with a space, nor end with a dot."));
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(name).hasMatch())
        return Problem::of(
            Tr::tr("“%1” is a name Windows keeps for a device: choose another.").arg(name));
    return {};
}

QString ScenarioStore::pathOf(const QString &name) const
{
    return QDir(m_folder).filePath(name + Suffix);
}

Result<ScenarioStore::Entry> ScenarioStore::entryOf(const QString &name) const
{
    Entry entry;
    entry.name = name;
    entry.path = pathOf(name);
    const QFileInfo info(entry.path);
    if (!info.exists())
        return Problem::of(
            Tr::tr("There is no scenario named “%1” beside %2.").arg(name, nativePath(m_planPath)));
    entry.modified = info.lastModified().toUTC();
    entry.size = info.size();
    // Checked as any plan is when opened: read-only, so nothing is written to it.
    if (auto opened = PlanDatabase::openCheckedReadOnly(entry.path); !opened)
        entry.problem = opened.problem().message;
    return entry;
}

std::vector<ScenarioStore::Entry> ScenarioStore::list() const
{
    std::vector<Entry> entries;
    const QDir folder(m_folder);
    if (!folder.exists())
        return entries;
    for (const QFileInfo &file :
         folder.entryInfoList({QStringLiteral("*.cohortplan")}, QDir::Files, QDir::Name)) {
        const QString name = file.fileName().chopped(Suffix.size());
        if (name.startsWith(QLatin1Char('.')))
            continue; // a temporary copy
        if (auto entry = entryOf(name))
            entries.push_back(std::move(*entry));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return entries;
}

Result<ScenarioStore::Entry> ScenarioStore::create(const QString &name,
                                                   const QString &sourcePath) const
{
    auto fail = [&](const QString &reason) {
        return Problem::of(Tr::tr("Cannot create the scenario “%1”: %2").arg(name, reason));
    };
    if (const Result<> valid = checkName(name); !valid)
        return valid.problem();
    const QString path = pathOf(name);
    if (QFileInfo::exists(path))
        return fail(Tr::tr("there is already a scenario of that name."));
    if (!QDir().mkpath(m_folder))
        return fail(Tr::tr("the folder “%1” cannot be made.").arg(nativePath(m_folder)));
    // The plan is read, never written: a copy with the backup API, checked, then renamed
    // into place (a copy interrupted half way leaves nothing under the scenario's name).
    auto source = PlanDatabase::openCheckedReadOnly(sourcePath.isEmpty() ? m_planPath : sourcePath);
    if (!source)
        return fail(source.problem().message);
    if (const Result<> copied = (*source)->saveCopyAs(path); !copied)
        return fail(copied.message());
    return entryOf(name);
}

Result<ScenarioStore::Entry> ScenarioStore::rename(const QString &from, const QString &to) const
{
    auto fail = [&](const QString &reason) {
        return Problem::of(
            Tr::tr("Cannot rename the scenario “%1” to “%2”: %3").arg(from, to, reason));
    };
    if (const Result<> valid = checkName(to); !valid)
        return valid.problem();
    const QString source = pathOf(from);
    if (!QFileInfo::exists(source))
        return fail(Tr::tr("there is no such scenario."));
    if (from == to)
        return entryOf(to);
    const QString target = pathOf(to);
    // Case-only renames on case-insensitive file systems find the same file.
    if (QFileInfo::exists(target) && from.compare(to, Qt::CaseInsensitive) != 0)
        return fail(Tr::tr("there is already a scenario of that name."));
    if (const QString holder = PlanDatabase::lockHolder(source); !holder.isEmpty())
        return fail(Tr::tr("it is open for editing (%1); close it first.").arg(holder));
    if (SqlitePlatform::hasJournal(source))
        return fail(Tr::tr("it holds an interrupted write; open it once to recover it first."));
    if (const Result<> moved = SqlitePlatform::replaceFile(source, target); !moved)
        return fail(moved.message());
    // Its backups (made while it was edited) follow it.
    const QString backups = BackupStore::defaultFolder(source);
    if (QFileInfo::exists(backups))
        QDir().rename(backups, BackupStore::defaultFolder(target));
    return entryOf(to);
}

Result<> ScenarioStore::remove(const QString &name) const
{
    const QString path = pathOf(name);
    if (!QFileInfo::exists(path))
        return Problem::of(Tr::tr("There is no scenario named “%1”.").arg(name));
    if (const QString holder = PlanDatabase::lockHolder(path); !holder.isEmpty())
        return Problem::of(Tr::tr("Cannot delete the scenario “%1”: it is open for editing (%2).")
                               .arg(name, holder));
    if (!QFile::remove(path))
        return Problem::of(Tr::tr("Cannot delete the scenario “%1”: the file “%2” cannot be "
                                  "removed.")
                               .arg(name, nativePath(path)));
    for (const char *extra : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(extra));
    // Its backups go with it: they hold what it held, personal data included.
    QDir(BackupStore::defaultFolder(path)).removeRecursively();
    QDir().rmdir(m_folder); // only when empty
    return {};
}

Result<QString> ScenarioStore::promote(const QString &name) const
{
    auto fail = [&](const QString &reason) {
        return Problem::of(Tr::tr("Cannot make the scenario “%1” the plan: %2").arg(name, reason));
    };
    const Result<Entry> entry = entryOf(name);
    if (!entry)
        return entry.problem();
    if (!entry->usable())
        return fail(entry->problem);
    for (const QString &path : {m_planPath, entry->path}) {
        if (const QString holder = PlanDatabase::lockHolder(path); !holder.isEmpty())
            return fail(Tr::tr("“%1” is open for editing (%2); close it first.")
                            .arg(nativePath(path), holder));
        if (SqlitePlatform::hasJournal(path))
            return fail(Tr::tr("“%1” holds an interrupted write; open it once to recover it "
                               "first.")
                            .arg(nativePath(path)));
    }
    // A checked backup of the plan, in its rotation, before anything changes.
    BackupStore backups(m_planPath);
    const Result<BackupStore::Entry> backup = backups.backupNow(BackupStore::Kind::Manual);
    if (!backup)
        return fail(backup.message());
    // The scenario's checked copy, complete beside the plan, then put in its place.
    const QString staged = SqlitePlatform::temporarySibling(m_planPath);
    if (const Result<> copied = SqlitePlatform::copyDatabaseFile(entry->path, staged); !copied)
        return fail(copied.message());
    if (const Result<> replaced = SqlitePlatform::replaceFile(staged, m_planPath); !replaced) {
        QFile::remove(staged);
        return fail(replaced.message());
    }
    // The History of the plan says what happened, and where the plan before it went.
    auto plan = PlanDatabase::open(m_planPath, PlanDatabase::Mode::ReadWrite,
                                   PlanDatabase::OpenBackup::Later);
    if (!plan)
        return fail(plan.problem().message);
    try {
        AuditEntry audit;
        audit.action = AuditAction::Import;
        audit.table = QStringLiteral("plan_meta");
        const QJsonObject after{{QStringLiteral("promoted_scenario"), name},
                                {QStringLiteral("file"), nativePath(entry->path)},
                                {QStringLiteral("backup"), nativePath(backup->path)}};
        audit.after = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
        AuditLog((*plan)->database()).record(std::move(audit));
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    return backup->path;
}

} // namespace Planner

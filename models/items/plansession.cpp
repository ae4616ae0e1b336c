// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansession.h"

#include "io/calendarcsv.h"
#include "store/backupstore.h"
#include "store/storagelocation.h"

#include <QFileInfo>
#include <QTimer>

namespace Planner {

PlanSession::PlanSession(QObject *parent)
    : QObject(parent)
    , m_loader(new AsyncLoader(this))
    , m_editor(new PlanEditor(this))
    , m_backupTimer(new QTimer(this))
{
    m_backupTimer->setInterval(60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, &PlanSession::maybeBackup);
}

PlanSession::~PlanSession()
{
    // Workers hold their own connections to the file: let them finish first.
    m_loader->waitForAll();
}

bool PlanSession::open(const QString &path, PlanDatabase::Mode mode, QString *error,
                       PlanDatabase::Refusal *refusal)
{
    auto plan = PlanDatabase::open(path, mode, error, refusal);
    if (!plan)
        return false;
    close();
    m_plan = std::move(plan);
    m_editor->setPlan(m_plan.get());
    m_locationWarning = StorageLocation::warning(StorageLocation::assess(m_plan->path()));
    ++m_generation;
    if (m_plan->backups())
        m_backupTimer->start();
    emit planOpened();
    if (!m_plan->backupProblem().isEmpty())
        emit backupFailed(m_plan->backupProblem());
    return true;
}

void PlanSession::close()
{
    if (!m_plan)
        return;
    ++m_generation;
    m_backupTimer->stop();
    m_locationWarning.clear();
    m_editor->setPlan(nullptr);
    m_plan.reset();
    emit planClosed();
}

void PlanSession::maybeBackup()
{
    if (!m_plan || !m_plan->backups())
        return;
    QString error;
    if (!m_plan->backups()->maybeBackup(&error) && !error.isEmpty())
        emit backupFailed(error);
}

QString PlanSession::backupNow(BackupStore::Entry *made)
{
    if (!m_plan)
        return tr("No plan is open.");
    if (!m_plan->backups())
        return tr("The plan is open read-only: backups are made by the instance that edits it.");
    return m_plan->backups()->backupNow(BackupStore::Kind::Manual, made);
}

QString PlanSession::restoreBackup(const QString &path, const QString &backupPath, bool damaged)
{
    if (m_plan && QFileInfo(path).absoluteFilePath() == m_plan->path())
        close();
    // Readers on worker threads hold the file open (Windows cannot replace it then).
    m_loader->waitForAll();
    BackupStore store(path);
    BackupStore::Entry chosen;
    for (const auto &entry : store.list()) {
        if (entry.path == QFileInfo(backupPath).absoluteFilePath())
            chosen = entry;
    }
    if (chosen.path.isEmpty())
        chosen.path = backupPath;
    const QString error = store.restore(chosen, path, damaged ? QStringLiteral("damaged")
                                                              : QStringLiteral("before-restore"));
    if (!error.isEmpty())
        return error;
    QString openError;
    if (!open(path, PlanDatabase::Mode::ReadWrite, &openError))
        return openError;
    return {};
}

QString PlanSession::createEmptyPlan(const QString &path)
{
    return PlanDatabase::create(path, [](QSqlDatabase &db) {
        // A new plan starts with the bundled work calendar, so that sessions avoid the
        // public holidays from the first cohort on.
        PlanData seed;
        seed.calendar = CalendarCsv::bundledChina2026();
        writePlanData(db, seed, AuditAction::Import, QStringLiteral("bundled 2026 work calendar"));
    });
}

QString PlanSession::path() const
{
    return m_plan ? m_plan->path() : QString();
}

bool PlanSession::isReadOnly() const
{
    return m_plan && m_plan->mode() == PlanDatabase::Mode::ReadOnly;
}

} // namespace Planner

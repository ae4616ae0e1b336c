// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferjob.h"

#include "store/plandatabase.h"

#include <QPointer>
#include <QThread>

namespace Planner {

TransferJob::TransferJob(QObject *parent) : QObject(parent) {}

TransferJob::~TransferJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool TransferJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void TransferJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TransferJob::run(std::function<void()> work)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, &TransferJob::finished);
    m_thread->start();
}

void TransferJob::startImport(const QString &planPath, const QString &file,
                              const ImportOptions &options)
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_importResult = ImportResult{};
    run([this, planPath, file, options, cancel = m_cancel] {
        ImportResult result;
        {
            const PlanDatabase::ThreadConnection connection(planPath, options.dryRun);
            if (!connection.status()) {
                result.kind = options.kind;
                result.problems.push_back({0, {}, {}, connection.status().message()});
                result.problemCount = 1;
            } else {
                QSqlDatabase db = connection.database();
                result =
                    Importer::run(db, file, options, [this, cancel](qint64 done, qint64 total) {
                        const int percent = total > 0 ? int(done * 100 / total) : 0;
                        QMetaObject::invokeMethod(
                            this, [this, percent] { emit progress(percent); },
                            Qt::QueuedConnection);
                        return !cancel->load();
                    });
            }
        }
        // The job waits for this thread before it is destroyed, so this is safe.
        m_importResult = std::move(result);
    });
}

void TransferJob::startExport(const QString &planPath, ImportKind kind, const QString &file,
                              const Exporter::Options &options)
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_exportResult = 0;
    run([this, planPath, kind, file, options, cancel = m_cancel] {
        Result<int> result = 0;
        {
            const PlanDatabase::ThreadConnection connection(planPath, true);
            if (!connection.status()) {
                result = connection.status().problem();
            } else {
                result = Exporter::run(connection.database(), kind, file, options,
                                       [this, cancel](int done, int total) {
                                           const int percent = total > 0 ? done * 100 / total : 0;
                                           QMetaObject::invokeMethod(
                                               this, [this, percent] { emit progress(percent); },
                                               Qt::QueuedConnection);
                                           return !cancel->load();
                                       });
            }
        }
        m_exportResult = std::move(result);
    });
}

} // namespace Planner

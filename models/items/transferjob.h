// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importer.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Planner {

// Runs one import (dry or real) or export of a plan on a worker thread with its own
// connection, so that 100,000 rows never freeze the window. Reports progress in percent
// and finished() on the thread that owns the job. Destroying the job cancels and waits.
class TransferJob final : public QObject
{
    Q_OBJECT

public:
    explicit TransferJob(QObject *parent = nullptr);
    ~TransferJob() override;

    void startImport(const QString &planPath, const QString &file, const ImportOptions &options);
    void startExport(const QString &planPath, ImportKind kind, const QString &file,
                     const Exporter::Options &options = {});
    // Asks the running work to stop; an import stops before writing anything.
    void cancel();
    bool isRunning() const;

    // The outcome of the last import, once finished.
    const ImportResult &importResult() const { return m_importResult; }
    // The outcome of the last export.
    // The rows written, or why nothing was.
    const Result<int> &exportResult() const { return m_exportResult; }

signals:
    void progress(int percent);
    void finished();

private:
    void run(std::function<void()> work);

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    ImportResult m_importResult;
    Result<int> m_exportResult = 0;
};

} // namespace Planner

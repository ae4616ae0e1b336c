// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/plandatabase.h"
#include "store/storeerror.h"

#include <QObject>
#include <QSet>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace Planner {

// Runs read work on the plan in worker threads, each with its own read-only connection
// (Qt SQL connections belong to one thread), and hands results back on the thread of a
// context object. Destroying the loader waits for the work still running.
class AsyncLoader final : public QObject
{
    Q_OBJECT

public:
    explicit AsyncLoader(QObject *parent = nullptr);
    ~AsyncLoader() override;

    // done(result) runs on context's thread once work is over, unless context has been
    // destroyed meanwhile: work's value, or why it could not be had. writable: the
    // connection may write (a sync of a checkout); reads are read-only.
    template <typename R>
    void run(const QString &path, std::function<R(const QSqlDatabase &)> work, QObject *context,
             std::function<void(Result<R>)> done, bool writable = false)
    {
        auto result = std::make_shared<std::optional<Result<R>>>();
        QThread *thread = QThread::create([path, work = std::move(work), result, writable] {
            const PlanDatabase::ThreadConnection connection(path, !writable);
            if (!connection.status()) {
                result->emplace(connection.status().problem());
                return;
            }
            try {
                result->emplace(work(connection.database()));
            } catch (const StoreError &e) {
                result->emplace(e.problem());
            }
        });
        connect(thread, &QThread::finished, context,
                [result, done = std::move(done)] { done(std::move(**result)); });
        start(thread);
    }

    bool isBusy() const { return !m_threads.isEmpty(); }
    void waitForAll();

signals:
    void busyChanged(bool busy);

private:
    void start(QThread *thread);

    QSet<QThread *> m_threads;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/plandatabase.h"
#include "store/storeerror.h"

#include <QObject>
#include <QSet>
#include <QThread>

#include <functional>
#include <memory>

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

    // done(result, error) runs on context's thread once work is over, unless context
    // has been destroyed meanwhile. error is empty on success.
    template <typename R>
    void run(const QString &path, std::function<R(const QSqlDatabase &)> work, QObject *context,
             std::function<void(R, const QString &)> done)
    {
        auto result = std::make_shared<R>();
        auto error = std::make_shared<QString>();
        QThread *thread = QThread::create([path, work = std::move(work), result, error] {
            const PlanDatabase::ThreadConnection connection(path, true);
            if (!connection.error().isEmpty()) {
                *error = connection.error();
                return;
            }
            try {
                *result = work(connection.database());
            } catch (const StoreError &e) {
                *error = e.message();
            }
        });
        connect(thread, &QThread::finished, context,
                [result, error, done = std::move(done)] { done(std::move(*result), *error); });
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

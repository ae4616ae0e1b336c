// SPDX-License-Identifier: GPL-3.0-or-later
#include "asyncloader.h"

namespace Planner {

AsyncLoader::AsyncLoader(QObject *parent) : QObject(parent) {}

AsyncLoader::~AsyncLoader()
{
    waitForAll();
    qDeleteAll(m_threads);
}

void AsyncLoader::start(QThread *thread)
{
    const bool wasIdle = m_threads.isEmpty();
    m_threads.insert(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.remove(thread);
        thread->deleteLater();
        if (m_threads.isEmpty())
            emit busyChanged(false);
    });
    thread->start();
    if (wasIdle)
        emit busyChanged(true);
}

void AsyncLoader::waitForAll()
{
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
}

} // namespace Planner

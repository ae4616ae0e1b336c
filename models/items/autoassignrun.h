// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "planning/assignmentsolver.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace Planner {

class PlanSession;

// One "Auto-assign" of the open plan: reads what the conflict rules need on a worker
// thread, runs the AssignmentSolver on another (progress and the result come back on the
// GUI thread), and applies the accepted changes as one undo step, refusing a selection
// that would add a hard conflict (some changes only work together).
class AutoAssignRun final : public QObject
{
    Q_OBJECT

public:
    explicit AutoAssignRun(PlanSession *session, QObject *parent = nullptr);
    ~AutoAssignRun() override; // cancels a running solve and waits for it

    // Reads the plan; inputReady() or failed() follows.
    void load();
    bool hasInput() const { return m_hasInput; }
    const ConflictInput &input() const { return m_input; }

    // Solves with the plan's stored course preferences (options.preferences is replaced).
    void start(const SolverOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    const SolverResult &result() const { return m_result; }

    // Applies the result's changes at the given indexes as one undo step, or says why
    // nothing was changed.
    Result<> apply(const std::vector<int> &accepted);

signals:
    void inputReady();
    void progress(const Planner::SolverProgress &progress);
    void finished();
    void failed(const QString &message);

private:
    void join();

    PlanSession *m_session;
    ConflictInput m_input;
    std::map<std::pair<Id, Id>, int> m_preferences;
    bool m_hasInput = false;
    bool m_running = false;
    SolverResult m_result;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::thread m_thread;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoassignrun.h"

#include "plansession.h"

#include "commands/assignmentchanges.h"
#include "store/conflictinputreader.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>

namespace Planner {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::AutoAssignRun)
};

int hardCount(const ConflictInput &in, std::vector<QString> *explanations = nullptr)
{
    ConflictEngine engine;
    engine.load(in);
    int n = 0;
    for (const Conflict &c : engine.conflicts()) {
        if (isHardRule(c.rule)) {
            ++n;
            if (explanations)
                explanations->push_back(c.explanation);
        }
    }
    return n;
}
} // namespace

AutoAssignRun::AutoAssignRun(PlanSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{}

AutoAssignRun::~AutoAssignRun()
{
    cancel();
    join();
}

void AutoAssignRun::load()
{
    using Input = std::pair<ConflictInput, std::map<std::pair<Id, Id>, int>>;
    m_session->query<Input>(
        this,
        [](const PlanQueries &q) {
            return Input{loadConflictInput(q.database()), loadCoursePreferences(q.database())};
        },
        [this](Input input) {
            m_input = std::move(input.first);
            m_preferences = std::move(input.second);
            m_hasInput = true;
            emit inputReady();
        },
        [this](const QString &error) { emit failed(error); });
}

void AutoAssignRun::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void AutoAssignRun::start(const SolverOptions &options)
{
    if (m_running || !m_hasInput)
        return;
    join();
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // The solver reads its own copy: edits meanwhile do not race with it.
    SolverOptions withPreferences = options;
    withPreferences.preferences = m_preferences;
    m_thread = std::thread([input = m_input, options = std::move(withPreferences),
                            cancel = m_cancel, receiver = this] {
        AssignmentSolver solver(input, options);
        SolverResult result = solver.solve(cancel.get(), [receiver,
                                                          cancel](const SolverProgress &p) {
            if (!cancel->load())
                QMetaObject::invokeMethod(
                    receiver, [receiver, p] { emit receiver->progress(p); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            receiver,
            [receiver, result = std::move(result)]() mutable {
                receiver->m_result = std::move(result);
                receiver->m_running = false;
                emit receiver->finished();
            },
            Qt::QueuedConnection);
    });
}

void AutoAssignRun::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

Result<> AutoAssignRun::apply(const std::vector<int> &accepted)
{
    std::vector<AssignmentChange> changes;
    for (int i : accepted) {
        if (i >= 0 && std::size_t(i) < m_result.changes.size())
            changes.push_back(m_result.changes[std::size_t(i)]);
    }
    if (changes.empty())
        return {};
    // The plan with just these changes: no hard conflict it did not have before.
    ConflictInput after = m_input;
    for (const AssignmentChange &c : changes) {
        auto &rows = after.cohortInstructors;
        if (c.before != 0)
            rows.erase(std::remove_if(rows.begin(), rows.end(),
                                      [&](const CohortInstructor &a) {
                                          return a.cohortId == c.cohortId &&
                                                 a.instructorId == c.before && a.role == c.role;
                                      }),
                       rows.end());
    }
    for (const AssignmentChange &c : changes) {
        if (c.after != 0)
            after.cohortInstructors.push_back({c.cohortId, c.after, c.role, false});
    }
    std::vector<QString> before, now;
    hardCount(m_input, &before);
    hardCount(after, &now);
    for (const QString &explanation : now) {
        if (std::find(before.begin(), before.end(), explanation) == before.end())
            return Problem::of(Tr::tr("These changes only work together with some you left out: %1")
                                   .arg(explanation));
    }
    PlanEdit edit;
    edit.text = Tr::tr("Auto-assign %n change(s)", nullptr, int(changes.size()));
    edit.changes = assignmentChangeSet(m_input.cohortInstructors, changes);
    const Result<> written = m_session->apply(std::move(edit));
    if (written)
        m_input = std::move(after);
    return written;
}

} // namespace Planner

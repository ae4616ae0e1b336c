// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

#include <stdexcept>

namespace Planner {

// Thrown by the store when a statement fails. The message is meant for the user: it
// says what failed and why, never only "database error".
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message) : StoreError(Problem::of(message)) {}
    explicit StoreError(Problem problem)
        : std::runtime_error(problem.message.toStdString()), m_problem(std::move(problem))
    {}

    QString message() const { return m_problem.message; }
    // What the store's callers hand on: store code throws, and the layers above (io,
    // commands, items) catch it at their boundary and return this Problem.
    const Problem &problem() const { return m_problem; }

private:
    Problem m_problem;
};

} // namespace Planner

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

// Thrown when a record changed after the writer read it (another coordinator's edit on a
// server plan, or an undo step older than the record): nothing is written over it. Holds
// both versions, as JSON objects of the record's columns, for the user to choose from.
class EditConflict : public StoreError
{
public:
    EditConflict(const QString &message, QString table, QString key, QString theirs, QString yours)
        : StoreError(message), m_table(std::move(table)), m_key(std::move(key)),
          m_theirs(std::move(theirs)), m_yours(std::move(yours))
    {}
    QString table() const { return m_table; }
    QString key() const { return m_key; }
    // The record as stored now (empty: deleted), and as this writer meant it to be
    // (empty: deleted).
    QString theirs() const { return m_theirs; }
    QString yours() const { return m_yours; }

private:
    QString m_table, m_key, m_theirs, m_yours;
};

} // namespace Planner

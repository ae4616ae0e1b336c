// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace Planner {

// What went wrong, as the user reads it: a sentence that says what is wrong and what to
// do, and where: the field at fault (a record's column name, e.g. "capacity"), empty when
// the problem is not about one field. Every layer reports a failure this way: the rules
// (planning), the plan file (store, whose StoreError carries one to the boundary), the
// files read and written (io), the edits (commands) and the session (items).
struct Problem
{
    QString field;
    QString message;

    // A problem not about one field.
    static Problem of(const QString &message) { return Problem{QString(), message}; }
    bool operator==(const Problem &) const = default;
};

// A value or the Problem that stopped it: what a function that can fail returns. Result<>
// (Result<void>) is a check or an action without a value: ok, or a Problem.
//   Result<Calendar> r = Ics::read(bytes);
//   if (!r) return r.problem();   // a Problem converts to any Result
//   use(*r);
// E is a Problem that says more for callers that choose by it (PlanDatabase::Refused says
// why a file was refused, so that the window can offer a backup or read-only); it is a
// Problem everywhere else.
template <typename T = void, typename E = Problem> class [[nodiscard]] Result
{
    static_assert(std::is_base_of_v<Problem, E>);

public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(E problem) : m_state(std::in_place_index<1>, std::move(problem)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    // Only when !ok().
    const E &problem() const { return std::get<1>(m_state); }
    // The problem's sentence, or an empty string when ok().
    QString message() const { return ok() ? QString() : problem().message; }

private:
    std::variant<T, E> m_state;
};

template <typename E> class [[nodiscard]] Result<void, E>
{
    static_assert(std::is_base_of_v<Problem, E>);

public:
    Result() = default;
    Result(E problem) : m_problem(std::move(problem)) {}

    bool ok() const { return !m_problem; }
    explicit operator bool() const { return ok(); }
    // Only when !ok().
    const E &problem() const { return *m_problem; }
    QString message() const { return m_problem ? m_problem->message : QString(); }

private:
    std::optional<E> m_problem;
};

} // namespace Planner

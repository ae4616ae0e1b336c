// SPDX-License-Identifier: GPL-3.0-or-later
#include "gotoindex.h"

#include "plansession.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace Planner {

GoToIndex::GoToIndex(PlanSession *session, QObject *parent) : QObject(parent), m_session(session) {}

GoToIndex::Data GoToIndex::prepare(std::vector<GoToEntry> entries)
{
    Data data;
    const std::size_t n = entries.size();
    data.codes.reserve(n);
    data.names.reserve(n);
    data.keys.reserve(n);
    for (const GoToEntry &e : entries) {
        data.codes.push_back(e.code.toCaseFolded());
        data.names.push_back(e.name.toCaseFolded());
        data.keys.push_back(
            QStringList{e.code, e.name, e.detail}.join(QLatin1Char('\n')).toCaseFolded());
    }
    data.entries = std::move(entries);
    return data;
}

void GoToIndex::setEntries(std::vector<GoToEntry> entries)
{
    ++m_build;
    m_data = prepare(std::move(entries));
    m_ready = true;
    m_stale = false;
    m_building = false;
    emit ready();
}

void GoToIndex::rebuild()
{
    if (!m_session || !m_session->isOpen())
        return;
    const quint64 build = ++m_build;
    m_building = true;
    m_stale = false;
    m_session->query<Data>(
        this, [](const PlanQueries &q) { return prepare(q.goToEntries()); },
        [this, build](Data data) {
            if (build != m_build)
                return;
            m_data = std::move(data);
            m_ready = true;
            m_building = false;
            emit ready();
        },
        [this, build](const QString &) {
            if (build == m_build)
                m_building = false;
        });
}

void GoToIndex::invalidate()
{
    m_stale = true;
}

void GoToIndex::ensureBuilt()
{
    if (m_stale && !m_building)
        rebuild();
}

std::vector<int> GoToIndex::match(const QString &text, int limit) const
{
    const QString query = text.toCaseFolded().simplified();
    if (query.isEmpty() || limit <= 0)
        return {};
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // One bucket per rank; a bucket never needs more than limit entries, and once the
    // best one is full nothing later can displace it.
    std::array<std::vector<int>, 4> buckets;
    const std::size_t cap = std::size_t(limit);
    const int n = size();
    for (int i = 0; i < n && buckets[0].size() < cap; ++i) {
        const QString &code = m_data.codes[std::size_t(i)];
        const QString &name = m_data.names[std::size_t(i)];
        int rank = -1;
        if (code.startsWith(query))
            rank = 0;
        else if (name.startsWith(query))
            rank = 1;
        else if (code.contains(query) || name.contains(query))
            rank = 2;
        else {
            const QString &key = m_data.keys[std::size_t(i)];
            if (std::all_of(words.cbegin(), words.cend(),
                            [&](const QString &w) { return key.contains(w); }))
                rank = 3;
        }
        if (rank >= 0 && buckets[std::size_t(rank)].size() < cap)
            buckets[std::size_t(rank)].push_back(i);
    }
    std::vector<int> found;
    found.reserve(cap);
    for (const auto &bucket : buckets) {
        for (int i : bucket) {
            if (found.size() == cap)
                return found;
            found.push_back(i);
        }
    }
    return found;
}

} // namespace Planner

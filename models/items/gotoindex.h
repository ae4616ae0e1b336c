// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/planviews.h"

#include <QObject>

#include <vector>

namespace Planner {

class PlanSession;

// Every cohort, instructor, trainee, course and venue of the open plan, ready to be found
// by what the user types in Go to (Ctrl+K). Read and case-folded on a worker thread when
// a plan opens; a query is one pass over the folded texts.
class GoToIndex final : public QObject
{
    Q_OBJECT

public:
    // The entries and their case-folded texts, built off the GUI thread.
    struct Data
    {
        std::vector<GoToEntry> entries;
        std::vector<QString> codes;
        std::vector<QString> names;
        std::vector<QString> keys; // code, name and detail
    };
    static Data prepare(std::vector<GoToEntry> entries);

    explicit GoToIndex(PlanSession *session, QObject *parent = nullptr);

    // Reads the open plan's records again, on a worker thread; ready() follows.
    void rebuild();
    // The records changed (an edit): the next ensureBuilt() reads them again.
    void invalidate();
    // Rebuilds if invalidated and not already building.
    void ensureBuilt();
    // Uses entries as given, at once (tests, and a caller that has them).
    void setEntries(std::vector<GoToEntry> entries);

    bool isReady() const { return m_ready; }
    bool isBuilding() const { return m_building; }
    int size() const { return int(m_data.entries.size()); }
    const GoToEntry &entry(int i) const { return m_data.entries[std::size_t(i)]; }

    // The entries text finds, best first, at most limit: codes starting with the text,
    // then names starting with it, then codes or names containing it, then entries
    // whose code, name and detail together contain every word of it. Case-insensitive;
    // an empty text finds nothing.
    std::vector<int> match(const QString &text, int limit = 50) const;

signals:
    void ready();

private:
    PlanSession *m_session;
    Data m_data;
    quint64 m_build = 0; // drops the result of a build overtaken by a newer one
    bool m_ready = false;
    bool m_stale = true;
    bool m_building = false;
};

} // namespace Planner

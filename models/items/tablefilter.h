// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFlags>
#include <QString>

namespace Planner {

// The columns a page can be narrowed by with a choice of values (a combo box), besides
// free text and dates. A model says which of them it has (TableModelBase::supportedFacets).
enum class Facet {
    Track = 0x1,
    Status = 0x2,
    District = 0x4,
};
Q_DECLARE_FLAGS(Facets, Facet)
Q_DECLARE_OPERATORS_FOR_FLAGS(Facets)

// What a page table shows of its rows. Every part that is set must match; an empty
// filter shows every row.
struct TableFilter
{
    // Case-insensitive; every whitespace-separated word must occur in the row's text.
    QString text;
    // Exact values of the row's facets; empty = any.
    QString track;
    QString status;
    QString district;
    // The row's date span must overlap [from, to]; an invalid date leaves that end open.
    QDate from;
    QDate to;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && track.isEmpty() && status.isEmpty() && district.isEmpty()
            && !from.isValid() && !to.isValid();
    }
    QString facet(Facet f) const
    {
        switch (f) {
        case Facet::Track: return track;
        case Facet::Status: return status;
        case Facet::District: return district;
        }
        return {};
    }
    bool operator==(const TableFilter &) const = default;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFlags>
#include <QString>

#include <array>

namespace Planner {

// The columns a page can be narrowed by with a choice of values (a combo box), besides
// free text and dates. A model says which of them it has (TableModelBase::supportedFacets).
// Record is typed rather than chosen (a field, not a combo box): a record's key, exactly.
enum class Facet {
    Track = 0x1,
    Status = 0x2,
    District = 0x4,
    Table = 0x8,
    User = 0x10,
    Record = 0x20,
};
Q_DECLARE_FLAGS(Facets, Facet)
Q_DECLARE_OPERATORS_FOR_FLAGS(Facets)

inline constexpr std::array<Facet, 6> AllFacets = {Facet::Track, Facet::Status, Facet::District,
                                                   Facet::Table, Facet::User,   Facet::Record};

// The position of a facet in AllFacets (for arrays indexed by facet).
constexpr std::size_t facetIndex(Facet facet)
{
    switch (facet) {
    case Facet::Track:
        return 0;
    case Facet::Status:
        return 1;
    case Facet::District:
        return 2;
    case Facet::Table:
        return 3;
    case Facet::User:
        return 4;
    case Facet::Record:
        return 5;
    }
    return 0;
}

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
    QString table;  // the audit log's table
    QString user;   // who made a change
    QString record; // a record's key (the audit log's record id)
    // The row's date span must overlap [from, to]; an invalid date leaves that end open.
    QDate from;
    QDate to;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && track.isEmpty() && status.isEmpty() &&
               district.isEmpty() && table.isEmpty() && user.isEmpty() &&
               record.trimmed().isEmpty() && !from.isValid() && !to.isValid();
    }
    QString facet(Facet f) const
    {
        switch (f) {
        case Facet::Track:
            return track;
        case Facet::Status:
            return status;
        case Facet::District:
            return district;
        case Facet::Table:
            return table;
        case Facet::User:
            return user;
        case Facet::Record:
            return record.trimmed();
        }
        return {};
    }
    bool operator==(const TableFilter &) const = default;
};

} // namespace Planner

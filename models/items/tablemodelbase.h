// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planedits.h"

#include "tablefilter.h"
#include <QAbstractTableModel>

#include <QAbstractTableModel>
#include <QStringList>

#include <array>
#include <utility>
#include <vector>

namespace Planner {

class PlanSession;

// Base of the page tables: rows live in the subclass in load order; this class keeps an
// index vector of the rows shown, in display order, so that 100k-row tables filter and
// sort in one pass and never go through a proxy model.
//
// Two vectors: m_sorted holds every row in the current sort order (rebuilt on sort and
// load), m_order the rows of m_sorted that pass the filter (rebuilt on every filter
// change by one walk over m_sorted, so a filter never sorts). What a row is filtered by
// (its folded search text, facet values, date span) is read once per load.
class TableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        SortRole = Qt::UserRole + 1, // a value that orders the column (number, date, text)
        IdRole,                      // the record's id
        // How an editable cell is edited (EditorKind), for the views' delegate; cells
        // without one are read-only.
        EditorRole = Qt::UserRole + 50,
        ChoicesRole, // Choice cells: a QVariantList of {label, value} pairs
        MinimumRole, // Integer and Decimal cells: the range offered
        MaximumRole,
    };
    enum class EditorKind { None, Text, Integer, Decimal, Date, Choice };

    explicit TableModelBase(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Edits go through the session's editor as one undoable step each, after the edit
    // rules: a refused edit changes nothing, returns false and says why in
    // editRejected() and lastEditError().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QString lastEditError() const { return m_lastEditError; }
    // The session whose plan the rows come from and edits go to.
    // Its ID numbers revealed (PlanSession::idNumberRevealed) repaint the rows.
    void setSession(PlanSession *session);

    bool isLoaded() const { return m_loaded; }
    // The position in load order of the row shown at row (sorting and filtering only
    // change which rows are shown, and in which order).
    int sourceRow(int row) const;
    // The row shown for the record with IdRole id, or -1 when it is not shown.
    int rowOfId(qint64 id) const;
    // Whether a record with IdRole id is loaded (shown or filtered out).
    bool hasId(qint64 id) const;

    // ---- Filtering
    // Shows only the rows that pass filter, in the current sort order (one model reset).
    void setFilter(const TableFilter &filter);
    const TableFilter &filter() const { return m_filter; }
    bool isFiltered() const { return !m_filter.isEmpty(); }
    // Every loaded row, shown or not.
    int totalRowCount() const { return sourceRowCount(); }
    // What the rows can be narrowed by, besides text.
    virtual Facets supportedFacets() const;
    virtual bool hasDateSpan() const;
    // What the filter bar offers for "any value" of a facet, when the model names its
    // facet other than the bar does (e.g. "All actions" for the audit log's status);
    // empty for the bar's own text.
    virtual QString facetAnyText(Facet facet) const;
    // The distinct non-empty values of a facet over the loaded rows, in locale order.
    QStringList facetValues(Facet facet) const;
    // The earliest start and latest end of the loaded rows' date spans.
    std::pair<QDate, QDate> dateExtent() const;

    // ---- Copying
    // The given display rows as tab-separated text: a header row of column titles, then
    // one line per row of the cells' display text (tabs and line breaks in a cell become
    // spaces). columns in the order given; empty = every column.
    QString rowsAsTsv(const std::vector<int> &rows, const std::vector<int> &columns = {}) const;

signals:
    void loaded();
    void loadFailed(const QString &message);
    void editRejected(const QString &message);
    // After every setFilter(), and after a load when a filter is set.
    void filterChanged();

protected:
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QString columnToolTip(int column) const;
    // The data of the sourceRow-th row in load order.
    virtual QVariant cellData(int sourceRow, int column, int role) const = 0;
    virtual int sourceRowCount() const = 0;
    // The edit roles (Qt::EditRole, EditorRole, ChoicesRole, MinimumRole, MaximumRole) of
    // a cell; nothing by default (read-only).
    virtual QVariant editData(int sourceRow, int column, int role) const;
    // The change that setting value into a cell makes, checked.
    virtual PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                               const PlanEdits &edits) const;

    // What the sourceRow-th row is found by when the user types: its text columns. The
    // default is the display text of every column.
    virtual QString searchText(int sourceRow) const;
    // The row's value of a facet it supports (exact match), empty for none.
    virtual QString facet(int sourceRow, Facet facet) const;
    // The first and last day of the row (for rows of one day, twice that day).
    virtual std::pair<QDate, QDate> dateSpan(int sourceRow) const;

    // A trainee's ID number as tables show it: in full once revealed in the session, else
    // masked (IdentityDocument::masked). Editable only in full (or when there is none).
    QString shownIdNumber(qint64 traineeId, const QString &number) const;
    bool idNumberShownInFull(qint64 traineeId, const QString &number) const;

    // Subclasses replace their rows between these two calls; the current sort and filter
    // are kept.
    void beginReplaceRows();
    void endReplaceRows();

private:
    static constexpr std::size_t FacetCount = AllFacets.size();
    static std::size_t facetSlot(Facet facet);

    void rebuildSearchData();
    void rebuildSorted();
    void applyFilter();
    bool passesText(int sourceRow, const QStringList &words) const;

    std::vector<int> m_sorted; // every source row, in display order
    std::vector<int> m_order;  // the rows of m_sorted that pass m_filter
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loaded = false;
    PlanSession *m_session = nullptr;
    QString m_lastEditError;

    TableFilter m_filter;
    QStringList m_filterWords;         // m_filter.text, case-folded and split
    std::vector<QString> m_searchKeys; // per source row, case-folded
    // Per facet: the distinct values, and per source row the index of its value (-1: none).
    std::array<QStringList, FacetCount> m_facetNames;
    std::array<std::vector<int>, FacetCount> m_facetOfRow;
    // Per source row: first and last day as Julian days (0/0 when the row has no date).
    std::vector<std::pair<qint64, qint64>> m_spans;
};

} // namespace Planner

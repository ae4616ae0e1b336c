// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planedits.h"

#include <QAbstractTableModel>

#include <vector>

namespace Planner {

class PlanSession;

// Base of the page tables: rows live in the subclass in load order; this class keeps an
// index vector of that order as sorted for display (std::vector<int>, rebuilt on sort)
// so that 100k-row tables sort in one pass and never go through a proxy model.
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
    void setSession(PlanSession *session) { m_session = session; }

    bool isLoaded() const { return m_loaded; }
    // The position in load order of the row shown at row (sorting only reorders the view).
    int sourceRow(int row) const;

signals:
    void loaded();
    void loadFailed(const QString &message);
    void editRejected(const QString &message);

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
    virtual PlanEdits::Result buildEdit(int sourceRow, int column, const QVariant &value,
                                        const PlanEdits &edits) const;

    // Subclasses replace their rows between these two calls; the current sort is kept.
    void beginReplaceRows();
    void endReplaceRows();

private:
    void rebuildOrder();

    std::vector<int> m_order;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loaded = false;
    PlanSession *m_session = nullptr;
    QString m_lastEditError;
};

} // namespace Planner

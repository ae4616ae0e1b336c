// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <vector>

class QAction;
class QHBoxLayout;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace Planner {

class FilterBar;
class TableModelBase;

// A page of the main window that shows one table: a title, a line saying how many rows
// there are (or that they are loading, or how many of them the filter shows), a filter
// bar and the table. Displays only: the model loads and filters.
//
// The table is keyboard-operable: Tab leaves it, Enter activates the current row, Ctrl+C
// copies the selected rows as tab-separated text, Delete asks to delete them.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(const QString &title, TableModelBase *model, std::function<void()> reload,
              QWidget *parent = nullptr);

    // Reloads the next time the page is shown (or now, if it is visible).
    void markStale();
    // Reloads now, shown or not (for models other pages read too).
    void reload() { reloadNow(); }
    // A reload has been asked for and its rows are not in yet.
    bool isLoading() const { return m_loading; }
    QTableView *view() const { return m_view; }
    TableModelBase *model() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    QLabel *summaryLabel() const { return m_summary; }
    // Selects and shows the row whose IdRole is id, clearing the filter if it hides the
    // row; false when there is none.
    bool selectId(qint64 id);
    // Extra widgets (filters, selectors) go in the header row, right of the title.
    void addHeaderWidget(QWidget *widget);
    // A pane beside the table (the chosen record's details), in a splitter with it.
    void addSidePanel(QWidget *panel);
    // Puts the cursor in the filter bar's text field.
    void focusFilter();

    // How the line below the title reads once the rows are in, given the row count. When
    // a filter is set it reads "N of <that text for every row>".
    void setSummaryText(std::function<QString(int rows)> text);

    // The ids (IdRole) of the selected rows, in display order.
    QList<qint64> selectedIds() const;
    // The selected rows (display rows, ascending); the current row if none is selected.
    std::vector<int> selectedRows() const;
    // The selected rows as tab-separated text, the visible columns in their visual order.
    QString selectionAsTsv() const;
    // Puts selectionAsTsv() on the clipboard.
    void copySelection();
    // Fills a context menu: Copy, Select all, Export Table…, then whatever
    // contextMenuRequested adds.
    void populateContextMenu(QMenu *menu);
    // Asks for a file and writes the rows shown (every column's text) to CSV or XLSX.
    void exportTable();
    // Writes the rows shown to path (.csv or .xlsx); returns an error message (also shown).
    Result<> exportTo(const QString &path);

    QAction *copyAction() const { return m_copyAction; }
    QAction *selectAllAction() const { return m_selectAllAction; }

signals:
    // Enter (or a double click) on a row.
    void activated(qint64 id);
    // The Delete key with rows selected.
    void deleteRequested(const QList<qint64> &ids);
    // Before the table's context menu is shown: add actions for the selected rows here.
    void contextMenuRequested(QMenu *menu, const QList<qint64> &selectedIds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadNow();
    void restorePosition();
    void updateSummary();
    void showContextMenu(const QPoint &position);

    TableModelBase *m_model;
    std::function<void()> m_reload;
    std::function<QString(int)> m_summaryText;
    QLabel *m_title;
    QLabel *m_summary;
    FilterBar *m_filterBar;
    QTableView *m_view;
    QSplitter *m_body;
    QHBoxLayout *m_header;
    QAction *m_copyAction;
    QAction *m_selectAllAction;
    QAction *m_deleteAction;
    qint64 m_restoreId = -1;
    int m_restoreColumn = 0;
    int m_restoreScroll = 0;
    bool m_stale = true;
    bool m_loading = false;
    bool m_columnsSized = false;
};

} // namespace Planner

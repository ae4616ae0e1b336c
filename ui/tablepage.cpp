// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepage.h"

#include "filterbar.h"
#include "pagetitle.h"
#include "planitemdelegate.h"

#include "items/tableexport.h"
#include "items/tablemodelbase.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Planner {

TablePage::TablePage(const QString &title, TableModelBase *model, std::function<void()> reload,
                     QWidget *parent)
    : QWidget(parent), m_model(model), m_reload(std::move(reload)),
      m_title(createPageTitle(title, this)), m_summary(new QLabel(this)),
      m_filterBar(new FilterBar(model, this)), m_view(new QTableView(this)),
      m_header(new QHBoxLayout), m_copyAction(new QAction(tr("&Copy"), this)),
      m_selectAllAction(new QAction(tr("Select &All"), this)),
      m_deleteAction(new QAction(tr("Delete"), this))
{
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    // No sort until the user asks for one: the load order (cohorts by start date, ...)
    // is the natural one.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Cells the model offers for editing edit in place, as in a spreadsheet: F2, a double
    // click or typing. The others are read-only; Enter on them activates the row.
    m_view->setItemDelegate(new PlanItemDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    // Tab leaves the table (to the next widget) instead of walking its cells.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep 100k-row tables fast: no per-row size hints.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setTabOrder(m_filterBar->lastWidget(), m_view);

    // The table's keys, as actions on the view only: each page handles its own table.
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_copyAction, m_selectAllAction, m_deleteAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    connect(m_copyAction, &QAction::triggered, this, &TablePage::copySelection);
    connect(m_selectAllAction, &QAction::triggered, m_view, &QTableView::selectAll);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            emit deleteRequested(ids);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TablePage::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit activated(index.data(TableModelBase::IdRole).toLongLong());
    });
    connect(m_filterBar, &FilterBar::leaveToTable, this, [this] {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });

    m_header->addWidget(m_title);
    m_header->addSpacing(12);
    m_header->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addWidget(m_summary);
    layout->addWidget(m_filterBar);
    m_body = new QSplitter(Qt::Horizontal, this);
    m_body->setChildrenCollapsible(false);
    m_body->addWidget(m_view);
    layout->addWidget(m_body, 1);

    connect(m_model, &TableModelBase::loaded, this, [this] {
        m_loading = false;
        updateSummary();
        restorePosition();
        if (!m_columnsSized && m_model->rowCount() > 0) {
            // Size columns to their contents once, from the first rows only (sizing to
            // 100k rows would read every cell).
            m_view->horizontalHeader()->setResizeContentsPrecision(50);
            m_view->resizeColumnsToContents();
            // A long title is cut short rather than pushing the other columns out of
            // sight; hovering shows it whole (ElidedToolTips).
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 240));
            m_columnsSized = true;
        }
    });
    connect(m_model, &TableModelBase::filterChanged, this, &TablePage::updateSummary);
    connect(m_model, &TableModelBase::loadFailed, this, [this](const QString &message) {
        m_loading = false;
        m_summary->setText(tr("Could not load: %1").arg(message));
    });
}

void TablePage::addSidePanel(QWidget *panel)
{
    m_body->addWidget(panel);
    // The table keeps the larger part, enough for its first six columns on a 1280-pixel
    // screen; the pane gets the rest, and the user drags the handle.
    m_body->setStretchFactor(0, 3);
    m_body->setStretchFactor(1, 2);
    m_body->setSizes({650, 400});
}

void TablePage::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget);
}

void TablePage::focusFilter()
{
    m_filterBar->focusText();
}

bool TablePage::selectId(qint64 id)
{
    int row = m_model->rowOfId(id);
    if (row < 0 && m_model->isFiltered() && m_model->hasId(id)) {
        m_filterBar->clear();
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QList<qint64> TablePage::selectedIds() const
{
    QList<qint64> ids;
    for (int row : selectedRows())
        ids << m_model->index(row, 0).data(TableModelBase::IdRole).toLongLong();
    return ids;
}

std::vector<int> TablePage::selectedRows() const
{
    std::vector<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    rows.reserve(std::size_t(selected.size()));
    for (const QModelIndex &index : selected)
        rows.push_back(index.row());
    if (rows.empty() && m_view->currentIndex().isValid())
        rows.push_back(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString TablePage::selectionAsTsv() const
{
    const std::vector<int> rows = selectedRows();
    if (rows.empty())
        return {};
    // The columns as the user sees them: moved ones where they were moved, hidden ones
    // left out.
    const QHeaderView *header = m_view->horizontalHeader();
    std::vector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    return m_model->rowsAsTsv(rows, columns);
}

void TablePage::copySelection()
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TablePage::populateContextMenu(QMenu *menu)
{
    const QList<qint64> ids = selectedIds();
    m_copyAction->setEnabled(!ids.isEmpty());
    menu->addAction(m_copyAction);
    menu->addAction(m_selectAllAction);
    menu->addAction(tr("Export Table…"), this, &TablePage::exportTable);
    menu->addSeparator();
    emit contextMenuRequested(menu, ids);
}

void TablePage::exportTable()
{
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Table"), m_title->text() + QStringLiteral(".csv"),
        tr("CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)"), &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter.contains(QLatin1String("xlsx")) ? QStringLiteral(".xlsx")
                                                               : QStringLiteral(".csv");
    static_cast<void>(exportTo(path)); // the page says what went wrong
}

Result<> TablePage::exportTo(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<> written = TableExport::write(*m_model, path);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(this, tr("Cannot export the table"), written.message());
    return written;
}

void TablePage::showContextMenu(const QPoint &position)
{
    // A right click on a row that is not selected selects it first, as file managers do.
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    QMenu menu(this);
    populateContextMenu(&menu);
    menu.exec(m_view->viewport()->mapToGlobal(position));
    m_copyAction->setEnabled(true);
}

void TablePage::markStale()
{
    m_stale = true;
    if (isVisible())
        reloadNow();
}

void TablePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadNow();
}

void TablePage::reloadNow()
{
    // Where the user was, to be there again once the new rows are in (a reload after an
    // edit must not lose the place in a 100k-row table).
    const QModelIndex current = m_view->currentIndex();
    m_restoreId = current.isValid() ? current.data(TableModelBase::IdRole).toLongLong() : -1;
    m_restoreColumn = current.isValid() ? current.column() : 0;
    m_restoreScroll = m_view->verticalScrollBar()->value();
    m_stale = false;
    m_loading = true;
    m_summary->setText(tr("Loading…"));
    m_reload();
}

void TablePage::restorePosition()
{
    if (m_restoreId < 0)
        return;
    const qint64 id = m_restoreId;
    m_restoreId = -1;
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    m_view->verticalScrollBar()->setValue(m_restoreScroll);
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, m_restoreColumn),
                                              QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
}

void TablePage::setSummaryText(std::function<QString(int)> text)
{
    m_summaryText = std::move(text);
}

void TablePage::updateSummary()
{
    if (!m_model->isLoaded())
        return;
    auto describe = [this](int rows) {
        return m_summaryText ? m_summaryText(rows) : tr("%n row(s)", nullptr, rows);
    };
    const int total = m_model->totalRowCount();
    if (!m_model->isFiltered()) {
        m_summary->setText(describe(total));
        return;
    }
    //: Shown rows of a filtered table: "1,234 of 100,000 trainees"
    m_summary->setText(tr("%1 of %2", "filtered rows")
                           .arg(QLocale().toString(m_model->rowCount()), describe(total)));
}

} // namespace Planner

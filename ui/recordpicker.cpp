// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordpicker.h"

#include "windowsize.h"

#include "items/tablemodelbase.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Planner {

RecordPicker::RecordPicker(const QString &title, const QString &prompt, TableModelBase *model,
                           Selection selection, QWidget *parent)
    : QDialog(parent), m_model(model), m_search(new QLineEdit(this)), m_view(new QTableView(this)),
      m_count(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_model->setParent(this);
    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    m_search->setPlaceholderText(tr("Type to search: name, ID number, code, employer…"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(selection == Selection::Many ? QAbstractItemView::ExtendedSelection
                                                          : QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: sizing to 100k rows would read every cell.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    // The load order (trainees by id, cohorts by start) until the user sorts.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    resizeWithinScreen(this, QSize(820, 560));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        TableFilter filter;
        filter.text = text;
        m_model->setFilter(filter);
        // The first match is ready to take with Enter.
        if (m_model->rowCount() > 0 && !m_view->selectionModel()->hasSelection())
            m_view->selectRow(0);
        updateState();
    });
    connect(m_model, &TableModelBase::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordPicker::updateState);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);
    updateState();
}

void RecordPicker::setColumns(const std::vector<int> &columns)
{
    if (columns.empty())
        return;
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnHidden(c, std::find(columns.begin(), columns.end(), c) == columns.end());
}

QList<qint64> RecordPicker::selectedIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows)
        ids << index.data(TableModelBase::IdRole).toLongLong();
    return ids;
}

void RecordPicker::updateState()
{
    const QLocale locale;
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    if (!m_model->isLoaded())
        m_count->setText(tr("Loading…"));
    else
        m_count->setText(tr("%1 of %2 shown · %n selected", nullptr, selected)
                             .arg(locale.toString(m_model->rowCount()),
                                  locale.toString(m_model->totalRowCount())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selected > 0);
}

} // namespace Planner

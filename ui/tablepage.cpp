// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepage.h"

#include "items/tablemodelbase.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace Planner {

TablePage::TablePage(const QString &title, TableModelBase *model, std::function<void()> reload,
                     QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_reload(std::move(reload))
    , m_title(new QLabel(title, this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_header(new QHBoxLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    // No sort until the user asks for one: the load order (cohorts by start date, ...)
    // is the natural one.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep 100k-row tables fast: no per-row size hints.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_header->addWidget(m_title);
    m_header->addSpacing(12);
    m_header->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_model, &TableModelBase::loaded, this, [this] {
        updateSummary();
        if (!m_columnsSized && m_model->rowCount() > 0) {
            // Size columns to their contents once, from the first rows only (sizing to
            // 100k rows would read every cell).
            m_view->horizontalHeader()->setResizeContentsPrecision(50);
            m_view->resizeColumnsToContents();
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 360));
            m_columnsSized = true;
        }
    });
    connect(m_model, &TableModelBase::loadFailed, this, [this](const QString &message) {
        m_summary->setText(tr("Could not load: %1").arg(message));
    });
}

void TablePage::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget);
}

bool TablePage::selectId(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(TableModelBase::IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
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
    m_stale = false;
    m_summary->setText(tr("Loading…"));
    m_reload();
}

void TablePage::setSummaryText(std::function<QString(int)> text)
{
    m_summaryText = std::move(text);
}

void TablePage::updateSummary()
{
    const int rows = m_model->rowCount();
    m_summary->setText(m_summaryText ? m_summaryText(rows) : tr("%n row(s)", nullptr, rows));
}

} // namespace Planner

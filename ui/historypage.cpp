// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"

#include "tablepage.h"

#include "items/auditdiff.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Planner {

HistoryPage::HistoryPage(PlanSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AuditTableModel(this))
{
    m_table = new TablePage(
        tr("History"), m_model, [this] { m_model->reload(*m_session); }, this);
    m_table->setSummaryText([](int n) {
        return tr("%n change(s), newest first: who changed what, and when", nullptr, n);
    });
    m_export = new QToolButton(m_table);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(
        tr("Save the changes shown (with the filters applied) as a CSV file for a spreadsheet"));
    connect(m_export, &QToolButton::clicked, this, &HistoryPage::exportShown);
    m_table->addHeaderWidget(m_export);

    auto *detailBox = new QWidget(this);
    m_detailTitle = new QLabel(tr("Select a change to see it field by field."), detailBox);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QTreeWidget(detailBox);
    m_detail->setColumnCount(3);
    m_detail->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_detail->setRootIsDecorated(false);
    m_detail->setAlternatingRowColors(true);
    m_detail->setWordWrap(true);
    m_detail->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_detail->header()->setStretchLastSection(true);
    m_detail->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_detail->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::showEntry);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { showEntry(m_table->view()->currentIndex()); });
}

void HistoryPage::showEntry(const QModelIndex &current)
{
    m_detail->clear();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_detailTitle->setText(tr("Select a change to see it field by field."));
        return;
    }
    const AuditEntry &entry = m_model->entryAt(current.row());
    const QString when =
        QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString action = m_model->index(current.row(), AuditTableModel::Action).data().toString();
    // The record by its code and name where it has them; a note of a whole plan has none.
    const QString record = entry.recordLabel.isEmpty() ? entry.recordKey : entry.recordLabel;
    m_detailTitle->setText(
        entry.table.isEmpty() || record.isEmpty()
            ? tr("%1, by %2 on %3").arg(action, entry.user, when)
            : tr("%1: %2 %3, by %4 on %5")
                  .arg(action, auditRecordLabel(entry.table), record, entry.user, when));
    QFont bold = m_detail->font();
    bold.setBold(true);
    const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
    for (const AuditField &f : auditFields(entry)) {
        auto *item = new QTreeWidgetItem(m_detail, {auditFieldLabel(f.name),
                                                    auditValueLabel(entry, f.name, f.before),
                                                    auditValueLabel(entry, f.name, f.after)});
        for (int c = 0; c < 3; ++c) {
            item->setToolTip(c, item->text(c));
            if (f.changed)
                item->setFont(c, bold);
            else
                item->setForeground(c, dim);
        }
    }
}

Result<> HistoryPage::exportTo(const QString &path) const
{
    return m_model->saveShownRowsAsCsv(path);
}

void HistoryPage::exportShown()
{
    const QString folder =
        m_session->isOpen() ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Export History"),
                                                QDir(folder).filePath(tr("history.csv")),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (const Result<> written = exportTo(path); !written) {
        QMessageBox::warning(this, tr("Cannot export the history"), written.message());
        return;
    }
    emit message(tr("Saved %n change(s) to %1.", nullptr, m_model->rowCount())
                     .arg(QDir::toNativeSeparators(path)));
}

} // namespace Planner

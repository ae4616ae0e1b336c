// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QToolButton;
class QTreeWidget;

namespace Planner {

class AuditTableModel;
class PlanSession;
class TablePage;

// The History page: the audit log as a table (filtered by action, table, user, record id,
// dates and words in the values), below it the selected change field by field, before →
// after, and Export… to a CSV file of the rows shown.
class HistoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(PlanSession *session, QWidget *parent = nullptr);

    TablePage *table() const { return m_table; }
    AuditTableModel *model() const { return m_model; }
    // The selected change's fields: Field, Before, After; changed fields in bold.
    QTreeWidget *detail() const { return m_detail; }
    QLabel *detailTitle() const { return m_detailTitle; }
    QToolButton *exportButton() const { return m_export; }

    // Writes the rows shown to path; returns an error message or an empty string.
    Result<> exportTo(const QString &path) const;

signals:
    // For the status bar: what Export… saved.
    void message(const QString &text);

private:
    void showEntry(const QModelIndex &current);
    void exportShown();

    PlanSession *m_session;
    AuditTableModel *m_model;
    TablePage *m_table;
    QLabel *m_detailTitle;
    QTreeWidget *m_detail;
    QToolButton *m_export;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QTableView;

namespace Planner {

class TableModelBase;

// A page of the main window that shows one table: a title, a line saying how many rows
// there are (or that they are loading), and the table. Displays only: the model loads.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(const QString &title, TableModelBase *model, std::function<void()> reload,
              QWidget *parent = nullptr);

    // Reloads the next time the page is shown (or now, if it is visible).
    void markStale();
    QTableView *view() const { return m_view; }
    TableModelBase *model() const { return m_model; }
    // Selects and shows the row whose IdRole is id; false when there is none.
    bool selectId(qint64 id);
    // Extra widgets (filters, selectors) go in the header row, right of the title.
    void addHeaderWidget(QWidget *widget);

    // How the line below the title reads once the rows are in, given the row count.
    void setSummaryText(std::function<QString(int rows)> text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadNow();
    void updateSummary();

    TableModelBase *m_model;
    std::function<void()> m_reload;
    std::function<QString(int)> m_summaryText;
    QLabel *m_title;
    QLabel *m_summary;
    QTableView *m_view;
    QHBoxLayout *m_header;
    bool m_stale = true;
    bool m_columnsSized = false;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Planner {

class TableModelBase;

// Picks records from a page model (the trainees, the cohorts) by typing: the words filter
// the model's index vector, so it stays fast on 100k trainees. The caller gives the model
// (the dialog takes it over) and starts its load; the rows appear when it is in.
class RecordPicker final : public QDialog
{
    Q_OBJECT

public:
    enum class Selection { One, Many };

    RecordPicker(const QString &title, const QString &prompt, TableModelBase *model,
                 Selection selection, QWidget *parent = nullptr);

    // Only these columns are shown (all when empty).
    void setColumns(const std::vector<int> &columns);
    // The ids (IdRole) of the chosen rows, in display order.
    QList<qint64> selectedIds() const;
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    TableModelBase *model() const { return m_model; }

private:
    void updateState();

    TableModelBase *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};

} // namespace Planner

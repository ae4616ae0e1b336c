// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/planviews.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;

namespace Planner {

class GoToIndex;
class GoToModel;

// Go to (Ctrl+K): a popup over the window with a text field and the records it finds.
// Typing narrows the list, Up and Down move in it, Enter opens the record, Escape closes.
class GoToDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit GoToDialog(GoToIndex *index, QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
    QListView *list() const { return m_list; }
    GoToModel *model() const { return m_model; }

    // Shows the popup centred over its parent with an empty text field.
    void popup();
    void done(int result) override;

signals:
    void entryChosen(Planner::GoToKind kind, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();
    void updateHint();

    GoToIndex *m_index;
    GoToModel *m_model;
    QLineEdit *m_text;
    QListView *m_list;
    QLabel *m_hint;
};

} // namespace Planner

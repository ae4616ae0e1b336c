// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/tablefilter.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace Planner {

class TableModelBase;

// The row above a page table that narrows it: a text field (every word must match),
// a combo box per facet the model has (values from the loaded rows) and, for models
// with dates, a from/to range. Every change is applied to the model at once.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(TableModelBase *model, QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
    // The combo box of a facet; nullptr when the model has no such facet (or for
    // Facet::Record, which is typed: recordField()).
    QComboBox *facetSelector(Facet facet) const;
    // The field for a record's key, when the model has Facet::Record; else nullptr.
    QLineEdit *recordField() const { return m_record; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    // The last widget in the tab order (the table comes after it).
    QWidget *lastWidget() const;

    // The filter the widgets describe.
    TableFilter filter() const;
    // Every part back to "any": all rows shown.
    void clear();
    // Puts the cursor in the text field with its text selected (Ctrl+F).
    void focusText();

signals:
    // Down or Enter in the text field: the user wants to go on in the table.
    void leaveToTable();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void refreshValues();
    QString anyTextOf(Facet facet) const;

    TableModelBase *m_model;
    QLineEdit *m_text;
    std::array<QComboBox *, AllFacets.size()> m_facets{};
    QLineEdit *m_record = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_clear;
    bool m_updating = false;
};

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "items/tablemodelbase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

namespace Planner {

namespace {

std::size_t slot(Facet facet)
{
    return facetIndex(facet);
}

QString anyText(Facet facet)
{
    switch (facet) {
    case Facet::Track:
        return FilterBar::tr("All tracks");
    case Facet::Status:
        return FilterBar::tr("All statuses");
    case Facet::District:
        return FilterBar::tr("All districts");
    case Facet::Table:
        return FilterBar::tr("All tables");
    case Facet::User:
        return FilterBar::tr("All users");
    case Facet::Record:
        break;
    }
    return {};
}

QString facetToolTip(Facet facet)
{
    switch (facet) {
    case Facet::Track:
        return FilterBar::tr("Show only the rows of one track");
    case Facet::Status:
        return FilterBar::tr("Show only the rows with one status");
    case Facet::District:
        return FilterBar::tr("Show only the rows of one district");
    case Facet::Table:
        return FilterBar::tr("Show only the changes to one table");
    case Facet::User:
        return FilterBar::tr("Show only the changes one user made");
    case Facet::Record:
        return FilterBar::tr("Show only the changes to the record with this id");
    }
    return {};
}

} // namespace

FilterBar::FilterBar(TableModelBase *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_text(new QLineEdit(this)), m_clear(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_text->setPlaceholderText(tr("Filter…"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(
        tr("Show only the rows that contain every word typed (Ctrl+F; Escape clears)"));
    const int em = m_text->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_text->setMinimumWidth(em * 18);
    m_text->setMaximumWidth(em * 40); // a wider field only pushes the other filters away
    m_text->installEventFilter(this);
    layout->addWidget(m_text, 2);
    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::apply);

    const Facets facets = m_model->supportedFacets();
    for (Facet f : AllFacets) {
        if (!facets.testFlag(f))
            continue;
        if (f == Facet::Record) {
            m_record = new QLineEdit(this);
            m_record->setPlaceholderText(tr("Record id"));
            m_record->setClearButtonEnabled(true);
            m_record->setToolTip(facetToolTip(f));
            m_record->setMaximumWidth(em * 9);
            layout->addWidget(m_record);
            connect(m_record, &QLineEdit::textChanged, this, &FilterBar::apply);
            continue;
        }
        auto *combo = new QComboBox(this);
        combo->addItem(anyTextOf(f), QString());
        combo->setToolTip(facetToolTip(f));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMaxVisibleItems(20);
        m_facets[slot(f)] = combo;
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    }

    if (m_model->hasDateSpan()) {
        auto dateEdit = [this](QCheckBox *check) {
            auto *edit = new QDateEdit(this);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            edit->setEnabled(false);
            // The whole date and the popup button, also in fonts wider than the style guessed.
            edit->setMinimumWidth(
                edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) + 44);
            connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
            connect(check, &QCheckBox::toggled, this, &FilterBar::apply);
            connect(edit, &QDateEdit::dateChanged, this, &FilterBar::apply);
            return edit;
        };
        m_fromCheck = new QCheckBox(tr("From"), this);
        m_fromCheck->setToolTip(tr("Show only the rows with a date on or after this day"));
        m_from = dateEdit(m_fromCheck);
        m_toCheck = new QCheckBox(tr("to"), this);
        m_toCheck->setToolTip(tr("Show only the rows with a date on or before this day"));
        m_to = dateEdit(m_toCheck);
        layout->addSpacing(6);
        layout->addWidget(m_fromCheck);
        layout->addWidget(m_from);
        layout->addWidget(m_toCheck);
        layout->addWidget(m_to);
    }

    m_clear->setText(tr("Show all"));
    m_clear->setToolTip(tr("Clear every filter"));
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    connect(m_model, &TableModelBase::loaded, this, &FilterBar::refreshValues);
    connect(m_model, &TableModelBase::filterChanged, this,
            [this] { m_clear->setEnabled(m_model->isFiltered()); });
    refreshValues();
}

QString FilterBar::anyTextOf(Facet facet) const
{
    const QString own = m_model->facetAnyText(facet);
    return own.isEmpty() ? anyText(facet) : own;
}

QComboBox *FilterBar::facetSelector(Facet facet) const
{
    return m_facets[slot(facet)];
}

QWidget *FilterBar::lastWidget() const
{
    return m_clear;
}

TableFilter FilterBar::filter() const
{
    TableFilter f;
    f.text = m_text->text();
    if (QComboBox *c = m_facets[slot(Facet::Track)])
        f.track = c->currentData().toString();
    if (QComboBox *c = m_facets[slot(Facet::Status)])
        f.status = c->currentData().toString();
    if (QComboBox *c = m_facets[slot(Facet::District)])
        f.district = c->currentData().toString();
    if (QComboBox *c = m_facets[slot(Facet::Table)])
        f.table = c->currentData().toString();
    if (QComboBox *c = m_facets[slot(Facet::User)])
        f.user = c->currentData().toString();
    if (m_record)
        f.record = m_record->text().trimmed();
    if (m_fromCheck && m_fromCheck->isChecked())
        f.from = m_from->date();
    if (m_toCheck && m_toCheck->isChecked())
        f.to = m_to->date();
    return f;
}

void FilterBar::apply()
{
    if (m_updating)
        return;
    m_model->setFilter(filter());
    m_clear->setEnabled(m_model->isFiltered());
}

void FilterBar::clear()
{
    m_updating = true;
    m_text->clear();
    if (m_record)
        m_record->clear();
    for (QComboBox *c : m_facets) {
        if (c)
            c->setCurrentIndex(0);
    }
    if (m_fromCheck) {
        m_fromCheck->setChecked(false);
        m_toCheck->setChecked(false);
    }
    m_updating = false;
    apply();
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::refreshValues()
{
    // The values come from the rows loaded; a value chosen that is gone resets to all.
    m_updating = true;
    for (Facet f : AllFacets) {
        QComboBox *combo = m_facets[slot(f)];
        if (!combo)
            continue;
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(anyTextOf(f), QString());
        for (const QString &value : m_model->facetValues(f))
            combo->addItem(value, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
    if (m_from && m_model->isLoaded()) {
        // Until the user picks dates, the range offered is that of the rows.
        const auto [first, last] = m_model->dateExtent();
        if (first.isValid() && !m_fromCheck->isChecked() && !m_toCheck->isChecked()) {
            m_from->setDate(first);
            m_to->setDate(last);
        }
    }
    m_updating = false;
    apply();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_text->text().isEmpty()) {
            m_text->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            emit leaveToTable();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Planner

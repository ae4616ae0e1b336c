// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionseditor.h"

#include "comboitemdelegate.h"
#include "dateitemdelegate.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Planner {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

SessionsEditor::SessionsEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)),
      m_start(new QDateEdit(this)), m_add(new QPushButton(tr("&Add day"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_layOut(new QPushButton(tr("&Lay out from course pattern"), this)),
      m_summary(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Time of day")});
    m_table->horizontalHeader()->setSectionResizeMode(Date, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Slot, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegateForColumn(Date, new DateItemDelegate(m_table));
    QList<ComboItemDelegate::Choice> slotChoices;
    for (SessionSlot slot : {SessionSlot::Morning, SessionSlot::Afternoon, SessionSlot::Evening})
        slotChoices.append({displayName(slot), int(slot)});
    m_table->setItemDelegateForColumn(Slot, new ComboItemDelegate(slotChoices, m_table));
    m_table->setAccessibleName(tr("Sessions"));

    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setDate(QDate::currentDate());
    m_start->setMinimumWidth(
        m_start->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
    m_start->setToolTip(tr("The first day to lay the sessions out from"));
    m_layOut->setToolTip(tr("Replace every session by the course's weekdays and times of day, "
                            "from the date beside, skipping weekends and public holidays"));
    m_add->setToolTip(
        tr("Add the next teaching day of the course's pattern after the last session"));
    m_summary->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_layOut);
    buttons->addWidget(m_start);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);

    connect(m_add, &QPushButton::clicked, this, &SessionsEditor::addDay);
    connect(m_remove, &QPushButton::clicked, this, &SessionsEditor::removeSelected);
    connect(m_layOut, &QPushButton::clicked, this, [this] { layOut(m_start->date()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling) {
            updateSummary();
            emit changed();
        }
    });
    updateSummary();
}

void SessionsEditor::setCalendar(const WorkCalendar &calendar)
{
    m_calendar = calendar;
}

void SessionsEditor::setPattern(const SessionPattern &pattern)
{
    m_pattern = pattern;
}

void SessionsEditor::setSessions(const std::vector<Session> &sessions)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const Session &s : sessions)
        appendRow(s);
    m_filling = false;
    if (!sessions.empty())
        m_start->setDate(sessions.front().date);
    updateSummary();
    emit changed();
}

std::vector<Session> SessionsEditor::sessions() const
{
    std::vector<Session> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Session s;
        s.id = m_table->item(row, Date)->data(IdRole).toLongLong();
        s.date = m_table->item(row, Date)->data(Qt::EditRole).toDate();
        s.slot = SessionSlot(m_table->item(row, Slot)->data(Qt::UserRole).toInt());
        result.push_back(s);
    }
    return result;
}

void SessionsEditor::appendRow(const Session &session)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *date = new QTableWidgetItem;
    date->setData(Qt::EditRole, session.date);
    date->setData(IdRole, session.id);
    m_table->setItem(row, Date, date);
    auto *slot = new QTableWidgetItem(displayName(session.slot));
    slot->setData(Qt::UserRole, int(session.slot));
    m_table->setItem(row, Slot, slot);
}

void SessionsEditor::layOut(QDate start)
{
    // Ids of the old sessions go to the new ones in order, so that saving updates rows
    // rather than deleting and inserting them all.
    const std::vector<Session> old = sessions();
    std::vector<Session> laidOut = layOutSessions(start, m_pattern, m_calendar);
    for (std::size_t i = 0; i < laidOut.size() && i < old.size(); ++i)
        laidOut[i].id = old[i].id;
    setSessions(laidOut);
}

void SessionsEditor::addDay()
{
    std::vector<Session> current = sessions();
    QDate after = m_start->date();
    for (const Session &s : current) {
        if (s.date.isValid() && s.date.addDays(1) > after)
            after = s.date.addDays(1);
    }
    std::vector<Session> day =
        layOutSessions(after, 1, m_pattern.weekdays, m_pattern.slotMask, m_calendar);
    if (day.empty())
        return;
    m_filling = true;
    for (const Session &s : day)
        appendRow(s);
    m_filling = false;
    m_table->scrollToBottom();
    m_table->selectRow(m_table->rowCount() - 1);
    updateSummary();
    emit changed();
}

void SessionsEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    updateSummary();
    emit changed();
}

void SessionsEditor::selectRowMentioned(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QDate date = m_table->item(row, Date)->data(Qt::EditRole).toDate();
        if (date.isValid() && text.contains(date.toString(Qt::ISODate))) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, Date));
            return;
        }
    }
}

QString SessionsEditor::summary() const
{
    return m_summary->text();
}

void SessionsEditor::updateSummary()
{
    QDate first;
    QDate last;
    QSet<qint64> days;
    for (const Session &s : sessions()) {
        if (!s.date.isValid())
            continue;
        first = first.isValid() ? std::min(first, s.date) : s.date;
        last = last.isValid() ? std::max(last, s.date) : s.date;
        days.insert(s.date.toJulianDay());
    }
    if (!first.isValid()) {
        m_summary->setText(tr("No sessions yet."));
        return;
    }
    m_summary->setText(tr("%1 – %2 · teaching days: %3 · sessions: %4")
                           .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
                           .arg(days.size())
                           .arg(m_table->rowCount()));
}

} // namespace Planner

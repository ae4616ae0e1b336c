// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortinstructorseditor.h"

#include "comboitemdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Planner {

CohortInstructorsEditor::CohortInstructorsEditor(QWidget *parent)
    : QWidget(parent),
      m_roleDelegate(new ComboItemDelegate(
          {{displayName(InstructorRole::Lead), int(InstructorRole::Lead)},
           {displayName(InstructorRole::Assistant), int(InstructorRole::Assistant)}},
          this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_assign(new QPushButton(tr("Ass&ign…"), this)),
      m_add(new QPushButton(tr("A&dd instructor"), this)),
      m_remove(new QPushButton(tr("Re&move instructor"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Instructor"), tr("Role"), tr("Locked")});
    m_table->horizontalHeaderItem(Locked)->setToolTip(
        tr("Automatic assignment keeps a locked instructor"));
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Role, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Locked, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegateForColumn(Role, m_roleDelegate);
    m_table->setAccessibleName(tr("Instructors"));

    m_assign->setToolTip(
        tr("Choose from the instructors ranked by who is qualified, free and under their limits"));
    m_assign->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_assign, &QPushButton::clicked, this, &CohortInstructorsEditor::assign);
    connect(m_add, &QPushButton::clicked, this, [this] { addInstructor(); });
    connect(m_remove, &QPushButton::clicked, this, &CohortInstructorsEditor::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &CohortInstructorsEditor::changed);
}

void CohortInstructorsEditor::setInstructors(const std::vector<Instructor> &instructors)
{
    m_instructors = instructors;
    QList<ComboItemDelegate::Choice> choices;
    for (const Instructor &i : m_instructors)
        choices.append({QStringLiteral("%1 (%2)").arg(i.name, i.code), QVariant::fromValue(i.id)});
    auto *old = m_instructorDelegate;
    m_instructorDelegate = new ComboItemDelegate(choices, this);
    m_table->setItemDelegateForColumn(Name, m_instructorDelegate);
    delete old;
}

void CohortInstructorsEditor::setAssignments(const std::vector<CohortInstructor> &assignments)
{
    const QSignalBlocker blocker(m_table);
    m_reasons.clear();
    m_table->setRowCount(0);
    for (const CohortInstructor &a : assignments)
        appendRow(a);
    emit changed();
}

std::vector<CohortInstructor> CohortInstructorsEditor::assignments() const
{
    std::vector<CohortInstructor> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        CohortInstructor a;
        a.instructorId = m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
        a.role = InstructorRole(m_table->item(row, Role)->data(Qt::UserRole).toInt());
        a.locked = m_table->item(row, Locked)->checkState() == Qt::Checked;
        result.push_back(a);
    }
    return result;
}

void CohortInstructorsEditor::appendRow(const CohortInstructor &assignment)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    QString name = m_instructorDelegate
                       ? m_instructorDelegate->textOf(QVariant::fromValue(assignment.instructorId))
                       : QString();
    if (name.isEmpty())
        name = QString::number(assignment.instructorId);
    auto *instructor = new QTableWidgetItem(name);
    instructor->setData(Qt::UserRole, QVariant::fromValue(assignment.instructorId));
    m_table->setItem(row, Name, instructor);
    auto *role = new QTableWidgetItem(displayName(assignment.role));
    role->setData(Qt::UserRole, int(assignment.role));
    m_table->setItem(row, Role, role);
    auto *locked = new QTableWidgetItem;
    locked->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    locked->setCheckState(assignment.locked ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Locked, locked);
}

void CohortInstructorsEditor::addInstructor(Id instructorId)
{
    const std::vector<CohortInstructor> current = assignments();
    QSet<Id> listed;
    bool hasLead = false;
    for (const CohortInstructor &a : current) {
        listed.insert(a.instructorId);
        hasLead = hasLead || a.role == InstructorRole::Lead;
    }
    if (instructorId == 0) {
        for (const Instructor &i : m_instructors) {
            if (!listed.contains(i.id)) {
                instructorId = i.id;
                break;
            }
        }
    }
    if (instructorId == 0)
        return;
    CohortInstructor a;
    a.instructorId = instructorId;
    a.role = hasLead ? InstructorRole::Assistant : InstructorRole::Lead;
    {
        const QSignalBlocker blocker(m_table);
        appendRow(a);
    }
    m_table->selectRow(m_table->rowCount() - 1);
    emit changed();
}

void CohortInstructorsEditor::setRanking(const QString &cohortCode, AssignDialog::Ranking ranking)
{
    m_cohortCode = cohortCode;
    m_ranking = std::move(ranking);
    m_assign->setVisible(bool(m_ranking));
}

void CohortInstructorsEditor::assign()
{
    if (!m_ranking)
        return;
    bool hasLead = false;
    for (const CohortInstructor &a : assignments())
        hasLead = hasLead || a.role == InstructorRole::Lead;
    AssignDialog dialog(m_cohortCode, m_ranking, this);
    dialog.setRole(hasLead ? InstructorRole::Assistant : InstructorRole::Lead);
    emit assignDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.instructorId() == 0)
        return;
    addAssignment(dialog.instructorId(), dialog.role(), dialog.reason());
}

void CohortInstructorsEditor::addAssignment(Id instructorId, InstructorRole role,
                                            const QString &reason)
{
    {
        const QSignalBlocker blocker(m_table);
        int existing = -1;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QTableWidgetItem *roleItem = m_table->item(row, Role);
            const Id id = m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
            if (id == instructorId)
                existing = row;
            else if (role == InstructorRole::Lead &&
                     roleItem->data(Qt::UserRole).toInt() == int(InstructorRole::Lead)) {
                // One lead per cohort: the new one takes over.
                roleItem->setData(Qt::UserRole, int(InstructorRole::Assistant));
                roleItem->setText(displayName(InstructorRole::Assistant));
            }
        }
        if (existing >= 0) {
            QTableWidgetItem *roleItem = m_table->item(existing, Role);
            roleItem->setData(Qt::UserRole, int(role));
            roleItem->setText(displayName(role));
        } else {
            appendRow({0, instructorId, role, false});
            existing = m_table->rowCount() - 1;
        }
        m_table->selectRow(existing);
    }
    if (reason.trimmed().isEmpty())
        m_reasons.remove(instructorId);
    else
        m_reasons.insert(instructorId, reason.trimmed());
    emit changed();
}

QString CohortInstructorsEditor::overrideReason() const
{
    QStringList lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Id id = m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
        const auto it = m_reasons.constFind(id);
        if (it != m_reasons.cend())
            lines << QStringLiteral("%1: %2").arg(m_table->item(row, Name)->text(), *it);
    }
    return lines.join(QLatin1Char('\n'));
}

void CohortInstructorsEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    emit changed();
}

} // namespace Planner

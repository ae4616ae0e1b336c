// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plantablemodels.h"

#include "domain/enums.h"
#include "domain/trainee.h"

#include <QDate>
#include <QVariant>

#include <optional>

namespace Planner::Cells {

// The roles every page table's cell answers the same way: shown text, a value to sort
// by, alignment; for the page models (plantablemodels.h) and enrollmentmodels.cpp.
QVariant text(int role, const QString &value);
QVariant number(int role, double value, int decimals = 0);
// Empty when there is no value (sorted before every number).
QVariant number(int role, std::optional<double> value, int decimals);
// A sum of money as the locale writes yuan ("¥12,345").
QString moneyText(Yuan value);
// Empty when there is none (sorted before every sum).
QVariant money(int role, std::optional<Yuan> value);
// What was typed into a money cell, with or without group separators and "¥": an empty
// cell clears the value (an empty optional inside); nothing when it is not whole yuan.
std::optional<std::optional<Yuan>> moneyOf(const QVariant &value);
// A money cell's refusal: “text” is not an amount in whole yuan.
PlanEdit notMoney(const char *field, const QVariant &value);
// A fraction shown as a percentage (attendance).
QVariant percent(int role, std::optional<double> value);
QVariant date(int role, QDate value);
QVariant certification(int role, CertificationLevel level);
// A colour's swatch for the decoration role.
QVariant colourSwatch(int role, const QString &colour);
// What a row is searched by: its texts, one space apart.
QString joinedText(std::initializer_list<QString> parts);
// A typed text, trimmed.
QString textOf(const QVariant &value);

// What an editable cell tells the delegate: its value, editor and range.
QVariant edit(int role, TableModelBase::EditorKind kind, const QVariant &value,
              const QVariant &minimum = {}, const QVariant &maximum = {});
QVariant choiceEdit(int role, const QVariant &value, const Choices &choices);
// What was typed into a number cell: an empty cell clears the value (an empty optional
// inside); nothing when it is not a number.
std::optional<std::optional<double>> numberOf(const QVariant &value);

template <typename E> Choices enumChoices()
{
    Choices list;
    for (std::size_t i = 0; i < EnumKeys<E>::keys.size(); ++i)
        list = choice(std::move(list), displayName(E(i)), int(i));
    return list;
}

// A trainee's name as tables show it: an erased trainee's (PersonalData::ErasedName) in
// the user's language.
QString traineeName(const QString &stored);

// The outcome columns the roster and a trainee's history share.
enum class Outcome { Status, Attendance, Score, Certification, CertifiedOn };
QString outcomeTitle(Outcome column);
QVariant outcome(Outcome column, const Enrollment &e, int role);
// The roles an enrollment row answers whatever the column: its id, its status, withdrawn
// ones in grey. Empty for other roles.
QVariant enrollmentRow(const Enrollment &e, int role);

} // namespace Planner::Cells

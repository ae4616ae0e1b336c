// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellvalues.h"

#include "enrollmentmodels.h"

#include "store/personaldata.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace Planner::Cells {

QVariant text(int role, const QString &value)
{
    if (role == Qt::DisplayRole || role == TableModelBase::SortRole)
        return value;
    return {};
}

QVariant number(int role, double value, int decimals)
{
    return number(role, std::optional<double>(value), decimals);
}

QVariant number(int role, std::optional<double> value, int decimals)
{
    if (role == Qt::DisplayRole)
        return value ? QLocale().toString(*value, 'f', decimals) : QString();
    if (role == TableModelBase::SortRole)
        return value ? QVariant(*value) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

std::optional<std::optional<double>> numberOf(const QVariant &value)
{
    if (!value.isValid() || value.toString().trimmed().isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return std::optional<double>(number);
}

QString moneyText(Yuan value)
{
    return QLocale().toCurrencyString(double(value), QStringLiteral("¥"), 0);
}

QVariant money(int role, std::optional<Yuan> value)
{
    if (role == Qt::DisplayRole)
        return value ? moneyText(*value) : QString();
    if (role == Qt::EditRole)
        return value ? QLocale().toString(*value) : QString();
    if (role == TableModelBase::SortRole)
        return value ? QVariant(*value) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

std::optional<std::optional<Yuan>> moneyOf(const QVariant &value)
{
    QString text = value.toString().trimmed();
    if (!value.isValid() || text.isEmpty())
        return std::optional<Yuan>();
    const QLocale locale;
    text.remove(QChar(0x00a5)).remove(QChar(0xffe5)).remove(locale.groupSeparator());
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x00a0));
    bool ok = false;
    const Yuan amount = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return std::optional<Yuan>(amount);
}

PlanEdit notMoney(const char *field, const QVariant &value)
{
    PlanEdit refused;
    refused.problem = Problem{
        QLatin1String(field),
        QCoreApplication::translate("Planner::Cells", "“%1” is not an amount in whole yuan.")
            .arg(value.toString())};
    return refused;
}

QVariant percent(int role, std::optional<double> value)
{
    if (role == Qt::DisplayRole)
        return value ? QLocale().toString(*value * 100.0, 'f', 0) + QLatin1Char('%') : QString();
    return number(role, value, 0);
}

QVariant date(int role, QDate value)
{
    if (role == Qt::DisplayRole)
        return value.isValid() ? value.toString(Qt::ISODate) : QString();
    if (role == TableModelBase::SortRole)
        return value.isValid() ? QVariant(value) : QVariant();
    return {};
}

QVariant certification(int role, CertificationLevel level)
{
    if (role == TableModelBase::SortRole)
        return int(level);
    return text(role, level == CertificationLevel::None ? QString() : displayName(level));
}

QVariant edit(int role, TableModelBase::EditorKind kind, const QVariant &value,
              const QVariant &minimum, const QVariant &maximum)
{
    switch (role) {
    case Qt::EditRole:
        return value;
    case TableModelBase::EditorRole:
        return int(kind);
    case TableModelBase::MinimumRole:
        return minimum;
    case TableModelBase::MaximumRole:
        return maximum;
    default:
        return {};
    }
}

QVariant choiceEdit(int role, const QVariant &value, const Choices &choices)
{
    if (role == TableModelBase::ChoicesRole)
        return choices;
    return edit(role, TableModelBase::EditorKind::Choice, value);
}

QString traineeName(const QString &stored)
{
    return stored == QLatin1String(PersonalData::ErasedName)
               ? QCoreApplication::translate("Planner::Cells", "(erased)")
               : stored;
}

QString outcomeTitle(Outcome column)
{
    // In the roster's context, where these titles were first translated.
    switch (column) {
    case Outcome::Status:
        return QCoreApplication::translate("Planner::RosterModel", "Status");
    case Outcome::Attendance:
        return QCoreApplication::translate("Planner::RosterModel", "Attendance");
    case Outcome::Score:
        return QCoreApplication::translate("Planner::RosterModel", "Score");
    case Outcome::Certification:
        return QCoreApplication::translate("Planner::RosterModel", "Certificate");
    case Outcome::CertifiedOn:
        return QCoreApplication::translate("Planner::RosterModel", "Certified on");
    }
    return {};
}

QVariant outcome(Outcome column, const Enrollment &e, int role)
{
    switch (column) {
    case Outcome::Status:
        return text(role, displayName(e.status));
    case Outcome::Attendance:
        return percent(role, e.attendance);
    case Outcome::Score:
        return number(role, e.score, 1);
    case Outcome::Certification:
        return certification(role, e.certification);
    case Outcome::CertifiedOn:
        return date(role, e.certifiedOn);
    }
    return {};
}

QVariant enrollmentRow(const Enrollment &e, int role)
{
    if (role == TableModelBase::IdRole)
        return e.id;
    static_assert(int(RosterModel::StatusRole) == int(TraineeHistoryModel::StatusRole));
    if (role == RosterModel::StatusRole)
        return int(e.status);
    if (role == Qt::ForegroundRole && e.status == EnrollmentStatus::Withdrawn)
        return QColor(Qt::gray);
    return {};
}

QVariant colourSwatch(int role, const QString &colour)
{
    if (role == Qt::DecorationRole)
        return QColor::fromString(colour);
    return {};
}

QString joinedText(std::initializer_list<QString> parts)
{
    qsizetype size = 0;
    for (const QString &part : parts)
        size += part.size() + 1;
    QString text;
    text.reserve(size);
    for (const QString &part : parts) {
        text += part;
        text += QLatin1Char(' ');
    }
    return text;
}

QString textOf(const QVariant &value)
{
    return value.toString().trimmed();
}

} // namespace Planner::Cells

// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarcsv.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace Planner::CalendarCsv {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::CalendarCsv)
};
} // namespace

std::vector<CalendarDay> parse(const QString &text, QString *error)
{
    CsvReader reader;
    const auto records = reader.parse(text);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::vector<CalendarDay>{};
    };
    if (!reader.error().isEmpty())
        return fail(reader.error());
    if (records.empty())
        return fail(Tr::tr("the file is empty"));
    const QStringList header = records.front().fields;
    if (header.size() < 2 || header.at(0).trimmed() != QLatin1String("date")
        || header.at(1).trimmed() != QLatin1String("kind"))
        return fail(Tr::tr("line 1: the header must start with the columns date,kind"));
    std::vector<CalendarDay> days;
    QSet<qint64> seen;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const auto &r = records[i];
        const QString where = Tr::tr("line %1").arg(r.line);
        if (r.fields.size() < 2)
            return fail(Tr::tr("%1: expected at least the columns date and kind").arg(where));
        CalendarDay day;
        day.date = QDate::fromString(r.fields.at(0).trimmed(), Qt::ISODate);
        if (!day.date.isValid())
            return fail(Tr::tr("%1, column date: “%2” is not a date (expected YYYY-MM-DD)")
                            .arg(where, r.fields.at(0)));
        const auto kind = fromKey<CalendarDayKind>(r.fields.at(1).trimmed());
        if (!kind)
            return fail(Tr::tr("%1, column kind: “%2” must be holiday or workday").arg(where, r.fields.at(1)));
        day.kind = *kind;
        if (day.kind == CalendarDayKind::Workday && day.date.dayOfWeek() <= 5)
            return fail(Tr::tr("%1: %2 is a weekday; only a weekend day can be a make-up working day")
                            .arg(where, day.date.toString(Qt::ISODate)));
        if (seen.contains(day.date.toJulianDay()))
            return fail(Tr::tr("%1: %2 is listed twice").arg(where, day.date.toString(Qt::ISODate)));
        seen.insert(day.date.toJulianDay());
        day.name = r.fields.value(2).trimmed();
        day.nameZh = r.fields.value(3).trimmed();
        days.push_back(std::move(day));
    }
    return days;
}

std::vector<CalendarDay> bundledChina2026()
{
    QFile file(QStringLiteral(":/data/cn-work-calendar-2026.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    return parse(QString::fromUtf8(file.readAll()), &error);
}

} // namespace Planner::CalendarCsv

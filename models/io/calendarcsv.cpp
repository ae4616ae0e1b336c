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

QString Problem::text() const
{
    const QString where = column.isEmpty() ? Tr::tr("line %1").arg(line)
                                           : Tr::tr("line %1, column %2").arg(line).arg(column);
    return QStringLiteral("%1: %2").arg(where, message);
}

Parsed parseAll(const QString &text)
{
    Parsed parsed;
    CsvReader reader;
    const auto records = reader.parse(text);
    auto problem = [&](int line, const QString &column, const QString &value,
                       const QString &message) {
        parsed.problems.push_back({line, column, value, message});
    };
    if (!reader.status()) {
        // The reader's message already starts with "line N: ".
        const QString error = reader.status().message();
        const int colon = int(error.indexOf(QLatin1Char(':')));
        problem(error.section(QLatin1Char(' '), 1, 1).remove(QLatin1Char(':')).toInt(), {}, {},
                error.mid(colon + 1).trimmed());
        return parsed;
    }
    if (records.empty()) {
        problem(1, {}, {}, Tr::tr("the file is empty"));
        return parsed;
    }
    const QStringList header = records.front().fields;
    if (header.size() < 2 || header.at(0).trimmed() != QLatin1String("date") ||
        header.at(1).trimmed() != QLatin1String("kind")) {
        problem(1, {}, header.join(QLatin1Char(',')),
                Tr::tr("the header must start with the columns date,kind"));
        return parsed;
    }
    QSet<qint64> seen;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const auto &r = records[i];
        if (r.fields.size() < 2) {
            problem(r.line, {}, r.fields.join(QLatin1Char(',')),
                    Tr::tr("expected at least the columns date and kind"));
            continue;
        }
        CalendarDay day;
        const QString date = r.fields.at(0).trimmed();
        day.date = QDate::fromString(date, Qt::ISODate);
        if (!day.date.isValid()) {
            problem(r.line, QStringLiteral("date"), date,
                    Tr::tr("“%1” is not a date (expected YYYY-MM-DD)").arg(date));
            continue;
        }
        const QString kindText = r.fields.at(1).trimmed();
        const auto kind = fromKey<CalendarDayKind>(kindText);
        if (!kind) {
            problem(r.line, QStringLiteral("kind"), kindText,
                    Tr::tr("“%1” must be holiday or workday").arg(kindText));
            continue;
        }
        day.kind = *kind;
        if (day.kind == CalendarDayKind::Workday && day.date.dayOfWeek() <= 5) {
            problem(r.line, QStringLiteral("kind"), kindText,
                    Tr::tr("%1 is a weekday; only a weekend day can be a make-up working day")
                        .arg(day.date.toString(Qt::ISODate)));
            continue;
        }
        if (seen.contains(day.date.toJulianDay())) {
            problem(r.line, QStringLiteral("date"), date, Tr::tr("%1 is listed twice").arg(date));
            continue;
        }
        seen.insert(day.date.toJulianDay());
        day.name = r.fields.value(2).trimmed();
        day.nameZh = r.fields.value(3).trimmed();
        parsed.days.push_back(std::move(day));
    }
    return parsed;
}

Result<std::vector<CalendarDay>> parse(const QString &text)
{
    Parsed parsed = parseAll(text);
    if (!parsed.problems.empty())
        return Planner::Problem::of(parsed.problems.front().text());
    return std::move(parsed.days);
}

std::vector<CalendarDay> bundledChina2026()
{
    QFile file(QStringLiteral(":/data/cn-work-calendar-2026.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<std::vector<CalendarDay>> days = parse(QString::fromUtf8(file.readAll()));
    return days ? std::move(*days) : std::vector<CalendarDay>();
}

} // namespace Planner::CalendarCsv

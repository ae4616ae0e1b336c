// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarimport.h"

#include "store/plandatabase.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace Planner {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::CalendarImport)
};
// Larger than any calendar: refuse to read a huge file someone picked by mistake.
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
} // namespace

bool readSpreadsheetText(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        *error = Tr::tr("Cannot read “%1”: it is larger than %2 MB").arg(QDir::toNativeSeparators(path)).arg(MaxFileBytes / 1048576);
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString decoded = utf8(bytes);
    if (utf8.hasError()) {
        QStringDecoder gb18030("GB18030");
        if (!gb18030.isValid()) {
            *error = Tr::tr("Cannot read “%1”: it is not UTF-8 and this system cannot decode GB18030").arg(QDir::toNativeSeparators(path));
            return false;
        }
        decoded = gb18030(bytes);
        if (gb18030.hasError()) {
            *error = Tr::tr("Cannot read “%1”: it is neither UTF-8 nor GB18030 text").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    *text = decoded;
    return true;
}

CalendarImportResult importCalendarFile(QSqlDatabase &db, const QString &path, bool dryRun)
{
    CalendarImportResult result;
    QString text;
    QString error;
    if (!readSpreadsheetText(path, &text, &error)) {
        result.problems.push_back({0, {}, {}, error});
        return result;
    }
    CalendarCsv::Parsed parsed = CalendarCsv::parseAll(text);
    result.rows = int(parsed.days.size() + parsed.problems.size());
    result.problems = std::move(parsed.problems);
    if (!result.problems.empty())
        return result;
    Repository<CalendarDay> days(db);
    // One transaction: every day, or none. A dry run rolls back what it never wrote.
    Transaction transaction(db);
    for (const CalendarDay &day : parsed.days) {
        const auto existing = days.find(day);
        if (!existing) {
            ++result.imported;
            if (!dryRun) {
                CalendarDay copy = day;
                days.insert(copy);
            }
        } else if (*existing == day) {
            ++result.unchanged;
        } else {
            ++result.updated;
            if (!dryRun)
                days.update(day);
        }
    }
    if (!dryRun)
        transaction.commit();
    return result;
}

} // namespace Planner

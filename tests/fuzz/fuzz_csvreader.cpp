// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV reader (and the work-calendar parser built on it) on
// arbitrary bytes. Beyond not crashing: whatever parses must survive a round trip, written
// back with RFC 4180 quoting and parsed again to the same records.
#include "io/calendarcsv.h"
#include "io/csvreader.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Planner;

namespace {

QString quoted(const QString &field, QChar delimiter)
{
    if (!field.contains(QLatin1Char('"')) && !field.contains(delimiter) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString out = field;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void roundTrip(const QString &text, QChar delimiter)
{
    CsvReader reader(delimiter);
    const std::vector<CsvReader::Record> records = reader.parse(text);
    if (!reader.status())
        return;
    // Written as the app writes CSV (CsvWriter): a byte-order mark first, so a field that
    // itself begins with U+FEFF keeps it when it comes first (the reader drops one BOM
    // at the start of the text).
    QString written(QChar(0xFEFF));
    for (const CsvReader::Record &r : records) {
        QStringList fields;
        for (const QString &f : r.fields)
            fields << quoted(f, delimiter);
        written += fields.join(delimiter) + QLatin1String("\r\n");
    }
    CsvReader again(delimiter);
    const std::vector<CsvReader::Record> reread = again.parse(written);
    if (!again.status())
        std::abort(); // what the reader wrote back it cannot read
    // Empty records (blank lines) may be skipped by the reader; compare the others.
    std::vector<QStringList> a, b;
    for (const CsvReader::Record &r : records)
        a.push_back(r.fields);
    for (const CsvReader::Record &r : reread)
        b.push_back(r.fields);
    if (a != b)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    roundTrip(text, QLatin1Char(','));
    roundTrip(text, QLatin1Char(';'));
    CalendarCsv::parseAll(text);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>

namespace Planner {

CsvReader::CsvReader(QChar delimiter) : m_delimiter(delimiter) {}

std::vector<CsvReader::Record> CsvReader::parse(QStringView text)
{
    m_error.clear();
    std::vector<Record> records;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    Record record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;
    auto endRecord = [&] {
        record.fields << field;
        field.clear();
        fieldWasQuoted = false;
        // A blank line is no record.
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            records.push_back(std::move(record));
        record = Record{};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                m_error = QCoreApplication::translate("Planner::CsvReader",
                                                      "line %1: a quote inside an unquoted field")
                              .arg(line);
                return records;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == m_delimiter) {
            record.fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            if (fieldWasQuoted) {
                m_error = QCoreApplication::translate("Planner::CsvReader",
                                                      "line %1: text after a closing quote")
                              .arg(line);
                return records;
            }
            field += c;
        }
    }
    if (inQuotes) {
        m_error = QCoreApplication::translate("Planner::CsvReader",
                                              "line %1: a quoted field is never closed")
                      .arg(quoteLine);
        return records;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

} // namespace Planner

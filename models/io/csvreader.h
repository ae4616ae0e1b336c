// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Planner {

// RFC 4180 CSV: fields separated by a delimiter, quoted fields may hold delimiters,
// doubled quotes and line breaks; CRLF or LF line ends. Reads decoded text.
class CsvReader final
{
public:
    struct Record
    {
        int line = 0; // the line the record starts on, 1-based
        QStringList fields;
    };

    explicit CsvReader(QChar delimiter = QLatin1Char(','));

    // Parses text; on a malformed record (an unterminated quote, text after a closing
    // quote) stops, and status() says "line N: ...".
    std::vector<Record> parse(QStringView text);
    // Ok, or why parsing stopped.
    Result<> status() const { return m_error.isEmpty() ? Result<>() : Problem::of(m_error); }

private:
    QChar m_delimiter;
    QString m_error;
};

} // namespace Planner

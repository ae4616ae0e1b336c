// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablesource.h"

#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Planner {

// Reads the first sheet of an XLSX workbook (Office Open XML, as Excel and LibreOffice
// write it) with minizip and QXmlStreamReader: the shared strings are read once, the sheet
// is streamed row by row. Cells are returned as text: shared, inline and formula-result
// strings as they are, numbers as written in the file. Records carry the sheet's row
// number as their line; cells left out of a row are empty.
class XlsxReader final : public TableSource
{
public:
    // The reader, or the Problem when path is no readable workbook.
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path);
    ~XlsxReader() override;

    bool next(CsvReader::Record *record) override;
    Result<> status() const override
    {
        return m_error.isEmpty() ? Result<>() : Problem::of(m_error);
    }
    qint64 position() const override;
    qint64 size() const override;

private:
    XlsxReader();
    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
};

} // namespace Planner

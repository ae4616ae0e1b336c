// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Planner {

// Writes rows of text to a CSV (UTF-8 with a BOM so that Excel reads Chinese correctly,
// RFC 4180 quoting, CRLF line ends) or XLSX file (libxlsxwriter, cells as text), chosen
// by the file's suffix. The file appears only when finish() succeeds: it is written
// beside the target and renamed into place, so a failed export leaves nothing half done.
class TableWriter
{
public:
    enum class Format { Csv, Xlsx };

    virtual ~TableWriter();
    // A Problem when the suffix is neither .csv nor .xlsx or the file cannot be created.
    static Result<std::unique_ptr<TableWriter>> create(const QString &path);
    // The format for a file name: .xlsx is XLSX, anything else CSV.
    static Format formatOf(const QString &path);

    virtual void writeRow(const QStringList &cells) = 0;
    // Completes the file and moves it into place; a Problem naming the file when it
    // cannot (then nothing is left behind).
    virtual Result<> finish() = 0;
};

namespace CellEscape {

// A cell that begins with = + - @ (or a tab or carriage return) would be run as a formula by a
// spreadsheet that opens the CSV ("=cmd|' /C calc'!A0"): such cells (and, to stay reversible, cells
// that already begin with an apostrophe followed by one of those or another apostrophe) get a
// leading apostrophe, which spreadsheets read as "text".
QString escape(const QString &cell);
// Undoes escape(): what the importer reads back from our own exports.
QString unescape(const QString &cell);

} // namespace CellEscape

} // namespace Planner

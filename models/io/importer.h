// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablesource.h"

#include "domain/result.h"

#include "planning/importrules.h"
#include "store/importstore.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace Planner {

struct ImportOptions
{
    ImportKind kind = ImportKind::Trainees;
    SourceOptions source;
    // For each of the kind's columns, the index of the file's column that holds it (-1:
    // none). Empty: matched by the header's names.
    std::vector<int> mapping;
    bool dryRun = false;
    // Import the valid rows and skip the others (each still listed as a problem).
    bool skipInvalid = false;
    // How cells are read: whether an empty cell clears a stored value (by default it
    // keeps it), whether 15-digit ID numbers are upgraded to 18 digits.
    ImportRowOptions rows;
    // Problems listed in full; the rest are only counted.
    int maxProblems = 1000;
    // A file with more data rows than this is refused (a 2 GB file of nonsense must not
    // fill memory with records): split it.
    qint64 maxRows = 2'000'000;
};

// One of the kind's columns in an import: the file's column that holds it (-1: none, so
// every stored value of it is kept) and what the import changes in it.
struct ColumnCoverage
{
    QString key;
    int fileColumn = -1;
    QString header;  // the file's header cell
    int changed = 0; // stored values an update changes
    int cleared = 0; // of those, values an empty cell clears
};

struct ImportResult
{
    ImportKind kind = ImportKind::Trainees;
    SourceInfo source;
    QStringList header;
    std::vector<int> mapping;
    int rows = 0;      // data rows read
    int imported = 0;  // new records written (or, in a dry run, that would be)
    int updated = 0;   // stored records changed
    int unchanged = 0; // rows that match a stored record exactly
    int promoted = 0;  // waitlisted trainees given the seats of cohorts whose capacity grew
    int skipped = 0;   // rows not imported: invalid ones, or all rows when nothing is written
    int invalidRows = 0;
    std::vector<ImportProblem> problems; // at most maxProblems, in file order
    int problemCount = 0;                // all of them
    // Each of the kind's columns: mapped or left out, and what the import changes in it.
    std::vector<ColumnCoverage> columns;
    // The file's columns that no field reads (their cells are not imported).
    QStringList unknownHeaders;
    // The stored values the import clears (line, column, the value): at most maxProblems.
    std::vector<ImportProblem> clearedValues;
    int clearedCount = 0;
    int upgradedIdNumbers = 0; // 15-digit ID numbers stored as 18 digits
    bool written = false;      // the plan was changed
    // What was written, record by record: the undo step of the import.
    std::shared_ptr<const ImportStore::AppliedImport> applied;
    bool cancelled = false;

    bool ok() const { return problemCount == 0; }
};

// The import of one CSV or XLSX file of one kind into a plan: reads the file as a
// stream, checks every row (ImportValidator) and collects every problem as
// "line, column, value, message". Writes only when asked (not a dry run) and either no
// row has a problem or skipInvalid is set: all the valid rows in one transaction, or
// nothing. A file that cannot be read at all is one problem on line 0.
namespace Importer {

// progress(done, total) in bytes of the file; returning false cancels (nothing written).
// A real import calls it from a second thread (the one that reads the file).
using Progress = std::function<bool(qint64 done, qint64 total)>;

ImportResult run(QSqlDatabase &db, const QString &path, const ImportOptions &options,
                 const Progress &progress = {});

// The first rows of a file for a preview: its header, up to rows data rows, the
// detected encoding and delimiter, and the columns matched by header.
struct Preview
{
    SourceInfo source;
    QStringList header;
    std::vector<CsvReader::Record> rows;
    std::vector<int> mapping;
    std::optional<Problem> problem; // why the file cannot be read (a header may still be there)
};
Preview preview(const QString &path, ImportKind kind, const SourceOptions &options, int rows = 50);

// Writes problems as CSV or XLSX (line,column,value,message); a Problem naming the file
// when it cannot.
Result<> writeProblems(const QString &path, const std::vector<ImportProblem> &problems);

// "line N, column C: message"
QString problemText(const ImportProblem &problem);

} // namespace Importer

// Export of every record of a kind to CSV (UTF-8 with BOM, formula-looking cells
// escaped) or XLSX, with the columns an import reads back.
// Trainees and enrollments hold people's personal data: their ID numbers are masked
// (IdentityDocument::masked) unless the caller deliberately includes them, and such an
// export is recorded in the History (record()).
namespace Exporter {
struct Options
{
    bool includeIdNumbers = false; // the numbers in full: needed to import the file back
};
// Whether the kind's file holds people's personal data (trainees, enrollments).
bool holdsPersonalData(ImportKind kind);
// A blank template of the kind: a spreadsheet (.xlsx, else .csv by its name) holding only
// the header row, the required columns marked with a "*" (which the import ignores).
Result<> writeTemplate(ImportKind kind, const QString &path);
// The rows written, or the Problem that stopped the export (then no file is written).
Result<int> run(const QSqlDatabase &db, ImportKind kind, const QString &path,
                const Options &options = {},
                const std::function<bool(int done, int total)> &progress = {});
// Records in the History that rows of kind went to path, with the ID numbers included or
// masked: one "exported" entry, in its own transaction.
Result<> record(const QSqlDatabase &db, ImportKind kind, const QString &path, int rows,
                bool includedIdNumbers);
} // namespace Exporter

} // namespace Planner

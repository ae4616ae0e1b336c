// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/plandata.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Planner {

// What a spreadsheet import or export holds: one kind of record per file.
enum class ImportKind {
    Trainees,
    Enrollments,
    Instructors,
    Qualifications,
    Leave,
    Cohorts,
    Sessions,
    Calendar
};
constexpr int ImportKindCount = 8;

template <> struct EnumKeys<ImportKind>
{
    static constexpr std::array<std::string_view, 8> keys{
        "trainees", "enrollments", "instructors", "qualifications",
        "leave",    "cohorts",     "sessions",    "calendar"};
};

// One column of an import file. key is its English header (and what exports write);
// aliases are the other headers it is recognised by, English and Chinese.
struct ImportColumn
{
    QString key;
    QStringList aliases;
    bool required = false;
};

// One thing wrong with one row: "line, column, value, message". line 0 is the file as a
// whole; an empty column the row as a whole.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString value;
    QString message;
    bool operator==(const ImportProblem &) const = default;
};

// The first and last session of a cohort.
struct CohortSpan
{
    Id cohortId = 0;
    QDate start;
    QDate end;
};

// What the plan already holds that rows are matched against by their natural keys. Only
// the tables a kind needs are filled (see ImportRules::needs).
struct ImportContext
{
    std::vector<Track> tracks;
    std::vector<Course> courses;
    std::vector<Venue> venues;
    std::vector<Instructor> instructors;
    std::vector<Qualification> qualifications;
    std::vector<Leave> leaves;
    std::vector<Cohort> cohorts;
    std::vector<CohortSpan> cohortSpans;
    std::vector<Session> sessions;
    std::vector<Trainee> trainees;
    std::vector<Enrollment> enrollments;
    std::vector<CalendarDay> calendar;
};

template <typename T> struct RecordChanges
{
    std::vector<T> inserts; // ids 0: assigned when written
    std::vector<T> updates; // the stored record's id (key) with the new values
    std::vector<T> befores; // per update, the record as stored: for the History and undo
};

// What an import writes: the valid rows, as new records and changed ones.
struct ImportBatch
{
    ImportKind kind = ImportKind::Trainees;
    RecordChanges<Trainee> trainees;
    RecordChanges<Enrollment> enrollments;
    RecordChanges<Instructor> instructors;
    RecordChanges<Qualification> qualifications;
    RecordChanges<Leave> leaves;
    RecordChanges<Cohort> cohorts;
    RecordChanges<Session> sessions;
    RecordChanges<CalendarDay> calendar;
    int unchanged = 0; // rows that match a stored record exactly
    // What the rows set off: the waitlist entries of cohorts whose capacity grew (or that
    // were opened again) given seats, and the waitlists numbered again. Not rows, so
    // neither counted as imported nor as updated.
    std::vector<Enrollment> seated;
    std::vector<Enrollment> seatedBefore; // per seated entry, the enrollment before
    int promoted = 0;                     // waitlisted trainees among them moved up to a seat

    int insertCount() const;
    int updateCount() const;
};

namespace ImportRules {

// The kind's columns, in export order.
const std::vector<ImportColumn> &columns(ImportKind kind);
// "Trainees", "Enrollments", ... translated.
QString displayName(ImportKind kind);
// A column's name for people ("ID number" for id_number), translated; the key itself
// for a key it does not know.
QString columnLabel(const QString &key);
// A header cell as compared with keys and aliases: trimmed, lower case, spaces, dashes
// and a trailing "*" or "(required)" mark dropped.
QString normalizeHeader(const QString &cell);
// For each of the kind's columns, the index of the header cell naming it, or -1.
std::vector<int> matchHeader(ImportKind kind, const QStringList &header);
// The required columns that mapping leaves without a header cell.
QStringList missingRequired(ImportKind kind, const std::vector<int> &mapping);
// The kind of records a header row holds: of the kinds whose required columns it all
// names, the one that uses the most of its cells (then the one with the fewest columns
// left without a cell); nullopt when it names no kind's required columns.
std::optional<ImportKind> detectKind(const QStringList &header);

// What ImportContext the kind needs.
struct Needs
{
    bool tracks = false, courses = false, venues = false, instructors = false,
         qualifications = false, leaves = false, cohorts = false, cohortSpans = false,
         sessions = false, trainees = false, enrollments = false, calendar = false;
};
Needs needs(ImportKind kind);

// A date as spreadsheets write it: 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, or an
// Excel serial day number (45000). Null when it is none of these.
QDate parseDate(const QString &text);

} // namespace ImportRules

// How many stored values the updates of an import change in one column, and how many of
// those it clears (an empty cell where the plan has a value: only with blankClears).
struct ColumnChanges
{
    int changed = 0;
    int cleared = 0;
};

// How a validator reads a row's cells.
struct ImportRowOptions
{
    // An empty cell in an update clears the stored value; by default it keeps it (a cell
    // left empty, or a line cut short by hand, must never erase what the file did not
    // give).
    bool blankClears = false;
    // A 15-digit first-generation resident ID is stored as its 18-digit form.
    bool upgradeIdNumbers = false;
};

// Checks rows of one kind against the plan (and against the rows before them) and turns
// the valid ones into records: new ones, or updates of the record with the same natural
// key (trainee id number; instructor, course and cohort codes; a cohort's session by
// date and slot; a qualification by instructor and course or track; leave by instructor
// and start; a calendar day by date). Columns absent from the file, and empty cells
// (unless ImportRowOptions::blankClears), keep the stored value on an update and their
// default on a new record. Pure: no SQL, no files.
class ImportValidator final
{
public:
    // present: for each of the kind's columns, whether the file has it.
    ImportValidator(ImportKind kind, ImportContext context, std::vector<bool> present,
                    ImportRowOptions options = {});
    ~ImportValidator();
    ImportValidator(const ImportValidator &) = delete;
    ImportValidator &operator=(const ImportValidator &) = delete;

    // One data row: values in the order of the kind's columns (empty for absent ones).
    // Appends the row's problems to *problems and returns false when it has any; a row
    // with problems adds nothing to the batch.
    bool addRow(int line, const QStringList &values, std::vector<ImportProblem> *problems);

    // After the last row: what the rows set off once all are read (a seat given up goes
    // to the cohort's waiting list), into the batch that takeBatch() hands over next.
    void finish();
    // The records of every valid row so far.
    ImportBatch takeBatch();

    // For each of the kind's columns, what the valid rows so far change in stored records.
    const std::vector<ColumnChanges> &columnChanges() const;
    // Every stored value the valid rows so far clear: line, column, the value cleared.
    const std::vector<ImportProblem> &clearedValues() const;
    // 15-digit ID numbers stored as 18 digits (upgradeIdNumbers).
    int upgradedIdNumbers() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Planner

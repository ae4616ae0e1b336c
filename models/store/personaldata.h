// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace Planner {

// A trainee's personal data where the plan holds it, and its erasure on request (the
// Personal Information Protection Law's right to deletion). See docs/PRIVACY.md.
namespace PersonalData {

// Every place of the plan file where one of the person's values appears: a table and
// column (empty for the trainee record itself), how many rows hold it, and which of the
// values ("name", "id_number", …).
struct Place
{
    QString table;
    QString column;
    int rows = 0;
    QStringList values; // the trainee's fields found there
};

// The trainee whose stored ID number is number (normalized as every number is), or 0.
// Throws StoreError.
Id traineeWithIdNumber(const QSqlDatabase &db, const QString &number);

// The personal fields of a trainee record, which erase() clears.
QStringList fields();

// Where the trainee's name, ID number, employer, e-mail and phone appear: every text
// column of every table is searched (the trainee record itself included, the History's
// copies, notes). A name of one character and values shorter than four are looked for in
// the trainee record only (they would match unrelated text). Throws StoreError.
std::vector<Place> placesOf(const QSqlDatabase &db, Id traineeId);

// Erases the trainee's personal data from the plan, in one transaction: the record keeps
// its id, district, enrollments and outcomes (so the counts stay true) but its name becomes
// ErasedName, its ID number, employer, e-mail and phone empty; every copy in the History
// (the record's own entries, and the ID number anywhere) is blanked the same way; one
// "erased" History entry names the fields, not their values. SQLite's secure_delete
// zeroes what it frees, and the file is vacuumed, so no free page keeps the old values.
// Returns false when there is no such trainee. Throws StoreError.
bool erase(QSqlDatabase db, Id traineeId);

// What an erased trainee is called.
inline constexpr const char *ErasedName = "(erased)";

} // namespace PersonalData
} // namespace Planner

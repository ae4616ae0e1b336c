// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/calendarday.h"
#include "domain/planviews.h"
#include "store/personaldata.h"

#include <QString>

#include <vector>

namespace Planner {

// One field of an audited record, before and after the change.
struct AuditField
{
    QString name;
    QString before; // the value as text; empty when the record did not exist before
    QString after;  // empty when the record is gone after
    bool changed = false;
};

// The fields of an audit entry's record, field by field: for an update every field of
// the record with the changed ones marked; for an insert or delete the record's fields
// (changed, since they appear or go). Fields by name; values
// as text (null as empty, numbers and booleans as JSON writes them).
std::vector<AuditField> auditFields(const AuditEntry &entry);

// A table of the plan as people call it ("Assignments" for cohort_instructor), translated;
// the name itself for a table it does not know.
QString auditTableLabel(const QString &table);
// One record of the table as a sentence names it before its code or name ("Cohort" in
// "Cohort AI-201"; auditTableLabel names the whole table), translated.
QString auditRecordLabel(const QString &table);
// A field of an audited record as people call it ("Cohort" for cohort_id), translated;
// the name itself for a field it does not know.
QString auditFieldLabel(const QString &field);
// A value of a field of a record of table as people read it: an enumeration's key
// ("lead", "in_person") by its translated name, a flag (0/1) as yes or no, an ID number
// masked (IdentityDocument::masked); any other value as it is.
QString auditValueLabel(const QString &table, const QString &field, const QString &value);
// The same for a value of entry's record, naming a record it points at as entry's
// valueLabels do (nameAuditEntries).
QString auditValueLabel(const AuditEntry &entry, const QString &field, const QString &value);
// Fills each entry's recordLabel and valueLabels: the records it names, by code and name
// as they were at the time of the change (from the entries before it, which hold every
// record's state), else as they are now (current), else by number. entries newest
// first, as the History reads them; chinese: Chinese titles where the plan has them.
void nameAuditEntries(std::vector<AuditEntry> &entries, const std::vector<NamedRecord> &current,
                      bool chinese);

// A place of the plan holding a person's data, as people read it: "Trainees (phone): 1
// row: phone", "History (before): 3 entries: name, ID number".
QString personalDataPlaceLabel(const PersonalData::Place &place);

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plantablemodels.h"

#include "planning/enrollmentrules.h"

namespace Planner {

// One part of a cohort's roster (CohortRoster, read by PlanQueries::cohortRoster): the
// trainees holding seats (and those withdrawn, greyed, below them), or the waitlist in
// order. Attendance, score and certificate are edited in place (one undo step each) or
// pasted as a column from a spreadsheet (pasteEdit).
class RosterModel final : public RowTableModel<RosterEntry>
{
    Q_OBJECT
public:
    enum class Part { Seats, Waitlist };
    enum Column {
        Position,
        Name,
        Status,
        Attendance,
        Score,
        Certification,
        CertifiedOn,
        IdNumber,
        Employer,
        EnrolledOn,
        ColumnCount
    };
    enum Roles { StatusRole = IdRole + 1 }; // the EnrollmentStatus as int

    explicit RosterModel(Part part, QObject *parent = nullptr);
    Part part() const { return m_part; }
    // Takes this part's entries of roster.
    void setRoster(const CohortRoster &roster);
    // The plan has changed since the roster shown was read (a reload is on its way): edits
    // are then made over what is stored, not over what is shown (PlanEdits::overShown),
    // so that the user's own step a moment ago is not taken for someone else's.
    void markOutdated() { m_current = false; }
    // The columns this part shows (the views hide the others).
    std::vector<int> shownColumns() const;

    // The edit that pasting text (one value a line, as copied from a spreadsheet column)
    // onto the display rows of column (Score or Attendance) makes: one value per selected
    // row, one value for all of them, or, with one row selected, the values from that row
    // down. Refused with the line at fault, or when the counts do not fit.
    PlanEdit pasteEdit(const std::vector<int> &rows, int column, const QString &text,
                       const PlanEdits &edits) const;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString searchText(int sourceRow) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;

private:
    Part m_part;
    QDate m_cohortEnd;
    bool m_current = false;
};

// A trainee's enrollments across cohorts (TraineeHistory), the latest first.
class TraineeHistoryModel final : public RowTableModel<TraineeHistoryEntry>
{
    Q_OBJECT
public:
    enum Column {
        Cohort,
        Status,
        Attendance,
        Score,
        Certification,
        CertifiedOn,
        Start,
        End,
        Course,
        Track,
        ColumnCount
    };
    enum Roles { StatusRole = IdRole + 1 };
    explicit TraineeHistoryModel(QObject *parent = nullptr);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
};

// The enrollments of entries (a roster's or a trainee's history) with these ids, as
// the page shows them: what an edit of them is made over (PlanEdits::overShown).
template <typename Entry>
std::vector<Enrollment> shownEnrollments(const std::vector<Entry> &entries,
                                         const QList<qint64> &ids)
{
    std::vector<Enrollment> enrollments;
    for (const Entry &entry : entries)
        if (ids.contains(entry.enrollment.id))
            enrollments.push_back(entry.enrollment);
    return enrollments;
}

} // namespace Planner

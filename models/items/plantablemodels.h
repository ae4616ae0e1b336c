// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"

#include "plansession.h"
#include "tablemodelbase.h"

#include "domain/planviews.h"

#include <QHash>

#include <vector>

namespace Planner {

// A page table over a vector of read-model rows.
template <typename Row> class RowTableModel : public TableModelBase
{
public:
    using TableModelBase::TableModelBase;

    void setRows(std::vector<Row> rows)
    {
        beginReplaceRows();
        m_rows = std::move(rows);
        endReplaceRows();
    }
    const std::vector<Row> &rows() const { return m_rows; }

protected:
    // Loads the rows on a worker thread through the session; loaded() or loadFailed()
    // follows on this model's thread.
    void load(PlanSession &session, std::function<std::vector<Row>(const PlanQueries &)> query)
    {
        setSession(&session);
        session.query<std::vector<Row>>(
            this, std::move(query), [this](std::vector<Row> rows) { setRows(std::move(rows)); },
            [this](const QString &error) { emit loadFailed(error); });
    }

    int sourceRowCount() const override { return int(m_rows.size()); }
    const Row &row(int sourceRow) const { return m_rows[std::size_t(sourceRow)]; }

private:
    std::vector<Row> m_rows;
};

class TrackTableModel final : public RowTableModel<Track>
{
    Q_OBJECT
public:
    enum Column { Name, NameZh, Colour, ColumnCount };
    using RowTableModel::RowTableModel;
    void reload(PlanSession &session);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString searchText(int sourceRow) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;
};

// {label, value} pairs for a Choice cell (TableModelBase::ChoicesRole).
using Choices = QVariantList;
Choices choice(Choices list, const QString &label, const QVariant &value);
// The plan's tracks as choices, by id (read on a worker thread).
Choices trackChoices(const PlanQueries &queries);

class CourseTableModel final : public RowTableModel<CourseSummary>
{
    Q_OBJECT
public:
    // The session patterns offered, as weekday and slot masks packed into one value.
    static Choices patternChoices();
    static QString patternText(int weekdays, int slotMask);
    enum Column {
        Code,
        Title,
        TitleZh,
        Track,
        Level,
        Days,
        HoursPerDay,
        Capacity,
        Pattern,
        Qualification,
        MaterialsFee,
        ExamFee,
        Cohorts,
        Certified,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    void reload(PlanSession &session);
    Facets supportedFacets() const override;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString searchText(int sourceRow) const override;
    QString facet(int sourceRow, Facet facet) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;

private:
    Choices m_tracks;
};

class VenueTableModel final : public RowTableModel<VenueSummary>
{
    Q_OBJECT
public:
    enum Column {
        Name,
        District,
        Address,
        Seats,
        Online,
        DayRent,
        SeatLicence,
        Cohorts,
        Sessions,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    void reload(PlanSession &session);
    Facets supportedFacets() const override;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString searchText(int sourceRow) const override;
    QString facet(int sourceRow, Facet facet) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;
};

class InstructorTableModel final : public RowTableModel<InstructorSummary>
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        HomeDistrict,
        Qualifications,
        NextExpiry,
        Cohorts,
        TeachingDays,
        MaxDaysYear,
        LeaveDays,
        MaxDaysWeek,
        MaxDaysMonth,
        DayRate,
        Email,
        Phone,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    // Load and leave figures are for this year.
    void setYear(int year) { m_year = year; }
    int year() const { return m_year; }
    void reload(PlanSession &session);
    Facets supportedFacets() const override;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString searchText(int sourceRow) const override;
    QString facet(int sourceRow, Facet facet) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;

private:
    int m_year = 0;
};

class CohortTableModel final : public RowTableModel<CohortSummary>
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Course,
        Track,
        Start,
        End,
        TeachingDays,
        Mode,
        Venue,
        District,
        Capacity,
        Enrolled,
        Waitlisted,
        Lead,
        Status,
        ColumnCount
    };
    enum Roles { TrackColourRole = IdRole + 1, ConflictRole };
    using RowTableModel::RowTableModel;
    void reload(PlanSession &session);
    Facets supportedFacets() const override;
    bool hasDateSpan() const override;

    // The conflicts of each cohort, shown as a mark on its status: the worst severity
    // (ConflictRole: 0 none, 1 warning, 2 blocking), their number and the first reason.
    struct ConflictMark
    {
        int severity = 0;
        int count = 0;
        QString first;
    };
    void setConflictMarks(QHash<Id, ConflictMark> marks);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString searchText(int sourceRow) const override;
    QString facet(int sourceRow, Facet facet) const override;
    std::pair<QDate, QDate> dateSpan(int sourceRow) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;

private:
    QHash<Id, ConflictMark> m_marks;
    Choices m_courses;
    Choices m_venues;
};

class TraineeTableModel final : public RowTableModel<TraineeSummary>
{
    Q_OBJECT
public:
    enum Column {
        Name,
        IdNumber,
        Employer,
        District,
        Enrollments,
        LatestCohort,
        LatestStart,
        Certification,
        Email,
        Phone,
        IdType,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    void reload(PlanSession &session);
    Facets supportedFacets() const override;
    bool hasDateSpan() const override;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString searchText(int sourceRow) const override;
    QString facet(int sourceRow, Facet facet) const override;
    std::pair<QDate, QDate> dateSpan(int sourceRow) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;
};

class CalendarTableModel final : public RowTableModel<CalendarDay>
{
    Q_OBJECT
public:
    enum Column { Date, Weekday, Kind, Name, NameZh, ColumnCount };
    using RowTableModel::RowTableModel;
    void reload(PlanSession &session);
    bool hasDateSpan() const override;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString searchText(int sourceRow) const override;
    std::pair<QDate, QDate> dateSpan(int sourceRow) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;
};

// The yearly targets per track: what the progress dashboard measures against.
class TargetTableModel final : public RowTableModel<TargetSummary>
{
    Q_OBJECT
public:
    enum Column { Year, Track, Trainees, Certified, Budget, ColumnCount };
    using RowTableModel::RowTableModel;
    void reload(PlanSession &session);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QVariant editData(int sourceRow, int column, int role) const override;
    PlanEdit buildEdit(int sourceRow, int column, const QVariant &value,
                       const PlanEdits &edits) const override;

private:
    Choices m_tracks;
};

// Who changed what, when: the plan's audit log, newest first.
class AuditTableModel final : public RowTableModel<AuditEntry>
{
    Q_OBJECT
public:
    enum Column { When, Who, Action, Table, Record, Change, ColumnCount };
    // The newest entries shown; older ones stay in the file.
    static constexpr int Limit = 20000;
    using RowTableModel::RowTableModel;
    void reload(PlanSession &session);
    // Narrowed by action (Facet::Status), table, user and record id; the text filter
    // also finds words in the values before and after.
    Facets supportedFacets() const override;
    bool hasDateSpan() const override;
    QString facetAnyText(Facet facet) const override;
    // The entry shown at a display row.
    const AuditEntry &entryAt(int displayRow) const { return row(sourceRow(displayRow)); }
    // The rows shown (filtered, in display order) as a CSV file for a spreadsheet:
    // UTF-8 with BOM; when (UTC, ISO 8601), who, action, table, record, change, and the
    // record before and after as JSON.
    QByteArray shownRowsAsCsv() const;
    // Writes shownRowsAsCsv() to path, whole or not at all; returns an error message or
    // an empty string.
    Result<> saveShownRowsAsCsv(const QString &path) const;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cellData(int sourceRow, int column, int role) const override;
    QString searchText(int sourceRow) const override;
    QString facet(int sourceRow, Facet facet) const override;
    std::pair<QDate, QDate> dateSpan(int sourceRow) const override;
};

} // namespace Planner

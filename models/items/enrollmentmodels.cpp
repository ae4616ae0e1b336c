// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollmentmodels.h"

#include "cellvalues.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace Planner {

using namespace Cells;

namespace {

using EditorKind = TableModelBase::EditorKind;

PlanEdit refusedEdit(const char *field, const QString &message)
{
    PlanEdit result;
    result.problem = Problem{QLatin1String(field), message};
    return result;
}

} // namespace

RosterModel::RosterModel(Part part, QObject *parent) : RowTableModel(parent), m_part(part)
{
    setRows({}); // an empty roster is a loaded one: nothing is on its way
}

void RosterModel::setRoster(const CohortRoster &roster)
{
    m_current = true;
    std::vector<RosterEntry> rows;
    for (const RosterEntry &entry : roster.entries) {
        const bool waiting = entry.enrollment.status == EnrollmentStatus::Waitlisted;
        if (waiting == (m_part == Part::Waitlist))
            rows.push_back(entry);
    }
    m_cohortEnd = roster.end;
    setRows(std::move(rows));
}

std::vector<int> RosterModel::shownColumns() const
{
    if (m_part == Part::Waitlist)
        return {Position, Name, IdNumber, Employer, EnrolledOn};
    return {Name,        Status,   Attendance, Score,     Certification,
            CertifiedOn, IdNumber, Employer,   EnrolledOn};
}

QString RosterModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Position:
        return tr("#");
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case Employer:
        return tr("Employer");
    case Status:
        return outcomeTitle(Outcome::Status);
    case Attendance:
        return outcomeTitle(Outcome::Attendance);
    case Score:
        return outcomeTitle(Outcome::Score);
    case Certification:
        return outcomeTitle(Outcome::Certification);
    case CertifiedOn:
        return outcomeTitle(Outcome::CertifiedOn);
    case EnrolledOn:
        return tr("Enrolled on");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RosterModel::cellData(int sourceRow, int column, int role) const
{
    const RosterEntry &r = row(sourceRow);
    const Enrollment &e = r.enrollment;
    if (const QVariant v = enrollmentRow(e, role); v.isValid())
        return v;
    switch (Column(column)) {
    case Position:
        return number(role, e.waitlistPosition, 0);
    case Name:
        return text(role, traineeName(r.traineeName));
    case IdNumber:
        return text(role, shownIdNumber(e.traineeId, r.idNumber));
    case Employer:
        return text(role, r.employer);
    case Status:
        return outcome(Outcome::Status, e, role);
    case Attendance:
        return outcome(Outcome::Attendance, e, role);
    case Score:
        return outcome(Outcome::Score, e, role);
    case Certification:
        return outcome(Outcome::Certification, e, role);
    case CertifiedOn:
        return outcome(Outcome::CertifiedOn, e, role);
    case EnrolledOn:
        return date(role, e.enrolledOn);
    case ColumnCount:
        break;
    }
    return {};
}

QString RosterModel::searchText(int sourceRow) const
{
    const RosterEntry &r = row(sourceRow);
    return r.traineeName + QLatin1Char(' ') + r.idNumber + QLatin1Char(' ') + r.employer;
}

QVariant RosterModel::editData(int sourceRow, int column, int role) const
{
    const Enrollment &e = row(sourceRow).enrollment;
    if (m_part == Part::Waitlist)
        return {};
    switch (Column(column)) {
    case Attendance:
        return edit(role, EditorKind::Decimal,
                    e.attendance ? QVariant(*e.attendance * 100.0) : QVariant(), 0.0, 100.0);
    case Score:
        return edit(role, EditorKind::Decimal, e.score ? QVariant(*e.score) : QVariant(), 0.0,
                    100.0);
    case Certification:
        if (role == ChoicesRole)
            return enumChoices<CertificationLevel>();
        return e.status == EnrollmentStatus::Completed
                   ? edit(role, EditorKind::Choice, int(e.certification))
                   : QVariant();
    case CertifiedOn:
        return e.certification != CertificationLevel::None
                   ? edit(role, EditorKind::Date, e.certifiedOn)
                   : QVariant();
    default:
        return {};
    }
}

PlanEdit RosterModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                const PlanEdits &edits) const
{
    const RosterEntry &r = row(sourceRow);
    const Enrollment &e = r.enrollment;
    OutcomeEdit change;
    QString text;
    switch (Column(column)) {
    case Attendance:
    case Score: {
        auto parsed = numberOf(value);
        if (!parsed)
            return refusedEdit(column == Score ? "score" : "attendance",
                               tr("“%1” is not a number.").arg(value.toString()));
        if (column == Attendance) {
            if (*parsed)
                **parsed /= 100.0;
            change.attendance = *parsed;
            text = tr("Record the attendance of %1").arg(r.traineeName);
        } else {
            change.score = *parsed;
            text = tr("Record the score of %1").arg(r.traineeName);
        }
        break;
    }
    case Certification: {
        const auto level = CertificationLevel(std::clamp(value.toInt(), 0, 3));
        change.certification = level;
        // A certificate is dated; the cohort's last day unless one is given.
        if (level != CertificationLevel::None && !e.certifiedOn.isValid())
            change.certifiedOn = m_cohortEnd.isValid() ? m_cohortEnd : QDate::currentDate();
        text = tr("Record the certificate of %1").arg(r.traineeName);
        break;
    }
    case CertifiedOn:
        change.certifiedOn = value.toDate();
        text = tr("Record the certificate of %1").arg(r.traineeName);
        break;
    default:
        return {};
    }
    PlanEdit edit = edits.setOutcomes({{e.id, change}}, text);
    return m_current ? edits.overShown({e}, std::move(edit)) : edit;
}

PlanEdit RosterModel::pasteEdit(const std::vector<int> &rows, int column, const QString &text,
                                const PlanEdits &edits) const
{
    if (m_part != Part::Seats || (column != Score && column != Attendance))
        return refusedEdit(
            "", tr("Paste scores or attendance rates into the Score or Attendance column of the "
                   "trainees holding seats."));
    if (rows.empty())
        return refusedEdit("", tr("Select the rows to paste into."));
    const PastedColumn::Field field =
        column == Score ? PastedColumn::Field::Score : PastedColumn::Field::Attendance;
    const PastedColumn::Parsed parsed = PastedColumn::parse(text, field);
    if (parsed.problem)
        return refusedEdit(parsed.problem->field.toLatin1().constData(), parsed.problem->message);
    const int values = int(parsed.values.size());
    std::vector<int> targets;
    if (rows.size() == 1 && values > 1) {
        if (rows.front() + values > rowCount())
            return refusedEdit("", tr("%1 values cannot be pasted from row %2 down: there are only "
                                      "%3 rows from there.")
                                       .arg(values)
                                       .arg(rows.front() + 1)
                                       .arg(rowCount() - rows.front()));
        for (int i = 0; i < values; ++i)
            targets.push_back(rows.front() + i);
    } else if (values == 1 || values == int(rows.size())) {
        targets = rows;
    } else {
        return refusedEdit(
            "", tr("%1 values cannot be pasted onto %2 selected rows: select as many rows as there "
                   "are values, or one row to fill downwards from it.")
                    .arg(values)
                    .arg(rows.size()));
    }
    std::vector<std::pair<Id, OutcomeEdit>> changes;
    std::vector<Enrollment> shown;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const std::optional<double> value = parsed.values[values == 1 ? 0 : i];
        OutcomeEdit change;
        if (field == PastedColumn::Field::Score)
            change.score = value;
        else
            change.attendance = value;
        shown.push_back(row(sourceRow(targets[i])).enrollment);
        changes.emplace_back(shown.back().id, change);
    }
    const int n = int(changes.size());
    if (!m_current)
        shown.clear();
    return edits.overShown(
        shown,
        edits.setOutcomes(
            changes, field == PastedColumn::Field::Score
                         ? QCoreApplication::translate("Planner::RosterModel", "Paste %n score(s)",
                                                       nullptr, n)
                         : QCoreApplication::translate("Planner::RosterModel",
                                                       "Paste %n attendance rate(s)", nullptr, n)));
}

// ---- A trainee's history

TraineeHistoryModel::TraineeHistoryModel(QObject *parent) : RowTableModel(parent)
{
    setRows({});
}

QString TraineeHistoryModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Cohort:
        return tr("Cohort");
    case Course:
        return tr("Course");
    case Track:
        return tr("Track");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Status:
        return outcomeTitle(Outcome::Status);
    case Attendance:
        return outcomeTitle(Outcome::Attendance);
    case Score:
        return outcomeTitle(Outcome::Score);
    case Certification:
        return outcomeTitle(Outcome::Certification);
    case CertifiedOn:
        return outcomeTitle(Outcome::CertifiedOn);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TraineeHistoryModel::cellData(int sourceRow, int column, int role) const
{
    const TraineeHistoryEntry &r = row(sourceRow);
    const Enrollment &e = r.enrollment;
    if (const QVariant v = enrollmentRow(e, role); v.isValid())
        return v;
    switch (Column(column)) {
    case Cohort:
        if (role == Qt::DecorationRole)
            return QColor::fromString(r.trackColour);
        return text(role, r.cohortCode);
    case Course:
        return text(role, localizedName(r.courseTitle, r.courseTitleZh));
    case Track:
        return text(role, localizedName(r.track, r.trackZh));
    case Start:
        return date(role, r.start);
    case End:
        return date(role, r.end);
    case Status:
        if (e.status == EnrollmentStatus::Waitlisted && role == Qt::DisplayRole)
            return tr("Waitlisted (#%1)").arg(e.waitlistPosition);
        return outcome(Outcome::Status, e, role);
    case Attendance:
        return outcome(Outcome::Attendance, e, role);
    case Score:
        return outcome(Outcome::Score, e, role);
    case Certification:
        return outcome(Outcome::Certification, e, role);
    case CertifiedOn:
        return outcome(Outcome::CertifiedOn, e, role);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
// The Trainees page: its cells, read and edited in place.
#include "plantablemodels.h"

#include "cellvalues.h"
#include "plansession.h"

#include "planning/identitydocument.h"

namespace Planner {

using namespace Cells;
using EditorKind = TableModelBase::EditorKind;

void TraineeTableModel::reload(PlanSession &session)
{
    load(session, [](const PlanQueries &q) { return q.trainees(); });
}

QString TraineeTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case IdType:
        return tr("Document");
    case Employer:
        return tr("Employer");
    case District:
        return tr("District");
    case Enrollments:
        return tr("Enrollments");
    case LatestCohort:
        return tr("Latest cohort");
    case LatestStart:
        return tr("Latest start");
    case Certification:
        return tr("Highest certificate");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TraineeTableModel::cellData(int sourceRow, int column, int role) const
{
    const TraineeSummary &r = row(sourceRow);
    const Trainee &t = r.trainee;
    if (role == IdRole)
        return t.id;
    switch (Column(column)) {
    case Name:
        return text(role, traineeName(t.name));
    case IdNumber:
        return text(role, shownIdNumber(t.id, t.idNumber));
    case IdType:
        if (role == SortRole)
            return int(t.idType);
        return text(role, t.idNumber.isEmpty() ? QString() : displayName(t.idType));
    case Employer:
        return text(role, t.employer);
    case District:
        return text(role, t.district);
    case Enrollments:
        return number(role, r.enrollments);
    case LatestCohort:
        return text(role, r.latestCohort);
    case LatestStart:
        return date(role, r.latestStart);
    case Certification:
        if (role == SortRole)
            return int(r.highestCertification);
        return text(role, r.highestCertification == CertificationLevel::None
                              ? QString()
                              : displayName(r.highestCertification));
    case Email:
        return text(role, t.email);
    case Phone:
        return text(role, t.phone);
    case ColumnCount:
        break;
    }
    return {};
}

QString TraineeTableModel::searchText(int sourceRow) const
{
    const TraineeSummary &r = row(sourceRow);
    const Trainee &t = r.trainee;
    // The number in full (found without being shown) and as shown (copied from a cell).
    return joinedText({t.name, t.idNumber, IdentityDocument::masked(t.idNumber), t.employer,
                       t.district, r.latestCohort});
}

Facets TraineeTableModel::supportedFacets() const
{
    return Facet::Status | Facet::District;
}

QString TraineeTableModel::facet(int sourceRow, Facet facet) const
{
    const TraineeSummary &r = row(sourceRow);
    switch (facet) {
    case Facet::Status:
        return displayName(r.highestCertification); // the certificate held
    case Facet::District:
        return r.trainee.district;
    case Facet::Track:
    case Facet::Table:
    case Facet::User:
    case Facet::Record:
        break;
    }
    return {};
}

bool TraineeTableModel::hasDateSpan() const
{
    return true;
}

std::pair<QDate, QDate> TraineeTableModel::dateSpan(int sourceRow) const
{
    const QDate start = row(sourceRow).latestStart;
    return {start, start};
}

QVariant TraineeTableModel::editData(int sourceRow, int column, int role) const
{
    const Trainee &t = row(sourceRow).trainee;
    switch (Column(column)) {
    case Name:
        return edit(role, EditorKind::Text, t.name);
    case IdNumber: // changed only once revealed (or while there is none)
        return idNumberShownInFull(t.id, t.idNumber) ? edit(role, EditorKind::Text, t.idNumber)
                                                     : QVariant();
    case IdType:
        return choiceEdit(role, int(t.idType), enumChoices<IdDocumentType>());
    case Employer:
        return edit(role, EditorKind::Text, t.employer);
    case District:
        return edit(role, EditorKind::Text, t.district);
    case Email:
        return edit(role, EditorKind::Text, t.email);
    case Phone:
        return edit(role, EditorKind::Text, t.phone);
    default:
        return {};
    }
}

PlanEdit TraineeTableModel::buildEdit(int sourceRow, int column, const QVariant &value,
                                      const PlanEdits &edits) const
{
    Trainee t = row(sourceRow).trainee;
    switch (Column(column)) {
    case Name:
        t.name = textOf(value);
        break;
    case IdNumber:
        t.idNumber = IdentityDocument::normalized(t.idType, textOf(value));
        break;
    case IdType:
        t.idType = IdDocumentType(value.toInt());
        break;
    case Employer:
        t.employer = textOf(value);
        break;
    case District:
        t.district = textOf(value);
        break;
    case Email:
        t.email = textOf(value);
        break;
    case Phone:
        t.phone = textOf(value);
        break;
    default:
        return {};
    }
    return edits.save(t, std::optional<Trainee>(row(sourceRow).trainee));
}

} // namespace Planner

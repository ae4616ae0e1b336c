// SPDX-License-Identifier: GPL-3.0-or-later
// The History page: the audit log's entries, read (never edited).
#include "plantablemodels.h"

#include "auditdiff.h"
#include "cellvalues.h"
#include "plansession.h"

#include "domain/language.h"
#include "io/csvwriter.h"
#include "store/auditlog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace Planner {

using namespace Cells;

void AuditTableModel::reload(PlanSession &session)
{
    // Records by their codes and names, as they were called at the time of each change.
    const bool chinese = Language::installed() == QLatin1String("zh_CN");
    load(session, [chinese](const PlanQueries &q) {
        std::vector<AuditEntry> entries = AuditLog(q.database()).newest(Limit);
        nameAuditEntries(entries, q.namedRecords(), chinese);
        return entries;
    });
}

QString AuditTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Table:
        return tr("Table");
    case Record:
        return tr("Record");
    case Change:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

namespace {

QString actionName(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert:
        return AuditTableModel::tr("Added");
    case AuditAction::Update:
        return AuditTableModel::tr("Changed");
    case AuditAction::Delete:
        return AuditTableModel::tr("Deleted");
    case AuditAction::Import:
        return AuditTableModel::tr("Imported");
    case AuditAction::Generate:
        return AuditTableModel::tr("Generated");
    case AuditAction::Migrate:
        return AuditTableModel::tr("Upgraded");
    case AuditAction::Reveal:
        return AuditTableModel::tr("Revealed");
    case AuditAction::Export:
        return AuditTableModel::tr("Exported");
    case AuditAction::Erase:
        return AuditTableModel::tr("Erased");
    }
    return {};
}

// "field: before → after" for the fields an update changed, else the record as stored.
QString changeSummary(const AuditEntry &e)
{
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    auto text = [](const QJsonValue &v) {
        return v.isString()
                   ? v.toString()
                   : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1);
    };
    QStringList parts;
    if (!before.isEmpty() && !after.isEmpty()) {
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.value(it.key()) != it.value())
                parts << QStringLiteral("%1: %2 → %3")
                             .arg(auditFieldLabel(it.key()),
                                  auditValueLabel(e, it.key(), text(before.value(it.key()))),
                                  auditValueLabel(e, it.key(), text(it.value())));
        }
    } else {
        const QJsonObject &record = after.isEmpty() ? before : after;
        for (auto it = record.begin(); it != record.end(); ++it)
            parts << QStringLiteral("%1: %2").arg(auditFieldLabel(it.key()),
                                                  auditValueLabel(e, it.key(), text(it.value())));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QVariant AuditTableModel::cellData(int sourceRow, int column, int role) const
{
    const AuditEntry &e = row(sourceRow);
    if (role == IdRole)
        return e.id;
    switch (Column(column)) {
    case When:
        if (role == SortRole)
            return e.id; // ids follow time
        if (role == Qt::DisplayRole)
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return {};
    case Who:
        return text(role, e.user);
    case Action:
        return text(role, actionName(e.action));
    case Table:
        if (role == Qt::ToolTipRole)
            return e.table; // the table's name in the plan file
        return text(role, auditTableLabel(e.table));
    case Record:
        if (role == Qt::ToolTipRole && !e.recordLabel.isEmpty())
            return e.recordKey; // the record's key in the plan file
        return text(role, e.recordLabel.isEmpty() ? e.recordKey : e.recordLabel);
    case Change:
        if (role == Qt::ToolTipRole)
            return changeSummary(e);
        return text(role, changeSummary(e));
    case ColumnCount:
        break;
    }
    return {};
}

QString AuditTableModel::searchText(int sourceRow) const
{
    const AuditEntry &e = row(sourceRow);
    // A cohort's code finds its sessions', assignments' and enrollments' changes too.
    return joinedText({e.user, auditTableLabel(e.table), e.table, e.recordKey, e.recordLabel,
                       changeSummary(e), e.before, e.after});
}

Facets AuditTableModel::supportedFacets() const
{
    return Facet::Status | Facet::Table | Facet::User | Facet::Record;
}

QString AuditTableModel::facet(int sourceRow, Facet facet) const
{
    const AuditEntry &e = row(sourceRow);
    switch (facet) {
    case Facet::Status:
        return actionName(e.action);
    case Facet::Table:
        return auditTableLabel(e.table);
    case Facet::User:
        return e.user;
    case Facet::Record:
        return e.recordKey;
    case Facet::Track:
    case Facet::District:
        break;
    }
    return {};
}

QString AuditTableModel::facetAnyText(Facet facet) const
{
    return facet == Facet::Status ? tr("All actions") : QString();
}

QByteArray AuditTableModel::shownRowsAsCsv() const
{
    const QStringList header{tr("When (UTC)"), tr("Who"),    tr("Action"), tr("Table"),
                             tr("Record"),     tr("Change"), tr("Before"), tr("After")};
    QList<QStringList> rows;
    rows.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r) {
        const AuditEntry &e = entryAt(r);
        rows << QStringList{e.at.toUTC().toString(Qt::ISODate),
                            e.user,
                            actionName(e.action),
                            auditTableLabel(e.table),
                            e.recordKey,
                            changeSummary(e),
                            e.before,
                            e.after};
    }
    return CsvWriter::file(header, rows);
}

Result<> AuditTableModel::saveShownRowsAsCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(shownRowsAsCsv()) < 0 || !file.commit())
        return Problem::of(
            tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

bool AuditTableModel::hasDateSpan() const
{
    return true;
}

std::pair<QDate, QDate> AuditTableModel::dateSpan(int sourceRow) const
{
    const QDate day = row(sourceRow).at.toLocalTime().date();
    return {day, day};
}

} // namespace Planner

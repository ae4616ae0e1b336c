// SPDX-License-Identifier: GPL-3.0-or-later
#include "personcommand.h"

#include "cliutil.h"
#include "items/auditdiff.h"
#include "planning/identitydocument.h"
#include "store/backupstore.h"
#include "store/personaldata.h"
#include "store/plandatabase.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QTextStream>

namespace Planner::Cli {

int personCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The plan file, or a server plan (postgresql://...)."));
    parser.addOption({QStringLiteral("id-number"), tr("The trainee's ID number."), tr("N")});
    parser.addOption(
        {QStringLiteral("erase"),
         tr("Erase the trainee's personal data from the plan (name, ID number, employer, e-mail, "
            "phone; also in the History). Their enrollments and results stay, without their name. "
            "Cannot be undone.")});
    parser.addOption(
        {QStringLiteral("delete-backups"), tr("With --erase: back the erased plan up, then delete "
                                              "every older backup (they still hold "
                                              "the data).")});
    const QString synopsis = QStringLiteral("usage: cohortplanner-cli person FILE|URL --id-number "
                                            "N [--erase [--delete-backups]] [--json]");
    if (!parse(parser, arguments, synopsis,
               tr("Lists every place of the plan that holds a trainee's personal data, or erases "
                  "it on the "
                  "trainee's request.")))
        return Usage;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("person needs exactly one plan file") + QLatin1Char('\n') + synopsis, Usage);
    const QString number = parser.value(QStringLiteral("id-number")).trimmed();
    if (number.isEmpty())
        return fail(tr("person needs --id-number") + QLatin1Char('\n') + synopsis, Usage);
    const bool erase = parser.isSet(QStringLiteral("erase"));
    if (parser.isSet(QStringLiteral("delete-backups")) && !erase)
        return fail(tr("--delete-backups goes with --erase") + QLatin1Char('\n') + synopsis, Usage);
    if (parser.isSet(QStringLiteral("delete-backups")) &&
        ServerAddress::isServerUrl(parser.positionalArguments().first()))
        return fail(tr("A server plan's backups are its administrator's: --delete-backups is for "
                       "plan files") +
                        QLatin1Char('\n') + synopsis,
                    Usage);
    auto plan = openAnyPlan(parser.positionalArguments().first(),
                            erase ? PlanDatabase::Mode::ReadWrite : PlanDatabase::Mode::ReadOnly);
    if (!plan)
        return Failure;
    const auto placesJson = [](const std::vector<PersonalData::Place> &places) {
        QJsonArray out;
        for (const PersonalData::Place &p : places)
            out.append(
                QJsonObject{{QStringLiteral("table"), p.table},
                            {QStringLiteral("column"), p.column},
                            {QStringLiteral("rows"), p.rows},
                            {QStringLiteral("values"), QJsonArray::fromStringList(p.values)}});
        return out;
    };
    try {
        const Id traineeId = PersonalData::traineeWithIdNumber(plan->database(), number);
        if (traineeId == 0)
            return fail(
                tr("No trainee has the ID number %1.").arg(IdentityDocument::masked(number)));
        const std::vector<PersonalData::Place> before =
            PersonalData::placesOf(plan->database(), traineeId);
        if (!erase) {
            if (parser.isSet(QStringLiteral("json"))) {
                printJson({{QStringLiteral("trainee_id"), traineeId},
                           {QStringLiteral("places"), placesJson(before)}});
            } else {
                QTextStream out(stdout);
                out << tr("Trainee %1 (ID number %2): personal data in %n place(s)", nullptr,
                          int(before.size()))
                           .arg(traineeId)
                           .arg(IdentityDocument::masked(number))
                    << Qt::endl;
                for (const PersonalData::Place &p : before)
                    out << QStringLiteral("  ") << personalDataPlaceLabel(p) << Qt::endl;
            }
            return Success;
        }
        if (!PersonalData::erase(plan->database(), traineeId))
            return fail(
                tr("No trainee has the ID number %1.").arg(IdentityDocument::masked(number)));
        int deleted = 0;
        if (parser.isSet(QStringLiteral("delete-backups")) && plan->backups()) {
            const Result<BackupStore::Entry> made =
                plan->backups()->backupNow(BackupStore::Kind::Manual);
            if (!made)
                return fail(tr("The personal data was erased, but the older backups were kept: no "
                               "new backup could be "
                               "made (%1).")
                                .arg(made.message()));
            const Result<int> removed = plan->backups()->removeAllBut(made->path);
            if (!removed)
                return fail(tr("The personal data was erased, but not every older backup could be "
                               "deleted: %1")
                                .arg(removed.message()));
            deleted = *removed;
        }
        const std::vector<PersonalData::Place> left =
            PersonalData::placesOf(plan->database(), traineeId);
        if (parser.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("trainee_id"), traineeId},
                       {QStringLiteral("erased"), placesJson(before)},
                       {QStringLiteral("left"), placesJson(left)},
                       {QStringLiteral("backups_deleted"), deleted}});
        } else {
            QTextStream out(stdout);
            out << tr("Erased the personal data of trainee %1 from %n place(s).", nullptr,
                      int(before.size()))
                       .arg(traineeId)
                << Qt::endl;
            if (deleted > 0)
                out << tr("Deleted %n older backup(s).", nullptr, deleted) << Qt::endl;
            for (const PersonalData::Place &p : left)
                out << tr("Still there (edit it by hand): %1").arg(personalDataPlaceLabel(p))
                    << Qt::endl;
        }
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    return Success;
}

} // namespace Planner::Cli

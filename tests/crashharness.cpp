// SPDX-License-Identifier: GPL-3.0-or-later
// The crash-safety harness. The parent makes a demo plan, then again and again starts a
// child (this program with --child) that opens the plan for editing exactly as the app
// does and runs operations chosen by a seed: bulk edits through PlanEditor, the calendar,
// trainee and enrollment imports (withdrawals and transfers), Undo of an import, erasing
// a trainee's personal data (with its VACUUM), auto-assign, Save As. Before each operation the
// child writes its intent to a side log, after it its completion. The parent kills the child with
// SIGKILL at a seeded random point (inside an operation, or while the plan is being opened and
// backed up), then opens the plan as the app would, runs the full integrity_check and the plan's
// invariants (PlanInvariants) and checks every operation the log names: one that finished must be
// wholly there, one that was refused wholly absent, one in flight either. Prints
// "kills survived: N"; exits non-zero on the first broken promise.
//
//   crashharness [--kills N] [--seed S] [--round K] [--dir DIR] [--keep]
//
// Adding an operation (e.g. the trainee import or auto-assign): write a run function that
// prepares its edit, calls ctx.begin(intent) right before the first write and performs
// it; a check function that says from the plan and the intent whether it is present or
// absent; and add both to operations() with a weight.

#include "commands/assignmentchanges.h"
#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "demo/demoplan.h"
#include "io/importer.h"
#include "planning/assignmentsolver.h"
#include "store/conflictinputreader.h"
#include "store/personaldata.h"
#include "store/plandatabase.h"
#include "store/planinvariants.h"
#include "store/repository.h"
#include "store/sqlutil.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <set>

using namespace Planner;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QJsonArray idArray(const std::vector<Id> &ids)
{
    QJsonArray a;
    for (Id id : ids)
        a.append(qint64(id));
    return a;
}

std::vector<Id> idsOf(const QJsonValue &value)
{
    std::vector<Id> ids;
    for (const QJsonValue &v : value.toArray())
        ids.push_back(v.toInteger());
    return ids;
}

// --- the child -------------------------------------------------------------------------

struct Context
{
    PlanDatabase *plan = nullptr;
    PlanEditor *editor = nullptr;
    std::mt19937_64 rng;
    int op = 0;
    QString dir;
    QFile *log = nullptr;
    // Records this child touched: later operations of the same child leave them alone,
    // so that each operation stays checkable until the parent has checked it.
    std::set<Id> cohorts;
    std::set<Id> trainees;
    // Cohorts that existed when the child started: the only ones it deletes or edits.
    std::set<Id> original;
    bool begun = false;
    // The last enrollment import, while it is on top of the undo stack: its rows as
    // [trainee, cohort, status before ("" when new), status after], and the stack's index
    // right after it was pushed.
    QJsonArray importedRows;
    int importIndex = -1;
    int importOp = 0;

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); }

    void write(const QJsonObject &line)
    {
        log->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        log->flush(); // a write(2): a SIGKILL after it cannot lose the line
    }
    // Called by an operation right before its first write.
    void begin(const QString &kind, const QJsonObject &intent)
    {
        write({{QStringLiteral("op"), op},
               {QStringLiteral("kind"), kind},
               {QStringLiteral("intent"), intent}});
        say(QStringLiteral("begin %1 %2").arg(op).arg(kind));
        begun = true;
    }

    // Up to n distinct random picks of candidates.
    template <typename T> std::vector<T> pick(std::vector<T> candidates, int n)
    {
        std::shuffle(candidates.begin(), candidates.end(), rng);
        if (int(candidates.size()) > n)
            candidates.resize(std::size_t(n));
        std::sort(candidates.begin(), candidates.end());
        return candidates;
    }
    std::vector<Id> freeOriginalCohorts() const
    {
        std::vector<Id> ids;
        for (const Cohort &c : Repository<Cohort>(plan->database()).loadAll()) {
            if (original.count(c.id) && !cohorts.count(c.id))
                ids.push_back(c.id);
        }
        return ids;
    }
};

// What the parent finds of an operation in the plan.
enum class Found { Present, Absent, Partial };

struct Operation
{
    const char *kind;
    int weight;
    // Child: prepares and performs the operation (ctx.begin() before the first write).
    // Returns why it failed, or empty. Not calling begin() means it had nothing to do.
    std::function<QString(Context &)> run;
    // Parent: what of the operation is in the plan; *detail says why for Partial.
    std::function<Found(const QSqlDatabase &, const QJsonObject &intent, QString *detail)> check;
};

QString execute(Context &ctx, const QString &kind, const QJsonObject &intent, PlanEdit result)
{
    if (!result.ok())
        return {}; // refused before any write: nothing to do this time
    ctx.begin(kind, intent);
    return ctx.editor->execute(result.text, std::move(result.changes)).message();
}

// New cohorts copied from existing ones (online, without instructors, so that they add no
// blocking conflict): one step with all their sessions.
QString duplicateCohorts(Context &ctx)
{
    const PlanEdits edits(ctx.plan->database());
    const std::vector<Id> sources = ctx.pick(ctx.freeOriginalCohorts(), ctx.between(5, 50));
    const QString prefix = QStringLiteral("CRASH-%1-").arg(ctx.op);
    std::vector<CohortDraft> drafts;
    QJsonObject sessions;
    for (Id id : sources) {
        std::optional<CohortDraft> draft = edits.cohort(id);
        if (!draft)
            continue;
        draft->cohort.id = 0;
        draft->cohort.code = prefix + QString::number(drafts.size() + 1);
        draft->cohort.mode = CohortMode::Online;
        draft->cohort.venueId = 0;
        draft->cohort.status = CohortStatus::Planned;
        draft->instructors.clear();
        for (Session &s : draft->sessions) {
            s.id = 0;
            s.cohortId = 0;
        }
        sessions.insert(draft->cohort.code, int(draft->sessions.size()));
        drafts.push_back(std::move(*draft));
    }
    if (drafts.empty())
        return {};
    return execute(
        ctx, QStringLiteral("duplicate-cohorts"),
        {{QStringLiteral("prefix"), prefix}, {QStringLiteral("sessions"), sessions}},
        edits.createCohorts(drafts, QStringLiteral("Duplicate %1 cohorts").arg(drafts.size())));
}

Found checkDuplicate(const QSqlDatabase &db, const QJsonObject &intent, QString *detail)
{
    const QString prefix = intent.value(QStringLiteral("prefix")).toString();
    const QJsonObject expected = intent.value(QStringLiteral("sessions")).toObject();
    std::vector<Id> ids;
    std::map<Id, QString> codes;
    for (const Cohort &c : Repository<Cohort>(db).loadAll()) {
        if (c.code.startsWith(prefix)) {
            ids.push_back(c.id);
            codes[c.id] = c.code;
        }
    }
    if (ids.empty())
        return Found::Absent;
    std::map<QString, int> sessions;
    for (const Session &s : Repository<Session>(db).loadWhere("cohort_id", ids))
        ++sessions[codes[s.cohortId]];
    if (int(ids.size()) != expected.size()) {
        *detail = QStringLiteral("%1 of %2 cohorts").arg(ids.size()).arg(expected.size());
        return Found::Partial;
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (sessions[it.key()] != it.value().toInt()) {
            *detail = QStringLiteral("cohort %1 has %2 of %3 sessions")
                          .arg(it.key())
                          .arg(sessions[it.key()])
                          .arg(it.value().toInt());
            return Found::Partial;
        }
    }
    return Found::Present;
}

// Deletes cohorts with everything that depends on them, as the cohort table's Delete does.
QString deleteCohorts(Context &ctx)
{
    const QSqlDatabase db = ctx.plan->database();
    const std::vector<Id> ids = ctx.pick(ctx.freeOriginalCohorts(), ctx.between(5, 50));
    if (ids.empty())
        return {};
    ctx.cohorts.insert(ids.begin(), ids.end());
    // With their codes: a later operation may give a new cohort a deleted one's id.
    QJsonArray codes;
    for (const Cohort &c : Repository<Cohort>(db).loadWhere("id", ids))
        codes.append(c.code);
    const QJsonObject intent{
        {QStringLiteral("cohorts"), idArray(ids)},
        {QStringLiteral("codes"), codes},
        {QStringLiteral("sessions"),
         int(Repository<Session>(db).loadWhere("cohort_id", ids).size())},
        {QStringLiteral("enrollments"),
         int(Repository<Enrollment>(db).loadWhere("cohort_id", ids).size())},
        {QStringLiteral("instructors"),
         int(Repository<CohortInstructor>(db).loadWhere("cohort_id", ids).size())}};
    return execute(ctx, QStringLiteral("delete-cohorts"), intent, PlanEdits(db).removeCohorts(ids));
}

Found checkDelete(const QSqlDatabase &db, const QJsonObject &intent, QString *detail)
{
    const std::vector<Id> wanted = idsOf(intent.value(QStringLiteral("cohorts")));
    QSet<QString> codes;
    for (const QJsonValue &v : intent.value(QStringLiteral("codes")).toArray())
        codes.insert(v.toString());
    // The deleted cohorts still there (same id and code); their dependents.
    std::vector<Id> ids;
    for (const Cohort &c : Repository<Cohort>(db).loadWhere("id", wanted)) {
        if (codes.contains(c.code))
            ids.push_back(c.id);
    }
    const int cohorts = int(ids.size());
    const int sessions = int(Repository<Session>(db).loadWhere("cohort_id", ids).size());
    const int enrollments = int(Repository<Enrollment>(db).loadWhere("cohort_id", ids).size());
    const int instructors =
        int(Repository<CohortInstructor>(db).loadWhere("cohort_id", ids).size());
    // Gone: nothing of theirs may remain either (PlanInvariants' foreign_key_check sees
    // dependents left behind under an id no cohort has).
    if (cohorts == 0)
        return Found::Present;
    if (cohorts == int(wanted.size()) &&
        sessions == intent.value(QStringLiteral("sessions")).toInt() &&
        enrollments == intent.value(QStringLiteral("enrollments")).toInt() &&
        instructors == intent.value(QStringLiteral("instructors")).toInt())
        return Found::Absent;
    *detail = QStringLiteral("%1 of %2 cohorts, %3 sessions, %4 enrollments, %5 assignments left")
                  .arg(cohorts)
                  .arg(wanted.size())
                  .arg(sessions)
                  .arg(enrollments)
                  .arg(instructors);
    return Found::Partial;
}

// A mass edit of trainees: each one's employer set to the operation's tag, one audited
// update per trainee, one undo step.
QString editTrainees(Context &ctx)
{
    std::vector<Trainee> candidates;
    for (const Trainee &t : Repository<Trainee>(ctx.plan->database()).loadAll()) {
        if (!ctx.trainees.count(t.id))
            candidates.push_back(t);
    }
    std::shuffle(candidates.begin(), candidates.end(), ctx.rng);
    candidates.resize(std::min(candidates.size(), std::size_t(ctx.between(50, 400))));
    if (candidates.empty())
        return {};
    const QString tag = QStringLiteral("CRASH-%1").arg(ctx.op);
    PlanEdit result;
    result.text = QStringLiteral("Edit %1 trainees").arg(candidates.size());
    std::vector<Id> ids;
    for (const Trainee &before : candidates) {
        Trainee after = before;
        after.employer = tag;
        result.changes.update(before, after);
        ids.push_back(before.id);
        ctx.trainees.insert(before.id);
    }
    return execute(ctx, QStringLiteral("edit-trainees"),
                   {{QStringLiteral("tag"), tag}, {QStringLiteral("trainees"), idArray(ids)}},
                   std::move(result));
}

Found checkTrainees(const QSqlDatabase &db, const QJsonObject &intent, QString *detail)
{
    const std::vector<Id> ids = idsOf(intent.value(QStringLiteral("trainees")));
    const QString tag = intent.value(QStringLiteral("tag")).toString();
    const std::vector<Trainee> trainees = Repository<Trainee>(db).loadWhere("id", ids);
    const auto tagged = std::count_if(trainees.begin(), trainees.end(),
                                      [&](const Trainee &t) { return t.employer == tag; });
    if (trainees.size() == ids.size() && tagged == 0)
        return Found::Absent;
    if (trainees.size() == ids.size() && tagged == qsizetype(ids.size()))
        return Found::Present;
    *detail = QStringLiteral("%1 of %2 trainees edited (%3 found)")
                  .arg(tagged)
                  .arg(ids.size())
                  .arg(trainees.size());
    return Found::Partial;
}

// Withdrawals with the waiting list moving up: in a few cohorts, two enrolled trainees
// withdraw, the first two waitlisted take their seats and the rest of the list is
// renumbered, all as one step.
QString editEnrollments(Context &ctx)
{
    const QSqlDatabase db = ctx.plan->database();
    const std::vector<Id> cohortIds = ctx.freeOriginalCohorts();
    std::map<Id, std::vector<Enrollment>> byCohort;
    for (const Enrollment &e : Repository<Enrollment>(db).loadWhere("cohort_id", cohortIds))
        byCohort[e.cohortId].push_back(e);
    std::vector<Id> waitlisted, other;
    for (const auto &[id, list] : byCohort) {
        const bool hasEnrolled = std::any_of(list.begin(), list.end(), [](const Enrollment &e) {
            return e.status == EnrollmentStatus::Enrolled;
        });
        const bool hasWaitlist = std::any_of(list.begin(), list.end(), [](const Enrollment &e) {
            return e.status == EnrollmentStatus::Waitlisted;
        });
        if (hasEnrolled)
            (hasWaitlist ? waitlisted : other).push_back(id);
    }
    // Cohorts with a waiting list first: they are what the capacity invariant is about.
    std::vector<Id> chosen = ctx.pick(waitlisted, ctx.between(1, 8));
    if (chosen.size() < 3) {
        for (Id id : ctx.pick(other, 3))
            chosen.push_back(id);
    }
    if (chosen.empty())
        return {};
    PlanEdit result;
    std::vector<Id> withdrawn, promoted;
    for (Id cohortId : chosen) {
        ctx.cohorts.insert(cohortId);
        std::vector<Enrollment> enrolled, queue;
        for (const Enrollment &e : byCohort[cohortId]) {
            if (e.status == EnrollmentStatus::Enrolled)
                enrolled.push_back(e);
            else if (e.status == EnrollmentStatus::Waitlisted)
                queue.push_back(e);
        }
        std::sort(queue.begin(), queue.end(), [](const Enrollment &a, const Enrollment &b) {
            return a.waitlistPosition < b.waitlistPosition;
        });
        const std::size_t leaving = std::min<std::size_t>(2, enrolled.size());
        for (std::size_t k = 0; k < leaving; ++k) {
            Enrollment after = enrolled[k];
            after.status = EnrollmentStatus::Withdrawn;
            result.changes.update(enrolled[k], after);
            withdrawn.push_back(after.id);
        }
        const std::size_t moving = std::min(leaving, queue.size());
        for (std::size_t k = 0; k < queue.size(); ++k) {
            Enrollment after = queue[k];
            if (k < moving) {
                after.status = EnrollmentStatus::Enrolled;
                after.waitlistPosition = 0;
                promoted.push_back(after.id);
            } else {
                after.waitlistPosition -= int(moving);
            }
            result.changes.update(queue[k], after);
        }
    }
    result.text = QStringLiteral("Withdraw %1 trainees").arg(withdrawn.size());
    return execute(ctx, QStringLiteral("edit-enrollments"),
                   {{QStringLiteral("withdrawn"), idArray(withdrawn)},
                    {QStringLiteral("promoted"), idArray(promoted)}},
                   std::move(result));
}

Found checkEnrollments(const QSqlDatabase &db, const QJsonObject &intent, QString *detail)
{
    const auto countStatus = [&](const char *key, EnrollmentStatus status, int *total) {
        const std::vector<Enrollment> list =
            Repository<Enrollment>(db).loadWhere("id", idsOf(intent.value(QLatin1String(key))));
        *total = int(list.size());
        return int(std::count_if(list.begin(), list.end(),
                                 [&](const Enrollment &e) { return e.status == status; }));
    };
    const int withdrawnWanted = int(intent.value(QStringLiteral("withdrawn")).toArray().size());
    const int promotedWanted = int(intent.value(QStringLiteral("promoted")).toArray().size());
    int withdrawnFound = 0, promotedFound = 0;
    const int withdrawn = countStatus("withdrawn", EnrollmentStatus::Withdrawn, &withdrawnFound);
    const int promoted = countStatus("promoted", EnrollmentStatus::Enrolled, &promotedFound);
    const int stillEnrolled = countStatus("withdrawn", EnrollmentStatus::Enrolled, &withdrawnFound);
    const int stillWaiting = countStatus("promoted", EnrollmentStatus::Waitlisted, &promotedFound);
    if (withdrawn == withdrawnWanted && promoted == promotedWanted)
        return Found::Present;
    if (stillEnrolled == withdrawnWanted && stillWaiting == promotedWanted)
        return Found::Absent;
    *detail = QStringLiteral("%1 of %2 withdrawn, %3 of %4 promoted")
                  .arg(withdrawn)
                  .arg(withdrawnWanted)
                  .arg(promoted)
                  .arg(promotedWanted);
    return Found::Partial;
}

// The work-calendar import of File ▸ Import Work Calendar: days of a year far ahead
// named after the operation, from a CSV file, in one transaction.
QString importCalendar(Context &ctx)
{
    // Each operation its own days (40-day strides from 2031, repeating after 600
    // operations), so that no later operation of the same child overwrites them.
    const QDate from = QDate(2031, 1, 1).addDays(qint64(ctx.op % 600) * 40);
    const int days = ctx.between(10, 40);
    const QString tag = QStringLiteral("CRASH-%1").arg(ctx.op);
    QString csv = QStringLiteral("date,kind,name,name_zh\n");
    for (int d = 0; d < days; ++d)
        csv += QStringLiteral("%1,%2,%3,演练%4\n")
                   .arg(from.addDays(d).toString(Qt::ISODate),
                        from.addDays(d).dayOfWeek() >= 6 ? QStringLiteral("workday")
                                                         : QStringLiteral("holiday"),
                        tag)
                   .arg(ctx.op);
    const QString path = QDir(ctx.dir).filePath(QStringLiteral("calendar-%1.csv").arg(ctx.op));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0)
        return QStringLiteral("cannot write %1").arg(path);
    file.close();
    ctx.begin(QStringLiteral("import-calendar"),
              {{QStringLiteral("tag"), tag}, {QStringLiteral("days"), days}});
    QSqlDatabase db = ctx.plan->database();
    ImportOptions options;
    options.kind = ImportKind::Calendar;
    const ImportResult result = Importer::run(db, path, options);
    QFile::remove(path);
    if (!result.ok())
        return result.problems.empty() ? QStringLiteral("the calendar import failed")
                                       : Importer::problemText(result.problems.front());
    return {};
}

Found checkCalendar(const QSqlDatabase &db, const QJsonObject &intent, QString *detail)
{
    const QString tag = intent.value(QStringLiteral("tag")).toString();
    const std::vector<CalendarDay> all = Repository<CalendarDay>(db).loadAll();
    const int found = int(
        std::count_if(all.begin(), all.end(), [&](const CalendarDay &d) { return d.name == tag; }));
    const int wanted = intent.value(QStringLiteral("days")).toInt();
    if (found == 0)
        return Found::Absent;
    if (found == wanted)
        return Found::Present;
    *detail = QStringLiteral("%1 of %2 days").arg(found).arg(wanted);
    return Found::Partial;
}

// File ▸ Import… of trainees: a CSV of new trainees whose id numbers carry the operation,
// imported in one transaction by the same Importer the wizard and the CLI use.
QString importTrainees(Context &ctx)
{
    const int count = ctx.between(200, 3000);
    // Passport numbers (letters and digits) that carry the operation.
    const QString tag = QStringLiteral("CRASH%1N").arg(ctx.op);
    QString csv = QStringLiteral("id_number,id_type,name,employer,district\n");
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("%1%2,passport,演练学员 %2,\"Crash, Inc.\",海淀区\n").arg(tag).arg(i);
    const QString path = QDir(ctx.dir).filePath(QStringLiteral("trainees-%1.csv").arg(ctx.op));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0)
        return QStringLiteral("cannot write %1").arg(path);
    file.close();
    ctx.begin(QStringLiteral("import-trainees"),
              {{QStringLiteral("tag"), tag}, {QStringLiteral("trainees"), count}});
    QSqlDatabase db = ctx.plan->database();
    ImportOptions options;
    options.kind = ImportKind::Trainees;
    const ImportResult result = Importer::run(db, path, options);
    QFile::remove(path);
    if (!result.ok())
        return result.problems.empty() ? QStringLiteral("the trainee import failed")
                                       : Importer::problemText(result.problems.front());
    return {};
}

Found checkImportTrainees(const QSqlDatabase &db, const QJsonObject &intent, QString *detail)
{
    const QString tag = intent.value(QStringLiteral("tag")).toString();
    const std::vector<Trainee> all = Repository<Trainee>(db).loadAll();
    const int found = int(std::count_if(
        all.begin(), all.end(), [&](const Trainee &t) { return t.idNumber.startsWith(tag); }));
    const int wanted = intent.value(QStringLiteral("trainees")).toInt();
    if (found == 0)
        return Found::Absent;
    if (found == wanted)
        return Found::Present;
    *detail = QStringLiteral("%1 of %2 trainees").arg(found).arg(wanted);
    return Found::Partial;
}

// File ▸ Import… of enrollments: withdrawals from cohorts with waiting lists (whose seats
// go to the next in line) and transfers (a withdrawal and an enrollment in another
// cohort), one transaction through the Importer, pushed as one undo step as the window
// pushes it. Rows the import would refuse (a full cohort, an overlap) are left out after
// a dry run, so that the import itself goes through.
QString importEnrollments(Context &ctx)
{
    QSqlDatabase db = ctx.plan->database();
    const std::vector<Id> cohortIds = ctx.freeOriginalCohorts();
    std::map<Id, Cohort> cohorts;
    for (const Cohort &c : Repository<Cohort>(db).loadWhere("id", cohortIds))
        if (c.status == CohortStatus::Planned || c.status == CohortStatus::Open)
            cohorts.emplace(c.id, c);
    std::map<Id, std::vector<Enrollment>> byCohort;
    for (const Enrollment &e : Repository<Enrollment>(db).loadWhere("cohort_id", cohortIds))
        if (cohorts.count(e.cohortId) && !ctx.trainees.count(e.traineeId))
            byCohort[e.cohortId].push_back(e);
    std::vector<Id> candidates;
    for (const auto &[id, list] : byCohort)
        if (std::any_of(list.begin(), list.end(),
                        [](const Enrollment &e) { return e.status == EnrollmentStatus::Enrolled; }))
            candidates.push_back(id);
    const std::vector<Id> chosen = ctx.pick(candidates, ctx.between(1, 6));
    if (chosen.size() < 2)
        return {};
    struct Row
    {
        Id trainee;
        Id cohort;
        QString before;
        QString after;
    };
    std::vector<Row> rows;
    std::vector<Id> traineeIds;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        int leaving = 0;
        for (const Enrollment &e : byCohort[chosen[i]]) {
            if (e.status != EnrollmentStatus::Enrolled || leaving == 2)
                continue;
            ++leaving;
            rows.push_back(
                {e.traineeId, e.cohortId, QStringLiteral("enrolled"), QStringLiteral("withdrawn")});
            traineeIds.push_back(e.traineeId);
            // Every other one moves to the next cohort chosen.
            if (leaving == 1 && ctx.between(0, 1) == 1) {
                const Id to = chosen[(i + 1) % chosen.size()];
                const bool there =
                    std::any_of(byCohort[to].begin(), byCohort[to].end(),
                                [&](const Enrollment &o) { return o.traineeId == e.traineeId; });
                if (!there)
                    rows.push_back({e.traineeId, to, QString(), QStringLiteral("enrolled")});
            }
        }
    }
    std::map<Id, QString> idNumbers;
    for (const Trainee &t : Repository<Trainee>(db).loadWhere("id", traineeIds))
        idNumbers[t.id] = t.idNumber;
    auto csvOf = [&](const std::vector<Row> &list) {
        QString csv = QStringLiteral("id_number,cohort,status\n");
        for (const Row &r : list)
            csv += QStringLiteral("%1,%2,%3\n")
                       .arg(idNumbers[r.trainee], cohorts.at(r.cohort).code, r.after);
        return csv.toUtf8();
    };
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](const Row &r) { return idNumbers[r.trainee].isEmpty(); }),
               rows.end());
    const QString path = QDir(ctx.dir).filePath(QStringLiteral("enrollments-%1.csv").arg(ctx.op));
    auto writeCsv = [&](const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    if (!writeCsv(csvOf(rows)))
        return QStringLiteral("cannot write %1").arg(path);
    ImportOptions options;
    options.kind = ImportKind::Enrollments;
    options.dryRun = true;
    options.skipInvalid = true;
    const ImportResult dry = Importer::run(db, path, options);
    std::set<int> refused; // data rows, from 0
    for (const ImportProblem &p : dry.problems)
        refused.insert(p.line - 2);
    std::vector<Row> kept;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!refused.count(int(i)))
            kept.push_back(rows[i]);
    // A transfer's enrollment without its withdrawal is no transfer; and a trainee twice
    // is simply two rows. Keep what the dry run accepted.
    if (kept.empty() || !writeCsv(csvOf(kept)))
        return {};
    QJsonArray intentRows;
    for (const Row &r : kept) {
        intentRows.append(QJsonArray{r.trainee, r.cohort, r.before, r.after});
        ctx.trainees.insert(r.trainee);
        ctx.cohorts.insert(r.cohort);
    }
    for (Id id : chosen)
        ctx.cohorts.insert(id);
    ctx.begin(QStringLiteral("import-enrollments"), {{QStringLiteral("rows"), intentRows}});
    options.dryRun = false;
    options.skipInvalid = false;
    const ImportResult result = Importer::run(db, path, options);
    QFile::remove(path);
    if (!result.ok() || !result.written)
        return result.problems.empty() ? QStringLiteral("the enrollment import failed")
                                       : Importer::problemText(result.problems.front());
    // As PlanSession::importWritten pushes it.
    ChangeSet changes;
    const auto applied = result.applied;
    changes.custom(
        PlanTable::Enrollment, [applied](const QSqlDatabase &d) { applied->reapply(d); },
        [applied](const QSqlDatabase &d) { applied->revert(d); });
    ctx.editor->pushApplied(QStringLiteral("Import"), std::move(changes));
    ctx.importedRows = intentRows;
    ctx.importIndex = ctx.editor->undoStack()->index();
    ctx.importOp = ctx.op;
    return {};
}

// Whether each row's enrollment has its status after the import (Present) or before it.
Found checkImportEnrollments(const QSqlDatabase &db, const QJsonObject &intent, QString *detail)
{
    const QJsonArray rows = intent.value(QStringLiteral("rows")).toArray();
    int after = 0;
    int before = 0;
    for (const QJsonValue &v : rows) {
        const QJsonArray r = v.toArray();
        const Id trainee = r.at(0).toInteger();
        const Id cohort = r.at(1).toInteger();
        QString now;
        for (const Enrollment &e : Repository<Enrollment>(db).loadWhere("trainee_id", {trainee}))
            if (e.cohortId == cohort)
                now = toKey(e.status);
        after += now == r.at(3).toString();
        before += now == r.at(2).toString();
    }
    if (after == int(rows.size()))
        return Found::Present;
    if (before == int(rows.size()))
        return Found::Absent;
    *detail = QStringLiteral("%1 of %2 rows imported").arg(after).arg(rows.size());
    return Found::Partial;
}

// Edit ▸ Undo of the enrollment import just made (when nothing was done after it): the
// import's records back as they were, through PlanEditor like every undo.
QString undoImport(Context &ctx)
{
    QUndoStack *stack = ctx.editor->undoStack();
    if (ctx.importIndex < 0 || stack->index() != ctx.importIndex || !stack->canUndo())
        return {};
    QJsonArray rows;
    const int undoes = ctx.importOp;
    for (const QJsonValue &v : std::as_const(ctx.importedRows)) {
        const QJsonArray r = v.toArray();
        rows.append(QJsonArray{r.at(0), r.at(1), r.at(3), r.at(2)});
    }
    ctx.importIndex = -1;
    QString failure;
    const QMetaObject::Connection connection = QObject::connect(
        ctx.editor, &PlanEditor::failed, [&failure](const QString &message) { failure = message; });
    ctx.begin(QStringLiteral("undo-import"),
              {{QStringLiteral("rows"), rows}, {QStringLiteral("undoes"), undoes}});
    stack->undo();
    QObject::disconnect(connection);
    return failure;
}

// Erasing a trainee's personal data on request: one transaction, then VACUUM.
QString eraseTrainee(Context &ctx)
{
    QSqlDatabase db = ctx.plan->database();
    std::vector<Id> candidates;
    for (const Trainee &t : Repository<Trainee>(db).loadAll())
        // Not one an import of this child added (that import is checked by their number).
        if (!ctx.trainees.count(t.id) && t.name != QLatin1String(PersonalData::ErasedName) &&
            !t.idNumber.isEmpty() && !t.idNumber.startsWith(QLatin1String("CRASH")))
            candidates.push_back(t.id);
    const std::vector<Id> chosen = ctx.pick(candidates, 1);
    if (chosen.empty())
        return {};
    const Id id = chosen.front();
    ctx.trainees.insert(id);
    const Trainee before = Repository<Trainee>(db).loadWhere("id", {id}).front();
    ctx.begin(QStringLiteral("erase-trainee"), {{QStringLiteral("trainee"), id},
                                                {QStringLiteral("name"), before.name},
                                                {QStringLiteral("id_number"), before.idNumber}});
    try {
        if (!PersonalData::erase(db, id))
            return QStringLiteral("trainee %1 not found").arg(id);
    } catch (const StoreError &e) {
        return e.message();
    }
    // The undo history may hold what was erased: it goes, as in the window.
    ctx.editor->changedOutsideHistory(PlanTable::Trainee);
    ctx.importIndex = -1;
    return {};
}

Found checkErase(const QSqlDatabase &db, const QJsonObject &intent, QString *detail)
{
    const Id id = intent.value(QStringLiteral("trainee")).toInteger();
    const std::vector<Trainee> found = Repository<Trainee>(db).loadWhere("id", {id});
    if (found.empty()) {
        *detail = QStringLiteral("trainee %1 is gone").arg(id);
        return Found::Partial;
    }
    const Trainee &t = found.front();
    const QString number = intent.value(QStringLiteral("id_number")).toString();
    if (t.name == QLatin1String(PersonalData::ErasedName) && t.idNumber.isEmpty()) {
        // Nowhere in the History either.
        const int copies =
            Sql::scalar(
                db, QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(before, '%1') > 0"
                                   " OR instr(after, '%1') > 0")
                        .arg(number))
                .toInt();
        if (copies == 0)
            return Found::Present;
        *detail = QStringLiteral("the ID number is still in %1 History entries").arg(copies);
        return Found::Partial;
    }
    if (t.name == intent.value(QStringLiteral("name")).toString() && t.idNumber == number)
        return Found::Absent;
    *detail = QStringLiteral("trainee %1 is half erased: name %2").arg(id).arg(t.name);
    return Found::Partial;
}

// Edit ▸ Auto-assign Instructors…: a short re-plan of the cohorts this child has not
// touched, applied as one change set like the dialog applies it.
QString autoAssign(Context &ctx)
{
    QSqlDatabase db = ctx.plan->database();
    std::vector<Id> scope;
    for (const Id id : ctx.original)
        if (!ctx.cohorts.count(id))
            scope.push_back(id);
    if (scope.empty())
        return {};
    SolverOptions options;
    options.cohorts = ctx.pick(scope, ctx.between(20, 120));
    options.replan = ctx.between(0, 1) == 1;
    options.timeLimitSeconds = 0.3;
    options.maxRounds = 20;
    options.seed = quint64(ctx.op) + 1;
    const std::vector<CohortInstructor> current = Repository<CohortInstructor>(db).loadAll();
    AssignmentSolver solver(loadConflictInput(db), options);
    const SolverResult result = solver.solve();
    if (result.changes.empty())
        return {};
    QJsonArray changes;
    for (const AssignmentChange &c : result.changes) {
        changes.append(QJsonArray{c.cohortId, int(c.role), c.before, c.after});
        ctx.cohorts.insert(c.cohortId);
    }
    ctx.begin(QStringLiteral("auto-assign"), {{QStringLiteral("changes"), changes}});
    return ctx.editor
        ->execute(QStringLiteral("Auto-assign"), assignmentChangeSet(current, result.changes))
        .message();
}

Found checkAutoAssign(const QSqlDatabase &db, const QJsonObject &intent, QString *detail)
{
    const std::vector<CohortInstructor> all = Repository<CohortInstructor>(db).loadAll();
    auto holds = [&](Id cohort, int role, Id instructor) {
        return std::any_of(all.begin(), all.end(), [&](const CohortInstructor &a) {
            return a.cohortId == cohort && int(a.role) == role && a.instructorId == instructor;
        });
    };
    int after = 0;
    int before = 0;
    const QJsonArray changes = intent.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &v : changes) {
        const QJsonArray c = v.toArray();
        const Id cohort = c.at(0).toInteger();
        const int role = c.at(1).toInt();
        const Id was = c.at(2).toInteger();
        const Id now = c.at(3).toInteger();
        // A role emptied or newly filled is judged by the side that names someone.
        if (now != 0 ? holds(cohort, role, now) : !holds(cohort, role, was))
            ++after;
        if (was != 0 ? holds(cohort, role, was) : !holds(cohort, role, now))
            ++before;
    }
    if (after == int(changes.size()))
        return Found::Present;
    if (before == int(changes.size()))
        return Found::Absent;
    *detail = QStringLiteral("%1 of %2 assignment changes applied").arg(after).arg(changes.size());
    return Found::Partial;
}

// File ▸ Save As, through the same PlanDatabase::saveCopyAs the window calls.
QString saveAs(Context &ctx)
{
    const QString target =
        QDir(ctx.dir).filePath(QStringLiteral("saveas-%1.cohortplan").arg(ctx.op));
    ctx.begin(QStringLiteral("save-as"), {{QStringLiteral("target"), target}});
    return ctx.plan->saveCopyAs(target).message();
}

Found checkSaveAs(const QSqlDatabase &, const QJsonObject &intent, QString *detail)
{
    const QString target = intent.value(QStringLiteral("target")).toString();
    if (!QFileInfo::exists(target))
        return Found::Absent;
    const QStringList problems = PlanDatabase::verify(target);
    if (!problems.isEmpty()) {
        *detail = problems.join(QStringLiteral("; "));
        return Found::Partial;
    }
    return Found::Present;
}

const std::vector<Operation> &operations()
{
    static const std::vector<Operation> list = {
        {"duplicate-cohorts", 3, duplicateCohorts, checkDuplicate},
        {"delete-cohorts", 2, deleteCohorts, checkDelete},
        {"edit-trainees", 3, editTrainees, checkTrainees},
        {"edit-enrollments", 3, editEnrollments, checkEnrollments},
        {"import-calendar", 2, importCalendar, checkCalendar},
        {"save-as", 1, saveAs, checkSaveAs},
        {"import-trainees", 2, importTrainees, checkImportTrainees},
        {"auto-assign", 2, autoAssign, checkAutoAssign},
        {"import-enrollments", 2, importEnrollments, checkImportEnrollments},
        {"undo-import", 2, undoImport, checkImportEnrollments},
        {"erase-trainee", 1, eraseTrainee, checkErase},
    };
    return list;
}

const Operation *operation(const QString &kind)
{
    for (const Operation &o : operations()) {
        if (kind == QLatin1String(o.kind))
            return &o;
    }
    return nullptr;
}

std::vector<QJsonObject> readLog(const QString &path)
{
    std::vector<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QJsonDocument doc = QJsonDocument::fromJson(file.readLine());
        if (doc.isObject()) // a line cut short by the kill is no operation
            lines.push_back(doc.object());
    }
    return lines;
}

int runChild(const QString &planPath, const QString &logPath, quint64 seed)
{
    Context ctx;
    ctx.rng.seed(seed);
    ctx.dir = QFileInfo(planPath).absolutePath();
    for (const QJsonObject &line : readLog(logPath))
        ctx.op = std::max(ctx.op, line.value(QStringLiteral("op")).toInt());
    // Exactly as the app opens a plan: checks, the lock, the backup on open.
    auto opened = PlanDatabase::open(planPath, PlanDatabase::Mode::ReadWrite);
    if (!opened) {
        say(QStringLiteral("child: cannot open: %1").arg(opened.message()));
        return 2;
    }
    const std::unique_ptr<PlanDatabase> plan = std::move(*opened);
    say(QStringLiteral("opened"));
    QFile log(logPath);
    if (!log.open(QIODevice::Append)) {
        say(QStringLiteral("child: cannot write the log %1").arg(logPath));
        return 2;
    }
    PlanEditor editor;
    editor.setPlan(plan.get());
    ctx.plan = plan.get();
    ctx.editor = &editor;
    ctx.log = &log;
    for (const Cohort &c : Repository<Cohort>(plan->database()).loadAll())
        ctx.original.insert(c.id);
    std::vector<int> weights;
    for (const Operation &o : operations())
        weights.push_back(o.weight);
    std::discrete_distribution<int> choose(weights.begin(), weights.end());
    for (int idle = 0; idle < 50;) {
        const Operation &op = operations()[std::size_t(choose(ctx.rng))];
        ++ctx.op;
        ctx.begun = false;
        QElapsedTimer timer;
        timer.start();
        const QString problem = op.run(ctx);
        if (!ctx.begun) {
            --ctx.op;
            ++idle;
            continue;
        }
        idle = 0;
        if (problem.isEmpty()) {
            ctx.write({{QStringLiteral("op"), ctx.op}, {QStringLiteral("done"), true}});
            say(QStringLiteral("done %1 %2 %3")
                    .arg(ctx.op)
                    .arg(QLatin1String(op.kind))
                    .arg(timer.elapsed()));
        } else {
            ctx.write({{QStringLiteral("op"), ctx.op}, {QStringLiteral("failed"), problem}});
            say(QStringLiteral("failed %1 %2: %3")
                    .arg(ctx.op)
                    .arg(QLatin1String(op.kind), problem));
        }
    }
    say(QStringLiteral("child: nothing left to do"));
    return 3;
}

// --- the parent ------------------------------------------------------------------------

struct Tally
{
    int kills = 0;
    int killsOpening = 0;
    int whole = 0;           // finished operations found wholly present
    int inFlightPresent = 0; // killed after the commit, before the log said so
    int inFlightAbsent = 0;  // killed before the commit
    int refusedAbsent = 0;
    int leftovers = 0; // temporary files a kill left behind
    std::map<QString, int> perKind;
};

// Removes the temporary files a killed Save As or backup leaves (".NAME.xxxxxxxx.tmp",
// and their journals); returns how many there were.
int removeLeftovers(const QString &folder)
{
    int n = 0;
    QDir dir(folder);
    for (const QFileInfo &info :
         dir.entryInfoList({QStringLiteral(".*.tmp"), QStringLiteral(".*.tmp-journal")},
                           QDir::Files | QDir::Hidden)) {
        QFile::remove(info.absoluteFilePath());
        ++n;
    }
    return n;
}

// Opens the plan as the app does after a crash and checks everything. Returns problems.
QStringList checkAfterKill(const QString &planPath, const QString &logPath, int &checkedUpTo,
                           Tally &tally)
{
    QStringList problems;
    auto opened = PlanDatabase::open(planPath, PlanDatabase::Mode::ReadWrite);
    if (!opened)
        return {QStringLiteral("the plan does not open after the kill: %1").arg(opened.message())};
    const std::unique_ptr<PlanDatabase> plan = std::move(*opened);
    const QSqlDatabase db = plan->database();
    problems << PlanInvariants::check(db);
    // Every operation here writes a cohort with its sessions, in one transaction.
    QSqlQuery bare(db);
    bare.exec(QStringLiteral("SELECT c.code FROM cohort c WHERE NOT EXISTS"
                             " (SELECT 1 FROM cohort_session s WHERE s.cohort_id = c.id)"));
    while (bare.next())
        problems << QStringLiteral("cohort %1 has no sessions").arg(bare.value(0).toString());

    std::map<int, QJsonObject> intents;
    std::map<int, QString> outcome; // "done" or "failed"
    for (const QJsonObject &line : readLog(logPath)) {
        const int op = line.value(QStringLiteral("op")).toInt();
        if (op <= checkedUpTo)
            continue;
        if (line.contains(QStringLiteral("intent")))
            intents[op] = line;
        else
            outcome[op] = line.contains(QStringLiteral("done")) ? QStringLiteral("done")
                                                                : QStringLiteral("failed");
    }
    // An operation a later one undid (Edit ▸ Undo of an import) is absent once the undo
    // finished, and either present or absent while the undo was in flight.
    std::map<int, QString> undone;
    for (const auto &[op, line] : intents) {
        const QJsonObject intent = line.value(QStringLiteral("intent")).toObject();
        if (intent.contains(QStringLiteral("undoes")))
            undone[intent.value(QStringLiteral("undoes")).toInt()] =
                outcome.count(op) ? outcome[op] : QStringLiteral("in flight");
    }
    for (const auto &[op, line] : intents) {
        const QString kind = line.value(QStringLiteral("kind")).toString();
        const Operation *operation = ::operation(kind);
        if (!operation) {
            problems << QStringLiteral("operation %1: unknown kind %2").arg(op).arg(kind);
            continue;
        }
        QString detail;
        const QJsonObject intent = line.value(QStringLiteral("intent")).toObject();
        const Found found = operation->check(db, intent, &detail);
        QString how = outcome.count(op) ? outcome[op] : QStringLiteral("in flight");
        if (how == QLatin1String("done") && undone.count(op) &&
            undone[op] != QLatin1String("failed"))
            how = undone[op] == QLatin1String("done") ? QStringLiteral("undone")
                                                      : QStringLiteral("in flight");
        if (found == Found::Partial) {
            problems << QStringLiteral("operation %1 (%2, %3) is partly there: %4")
                            .arg(op)
                            .arg(kind, how, detail);
        } else if (how == QLatin1String("done")) {
            if (found != Found::Present)
                problems << QStringLiteral("operation %1 (%2) finished but is not in the plan")
                                .arg(op)
                                .arg(kind);
            ++tally.whole;
        } else if (how == QLatin1String("failed")) {
            if (found != Found::Absent)
                problems << QStringLiteral("operation %1 (%2) failed but is in the plan")
                                .arg(op)
                                .arg(kind);
            ++tally.refusedAbsent;
        } else if (how == QLatin1String("undone")) {
            if (found != Found::Absent)
                problems << QStringLiteral("operation %1 (%2) was undone but is in the plan")
                                .arg(op)
                                .arg(kind);
            ++tally.whole;
        } else {
            ++(found == Found::Present ? tally.inFlightPresent : tally.inFlightAbsent);
            ++tally.perKind[kind];
        }
        if (kind == QLatin1String("save-as"))
            QFile::remove(intent.value(QStringLiteral("target")).toString());
        checkedUpTo = std::max(checkedUpTo, op);
    }
    return problems;
}

int runParent(int kills, quint64 seed, int roundLength, QString dirPath, bool keep)
{
    std::unique_ptr<QTemporaryDir> temporary;
    if (dirPath.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        temporary->setAutoRemove(!keep);
        dirPath = temporary->path();
    }
    QDir dir(dirPath);
    dir.mkpath(QStringLiteral("."));
    const QString pristine = dir.filePath(QStringLiteral("pristine.cohortplan"));
    const QString planPath = dir.filePath(QStringLiteral("plan.cohortplan"));
    const QString logPath = dir.filePath(QStringLiteral("operations.jsonl"));
    QElapsedTimer total;
    total.start();
    DemoOptions options = DemoPlan::defaultOptions();
    options.asOf = QDate(2026, 11, 28);
    if (const QString error = DemoPlan::write(pristine, options).message(); !error.isEmpty()) {
        say(QStringLiteral("FAIL: cannot write the demo plan: %1").arg(error));
        return 1;
    }
    say(QStringLiteral("crash harness: seed %1, %2 kills, fresh plan every %3 kills, in %4")
            .arg(seed)
            .arg(kills)
            .arg(roundLength)
            .arg(QDir::toNativeSeparators(dirPath)));
    std::mt19937_64 rng(seed);
    const auto uniform = [&](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(rng);
    };
    Tally tally;
    int checkedUpTo = 0;
    std::map<QString, qint64> durations; // the last observed time of each operation kind
    qint64 openTime = 300;

    for (int kill = 0; kill < kills; ++kill) {
        if (kill % roundLength == 0) {
            // A fresh plan now and then, so that deletions do not empty it.
            QDir(planPath + QStringLiteral("-backups")).removeRecursively();
            QFile::remove(planPath);
            QFile::copy(pristine, planPath);
            QFile::setPermissions(planPath, QFile::ReadOwner | QFile::WriteOwner);
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), planPath, logPath,
                     QString::number(seed * 1000003 + quint64(kill))});
        if (!child.waitForStarted()) {
            say(QStringLiteral("FAIL: cannot start the child: %1").arg(child.errorString()));
            return 1;
        }
        QElapsedTimer since;
        since.start();
        // Where to kill: while opening (the checks, the lock, the backup on open), or a
        // random time into the n-th operation, scaled by how long that kind takes.
        const bool whileOpening = uniform(0, 99) < 15;
        qint64 killAt = whileOpening ? uniform(0, openTime * 3 / 2) : -1;
        const int killInOperation = int(uniform(1, 3));
        int begun = 0;
        QByteArray pending;
        QString lastLine;
        bool exited = false;
        while (killAt < 0 || since.elapsed() < killAt) {
            if (child.state() == QProcess::NotRunning) {
                exited = true;
                break;
            }
            child.waitForReadyRead(
                killAt < 0 ? 20
                           : std::max<qint64>(1, std::min<qint64>(20, killAt - since.elapsed())));
            pending += child.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(pending.left(nl));
                pending.remove(0, nl + 1);
                lastLine = line;
                const QStringList parts = line.split(QLatin1Char(' '));
                if (parts.value(0) == QLatin1String("opened"))
                    openTime = (openTime + since.elapsed()) / 2;
                if (parts.value(0) == QLatin1String("done") && parts.size() >= 4)
                    durations[parts[2]] = parts[3].toLongLong();
                if (parts.value(0) == QLatin1String("begin") && killAt < 0 &&
                    ++begun == killInOperation) {
                    const qint64 expected =
                        durations.count(parts.value(2)) ? durations[parts.value(2)] : 200;
                    killAt = since.elapsed() + uniform(0, std::max<qint64>(1, expected * 6 / 5));
                }
            }
            if (since.elapsed() > 120000) {
                say(QStringLiteral("FAIL: the child made no progress in 2 minutes (last: %1)")
                        .arg(lastLine));
                child.kill();
                child.waitForFinished();
                return 1;
            }
        }
        if (exited) {
            pending += child.readAllStandardOutput();
            say(QStringLiteral("FAIL: the child exited by itself (%1): %2")
                    .arg(child.exitCode())
                    .arg(QString::fromUtf8(pending).trimmed()));
            return 1;
        }
        child.kill(); // SIGKILL
        child.waitForFinished();
        ++tally.kills;
        if (whileOpening)
            ++tally.killsOpening;
        tally.leftovers +=
            removeLeftovers(dirPath) + removeLeftovers(planPath + QStringLiteral("-backups"));

        const QStringList problems = checkAfterKill(planPath, logPath, checkedUpTo, tally);
        if (!problems.isEmpty()) {
            say(QStringLiteral("FAIL after kill %1 (%2 ms into the child, last: %3):")
                    .arg(kill + 1)
                    .arg(since.elapsed())
                    .arg(lastLine));
            for (const QString &p : problems)
                say(QStringLiteral("  ") + p);
            say(QStringLiteral("kills survived: %1").arg(tally.kills - 1));
            if (temporary)
                temporary->setAutoRemove(false);
            say(QStringLiteral("the plan and the log are kept in %1")
                    .arg(QDir::toNativeSeparators(dirPath)));
            return 1;
        }
        if ((kill + 1) % 25 == 0)
            say(QStringLiteral("  %1 kills, %2 operations whole, %3 s")
                    .arg(kill + 1)
                    .arg(tally.whole)
                    .arg(total.elapsed() / 1000));
    }
    QStringList inFlight;
    for (const auto &[kind, n] : tally.perKind)
        inFlight << QStringLiteral("%1 %2").arg(kind).arg(n);
    say(QStringLiteral("operations finished and found whole: %1; refused and absent: %2")
            .arg(tally.whole)
            .arg(tally.refusedAbsent));
    say(QStringLiteral("operations killed in flight: %1 (absent %2, whole %3): %4")
            .arg(tally.inFlightAbsent + tally.inFlightPresent)
            .arg(tally.inFlightAbsent)
            .arg(tally.inFlightPresent)
            .arg(inFlight.join(QStringLiteral(", "))));
    say(QStringLiteral(
            "kills while opening the plan: %1; temporary files left by kills (removed): %2")
            .arg(tally.killsOpening)
            .arg(tally.leftovers));
    say(QStringLiteral("kills survived: %1 (in %2 s)")
            .arg(tally.kills)
            .arg(total.elapsed() / 1000));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--child"))
        return runChild(args.value(2), args.value(3), args.value(4).toULongLong());
    int kills = 50;
    quint64 seed = 1;
    int round = 25;
    QString dir;
    bool keep = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == QLatin1String("--kills"))
            kills = args.value(++i).toInt();
        else if (a == QLatin1String("--seed"))
            seed = args.value(++i).toULongLong();
        else if (a == QLatin1String("--round"))
            round = std::max(1, args.value(++i).toInt());
        else if (a == QLatin1String("--dir"))
            dir = args.value(++i);
        else if (a == QLatin1String("--keep"))
            keep = true;
        else {
            say(QStringLiteral(
                "usage: crashharness [--kills N] [--seed S] [--round K] [--dir DIR] [--keep]"));
            return 2;
        }
    }
    return runParent(kills, seed, round, dir, keep);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A plan on a PostgreSQL server (issue 21), over the loopback or a Unix socket:
//   bench_server PLAN URL
// URL names an empty database (postgresql:///bench?host=/tmp/pg&port=5432). Prints the
// time to push the plan there, to open it (connect and check), and to read what the
// dashboard and the planner read from it (info, a year's progress facts, the capacity
// input), each against the same reads from the file. Then the edits (issue 21's second
// increment): one edit's round trip (the rules checked, the row written with its change
// log entry, the commit numbered and announced, the announcement heard by a second
// client), and 16 clients, each on a connection and a thread of its own, making 200 edits
// each to cohorts of their own: the throughput and the worst latency. Last, work offline:
// a checkout of the whole plan into a file, 1,000 changes made in it (700 cohorts' notes,
// 300 new trainees) while another client changes 100 other cohorts on the server, and the
// sync that sends them and receives those (three rounds), then a sync with nothing to do.
#include "benchutil.h"

#include "commands/changeset.h"
#include "commands/planeditor.h"
#include "io/importer.h"
#include "io/planjson.h"
#include "store/planqueries.h"
#include "store/schema.h"
#include "store/serverdialect.h"
#include "store/serverstore.h"
#include "store/serversync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Planner;

namespace {
double elapsedMs(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// The cohort with notes changed to say which edit this is.
Cohort noted(const Cohort &c, int n)
{
    Cohort after = c;
    after.notes = QStringLiteral("edit %1").arg(n);
    return after;
}

// One edit as a window makes it: the record as read, the change, PlanEditor::execute.
bool editCohort(PlanEditor &editor, Cohort *cohort, int n)
{
    const Cohort after = noted(*cohort, n);
    ChangeSet change;
    change.update(*cohort, after);
    const Result<> written = editor.execute(QStringLiteral("Note"), std::move(change));
    if (!written) {
        qCritical("%s", qPrintable(written.message()));
        return false;
    }
    *cohort = after;
    return true;
}

// info, then the year's progress facts: what a window reads after it opens a plan.
void readYear(const QSqlDatabase &db, int year)
{
    (void)PlanJson::info(db);
    const PlanQueries queries(db);
    (void)queries.progressFacts(year, QDate(year, 12, 31));
    (void)queries.instructors(year, QDate(year, 6, 30));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        qCritical("usage: bench_server PLAN URL (an empty PostgreSQL database)");
        return 2;
    }
    const Result<ServerAddress> address = ServerAddress::parse(args.at(2));
    if (!address) {
        qCritical("%s", qPrintable(address.message()));
        return 2;
    }
    QElapsedTimer t;
    t.start();
    const Result<ServerPlan::Pushed> pushed = ServerPlan::push(args.at(1), *address);
    if (!pushed) {
        qCritical("%s", qPrintable(pushed.message()));
        return 1;
    }
    const double pushMs = elapsedMs(t);
    QTextStream(stdout) << QStringLiteral("push: %1 rows in %2 tables in %3 ms (%4 rows/s)")
                               .arg(pushed->rows)
                               .arg(pushed->tables)
                               .arg(pushMs, 0, 'f', 0)
                               .arg(pushed->rows / (pushMs / 1000), 0, 'f', 0)
                        << Qt::endl;

    const auto file = openPlan(args.at(1), PlanDatabase::Mode::ReadOnly);
    if (!file)
        return 1;
    const int year = PlanQueries(file->database()).cohortYears().back();
    std::vector<double> opens, serverReads, fileReads;
    for (int run = 0; run < 7; ++run) {
        t.restart();
        auto server = ServerPlan::open(*address, ServerPlan::Mode::ReadOnly);
        if (!server) {
            qCritical("%s", qPrintable(server.message()));
            return 1;
        }
        opens.push_back(elapsedMs(t));
        t.restart();
        readYear((*server)->database(), year);
        serverReads.push_back(elapsedMs(t));
        t.restart();
        readYear(file->database(), year);
        fileReads.push_back(elapsedMs(t));
    }
    printFigure(QStringLiteral("open the server plan (connect, check)"), opens,
                QStringLiteral("-"));
    printFigure(QStringLiteral("read info + year %1 from the server").arg(year), serverReads,
                QStringLiteral("open with reads <= 2000 ms"));
    printFigure(QStringLiteral("the same reads from the file"), fileReads, QStringLiteral("-"));

    // ---- One edit's round trip, heard by a second client.
    auto writerOpened = ServerPlan::open(*address, ServerPlan::Mode::ReadWrite);
    auto watcherOpened = ServerPlan::open(*address, ServerPlan::Mode::ReadOnly);
    if (!writerOpened || !watcherOpened || !(*watcherOpened)->watchChanges()) {
        qCritical("could not open the server plan twice");
        return 1;
    }
    const QSqlDatabase writerDb = (*writerOpened)->database();
    PlanEditor editor;
    editor.setPlan(writerOpened->get());
    std::vector<Cohort> cohorts = Repository<Cohort>(writerDb).loadAll();
    std::vector<double> executes, heard;
    QSqlDriver *watcherDriver = (*watcherOpened)->database().driver();
    for (int n = 0; n < 200; ++n) {
        Cohort &cohort = cohorts[std::size_t(n) % cohorts.size()];
        QEventLoop loop;
        bool announced = false;
        const auto connection = QObject::connect(
            watcherDriver,
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                &QSqlDriver::notification),
            &loop, [&] {
                announced = true;
                loop.quit();
            });
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        t.restart();
        if (!editCohort(editor, &cohort, n))
            return 1;
        executes.push_back(elapsedMs(t));
        if (!announced)
            loop.exec();
        QObject::disconnect(connection);
        if (!announced) {
            qCritical("edit %d was not announced within 2 s", n);
            return 1;
        }
        heard.push_back(elapsedMs(t));
    }
    printFigure(QStringLiteral("one edit: check, write, change log, commit"), executes,
                QStringLiteral("-"));
    printFigure(QStringLiteral("one edit heard by another client (round trip)"), heard,
                QStringLiteral("<= 30 ms median"));

    // ---- 16 clients, 200 edits each, to cohorts of their own (as districts do).
    constexpr int Clients = 16;
    constexpr int Edits = 200;
    std::vector<std::vector<double>> latencies(Clients);
    std::vector<QString> failures(Clients);
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < Clients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            auto mine = ServerPlan::open(*address, ServerPlan::Mode::ReadWrite);
            if (!mine) {
                failures[std::size_t(c)] = mine.message();
                return;
            }
            PlanEditor own;
            own.setPlan(mine->get());
            const QSqlDatabase db = (*mine)->database();
            std::vector<Cohort> ownCohorts;
            for (std::size_t i = std::size_t(c); i < cohorts.size(); i += Clients)
                ownCohorts.push_back(*Repository<Cohort>(db).find(cohorts[i]));
            QElapsedTimer each;
            for (int n = 0; n < Edits; ++n) {
                each.restart();
                if (!editCohort(own, &ownCohorts[std::size_t(n) % ownCohorts.size()], 1000 + n)) {
                    failures[std::size_t(c)] = QStringLiteral("edit %1 failed").arg(n);
                    return;
                }
                latencies[std::size_t(c)].push_back(elapsedMs(each));
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();
    const double seconds = elapsedMs(wall) / 1000;
    std::vector<double> all;
    for (int c = 0; c < Clients; ++c) {
        if (!failures[std::size_t(c)].isEmpty()) {
            qCritical("client %d: %s", c, qPrintable(failures[std::size_t(c)]));
            return 1;
        }
        all.insert(all.end(), latencies[std::size_t(c)].begin(), latencies[std::size_t(c)].end());
    }
    std::sort(all.begin(), all.end());
    QTextStream(stdout) << QStringLiteral("%1 clients x %2 edits: %3 edits in %4 s (%5 edits/s); "
                                          "latency median %6 ms, 95th percentile %7 ms, worst "
                                          "%8 ms")
                               .arg(Clients)
                               .arg(Edits)
                               .arg(all.size())
                               .arg(seconds, 0, 'f', 1)
                               .arg(double(all.size()) / seconds, 0, 'f', 0)
                               .arg(all[all.size() / 2], 0, 'f', 1)
                               .arg(all[all.size() * 95 / 100], 0, 'f', 1)
                               .arg(all.back(), 0, 'f', 1)
                        << Qt::endl;

    // ---- Offline: checkout, 1,000 changes, sync.
    QTemporaryDir dir;
    const QString checkoutPath = dir.filePath(QStringLiteral("offline.cohortplan"));
    t.restart();
    const Result<ServerSync::CheckedOut> copied = ServerSync::checkout(*address, checkoutPath);
    if (!copied) {
        qCritical("%s", qPrintable(copied.message()));
        return 1;
    }
    QTextStream(stdout) << QStringLiteral("checkout: %1 rows in %2 ms")
                               .arg(copied->rows)
                               .arg(elapsedMs(t), 0, 'f', 0)
                        << Qt::endl;
    std::vector<double> syncs;
    for (int round = 0; round < 3; ++round) {
        {
            auto offline = openPlan(checkoutPath, PlanDatabase::Mode::ReadWrite);
            if (!offline)
                return 1;
            QSqlDatabase db = offline->database();
            db.transaction();
            QSqlQuery q(db);
            const bool made =
                q.exec(QStringLiteral("UPDATE cohort SET notes = 'offline %1 ' || id WHERE id IN "
                                      "(SELECT id FROM cohort ORDER BY id LIMIT 700)")
                           .arg(round)) &&
                q.exec(QStringLiteral(
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                           "i < 300) INSERT INTO trainee (id, name) SELECT %1 + %2 * 1000 + i, "
                           "'Offline trainee ' || %2 || '-' || i FROM n")
                           .arg(qint64(copied->site) << Schema::IdBlockBits)
                           .arg(round));
            if (!made || !db.commit()) {
                qCritical("%s", qPrintable(q.lastError().text()));
                return 1;
            }
        }
        QSqlQuery other(writerDb);
        if (!other.exec(QStringLiteral("UPDATE cohort SET notes = 'office %1' WHERE id IN (SELECT "
                                       "id FROM cohort ORDER BY id DESC LIMIT 100)")
                            .arg(round))) {
            qCritical("%s", qPrintable(other.lastError().text()));
            return 1;
        }
        // As the window does: the plan is open; a connection of the worker's own.
        const PlanDatabase::ThreadConnection connection(checkoutPath, false);
        t.restart();
        const Result<ServerSync::Report> report =
            ServerSync::sync(connection.database(), *address, {});
        syncs.push_back(elapsedMs(t));
        if (!report || !report->committed || report->sent != 1000 || report->received != 100) {
            qCritical("sync round %d: %s", round,
                      report ? qPrintable(QStringLiteral("sent %1, received %2, %3 conflicts")
                                              .arg(report->sent)
                                              .arg(report->received)
                                              .arg(report->conflicts.size()))
                             : qPrintable(report.message()));
            return 1;
        }
    }
    printFigure(QStringLiteral("sync 1,000 offline changes (and receive 100)"), syncs,
                QStringLiteral("<= 2000 ms"));
    std::vector<double> quiet, cli;
    for (int run = 0; run < 3; ++run) {
        {
            const PlanDatabase::ThreadConnection connection(checkoutPath, false);
            t.restart();
            const Result<ServerSync::Report> report =
                ServerSync::sync(connection.database(), *address, {});
            quiet.push_back(elapsedMs(t));
            if (!report || report->sent != 0) {
                qCritical("a quiet sync sent something");
                return 1;
            }
        }
        // As the CLI does: open the file (checked, backed up), then sync.
        t.restart();
        const Result<ServerSync::Report> report = ServerSync::sync(checkoutPath, *address, {});
        cli.push_back(elapsedMs(t));
        if (!report || report->sent != 0) {
            qCritical("a quiet sync sent something");
            return 1;
        }
    }
    printFigure(QStringLiteral("sync with nothing to send or receive"), quiet, QStringLiteral("-"));
    printFigure(QStringLiteral("the same from the CLI (the file opened, checked, backed up)"), cli,
                QStringLiteral("-"));

    // Imports as File ▸ Import… makes them (Importer::run on a connection of its own): 10,000
    // new trainees, then the same file with another employer (10,000 updates), into the
    // server plan and into a copy of the plan file.
    const QString added = dir.filePath(QStringLiteral("trainees.csv"));
    const QString changed = dir.filePath(QStringLiteral("trainees-changed.csv"));
    for (const auto &[path, employer] :
         {std::pair{added, "New Co."}, std::pair{changed, "Other Co."}}) {
        QFile f(path);
        QByteArray csv = "id_number,name,employer\n";
        for (int i = 0; i < 10000; ++i)
            csv +=
                idNumber(900000 + i) + ",Imported " + QByteArray::number(i) + ',' + employer + '\n';
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size()) {
            qCritical("cannot write %s", qPrintable(path));
            return 1;
        }
    }
    const QString fileCopy = dir.filePath(QStringLiteral("import.cohortplan"));
    QFile::copy(args.at(1), fileCopy);
    for (const QString &plan : {fileCopy, args.at(2)}) {
        const PlanDatabase::ThreadConnection connection(plan, false);
        QSqlDatabase db = connection.database();
        for (const QString &csv : {added, changed}) {
            ImportOptions options;
            options.kind = ImportKind::Trainees;
            t.restart();
            const ImportResult r = Importer::run(db, csv, options);
            const double ms = elapsedMs(t);
            if (!r.written) {
                qCritical("import into %s: %s", qPrintable(plan),
                          r.problems.empty()
                              ? "nothing written"
                              : qPrintable(Importer::problemText(r.problems.front())));
                return 1;
            }
            QTextStream(stdout) << QStringLiteral(
                                       "import 10,000 trainees (%1 new, %2 updated) into "
                                       "the %3: %4 ms")
                                       .arg(r.imported)
                                       .arg(r.updated)
                                       .arg(plan == fileCopy ? QStringLiteral("file")
                                                             : QStringLiteral("server"))
                                       .arg(ms, 0, 'f', 0)
                                << Qt::endl;
        }
    }
    return 0;
}

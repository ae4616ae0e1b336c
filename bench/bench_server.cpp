// SPDX-License-Identifier: GPL-3.0-or-later
// A plan on a PostgreSQL server (issue 21), over the loopback or a Unix socket:
//   bench_server PLAN URL
// URL names an empty database (postgresql:///bench?host=/tmp/pg&port=5432). Prints the
// time to push the plan there, to open it (connect and check), and to read what the
// dashboard and the planner read from it (info, a year's progress facts, the capacity
// input), each against the same reads from the file.
#include "benchutil.h"

#include "io/planjson.h"
#include "store/planqueries.h"
#include "store/serverstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Planner;

namespace {
double elapsedMs(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
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
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The printable reports (issue 17) on the 10-year demo plan, each built from the plan
// (io/report.h: read and composed) and written as a PDF, as `cohortplanner-cli report`
// does: the yearly plan of 2027 (about 350 cohorts), every instructor's timetable of
// 2027 (one per page or more), and one day's sign-in sheet of the biggest cohort.
// Targets: plan <= 3 s, all timetables <= 5 s, one sign-in sheet <= 200 ms.
//   bench_report [PLAN]   (without PLAN, writes the 10-year demo plan to a temporary
//   folder; a given PLAN is copied, never changed)
#include "benchutil.h"

#include "io/report.h"
#include "store/planqueries.h"
#include "store/repository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace Planner;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const std::unique_ptr<PlanDatabase> plan = openBenchPlan(argc, argv, dir.path());
    if (!plan)
        return 1;
    const PlanQueries queries(plan->database());
    const std::map<Id, int> holders = queries.seatHolders();
    Id biggest = 0;
    int most = 0;
    for (const auto &[id, n] : holders)
        if (n > most) {
            most = n;
            biggest = id;
        }
    const std::vector<Session> sessions =
        Repository<Session>(plan->database()).loadWhere("cohort_id", {biggest});

    const auto measure = [&](const QString &name, Report::Request request, const QString &target,
                             int runs) {
        std::vector<double> build, write;
        int pages = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const auto doc = Report::build(queries, request);
            build.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!doc) {
                qCritical("%s: %s", qPrintable(name), qPrintable(doc.message()));
                return;
            }
            t.restart();
            const auto written = Report::writePdf(*doc, dir.filePath(QStringLiteral("report.pdf")),
                                                  Report::defaultSetup(request.kind));
            write.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!written) {
                qCritical("%s: %s", qPrintable(name), qPrintable(written.message()));
                return;
            }
            pages = *written;
        }
        std::vector<double> whole;
        for (std::size_t i = 0; i < build.size(); ++i)
            whole.push_back(build[i] + write[i]);
        printFigure(QStringLiteral("%1 (%2 pages): read and compose").arg(name).arg(pages), build,
                    QStringLiteral("-"));
        printFigure(QStringLiteral("%1 (%2 pages): lay out and write the PDF").arg(name).arg(pages),
                    write, QStringLiteral("-"));
        printFigure(QStringLiteral("%1 (%2 pages): whole").arg(name).arg(pages), whole, target);
    };
    Report::Request request;
    request.planName = QStringLiteral("bench");
    request.kind = Report::Kind::Plan;
    request.year = 2027;
    measure(QStringLiteral("yearly plan of 2027"), request, QStringLiteral("<= 3000 ms"), 3);
    request.kind = Report::Kind::Timetable;
    measure(QStringLiteral("every instructor's timetable of 2027"), request,
            QStringLiteral("<= 5000 ms"), 3);
    request = {};
    request.kind = Report::Kind::SignIn;
    request.cohortId = biggest;
    request.sessionDay = sessions.front().date;
    measure(QStringLiteral("one day's sign-in sheet, %1 trainees").arg(most), request,
            QStringLiteral("<= 200 ms"), 10);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet import and export at the volume: 100,000 trainees and 100,000
// enrollments from CSV into a plan with 3,500 cohorts, dry runs of both, and exports of
// 100,000 rows to CSV and XLSX.
//   bench_import [RUNS]   (default 3 runs; each import starts from a fresh copy)
#include "benchutil.h"

#include "io/importer.h"
#include "planning/identitydocument.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <ctime>
#include <map>

using namespace Planner;

namespace {

constexpr int Trainees = 100000;
constexpr int Cohorts = 3500;

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// CPU time of the process in ms: on a shared machine the wall-clock figure includes
// waiting for a core; this one does not.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

std::map<QString, std::vector<double>> cpu;

struct CpuTimer
{
    explicit CpuTimer(QString name) : name(std::move(name)), start(cpuMs()) {}
    ~CpuTimer() { cpu[name].push_back(cpuMs() - start); }
    QString name;
    double start;
};

QString writeBasePlan(const QString &path)
{
    return PlanDatabase::create(
               path,
               [](QSqlDatabase &db) {
                   PlanData plan;
                   plan.tracks.push_back({1, QStringLiteral("Artificial Intelligence"),
                                          QStringLiteral("人工智能"), QStringLiteral("#4e79a7")});
                   Course course;
                   course.id = 1;
                   course.trackId = 1;
                   course.code = QStringLiteral("AI-101");
                   course.title = QStringLiteral("Foundations");
                   plan.courses.push_back(course);
                   plan.venues.push_back({1, QStringLiteral("Haidian Centre"),
                                          QStringLiteral("Haidian"), QString(), 40, false});
                   for (int c = 0; c < Cohorts; ++c) {
                       Cohort cohort;
                       cohort.id = c + 1;
                       cohort.courseId = 1;
                       cohort.code =
                           QStringLiteral("AI-101-%1").arg(c + 1, 4, 10, QLatin1Char('0'));
                       cohort.venueId = 1;
                       cohort.capacity = 30;
                       plan.cohorts.push_back(cohort);
                       plan.sessions.push_back({c + 1, c + 1, QDate(2026, 1, 5).addDays(c % 300),
                                                SessionSlot::Morning});
                   }
                   writePlanData(db, plan, AuditAction::Generate, QStringLiteral("bench"));
               })
        .message();
}

void writeCsv(const QString &path, const QByteArray &header,
              const std::function<QByteArray(int)> &row)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buffer = "\xEF\xBB\xBF" + header + "\r\n";
    for (int i = 0; i < Trainees; ++i) {
        buffer += row(i);
        buffer += "\r\n";
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
}

ImportResult runImport(const QString &plan, const QString &file, ImportKind kind, bool dryRun,
                       double *elapsed)
{
    auto db = openPlan(plan, dryRun ? PlanDatabase::Mode::ReadOnly : PlanDatabase::Mode::ReadWrite);
    if (!db)
        qFatal("cannot open the plan");
    QSqlDatabase connection = db->database();
    ImportOptions options;
    options.kind = kind;
    options.dryRun = dryRun;
    QElapsedTimer t;
    t.start();
    ImportResult r;
    {
        CpuTimer c(QStringLiteral("%1 %2").arg(
            dryRun ? QStringLiteral("dry run") : QStringLiteral("import"), toKey(kind)));
        r = Importer::run(connection, file, options);
    }
    *elapsed = ms(t);
    if (!r.ok())
        qFatal("import failed: %s", qPrintable(Importer::problemText(r.problems.front())));
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.cohortplan"));
    if (const QString e = writeBasePlan(base); !e.isEmpty())
        qFatal("%s", qPrintable(e));
    const QString trainees = dir.filePath(QStringLiteral("trainees.csv"));
    const QString enrollments = dir.filePath(QStringLiteral("enrollments.csv"));
    const QByteArray surname = QStringLiteral("王李张刘陈杨黄赵吴周").toUtf8();
    writeCsv(trainees, "身份证号,姓名,单位,区,邮箱,电话", [&](int i) {
        return idNumber(i) + "," + surname.mid((i % 10) * 3, 3) + "某" + QByteArray::number(i) +
               ",\"北京某某科技有限公司, 第" + QByteArray::number(i % 500) + "分公司\",海淀,t" +
               QByteArray::number(i) + "@example.cn,1380000" + QByteArray::number(i % 10000);
    });
    writeCsv(enrollments, "id_number,cohort,status,enrolled_on,attendance,score", [&](int i) {
        return idNumber(i) + ",AI-101-" +
               QByteArray::number(i % Cohorts + 1).rightJustified(4, '0') +
               ",enrolled,2026-01-02,0." + QByteArray::number(80 + i % 20) + "," +
               QByteArray::number(60 + i % 40);
    });
    QTextStream(stdout) << QStringLiteral("files: trainees.csv %1 MB, enrollments.csv %2 MB")
                               .arg(QFile(trainees).size() / 1048576.0, 0, 'f', 1)
                               .arg(QFile(enrollments).size() / 1048576.0, 0, 'f', 1)
                        << Qt::endl;

    std::vector<double> dryTrainees, importTrainees, dryEnrollments, importEnrollments, both,
        exportCsv, exportXlsx;
    for (int run = 0; run < runs; ++run) {
        const QString plan = dir.filePath(QStringLiteral("run%1.cohortplan").arg(run));
        QFile::copy(base, plan);
        double t = 0;
        runImport(plan, trainees, ImportKind::Trainees, true, &t);
        dryTrainees.push_back(t);
        runImport(plan, trainees, ImportKind::Trainees, false, &t);
        importTrainees.push_back(t);
        double e = 0;
        runImport(plan, enrollments, ImportKind::Enrollments, true, &e);
        dryEnrollments.push_back(e);
        const ImportResult r = runImport(plan, enrollments, ImportKind::Enrollments, false, &e);
        if (r.imported != Trainees)
            qFatal("imported %d enrollments", r.imported);
        importEnrollments.push_back(e);
        both.push_back(t + e);

        auto db = openPlan(plan, PlanDatabase::Mode::ReadOnly);
        if (!db)
            return 1;
        QElapsedTimer timer;
        timer.start();
        Result<int> csv = 0;
        {
            CpuTimer c(QStringLiteral("export csv"));
            csv = Exporter::run(db->database(), ImportKind::Trainees,
                                dir.filePath(QStringLiteral("out.csv")));
        }
        exportCsv.push_back(ms(timer));
        timer.restart();
        Result<int> xlsx = 0;
        {
            CpuTimer c(QStringLiteral("export xlsx"));
            xlsx = Exporter::run(db->database(), ImportKind::Trainees,
                                 dir.filePath(QStringLiteral("out.xlsx")));
        }
        exportXlsx.push_back(ms(timer));
        if (!csv || !xlsx || *csv != Trainees)
            qFatal("export failed: %s %s", qPrintable(csv.message()), qPrintable(xlsx.message()));
        QFile::remove(plan);
    }
    printFigure(QStringLiteral("dry run, 100,000 trainees"), dryTrainees,
                QStringLiteral("≤ 1000 ms"));
    printFigure(QStringLiteral("dry run, 100,000 enrollments"), dryEnrollments,
                QStringLiteral("≤ 1000 ms"));
    printFigure(QStringLiteral("import, 100,000 trainees"), importTrainees, QStringLiteral("-"));
    printFigure(QStringLiteral("import, 100,000 enrollments"), importEnrollments,
                QStringLiteral("-"));
    printFigure(QStringLiteral("import, 100,000 trainees + 100,000 enrollments"), both,
                QStringLiteral("≤ 2000 ms"));
    printFigure(QStringLiteral("export 100,000 trainees to CSV"), exportCsv,
                QStringLiteral("≤ 1000 ms"));
    printFigure(QStringLiteral("export 100,000 trainees to XLSX"), exportXlsx, QStringLiteral("-"));
    QTextStream(stdout) << "CPU time (process), without waiting for a core:" << Qt::endl;
    for (auto &[name, values] : cpu)
        printFigure(QStringLiteral("  cpu ") + name, values, QStringLiteral("-"));
    return 0;
}

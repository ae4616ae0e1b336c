// SPDX-License-Identifier: GPL-3.0-or-later
// The page tables on the 10-year plan: filtering the trainees as the user types, sorting
// every column of the trainees and cohorts, and Go to over every record.
//   bench_tables [PLAN]   (without PLAN, writes the 10-year demo plan to a temporary folder)
#include "benchutil.h"

#include "demo/demoplan.h"
#include "items/gotoindex.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace Planner;

namespace {

bool waitLoaded(TableModelBase &model)
{
    QElapsedTimer t;
    t.start();
    while (!model.isLoaded() && t.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return model.isLoaded();
}

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

void printMax(const QString &name, const std::vector<double> &values, const QString &target)
{
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    QTextStream(stdout) << QStringLiteral("%1: median %2 ms, max %3 ms over %4 (target %5)")
                               .arg(name)
                               .arg(sorted[sorted.size() / 2], 0, 'f', 1)
                               .arg(sorted.back(), 0, 'f', 1)
                               .arg(sorted.size())
                               .arg(target)
                        << Qt::endl;
}

// Types text one character at a time into the model's filter, then deletes it one
// character at a time; each step is timed with the view's reset and repaint.
void typeAndDelete(TableModelBase &model, QTableView &view, const QString &text,
                   std::vector<double> &typing, std::vector<double> &deleting)
{
    auto step = [&](const QString &shown, std::vector<double> &into) {
        TableFilter f = model.filter();
        f.text = shown;
        QElapsedTimer t;
        t.start();
        model.setFilter(f);
        view.viewport()->repaint();
        into.push_back(ms(t));
    };
    for (qsizetype n = 1; n <= text.size(); ++n)
        step(text.left(n), typing);
    QTextStream(stdout) << QStringLiteral("  \"%1\": %2 of %3 rows")
                               .arg(text)
                               .arg(model.rowCount())
                               .arg(model.totalRowCount())
                        << Qt::endl;
    for (qsizetype n = text.size() - 1; n >= 0; --n)
        step(text.left(n), deleting);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QString path = QCoreApplication::arguments().value(1);
    QTemporaryDir dir;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo10.cohortplan"));
        DemoOptions options = DemoPlan::defaultOptions();
        options.years = 10;
        options.asOf = QDate(2036, 12, 31);
        if (const QString error = DemoPlan::write(path, options).message(); !error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }
    PlanSession session;
    if (const auto opened = session.open(path, PlanDatabase::Mode::ReadOnly); !opened) {
        QTextStream(stderr) << opened.message() << Qt::endl;
        return 1;
    }

    // ---- Trainees: load, then type.
    TraineeTableModel trainees;
    QTableView view;
    view.resize(1200, 700);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&trainees);
    view.show();
    QElapsedTimer t;
    t.start();
    trainees.reload(session);
    if (!waitLoaded(trainees))
        return 1;
    const double load = ms(t);
    // Replacing the rows alone: the reset with the search keys, facets and spans.
    std::vector<double> replace;
    for (int i = 0; i < 5; ++i) {
        std::vector<TraineeSummary> rows = trainees.rows();
        t.restart();
        trainees.setRows(std::move(rows));
        replace.push_back(ms(t));
    }
    QTextStream(stdout) << "trainee rows: " << trainees.totalRowCount() << Qt::endl;
    QTextStream(stdout) << QStringLiteral("trainees: loaded in %1 ms (worker read and GUI reset)")
                               .arg(load, 0, 'f', 1)
                        << Qt::endl;
    printFigure(QStringLiteral("trainees: replace rows (reset, search keys, facets, spans)"),
                replace, QStringLiteral("-"));

    // The commonest surname and given name of the data, in Chinese, and codes in Latin.
    std::vector<double> typing, deleting;
    typeAndDelete(trainees, view, QStringLiteral("王欣"), typing, deleting);
    typeAndDelete(trainees, view, QStringLiteral("王 海淀区"), typing, deleting);
    typeAndDelete(trainees, view, QStringLiteral("ai-201-2031"), typing, deleting);
    typeAndDelete(trainees, view, QStringLiteral("北京 数据 110108"), typing, deleting);
    printMax(QStringLiteral("trainees: filter per keystroke typed, with reset and repaint"), typing,
             QStringLiteral("<= 30 ms"));
    printMax(QStringLiteral("trainees: filter per keystroke deleted (whole filter again)"),
             deleting, QStringLiteral("<= 30 ms"));
    // The same, sorted by name: the order is kept without sorting again.
    trainees.sort(TraineeTableModel::Name, Qt::AscendingOrder);
    typing.clear();
    deleting.clear();
    typeAndDelete(trainees, view, QStringLiteral("王 海淀区"), typing, deleting);
    printMax(QStringLiteral("trainees sorted by name: filter per keystroke typed"), typing,
             QStringLiteral("<= 30 ms"));
    printMax(QStringLiteral("trainees sorted by name: filter per keystroke deleted"), deleting,
             QStringLiteral("<= 30 ms"));
    std::vector<double> facet;
    for (const QString &district : trainees.facetValues(Facet::District)) {
        TableFilter f;
        f.district = district;
        t.restart();
        trainees.setFilter(f);
        view.viewport()->repaint();
        facet.push_back(ms(t));
    }
    printMax(QStringLiteral("trainees: choose a district"), facet, QStringLiteral("<= 30 ms"));
    trainees.setFilter({});

    // ---- Sorting every column.
    CohortTableModel cohorts;
    cohorts.reload(session);
    if (!waitLoaded(cohorts))
        return 1;
    QTextStream(stdout) << "cohort rows: " << cohorts.totalRowCount() << Qt::endl;
    auto sortEvery = [&](TableModelBase &model, const QString &name) {
        std::vector<double> times;
        double worst = 0;
        QString worstColumn;
        for (int c = 0; c < model.columnCount(); ++c) {
            for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                t.restart();
                model.sort(c, order);
                const double m = ms(t);
                times.push_back(m);
                if (m > worst) {
                    worst = m;
                    worstColumn = model.headerData(c, Qt::Horizontal).toString();
                }
            }
        }
        printMax(QStringLiteral("%1: sort a column (every column, both ways)").arg(name), times,
                 QStringLiteral("<= 150 ms"));
        QTextStream(stdout) << QStringLiteral("  slowest: %1").arg(worstColumn) << Qt::endl;
    };
    sortEvery(trainees, QStringLiteral("trainees"));
    sortEvery(cohorts, QStringLiteral("cohorts"));

    // ---- Go to.
    GoToIndex index(&session);
    t.restart();
    index.rebuild();
    QSignalSpy ready(&index, &GoToIndex::ready);
    if (!ready.wait(120000))
        return 1;
    QTextStream(stdout) << QStringLiteral(
                               "go to: %1 entries read and folded on a worker thread in %2 ms")
                               .arg(index.size())
                               .arg(ms(t), 0, 'f', 1)
                        << Qt::endl;
    std::vector<double> queries;
    for (const QString &q :
         {QStringLiteral("王"), QStringLiteral("王欣"), QStringLiteral("ai-201-2031-0"),
          QStringLiteral("i01"), QStringLiteral("110108"), QStringLiteral("海淀 数据"),
          QStringLiteral("zzz"), QStringLiteral("blockchain")}) {
        for (int run = 0; run < 5; ++run) {
            t.restart();
            const auto found = index.match(q);
            queries.push_back(ms(t));
            if (run == 0)
                QTextStream(stdout)
                    << QStringLiteral("  \"%1\": %2 found").arg(q).arg(found.size()) << Qt::endl;
        }
    }
    printMax(QStringLiteral("go to: one query over every record"), queries,
             QStringLiteral("<= 30 ms"));
    session.loader()->waitForAll();
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoplan.h"
#include "planning/identitydocument.h"
#include "store/plandatabase.h"

#include <QDate>
#include <QFile>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <vector>

// A valid resident ID number for trainee i: region 110101, a birth date from 1960 on and
// a sequence, with its ISO 7064 MOD 11-2 check character.
inline QByteArray idNumber(int i)
{
    const QByteArray first17 =
        "110101" +
        QDate(1960, 1, 1).addDays(i % 20000).toString(QStringLiteral("yyyyMMdd")).toLatin1() +
        QByteArray::number(i / 20000 % 1000).rightJustified(3, '0');
    return first17 +
           QString(Planner::IdentityDocument::checkCharacter(QString::fromLatin1(first17)))
               .toLatin1();
}

// Median and minimum of repeated timings, printed as one line.
inline void printFigure(const QString &name, std::vector<double> ms, const QString &target)
{
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    QTextStream(stdout) << QStringLiteral(
                               "%1: median %2 ms, min %3 ms, max %4 ms over %5 runs (target %6)")
                               .arg(name)
                               .arg(median, 0, 'f', 1)
                               .arg(ms.front(), 0, 'f', 1)
                               .arg(ms.back(), 0, 'f', 1)
                               .arg(ms.size())
                               .arg(target)
                        << Qt::endl;
}

// Opens path, or returns null after printing why not.
inline std::unique_ptr<Planner::PlanDatabase> openPlan(const QString &path,
                                                       Planner::PlanDatabase::Mode mode)
{
    auto opened = Planner::PlanDatabase::open(path, mode);
    if (!opened) {
        qCritical("%s", qPrintable(opened.message()));
        return nullptr;
    }
    return std::move(*opened);
}

// The plan a benchmark edits, in folder: a copy of the file given as its first argument
// (never changed), else the 10-year demo plan written there; open for editing. Null (with
// the reason printed) when that fails.
inline std::unique_ptr<Planner::PlanDatabase> openBenchPlan(int argc, char *argv[],
                                                            const QString &folder)
{
    using namespace Planner;
    const QString path = folder + QStringLiteral("/bench.cohortplan");
    if (argc > 1) {
        if (!QFile::copy(QString::fromLocal8Bit(argv[1]), path)) {
            qCritical("cannot copy %s", argv[1]);
            return nullptr;
        }
    } else {
        DemoOptions options = DemoPlan::defaultOptions();
        options.years = 10;
        if (const QString error = DemoPlan::write(path, options).message(); !error.isEmpty()) {
            qCritical("%s", qPrintable(error));
            return nullptr;
        }
    }
    return openPlan(path, PlanDatabase::Mode::ReadWrite);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

#include <algorithm>
#include <vector>

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

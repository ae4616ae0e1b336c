// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartrenderer.h"

#include "capacitychart.h"
#include "multiyearchart.h"
#include "progresschart.h"
#include "trackmonthlychart.h"
#include "utilisationchart.h"

#include "items/progressmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace Planner::ChartRenderer {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ChartRenderer)
};
} // namespace

QStringList kinds()
{
    return {QStringLiteral("progress"), QStringLiteral("tracks"), QStringLiteral("capacity"),
            QStringLiteral("utilisation"), QStringLiteral("years")};
}

Result<> render(const QString &planPath, int year, QDate asOf, const QString &kind,
                const QString &out, QSize size)
{
    if (!kinds().contains(kind))
        return Problem::of(Tr::tr("unknown chart kind “%1” (choose one of: %2)")
                               .arg(kind, kinds().join(QStringLiteral(", "))));
    Result<ProgressData> read = loadProgress(planPath, year, asOf);
    if (!read)
        return read.problem();
    ProgressData data = std::move(*read);
    if (data.facts.year != year)
        return Problem::of(Tr::tr("the plan has no targets or cohorts in %1").arg(year));
    ProgressModel model;
    model.setAsOf(asOf);
    model.setData(std::move(data));

    std::unique_ptr<QWidget> chart;
    auto exportTo = [&](auto *widget) {
        widget->resize(size);
        return widget->exportTo(out, size);
    };
    if (kind == QLatin1String("progress")) {
        auto *c = new ProgressChart;
        chart.reset(c);
        c->setReport(model.report());
        return exportTo(c);
    }
    if (kind == QLatin1String("tracks")) {
        auto *c = new TrackMonthlyChart;
        chart.reset(c);
        c->setReport(model.report());
        return exportTo(c);
    }
    if (kind == QLatin1String("capacity")) {
        auto *c = new CapacityChart;
        chart.reset(c);
        c->setReport(model.report());
        return exportTo(c);
    }
    if (kind == QLatin1String("utilisation")) {
        auto *c = new UtilisationChart;
        chart.reset(c);
        c->setRows(model.utilisation());
        return exportTo(c);
    }
    auto *c = new MultiYearChart;
    chart.reset(c);
    c->setYears(model.years());
    return exportTo(c);
}

} // namespace Planner::ChartRenderer

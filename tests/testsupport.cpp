// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "demo/demoplan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace TestSupport {

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString writeDemoPlan(const QString &path, int years)
{
    Planner::DemoOptions options = Planner::DemoPlan::defaultOptions();
    options.years = years;
    options.asOf = QDate(2026, 11, 28);
    const QString error = Planner::DemoPlan::write(path, options);
    if (!error.isEmpty())
        qFatal("cannot write the demo plan: %s", qPrintable(error));
    return path;
}

void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-fixture");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open fixture %s", qPrintable(path));
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                qFatal("fixture statement failed: %s: %s", qPrintable(sql),
                       qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CohortPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("cohortplanner-tests"));
}

} // namespace TestSupport

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

void copyPlan(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        qFatal("cannot copy %s to %s", qPrintable(from), qPrintable(to));
    QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void addDoubleBooking(const QString &path)
{
    rawExec(path, {QStringLiteral(
        "INSERT INTO cohort_instructor(cohort_id, instructor_id, role, locked)"
        " SELECT s2.cohort_id, ci.instructor_id, 'assistant', 0"
        " FROM cohort_session s1 JOIN cohort_session s2"
        "   ON s1.day = s2.day AND s1.slot = s2.slot AND s1.cohort_id < s2.cohort_id"
        " JOIN cohort_instructor ci ON ci.cohort_id = s1.cohort_id AND ci.role = 'lead'"
        " JOIN cohort c1 ON c1.id = s1.cohort_id AND c1.status <> 'cancelled'"
        " JOIN cohort c2 ON c2.id = s2.cohort_id AND c2.status <> 'cancelled'"
        " WHERE NOT EXISTS (SELECT 1 FROM cohort_instructor x"
        "   WHERE x.cohort_id = s2.cohort_id AND x.instructor_id = ci.instructor_id)"
        " LIMIT 1")});
}

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CohortPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("cohortplanner-tests"));
}

} // namespace TestSupport

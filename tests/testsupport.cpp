// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "demo/demoplan.h"
#include "io/calendarcsv.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

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

QString writeFile(const QString &path, const QByteArray &bytes, int ageSeconds)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    f.flush(); // else closing writes it, and the time with it
    if (ageSeconds > 0)
        f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSeconds),
                      QFileDevice::FileModificationTime);
    return path;
}

std::unique_ptr<Planner::PlanDatabase> newPlan(const QString &path)
{
    using namespace Planner;
    const QString error = PlanDatabase::create(path, [](QSqlDatabase &db) {
                              PlanData seed;
                              seed.calendar = CalendarCsv::bundledChina2026();
                              writePlanData(db, seed, AuditAction::Import, QStringLiteral("test"));
                          }).message();
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return openForEditing(path);
}

QString writeDemoPlan(const QString &path, int years)
{
    Planner::DemoOptions options = Planner::DemoPlan::defaultOptions();
    options.years = years;
    options.asOf = QDate(2026, 11, 28);
    const QString error = Planner::DemoPlan::write(path, options).message();
    if (!error.isEmpty())
        qFatal("cannot write the demo plan: %s", qPrintable(error));
    return path;
}

QString writeEnrollmentPlan(const QString &path)
{
    using namespace Planner;
    const QString error =
        PlanDatabase::create(path, [](QSqlDatabase &db) {
            Track track;
            track.id = 1;
            track.name = QStringLiteral("Artificial Intelligence");
            Repository<Track>(db).insert(track);
            Course course;
            course.id = 1;
            course.trackId = 1;
            course.code = QStringLiteral("AI-101");
            course.title = QStringLiteral("Foundations of AI");
            course.days = 5;
            Repository<Course>(db).insert(course);
            struct Spec
            {
                const char *code;
                int capacity;
                QDate start;
                int days;
                CohortStatus status;
            };
            const Spec specs[] = {{"A", 2, QDate(2026, 3, 2), 5, CohortStatus::Open},
                                  {"B", 3, QDate(2026, 3, 4), 5, CohortStatus::Open},
                                  {"C", 2, QDate(2026, 4, 6), 5, CohortStatus::Planned},
                                  {"D", 5, QDate(2026, 5, 4), 5, CohortStatus::Cancelled}};
            Id id = 0;
            for (const Spec &spec : specs) {
                Cohort cohort;
                cohort.id = ++id;
                cohort.courseId = 1;
                cohort.code = QString::fromLatin1(spec.code);
                cohort.mode = CohortMode::Online;
                cohort.capacity = spec.capacity;
                cohort.status = spec.status;
                Repository<Cohort>(db).insert(cohort);
                QDate day = spec.start;
                for (int n = 0; n < spec.days; day = day.addDays(1)) {
                    if (day.dayOfWeek() > 5)
                        continue;
                    Session session;
                    session.cohortId = cohort.id;
                    session.date = day;
                    Repository<Session>(db).insert(session);
                    ++n;
                }
            }
            for (int i = 1; i <= 8; ++i) {
                Trainee t;
                t.id = i;
                t.name = QStringLiteral("Trainee %1").arg(i);
                t.idNumber = idNumber(i);
                t.employer = QStringLiteral("Employer %1").arg(QChar(u'A' + i % 3));
                Repository<Trainee>(db).insert(t);
            }
        }).message();
    if (!error.isEmpty())
        qFatal("cannot write the enrollment plan: %s", qPrintable(error));
    return path;
}

QString idNumber(int n)
{
    // Region 110101 (Dongcheng), a birth date from 1960 to 2014, then a sequence number.
    const QString first17 =
        QStringLiteral("110101%1%2")
            .arg(QDate(1960, 1, 1).addDays(n % 20000).toString(QStringLiteral("yyyyMMdd")))
            .arg(n / 20000 % 1000, 3, 10, QLatin1Char('0'));
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

const std::vector<IdentityCase> &identityCases()
{
    static const std::vector<IdentityCase> cases{
        {"resident id", "", "110105199003071239", ""},
        {"resident id, lower-case x", "resident_id", "11010519491231002x", ""},
        {"resident id, wrong check character", "", "110105199003071238", "should be 9, not 8"},
        {"resident id, February 30", "", "110105203102300017", "2031-02-30 is not a date"},
        {"resident id, born in the future", "身份证", "110105209901010015", "in the future"},
        {"resident id, X in the middle", "", "1101051990X3071239", "X may only be the last"},
        {"resident id, no province 00", "", "000105199003071230", "region code"},
        {"resident id, too short", "", "11010519900307123", "18 characters"},
        {"first-generation 15 digits", "", "110105491231002", ""},
        {"first-generation, not a date", "", "110105491331002", "not a date"},
        {"residence permit", "居住证", "810000199408230021", ""},
        {"residence permit, mainland region", "residence_permit", "110105199003071239", "810000"},
        {"hong kong permit", "回乡证", "H12345678", ""},
        {"hong kong permit, older card", "hk_macao_permit", "M1234567890", ""},
        {"hong kong permit, no letter", "hk_macao_permit", "12345678", "starts with H"},
        {"taiwan permit", "台胞证", "12345678", ""},
        {"taiwan permit, older card with letter", "taiwan_permit", "1234567890(B)", ""},
        {"passport", "护照", "E12345678", ""},
        {"passport, no digit", "passport", "ABCDEFG", "digit"},
        {"foreign permanent id 2017", "永居证", "USA123456789012", ""},
        {"foreign permanent id 2023", "foreign_permanent_id", "911840198001010013", ""},
        {"a passport taken for a resident id", "", "E12345678", "18 characters"},
    };
    return cases;
}

std::unique_ptr<Planner::PlanDatabase> openForEditing(const QString &path)
{
    auto opened = Planner::PlanDatabase::open(path, Planner::PlanDatabase::Mode::ReadWrite);
    if (!opened)
        qFatal("%s", qPrintable(opened.message()));
    return std::move(*opened);
}

std::unique_ptr<Planner::PlanDatabase> openPlan(const QString &path,
                                                Planner::PlanDatabase::Mode mode)
{
    auto opened = Planner::PlanDatabase::open(path, mode);
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return nullptr;
    }
    return std::move(*opened);
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
    rawExec(path,
            {QStringLiteral(
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
    // One settings file per test program, emptied at its start: what one run (or another
    // test program running beside it) remembered cannot change this run's defaults.
    QCoreApplication::setApplicationName(
        QStringLiteral("cohortplanner-tests-") +
        QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings().clear();
}

using Planner::ServerAddress;

QVariant runAsAdmin(const ServerAddress &address, const QString &database, const QString &sql,
                    QString *error)
{
    const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setUserName(address.user);
        db.setDatabaseName(database);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(sql)) {
            if (error)
                *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
        } else if (q.next()) {
            value = q.value(0);
        } else {
            value = true; // a statement without rows
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

ServerAddress newServerDatabase(const QString &templateDatabase)
{
    const QString conninfo = qEnvironmentVariable("COHORT_TEST_PG");
    if (conninfo.isEmpty())
        return {};
    ServerAddress admin;
    for (const QString &pair : conninfo.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        if (key == QLatin1String("host"))
            admin.host = value;
        else if (key == QLatin1String("port"))
            admin.port = value.toInt();
        else if (key == QLatin1String("user"))
            admin.user = value;
    }
    const QString name =
        QStringLiteral("cohort_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    QString create = QStringLiteral("CREATE DATABASE ") + name;
    if (!templateDatabase.isEmpty())
        create += QStringLiteral(" TEMPLATE ") + templateDatabase;
    if (!runAsAdmin(admin, QStringLiteral("postgres"), create, &error).isValid()) {
        qWarning("could not create a test database: %s", qPrintable(error));
        return {};
    }
    admin.database = name;
    return admin;
}

} // namespace TestSupport

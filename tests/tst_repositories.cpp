// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/language.h"

#include "demo/demoplangenerator.h"
#include "io/calendarcsv.h"
#include "store/auditlog.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "store/recordmapping.h"
#include "store/repository.h"
#include "store/serverstore.h"
#include "store/sqlutil.h"
#include "store/storeerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>

using namespace Planner;
using namespace Qt::StringLiterals;

namespace Planner {

// Readable QCOMPARE failures: every column of a record, as the store maps it.
template <typename T> char *describeRecord(const T &record)
{
    const QVariantList values = Store::Mapping<T>::values(record);
    QStringList parts;
    for (std::size_t i = 0; i < Store::Mapping<T>::columns.size(); ++i) {
        const QVariant &v = values.at(qsizetype(i));
        parts << u"%1=%2"_s.arg(QLatin1String(Store::Mapping<T>::columns[i]),
                                v.isNull() ? u"NULL"_s : v.toString());
    }
    return qstrdup(parts.join(u", "_s).toUtf8().constData());
}

#define PLANNER_TEST_TO_STRING(T)                                                                  \
    char *toString(const T &record)                                                                \
    {                                                                                              \
        return describeRecord(record);                                                             \
    }
PLANNER_TEST_TO_STRING(Track)
PLANNER_TEST_TO_STRING(Course)
PLANNER_TEST_TO_STRING(Venue)
PLANNER_TEST_TO_STRING(Instructor)
PLANNER_TEST_TO_STRING(Qualification)
PLANNER_TEST_TO_STRING(Leave)
PLANNER_TEST_TO_STRING(Cohort)
PLANNER_TEST_TO_STRING(Session)
PLANNER_TEST_TO_STRING(CohortInstructor)
PLANNER_TEST_TO_STRING(Trainee)
PLANNER_TEST_TO_STRING(Enrollment)
PLANNER_TEST_TO_STRING(Target)
PLANNER_TEST_TO_STRING(CalendarDay)
#undef PLANNER_TEST_TO_STRING

} // namespace Planner

namespace {

// The parent records every test plan starts with.
struct Fixture
{
    Id track = 0;
    Id course = 0;
    Id venue = 0;
    Id instructor = 0;
    Id cohort = 0;
    QString cohortCode;
    Id trainee = 0;
};

// A check run against a fresh plan with the fixture's records.
using RecordCase = std::function<void(const QSqlDatabase &, const Fixture &)>;
// Inserts one record: the valid one when broken is false, else one with a single defect.
using RefusalCase = std::function<void(const QSqlDatabase &, const Fixture &, bool broken)>;

int rowCount(const QSqlDatabase &db, const QString &table)
{
    return Sql::scalar(db, u"SELECT count(*) FROM %1"_s.arg(table)).toInt();
}

std::optional<AuditEntry> newestAudit(const QSqlDatabase &db)
{
    const auto entries = AuditLog(db).newest(1);
    if (entries.empty())
        return std::nullopt;
    return entries.front();
}

bool isJsonObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && doc.isObject() && !doc.object().isEmpty();
}

// The audit key of a record: its id, or its composite key joined by "/".
template <typename T> QString keyOf(const T &record)
{
    return QString::number(record.id);
}
QString keyOf(const CohortInstructor &r)
{
    return u"%1/%2"_s.arg(r.cohortId).arg(r.instructorId);
}
QString keyOf(const Target &r)
{
    return u"%1/%2"_s.arg(r.year).arg(r.trackId);
}
QString keyOf(const CalendarDay &r)
{
    return r.date.toString(Qt::ISODate);
}

// Checks one audit entry; returns a description of the first mismatch, or an empty string.
QString auditMismatch(const std::optional<AuditEntry> &entry, const QString &action,
                      const QString &table, const QString &key)
{
    if (!entry)
        return u"no audit entry"_s;
    if (toKey(entry->action) != action)
        return u"action is %1, expected %2"_s.arg(toKey(entry->action), action);
    if (entry->table != table)
        return u"table is %1, expected %2"_s.arg(entry->table, table);
    if (entry->recordKey != key)
        return u"record key is %1, expected %2"_s.arg(entry->recordKey, key);
    if (!entry->at.isValid())
        return u"no time stamp"_s;
    return {};
}

// Insert, find, loadAll, update, find, remove, find, with the audit entry of each write.
template <typename T, typename Modify>
void checkRoundTrip(const QSqlDatabase &db, const QString &table, T record, Modify modify)
{
    Repository<T> repo(db);
    const int countBefore = repo.count();
    const int auditBefore = rowCount(db, u"audit_log"_s);

    repo.insert(record);
    if constexpr (requires(T r) { r.id; })
        QVERIFY2(record.id > 0, "insert assigns a row id");
    const QString key = keyOf(record);
    std::optional<T> found = repo.find(record);
    QVERIFY2(found.has_value(), "find() after insert");
    QCOMPARE(*found, record);
    QCOMPARE(repo.count(), countBefore + 1);
    std::vector<T> all = repo.loadAll();
    QCOMPARE(std::count(all.begin(), all.end(), record), 1);

    const std::optional<AuditEntry> inserted = newestAudit(db);
    QCOMPARE(rowCount(db, u"audit_log"_s), auditBefore + 1);
    QString mismatch = auditMismatch(inserted, u"insert"_s, table, key);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY2(inserted->before.isEmpty(), qPrintable(inserted->before));
    QVERIFY2(isJsonObject(inserted->after), qPrintable(inserted->after));

    T modified = record;
    modify(modified);
    QVERIFY2(!(modified == record), "the test's modification changes the record");
    QCOMPARE(keyOf(modified), key);
    repo.update(modified);
    found = repo.find(record);
    QVERIFY2(found.has_value(), "find() after update");
    QCOMPARE(*found, modified);
    QCOMPARE(repo.count(), countBefore + 1);

    const std::optional<AuditEntry> updated = newestAudit(db);
    QCOMPARE(rowCount(db, u"audit_log"_s), auditBefore + 2);
    mismatch = auditMismatch(updated, u"update"_s, table, key);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(updated->before, inserted->after);
    QVERIFY2(isJsonObject(updated->after), qPrintable(updated->after));
    QVERIFY(updated->after != updated->before);

    repo.remove(modified);
    QVERIFY2(!repo.find(record).has_value(), "find() after remove");
    QCOMPARE(repo.count(), countBefore);
    all = repo.loadAll();
    QCOMPARE(std::count(all.begin(), all.end(), modified), 0);

    const std::optional<AuditEntry> removed = newestAudit(db);
    QCOMPARE(rowCount(db, u"audit_log"_s), auditBefore + 3);
    mismatch = auditMismatch(removed, u"delete"_s, table, key);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(removed->before, updated->after);
    QVERIFY2(removed->after.isEmpty(), qPrintable(removed->after));
}

// The first index at which two record lists differ, described; empty when they are equal.
template <typename T>
QString firstDifference(const std::vector<T> &actual, const std::vector<T> &expected)
{
    if (actual.size() != expected.size())
        return u"%1 records, expected %2"_s.arg(actual.size()).arg(expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (!(actual[i] == expected[i])) {
            char *a = toString(actual[i]);
            char *e = toString(expected[i]);
            const QString text = u"record %1 differs:\n   actual: %2\n expected: %3"_s.arg(i).arg(
                QString::fromUtf8(a), QString::fromUtf8(e));
            delete[] a;
            delete[] e;
            return text;
        }
    }
    return {};
}

DemoOptions demoOptions()
{
    DemoOptions options;
    options.seed = 2026;
    options.firstYear = 2026;
    options.years = 1;
    options.asOf = QDate(2026, 11, 28);
    options.calendar = CalendarCsv::bundledChina2026();
    return options;
}

} // namespace

Q_DECLARE_METATYPE(RecordCase)
Q_DECLARE_METATYPE(RefusalCase)

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void jsonObject_data();
    void jsonObject();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void traineesWithoutIdNumberAreNull();
    void updateOfMissingRecordFails();
    void constraintRefusals_data();
    void constraintRefusals();
    void impossibleDatesRefused_data();
    void impossibleDatesRefused();
    void transactionRollsBackUnlessCommitted();
    void failedWriteInsideTransactionLeavesNothing();
    void planDataRoundTrip();
    void planQueriesOnDemo();

private:
    // Whether this run of the tests is on a server plan (the global data row "server").
    static bool onServer();
    // The plan at path (a file), or, on the server, that plan pushed into a new database
    // (a copy of the one pushed before from the same path: copying a database is a file
    // copy on the server). Sets *where to what reopenPlan() opens again.
    std::unique_ptr<EditablePlan> openPlan(const QString &path, QString *where = nullptr);
    std::unique_ptr<EditablePlan> reopenPlan(const QString &where);

    QTemporaryDir m_dir;
    PlanData m_demo;
    std::unique_ptr<EditablePlan> m_plan;
    QString m_planPath; // the file, or the server plan's address
    Fixture m_fx;
    int m_planNumber = 0;
    QHash<QString, QString> m_pushed; // file -> the database it was pushed into first
};

// The store's tests run on both dialects: a plan file (SQLite) and a plan on a PostgreSQL
// server (the throwaway cluster of tools/dev.sh test; skipped, saying why, without one).
void TestRepositories::initTestCase_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("file") << false;
    QTest::newRow("server") << true;
}

bool TestRepositories::onServer()
{
    QFETCH_GLOBAL(bool, server);
    return server;
}

std::unique_ptr<EditablePlan> TestRepositories::openPlan(const QString &path, QString *where)
{
    if (!onServer()) {
        if (where)
            *where = path;
        return TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
    }
    ServerAddress address;
    if (const auto pushed = m_pushed.constFind(path); pushed != m_pushed.cend()) {
        address = TestSupport::newServerDatabase(*pushed);
    } else {
        address = TestSupport::newServerDatabase();
        if (address.database.isEmpty())
            return nullptr;
        if (const Result<ServerPlan::Pushed> pushed = ServerPlan::push(path, address); !pushed) {
            qWarning("push failed: %s", qPrintable(pushed.message()));
            return nullptr;
        }
        // The first database stays as it was pushed, for the next copies.
        m_pushed.insert(path, address.database);
        address = TestSupport::newServerDatabase(address.database);
    }
    if (address.database.isEmpty())
        return nullptr;
    if (where)
        *where = address.displayUrl();
    return reopenPlan(address.displayUrl());
}

std::unique_ptr<EditablePlan> TestRepositories::reopenPlan(const QString &where)
{
    if (!ServerAddress::isServerUrl(where))
        return TestSupport::openPlan(where, PlanDatabase::Mode::ReadWrite);
    const Result<ServerAddress> address = ServerAddress::parse(where);
    if (!address)
        return nullptr;
    Result<std::unique_ptr<ServerPlan>> plan =
        ServerPlan::open(*address, ServerPlan::Mode::ReadWrite);
    if (!plan) {
        qWarning("%s", qPrintable(plan.message()));
        return nullptr;
    }
    return std::move(*plan);
}

void TestRepositories::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    const DemoOptions options = demoOptions();
    QCOMPARE(options.calendar.size(), std::size_t(39));
    m_demo = DemoPlanGenerator(options).generate();
}

// Every test function (and every data row) gets a fresh plan holding one record of each
// parent table.
void TestRepositories::init()
{
    if (onServer() && qEnvironmentVariableIsEmpty("COHORT_TEST_PG"))
        QSKIP(TestSupport::NoServer);
    // One empty plan file; on the server, a copy of the database it was pushed into.
    const QString empty = m_dir.filePath(u"empty.cohortplan"_s);
    if (!QFile::exists(empty))
        QCOMPARE(PlanDatabase::create(empty).message(), QString());
    QString file = empty;
    if (!onServer()) {
        file = m_dir.filePath(u"plan-%1.cohortplan"_s.arg(++m_planNumber));
        QVERIFY(QFile::copy(empty, file));
    }
    m_plan = openPlan(file, &m_planPath);
    QVERIFY(m_plan);
    const QSqlDatabase db = m_plan->database();

    Track track{0, u"Artificial Intelligence"_s, u"人工智能"_s, u"#4e79a7"_s};
    Repository<Track>(db).insert(track);
    Course course{
        0, track.id, u"AI-101"_s, u"AI Foundations"_s, u"人工智能基础"_s, CourseLevel::Foundation,
        5, 6.0,      30,          u"AI Associate"_s};
    Repository<Course>(db).insert(course);
    Venue venue{0, u"Chaoyang Training Centre"_s, u"Chaoyang"_s, u"88 Jianguo Road"_s, 40, false};
    Repository<Venue>(db).insert(venue);
    Instructor instructor{
        0, u"T-001"_s, u"陈静"_s, u"chen.jing@example.com"_s, u"13800000001"_s, u"Haidian"_s,
        5, 16,         160};
    Repository<Instructor>(db).insert(instructor);
    Cohort cohort{0,
                  course.id,
                  u"AI-101-2026-001"_s,
                  venue.id,
                  CohortMode::InPerson,
                  30,
                  CohortStatus::Open,
                  QString()};
    Repository<Cohort>(db).insert(cohort);
    Trainee trainee{0,
                    u"110105198805050011"_s,
                    u"赵磊"_s,
                    u"Example Tech"_s,
                    u"Chaoyang"_s,
                    u"zhao.lei@example.com"_s,
                    u"13900000001"_s};
    Repository<Trainee>(db).insert(trainee);

    m_fx =
        Fixture{track.id, course.id, venue.id, instructor.id, cohort.id, cohort.code, trainee.id};
    QVERIFY(m_fx.track > 0 && m_fx.course > 0 && m_fx.venue > 0 && m_fx.instructor > 0 &&
            m_fx.cohort > 0 && m_fx.trainee > 0);
}

void TestRepositories::cleanup()
{
    m_plan.reset();
}

void TestRepositories::roundTrip_data()
{
    QTest::addColumn<RecordCase>("check");

    QTest::newRow("track") << RecordCase([](const QSqlDatabase &db, const Fixture &) {
        checkRoundTrip(db, u"track"_s, Track{0, u"Cloud Native"_s, u"云原生"_s, u"#59a14f"_s},
                       [](Track &r) { r.colour = u"#E15759"_s; });
    });
    QTest::newRow("course") << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
        checkRoundTrip(db, u"course"_s,
                       Course{0, fx.track, u"CN-201"_s, u"Containers in Production"_s,
                              u"容器生产实践"_s, CourseLevel::Intermediate, 5, 6.5, 25,
                              u"Cloud Engineer"_s},
                       [](Course &r) {
                           r.days = 6;
                           r.level = CourseLevel::Advanced;
                       });
    });
    QTest::newRow("venue, classroom") << RecordCase([](const QSqlDatabase &db, const Fixture &) {
        checkRoundTrip(db, u"venue"_s,
                       Venue{0, u"Haidian Centre 海淀中心"_s, u"Haidian"_s,
                             u"1 Zhongguancun Street"_s, 45, false},
                       [](Venue &r) { r.seats = 50; });
    });
    QTest::newRow("venue, online") << RecordCase([](const QSqlDatabase &db, const Fixture &) {
        checkRoundTrip(db, u"venue"_s, Venue{0, u"Online classroom"_s, {}, {}, 500, true},
                       [](Venue &r) { r.online = false; });
    });
    QTest::newRow("instructor") << RecordCase([](const QSqlDatabase &db, const Fixture &) {
        checkRoundTrip(db, u"instructor"_s,
                       Instructor{0, u"T-900"_s, u"张伟"_s, u"zhang.wei@example.com"_s,
                                  u"13800000900"_s, u"Dongcheng"_s, 4, 12, 120},
                       [](Instructor &r) { r.maxDaysPerYear = 100; });
    });
    QTest::newRow("qualification, track, no expiry")
        << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
               checkRoundTrip(db, u"instructor_qualification"_s,
                              Qualification{0, fx.instructor, fx.track, 0, CourseLevel::Advanced,
                                            QDate(2025, 1, 1), QDate()},
                              [](Qualification &r) { r.validUntil = QDate(2027, 12, 31); });
           });
    QTest::newRow("qualification, course, expiring")
        << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
               checkRoundTrip(db, u"instructor_qualification"_s,
                              Qualification{0, fx.instructor, 0, fx.course, CourseLevel::Foundation,
                                            QDate(2026, 1, 1), QDate(2026, 8, 31)},
                              [](Qualification &r) { r.validUntil = QDate(); });
           });
    QTest::newRow("leave") << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
        checkRoundTrip(
            db, u"instructor_leave"_s,
            Leave{0, fx.instructor, QDate(2026, 7, 6), QDate(2026, 7, 10), u"Annual leave 年假"_s},
            [](Leave &r) { r.end = QDate(2026, 7, 17); });
    });
    QTest::newRow("cohort, in person") << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
        checkRoundTrip(db, u"cohort"_s,
                       Cohort{0, fx.course, u"AI-101-2026-002"_s, fx.venue, CohortMode::InPerson,
                              32, CohortStatus::Planned, u"Mon/Wed/Fri timetable"_s},
                       [](Cohort &r) { r.status = CohortStatus::Running; });
    });
    QTest::newRow("cohort, online, no venue")
        << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
               checkRoundTrip(db, u"cohort"_s,
                              Cohort{0, fx.course, u"AI-101-2026-003"_s, 0, CohortMode::Online, 200,
                                     CohortStatus::Open, QString()},
                              [](Cohort &r) { r.capacity = 150; });
           });
    QTest::newRow("session") << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
        checkRoundTrip(db, u"cohort_session"_s,
                       Session{0, fx.cohort, QDate(2026, 10, 12), SessionSlot::Afternoon},
                       [](Session &r) {
                           r.date = QDate(2026, 10, 13);
                           r.slot = SessionSlot::Evening;
                       });
    });
    QTest::newRow("cohort instructor") << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
        checkRoundTrip(db, u"cohort_instructor"_s,
                       CohortInstructor{fx.cohort, fx.instructor, InstructorRole::Lead, false},
                       [](CohortInstructor &r) {
                           r.role = InstructorRole::Assistant;
                           r.locked = true;
                       });
    });
    QTest::newRow("trainee, with id number")
        << RecordCase([](const QSqlDatabase &db, const Fixture &) {
               checkRoundTrip(db, u"trainee"_s,
                              Trainee{0, u"11010119900307123X"_s, u"李娜"_s, u"Example Bank"_s,
                                      u"Dongcheng"_s, u"li.na@example.com"_s, u"13912345678"_s},
                              [](Trainee &r) { r.employer = u"Another Employer"_s; });
           });
    QTest::newRow("trainee, without id number")
        << RecordCase([](const QSqlDatabase &db, const Fixture &) {
               checkRoundTrip(db, u"trainee"_s,
                              Trainee{0, QString(), u"Wang Fang"_s, QString(), u"Xicheng"_s,
                                      QString(), QString()},
                              [](Trainee &r) { r.phone = u"13700000000"_s; });
           });
    QTest::newRow("enrollment, enrolled")
        << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
               checkRoundTrip(db, u"enrollment"_s,
                              Enrollment{0, fx.trainee, fx.cohort, EnrollmentStatus::Enrolled, 0,
                                         QDate(2026, 9, 1), std::nullopt, std::nullopt,
                                         CertificationLevel::None, QDate()},
                              [](Enrollment &r) { r.attendance = 0.5; });
           });
    QTest::newRow("enrollment, waitlisted")
        << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
               checkRoundTrip(db, u"enrollment"_s,
                              Enrollment{0, fx.trainee, fx.cohort, EnrollmentStatus::Waitlisted, 3,
                                         QDate(2026, 9, 2), std::nullopt, std::nullopt,
                                         CertificationLevel::None, QDate()},
                              [](Enrollment &r) { r.waitlistPosition = 2; });
           });
    QTest::newRow("enrollment, completed and certified")
        << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
               checkRoundTrip(db, u"enrollment"_s,
                              Enrollment{0, fx.trainee, fx.cohort, EnrollmentStatus::Completed, 0,
                                         QDate(2026, 3, 1), 0.95, 87.5,
                                         CertificationLevel::Intermediate, QDate(2026, 4, 20)},
                              [](Enrollment &r) {
                                  r.score = 91.25;
                                  r.certification = CertificationLevel::Senior;
                              });
           });
    QTest::newRow("target") << RecordCase([](const QSqlDatabase &db, const Fixture &fx) {
        checkRoundTrip(db, u"target"_s, Target{2027, fx.track, 1200, 800},
                       [](Target &r) { r.certified = 900; });
    });
    QTest::newRow("calendar day") << RecordCase([](const QSqlDatabase &db, const Fixture &) {
        checkRoundTrip(db, u"work_calendar"_s,
                       CalendarDay{QDate(2027, 10, 1), CalendarDayKind::Holiday, u"National Day"_s,
                                   u"国庆节"_s},
                       [](CalendarDay &r) { r.name = u"National Day (Golden Week)"_s; });
    });
}

void TestRepositories::roundTrip()
{
    QFETCH(RecordCase, check);
    check(m_plan->database(), m_fx);
}

// An absent id number is NULL, not '', so that any number of trainees can lack one
// despite the UNIQUE constraint.
void TestRepositories::traineesWithoutIdNumberAreNull()
{
    const QSqlDatabase db = m_plan->database();
    Repository<Trainee> repo(db);
    Trainee a{0, QString(), u"Sun Li"_s, {}, {}, {}, {}};
    Trainee b{0, u""_s, u"Zhou Min"_s, {}, {}, {}, {}};
    repo.insert(a);
    repo.insert(b);
    QCOMPARE(Sql::scalar(db, u"SELECT count(*) FROM trainee WHERE id_number IS NULL"_s).toInt(), 2);
    const std::optional<Trainee> found = repo.find(b);
    QVERIFY(found.has_value());
    QVERIFY(found->idNumber.isEmpty());
    // A number given twice is refused.
    Trainee c{0, u"110105198805050011"_s, u"Duplicate"_s, {}, {}, {}, {}};
    QVERIFY_THROWS_EXCEPTION(StoreError, repo.insert(c));
}

void TestRepositories::updateOfMissingRecordFails()
{
    const QSqlDatabase db = m_plan->database();
    Repository<Track> repo(db);
    const int audit = rowCount(db, u"audit_log"_s);
    QVERIFY_THROWS_EXCEPTION(StoreError, repo.update(Track{999, u"Ghost"_s, {}, u"#000000"_s}));
    // Removing a missing record is a no-op that records nothing.
    repo.remove(Track{999, u"Ghost"_s, {}, u"#000000"_s});
    QCOMPARE(rowCount(db, u"audit_log"_s), audit);
}

void TestRepositories::constraintRefusals_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<RefusalCase>("attempt");

    QTest::newRow("course days 0")
        << u"course"_s << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Course c{
                   0,   fx.track, u"X-101"_s, u"X"_s, {}, CourseLevel::Foundation, broken ? 0 : 3,
                   6.0, 30,       {}};
               Repository<Course>(db).insert(c);
           });
    QTest::newRow("course capacity 0")
        << u"course"_s << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Course c{0, fx.track, u"X-102"_s,      u"X"_s, {}, CourseLevel::Foundation,
                        3, 6.0,      broken ? 0 : 20, {}};
               Repository<Course>(db).insert(c);
           });
    QTest::newRow("leave ends before it starts")
        << u"instructor_leave"_s
        << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Leave l{0, fx.instructor, QDate(2026, 3, 10),
                       broken ? QDate(2026, 3, 9) : QDate(2026, 3, 10), u"Training"_s};
               Repository<Leave>(db).insert(l);
           });
    QTest::newRow("qualification for track and course")
        << u"instructor_qualification"_s
        << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Qualification q{0,
                               fx.instructor,
                               fx.track,
                               broken ? fx.course : 0,
                               CourseLevel::Advanced,
                               QDate(2026, 1, 1),
                               QDate()};
               Repository<Qualification>(db).insert(q);
           });
    QTest::newRow("qualification for neither")
        << u"instructor_qualification"_s
        << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Qualification q{0,      fx.instructor,         broken ? 0 : fx.track,
                               0,      CourseLevel::Advanced, QDate(2026, 1, 1),
                               QDate()};
               Repository<Qualification>(db).insert(q);
           });
    QTest::newRow("qualification expiring before it starts")
        << u"instructor_qualification"_s
        << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Qualification q{0,
                               fx.instructor,
                               0,
                               fx.course,
                               CourseLevel::Foundation,
                               QDate(2026, 1, 1),
                               broken ? QDate(2025, 12, 31) : QDate(2026, 1, 1)};
               Repository<Qualification>(db).insert(q);
           });
    QTest::newRow("in-person cohort without venue")
        << u"cohort"_s << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Cohort c{0,
                        fx.course,
                        u"AI-101-2026-900"_s,
                        broken ? 0 : fx.venue,
                        CohortMode::InPerson,
                        30,
                        CohortStatus::Planned,
                        {}};
               Repository<Cohort>(db).insert(c);
           });
    QTest::newRow("hybrid cohort without venue")
        << u"cohort"_s << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Cohort c{0,
                        fx.course,
                        u"AI-101-2026-901"_s,
                        broken ? 0 : fx.venue,
                        CohortMode::Hybrid,
                        30,
                        CohortStatus::Planned,
                        {}};
               Repository<Cohort>(db).insert(c);
           });
    QTest::newRow("cohort capacity 0")
        << u"cohort"_s << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Cohort c{0,
                        fx.course,
                        u"AI-101-2026-902"_s,
                        fx.venue,
                        CohortMode::InPerson,
                        broken ? 0 : 1,
                        CohortStatus::Planned,
                        {}};
               Repository<Cohort>(db).insert(c);
           });
    QTest::newRow("duplicate cohort code")
        << u"cohort"_s << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Cohort c{0,
                        fx.course,
                        broken ? fx.cohortCode : u"AI-101-2026-903"_s,
                        fx.venue,
                        CohortMode::InPerson,
                        30,
                        CohortStatus::Planned,
                        {}};
               Repository<Cohort>(db).insert(c);
           });
    QTest::newRow("waitlisted without position")
        << u"enrollment"_s
        << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Enrollment e{0,
                            fx.trainee,
                            fx.cohort,
                            EnrollmentStatus::Waitlisted,
                            broken ? 0 : 1,
                            QDate(2026, 9, 1),
                            std::nullopt,
                            std::nullopt,
                            CertificationLevel::None,
                            QDate()};
               Repository<Enrollment>(db).insert(e);
           });
    QTest::newRow("enrolled with position")
        << u"enrollment"_s
        << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Enrollment e{0,
                            fx.trainee,
                            fx.cohort,
                            EnrollmentStatus::Enrolled,
                            broken ? 4 : 0,
                            QDate(2026, 9, 1),
                            std::nullopt,
                            std::nullopt,
                            CertificationLevel::None,
                            QDate()};
               Repository<Enrollment>(db).insert(e);
           });
    QTest::newRow("certified but only enrolled")
        << u"enrollment"_s
        << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Enrollment e{0,
                            fx.trainee,
                            fx.cohort,
                            broken ? EnrollmentStatus::Enrolled : EnrollmentStatus::Completed,
                            0,
                            QDate(2026, 3, 1),
                            0.9,
                            80.0,
                            CertificationLevel::Junior,
                            QDate(2026, 4, 1)};
               Repository<Enrollment>(db).insert(e);
           });
    QTest::newRow("certification without date")
        << u"enrollment"_s
        << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Enrollment e{0,
                            fx.trainee,
                            fx.cohort,
                            EnrollmentStatus::Completed,
                            0,
                            QDate(2026, 3, 1),
                            0.9,
                            80.0,
                            CertificationLevel::Junior,
                            broken ? QDate() : QDate(2026, 4, 1)};
               Repository<Enrollment>(db).insert(e);
           });
    QTest::newRow("track colour red")
        << u"track"_s << RefusalCase([](const QSqlDatabase &db, const Fixture &, bool broken) {
               Track t{0, u"Big Data"_s, u"大数据"_s, broken ? u"red"_s : u"#aa0000"_s};
               Repository<Track>(db).insert(t);
           });
    QTest::newRow("instructor 8 days a week")
        << u"instructor"_s << RefusalCase([](const QSqlDatabase &db, const Fixture &, bool broken) {
               Instructor i{0, u"T-800"_s, u"Liu Yang"_s, {}, {}, {}, broken ? 8 : 7, 16, 160};
               Repository<Instructor>(db).insert(i);
           });
    QTest::newRow("target year 1999")
        << u"target"_s << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Target t{broken ? 1999 : 2000, fx.track, 100, 70};
               Repository<Target>(db).insert(t);
           });
    QTest::newRow("enrollment in a missing cohort")
        << u"enrollment"_s
        << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Enrollment e{0,
                            fx.trainee,
                            broken ? fx.cohort + 1000 : fx.cohort,
                            EnrollmentStatus::Enrolled,
                            0,
                            QDate(2026, 9, 1),
                            std::nullopt,
                            std::nullopt,
                            CertificationLevel::None,
                            QDate()};
               Repository<Enrollment>(db).insert(e);
           });
    QTest::newRow("session of a missing cohort")
        << u"cohort_session"_s
        << RefusalCase([](const QSqlDatabase &db, const Fixture &fx, bool broken) {
               Session s{0, broken ? fx.cohort + 1000 : fx.cohort, QDate(2026, 10, 12),
                         SessionSlot::Morning};
               Repository<Session>(db).insert(s);
           });
}

// Each broken record is refused with a StoreError and leaves no trace; the same record
// without its defect is then stored, so the refusal is due to that defect alone.
void TestRepositories::constraintRefusals()
{
    QFETCH(QString, table);
    QFETCH(RefusalCase, attempt);
    const QSqlDatabase db = m_plan->database();
    const int rows = rowCount(db, table);
    const int audit = rowCount(db, u"audit_log"_s);

    QVERIFY_THROWS_EXCEPTION(StoreError, attempt(db, m_fx, true));
    QCOMPARE(rowCount(db, table), rows);
    QCOMPARE(rowCount(db, u"audit_log"_s), audit);

    try {
        attempt(db, m_fx, false);
    } catch (const StoreError &e) {
        QFAIL(qPrintable(u"the valid variant was refused: "_s + e.message()));
    }
    QCOMPARE(rowCount(db, table), rows + 1);
    QCOMPARE(rowCount(db, u"audit_log"_s), audit + 1);
}

void TestRepositories::impossibleDatesRefused_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("30 February as start") << u"2026-02-30"_s << u"2026-03-01"_s << false;
    QTest::newRow("month 13 as start") << u"2026-13-01"_s << u"2026-03-01"_s << false;
    QTest::newRow("short form as start") << u"26-1-1"_s << u"2026-03-01"_s << false;
    // The same dates as end dates after an early start, where end >= start holds as text:
    // only the date CHECK can refuse them.
    QTest::newRow("30 February as end") << u"2000-01-01"_s << u"2026-02-30"_s << false;
    QTest::newRow("month 13 as end") << u"2000-01-01"_s << u"2026-13-01"_s << false;
    QTest::newRow("short form as end") << u"2000-01-01"_s << u"26-1-1"_s << false;
    QTest::newRow("day 00 as end") << u"2000-01-01"_s << u"2026-03-00"_s << false;
    QTest::newRow("trailing time as end") << u"2000-01-01"_s << u"2026-03-01 10:00"_s << false;
    QTest::newRow("28 February (valid)") << u"2026-02-28"_s << u"2026-03-01"_s << true;
    QTest::newRow("29 February of a leap year (valid)")
        << u"2028-02-29"_s << u"2028-03-01"_s << true;
}

void TestRepositories::impossibleDatesRefused()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(bool, accepted);
    const QSqlDatabase db = m_plan->database();
    const QString sql = u"INSERT INTO instructor_leave(instructor_id,start_date,end_date) "
                        "VALUES (%1,'%2','%3')"_s.arg(m_fx.instructor)
                            .arg(start, end);
    if (accepted) {
        Sql::exec(db, sql);
        QCOMPARE(rowCount(db, u"instructor_leave"_s), 1);
    } else {
        QVERIFY_THROWS_EXCEPTION(StoreError, Sql::exec(db, sql));
        QCOMPARE(rowCount(db, u"instructor_leave"_s), 0);
    }
}

void TestRepositories::transactionRollsBackUnlessCommitted()
{
    const auto countNamed = [](const QSqlDatabase &db, const QString &name) {
        QSqlQuery q = Sql::prepare(db, u"SELECT count(*) FROM track WHERE name = ?"_s);
        q.addBindValue(name);
        Sql::exec(q);
        return q.next() ? q.value(0).toInt() : -1;
    };
    Track kept{0, u"Kept"_s, u"保留"_s, u"#ffffff"_s};
    {
        QSqlDatabase db = m_plan->database();
        Repository<Track> tracks(db);
        const int before = tracks.count();
        const int audit = rowCount(db, u"audit_log"_s);

        Track discarded{0, u"Discarded"_s, {}, u"#000000"_s};
        {
            Transaction transaction(db);
            tracks.insert(discarded);
            QVERIFY(tracks.find(discarded).has_value()); // visible inside the transaction
            QCOMPARE(rowCount(db, u"audit_log"_s), audit + 1);
        }
        QVERIFY(!tracks.find(discarded).has_value());
        QCOMPARE(countNamed(db, u"Discarded"_s), 0);
        QCOMPARE(tracks.count(), before);
        QCOMPARE(rowCount(db, u"audit_log"_s), audit);

        {
            Transaction transaction(db);
            tracks.insert(kept);
            transaction.commit();
        }
        QCOMPARE(tracks.count(), before + 1);
        QCOMPARE(rowCount(db, u"audit_log"_s), audit + 1);
    }

    // Committed means on disk: a new connection sees it, and nothing of the rolled-back one.
    m_plan.reset();
    m_plan = reopenPlan(m_planPath);
    QVERIFY(m_plan);
    const QSqlDatabase db = m_plan->database();
    const std::optional<Track> reread = Repository<Track>(db).find(kept);
    QVERIFY(reread.has_value());
    QCOMPARE(*reread, kept);
    QCOMPARE(countNamed(db, u"Discarded"_s), 0);
}

// A user action whose second write fails lands not at all.
void TestRepositories::failedWriteInsideTransactionLeavesNothing()
{
    QSqlDatabase db = m_plan->database();
    const int tracks = rowCount(db, u"track"_s);
    const int courses = rowCount(db, u"course"_s);
    const int audit = rowCount(db, u"audit_log"_s);
    const auto action = [&] {
        Transaction transaction(db);
        Track track{0, u"Quantum"_s, u"量子"_s, u"#76b7b2"_s};
        Repository<Track>(db).insert(track);
        Course course{
            0,   track.id, u"QC-101"_s, u"Qubits"_s, {}, CourseLevel::Foundation, 0 /* refused */,
            6.0, 30,       {}};
        Repository<Course>(db).insert(course);
        transaction.commit();
    };
    QVERIFY_THROWS_EXCEPTION(StoreError, action());
    QCOMPARE(rowCount(db, u"track"_s), tracks);
    QCOMPARE(rowCount(db, u"course"_s), courses);
    QCOMPARE(rowCount(db, u"audit_log"_s), audit);
}

void TestRepositories::planDataRoundTrip()
{
    const PlanData &demo = m_demo;
    QVERIFY(!demo.tracks.empty() && !demo.courses.empty() && !demo.venues.empty() &&
            !demo.instructors.empty() && !demo.qualifications.empty() && !demo.leaves.empty() &&
            !demo.cohorts.empty() && !demo.sessions.empty() && !demo.cohortInstructors.empty() &&
            !demo.trainees.empty() && !demo.enrollments.empty() && !demo.targets.empty() &&
            !demo.calendar.empty());

    const QString path = m_dir.filePath(u"written-%1.cohortplan"_s.arg(++m_planNumber));
    QCOMPARE(PlanDatabase::create(path).message(), QString());
    PlanData read;
    {
        auto plan = openPlan(path);
        QVERIFY(plan);
        QSqlDatabase db = plan->database();
        {
            Transaction transaction(db);
            writePlanData(db, demo, AuditAction::Generate, u"round trip test"_s);
            transaction.commit();
        }
        const std::optional<AuditEntry> entry = newestAudit(db);
        QVERIFY(entry.has_value());
        QCOMPARE(toKey(entry->action), u"generate"_s);
        QVERIFY2(entry->after.contains(u"round trip test"_s), qPrintable(entry->after));
        QCOMPARE(rowCount(db, u"audit_log"_s), 1); // bulk writes are not audited one by one
        read = readPlanData(db);
    }
    if (!onServer())
        QVERIFY2(PlanDatabase::verify(path).isEmpty(),
                 qPrintable(PlanDatabase::verify(path).join(u"; "_s)));

    // loadAll() returns records in key order; the generator lists a cohort's lead before
    // its assistant, whatever their ids.
    std::vector<CohortInstructor> cohortInstructors = demo.cohortInstructors;
    std::sort(cohortInstructors.begin(), cohortInstructors.end(),
              [](const CohortInstructor &a, const CohortInstructor &b) {
                  return std::tie(a.cohortId, a.instructorId) <
                         std::tie(b.cohortId, b.instructorId);
              });

#define COMPARE_RECORDS(field, expected)                                                           \
    do {                                                                                           \
        const QString difference = firstDifference(read.field, expected);                          \
        QVERIFY2(difference.isEmpty(), qPrintable(u"" #field ": "_s + difference));                \
    } while (false)
    COMPARE_RECORDS(tracks, demo.tracks);
    COMPARE_RECORDS(courses, demo.courses);
    COMPARE_RECORDS(venues, demo.venues);
    COMPARE_RECORDS(instructors, demo.instructors);
    COMPARE_RECORDS(qualifications, demo.qualifications);
    COMPARE_RECORDS(leaves, demo.leaves);
    COMPARE_RECORDS(cohorts, demo.cohorts);
    COMPARE_RECORDS(sessions, demo.sessions);
    COMPARE_RECORDS(cohortInstructors, cohortInstructors);
    COMPARE_RECORDS(trainees, demo.trainees);
    COMPARE_RECORDS(enrollments, demo.enrollments);
    COMPARE_RECORDS(targets, demo.targets);
    COMPARE_RECORDS(calendar, demo.calendar);
#undef COMPARE_RECORDS
}

void TestRepositories::planQueriesOnDemo()
{
    const QString demo = m_dir.filePath(u"demo.cohortplan"_s);
    const QString path = QFile::exists(demo) ? demo : TestSupport::writeDemoPlan(demo);
    auto plan = openPlan(path);
    QVERIFY(plan);
    const QSqlDatabase db = plan->database();
    const PlanQueries queries(db);
    const PlanData data = readPlanData(db);
    const PlanCounts counts = queries.counts();

    auto size = [](const auto &v) { return int(v.size()); };
    QCOMPARE(counts.tracks, size(data.tracks));
    QCOMPARE(counts.courses, size(data.courses));
    QCOMPARE(counts.venues, size(data.venues));
    QCOMPARE(counts.instructors, size(data.instructors));
    QCOMPARE(counts.qualifications, size(data.qualifications));
    QCOMPARE(counts.leaves, size(data.leaves));
    QCOMPARE(counts.cohorts, size(data.cohorts));
    QCOMPARE(counts.sessions, size(data.sessions));
    QCOMPARE(counts.cohortInstructors, size(data.cohortInstructors));
    QCOMPARE(counts.trainees, size(data.trainees));
    QCOMPARE(counts.enrollments, size(data.enrollments));
    QCOMPARE(counts.targets, size(data.targets));
    QCOMPARE(counts.calendarDays, size(data.calendar));
    QCOMPARE(counts.auditEntries, size(AuditLog(db).newest(100000)));
    QCOMPARE(counts.calendarDays, 39);
    QCOMPARE(counts.instructors, 150);
    QVERIFY(counts.cohorts > 0 && counts.sessions > 0 && counts.enrollments > 0);

    QCOMPARE(queries.cohortYears(), std::vector<int>{2026});

    int targetTrainees = 0;
    int targetRows2026 = 0;
    for (const YearTrackFact &row : queries.yearTrackFacts()) {
        if (row.year == 2026) {
            targetTrainees += row.targetTrainees;
            ++targetRows2026;
        }
    }
    QCOMPARE(targetTrainees, 10000);
    QCOMPARE(targetRows2026, counts.tracks);
    const ProgressFacts facts = queries.progressFacts(2026, QDate(2026, 11, 28));
    QCOMPARE(size(facts.tracks), counts.tracks);
    QCOMPARE(size(facts.instructors), counts.instructors);

    const std::vector<CohortSummary> cohorts = queries.cohorts();
    QCOMPARE(size(cohorts), counts.cohorts);
    QSet<Id> ids;
    int sessions = 0;
    for (const CohortSummary &row : cohorts) {
        ids.insert(row.cohort.id);
        sessions += row.sessions;
        if (row.cohort.status == CohortStatus::Cancelled)
            continue;
        QVERIFY2(row.start.isValid() && row.end.isValid(), qPrintable(row.cohort.code));
        QVERIFY2(row.start <= row.end, qPrintable(row.cohort.code));
        QVERIFY2(row.sessions > 0, qPrintable(row.cohort.code));
        QVERIFY2(row.teachingDays > 0 && row.teachingDays <= row.sessions,
                 qPrintable(row.cohort.code));
    }
    QCOMPARE(ids.size(), counts.cohorts);
    QCOMPARE(sessions, counts.sessions);

    const std::vector<InstructorSummary> instructors =
        queries.instructors(2026, QDate(2026, 11, 28));
    QCOMPARE(size(instructors), 150);
    QVERIFY(std::any_of(instructors.begin(), instructors.end(),
                        [](const InstructorSummary &s) { return s.teachingDays > 0; }));
    // Qualifications read in the language of the page: the track's own name, the words
    // and the list's separator translated.
    const auto withTrackQualifications = [](const std::vector<InstructorSummary> &all) {
        return *std::find_if(all.begin(), all.end(), [](const InstructorSummary &s) {
            return s.qualificationCount > 1 && s.qualifications.contains(QStringLiteral("≤"));
        });
    };
    const InstructorSummary english = withTrackQualifications(instructors);
    QVERIFY2(english.qualifications.contains(QStringLiteral(", ")),
             qPrintable(english.qualifications));
    Language::install(QLocale(QLocale::English));
    {
        const Language::Scope chinese(QLocale(QLocale::Chinese, QLocale::China));
        const InstructorSummary zh =
            withTrackQualifications(queries.instructors(2026, QDate(2026, 11, 28)));
        QVERIFY2(zh.qualifications.contains(QStringLiteral("、")) &&
                     !zh.qualifications.contains(QStringLiteral(", ")) &&
                     !zh.qualifications.contains(QStringLiteral("Big Data")) &&
                     !zh.qualifications.contains(QStringLiteral("Blockchain")) &&
                     !zh.qualifications.contains(QStringLiteral("Artificial")),
                 qPrintable(zh.qualifications));
    }

    QCOMPARE(size(queries.trainees()), counts.trainees);
    QVERIFY(!queries.venues().empty());
    QCOMPARE(size(queries.venues()), counts.venues);
    QVERIFY(!queries.courses().empty());
    QCOMPARE(size(queries.courses()), counts.courses);
}

// The History's JSON, written by hand for speed, reads back as QJsonDocument would
// have written it.
void TestRepositories::jsonObject_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("null") << QVariant();
    QTest::newRow("int") << QVariant(42);
    QTest::newRow("long long") << QVariant(qint64(9007199254740991));
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("double") << QVariant(0.1);
    QTest::newRow("text") << QVariant(QStringLiteral("张三, \"quoted\" \\ back"));
    QTest::newRow("controls") << QVariant(QStringLiteral("a\nb\tc\r\x01\x1f"));
    QTest::newRow("emoji") << QVariant(QStringLiteral("😀 é"));
    QTest::newRow("empty") << QVariant(QStringLiteral(""));
}

void TestRepositories::jsonObject()
{
    QFETCH(QVariant, value);
    const char *names[] = {"id", "value"};
    const QByteArray json = Sql::jsonObject(names, 2, {QVariant(7), value});
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("id")).toInt(), 7);
    QCOMPARE(o.value(QStringLiteral("value")), QJsonValue::fromVariant(value));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"

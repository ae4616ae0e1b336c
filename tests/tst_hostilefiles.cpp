// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile and broken files corpus: every file is generated here from the demo plan
// (or from nothing), opened for editing and read-only, and must be refused with a message
// that names the file and the reason, without a byte of it changing and without anything
// written beside it (no journal, no lock left, no backup).
#include "testsupport.h"

#include "store/plandatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Planner;

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void cleanupTestCase();

private:
    QString demoCopy(const QString &name);
    QTemporaryDir m_dir;
    QString m_demo;
    int m_refused = 0;
};

// Makes the broken file at a path and returns the path.
using Make = std::function<QString(const QString &path)>;
Q_DECLARE_METATYPE(Make)
Q_DECLARE_METATYPE(PlanDatabase::Refusal)

namespace {

// Flips (inverts) count bytes of the file at offset.
void flip(const QString &path, qint64 offset, qint64 count)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        qFatal("cannot open %s", qPrintable(path));
    f.seek(offset);
    QByteArray bytes = f.read(count);
    for (auto &b : bytes)
        b = char(~b);
    f.seek(offset);
    f.write(bytes);
}

void truncateTo(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.resize(size))
        qFatal("cannot truncate %s", qPrintable(path));
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size();
}

bool fts5Available()
{
    const QString name = QStringLiteral("fts5-probe");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open())
            ok = QSqlQuery(db).exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
}

QString TestHostileFiles::demoCopy(const QString &path)
{
    TestSupport::copyPlan(m_demo, path);
    return path;
}

void TestHostileFiles::refused_data()
{
    using R = PlanDatabase::Refusal;
    QTest::addColumn<Make>("make");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<R>("refusal");

    auto demo = [this](std::function<void(const QString &)> breakIt) -> Make {
        return [this, breakIt](const QString &path) {
            demoCopy(path);
            breakIt(path);
            return path;
        };
    };
    auto raw = [demo](QStringList statements) {
        return demo([statements](const QString &path) { TestSupport::rawExec(path, statements); });
    };
    auto write = [](QByteArray bytes) -> Make {
        return [bytes](const QString &path) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            f.write(bytes);
            return path;
        };
    };

    // Not plans at all.
    QTest::newRow("missing") << Make([](const QString &path) { return path; }) << "does not exist"
                             << R::Missing;
    QTest::newRow("directory") << Make([](const QString &path) {
        QDir().mkpath(path);
        return path;
    }) << "folder" << R::NotAPlan;
    QTest::newRow("zero-length") << write({}) << "empty (0 bytes)" << R::Damaged;
    QTest::newRow("text file") << write(
                                      QByteArray("name,employer\nWang Wei,Example\n").repeated(200))
                               << "not a SQLite database" << R::NotAPlan;
    QTest::newRow("random bytes") << write(QByteArray(8192, '\xa5')) << "not a SQLite database"
                                  << R::NotAPlan;
    QTest::newRow("plain SQLite") << Make([](const QString &path) {
        TestSupport::rawExec(path, {QStringLiteral("CREATE TABLE t(x)")});
        return path;
    }) << "not a Cohort Planner plan"
                                  << R::NotAPlan;
    QTest::newRow("wrong application_id")
        << raw({QStringLiteral("PRAGMA application_id = 1196444237")}) << "another application"
        << R::NotAPlan;
    QTest::newRow("future user_version")
        << raw({QStringLiteral("PRAGMA user_version = 99")}) << "newer version" << R::Newer;

    // Truncated at several sizes.
    QTest::newRow("truncated to 50 bytes")
        << demo([](const QString &p) { truncateTo(p, 50); }) << "truncated" << R::Damaged;
    QTest::newRow("truncated to the header")
        << demo([](const QString &p) { truncateTo(p, 100); }) << "truncated" << R::Damaged;
    QTest::newRow("truncated to page 1")
        << demo([](const QString &p) { truncateTo(p, 4096); }) << "truncated" << R::Damaged;
    QTest::newRow("truncated to half")
        << demo([](const QString &p) { truncateTo(p, sizeOf(p) / 2 / 4096 * 4096); }) << "truncated"
        << R::Damaged;
    QTest::newRow("one page short")
        << demo([](const QString &p) { truncateTo(p, sizeOf(p) - 4096); }) << "truncated"
        << R::Damaged;
    QTest::newRow("one byte short") << demo([](const QString &p) { truncateTo(p, sizeOf(p) - 1); })
                                    << "truncated" << R::Damaged;

    // Byte-flipped in the header and in pages.
    QTest::newRow("flipped magic")
        << demo([](const QString &p) { flip(p, 0, 16); }) << "not a SQLite database" << R::NotAPlan;
    QTest::newRow("flipped page size")
        << demo([](const QString &p) { flip(p, 16, 2); }) << "header is damaged" << R::Damaged;
    QTest::newRow("flipped page count")
        << demo([](const QString &p) { flip(p, 28, 4); }) << "truncated" << R::Damaged;
    QTest::newRow("flipped schema page") << demo([](const QString &p) { flip(p, 100, 4096 - 100); })
                                         << "failed its checks" << R::Damaged;
    QTest::newRow("flipped middle page")
        << demo([](const QString &p) { flip(p, sizeOf(p) / 4096 / 2 * 4096, 4096); })
        << "failed its checks" << R::Damaged;
    QTest::newRow("flipped last page")
        << demo([](const QString &p) { flip(p, sizeOf(p) - 4096 + 8, 200); }) << "failed its checks"
        << R::Damaged;

    // Sound SQLite files that carry something a plan never has.
    QTest::newRow("extra trigger")
        << raw({QStringLiteral(
               "CREATE TRIGGER evil AFTER INSERT ON track BEGIN DELETE FROM cohort; END")})
        << "trigger" << R::Unsafe;
    QTest::newRow("extra view") << raw({QStringLiteral("CREATE VIEW v AS SELECT * FROM track")})
                                << "view" << R::Unsafe;
    QTest::newRow("virtual table (fts5)") << Make() << "virtual table" << R::Unsafe;
    QTest::newRow("extra table") << raw({QStringLiteral("CREATE TABLE extra(x)")})
                                 << "unknown table" << R::Unsafe;
    QTest::newRow("dropped index")
        << raw({QStringLiteral("DROP INDEX idx_trainee_name")}) << "missing" << R::Unsafe;
    QTest::newRow("altered table")
        << raw({QStringLiteral("ALTER TABLE trainee ADD COLUMN notes TEXT")}) << "altered"
        << R::Unsafe;
    QTest::newRow("huge text cell (17 MiB)")
        << raw({QStringLiteral(
               "UPDATE cohort SET notes = replace(hex(zeroblob(17825792)), '00', 'x') "
               "WHERE id = (SELECT min(id) FROM cohort)")})
        << "MiB" << R::Unsafe;
    QTest::newRow("row size bomb (4 x 5 MiB)")
        << raw({QStringLiteral(
               "UPDATE trainee SET employer = replace(hex(zeroblob(5242880)), '00', 'a'),"
               " district = replace(hex(zeroblob(5242880)), '00', 'b'),"
               " email = replace(hex(zeroblob(5242880)), '00', 'c'),"
               " phone = replace(hex(zeroblob(5242880)), '00', 'd')"
               " WHERE id = (SELECT min(id) FROM trainee)")})
        << "MiB" << R::Unsafe;
    QTest::newRow("foreign key violation")
        << raw({QStringLiteral("PRAGMA foreign_keys = OFF"),
                QStringLiteral("INSERT INTO cohort_session(cohort_id, day, slot) VALUES (999999, "
                               "'2026-03-02', 'morning')")})
        << "refers to a missing record" << R::Damaged;
}

void TestHostileFiles::refused()
{
    QFETCH(Make, make);
    QFETCH(QString, reason);
    QFETCH(PlanDatabase::Refusal, refusal);
    const QString path =
        m_dir.filePath(QStringLiteral("hostile-%1.cohortplan")
                           .arg(QString::fromLatin1(QTest::currentDataTag())
                                    .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")),
                                             QStringLiteral("-"))));
    if (!make) { // the virtual table row
        if (!fts5Available())
            QSKIP("this SQLite has no fts5");
        demoCopy(path);
        TestSupport::rawExec(path, {QStringLiteral("CREATE VIRTUAL TABLE vt USING fts5(body)")});
    } else {
        make(path);
    }
    const QByteArray before = TestSupport::checksum(path);
    const QStringList beside =
        QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (auto mode : {PlanDatabase::Mode::ReadWrite, PlanDatabase::Mode::ReadOnly}) {
        const auto plan = PlanDatabase::open(path, mode);
        QVERIFY(!plan);
        const QString error = plan.message();
        const PlanDatabase::Refusal why = plan.problem().kind;
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                 qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("Cannot open")), qPrintable(error));
        QCOMPARE(why, refusal);
    }
    QCOMPARE(TestSupport::checksum(path), before);
    // Nothing was written beside it: no journal, no lock, no backup folder.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             beside);
    if (QTest::currentDataTag() != QByteArray("missing"))
        QVERIFY(!PlanDatabase::verify(path).isEmpty());
    ++m_refused;
}

void TestHostileFiles::cleanupTestCase()
{
    qInfo("hostile files refused: %d", m_refused);
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"

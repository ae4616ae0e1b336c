// SPDX-License-Identifier: GPL-3.0-or-later
// People's personal data (issue 16): ID numbers masked on screen and in exports unless
// someone deliberately reveals or includes them (and the History says so), and a
// trainee's data erased on request without a trace in the file.
#include "testsupport.h"

#include "domain/trainee.h"
#include "io/importer.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"
#include "planning/identitydocument.h"
#include "store/auditlog.h"
#include "store/backupstore.h"
#include "store/personaldata.h"
#include "store/plandatabase.h"
#include "store/repository.h"
#include "store/sqlutil.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Planner;

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsMaskIdNumbers_data();
    void exportsMaskIdNumbers();
    void maskedFileIsRefusedOnImport();
    void tablesMaskUntilRevealed();
    void revealNeedsAPlanOpenForEditing();
    void erasureLeavesNoTrace();
    void erasureDeletesOlderBackups();
    void cli();

private:
    QString copyOfDemo(const QString &name);
    QTemporaryDir m_dir;
    QString m_demo;
};

namespace {

std::vector<Trainee> trainees(const QSqlDatabase &db)
{
    return Repository<Trainee>(db).loadAll();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject runCli(const QStringList &arguments, int *exitCode)
{
    QProcess cli;
    cli.start(QStringLiteral(COHORT_CLI_PATH), arguments);
    cli.waitForFinished(120000);
    *exitCode = cli.exitCode();
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

} // namespace

void TestPrivacy::initTestCase()
{
    TestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_demo = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
}

QString TestPrivacy::copyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".cohortplan"));
    QFile::remove(path);
    return QFile::copy(m_demo, path) ? path : QString();
}

void TestPrivacy::exportsMaskIdNumbers_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("include");
    QTest::newRow("trainees, masked") << int(ImportKind::Trainees) << false;
    QTest::newRow("trainees, included") << int(ImportKind::Trainees) << true;
    QTest::newRow("enrollments, masked") << int(ImportKind::Enrollments) << false;
    QTest::newRow("enrollments, included") << int(ImportKind::Enrollments) << true;
}

void TestPrivacy::exportsMaskIdNumbers()
{
    QFETCH(int, kind);
    QFETCH(bool, include);
    const auto plan = TestSupport::openPlan(m_demo, PlanDatabase::Mode::ReadOnly);
    QVERIFY(plan);
    const QString out = m_dir.filePath(QStringLiteral("export-%1-%2.csv").arg(kind).arg(include));
    const Result<int> result =
        Exporter::run(plan->database(), ImportKind(kind), out, Exporter::Options{include});
    QVERIFY2(result, qPrintable(result.message()));
    QVERIFY(*result > 0);
    // The file scanned for every trainee's number: none in full unless included.
    const QString text = QString::fromUtf8(readAll(out));
    int full = 0, masked = 0;
    for (const Trainee &t : trainees(plan->database())) {
        if (t.idNumber.isEmpty())
            continue;
        full += text.contains(t.idNumber) ? 1 : 0;
        masked += text.contains(IdentityDocument::masked(t.idNumber)) ? 1 : 0;
    }
    if (include) {
        QVERIFY(full > 0);
    } else {
        QCOMPARE(full, 0);
        QVERIFY(masked > 0);
    }
}

void TestPrivacy::maskedFileIsRefusedOnImport()
{
    const QString path = copyOfDemo(QStringLiteral("reimport"));
    int code = 0;
    const QString out = m_dir.filePath(QStringLiteral("masked-trainees.csv"));
    QJsonObject json =
        runCli({QStringLiteral("export"), path, QStringLiteral("--kind"),
                QStringLiteral("trainees"), QStringLiteral("--out"), out, QStringLiteral("--json")},
               &code);
    QCOMPARE(code, 0);
    QCOMPARE(json.value(QStringLiteral("id_numbers")).toString(), QStringLiteral("masked"));
    QCOMPARE(json.value(QStringLiteral("recorded")).toBool(), true);
    json = runCli({QStringLiteral("import"), path, QStringLiteral("--kind"),
                   QStringLiteral("trainees"), out, QStringLiteral("--dry-run"),
                   QStringLiteral("--json")},
                  &code);
    QCOMPARE(code, 1);
    QVERIFY2(QJsonDocument(json).toJson().contains("masked"),
             QJsonDocument(json).toJson().constData());

    // Both exports are in the History, with what went out.
    json = runCli({QStringLiteral("export"), path, QStringLiteral("--kind"),
                   QStringLiteral("enrollments"), QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("full.csv")),
                   QStringLiteral("--include-id-numbers"), QStringLiteral("--json")},
                  &code);
    QCOMPARE(code, 0);
    QCOMPARE(json.value(QStringLiteral("id_numbers")).toString(), QStringLiteral("included"));
    const auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadOnly);
    QVERIFY(plan);
    const auto entries = AuditLog(plan->database()).newest(2);
    QCOMPARE(entries.size(), std::size_t(2));
    QCOMPARE(entries[0].action, AuditAction::Export);
    QCOMPARE(entries[0].table, QStringLiteral("enrollment"));
    QVERIFY(entries[0].after.contains(QStringLiteral("\"id_numbers\":\"included\"")));
    QCOMPARE(entries[1].action, AuditAction::Export);
    QVERIFY(entries[1].after.contains(QStringLiteral("\"id_numbers\":\"masked\"")));
    // Instructors hold no trainee's data: no entry, no mask.
    json = runCli({QStringLiteral("export"), path, QStringLiteral("--kind"),
                   QStringLiteral("instructors"), QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("instructors.csv")), QStringLiteral("--json")},
                  &code);
    QCOMPARE(code, 0);
    QCOMPARE(json.value(QStringLiteral("id_numbers")).toString(), QStringLiteral("none"));
}

void TestPrivacy::tablesMaskUntilRevealed()
{
    const QString path = copyOfDemo(QStringLiteral("reveal"));
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadWrite));
    TraineeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &TableModelBase::loaded);
    model.reload(session);
    QVERIFY(loaded.wait(10000));
    QVERIFY(model.rowCount() > 0);
    const QModelIndex cell = model.index(0, TraineeTableModel::IdNumber);
    const qint64 id = cell.data(TableModelBase::IdRole).toLongLong();
    const Trainee stored = *Repository<Trainee>(session.plan()->database()).find([&] {
        Trainee t;
        t.id = id;
        return t;
    }());
    QVERIFY(!stored.idNumber.isEmpty());
    // Masked, and not editable while masked.
    QCOMPARE(cell.data().toString(), IdentityDocument::masked(stored.idNumber));
    QVERIFY(!(model.flags(cell) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, TraineeTableModel::Name)) & Qt::ItemIsEditable);
    // Revealed: recorded first, then shown in full (and editable).
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy revealed(&session, &PlanSession::idNumberRevealed);
    QSignalSpy audited(&session, &PlanSession::auditWritten);
    QCOMPARE(session.revealIdNumber(id).message(), QString());
    QCOMPARE(revealed.count(), 1);
    QCOMPARE(audited.count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0, TraineeTableModel::IdNumber).data().toString(), stored.idNumber);
    QVERIFY(model.flags(model.index(0, TraineeTableModel::IdNumber)) & Qt::ItemIsEditable);
    const auto entry = AuditLog(session.plan()->database()).newest(1).front();
    QCOMPARE(entry.action, AuditAction::Reveal);
    QCOMPARE(entry.recordKey, QString::number(id));
    // Once per plan opened: a second reveal writes nothing.
    QCOMPARE(session.revealIdNumber(id).message(), QString());
    QCOMPARE(audited.count(), 1);
    // Another trainee stays masked; a plan opened again starts masked.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex other = model.index(row, TraineeTableModel::IdNumber);
        if (other.data(TableModelBase::IdRole).toLongLong() != id &&
            !other.data().toString().isEmpty()) {
            QVERIFY(IdentityDocument::isMasked(other.data().toString()));
            break;
        }
    }
    session.close();
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadWrite));
    QVERIFY(!session.isIdNumberRevealed(id));
}

void TestPrivacy::revealNeedsAPlanOpenForEditing()
{
    const QString path = copyOfDemo(QStringLiteral("reveal-readonly"));
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadOnly));
    const qint64 id = trainees(session.plan()->database()).front().id;
    QVERIFY(!session.revealIdNumber(id).message().isEmpty());
    QVERIFY(!session.isIdNumberRevealed(id));
    QVERIFY(!session.eraseTrainee(id, false).message().isEmpty());
}

void TestPrivacy::erasureLeavesNoTrace()
{
    const QString path = copyOfDemo(QStringLiteral("erase"));
    const QString marker = QStringLiteral("隐私标记 Privacy Marker");
    const QString phone = QStringLiteral("13912345678");
    Id id = 0;
    QString number;
    int enrollments = 0;
    {
        auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadWrite);
        QVERIFY(plan);
        QSqlDatabase db = plan->database();
        // A trainee with enrollments, renamed to a marker nobody else has (an edit, so the
        // History holds copies of the record).
        QSqlQuery q = Sql::prepare(
            db, QStringLiteral("SELECT trainee_id, count(*) FROM enrollment GROUP BY trainee_id "
                               "ORDER BY count(*) DESC LIMIT 1"));
        Sql::exec(q);
        QVERIFY(q.next());
        id = q.value(0).toLongLong();
        enrollments = q.value(1).toInt();
        q.finish();
        Trainee t = *Repository<Trainee>(db).find([&] {
            Trainee k;
            k.id = id;
            return k;
        }());
        number = t.idNumber;
        QVERIFY(!number.isEmpty());
        t.name = marker;
        t.phone = phone;
        Repository<Trainee>(db).update(t);
        const auto places = PersonalData::placesOf(db, id);
        QSet<QString> tables;
        for (const PersonalData::Place &p : places)
            tables.insert(p.table);
        QVERIFY(tables.contains(QStringLiteral("trainee")));
        QVERIFY(tables.contains(QStringLiteral("audit_log")));

        QVERIFY(PersonalData::erase(db, id));
        QVERIFY(PersonalData::placesOf(db, id).empty());
        const Trainee erased = *Repository<Trainee>(db).find([&] {
            Trainee k;
            k.id = id;
            return k;
        }());
        QCOMPARE(erased.name, QLatin1String(PersonalData::ErasedName));
        QVERIFY(erased.idNumber.isEmpty() && erased.phone.isEmpty() && erased.email.isEmpty() &&
                erased.employer.isEmpty());
        // The counts stay: the enrollments are there, without the person.
        QCOMPARE(
            Sql::scalar(
                db, QStringLiteral("SELECT count(*) FROM enrollment WHERE trainee_id = %1").arg(id))
                .toInt(),
            enrollments);
        const auto entry = AuditLog(db).newest(1).front();
        QCOMPARE(entry.action, AuditAction::Erase);
        QVERIFY(!entry.after.contains(number) && !entry.after.contains(marker));
        QVERIFY(!PersonalData::erase(db, 99999999));
    }
    // Not in any table, nor in the file's free pages.
    const QByteArray file = readAll(path);
    QVERIFY(!file.isEmpty());
    QVERIFY(!file.contains(number.toUtf8()));
    QVERIFY(!file.contains(marker.toUtf8()));
    QVERIFY(!file.contains(phone.toUtf8()));
    QVERIFY(PlanDatabase::verify(path).isEmpty());
}

void TestPrivacy::erasureDeletesOlderBackups()
{
    const QString path = copyOfDemo(QStringLiteral("erase-backups"));
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadWrite));
    session.waitForBackup();
    QCOMPARE(session.backupNow().message(), QString());
    BackupStore backups(path);
    QVERIFY(backups.list().size() >= 2);
    const qint64 id = trainees(session.plan()->database()).front().id;
    const QString number = trainees(session.plan()->database()).front().idNumber;
    QSignalSpy changed(session.editor(), &PlanEditor::changed);
    QCOMPARE(session.eraseTrainee(id, true).message(), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.editor()->undoStack()->count(), 0);
    const auto left = backups.list();
    QCOMPARE(left.size(), std::size_t(1));
    QVERIFY(!readAll(left.front().path).contains(number.toUtf8()));
}

void TestPrivacy::cli()
{
    const QString path = copyOfDemo(QStringLiteral("person"));
    QString number;
    {
        const auto plan = TestSupport::openPlan(path, PlanDatabase::Mode::ReadOnly);
        QVERIFY(plan);
        number = trainees(plan->database()).front().idNumber;
    }
    int code = 0;
    QJsonObject json = runCli({QStringLiteral("person"), path, QStringLiteral("--id-number"),
                               number, QStringLiteral("--json")},
                              &code);
    QCOMPARE(code, 0);
    QVERIFY(!json.value(QStringLiteral("places")).toArray().isEmpty());
    json = runCli({QStringLiteral("person"), path, QStringLiteral("--id-number"), number,
                   QStringLiteral("--erase"), QStringLiteral("--delete-backups"),
                   QStringLiteral("--json")},
                  &code);
    QCOMPARE(code, 0);
    QVERIFY(json.value(QStringLiteral("left")).toArray().isEmpty());
    QVERIFY(!json.value(QStringLiteral("erased")).toArray().isEmpty());
    QVERIFY(!readAll(path).contains(number.toUtf8()));
    // Gone: the number names nobody now.
    runCli({QStringLiteral("person"), path, QStringLiteral("--id-number"), number}, &code);
    QCOMPARE(code, 1);
    runCli({QStringLiteral("person"), path}, &code);
    QCOMPARE(code, 2);
    runCli({QStringLiteral("person"), path, QStringLiteral("--id-number"), number,
            QStringLiteral("--delete-backups")},
           &code);
    QCOMPARE(code, 2);
}

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a plan kept on a PostgreSQL server (issue 21): opening it, others'
// changes shown live, a lost connection said and recovered from, and an edit conflict
// shown with both versions for the user to choose. Needs the throwaway cluster
// (COHORT_TEST_PG, see testsupport.h); the dialogs' own tests run without it.
#include "testsupport.h"

#include "importwizard.h"
#include "mainwindow.h"
#include "passwordkeeper.h"
#include "serverdialogs.h"
#include "syncdialog.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "items/plansession.h"
#include "store/repository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

using namespace Planner;

class TestServerWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openDialogReadsTheAddress();
    void conflictDialogShowsBothVersions();
    void windowOnAServerPlan();
    void importIntoAServerPlan();
    void othersChangesAndALostConnection();
    void myVersionOverTheirs();
    void cohortEditorWritesOverWhatItShowed();
    void instructorEditorKeepsOthersLeave();
    void offlineCheckoutAndSync();
    void passwordsKeptInTheKeychain();
    void noKeychainKeepsNothing();

private:
    // A new database holding the demo plan; empty when there is no server. A copy of the
    // one pushed at the start, or (ownRoles) one pushed for the test, whose group roles
    // are its own.
    ServerAddress pushedDemo(bool ownRoles = false);
    QTemporaryDir m_dir;
    ServerAddress m_template;
};

namespace {

// A keychain in memory, counting what it was asked.
class MemoryKeeper final : public PasswordKeeper
{
public:
    Result<QString> read(const QString &account) override
    {
        ++reads;
        return kept.value(account);
    }
    Result<> write(const QString &account, const QString &password) override
    {
        kept.insert(account, password);
        return {};
    }
    Result<> forget(const QString &account) override
    {
        kept.remove(account);
        return {};
    }
    QHash<QString, QString> kept;
    int reads = 0;
};

// A computer without a keychain service: keeping fails, with a sentence.
class NoKeychain final : public PasswordKeeper
{
public:
    Result<QString> read(const QString &) override { return QString(); }
    Result<> write(const QString &, const QString &) override
    {
        return Problem::of(QStringLiteral("no keychain service answers"));
    }
    Result<> forget(const QString &) override { return {}; }
};

// Runs act on the next Open Server Plan dialog shown (modal: exec() is running).
void whenOpenDialogShown(std::function<void(OpenServerDialog *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act = std::move(act)] {
        auto *dialog = qobject_cast<OpenServerDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

void clickOpen(OpenServerDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->click();
}

} // namespace

#define SERVER_OR_SKIP(address, ...)                                                               \
    const ServerAddress address = pushedDemo(__VA_ARGS__);                                         \
    if (address.database.isEmpty())                                                                \
        QSKIP(TestSupport::NoServer);

void TestServerWindow::initTestCase()
{
    TestSupport::isolateSettings();
    m_template = pushedDemo(true);
}

ServerAddress TestServerWindow::pushedDemo(bool ownRoles)
{
    if (!ownRoles)
        return m_template.database.isEmpty() ? m_template
                                             : TestSupport::newServerDatabase(m_template.database);
    ServerAddress address = TestSupport::newServerDatabase();
    if (address.database.isEmpty())
        return address;
    const QString demo = m_dir.filePath(QStringLiteral("demo.cohortplan"));
    if (!QFile::exists(demo))
        TestSupport::writeDemoPlan(demo);
    const Result<ServerPlan::Pushed> pushed = ServerPlan::push(demo, address);
    if (!pushed) {
        qWarning("%s", qPrintable(pushed.message()));
        return {};
    }
    return address;
}

void TestServerWindow::openDialogReadsTheAddress()
{
    OpenServerDialog dialog;
    dialog.setAddress(
        QStringLiteral("postgresql://li.na@db.example:6543/cohorts?sslmode=verify-full"));
    QCOMPARE(dialog.userField()->text(), QStringLiteral("li.na"));
    QVERIFY(!dialog.urlField()->text().contains(QLatin1String("li.na")));
    dialog.passwordField()->setText(QStringLiteral("secret"));
    const Result<ServerAddress> address = dialog.address();
    QVERIFY2(address, qPrintable(address.message()));
    QCOMPARE(address->user, QStringLiteral("li.na"));
    QCOMPARE(address->password, QStringLiteral("secret"));
    QCOMPARE(address->port, 6543);
    QCOMPARE(address->sslMode, QStringLiteral("verify-full"));
    // The password never appears in what is shown or remembered.
    QVERIFY(!address->displayUrl().contains(QLatin1String("secret")));

    // A server on a Unix socket: the address shown without the login is still one.
    OpenServerDialog local;
    local.setAddress(QStringLiteral("postgresql:///cohorts?host=/run/postgresql&user=li.na"));
    QCOMPARE(local.userField()->text(), QStringLiteral("li.na"));
    QCOMPARE(local.urlField()->text(),
             QStringLiteral("postgresql:///cohorts?host=/run/postgresql"));
    const Result<ServerAddress> socket = local.address();
    QVERIFY2(socket, qPrintable(socket.message()));
    QCOMPARE(socket->host, QStringLiteral("/run/postgresql"));
    QCOMPARE(socket->user, QStringLiteral("li.na"));

    dialog.urlField()->setText(QStringLiteral("server.example/cohorts"));
    QVERIFY(!dialog.address());
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("serverProblem"));
    QVERIFY(problem);
    dialog.show();
    QMetaObject::invokeMethod(&dialog, [&] {
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->click();
    });
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("postgresql://")));
    QVERIFY(dialog.isVisible()); // kept open to be corrected
}

void TestServerWindow::conflictDialogShowsBothVersions()
{
    PlanEditor::Conflict conflict;
    conflict.table = QStringLiteral("cohort");
    conflict.key = QStringLiteral("21");
    conflict.theirs = QStringLiteral(
        R"({"id":21,"code":"AI-201","capacity":30,"notes":"theirs","status":"open"})");
    conflict.yours = QStringLiteral(
        R"({"id":21,"code":"AI-201","capacity":24,"notes":"theirs","status":"open"})");
    ConflictDialog dialog(conflict);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 1); // only what differs: the capacity
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("30"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("24"));
    QVERIFY(dialog.keepTheirsButton()->isDefault());
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    dialog.keepTheirsButton()->click();
    QCOMPARE(rejected.count(), 1);

    conflict.yours.clear(); // a delete refused
    ConflictDialog deleting(conflict);
    QVERIFY(deleting.table()->rowCount() >= 4);
    QVERIFY(deleting.useMineButton()->text().contains(QLatin1String("Delete")));
}

void TestServerWindow::windowOnAServerPlan()
{
    SERVER_OR_SKIP(address);
    MainWindow window;
    window.show();
    const Result<> opened = window.openPlan(address.displayUrl(), MainWindow::Prompts::Quiet);
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(window.session()->isServer());
    QVERIFY(window.windowTitle().contains(address.database));
    QVERIFY(!window.windowTitle().contains(QLatin1String("read-only")));
    // What needs a file is offered on a checkout.
    for (const char *name : {"scenarios", "backUpNow"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY(action);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY(action->statusTip().contains(QLatin1String("check out")));
    }
    QVERIFY(window.findChild<QAction *>(QStringLiteral("printReport"))->isEnabled());
    // The pages read the server plan on their worker threads (connections of their own).
    window.showPage(MainWindow::Cohorts);
    QSignalSpy failed(window.session(), &PlanSession::loadFailed);
    QTest::qWait(500);
    QCOMPARE(failed.count(), 0);
    window.session()->close();
}

// File ▸ Import… on a server plan: written on the server as the person's role, one undo
// step that undo and redo take back and write again.
void TestServerWindow::importIntoAServerPlan()
{
    const ServerAddress address = pushedDemo();
    if (address.database.isEmpty())
        QSKIP(TestSupport::NoServer);
    const QString csv = TestSupport::writeFile(
        m_dir.filePath(QStringLiteral("passports.csv")),
        "id_number,id_type,name,employer\nX0001,passport,Ma Li,ACME\nX0002,passport,Ding "
        "Yi,ACME\n");
    MainWindow window;
    window.show();
    QVERIFY(window.openPlan(address.displayUrl(), MainWindow::Prompts::Quiet));
    QUndoStack *undo = window.session()->editor()->undoStack();
    QAction *import = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            import = a;
    QVERIFY(import);
    QVERIFY(import->isEnabled());
    QSignalSpy announced(window.session(), &PlanSession::othersChanged);
    bool drove = false;
    QTimer::singleShot(50, this, [csv, &drove] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        wizard->setKind(ImportKind::Trainees);
        wizard->setFile(csv);
        wizard->next();
        wizard->next();
        wizard->next();
        if (QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, 20000)) {
            wizard->next();
            drove = QTest::qWaitFor([&] { return wizard->hasImported(); }, 20000);
        }
        wizard->accept();
    });
    import->trigger();
    QVERIFY(drove);
    QCOMPARE(undo->count(), 1);
    // The window's own import, committed on the wizard's connection, is shown but not
    // announced as someone else's change.
    QTest::qWait(1500);
    QCOMPARE(announced.count(), 0);
    QVERIFY2(!window.statusBar()->currentMessage().contains(QLatin1String("Changed on the server")),
             qPrintable(window.statusBar()->currentMessage()));
    auto server = ServerPlan::open(address, ServerPlan::Mode::ReadOnly);
    QVERIFY(server);
    auto passports = [&] {
        int n = 0;
        for (const Trainee &t : Repository<Trainee>((*server)->database()).loadAll())
            n += t.idNumber.startsWith(QLatin1String("X000")) &&
                 t.idType == IdDocumentType::Passport;
        return n;
    };
    QCOMPARE(passports(), 2);
    QSqlQuery q((*server)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'insert' AND "
                                  "table_name = 'trainee' AND \"user\" = current_user::text")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    undo->undo();
    QCOMPARE(passports(), 0);
    undo->redo();
    QCOMPARE(passports(), 2);
    window.session()->close();
}

void TestServerWindow::othersChangesAndALostConnection()
{
    SERVER_OR_SKIP(address);
    MainWindow window;
    window.show();
    QVERIFY(window.openPlan(address.displayUrl(), MainWindow::Prompts::Quiet));
    PlanSession *session = window.session();
    session->setHeartbeatInterval(200);
    QSignalSpy others(session, &PlanSession::othersChanged);
    QSignalSpy changed(session->editor(), &PlanEditor::changed);

    // Another coordinator renames a track: the window hears of it within a second.
    auto other = ServerPlan::open(address, ServerPlan::Mode::ReadWrite);
    QVERIFY(other);
    PlanEditor otherEditor;
    otherEditor.setPlan(other->get());
    const Track track = Repository<Track>((*other)->database()).loadAll().front();
    Track renamed = track;
    renamed.name = QStringLiteral("Renamed elsewhere");
    ChangeSet change;
    change.update(track, renamed);
    QVERIFY(otherEditor.execute(QStringLiteral("Rename"), std::move(change)));
    QVERIFY(others.wait(1000));
    QVERIFY(others.first().at(0).value<PlanTables>().testFlag(PlanTable::Track));
    QCOMPARE(others.first().at(1).toStringList(), QStringList{address.user});
    QVERIFY(changed.count() >= 1);
    QVERIFY(window.statusBar()->currentMessage().contains(address.user));

    // This window's own edit is not announced as someone else's.
    others.clear();
    const Track mine = *Repository<Track>(session->server()->database()).find(track);
    Track mineRenamed = mine;
    mineRenamed.colour = QStringLiteral("#204080");
    ChangeSet own;
    own.update(mine, mineRenamed);
    QVERIFY(session->editor()->execute(QStringLiteral("Colour"), std::move(own)));
    QTest::qWait(400);
    QCOMPARE(others.count(), 0);

    // The server ends the window's session: the banner says so; then the window
    // reconnects by itself and catches up on what was done meanwhile.
    QSignalSpy lost(session, &PlanSession::connectionLost);
    QSignalSpy restored(session, &PlanSession::connectionRestored);
    QSqlQuery pid(session->server()->database());
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    const qint64 backend = pid.value(0).toLongLong();
    pid = QSqlQuery();
    QVERIFY(TestSupport::runAsAdmin(address, QStringLiteral("postgres"),
                                    QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend))
                .toBool());
    Track again = *Repository<Track>((*other)->database()).find(track);
    Track meanwhile = again;
    meanwhile.name = QStringLiteral("Renamed while away");
    ChangeSet away;
    away.update(again, meanwhile);
    QVERIFY(otherEditor.execute(QStringLiteral("Rename"), std::move(away)));
    QVERIFY(lost.count() > 0 || lost.wait(2000));
    QVERIFY(window.connectionBanner()->isVisible() || restored.count() > 0);
    QVERIFY(restored.count() > 0 || restored.wait(3000));
    QTRY_VERIFY(!window.connectionBanner()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(others.count() > 0, 2000); // the rename made while away
    QCOMPARE(Repository<Track>(session->server()->database()).find(track)->name, meanwhile.name);
    session->close();
}

// Shown a conflict, the user chose their version: it is made over the other person's
// change, field by field; what the other person changed and the user did not stays.
void TestServerWindow::myVersionOverTheirs()
{
    SERVER_OR_SKIP(address);
    PlanSession session;
    QVERIFY(session.openServer(address, ServerPlan::Mode::ReadWrite));
    const Cohort read = Repository<Cohort>(session.server()->database()).loadAll().front();

    auto other = ServerPlan::open(address, ServerPlan::Mode::ReadWrite);
    QVERIFY(other);
    PlanEditor otherEditor;
    otherEditor.setPlan(other->get());
    Cohort theirs = read;
    theirs.notes = QStringLiteral("their note");
    theirs.capacity = read.capacity + 5;
    ChangeSet change;
    change.update(read, theirs);
    QVERIFY(otherEditor.execute(QStringLiteral("Theirs"), std::move(change)));

    Cohort mine = read;
    mine.notes = QStringLiteral("my note");
    PlanEdit edit;
    edit.text = QStringLiteral("Mine");
    edit.changes.update(read, mine);
    PlanEdit again = edit;
    QVERIFY(!session.apply(std::move(edit)));
    QVERIFY(session.editor()->lastConflict().has_value());
    QCOMPARE(session.editor()->lastConflict()->table, QStringLiteral("cohort"));
    QVERIFY(session.editor()->lastConflict()->theirs.contains(QLatin1String("their note")));
    QVERIFY(session.editor()->lastConflict()->yours.contains(QLatin1String("my note")));

    const Result<> over = session.apply(std::move(again), PlanEditor::Over::OthersChanges);
    QVERIFY2(over, qPrintable(over.message()));
    const Cohort now = *Repository<Cohort>(session.server()->database()).find(read);
    QCOMPARE(now.notes, mine.notes);         // what I changed: mine
    QCOMPARE(now.capacity, theirs.capacity); // what only they changed: theirs
    session.close();
}

// The cohort editor was opened; meanwhile someone else changed the cohort's notes. Saving
// the editor's capacity is a conflict (never their notes overwritten by the ones the
// editor showed), and "my change over theirs" keeps their notes.
void TestServerWindow::cohortEditorWritesOverWhatItShowed()
{
    SERVER_OR_SKIP(address);
    PlanSession session;
    QVERIFY(session.openServer(address, ServerPlan::Mode::ReadWrite));
    const Id id = Repository<Cohort>(session.server()->database()).loadAll().back().id;
    const std::optional<CohortDraft> shown = session.edits().cohort(id);
    QVERIFY(shown);

    auto other = ServerPlan::open(address, ServerPlan::Mode::ReadWrite);
    QVERIFY(other);
    PlanEditor otherEditor;
    otherEditor.setPlan(other->get());
    Cohort theirs = shown->cohort;
    theirs.notes = QStringLiteral("room changed by the district office");
    ChangeSet change;
    change.update(shown->cohort, theirs);
    QVERIFY(otherEditor.execute(QStringLiteral("Notes"), std::move(change)));

    CohortDraft edited = *shown;
    edited.cohort.capacity = shown->cohort.capacity + 2;
    edited.loadedCohort = shown->cohort;
    edited.loadedSessions = shown->sessions;
    edited.loadedInstructors = shown->instructors;
    PlanEdit edit = session.makeEdit([&](const PlanEdits &e) { return e.saveCohort(edited); });
    QVERIFY2(edit.ok(), qPrintable(edit.problem ? edit.problem->message : QString()));
    PlanEdit again = edit;
    QVERIFY(!session.apply(std::move(edit)));
    QVERIFY(session.editor()->lastConflict().has_value());
    QVERIFY(session.apply(std::move(again), PlanEditor::Over::OthersChanges));
    const Cohort now = *Repository<Cohort>(session.server()->database()).find(shown->cohort);
    QCOMPARE(now.capacity, edited.cohort.capacity);
    QCOMPARE(now.notes, theirs.notes);
    session.close();
}

// The instructor editor was opened; meanwhile someone else entered a leave for the
// instructor. Saving the editor (a new phone number) keeps their leave: it was not in
// what the editor showed, so it is not the editor's to delete.
void TestServerWindow::instructorEditorKeepsOthersLeave()
{
    SERVER_OR_SKIP(address);
    PlanSession session;
    QVERIFY(session.openServer(address, ServerPlan::Mode::ReadWrite));
    const Id id = Repository<Instructor>(session.server()->database()).loadAll().back().id;
    const std::optional<InstructorDraft> shown = session.edits().instructor(id);
    QVERIFY(shown);

    auto other = ServerPlan::open(address, ServerPlan::Mode::ReadWrite);
    QVERIFY(other);
    PlanEditor otherEditor;
    otherEditor.setPlan(other->get());
    Leave leave;
    leave.instructorId = id;
    leave.start = QDate(2026, 12, 21);
    leave.end = QDate(2026, 12, 23);
    leave.reason = QStringLiteral("entered by the district office");
    ChangeSet change;
    change.insert(leave);
    QVERIFY(otherEditor.execute(QStringLiteral("Leave"), std::move(change)));

    Instructor edited = shown->instructor;
    edited.phone = QStringLiteral("13900000000");
    PlanEdit edit = session.makeEdit([&](const PlanEdits &e) {
        return e.saveInstructor(edited, shown->qualifications, shown->leaves, std::nullopt, shown);
    });
    QVERIFY2(edit.ok(), qPrintable(edit.problem ? edit.problem->message : QString()));
    const Result<> written = session.apply(std::move(edit));
    QVERIFY2(written, qPrintable(written.message()));
    const std::optional<InstructorDraft> now = session.edits().instructor(id);
    QCOMPARE(now->instructor.phone, edited.phone);
    QCOMPARE(now->leaves.size(), shown->leaves.size() + 1); // theirs is still there
    session.close();
}

// A coordinator checks the server plan out, edits it offline, and synchronises: a record
// someone changed on the server meanwhile is listed as a conflict, nothing is sent until
// it is chosen, and after the sync the window shows the server's version, its undo
// history dropped.
void TestServerWindow::offlineCheckoutAndSync()
{
    SERVER_OR_SKIP(address);
    PlanSession session;
    QVERIFY(session.openServer(address, ServerPlan::Mode::ReadWrite));
    const QString path = m_dir.filePath(QStringLiteral("offline.cohortplan"));
    std::optional<Result<ServerSync::CheckedOut>> copied;
    session.checkOut(&session, path, [&](Result<ServerSync::CheckedOut> r) { copied = r; });
    QTRY_VERIFY_WITH_TIMEOUT(copied.has_value(), 60000);
    QVERIFY2(*copied, qPrintable(copied->message()));
    QVERIFY(session.open(path, PlanDatabase::Mode::ReadWrite));
    QVERIFY(session.checkout().has_value());
    QCOMPARE(session.checkout()->server, address.displayUrl());

    // Offline: my note on a cohort; on the server meanwhile: theirs.
    const Cohort read = Repository<Cohort>(session.plan()->database()).loadAll().front();
    Cohort mine = read;
    mine.notes = QStringLiteral("my offline note");
    PlanEdit edit;
    edit.text = QStringLiteral("Mine");
    edit.changes.update(read, mine);
    QVERIFY(session.apply(std::move(edit)));
    QCOMPARE(session.editor()->undoStack()->count(), 1);
    {
        auto other = ServerPlan::open(address, ServerPlan::Mode::ReadWrite);
        QVERIFY(other);
        PlanEditor otherEditor;
        otherEditor.setPlan(other->get());
        Cohort theirs = read;
        theirs.notes = QStringLiteral("their note");
        ChangeSet change;
        change.update(read, theirs);
        QVERIFY(otherEditor.execute(QStringLiteral("Theirs"), std::move(change)));
    }

    SyncDialog dialog(&session);
    QSignalSpy synchronised(&dialog, &SyncDialog::synchronised);
    QVERIFY(dialog.syncButton()->isEnabled());
    dialog.syncButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(synchronised.count(), 1, 60000);
    QVERIFY(dialog.report().has_value());
    QVERIFY(!dialog.report()->committed);
    QCOMPARE(dialog.conflictTable()->rowCount(), 1);
    QVERIFY(dialog.conflictTable()->item(0, 0)->text().contains(read.code));
    QVERIFY(!dialog.syncButton()->isEnabled()); // undecided
    QCOMPARE(dialog.fieldTable()->rowCount(), 1);
    QCOMPARE(dialog.fieldTable()->item(0, 2)->text(), QStringLiteral("my offline note"));
    QCOMPARE(dialog.fieldTable()->item(0, 3)->text(), QStringLiteral("their note"));
    // Nothing was written: the file still has mine, the undo history stays.
    QCOMPARE(Repository<Cohort>(session.plan()->database()).find(read)->notes, mine.notes);
    QCOMPARE(session.editor()->undoStack()->count(), 1);

    dialog.allTheirsButton()->click();
    QVERIFY(dialog.syncButton()->isEnabled());
    dialog.syncButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(synchronised.count(), 2, 60000);
    QVERIFY2(dialog.report()->committed, qPrintable(dialog.resultLabel()->text()));
    QCOMPARE(dialog.conflictTable()->isVisible(), false);
    QCOMPARE(Repository<Cohort>(session.plan()->database()).find(read)->notes,
             QStringLiteral("their note"));
    QCOMPARE(session.editor()->undoStack()->count(), 0);
    QVERIFY(session.checkout()->syncedAt.isValid());
    session.close();
}

void TestServerWindow::passwordsKeptInTheKeychain()
{
    SERVER_OR_SKIP(address, true); // logins in this database's group roles
    const Result<QStringList> team = ServerPlan::setUpTeam(address);
    QVERIFY2(team, qPrintable(team.message()));
    // Logins that must give their password: tools/pg-cluster.sh asks members of
    // cohort_password_login for it (scram-sha-256); everyone else is trusted.
    QString error;
    QVERIFY2(TestSupport::runAsAdmin(address, address.database,
                                     QStringLiteral("DO $$ BEGIN CREATE ROLE "
                                                    "cohort_password_login NOLOGIN; EXCEPTION "
                                                    "WHEN duplicate_object THEN NULL; END $$"),
                                     &error)
                 .isValid(),
             qPrintable(error));
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const auto login = [&](const QString &name, const QString &password) {
        ServerAddress as = address;
        as.user = name + tag;
        const QString sql =
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE cohort_password_login, %3")
                .arg(as.user, password, address.database + QStringLiteral("_director"));
        QString why;
        if (!TestSupport::runAsAdmin(address, address.database, sql, &why).isValid())
            qWarning("%s", qPrintable(why));
        return as;
    };
    auto keeper = std::make_shared<MemoryKeeper>();

    // 1. A password kept from an earlier run: a recent server plan opens with it, asking
    // nothing (this process has never been given it).
    const ServerAddress kept = login(QStringLiteral("kept_"), QStringLiteral("from-the-keychain"));
    keeper->kept.insert(kept.displayUrl(), QStringLiteral("from-the-keychain"));
    {
        MainWindow window;
        window.setPasswordKeeper(keeper);
        const Result<> opened = window.openPlan(kept.displayUrl(), MainWindow::Prompts::Quiet);
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(keeper->reads, 1);
        window.session()->close();
    }
    // Without it, the server refuses.
    {
        MainWindow window;
        window.setPasswordKeeper(std::make_shared<MemoryKeeper>());
        const ServerAddress other = login(QStringLiteral("none_"), QStringLiteral("x"));
        const Result<> opened = window.openPlan(other.displayUrl(), MainWindow::Prompts::Quiet);
        QVERIFY(!opened);
        QVERIFY2(opened.message().contains(QLatin1String("password")),
                 qPrintable(opened.message()));
    }

    // 2. The dialog: a wrong password is refused and nothing is kept; the right one with
    // "remember" ticked is kept under the address without the password.
    const ServerAddress typed = login(QStringLiteral("typed_"), QStringLiteral("right-one"));
    {
        MainWindow window;
        window.setPasswordKeeper(keeper);
        bool sawRefusal = false;
        bool startedUnticked = false;
        QString placeholder;
        // (No QVERIFY in the dialog's hands: a failure there would leave it open.)
        whenOpenDialogShown([&](OpenServerDialog *dialog) {
            startedUnticked = !dialog->rememberBox()->isChecked(); // nothing kept
            ServerAddress where = typed;
            where.user.clear();
            dialog->urlField()->setText(where.displayUrl());
            dialog->userField()->setText(typed.user);
            dialog->passwordField()->setText(QStringLiteral("wrong"));
            dialog->rememberBox()->setChecked(true);
            placeholder = dialog->passwordField()->placeholderText();
            clickOpen(dialog);
            whenOpenDialogShown([&](OpenServerDialog *again) {
                auto *problem = again->findChild<QLabel *>(QStringLiteral("serverProblem"));
                sawRefusal =
                    problem->isVisible() && problem->text().contains(QLatin1String("password"));
                again->passwordField()->setText(QStringLiteral("right-one"));
                clickOpen(again);
            });
        });
        const Result<> opened = window.openServerPlan();
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(sawRefusal);
        QVERIFY(startedUnticked);
        QVERIFY2(placeholder.contains(QLatin1String("keychain")), qPrintable(placeholder));
        QCOMPARE(keeper->kept.value(typed.displayUrl()), QStringLiteral("right-one"));
        QVERIFY(!typed.displayUrl().contains(QLatin1String("right-one")));
        window.session()->close();
    }

    // 3. A kept password the server no longer takes: the dialog opens with the refusal and
    // "remember" ticked; unticked, the new password opens the plan and the old one is
    // forgotten.
    const ServerAddress changed = login(QStringLiteral("changed_"), QStringLiteral("new-one"));
    keeper->kept.insert(changed.displayUrl(), QStringLiteral("old-one"));
    {
        MainWindow window;
        window.setPasswordKeeper(keeper);
        bool ticked = false;
        bool refusal = false;
        QString user;
        whenOpenDialogShown([&](OpenServerDialog *dialog) {
            ticked = dialog->rememberBox()->isChecked();
            refusal = dialog->findChild<QLabel *>(QStringLiteral("serverProblem"))->isVisible();
            user = dialog->userField()->text();
            dialog->passwordField()->setText(QStringLiteral("new-one"));
            dialog->rememberBox()->setChecked(false);
            clickOpen(dialog);
        });
        const Result<> opened = window.openPlan(changed.displayUrl());
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(ticked);
        QVERIFY(refusal);
        QCOMPARE(user, changed.user);
        QVERIFY(!keeper->kept.contains(changed.displayUrl()));
        window.session()->close();
    }

    // 4. No keychain on this computer: the plan opens all the same, and the status bar
    // says that the password was not kept, and why.
    const ServerAddress unkept = login(QStringLiteral("unkept_"), QStringLiteral("typed-again"));
    {
        MainWindow window;
        window.setPasswordKeeper(std::make_shared<NoKeychain>());
        whenOpenDialogShown([&](OpenServerDialog *dialog) {
            ServerAddress where = unkept;
            where.user.clear();
            dialog->urlField()->setText(where.displayUrl());
            dialog->userField()->setText(unkept.user);
            dialog->passwordField()->setText(QStringLiteral("typed-again"));
            dialog->rememberBox()->setChecked(true);
            clickOpen(dialog);
        });
        const Result<> opened = window.openServerPlan();
        QVERIFY2(opened, qPrintable(opened.message()));
        const QString said = window.statusBar()->currentMessage();
        QVERIFY2(said.contains(QLatin1String("not kept")) &&
                     said.contains(QLatin1String("no keychain service answers")),
                 qPrintable(said));
        window.session()->close();
    }
}

void TestServerWindow::noKeychainKeepsNothing()
{
    // No keychain service (no session bus): keeping fails with a sentence that says so,
    // reading finds nothing, and no file anywhere holds the password.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cohort-test-bus");
    const QString secret = QStringLiteral("s3cret-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString account = QStringLiteral("postgresql://nobody@db.example/cohorts");
    const std::unique_ptr<PasswordKeeper> keeper = PasswordKeeper::system();
    const Result<> written = keeper->write(account, secret);
    const Result<QString> read = keeper->read(account);
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    QVERIFY(!written);
    QVERIFY2(written.message().contains(QLatin1String("keychain")), qPrintable(written.message()));
    QVERIFY(!read || read->isEmpty());
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::AppDataLocation}) {
        QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 1 << 20 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"

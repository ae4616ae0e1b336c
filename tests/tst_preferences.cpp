// SPDX-License-Identifier: GPL-3.0-or-later
// The user's preferences: what is refused and why, what survives a round trip through
// the settings (and a hand-edited settings file), and what applying them changes: the
// session times of calendars, the History's name, the backup rotation.
#include "testsupport.h"

#include "io/icswriter.h"
#include "items/preferences.h"
#include "store/auditlog.h"
#include "store/backupstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Planner;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void defaultsAreValid();
    void refusals_data();
    void refusals();
    void roundTrip();
    void handEditedSettingsFallBack();
    void applyReachesCalendarsHistoryAndBackups();
};

void TestPreferences::initTestCase()
{
    TestSupport::isolateSettings();
}

void TestPreferences::cleanup()
{
    QSettings().clear();
    Preferences defaults;
    defaults.language = QStringLiteral("en");
    defaults.apply();
}

void TestPreferences::defaultsAreValid()
{
    const Preferences p;
    VERIFY_OK(p.check());
    QCOMPARE(p.slot(SessionSlot::Morning).start, QTime(9, 0));
    QCOMPARE(p.slot(SessionSlot::Evening).end, QTime(21, 0));
    QCOMPARE(p.backups, BackupStore::Policy{});
    QCOMPARE(Preferences::load(), Preferences());
}

void TestPreferences::refusals_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    const int morning = int(SessionSlot::Morning), afternoon = int(SessionSlot::Afternoon),
              evening = int(SessionSlot::Evening);
    QTest::newRow("a morning ending before it starts")
        << morning << QTime(11, 0) << QTime(10, 0) << 10 << QString() << "slots"
        << "morning";
    QTest::newRow("a morning into the afternoon")
        << morning << QTime(9, 0) << QTime(14, 30) << 10 << QString() << "slots"
        << "14:30";
    QTest::newRow("an afternoon into the evening")
        << afternoon << QTime(14, 0) << QTime(19, 0) << 10 << QString() << "slots"
        << "19:00";
    QTest::newRow("an evening of no length")
        << evening << QTime(18, 0) << QTime(18, 0) << 10 << QString() << "slots"
        << "evening";
    QTest::newRow("backups never")
        << morning << QTime(9, 0) << QTime(12, 0) << 0 << QString() << "backups"
        << "minutes";
    QTest::newRow("a folder not there") << morning << QTime(9, 0) << QTime(12, 0) << 10
                                        << QStringLiteral("/no/such/folder") << "planFolder"
                                        << "/no/such/folder";
}

void TestPreferences::refusals()
{
    QFETCH(int, slot);
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(int, minutes);
    QFETCH(QString, folder);
    QFETCH(QString, field);
    QFETCH(QString, says);
    Preferences p;
    p.times[std::size_t(slot)] = {start, end};
    p.backups.periodicMinutes = minutes;
    p.planFolder = folder;
    const Result<> checked = p.check();
    QVERIFY(!checked);
    QCOMPARE(checked.problem().field, field);
    QVERIFY2(checked.message().contains(says), qPrintable(checked.message()));
}

void TestPreferences::roundTrip()
{
    QTemporaryDir dir;
    Preferences p;
    p.language = QStringLiteral("zh_CN");
    p.planFolder = dir.path();
    p.displayName = QStringLiteral("王芳");
    p.backups = {5, 3, 7, 2};
    p.times[std::size_t(SessionSlot::Evening)] = {QTime(19, 0), QTime(21, 30)};
    p.severities.set(ConflictRule::OverWeeklyLimit, Severity::Block);
    p.severities.set(ConflictRule::NonWorkingDay, Severity::Off);
    p.weights.travel = 0;
    p.weights.unstaffedLead = 250000;
    VERIFY_OK(p.check());
    p.save();
    QCOMPARE(Preferences::load(), p);
}

void TestPreferences::handEditedSettingsFallBack()
{
    QSettings settings;
    settings.setValue(QStringLiteral("preferences/language"), QStringLiteral("klingon"));
    settings.setValue(QStringLiteral("preferences/backupMinutes"), QStringLiteral("soon"));
    settings.setValue(QStringLiteral("preferences/keepNewest"), -4);
    settings.setValue(QStringLiteral("preferences/sessions/morningEnd"), QStringLiteral("25:99"));
    // Each valid alone, overlapping together: all sessions fall back to the defaults.
    settings.setValue(QStringLiteral("preferences/sessions/afternoonStart"),
                      QStringLiteral("08:00"));
    settings.setValue(QStringLiteral("preferences/severity/instructor_on_leave"),
                      QStringLiteral("maybe"));
    settings.setValue(QStringLiteral("preferences/autoAssign/load"), -1);
    settings.setValue(QStringLiteral("preferences/autoAssign/churn"), QStringLiteral("lots"));
    settings.sync();
    const Preferences p = Preferences::load();
    QCOMPARE(p.language, QString());
    QCOMPARE(p.backups, BackupStore::Policy{});
    QCOMPARE(p.times, Preferences().times);
    QCOMPARE(p.severities, ConflictSettings::defaults());
    QCOMPARE(p.weights, SolverWeights());
    VERIFY_OK(p.check());
}

void TestPreferences::applyReachesCalendarsHistoryAndBackups()
{
    const QString account = AuditLog::currentUser();
    QVERIFY(!account.isEmpty());
    Preferences p;
    p.language = QStringLiteral("en");
    p.displayName = QStringLiteral("  Wang   Fang ");
    p.backups = {3, 2, 0, 0};
    p.times[std::size_t(SessionSlot::Morning)] = {QTime(8, 30), QTime(11, 30)};
    p.apply();
    QCOMPARE(Ics::slotStart(SessionSlot::Morning), QTime(8, 30));
    QCOMPARE(Ics::slotEnd(SessionSlot::Morning), QTime(11, 30));
    QCOMPARE(Ics::slotStart(SessionSlot::Afternoon), QTime(14, 0));
    QCOMPARE(AuditLog::currentUser(), QStringLiteral("Wang Fang (%1)").arg(account));
    QCOMPARE(BackupStore::policy().periodicMinutes, 3);
    // The rotation keeps what the policy says: the newest two, no days or months.
    std::vector<BackupStore::Entry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 6; ++i)
        entries.push_back(
            {QStringLiteral("b%1").arg(i), now.addSecs(-3600 * i), 1, BackupStore::Kind::Periodic});
    const std::vector<QString> kept = BackupStore::keptPaths(entries, now);
    QCOMPARE(kept.size(), std::size_t(2));
    // The severities: every conflict check made from now on.
    QCOMPARE(ConflictEngine().settings(), ConflictSettings::defaults());
    p.severities.set(ConflictRule::OverWeeklyLimit, Severity::Block);
    p.apply();
    QCOMPARE(ConflictSettings::current().of(ConflictRule::OverWeeklyLimit), Severity::Block);
    QCOMPARE(ConflictEngine().settings(), p.severities);
    // The account alone when the name is cleared; the default severities again.
    Preferences().apply();
    QCOMPARE(AuditLog::currentUser(), account);
    QCOMPARE(ConflictSettings::current(), ConflictSettings::defaults());
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"

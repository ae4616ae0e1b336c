// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "planning/conflictengine.h"

#include "store/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoInfoVerify();
    void demoIsDeterministic();
    void progress();
    void progressFilters_data();
    void progressFilters();
    void chart_data();
    void chart();
    void check();
    void newYear();
    void assumptions();
    void budget();
    void scenarios();
    void honestErrors();
    void usageErrors_data();
    void usageErrors();
    void refusedFiles_data();
    void refusedFiles();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Result run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_plan;
};

TestCli::Result TestCli::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COHORT_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        qFatal("cohortplanner-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plan = m_dir.filePath(QStringLiteral("demo.cohortplan"));
    const Result r =
        run({QStringLiteral("demo"), QStringLiteral("--out"), m_plan, QStringLiteral("--as-of"),
             QStringLiteral("2026-11-28"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("years")).toInt(), 1);
}

void TestCli::demoInfoVerify()
{
    Result r = run({QStringLiteral("info"), m_plan, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject info = r.json();
    for (const char *key :
         {"schema_version", "application_id", "tracks", "courses", "venues", "instructors",
          "cohorts", "sessions", "trainees", "enrollments", "years", "targets"})
        QVERIFY2(info.contains(QLatin1String(key)), key);
    QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), Planner::Schema::CurrentVersion);
    QCOMPARE(info.value(QStringLiteral("application_id")).toInteger(), 0x43504C4E);
    QCOMPARE(info.value(QStringLiteral("tracks")).toInt(), 3);
    QCOMPARE(info.value(QStringLiteral("courses")).toInt(), 12);
    QVERIFY(info.value(QStringLiteral("cohorts")).toInt() >= 300);
    QVERIFY(info.value(QStringLiteral("cohorts")).toInt() <= 400);
    QCOMPARE(info.value(QStringLiteral("years")).toArray(), QJsonArray{2026});
    int total = 0;
    for (const auto &t : info.value(QStringLiteral("targets")).toArray()) {
        QCOMPARE(t.toObject().value(QStringLiteral("year")).toInt(), 2026);
        QVERIFY(!t.toObject().value(QStringLiteral("track")).toString().isEmpty());
        total += t.toObject().value(QStringLiteral("trainees")).toInt();
    }
    QCOMPARE(total, 10000);

    r = run({QStringLiteral("verify"), m_plan, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(r.json().value(QStringLiteral("problems")).toArray().isEmpty());
    QVERIFY(r.json().value(QStringLiteral("invalid_id_numbers")).toArray().isEmpty());

    // A number typed into an older plan that is not a valid resident ID is named.
    const QString typed = m_dir.filePath(QStringLiteral("typed-id.cohortplan"));
    TestSupport::copyPlan(m_plan, typed);
    TestSupport::rawExec(
        typed,
        {QStringLiteral("UPDATE trainee SET id_number = '110101199003071234' WHERE id = 1")});
    r = run({QStringLiteral("verify"), typed, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray invalid = r.json().value(QStringLiteral("invalid_id_numbers")).toArray();
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.first().toObject().value(QStringLiteral("id_number")).toString(),
             QStringLiteral("110101199003071234"));
    QVERIFY2(invalid.first()
                 .toObject()
                 .value(QStringLiteral("problem"))
                 .toString()
                 .contains(QStringLiteral("should be 3")),
             r.out.constData());

    // Without --json: readable text.
    r = run({QStringLiteral("info"), m_plan});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("cohorts: "));
}

void TestCli::demoIsDeterministic()
{
    const QString second = m_dir.filePath(QStringLiteral("again.cohortplan"));
    const Result made = run({QStringLiteral("demo"), QStringLiteral("--out"), second,
                             QStringLiteral("--as-of"), QStringLiteral("2026-11-28")});
    QCOMPARE(made.exitCode, 0);
    const Result a = run({QStringLiteral("info"), m_plan, QStringLiteral("--json")});
    const Result b = run({QStringLiteral("info"), second, QStringLiteral("--json")});
    QJsonObject ja = a.json();
    QJsonObject jb = b.json();
    QCOMPARE(ja, jb);
    const QString other = m_dir.filePath(QStringLiteral("other-seed.cohortplan"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--out"), other, QStringLiteral("--seed"),
                  QStringLiteral("7"), QStringLiteral("--as-of"), QStringLiteral("2026-11-28")})
                 .exitCode,
             0);
    QVERIFY(run({QStringLiteral("info"), other, QStringLiteral("--json")}).json() != ja);
}

void TestCli::progress()
{
    const Result r =
        run({QStringLiteral("progress"), m_plan, QStringLiteral("--year"), QStringLiteral("2026"),
             QStringLiteral("--as-of"), QStringLiteral("2026-11-28"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject p = r.json();
    for (const char *key :
         {"year", "target", "trained", "certified", "forecast", "months", "tracks"})
        QVERIFY2(p.contains(QLatin1String(key)), key);
    QCOMPARE(p.value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(p.value(QStringLiteral("target")).toInt(), 10000);
    const int trained = p.value(QStringLiteral("trained")).toInt();
    QVERIFY(trained > 5000 && trained < 10000);
    QVERIFY(p.value(QStringLiteral("forecast")).toInt() >= trained);
    const QJsonArray months = p.value(QStringLiteral("months")).toArray();
    QCOMPARE(months.size(), 12);
    int sum = 0;
    int certified = 0;
    for (const auto &m : months) {
        const QJsonObject o = m.toObject();
        for (const char *key : {"month", "trained", "certified", "cumulative_trained",
                                "cumulative_certified", "target_to_date"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        sum += o.value(QStringLiteral("trained")).toInt();
        certified += o.value(QStringLiteral("certified")).toInt();
        QCOMPARE(o.value(QStringLiteral("cumulative_trained")).toInt(), sum);
    }
    QCOMPARE(sum, trained);
    QCOMPARE(certified, p.value(QStringLiteral("certified")).toInt());
    QCOMPARE(months.last().toObject().value(QStringLiteral("target_to_date")).toInt(), 10000);
    int trackTrained = 0;
    const QJsonArray tracks = p.value(QStringLiteral("tracks")).toArray();
    QCOMPARE(tracks.size(), 3);
    for (const auto &t : tracks) {
        for (const char *key : {"track", "target", "trained", "certified", "forecast"})
            QVERIFY2(t.toObject().contains(QLatin1String(key)), key);
        trackTrained += t.toObject().value(QStringLiteral("trained")).toInt();
    }
    QCOMPARE(trackTrained, trained);
}

void TestCli::progressFilters_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<int>("tracks");
    QTest::addColumn<int>("target");
    QTest::newRow("AI by English name")
        << QStringList{QStringLiteral("--track"), QStringLiteral("artificial intelligence")} << 1
        << 4500;
    QTest::newRow("big data by Chinese name")
        << QStringList{QStringLiteral("--track"), QStringLiteral("大数据")} << 1 << 3500;
    QTest::newRow("two tracks") << QStringList{QStringLiteral("--track"),
                                               QStringLiteral("Blockchain"),
                                               QStringLiteral("--track"),
                                               QStringLiteral("Big Data")}
                                << 2 << 5500;
    QTest::newRow("online only") << QStringList{QStringLiteral("--district"),
                                                QStringLiteral("online")}
                                 << 3 << 10000;
}

void TestCli::progressFilters()
{
    QFETCH(QStringList, filter);
    QFETCH(int, tracks);
    QFETCH(int, target);
    const Result all = run({QStringLiteral("progress"), m_plan, QStringLiteral("--as-of"),
                            QStringLiteral("2026-11-28"), QStringLiteral("--json")});
    const Result r = run(QStringList{QStringLiteral("progress"), m_plan, QStringLiteral("--as-of"),
                                     QStringLiteral("2026-11-28"), QStringLiteral("--json")} +
                         filter);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("tracks")).toArray().size(), tracks);
    QCOMPARE(r.json().value(QStringLiteral("target")).toInt(), target);
    QVERIFY(r.json().value(QStringLiteral("trained")).toInt() <
            all.json().value(QStringLiteral("trained")).toInt());
}

void TestCli::chart_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("progress png") << "progress"
                                  << "png";
    QTest::newRow("tracks pdf") << "tracks"
                                << "pdf";
    QTest::newRow("utilisation svg") << "utilisation"
                                     << "svg";
    QTest::newRow("capacity png") << "capacity"
                                  << "png";
    QTest::newRow("years png") << "years"
                               << "png";
}

void TestCli::chart()
{
    QFETCH(QString, kind);
    QFETCH(QString, suffix);
    const QString out = m_dir.filePath(QStringLiteral("%1.%2").arg(kind, suffix));
    const Result r =
        run({QStringLiteral("chart"), m_plan, QStringLiteral("--kind"), kind,
             QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--as-of"),
             QStringLiteral("2026-11-28"), QStringLiteral("--out"), out, QStringLiteral("--size"),
             QStringLiteral("800x500"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), kind);
    QVERIFY(QFileInfo(out).size() > 1000);
    if (suffix == QLatin1String("png"))
        QCOMPARE(QImage(out).size(), QSize(800, 500));
    // A year without data is refused with a message.
    const Result none =
        run({QStringLiteral("chart"), m_plan, QStringLiteral("--kind"), kind,
             QStringLiteral("--year"), QStringLiteral("2040"), QStringLiteral("--out"), out});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("2040"), none.err.constData());
}

// new-year: 2027 from 2026's targets, +10 %, what lapses, the missing calendar; then the
// 2027 cohorts' sessions are flagged by calendar_missing until the calendar is imported.
void TestCli::newYear()
{
    const QString plan = m_dir.filePath(QStringLiteral("new-year.cohortplan"));
    TestSupport::copyPlan(m_plan, plan);
    const QByteArray before = TestSupport::checksum(plan);
    Result r = run({QStringLiteral("new-year"), plan, QStringLiteral("--year"),
                    QStringLiteral("2027"), QStringLiteral("--growth"), QStringLiteral("10"),
                    QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(TestSupport::checksum(plan), before);
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("from_year")).toInt(), 2026);
    QCOMPARE(o.value(QStringLiteral("written")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("calendar_missing")).toBool());
    int trainees = 0;
    for (const auto &t : o.value(QStringLiteral("targets")).toArray())
        trainees += t.toObject().value(QStringLiteral("trainees")).toInt();
    QCOMPARE(trainees, 11000); // the demo's 10,000, +10 %
    for (const auto &l : o.value(QStringLiteral("lapsing")).toArray())
        QVERIFY(l.toObject()
                    .value(QStringLiteral("valid_until"))
                    .toString()
                    .startsWith(QLatin1String("2027-")));
    r = run({QStringLiteral("new-year"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--growth"), QStringLiteral("10"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().value(QStringLiteral("written")).toBool());
    r = run({QStringLiteral("info"), plan, QStringLiteral("--json")});
    int targets2027 = 0;
    for (const auto &t : r.json().value(QStringLiteral("targets")).toArray())
        targets2027 += t.toObject().value(QStringLiteral("year")).toInt() == 2027 ? 1 : 0;
    QCOMPARE(targets2027, 3);
    // Again: refused with the reason, nothing written.
    const QByteArray written = TestSupport::checksum(plan);
    r = run({QStringLiteral("new-year"), plan, QStringLiteral("--year"), QStringLiteral("2027")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("2027 has targets already"), r.err.constData());
    r = run({QStringLiteral("new-year"), plan, QStringLiteral("--year"), QStringLiteral("2028"),
             QStringLiteral("--growth"), QStringLiteral("900")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("makes no sense"), r.err.constData());
    QCOMPARE(TestSupport::checksum(plan), written);
    QCOMPARE(
        run({QStringLiteral("new-year"), plan, QStringLiteral("--year"), QStringLiteral("next")})
            .exitCode,
        2);

    // capacity: 2027 at +10 % is reachable (exit 0); at twice the targets it is not
    // (exit 3), and what is short is named with its months and a remedy.
    r = run({QStringLiteral("capacity"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = r.json();
    QVERIFY(o.value(QStringLiteral("feasible")).toBool());
    QVERIFY(o.value(QStringLiteral("calendar_missing")).toBool());
    QCOMPARE(o.value(QStringLiteral("tracks")).toArray().size(), 3);
    for (const auto &t : o.value(QStringLiteral("tracks")).toArray()) {
        const QJsonObject track = t.toObject();
        QCOMPARE(track.value(QStringLiteral("reachable_trained")).toInt(),
                 track.value(QStringLiteral("target_trained")).toInt());
        QVERIFY(track.value(QStringLiteral("cohorts_needed")).toInt() > 0);
        QCOMPARE(track.value(QStringLiteral("months")).toArray().size(), 12);
    }
    const QString doubled = m_dir.filePath(QStringLiteral("doubled.cohortplan"));
    TestSupport::copyPlan(m_plan, doubled);
    QCOMPARE(run({QStringLiteral("new-year"), doubled, QStringLiteral("--year"),
                  QStringLiteral("2027"), QStringLiteral("--growth"), QStringLiteral("150")})
                 .exitCode,
             0);
    r = run({QStringLiteral("capacity"), doubled, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    o = r.json();
    QVERIFY(!o.value(QStringLiteral("feasible")).toBool());
    QVERIFY(o.value(QStringLiteral("min_share")).toDouble() < 1);
    int bottlenecks = 0;
    for (const auto &t : o.value(QStringLiteral("tracks")).toArray()) {
        const QJsonObject track = t.toObject();
        QVERIFY(track.value(QStringLiteral("reachable_trained")).toInt() <=
                track.value(QStringLiteral("target_trained")).toInt());
        for (const auto &b : track.value(QStringLiteral("bottlenecks")).toArray()) {
            const QJsonObject bottleneck = b.toObject();
            QVERIFY(bottleneck.value(QStringLiteral("need")).toDouble() >
                    bottleneck.value(QStringLiteral("have")).toDouble());
            QVERIFY(!bottleneck.value(QStringLiteral("remedy")).toString().isEmpty());
            ++bottlenecks;
        }
    }
    QVERIFY(bottlenecks > 0);
    // A year without targets: refused with the reason.
    r = run({QStringLiteral("capacity"), plan, QStringLiteral("--year"), QStringLiteral("2031")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());

    // generate: a dry run writes nothing; the draft reaches the target (or names what it
    // could not place), adds no venue, calendar or instructor conflict, and capacity
    // then counts it as planned.
    const auto conflicts = [&](const QString &file) {
        const Result c = run({QStringLiteral("check"), file, QStringLiteral("--json")});
        return c.json().value(QStringLiteral("counts")).toObject();
    };
    const QJsonObject conflictsBefore = conflicts(plan);
    const QByteArray beforeDraft = TestSupport::checksum(plan);
    const QStringList from{QStringLiteral("--year"), QStringLiteral("2027"),
                           QStringLiteral("--from"), QStringLiteral("2027-01-01")};
    r = run(QStringList{QStringLiteral("generate"), plan, QStringLiteral("--dry-run"),
                        QStringLiteral("--json")} +
            from);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(TestSupport::checksum(plan), beforeDraft);
    const QJsonObject dry = r.json();
    QVERIFY(dry.value(QStringLiteral("dry_run")).toBool());
    QVERIFY(dry.value(QStringLiteral("cohorts_created")).toInt() > 300);
    QCOMPARE(dry.value(QStringLiteral("by_month")).toArray().size(), 12);
    int byMonth = 0;
    for (const auto &m : dry.value(QStringLiteral("by_month")).toArray())
        byMonth += m.toInt();
    QCOMPARE(byMonth, dry.value(QStringLiteral("cohorts_created")).toInt());
    int unplaced = 0;
    for (const auto &u : dry.value(QStringLiteral("unplaced")).toArray()) {
        QVERIFY(!u.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        unplaced += u.toObject().value(QStringLiteral("count")).toInt();
    }
    QCOMPARE(dry.value(QStringLiteral("target_trained")).toInt(), 11000);
    const int reached = dry.value(QStringLiteral("reachable_trained")).toInt();
    QVERIFY2(reached == 11000 || unplaced > 0, qPrintable(QString::number(reached)));
    QVERIFY(reached >= 10500);
    r = run(QStringList{QStringLiteral("generate"), plan, QStringLiteral("--staff"),
                        QStringLiteral("--json")} +
            from);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = r.json();
    QCOMPARE(o.value(QStringLiteral("cohorts_created")).toInt(),
             dry.value(QStringLiteral("cohorts_created")).toInt());
    const QJsonObject staffing = o.value(QStringLiteral("staffing")).toObject();
    QCOMPARE(staffing.value(QStringLiteral("staffed")).toInt(),
             staffing.value(QStringLiteral("roles")).toInt());
    const QJsonObject conflictsAfter = conflicts(plan);
    for (const char *rule :
         {"venue_double_booked", "non_working_day", "venue_too_small", "instructor_double_booked",
          "instructor_on_leave", "instructor_not_qualified", "qualification_expired",
          "over_weekly_limit", "over_monthly_limit", "over_yearly_limit", "no_lead"})
        QVERIFY2(conflictsAfter.value(QLatin1String(rule)).toInt() ==
                     conflictsBefore.value(QLatin1String(rule)).toInt(),
                 rule);
    r = run({QStringLiteral("capacity"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--json")});
    int planned = 0;
    for (const auto &t : r.json().value(QStringLiteral("tracks")).toArray())
        planned += t.toObject().value(QStringLiteral("planned_trained")).toInt();
    QVERIFY2(planned >= reached - 3,
             qPrintable(QStringLiteral("%1 planned, %2 reached").arg(planned).arg(reached)));
    // Bad input: a sentence, nothing written.
    const QByteArray drafted = TestSupport::checksum(plan);
    r = run({QStringLiteral("generate"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--profile"), QStringLiteral("1,2,3")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--profile takes twelve weights"), r.err.constData());
    r = run({QStringLiteral("generate"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--blackout"), QStringLiteral("2027-02-10..2027-02-01")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--blackout takes FROM..UNTIL"), r.err.constData());
    r = run({QStringLiteral("generate"), plan, QStringLiteral("--year"), QStringLiteral("2031")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    r = run({QStringLiteral("generate"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--from"), QStringLiteral("2028-01-05")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("2027 is over"), r.err.constData());
    QCOMPARE(TestSupport::checksum(plan), drafted);
}

void TestCli::check()
{
    // The demo plan as generated, then with one lead instructor double-booked.
    const Result clean = run({QStringLiteral("check"), m_plan, QStringLiteral("--json")});
    const QJsonObject before = clean.json();
    QVERIFY2(before.contains(QStringLiteral("conflicts")) &&
                 before.contains(QStringLiteral("counts")),
             clean.err.constData());
    QCOMPARE(clean.exitCode, before.value(QStringLiteral("blocking")).toInt() > 0 ? 3 : 0);
    QCOMPARE(before.value(QStringLiteral("counts")).toObject().size(), Planner::ConflictRuleCount);

    const QString broken = m_dir.filePath(QStringLiteral("double-booked.cohortplan"));
    TestSupport::copyPlan(m_plan, broken);
    TestSupport::addDoubleBooking(broken);
    const Result r = run({QStringLiteral("check"), broken, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject after = r.json();
    QVERIFY(after.value(QStringLiteral("counts"))
                .toObject()
                .value(QStringLiteral("instructor_double_booked"))
                .toInt() >= 1);
    bool found = false;
    for (const auto &c : after.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject o = c.toObject();
        for (const char *key :
             {"rule", "severity", "cohort", "instructor", "venue", "date", "explanation"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        if (o.value(QStringLiteral("rule")).toString() ==
            QLatin1String("instructor_double_booked")) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("block"));
            QVERIFY(!o.value(QStringLiteral("instructor")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("explanation"))
                        .toString()
                        .contains(o.value(QStringLiteral("cohort")).toString()));
        }
    }
    QVERIFY(found);
    // Made a warning, the double booking no longer blocks.
    const Result relaxed =
        run({QStringLiteral("check"), broken, QStringLiteral("--severity"),
             QStringLiteral("instructor_double_booked=warn"), QStringLiteral("--json")});
    const int blocking = relaxed.json().value(QStringLiteral("blocking")).toInt();
    const int doubleBookings = after.value(QStringLiteral("counts"))
                                   .toObject()
                                   .value(QStringLiteral("instructor_double_booked"))
                                   .toInt();
    QCOMPARE(blocking, after.value(QStringLiteral("blocking")).toInt() - doubleBookings);
    QCOMPARE(relaxed.json().value(QStringLiteral("warnings")).toInt(),
             after.value(QStringLiteral("warnings")).toInt() + doubleBookings);
    QCOMPARE(relaxed.exitCode, blocking > 0 ? 3 : 0);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "usage";
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << "unknown command";
    QTest::newRow("demo without --out") << QStringList{QStringLiteral("demo")} << "--out";
    QTest::newRow("too many years")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("x"),
                       QStringLiteral("--years"), QStringLiteral("11")}
        << "--years";
    QTest::newRow("bad as-of") << QStringList{QStringLiteral("demo"), QStringLiteral("--out"),
                                              QStringLiteral("x"), QStringLiteral("--as-of"),
                                              QStringLiteral("2026-02-30")}
                               << "--as-of";
    QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("--out"),
                                             QStringLiteral("x"), QStringLiteral("--seed"),
                                             QStringLiteral("abc")}
                              << "--seed";
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("info"), QStringLiteral("--bogus")} << "bogus";
    QTest::newRow("info without file") << QStringList{QStringLiteral("info")} << "exactly one";
    QTest::newRow("chart of an unknown kind")
        << QStringList{QStringLiteral("chart"),  m_plan,
                       QStringLiteral("--kind"), QStringLiteral("pie"),
                       QStringLiteral("--out"),  QStringLiteral("x.png")}
        << "--kind";
    QTest::newRow("chart to a bad suffix")
        << QStringList{QStringLiteral("chart"),  m_plan,
                       QStringLiteral("--kind"), QStringLiteral("progress"),
                       QStringLiteral("--out"),  QStringLiteral("x.gif")}
        << "--out";
    QTest::newRow("chart of a bad size")
        << QStringList{QStringLiteral("chart"),  m_plan,
                       QStringLiteral("--kind"), QStringLiteral("progress"),
                       QStringLiteral("--out"),  QStringLiteral("x.png"),
                       QStringLiteral("--size"), QStringLiteral("big")}
        << "--size";
    QTest::newRow("check with a bad severity")
        << QStringList{QStringLiteral("check"), m_plan, QStringLiteral("--severity"),
                       QStringLiteral("no_lead=maybe")}
        << "--severity";
    QTest::newRow("progress with a bad year")
        << QStringList{QStringLiteral("progress"), QStringLiteral("x"), QStringLiteral("--year"),
                       QStringLiteral("20x6")}
        << "--year";
    QTest::newRow("progress with an unknown track")
        << QStringList{QStringLiteral("progress"), m_plan, QStringLiteral("--track"),
                       QStringLiteral("Quantum")}
        << "unknown track";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text") << QByteArray("id,name\n1,Wang\n") << "not a SQLite database";
    QTest::newRow("empty") << QByteArray() << "empty";
}

void TestCli::refusedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.cohortplan").arg(QString::fromLatin1(QTest::currentDataTag())));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = TestSupport::checksum(path);
    Result r = run({QStringLiteral("info"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    // Asked for JSON, the error is one JSON object on stdout (and a line on stderr).
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY2(r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(reason),
             r.out.constData());
    QCOMPARE(
        r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("failed"));
    QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("bad-")), r.err.constData());

    r = run({QStringLiteral("verify"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(
        r.json().value(QStringLiteral("problems")).toArray().first().toString().contains(reason));
    QCOMPARE(TestSupport::checksum(path), before);

    r = run({QStringLiteral("info"), m_dir.filePath(QStringLiteral("missing.cohortplan"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("does not exist"));
}

// assumptions: lists each track's and course's rates with where they come from; sets a
// track's for the year and a course's; capacity then counts with them; out of range and
// unknown names are refused with nothing written.
void TestCli::budget()
{
    const QString plan = m_dir.filePath(QStringLiteral("budget.cohortplan"));
    TestSupport::copyPlan(m_plan, plan);
    auto report = [&](const QStringList &extra = {}) {
        return run(QStringList{QStringLiteral("budget"), plan, QStringLiteral("--year"),
                               QStringLiteral("2026"), QStringLiteral("--as-of"),
                               QStringLiteral("2026-11-28"), QStringLiteral("--json")} +
                   extra);
    };
    Result r = report();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject json = r.json();
    for (const char *key :
         {"year", "as_of", "budget", "spent", "forecast", "remaining", "spent_parts",
          "forecast_parts", "per_trainee", "per_certificate", "trained_forecast",
          "certified_forecast", "tracks", "months", "fixed_costs", "cohorts_without_lead"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    // The demo's costs: its tracks' budgets, three fixed costs, every part above zero.
    QCOMPARE(json.value(QStringLiteral("tracks")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("months")).toArray().size(), 12);
    QCOMPARE(json.value(QStringLiteral("fixed_costs")).toArray().size(), 3);
    const QJsonObject parts = json.value(QStringLiteral("forecast_parts")).toObject();
    for (const char *key : {"instructors", "venues", "trainees", "fixed"})
        QVERIFY2(parts.value(QLatin1String(key)).toDouble() > 0, key);
    const double forecast = json.value(QStringLiteral("forecast")).toDouble();
    const double spent = json.value(QStringLiteral("spent")).toDouble();
    QVERIFY(spent > 0 && spent <= forecast);
    QCOMPARE(parts.value(QStringLiteral("total")).toDouble(), forecast);
    QCOMPARE(json.value(QStringLiteral("budget")).toDouble(),
             2000.0 * 2600 + 4500.0 * 2800 + 3500.0 * 2900);
    const double perCertificate = json.value(QStringLiteral("per_certificate")).toDouble();
    QVERIFY(perCertificate > 1000 && perCertificate < 20000);

    // Set a budget, a fixed cost and a day rate; the figures follow.
    r = report({QStringLiteral("--budget"), QStringLiteral("区块链=8,000,000"),
                QStringLiteral("--fixed"), QStringLiteral("Evaluation=¥250,000"),
                QStringLiteral("--level-rate"), QStringLiteral("advanced=3500")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    json = r.json();
    QCOMPARE(json.value(QStringLiteral("fixed_costs")).toArray().size(), 4);
    QCOMPARE(json.value(QStringLiteral("forecast_parts")).toObject().value(QStringLiteral("fixed")),
             parts.value(QStringLiteral("fixed")).toDouble() + 250000);
    QVERIFY(json.value(QStringLiteral("forecast_parts"))
                .toObject()
                .value(QStringLiteral("instructors"))
                .toDouble() > parts.value(QStringLiteral("instructors")).toDouble());
    double blockchainBudget = 0;
    for (const QJsonValue &t : json.value(QStringLiteral("tracks")).toArray())
        if (t.toObject().value(QStringLiteral("track_zh")).toString() == QStringLiteral("区块链"))
            blockchainBudget = t.toObject().value(QStringLiteral("budget")).toDouble();
    QCOMPARE(blockchainBudget, 8000000.0);
    // A blank amount unsets or deletes.
    r = report({QStringLiteral("--fixed"), QStringLiteral("Evaluation=")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("fixed_costs")).toArray().size(), 3);

    // Bad input: a clear sentence, nothing written.
    const QByteArray before = TestSupport::checksum(plan);
    r = report({QStringLiteral("--fixed"), QStringLiteral("Evaluation=a lot")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("whole yuan"), r.err.constData());
    r = report({QStringLiteral("--budget"), QStringLiteral("Nowhere=5")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("unknown track"), r.err.constData());
    r = report({QStringLiteral("--fixed"), QStringLiteral("Evaluation=-5")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("between"), r.err.constData());
    r = report({QStringLiteral("--level-rate"), QStringLiteral("expert=5")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(TestSupport::checksum(plan), before);
}

void TestCli::scenarios()
{
    const QString plan = m_dir.filePath(QStringLiteral("scenarios.cohortplan"));
    TestSupport::copyPlan(m_plan, plan);
    auto scenario = [&](const QStringList &args) {
        return run(QStringList{QStringLiteral("scenario"), plan} + args +
                   QStringList{QStringLiteral("--json")});
    };
    Result r = scenario({QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().value(QStringLiteral("scenarios")).toArray().isEmpty());
    const QByteArray original = TestSupport::checksum(plan);
    r = scenario({QStringLiteral("create"), QStringLiteral("12,000 with 20 more AI instructors")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json()
                .value(QStringLiteral("scenario"))
                .toObject()
                .value(QStringLiteral("usable"))
                .toBool());
    r = scenario({QStringLiteral("create"), QStringLiteral("Plan: B")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot contain"), r.err.constData());
    r = scenario({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    r = scenario({QStringLiteral("list")});
    QCOMPARE(r.json().value(QStringLiteral("scenarios")).toArray().size(), 1);
    QCOMPARE(TestSupport::checksum(plan), original);
    r = scenario({QStringLiteral("promote"), QStringLiteral("12,000 with 20 more AI instructors")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(r.json().value(QStringLiteral("backup")).toString()));
    r = scenario({QStringLiteral("delete"), QStringLiteral("12,000 with 20 more AI instructors")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = scenario({QStringLiteral("delete"), QStringLiteral("12,000 with 20 more AI instructors")});
    QCOMPARE(r.exitCode, 1);
}

void TestCli::assumptions()
{
    const QString plan = m_dir.filePath(QStringLiteral("assumptions.cohortplan"));
    TestSupport::copyPlan(m_plan, plan);
    QCOMPARE(
        run({QStringLiteral("new-year"), plan, QStringLiteral("--year"), QStringLiteral("2027")})
            .exitCode,
        0);
    auto list = [&] {
        const Result r = run({QStringLiteral("assumptions"), plan, QStringLiteral("--year"),
                              QStringLiteral("2027"), QStringLiteral("--json")});
        return r.exitCode == 0 ? r.json().value(QStringLiteral("assumptions")).toArray()
                               : QJsonArray();
    };
    QJsonArray lines = list();
    QCOMPARE(lines.size(), 15); // 3 tracks, 12 courses
    const QJsonObject first = lines.first().toObject();
    const QString track = first.value(QStringLiteral("track")).toString();
    QVERIFY(!track.isEmpty());
    QCOMPARE(first.value(QStringLiteral("sources"))
                 .toObject()
                 .value(QStringLiteral("pass_rate"))
                 .toString(),
             QStringLiteral("2026 actuals"));
    const QString course = lines.at(1).toObject().value(QStringLiteral("course")).toString();
    QCOMPARE(lines.at(1)
                 .toObject()
                 .value(QStringLiteral("sources"))
                 .toObject()
                 .value(QStringLiteral("pass_rate"))
                 .toString(),
             QStringLiteral("track"));

    Result r = run({QStringLiteral("capacity"), plan, QStringLiteral("--year"),
                    QStringLiteral("2027"), QStringLiteral("--json")});
    auto needed = [](const Result &result, const QString &name) {
        for (const auto &t : result.json().value(QStringLiteral("tracks")).toArray())
            if (t.toObject().value(QStringLiteral("track")).toString() == name)
                return t.toObject().value(QStringLiteral("cohorts_needed")).toInt();
        return -1;
    };
    const int before = needed(r, track);
    QVERIFY(before > 0);
    r = run({QStringLiteral("assumptions"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--track"), track, QStringLiteral("--completion"), QStringLiteral("60"),
             QStringLiteral("--pass"), QStringLiteral("50%")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({QStringLiteral("assumptions"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--course"), course, QStringLiteral("--fill"), QStringLiteral("70")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    lines = list();
    QCOMPARE(lines.first().toObject().value(QStringLiteral("completion_rate")).toDouble(), 0.6);
    QCOMPARE(lines.first()
                 .toObject()
                 .value(QStringLiteral("sources"))
                 .toObject()
                 .value(QStringLiteral("pass_rate"))
                 .toString(),
             QStringLiteral("plan"));
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("fill_rate")).toDouble(), 0.7);
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("completion_rate")).toDouble(),
             0.6); // its track's
    // A course's share of the new cohorts: set to 0, the others share the whole.
    r = run({QStringLiteral("assumptions"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--course"), course, QStringLiteral("--share"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    lines = list();
    QCOMPARE(lines.at(1).toObject().value(QStringLiteral("cohort_share")).toDouble(), 0.0);
    double shares = 0;
    for (int i = 1; i <= 4; ++i)
        shares += lines.at(i).toObject().value(QStringLiteral("cohort_share")).toDouble();
    QVERIFY(qAbs(shares - 1.0) < 1e-3);
    QCOMPARE(
        run({QStringLiteral("assumptions"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--track"), track, QStringLiteral("--share"), QStringLiteral("10")})
            .exitCode,
        2);
    // Fewer complete, fewer are certified: more cohorts are needed for the same target.
    r = run({QStringLiteral("capacity"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--json")});
    QVERIFY2(needed(r, track) > before,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(needed(r, track))));
    for (const auto &t : r.json().value(QStringLiteral("tracks")).toArray())
        for (const auto &c : t.toObject().value(QStringLiteral("courses")).toArray())
            if (c.toObject().value(QStringLiteral("course")).toString() == course)
                QCOMPARE(c.toObject().value(QStringLiteral("cohorts_needed")).toInt(), 0);

    // Refused: out of range (with the range), a rate without whose it is, an unknown name,
    // a year without targets; nothing written.
    const QByteArray written = TestSupport::checksum(plan);
    r = run({QStringLiteral("assumptions"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--track"), track, QStringLiteral("--no-show"), QStringLiteral("95")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("from 0 % to 90 %"), r.err.constData());
    QCOMPARE(run({QStringLiteral("assumptions"), plan, QStringLiteral("--year"),
                  QStringLiteral("2027"), QStringLiteral("--fill"), QStringLiteral("80")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("assumptions"), plan, QStringLiteral("--year"),
                  QStringLiteral("2027"), QStringLiteral("--track"), QStringLiteral("Quantum"),
                  QStringLiteral("--fill"), QStringLiteral("80")})
                 .exitCode,
             2);
    QCOMPARE(
        run({QStringLiteral("assumptions"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--track"), track, QStringLiteral("--fill"), QStringLiteral("lots")})
            .exitCode,
        2);
    r = run(
        {QStringLiteral("assumptions"), plan, QStringLiteral("--year"), QStringLiteral("2031")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("2031 has no targets"), r.err.constData());
    QCOMPARE(TestSupport::checksum(plan), written);
    // Unset again: back to the actuals.
    r = run({QStringLiteral("assumptions"), plan, QStringLiteral("--year"), QStringLiteral("2027"),
             QStringLiteral("--track"), track, QStringLiteral("--completion="),
             QStringLiteral("--pass=")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(list()
                 .first()
                 .toObject()
                 .value(QStringLiteral("sources"))
                 .toObject()
                 .value(QStringLiteral("completion_rate"))
                 .toString(),
             QStringLiteral("2026 actuals"));
}

// Errors say what went wrong: a missing folder is not "someone else's lock"; a year the
// plan has nothing in is refused by progress as by chart; --json errors, misuse included,
// come as one JSON object.
void TestCli::honestErrors()
{
    Result r = run({QStringLiteral("demo"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("no/such/folder/x.cohortplan"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("does not exist") && !r.err.contains("another Cohort Planner"),
             r.err.constData());

    r = run({QStringLiteral("progress"), m_plan, QStringLiteral("--year"), QStringLiteral("2030"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QLatin1String("no targets or cohorts in 2030")),
             r.out.constData());
    r = run({QStringLiteral("progress"), m_plan, QStringLiteral("--year"), QStringLiteral("2026"),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = run({QStringLiteral("capacity"), m_plan, QStringLiteral("--year"), QStringLiteral("soon"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(
        r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("usage"));
    QCOMPARE(r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("exit_code"))
                 .toInt(),
             2);
    r = run({QStringLiteral("info"), m_plan, QStringLiteral("--no-such-option"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QLatin1String("no-such-option")),
             r.out.constData());
    // Without --json, stdout stays empty.
    r = run({QStringLiteral("info"), m_dir.filePath(QStringLiteral("none.cohortplan"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"

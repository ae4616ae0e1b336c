// SPDX-License-Identifier: GPL-3.0-or-later
// The enrollment lifecycle: seats then the waitlist in order, promotion on withdrawal,
// overlap refusal, transfers, status transitions and outcome ranges (EnrollmentRules),
// and the same edits through PlanEdits and the editor: one undo step each, audited, and
// refusals that write nothing.
#include "testsupport.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "planning/enrollmentrules.h"
#include "store/auditlog.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "store/repository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Planner;

Q_DECLARE_METATYPE(EnrollmentStatus)

namespace {

// Cohorts as in TestSupport::writeEnrollmentPlan: A and B overlap, C does not, D is
// cancelled and overlaps nothing else.
EnrollmentInput baseInput()
{
    EnrollmentInput input;
    input.cohorts = {
        {1, QStringLiteral("A"), 2, CohortStatus::Open, QDate(2026, 3, 2), QDate(2026, 3, 6)},
        {2, QStringLiteral("B"), 3, CohortStatus::Open, QDate(2026, 3, 4), QDate(2026, 3, 10)},
        {3, QStringLiteral("C"), 2, CohortStatus::Planned, QDate(2026, 4, 6), QDate(2026, 4, 10)},
        {4, QStringLiteral("D"), 5, CohortStatus::Cancelled, QDate(2026, 3, 2), QDate(2026, 3, 6)},
    };
    for (Id i = 1; i <= 8; ++i)
        input.traineeNames.insert(i, QStringLiteral("Trainee %1").arg(i));
    return input;
}

Enrollment enrollment(Id id, Id trainee, Id cohort, EnrollmentStatus status, int position = 0)
{
    Enrollment e;
    e.id = id;
    e.traineeId = trainee;
    e.cohortId = cohort;
    e.status = status;
    e.waitlistPosition = position;
    e.enrolledOn = QDate(2026, 1, 5);
    return e;
}

// The rules after applying outcome's changes to input (new enrollments get ids 100 ...).
EnrollmentInput applied(EnrollmentInput input, const EnrollmentOutcome &outcome)
{
    Id next = 100;
    for (const EnrollmentChange &c : outcome.changes) {
        Enrollment e = c.after;
        if (!c.before) {
            e.id = next++;
            input.enrollments.push_back(e);
            continue;
        }
        for (Enrollment &stored : input.enrollments) {
            if (stored.id == e.id)
                stored = e;
        }
    }
    return input;
}

const EnrollmentChange *changeOf(const EnrollmentOutcome &outcome, Id traineeId)
{
    for (const EnrollmentChange &c : outcome.changes) {
        if (c.after.traineeId == traineeId)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestEnrollment final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Rules
    void seatsThenWaitlist_data();
    void seatsThenWaitlist();
    void withdrawalPromotesInOrder();
    void overlapIsRefused_data();
    void overlapIsRefused();
    void transferTakesSeatOrWaitlist();
    void transitions_data();
    void transitions();
    void outcomes_data();
    void outcomes();
    void waitlistReorder();
    void capacity();
    void pastedColumn_data();
    void pastedColumn();

    // Edits through the editor
    void editsRoundTrip();
    void promotionIsAudited();
    void refusalWritesNothing();
    void capacityEditKeepsEveryone();
    void outcomesFeedTheReadModels();
    void deletingTraineePromotes_data();
    void deletingTraineePromotes();
    void movingDatesIntoOverlap_data();
    void movingDatesIntoOverlap();

private:
    QString state() const;

    QTemporaryDir m_dir;
    QString m_master;
    QString m_path;
    std::unique_ptr<PlanDatabase> m_plan;
    PlanEditor *m_editor = nullptr;
};

void TestEnrollment::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_master =
        TestSupport::writeEnrollmentPlan(m_dir.filePath(QStringLiteral("master.cohortplan")));
}

void TestEnrollment::init()
{
    m_path = m_dir.filePath(QStringLiteral("work.cohortplan"));
    TestSupport::copyPlan(m_master, m_path);
    m_plan = TestSupport::openPlan(m_path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(m_plan);
    m_editor = new PlanEditor(this);
    m_editor->setPlan(m_plan.get());
}

void TestEnrollment::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    m_plan.reset();
}

// Every enrollment as text, for comparing states of the plan.
QString TestEnrollment::state() const
{
    QStringList lines;
    for (const Enrollment &e : Repository<Enrollment>(m_plan->database()).loadAll())
        lines << QStringLiteral("%1 t%2 c%3 %4 %5 %6 %7 %8")
                     .arg(e.id)
                     .arg(e.traineeId)
                     .arg(e.cohortId)
                     .arg(toKey(e.status))
                     .arg(e.waitlistPosition)
                     .arg(e.score ? QString::number(*e.score) : QStringLiteral("-"))
                     .arg(toKey(e.certification), e.certifiedOn.toString(Qt::ISODate));
    return lines.join(QLatin1Char('\n'));
}

void TestEnrollment::seatsThenWaitlist_data()
{
    QTest::addColumn<int>("alreadySeated");
    QTest::addColumn<int>("alreadyWaiting");
    QTest::addColumn<int>("enrolling");
    QTest::addColumn<int>("seated");
    QTest::addColumn<QList<int>>("positions"); // of the newly waitlisted, in order

    QTest::newRow("empty cohort, fits") << 0 << 0 << 2 << 2 << QList<int>{};
    QTest::newRow("empty cohort, overflows") << 0 << 0 << 5 << 2 << QList<int>{1, 2, 3};
    QTest::newRow("one seat left") << 1 << 0 << 3 << 1 << QList<int>{1, 2};
    QTest::newRow("full, behind the waiting") << 2 << 2 << 2 << 0 << QList<int>{3, 4};
}

void TestEnrollment::seatsThenWaitlist()
{
    QFETCH(int, alreadySeated);
    QFETCH(int, alreadyWaiting);
    QFETCH(int, enrolling);
    QFETCH(int, seated);
    QFETCH(QList<int>, positions);

    EnrollmentInput input = baseInput();
    Id trainee = 1;
    for (int i = 0; i < alreadySeated; ++i, ++trainee)
        input.enrollments.push_back(enrollment(trainee, trainee, 1, EnrollmentStatus::Enrolled));
    for (int i = 0; i < alreadyWaiting; ++i, ++trainee)
        input.enrollments.push_back(
            enrollment(trainee, trainee, 1, EnrollmentStatus::Waitlisted, i + 1));
    std::vector<Id> newcomers;
    for (int i = 0; i < enrolling; ++i)
        newcomers.push_back(trainee + i);

    const EnrollmentRules rules(input);
    const EnrollmentOutcome outcome = rules.enroll(newcomers, 1, QDate(2026, 2, 1));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.seated, seated);
    QCOMPARE(outcome.waitlisted, int(positions.size()));
    QCOMPARE(int(outcome.changes.size()), enrolling);
    QList<int> waiting;
    for (const EnrollmentChange &c : outcome.changes) {
        QVERIFY(!c.before);
        QCOMPARE(c.after.id, Id(0));
        QCOMPARE(c.after.enrolledOn, QDate(2026, 2, 1));
        if (c.after.status == EnrollmentStatus::Waitlisted)
            waiting << c.after.waitlistPosition;
        else
            QCOMPARE(c.after.status, EnrollmentStatus::Enrolled);
    }
    // In the order given: the first ones get the seats.
    for (int i = 0; i < seated; ++i)
        QCOMPARE(outcome.changes[std::size_t(i)].after.status, EnrollmentStatus::Enrolled);
    QCOMPARE(waiting, positions);
}

void TestEnrollment::withdrawalPromotesInOrder()
{
    EnrollmentInput input = baseInput();
    input.enrollments = {enrollment(1, 1, 1, EnrollmentStatus::Enrolled),
                         enrollment(2, 2, 1, EnrollmentStatus::Enrolled),
                         enrollment(3, 3, 1, EnrollmentStatus::Waitlisted, 2),
                         enrollment(4, 4, 1, EnrollmentStatus::Waitlisted, 1),
                         enrollment(5, 5, 1, EnrollmentStatus::Waitlisted, 3)};
    const EnrollmentRules rules(input);

    // A seat holder leaves: the first in line (trainee 4, position 1) gets the seat.
    EnrollmentOutcome outcome = rules.withdraw({2});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.promoted, 1);
    const EnrollmentChange *promoted = changeOf(outcome, 4);
    QVERIFY(promoted);
    QCOMPARE(promoted->after.status, EnrollmentStatus::Enrolled);
    QCOMPARE(promoted->after.waitlistPosition, 0);
    QCOMPARE(promoted->promotedBecauseOf, Id(2));
    QCOMPARE(changeOf(outcome, 2)->after.status, EnrollmentStatus::Withdrawn);
    QCOMPARE(changeOf(outcome, 3)->after.waitlistPosition, 1);
    QCOMPARE(changeOf(outcome, 5)->after.waitlistPosition, 2);
    QCOMPARE(changeOf(outcome, 1), nullptr);

    // Two seats freed at once: the two first in line, each credited to one withdrawal.
    outcome = rules.withdraw({1, 2});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.promoted, 2);
    QCOMPARE(changeOf(outcome, 4)->promotedBecauseOf, Id(1));
    QCOMPARE(changeOf(outcome, 3)->promotedBecauseOf, Id(2));
    QCOMPARE(changeOf(outcome, 5)->after.waitlistPosition, 1);

    // Someone waiting leaves: nobody is promoted, the list closes up.
    outcome = rules.withdraw({4});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.promoted, 0);
    QCOMPARE(changeOf(outcome, 3)->after.waitlistPosition, 1);
    QCOMPARE(changeOf(outcome, 5)->after.waitlistPosition, 2);

    // A completed trainee cannot be withdrawn; nothing changes.
    input.enrollments[0].status = EnrollmentStatus::Completed;
    outcome = EnrollmentRules(input).withdraw({2, 1});
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.changes.empty());
    QVERIFY2(outcome.problem->message.contains(QLatin1String("Trainee 1")),
             qPrintable(outcome.problem->message));
}

void TestEnrollment::overlapIsRefused_data()
{
    QTest::addColumn<Id>("heldCohort");
    QTest::addColumn<EnrollmentStatus>("heldStatus");
    QTest::addColumn<Id>("target");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("enrolled in A, into overlapping B")
        << Id(1) << EnrollmentStatus::Enrolled << Id(2) << false;
    QTest::newRow("waitlisted in A, into B")
        << Id(1) << EnrollmentStatus::Waitlisted << Id(2) << false;
    QTest::newRow("completed A, into B") << Id(1) << EnrollmentStatus::Completed << Id(2) << false;
    QTest::newRow("withdrawn from A, into B")
        << Id(1) << EnrollmentStatus::Withdrawn << Id(2) << true;
    QTest::newRow("enrolled in A, into later C")
        << Id(1) << EnrollmentStatus::Enrolled << Id(3) << true;
    QTest::newRow("in cancelled D, into A on the same days")
        << Id(4) << EnrollmentStatus::Enrolled << Id(1) << true;
    QTest::newRow("already in A, into A") << Id(1) << EnrollmentStatus::Enrolled << Id(1) << false;
    QTest::newRow("withdrawn from A, into A again")
        << Id(1) << EnrollmentStatus::Withdrawn << Id(1) << true;
    QTest::newRow("into cancelled D") << Id(3) << EnrollmentStatus::Enrolled << Id(4) << false;
}

void TestEnrollment::overlapIsRefused()
{
    QFETCH(Id, heldCohort);
    QFETCH(EnrollmentStatus, heldStatus);
    QFETCH(Id, target);
    QFETCH(bool, allowed);

    EnrollmentInput input = baseInput();
    input.enrollments.push_back(
        enrollment(7, 1, heldCohort, heldStatus, heldStatus == EnrollmentStatus::Waitlisted));
    const EnrollmentOutcome outcome = EnrollmentRules(input).enroll({1}, target, QDate(2026, 2, 1));
    QCOMPARE(outcome.ok(), allowed);
    if (!allowed) {
        QVERIFY(outcome.changes.empty());
        QVERIFY(!outcome.problem->message.isEmpty());
        return;
    }
    QCOMPARE(int(outcome.changes.size()), 1);
    // Enrolled again after a withdrawal: the same record, reused.
    if (heldCohort == target)
        QCOMPARE(outcome.changes.front().after.id, Id(7));
}

void TestEnrollment::transferTakesSeatOrWaitlist()
{
    EnrollmentInput input = baseInput();
    input.enrollments = {enrollment(1, 1, 1, EnrollmentStatus::Enrolled),
                         enrollment(2, 2, 1, EnrollmentStatus::Enrolled),
                         enrollment(3, 3, 1, EnrollmentStatus::Waitlisted, 1),
                         enrollment(4, 4, 3, EnrollmentStatus::Enrolled),
                         enrollment(5, 5, 3, EnrollmentStatus::Enrolled)};
    const EnrollmentRules rules(input);
    // From A to the full C: onto C's waitlist; A's seat goes to trainee 3.
    EnrollmentOutcome outcome = rules.transfer({1}, 3, QDate(2026, 2, 2));
    QVERIFY2(outcome.ok(), qPrintable(outcome.problem ? outcome.problem->message : QString()));
    QCOMPARE(outcome.waitlisted, 1);
    QCOMPARE(outcome.promoted, 1);
    QCOMPARE(changeOf(outcome, 3)->after.status, EnrollmentStatus::Enrolled);
    QCOMPARE(changeOf(outcome, 3)->promotedBecauseOf, Id(1));
    int inserted = 0;
    for (const EnrollmentChange &c : outcome.changes) {
        if (!c.before) {
            ++inserted;
            QCOMPARE(c.after.cohortId, Id(3));
            QCOMPARE(c.after.status, EnrollmentStatus::Waitlisted);
            QCOMPARE(c.after.waitlistPosition, 1);
        } else if (c.after.id == 1) {
            QCOMPARE(c.after.status, EnrollmentStatus::Withdrawn); // the history stays
        }
    }
    QCOMPARE(inserted, 1);

    // From A to B, which overlaps A: allowed, since A is left.
    QVERIFY(rules.transfer({2}, 2, QDate(2026, 2, 2)).ok());
    // Into the cohort it is in: refused.
    QVERIFY(!rules.transfer({2}, 1, QDate(2026, 2, 2)).ok());
}

void TestEnrollment::transitions_data()
{
    QTest::addColumn<EnrollmentStatus>("from");
    QTest::addColumn<EnrollmentStatus>("to");
    QTest::addColumn<bool>("allowed");
    using S = EnrollmentStatus;
    const S all[] = {S::Enrolled, S::Waitlisted, S::Withdrawn, S::Completed, S::Failed};
    const auto allowed = [](S from, S to) {
        if (from == to)
            return true;
        switch (from) {
        case S::Enrolled:
            return to == S::Completed || to == S::Failed || to == S::Withdrawn;
        case S::Waitlisted:
            return to == S::Withdrawn; // enrolled only by promotion
        case S::Completed:
            return to == S::Failed;
        case S::Failed:
            return to == S::Completed;
        case S::Withdrawn:
            return false;
        }
        return false;
    };
    for (S from : all) {
        for (S to : all)
            QTest::addRow("%s -> %s", qPrintable(toKey(from)), qPrintable(toKey(to)))
                << from << to << allowed(from, to);
    }
}

void TestEnrollment::transitions()
{
    QFETCH(EnrollmentStatus, from);
    QFETCH(EnrollmentStatus, to);
    QFETCH(bool, allowed);
    EnrollmentInput input = baseInput();
    input.enrollments = {enrollment(1, 1, 1, from, from == EnrollmentStatus::Waitlisted ? 1 : 0)};
    OutcomeEdit edit;
    edit.status = to;
    const EnrollmentOutcome outcome = EnrollmentRules(input).setOutcomes({{1, edit}});
    QCOMPARE(outcome.ok(), allowed);
    if (allowed && from != to) {
        QCOMPARE(int(outcome.changes.size()), 1);
        QCOMPARE(outcome.changes.front().after.status, to);
    }
    if (!allowed)
        QVERIFY(outcome.changes.empty());
}

void TestEnrollment::outcomes_data()
{
    QTest::addColumn<EnrollmentStatus>("status");
    QTest::addColumn<QVariant>("attendance");
    QTest::addColumn<QVariant>("score");
    QTest::addColumn<int>("certification");
    QTest::addColumn<QDate>("certifiedOn");
    QTest::addColumn<QString>("refusedField"); // empty: allowed

    using S = EnrollmentStatus;
    const QVariant none;
    QTest::newRow("score and attendance")
        << S::Completed << QVariant(0.95) << QVariant(88.5) << 0 << QDate() << QString();
    QTest::newRow("score above 100")
        << S::Completed << none << QVariant(100.5) << 0 << QDate() << QStringLiteral("score");
    QTest::newRow("negative score")
        << S::Enrolled << none << QVariant(-1.0) << 0 << QDate() << QStringLiteral("score");
    QTest::newRow("attendance above 1")
        << S::Enrolled << QVariant(1.2) << none << 0 << QDate() << QStringLiteral("attendance");
    QTest::newRow("certified") << S::Completed << none << none << int(CertificationLevel::Senior)
                               << QDate(2026, 3, 6) << QString();
    QTest::newRow("certified on the first day")
        << S::Completed << none << none << 1 << QDate(2026, 3, 2) << QString();
    QTest::newRow("certified before the start")
        << S::Completed << none << none << 1 << QDate(2026, 3, 1) << QStringLiteral("certified_on");
    QTest::newRow("certified without a date")
        << S::Completed << none << none << 1 << QDate() << QStringLiteral("certified_on");
    QTest::newRow("failed and certified")
        << S::Failed << none << none << 1 << QDate(2026, 3, 6) << QStringLiteral("certification");
    QTest::newRow("enrolled and certified")
        << S::Enrolled << none << none << 2 << QDate(2026, 3, 6) << QStringLiteral("certification");
    QTest::newRow("score on the waitlist")
        << S::Waitlisted << none << QVariant(50.0) << 0 << QDate() << QStringLiteral("score");
}

void TestEnrollment::outcomes()
{
    QFETCH(EnrollmentStatus, status);
    QFETCH(QVariant, attendance);
    QFETCH(QVariant, score);
    QFETCH(int, certification);
    QFETCH(QDate, certifiedOn);
    QFETCH(QString, refusedField);

    EnrollmentInput input = baseInput();
    input.enrollments = {
        enrollment(1, 1, 1, status, status == EnrollmentStatus::Waitlisted ? 1 : 0)};
    OutcomeEdit edit;
    if (attendance.isValid())
        edit.attendance = std::optional<double>(attendance.toDouble());
    if (score.isValid())
        edit.score = std::optional<double>(score.toDouble());
    if (certification != 0) {
        edit.certification = CertificationLevel(certification);
        edit.certifiedOn = certifiedOn;
    }
    const EnrollmentOutcome outcome = EnrollmentRules(input).setOutcomes({{1, edit}});
    if (refusedField.isEmpty()) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.problem ? outcome.problem->message : QString()));
        QCOMPARE(int(outcome.changes.size()), 1);
    } else {
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.problem->field, refusedField);
        QVERIFY(outcome.problem->message.contains(QLatin1String("Trainee 1")));
        QVERIFY(outcome.changes.empty());
    }
}

void TestEnrollment::waitlistReorder()
{
    EnrollmentInput input = baseInput();
    input.enrollments = {enrollment(1, 1, 1, EnrollmentStatus::Enrolled),
                         enrollment(2, 2, 1, EnrollmentStatus::Enrolled),
                         enrollment(3, 3, 1, EnrollmentStatus::Waitlisted, 1),
                         enrollment(4, 4, 1, EnrollmentStatus::Waitlisted, 2),
                         enrollment(5, 5, 1, EnrollmentStatus::Waitlisted, 3)};
    const EnrollmentRules rules(input);
    EnrollmentOutcome outcome = rules.moveOnWaitlist(5, 1);
    QVERIFY(outcome.ok());
    EnrollmentRules after(applied(input, outcome));
    std::vector<Id> order;
    for (const Enrollment &e : after.waitlist(1))
        order.push_back(e.traineeId);
    QCOMPARE(order, (std::vector<Id>{5, 3, 4}));
    // And the promotion follows the new order.
    outcome = after.withdraw({1});
    QCOMPARE(changeOf(outcome, 5)->after.status, EnrollmentStatus::Enrolled);
    QVERIFY(!rules.moveOnWaitlist(1, 1).ok()); // not waiting
}

void TestEnrollment::capacity()
{
    EnrollmentInput input = baseInput();
    input.enrollments = {enrollment(1, 1, 2, EnrollmentStatus::Enrolled),
                         enrollment(2, 2, 2, EnrollmentStatus::Completed),
                         enrollment(3, 3, 2, EnrollmentStatus::Failed),
                         enrollment(4, 4, 2, EnrollmentStatus::Withdrawn),
                         enrollment(5, 5, 2, EnrollmentStatus::Waitlisted, 1),
                         enrollment(6, 6, 2, EnrollmentStatus::Waitlisted, 2)};
    const EnrollmentRules rules(input);
    QCOMPARE(rules.seatHolders(2), 3);
    QVERIFY(rules.checkCapacity(2, 3).ok());
    const auto v = rules.checkCapacity(2, 2);
    QVERIFY(!v.ok());
    QCOMPARE(v.problem().field, QStringLiteral("capacity"));
    // Growing by one seats the first in line.
    const EnrollmentOutcome grown = rules.fillSeats(2, 4);
    QCOMPARE(grown.promoted, 1);
    QCOMPARE(changeOf(grown, 5)->after.status, EnrollmentStatus::Enrolled);
    QCOMPARE(changeOf(grown, 6)->after.waitlistPosition, 1);
}

void TestEnrollment::pastedColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("score");
    QTest::addColumn<QList<double>>("values"); // -1: cleared
    QTest::addColumn<int>("badLine");          // 0: none

    QTest::newRow("excel column, CRLF") << "88\r\n92.5\r\n70\r\n"
                                        << true << QList<double>{88, 92.5, 70} << 0;
    QTest::newRow("decimal comma, LF") << "88,5\n91" << true << QList<double>{88.5, 91} << 0;
    QTest::newRow("empty line clears") << "88\n\n70\n" << true << QList<double>{88, -1, 70} << 0;
    QTest::newRow("first cell of each row") << "88\tx\n77\ty" << true << QList<double>{88, 77} << 0;
    QTest::newRow("word on line 2") << "88\nabsent\n70" << true << QList<double>{} << 2;
    QTest::newRow("above 100 on line 3") << "88\n90\n101" << true << QList<double>{} << 3;
    QTest::newRow("attendance fractions") << "0.9\n1\n0" << false << QList<double>{0.9, 1, 0} << 0;
    QTest::newRow("attendance percentages")
        << "95%\n80\n100 %" << false << QList<double>{0.95, 0.8, 1} << 0;
    QTest::newRow("attendance over 100%") << "0.5\n120%" << false << QList<double>{} << 2;
}

void TestEnrollment::pastedColumn()
{
    QFETCH(QString, text);
    QFETCH(bool, score);
    QFETCH(QList<double>, values);
    QFETCH(int, badLine);
    const auto parsed = PastedColumn::parse(text, score ? PastedColumn::Field::Score
                                                        : PastedColumn::Field::Attendance);
    if (badLine != 0) {
        QVERIFY(parsed.problem);
        QVERIFY2(parsed.problem->message.startsWith(QStringLiteral("Line %1:").arg(badLine)),
                 qPrintable(parsed.problem->message));
        return;
    }
    VERIFY_NO_PROBLEM(parsed.problem);
    QCOMPARE(int(parsed.values.size()), int(values.size()));
    for (std::size_t i = 0; i < parsed.values.size(); ++i) {
        if (values[qsizetype(i)] < 0)
            QVERIFY(!parsed.values[i]);
        else
            QVERIFY(qFuzzyCompare(*parsed.values[i], values[qsizetype(i)]));
    }
}

void TestEnrollment::editsRoundTrip()
{
    const PlanEdits edits(m_plan->database());
    const QString empty = state();
    QVERIFY(m_editor->execute(QStringLiteral("enroll"), edits.enroll({1, 2, 3, 4}, 1).changes)
                .message()
                .isEmpty());
    const QString enrolled = state();
    QCOMPARE(PlanQueries(m_plan->database()).cohortRoster(1).entries.size(), std::size_t(4));
    Enrollment first;
    for (const Enrollment &e : Repository<Enrollment>(m_plan->database()).loadAll()) {
        if (e.traineeId == 1)
            first = e;
    }
    PlanEdit withdraw = PlanEdits(m_plan->database()).withdraw({first.id});
    QVERIFY(withdraw.ok());
    QVERIFY2(withdraw.text.contains(QLatin1String("promoted")), qPrintable(withdraw.text));
    QVERIFY(m_editor->execute(withdraw.text, std::move(withdraw.changes)).message().isEmpty());
    const QString afterWithdrawal = state();
    OutcomeEdit done;
    done.status = EnrollmentStatus::Completed;
    const std::vector<Id> seated = [&] {
        std::vector<Id> ids;
        for (const Enrollment &e : Repository<Enrollment>(m_plan->database()).loadAll()) {
            if (e.status == EnrollmentStatus::Enrolled)
                ids.push_back(e.id);
        }
        return ids;
    }();
    QCOMPARE(int(seated.size()), 2);
    PlanEdit complete = PlanEdits(m_plan->database()).setOutcome(seated, done);
    QVERIFY(complete.ok());
    QVERIFY(m_editor->execute(complete.text, std::move(complete.changes)).message().isEmpty());
    const QString completed = state();
    QCOMPARE(m_editor->undoStack()->count(), 3);

    // Each step undoes and redoes exactly.
    m_editor->undoStack()->undo();
    QCOMPARE(state(), afterWithdrawal);
    m_editor->undoStack()->undo();
    QCOMPARE(state(), enrolled);
    m_editor->undoStack()->undo();
    QCOMPARE(state(), empty);
    m_editor->undoStack()->redo();
    QCOMPARE(state(), enrolled);
    m_editor->undoStack()->redo();
    QCOMPARE(state(), afterWithdrawal);
    m_editor->undoStack()->redo();
    QCOMPARE(state(), completed);
}

void TestEnrollment::promotionIsAudited()
{
    QVERIFY(m_editor
                ->execute(QStringLiteral("enroll"),
                          PlanEdits(m_plan->database()).enroll({1, 2, 3}, 1).changes)
                .message()
                .isEmpty());
    Id withdrawn = 0, waiting = 0;
    for (const Enrollment &e : Repository<Enrollment>(m_plan->database()).loadAll()) {
        if (e.traineeId == 2)
            withdrawn = e.id;
        if (e.traineeId == 3) {
            QCOMPARE(e.status, EnrollmentStatus::Waitlisted);
            waiting = e.id;
        }
    }
    PlanEdit result = PlanEdits(m_plan->database()).withdraw({withdrawn});
    QVERIFY(m_editor->execute(result.text, std::move(result.changes)).message().isEmpty());
    bool found = false;
    for (const AuditEntry &entry : AuditLog(m_plan->database()).newest(10)) {
        if (entry.table != QLatin1String("enrollment") ||
            entry.recordKey != QString::number(waiting))
            continue;
        const QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
        if (after.contains(QLatin1String("because_of_withdrawal"))) {
            QCOMPARE(after.value(QLatin1String("because_of_withdrawal")).toString(),
                     QString::number(withdrawn));
            QCOMPARE(after.value(QLatin1String("promoted_from_waitlist")).toInt(), 1);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestEnrollment::refusalWritesNothing()
{
    QVERIFY(m_editor
                ->execute(QStringLiteral("enroll"),
                          PlanEdits(m_plan->database()).enroll({1}, 1).changes)
                .message()
                .isEmpty());
    const QString before = state();
    // Trainee 1 is in A; B overlaps A. Refused as a whole, the others included.
    const PlanEdit overlapping = PlanEdits(m_plan->database()).enroll({2, 1, 3}, 2);
    QVERIFY(!overlapping.ok());
    QVERIFY(overlapping.changes.isEmpty());
    QVERIFY2(overlapping.problem->message.contains(QLatin1String("Trainee 1")) &&
                 overlapping.problem->message.contains(QLatin1String("overlap")),
             qPrintable(overlapping.problem->message));
    QVERIFY(!PlanEdits(m_plan->database()).enroll({5}, 4).ok()); // cancelled
    QVERIFY(!PlanEdits(m_plan->database()).withdraw({999}).ok());
    QCOMPARE(state(), before);
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void TestEnrollment::capacityEditKeepsEveryone()
{
    QVERIFY(m_editor
                ->execute(QStringLiteral("enroll"),
                          PlanEdits(m_plan->database()).enroll({1, 2, 3, 4}, 1).changes)
                .message()
                .isEmpty());
    const QString before = state();
    PlanEdits edits(m_plan->database());
    Cohort a = edits.cohort(1)->cohort;
    a.capacity = 1;
    const PlanEdit smaller = edits.saveCohortRecord(a);
    QVERIFY(!smaller.ok());
    QCOMPARE(smaller.problem->field, QStringLiteral("capacity"));
    QCOMPARE(state(), before);
    a.capacity = 3;
    PlanEdit larger = edits.saveCohortRecord(a);
    QVERIFY2(larger.ok(), qPrintable(larger.problem ? larger.problem->message : QString()));
    QVERIFY(m_editor->execute(larger.text, std::move(larger.changes)).message().isEmpty());
    const CohortRoster roster = PlanQueries(m_plan->database()).cohortRoster(1);
    int seated = 0, waiting = 0;
    for (const RosterEntry &r : roster.entries) {
        seated += r.enrollment.status == EnrollmentStatus::Enrolled;
        if (r.enrollment.status == EnrollmentStatus::Waitlisted) {
            ++waiting;
            QCOMPARE(r.enrollment.waitlistPosition, 1);
        }
    }
    QCOMPARE(seated, 3);
    QCOMPARE(waiting, 1);
    m_editor->undoStack()->undo();
    QCOMPARE(state(), before);
}

void TestEnrollment::outcomesFeedTheReadModels()
{
    QVERIFY(m_editor
                ->execute(QStringLiteral("enroll"),
                          PlanEdits(m_plan->database()).enroll({1, 2}, 1).changes)
                .message()
                .isEmpty());
    std::vector<Id> ids;
    for (const Enrollment &e : Repository<Enrollment>(m_plan->database()).loadAll())
        ids.push_back(e.id);
    OutcomeEdit edit;
    edit.status = EnrollmentStatus::Completed;
    edit.score = std::optional<double>(91);
    edit.certification = CertificationLevel::Intermediate;
    edit.certifiedOn = QDate(2026, 3, 6);
    PlanEdit result = PlanEdits(m_plan->database()).setOutcome({ids.front()}, edit);
    QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->message : QString()));
    QVERIFY(m_editor->execute(result.text, std::move(result.changes)).message().isEmpty());

    const PlanQueries queries(m_plan->database());
    const TraineeHistory history = queries.traineeHistory(1);
    QCOMPARE(history.trainee.name, QStringLiteral("Trainee 1"));
    QCOMPARE(int(history.entries.size()), 1);
    QCOMPARE(history.entries.front().cohortCode, QStringLiteral("A"));
    QCOMPARE(history.entries.front().start, QDate(2026, 3, 2));
    QCOMPARE(history.entries.front().end, QDate(2026, 3, 6));
    QCOMPARE(history.entries.front().enrollment.certification, CertificationLevel::Intermediate);
    bool listed = false;
    for (const TraineeSummary &t : queries.trainees()) {
        if (t.trainee.id == 1) {
            QCOMPARE(t.highestCertification, CertificationLevel::Intermediate);
            listed = true;
        }
    }
    QVERIFY(listed);
    // The dashboard's facts count the completion and the certificate.
    const ProgressFacts facts = queries.progressFacts(2026, QDate(2026, 11, 28));
    int certified = 0;
    for (const CertificationFact &f : facts.certifications)
        certified += f.count;
    QCOMPARE(certified, 1);
    bool counted = false;
    for (const CohortProgressFact &c : facts.cohorts) {
        if (c.cohortId == 1) {
            QCOMPARE(c.completed, 1);
            QCOMPARE(c.enrolled, 1);
            counted = true;
        }
    }
    QVERIFY(counted);
}

QTEST_GUILESS_MAIN(TestEnrollment)
void TestEnrollment::deletingTraineePromotes_data()
{
    QTest::addColumn<QList<Id>>("deleted");   // trainees deleted together
    QTest::addColumn<QString>("after");       // trainee:status:position of those left in A
    QTest::addColumn<Id>("promotedTrainee");  // 0: nobody
    QTest::addColumn<Id>("becauseOfTrainee"); // whose enrollment the audit note names
    QTest::addColumn<int>("fromPosition");    // the promoted one's place on the stored waitlist

    // A has two seats: trainees 1 and 2 hold them, 3 and 4 wait in that order.
    QTest::newRow("seat holder") << QList<Id>{1}
                                 << QStringLiteral("2:enrolled:0 3:enrolled:0 4:waitlisted:1")
                                 << Id(3) << Id(1) << 1;
    QTest::newRow("first waiting")
        << QList<Id>{3} << QStringLiteral("1:enrolled:0 2:enrolled:0 4:waitlisted:1") << Id(0)
        << Id(0) << 0;
    QTest::newRow("seat holder and first waiting")
        << QList<Id>{1, 3} << QStringLiteral("2:enrolled:0 4:enrolled:0") << Id(4) << Id(1) << 2;
    QTest::newRow("not in A") << QList<Id>{5}
                              << QStringLiteral(
                                     "1:enrolled:0 2:enrolled:0 3:waitlisted:1 4:waitlisted:2")
                              << Id(0) << Id(0) << 0;
}

void TestEnrollment::deletingTraineePromotes()
{
    QFETCH(QList<Id>, deleted);
    QFETCH(QString, after);
    QFETCH(Id, promotedTrainee);
    QFETCH(Id, becauseOfTrainee);
    QFETCH(int, fromPosition);
    QVERIFY(m_editor
                ->execute(QStringLiteral("enroll"),
                          PlanEdits(m_plan->database()).enroll({1, 2, 3, 4}, 1).changes)
                .message()
                .isEmpty());
    QVERIFY(m_editor
                ->execute(QStringLiteral("enroll"),
                          PlanEdits(m_plan->database()).enroll({5}, 3).changes)
                .message()
                .isEmpty());
    QHash<Id, Id> enrollmentOf;
    for (const Enrollment &e :
         Repository<Enrollment>(m_plan->database()).loadWhere("cohort_id", {1}))
        enrollmentOf.insert(e.traineeId, e.id);
    const QString before = state();
    const int steps = m_editor->undoStack()->count();

    PlanEdit result = PlanEdits(m_plan->database())
                          .removeTrainees(std::vector<Id>(deleted.begin(), deleted.end()));
    QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->message : QString()));
    QVERIFY(m_editor->execute(result.text, std::move(result.changes)).message().isEmpty());
    QCOMPARE(m_editor->undoStack()->count(), steps + 1);

    QStringList left;
    for (const Enrollment &e :
         Repository<Enrollment>(m_plan->database()).loadWhere("cohort_id", {1}))
        left << QStringLiteral("%1:%2:%3")
                    .arg(e.traineeId)
                    .arg(toKey(e.status))
                    .arg(e.waitlistPosition);
    left.sort();
    QCOMPARE(left.join(QLatin1Char(' ')), after);

    // The promotion carries the note a withdrawal writes.
    bool noted = false;
    for (const AuditEntry &entry : AuditLog(m_plan->database()).newest(20)) {
        const QJsonObject note = QJsonDocument::fromJson(entry.after.toUtf8()).object();
        if (entry.table != QLatin1String("enrollment") ||
            !note.contains(QLatin1String("because_of_withdrawal")))
            continue;
        QCOMPARE(entry.recordKey, QString::number(enrollmentOf.value(promotedTrainee)));
        QCOMPARE(note.value(QLatin1String("because_of_withdrawal")).toString(),
                 QString::number(enrollmentOf.value(becauseOfTrainee)));
        QCOMPARE(note.value(QLatin1String("promoted_from_waitlist")).toInt(), fromPosition);
        noted = true;
    }
    QCOMPARE(noted, promotedTrainee != 0);

    // One undo brings the trainees, their enrollments and the waitlist back.
    m_editor->undoStack()->undo();
    QCOMPARE(state(), before);
    m_editor->undoStack()->redo();
    QStringList again;
    for (const Enrollment &e :
         Repository<Enrollment>(m_plan->database()).loadWhere("cohort_id", {1}))
        again << QStringLiteral("%1:%2:%3")
                     .arg(e.traineeId)
                     .arg(toKey(e.status))
                     .arg(e.waitlistPosition);
    again.sort();
    QCOMPARE(again.join(QLatin1Char(' ')), after);
}

void TestEnrollment::movingDatesIntoOverlap_data()
{
    QTest::addColumn<int>(
        "path"); // 0 replaceSessions (timeline drag, Alt+arrows), 1 saveCohort (dialog)
    QTest::addColumn<int>("days");       // C's sessions moved by
    QTest::addColumn<bool>("withdrawn"); // trainee 1 withdrawn from A first
    QTest::addColumn<bool>("refused");

    // Trainee 1 is in A (2026-03-02 – 03-06) and C (04-06 – 04-10); trainee 2 in C only.
    QTest::newRow("drag onto A") << 0 << -35 << false << true;
    QTest::newRow("dialog onto A") << 1 << -35 << false << true;
    QTest::newRow("drag a week later") << 0 << 7 << false << false;
    QTest::newRow("onto A after withdrawing") << 0 << -35 << true << false;
    QTest::newRow("one day touching A") << 1 << -31 << false << true;
}

void TestEnrollment::movingDatesIntoOverlap()
{
    QFETCH(int, path);
    QFETCH(int, days);
    QFETCH(bool, withdrawn);
    QFETCH(bool, refused);
    PlanEdits edits(m_plan->database());
    QVERIFY(m_editor->execute(QStringLiteral("enroll"), edits.enroll({1}, 1).changes)
                .message()
                .isEmpty());
    QVERIFY(m_editor->execute(QStringLiteral("enroll"), edits.enroll({1, 2}, 3).changes)
                .message()
                .isEmpty());
    if (withdrawn) {
        const Id a =
            Repository<Enrollment>(m_plan->database()).loadWhere("cohort_id", {1}).front().id;
        QVERIFY(m_editor->execute(QStringLiteral("withdraw"), edits.withdraw({a}).changes)
                    .message()
                    .isEmpty());
    }
    const QString before = state();
    CohortDraft draft = *edits.cohort(3);
    for (Session &s : draft.sessions)
        s.date = s.date.addDays(days);
    // -31 days puts C on 03-06 (a Friday) ... 03-10 over a weekend: keep working days.
    if (days == -31) {
        draft.sessions.resize(1);
        draft.sessions.front().date = QDate(2026, 3, 6);
    }
    const PlanEdit result = path == 0
                                ? edits.replaceSessions(3, draft.sessions, QStringLiteral("move"))
                                : edits.saveCohort(draft);
    QCOMPARE(!result.ok(), refused);
    if (refused) {
        QCOMPARE(result.problem->field, QStringLiteral("sessions"));
        QVERIFY2(result.problem->message.contains(QLatin1String("Trainee 1")) &&
                     result.problem->message.contains(QLatin1String(" A ")) &&
                     result.problem->message.startsWith(QLatin1String("C ")),
                 qPrintable(result.problem->message));
        QVERIFY2(!result.problem->message.contains(QLatin1String("Trainee 2")),
                 qPrintable(result.problem->message));
        QVERIFY(result.changes.isEmpty());
    }
    QCOMPARE(state(), before);
}

#include "tst_enrollment.moc"

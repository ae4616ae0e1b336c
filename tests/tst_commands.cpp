// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit is one undo step that round-trips the plan exactly, and bad edits are
// refused with the field at fault before anything is written.
#include "testsupport.h"

#include "planning/identitydocument.h"

#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "planning/candidateranker.h"
#include "planning/fixsuggester.h"
#include "planning/sessionshift.h"
#include "store/auditlog.h"
#include "store/capacityinputreader.h"
#include "store/conflictinputreader.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "store/repository.h"
#include "store/sqlutil.h"
#include "store/storeerror.h"

#include <QSignalSpy>

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <map>

#include <set>
#include <tuple>

using namespace Planner;

class TestCommands final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void validation_data();
    void validation();
    void identityNumbers_data();
    void identityNumbers();
    void deleteInUseIsRefused();
    void bulkDeleteIsOneStep();
    void auditRecordsEditsAndUndo();
    void readOnlyPlanIsNotChanged();
    void failedReplayDropsHistory();
    void readModelsCarryWholeRecords();
    void everyCohortPathRefusesNewBlocking();
    void leaveOnATeachingDayIsRefused();
    void newBlockingConflictIsRefused();
    void existingConflictsDoNotBlockEdits();
    void overrideReasonGoesToAuditLog();
    void applyingFixesClearsConflicts();
    void moveAndResizeAreOneCall_data();
    void moveAndResizeAreOneCall();
    void dragsAndRosterEditsAreMadeOverWhatWasShown();
    void readerReadsColumnsByName();
    void resultHoldsValueOrProblem();

private:
    PlanData data() const { return readPlanData(m_plan->database()); }
    PlanEdits edits() const { return PlanEdits(m_plan->database()); }
    Id firstCohortWithEnrollments() const;

    QTemporaryDir m_dir;
    QString m_master;
    QString m_path;
    std::unique_ptr<PlanDatabase> m_plan;
    PlanEditor *m_editor = nullptr;
};

void TestCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_master = m_dir.filePath(QStringLiteral("master.cohortplan"));
    TestSupport::writeDemoPlan(m_master);
}

void TestCommands::init()
{
    m_path = m_dir.filePath(QStringLiteral("work.cohortplan"));
    TestSupport::copyPlan(m_master, m_path);
    m_plan = TestSupport::openPlan(m_path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(m_plan);
    m_editor = new PlanEditor(this);
    m_editor->setPlan(m_plan.get());
}

void TestCommands::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    m_plan.reset();
}

Id TestCommands::firstCohortWithEnrollments() const
{
    const PlanData d = data();
    for (const Enrollment &e : d.enrollments)
        return e.cohortId;
    return d.cohorts.front().id;
}

enum class Edit {
    EditTrack,
    AddTrack,
    EditCourse,
    AddVenue,
    DeleteUnusedVenue,
    EditInstructorWithChildren,
    NewInstructorWithChildren,
    DeleteInstructors,
    EditCohortWithChildren,
    DeleteCohort,
    CreateSeries,
    DeleteTrainees,
    EditTargetKey,
    DeleteTargets,
    AddCalendarDay,
    ReplaceCalendarDay,
    DeleteCalendarDays,
    ReplaceSessions,
    EditTrainee,
    EditEnrollment,
    GenerateDraft
};

void TestCommands::roundTrip_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("edit a track") << Edit::EditTrack;
    QTest::newRow("add a track") << Edit::AddTrack;
    QTest::newRow("edit a course's pattern") << Edit::EditCourse;
    QTest::newRow("add a venue") << Edit::AddVenue;
    QTest::newRow("delete an unused venue") << Edit::DeleteUnusedVenue;
    QTest::newRow("edit an instructor, qualifications and leave")
        << Edit::EditInstructorWithChildren;
    QTest::newRow("new instructor with qualifications and leave")
        << Edit::NewInstructorWithChildren;
    QTest::newRow("delete two instructors") << Edit::DeleteInstructors;
    QTest::newRow("edit a cohort, sessions and instructors") << Edit::EditCohortWithChildren;
    QTest::newRow("delete a cohort with enrollments") << Edit::DeleteCohort;
    QTest::newRow("create a series") << Edit::CreateSeries;
    QTest::newRow("delete trainees") << Edit::DeleteTrainees;
    QTest::newRow("move a target to another year") << Edit::EditTargetKey;
    QTest::newRow("delete targets") << Edit::DeleteTargets;
    QTest::newRow("add a calendar day") << Edit::AddCalendarDay;
    QTest::newRow("change a calendar day's date") << Edit::ReplaceCalendarDay;
    QTest::newRow("delete calendar days") << Edit::DeleteCalendarDays;
    QTest::newRow("replace sessions") << Edit::ReplaceSessions;
    QTest::newRow("generate a staffed draft of a new year") << Edit::GenerateDraft;
    QTest::newRow("edit a trainee") << Edit::EditTrainee;
    QTest::newRow("edit an enrollment") << Edit::EditEnrollment;
}

void TestCommands::roundTrip()
{
    QFETCH(Edit, edit);
    const PlanData before = data();
    const PlanEdits e = edits();
    PlanEdit result;
    switch (edit) {
    case Edit::EditTrack: {
        Track t = before.tracks.front();
        t.nameZh = QStringLiteral("新名称");
        t.colour = QStringLiteral("#123456");
        result = e.save(t);
        break;
    }
    case Edit::AddTrack: {
        Track t;
        t.name = QStringLiteral("Quantum computing");
        t.nameZh = QStringLiteral("量子计算");
        result = e.save(t);
        break;
    }
    case Edit::EditCourse: {
        Course c = before.courses.front();
        c.sessionWeekdays = 0x15; // Monday, Wednesday, Friday
        c.sessionSlots = 0x1;
        c.days = c.days + 1;
        result = e.save(c);
        break;
    }
    case Edit::AddVenue: {
        Venue v;
        v.name = QStringLiteral("海淀创新中心");
        v.district = QStringLiteral("海淀区");
        v.seats = 40;
        result = e.save(v);
        break;
    }
    case Edit::DeleteUnusedVenue: {
        Venue v;
        v.name = QStringLiteral("Unused hall");
        v.seats = 10;
        QCOMPARE(m_editor->execute(QStringLiteral("add"), e.save(v).changes).message(), QString());
        const Id id = Repository<Venue>(m_plan->database()).loadAll().back().id;
        m_editor->undoStack()->clear();
        const PlanData withVenue = data();
        result = e.removeVenues({id});
        QVERIFY(result.ok());
        QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(), QString());
        QVERIFY(!(data() == withVenue));
        m_editor->undoStack()->undo();
        QVERIFY(data() == withVenue);
        return;
    }
    case Edit::EditInstructorWithChildren: {
        Instructor i = before.instructors.front();
        std::vector<Qualification> qualifications;
        for (const Qualification &q : before.qualifications) {
            if (q.instructorId == i.id)
                qualifications.push_back(q);
        }
        QVERIFY(!qualifications.empty());
        qualifications.front().validUntil = QDate(2030, 12, 31);
        Qualification added;
        added.trackId = before.tracks.back().id;
        added.validFrom = QDate(2026, 1, 1);
        qualifications.push_back(added);
        Leave leave;
        leave.start = QDate(2026, 12, 1);
        leave.end = QDate(2026, 12, 4);
        leave.reason = QStringLiteral("Conference");
        i.maxDaysPerWeek = 3;
        result = e.saveInstructor(i, qualifications, {leave});
        break;
    }
    case Edit::NewInstructorWithChildren: {
        Instructor i;
        i.code = QStringLiteral("T-9999");
        i.name = QStringLiteral("王老师");
        Qualification q;
        q.trackId = before.tracks.front().id;
        q.validFrom = QDate(2026, 1, 1);
        Leave l;
        l.start = l.end = QDate(2026, 12, 24);
        result = e.saveInstructor(i, {q}, {l});
        break;
    }
    case Edit::DeleteInstructors:
        result = e.removeInstructors({before.instructors.at(0).id, before.instructors.at(1).id});
        break;
    case Edit::EditCohortWithChildren: {
        auto draft = e.cohort(firstCohortWithEnrollments());
        QVERIFY(draft);
        draft->cohort.capacity += 5;
        draft->cohort.notes = QStringLiteral("moved by test");
        QVERIFY(draft->sessions.size() >= 2);
        draft->sessions.pop_back();
        if (!draft->instructors.empty())
            draft->instructors.front().locked = !draft->instructors.front().locked;
        // An assistant the conflict rules allow (saveCohort refuses a blocking one).
        CohortInstructor assistant;
        const ConflictEngine engine = e.conflictEngine();
        for (const Candidate &c :
             CandidateRanker(engine).rank(draft->cohort.id, InstructorRole::Assistant)) {
            if (c.status != Candidate::Status::Blocked) {
                assistant.instructorId = c.instructorId;
                break;
            }
        }
        QVERIFY(assistant.instructorId != 0);
        assistant.role = InstructorRole::Assistant;
        draft->instructors.push_back(assistant);
        result = e.saveCohort(*draft);
        break;
    }
    case Edit::DeleteCohort:
        result = e.removeCohorts({firstCohortWithEnrollments()});
        break;
    case Edit::CreateSeries: {
        std::vector<CohortDraft> drafts(2);
        drafts[0].cohort.courseId = before.courses.front().id;
        drafts[0].cohort.mode = CohortMode::Online;
        drafts[0].cohort.code = QStringLiteral("NEW-1");
        drafts[0].sessions = {Session{0, 0, QDate(2026, 12, 1), SessionSlot::Evening},
                              Session{0, 0, QDate(2026, 12, 2), SessionSlot::Evening}};
        drafts[1] = drafts[0];
        drafts[1].cohort.code = QStringLiteral("NEW-2");
        drafts[1].sessions = {Session{0, 0, QDate(2026, 12, 8), SessionSlot::Evening}};
        result = e.createCohorts(drafts, QStringLiteral("Generate series"));
        break;
    }
    case Edit::DeleteTrainees: {
        std::vector<Id> ids;
        for (std::size_t i = 0; i < 20 && i < before.trainees.size(); ++i)
            ids.push_back(before.trainees[i].id);
        result = e.removeTrainees(ids);
        break;
    }
    case Edit::EditTargetKey: {
        const Target old = before.targets.front();
        Target moved = old;
        moved.year = 2040;
        result = e.save(moved, std::optional<Target>(old));
        break;
    }
    case Edit::DeleteTargets:
        result = e.removeTargets({before.targets.at(0), before.targets.at(1)});
        break;
    case Edit::AddCalendarDay: {
        CalendarDay d;
        d.date = QDate(2027, 1, 1);
        d.name = QStringLiteral("New Year's Day");
        d.nameZh = QStringLiteral("元旦");
        result = e.save(d);
        break;
    }
    case Edit::ReplaceCalendarDay: {
        const CalendarDay old = before.calendar.front();
        CalendarDay moved = old;
        moved.date = QDate(2026, 12, 31);
        result = e.save(moved, std::optional<CalendarDay>(old));
        break;
    }
    case Edit::DeleteCalendarDays:
        result = e.removeCalendarDays({before.calendar.at(0).date, before.calendar.at(1).date});
        break;
    case Edit::ReplaceSessions: {
        // A cohort nobody is enrolled in: moving one with trainees onto 2027 would give
        // them overlapping enrollments, which is refused (tst_enrollment).
        Id free = before.cohorts.front().id;
        for (const Cohort &c : before.cohorts) {
            if (std::none_of(before.enrollments.begin(), before.enrollments.end(),
                             [&c](const Enrollment &en) { return en.cohortId == c.id; }) &&
                std::any_of(before.sessions.begin(), before.sessions.end(),
                            [&c](const Session &s) { return s.cohortId == c.id; })) {
                free = c.id;
                break;
            }
        }
        auto draft = e.cohort(free);
        QVERIFY(draft);
        std::vector<Session> sessions = draft->sessions;
        sessions.front().date = QDate(2027, 3, 1); // a Monday, when nothing else meets
        sessions.push_back(Session{0, 0, QDate(2027, 3, 2), sessions.front().slot});
        result = e.replaceSessions(draft->cohort.id, sessions, QStringLiteral("Move"));
        break;
    }
    case Edit::EditTrainee: {
        Trainee t = before.trainees.front();
        t.employer = QStringLiteral("北京链安科技");
        result = e.save(t);
        break;
    }
    case Edit::GenerateDraft: {
        // 2027 from 2026's targets, then its draft, staffed: one step that undo takes
        // back entirely (cohorts, sessions, instructors) and redo brings back alike.
        PlanEdit year = e.newPlanningYear(2027, 0);
        QVERIFY(year.ok());
        QCOMPARE(m_editor->execute(year.text, std::move(year.changes)).message(), QString());
        m_editor->undoStack()->clear();
        const PlanData withYear = data();
        CapacityInput input = loadCapacityInput(m_plan->database(), 2027);
        const CapacityResult capacity = CapacityPlanner::plan(input);
        DraftResult draft =
            DraftGenerator::generate(input, capacity, {QDate(2027, 1, 1), QStringLiteral("draft")});
        QVERIFY(draft.cohorts.size() > 100);
        SolverOptions options;
        options.timeLimitSeconds = 0.2;
        DraftGenerator::staff(loadConflictInput(m_plan->database()), draft, options);
        result = e.createDraft(draft, 2027);
        QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->message : QString()));
        QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(), QString());
        const PlanData drafted = data();
        QCOMPARE(drafted.cohorts.size(), withYear.cohorts.size() + draft.cohorts.size());
        QVERIFY(drafted.cohortInstructors.size() >=
                withYear.cohortInstructors.size() + draft.cohorts.size());
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QVERIFY(data() == withYear);
        m_editor->undoStack()->redo();
        QVERIFY(data() == drafted);
        // An empty draft is refused with the reason.
        const PlanEdit none = e.createDraft(DraftResult{}, 2027);
        QVERIFY(!none.ok());
        QVERIFY(none.problem->message.contains(QLatin1String("2027")));
        return;
    }
    case Edit::EditEnrollment: {
        Enrollment en = before.enrollments.front();
        en.score = 88.5;
        en.attendance = 0.9;
        result = e.save(en);
        break;
    }
    }
    QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->message : QString()));
    QVERIFY(!result.text.isEmpty());
    QSignalSpy changed(m_editor, &PlanEditor::changed);
    const PlanTables tables = result.changes.tables();
    QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(), QString());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.front().front().value<PlanTables>(), tables);
    const PlanData after = data();
    QVERIFY(!(after == before));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(!m_editor->undoStack()->isClean());

    m_editor->undoStack()->undo();
    QVERIFY(data() == before);
    QVERIFY(m_editor->undoStack()->isClean());
    m_editor->undoStack()->redo();
    QVERIFY(data() == after);
    m_editor->undoStack()->undo();
    QVERIFY(data() == before);
    QCOMPARE(changed.size(), 4);
    QCOMPARE(Sql::scalar(m_plan->database(), QStringLiteral("PRAGMA foreign_key_check")),
             QVariant());
}

enum class BadEdit {
    LeaveEndBeforeStart,
    CapacityZero,
    DuplicateCohortCode,
    SessionOnHoliday,
    SessionOnWeekend,
    QualificationEndsBeforeStart,
    CourseWithoutDays,
    TargetAboveTrainees,
    TrackBadColour,
    VenueWithoutName,
    InPersonWithoutVenue,
    TwoLeads,
    DuplicateTrackName,
    DuplicateCourseCode,
    DuplicateInstructorCode,
    CourseWithoutWeekdays,
    InstructorMonthAboveYear,
    ScoreAbove100,
    TwoSessionsSameSlot,
    CertifiedWithoutCompletion
};

void TestCommands::validation_data()
{
    QTest::addColumn<BadEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::newRow("leave ends before it starts") << BadEdit::LeaveEndBeforeStart << "end_date";
    QTest::newRow("capacity of 0") << BadEdit::CapacityZero << "capacity";
    QTest::newRow("duplicate cohort code") << BadEdit::DuplicateCohortCode << "code";
    QTest::newRow("session on National Day") << BadEdit::SessionOnHoliday << "day";
    QTest::newRow("session on a Sunday") << BadEdit::SessionOnWeekend << "day";
    QTest::newRow("qualification ends before it starts")
        << BadEdit::QualificationEndsBeforeStart << "valid_until";
    QTest::newRow("course of 0 days") << BadEdit::CourseWithoutDays << "days";
    QTest::newRow("more certified than trained") << BadEdit::TargetAboveTrainees << "certified";
    QTest::newRow("colour not #rrggbb") << BadEdit::TrackBadColour << "colour";
    QTest::newRow("venue without a name") << BadEdit::VenueWithoutName << "name";
    QTest::newRow("in person without a venue") << BadEdit::InPersonWithoutVenue << "venue_id";
    QTest::newRow("two leads") << BadEdit::TwoLeads << "role";
    QTest::newRow("duplicate track name") << BadEdit::DuplicateTrackName << "name";
    QTest::newRow("duplicate course code") << BadEdit::DuplicateCourseCode << "code";
    QTest::newRow("duplicate staff number") << BadEdit::DuplicateInstructorCode << "code";
    QTest::newRow("course pattern without weekdays")
        << BadEdit::CourseWithoutWeekdays << "session_weekdays";
    QTest::newRow("month limit above year limit")
        << BadEdit::InstructorMonthAboveYear << "max_days_month";
    QTest::newRow("score above 100") << BadEdit::ScoreAbove100 << "score";
    QTest::newRow("two sessions in one slot") << BadEdit::TwoSessionsSameSlot << "day";
    QTest::newRow("certified without completing")
        << BadEdit::CertifiedWithoutCompletion << "certification";
}

void TestCommands::validation()
{
    QFETCH(BadEdit, edit);
    QFETCH(QString, field);
    const PlanData before = data();
    const PlanEdits e = edits();
    PlanEdit result;
    auto cohortDraft = [&] {
        auto draft = e.cohort(before.cohorts.front().id);
        return *draft;
    };
    switch (edit) {
    case BadEdit::LeaveEndBeforeStart: {
        Leave l;
        l.instructorId = before.instructors.front().id;
        l.start = QDate(2026, 12, 10);
        l.end = QDate(2026, 12, 9);
        result = e.save(l);
        break;
    }
    case BadEdit::CapacityZero: {
        Cohort c = before.cohorts.front();
        c.capacity = 0;
        result = e.save(c);
        break;
    }
    case BadEdit::DuplicateCohortCode: {
        Cohort c = before.cohorts.front();
        c.code = before.cohorts.back().code;
        result = e.save(c);
        break;
    }
    case BadEdit::SessionOnHoliday:
    case BadEdit::SessionOnWeekend:
    case BadEdit::TwoSessionsSameSlot: {
        CohortDraft draft = cohortDraft();
        if (edit == BadEdit::SessionOnHoliday)
            draft.sessions.front().date = QDate(2026, 10, 1);
        else if (edit == BadEdit::SessionOnWeekend)
            draft.sessions.front().date = QDate(2026, 12, 6);
        else
            draft.sessions.push_back(
                Session{0, 0, draft.sessions.front().date, draft.sessions.front().slot});
        result = e.saveCohort(draft);
        break;
    }
    case BadEdit::QualificationEndsBeforeStart: {
        Qualification q = before.qualifications.front();
        q.validUntil = q.validFrom.addDays(-1);
        result = e.save(q);
        break;
    }
    case BadEdit::CourseWithoutDays: {
        Course c = before.courses.front();
        c.days = 0;
        result = e.save(c);
        break;
    }
    case BadEdit::TargetAboveTrainees: {
        Target t = before.targets.front();
        t.certified = t.trainees + 1;
        result = e.save(t);
        break;
    }
    case BadEdit::TrackBadColour: {
        Track t = before.tracks.front();
        t.colour = QStringLiteral("red");
        result = e.save(t);
        break;
    }
    case BadEdit::VenueWithoutName: {
        Venue v = before.venues.front();
        v.name = QStringLiteral("  ");
        result = e.save(v);
        break;
    }
    case BadEdit::InPersonWithoutVenue: {
        Cohort c = before.cohorts.front();
        c.mode = CohortMode::InPerson;
        c.venueId = 0;
        result = e.save(c);
        break;
    }
    case BadEdit::TwoLeads: {
        CohortDraft draft = cohortDraft();
        draft.instructors = {
            CohortInstructor{0, before.instructors.at(0).id, InstructorRole::Lead, false},
            CohortInstructor{0, before.instructors.at(1).id, InstructorRole::Lead, false}};
        result = e.saveCohort(draft);
        break;
    }
    case BadEdit::DuplicateTrackName: {
        Track t;
        t.name = before.tracks.front().name;
        result = e.save(t);
        break;
    }
    case BadEdit::DuplicateCourseCode: {
        Course c = before.courses.front();
        c.code = before.courses.back().code;
        result = e.save(c);
        break;
    }
    case BadEdit::DuplicateInstructorCode: {
        Instructor i;
        i.code = before.instructors.front().code;
        i.name = QStringLiteral("Someone");
        result = e.saveInstructor(i, {}, {});
        break;
    }
    case BadEdit::CourseWithoutWeekdays: {
        Course c = before.courses.front();
        c.sessionWeekdays = 0;
        result = e.save(c);
        break;
    }
    case BadEdit::InstructorMonthAboveYear: {
        Instructor i = before.instructors.front();
        i.maxDaysPerYear = 10;
        i.maxDaysPerMonth = 20;
        result = e.save(i);
        break;
    }
    case BadEdit::ScoreAbove100: {
        Enrollment en = before.enrollments.front();
        en.score = 101;
        result = e.save(en);
        break;
    }
    case BadEdit::CertifiedWithoutCompletion: {
        Enrollment en = before.enrollments.front();
        en.status = EnrollmentStatus::Enrolled;
        en.certification = CertificationLevel::Junior;
        en.certifiedOn = QDate(2026, 6, 1);
        result = e.save(en);
        break;
    }
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.problem->field, field);
    QVERIFY(!result.problem->message.isEmpty());
    QVERIFY(result.changes.isEmpty());
    QVERIFY(data() == before);
}

void TestCommands::deleteInUseIsRefused()
{
    const PlanData before = data();
    const PlanEdits e = edits();
    const auto course = e.removeCourses({before.cohorts.front().courseId});
    QVERIFY(!course.ok());
    QVERIFY(course.problem->message.contains(QLatin1String("cohort")));
    QVERIFY(!e.removeTracks({before.tracks.front().id}).ok());
    Id usedVenue = 0;
    for (const Cohort &c : before.cohorts)
        usedVenue = usedVenue ? usedVenue : c.venueId;
    QVERIFY(usedVenue != 0);
    QVERIFY(!e.removeVenues({usedVenue}).ok());
    QVERIFY(data() == before);
}

void TestCommands::bulkDeleteIsOneStep()
{
    const PlanData before = data();
    std::vector<Id> ids;
    for (std::size_t i = 0; i < 50 && i < before.cohorts.size(); ++i)
        ids.push_back(before.cohorts[i].id);
    QCOMPARE(ids.size(), std::size_t(50));
    auto result = edits().removeCohorts(ids);
    QVERIFY(result.ok());
    QCOMPARE(result.text, QStringLiteral("Delete 50 cohorts"));
    QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(), QString());
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(Repository<Cohort>(m_plan->database()).count(), int(before.cohorts.size()) - 50);
    m_editor->undoStack()->undo();
    QVERIFY(data() == before);
}

void TestCommands::identityNumbers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("problem");
    for (const TestSupport::IdentityCase &c : TestSupport::identityCases())
        QTest::newRow(c.name) << QString::fromUtf8(c.type) << QString::fromUtf8(c.number)
                              << QString::fromUtf8(c.problem);
}

// The Trainees table's editors judge an identity number as the importer does
// (tst_import): the cell edit goes through PlanEdits::save and RecordRules.
void TestCommands::identityNumbers()
{
    QFETCH(QString, type);
    QFETCH(QString, number);
    QFETCH(QString, problem);
    Trainee t = data().trainees.front();
    t.idType = type.isEmpty() ? IdDocumentType::ResidentId : *IdentityDocument::parseType(type);
    t.idNumber = IdentityDocument::normalized(t.idType, number);
    auto result = edits().save(t);
    if (problem.isEmpty()) {
        VERIFY_NO_PROBLEM(result.problem);
        QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(), QString());
        const Trainee stored = Repository<Trainee>(m_plan->database()).find(t).value();
        QCOMPARE(stored.idNumber, t.idNumber);
        QCOMPARE(stored.idType, t.idType);
        m_editor->undoStack()->undo();
    } else {
        QVERIFY(result.problem);
        QCOMPARE(result.problem->field, QStringLiteral("id_number"));
        QVERIFY2(result.problem->message.contains(problem), qPrintable(result.problem->message));
    }
}

void TestCommands::auditRecordsEditsAndUndo()
{
    Track t = data().tracks.front();
    t.nameZh = QStringLiteral("审计");
    auto result = edits().save(t);
    const auto countBefore = AuditLog(m_plan->database()).newest(100000).size();
    QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(), QString());
    const auto entries = AuditLog(m_plan->database()).newest(1);
    QCOMPARE(entries.front().action, AuditAction::Update);
    QVERIFY(entries.front().after.contains(QStringLiteral("审计")));
    m_editor->undoStack()->undo();
    QCOMPARE(AuditLog(m_plan->database()).newest(100000).size(), countBefore + 2);
}

void TestCommands::readOnlyPlanIsNotChanged()
{
    m_plan.reset();
    const QByteArray sum = TestSupport::checksum(m_path);
    auto plan = TestSupport::openPlan(m_path, PlanDatabase::Mode::ReadOnly);
    QVERIFY(plan);
    m_editor->setPlan(plan.get());
    Track t = readPlanData(plan->database()).tracks.front();
    t.nameZh = QStringLiteral("只读");
    auto result = PlanEdits(plan->database()).save(t);
    QVERIFY(!m_editor->execute(result.text, std::move(result.changes)).message().isEmpty());
    QCOMPARE(m_editor->undoStack()->count(), 0);
    m_editor->setPlan(nullptr);
    plan.reset();
    QCOMPARE(TestSupport::checksum(m_path), sum);
}

void TestCommands::failedReplayDropsHistory()
{
    Track t = data().tracks.front();
    t.nameZh = QStringLiteral("甲");
    auto result = edits().save(t);
    QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(), QString());
    // Someone deletes the record behind the editor's back: undoing cannot update it.
    Sql::exec(m_plan->database(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    Repository<Track>(m_plan->database()).remove(t);
    QSignalSpy failed(m_editor, &PlanEditor::failed);
    m_editor->undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    QTRY_COMPARE(m_editor->undoStack()->count(), 0);
}

// The page tables edit the record a read model row carries: it must be the whole stored
// record, or an edit of one field would write stale values into the others.
void TestCommands::readModelsCarryWholeRecords()
{
    const PlanQueries q(m_plan->database());
    const PlanData d = data();
    auto check = [](const auto &rows, const auto &records, auto recordOf) {
        QCOMPARE(rows.size(), records.size());
        std::map<Id, std::decay_t<decltype(records.front())>> byId;
        for (const auto &r : records)
            byId.emplace(r.id, r);
        for (const auto &row : rows)
            QVERIFY(byId.at(recordOf(row).id) == recordOf(row));
    };
    check(q.courses(), d.courses, [](const CourseSummary &r) { return r.course; });
    check(q.venues(), d.venues, [](const VenueSummary &r) { return r.venue; });
    check(q.cohorts(), d.cohorts, [](const CohortSummary &r) { return r.cohort; });
    check(q.trainees(), d.trainees, [](const TraineeSummary &r) { return r.trainee; });
    check(q.instructors(2026, QDate(2026, 6, 1)), d.instructors,
          [](const InstructorSummary &r) { return r.instructor; });
    // A course with a non-default pattern keeps it through the read model.
    Course c = d.courses.front();
    c.sessionWeekdays = 0x15;
    c.sessionSlots = 0x4;
    auto result = edits().save(c);
    QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(), QString());
    const auto courses = PlanQueries(m_plan->database()).courses();
    const auto it = std::find_if(courses.begin(), courses.end(),
                                 [&](const CourseSummary &r) { return r.course.id == c.id; });
    QVERIFY(it != courses.end());
    QCOMPARE(it->course, c);
}

namespace {

auto keyOf(const Conflict &c)
{
    return std::make_tuple(int(c.rule), c.cohortId, c.otherCohortId, c.instructorId, c.venueId,
                           c.date, c.slot ? int(*c.slot) : -1);
}

// A cohort with sessions and a candidate of the given status for its lead or assistant.
std::optional<std::pair<Id, Candidate>> findCandidate(const ConflictEngine &engine,
                                                      Candidate::Status status)
{
    std::set<Id> withSessions;
    for (const Session &s : engine.input().sessions)
        withSessions.insert(s.cohortId);
    for (const Cohort &c : engine.input().cohorts) {
        if (c.status == CohortStatus::Cancelled || !withSessions.count(c.id))
            continue;
        for (const Candidate &candidate :
             CandidateRanker(engine).rank(c.id, InstructorRole::Assistant)) {
            if (candidate.status == status)
                return std::pair(c.id, candidate);
        }
    }
    return std::nullopt;
}

} // namespace

void TestCommands::newBlockingConflictIsRefused()
{
    const ConflictEngine engine = edits().conflictEngine();
    const auto found = findCandidate(engine, Candidate::Status::Blocked);
    QVERIFY(found);
    const auto &[cohortId, candidate] = *found;
    CohortDraft draft = *edits().cohort(cohortId);
    draft.instructors.push_back(
        {cohortId, candidate.instructorId, InstructorRole::Assistant, false});
    draft.overrideReason = QStringLiteral("no reason lets a blocking conflict through");
    const PlanEdit result = edits().saveCohort(draft);
    QVERIFY(!result.ok());
    QCOMPARE(result.problem->field, QStringLiteral("instructor_id"));
    // The refusal says what the engine says.
    QVERIFY2(result.problem->message.contains(candidate.reasons.front()),
             qPrintable(result.problem->message));
}

void TestCommands::existingConflictsDoNotBlockEdits()
{
    // The demo plan comes with a double booking; its cohorts can still be edited.
    m_plan.reset();
    TestSupport::addDoubleBooking(m_path);
    m_plan = TestSupport::openPlan(m_path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(m_plan);
    m_editor->setPlan(m_plan.get());
    const ConflictEngine engine = edits().conflictEngine();
    QVERIFY(engine.hasBlocking());
    const auto blocking =
        std::find_if(engine.conflicts().begin(), engine.conflicts().end(),
                     [](const Conflict &c) { return c.severity == Severity::Block; });
    CohortDraft draft = *edits().cohort(blocking->cohortId);
    draft.cohort.notes = QStringLiteral("edited despite the old conflict");
    PlanEdit result = edits().saveCohort(draft);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.problem->message));
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(), QString());
}

void TestCommands::overrideReasonGoesToAuditLog()
{
    // With leave only warning, an instructor on leave is a candidate with a warning.
    ConflictSettings settings = ConflictSettings::defaults();
    settings.set(ConflictRule::InstructorOnLeave, Severity::Warn);
    settings.set(ConflictRule::InstructorDoubleBooked, Severity::Warn);
    settings.set(ConflictRule::InstructorNotQualified, Severity::Warn);
    settings.set(ConflictRule::QualificationExpired, Severity::Warn);
    PlanEdits e = edits();
    e.setConflictSettings(settings);
    const ConflictEngine engine = e.conflictEngine();
    const auto found = findCandidate(engine, Candidate::Status::Warning);
    QVERIFY(found);
    const auto &[cohortId, candidate] = *found;
    CohortDraft draft = *e.cohort(cohortId);
    draft.instructors.push_back(
        {cohortId, candidate.instructorId, InstructorRole::Assistant, false});
    PlanEdit unexplained = e.saveCohort(draft);
    QVERIFY(unexplained.ok());
    QVERIFY(!unexplained.warnings.isEmpty());
    QVERIFY(unexplained.changes.note().isEmpty());

    draft.overrideReason = QStringLiteral("只有她会讲这门课");
    PlanEdit result = e.saveCohort(draft);
    QVERIFY(result.ok());
    QCOMPARE(result.changes.note(), draft.overrideReason);
    QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(), QString());
    const std::vector<AuditEntry> entries = AuditLog(m_plan->database()).newest(1);
    QCOMPARE(entries.front().action, AuditAction::Update);
    QCOMPARE(entries.front().table, QStringLiteral("cohort"));
    QCOMPARE(entries.front().recordKey, QString::number(cohortId));
    QCOMPARE(entries.front().after, QStringLiteral("{\"override_reason\":\"只有她会讲这门课\"}"));
    // Undo brings the assignment back out; redo records the reason again.
    const auto count = AuditLog(m_plan->database()).newest(100000).size();
    m_editor->undoStack()->undo();
    m_editor->undoStack()->redo();
    QCOMPARE(AuditLog(m_plan->database()).newest(100000).size(), count + 2 + 1);
    QVERIFY(AuditLog(m_plan->database())
                .newest(1)
                .front()
                .after.contains(QStringLiteral("override_reason")));
}

void TestCommands::applyingFixesClearsConflicts()
{
    m_plan.reset();
    TestSupport::addDoubleBooking(m_path);
    m_plan = TestSupport::openPlan(m_path, PlanDatabase::Mode::ReadWrite);
    QVERIFY(m_plan);
    m_editor->setPlan(m_plan.get());
    const ConflictEngine engine = edits().conflictEngine();
    std::set<decltype(keyOf(Conflict()))> blockingBefore;
    for (const Conflict &c : engine.conflicts()) {
        if (c.severity == Severity::Block)
            blockingBefore.insert(keyOf(c));
    }
    int applied = 0;
    std::set<int> kinds;
    for (const Conflict &conflict : engine.conflicts()) {
        for (const FixSuggestion &fix : FixSuggester(engine).suggest(conflict, 2)) {
            PlanEdit result = edits().applyFix(fix);
            QVERIFY2(result.ok(), qPrintable(fix.description + QStringLiteral(": ") +
                                             (result.ok() ? QString() : result.problem->message)));
            QVERIFY(!result.text.isEmpty());
            QCOMPARE(m_editor->execute(result.text, std::move(result.changes)).message(),
                     QString());
            const ConflictEngine after = edits().conflictEngine();
            for (const Conflict &c : after.conflicts()) {
                QVERIFY2(keyOf(c) != keyOf(conflict),
                         qPrintable(fix.description + QStringLiteral(" leaves ") + c.explanation));
                QVERIFY2(c.severity != Severity::Block || blockingBefore.count(keyOf(c)),
                         qPrintable(fix.description + QStringLiteral(" adds ") + c.explanation));
            }
            m_editor->undoStack()->undo();
            ++applied;
            kinds.insert(int(fix.kind));
        }
    }
    qInfo("%d fixes of %d kinds applied and undone", applied, int(kinds.size()));
    QVERIFY(applied > 0);
    QVERIFY(kinds.count(int(FixSuggestion::Kind::Substitute)) ||
            kinds.count(int(FixSuggestion::Kind::Move)));
    // Undo left the plan as it was.
    QCOMPARE(edits().conflictEngine().conflicts().size(), engine.conflicts().size());
}

// Not only the cohort editor: a series, a timeline drag and a table edit that would
// double-book a venue are refused the same way, with the rule's explanation.
void TestCommands::everyCohortPathRefusesNewBlocking()
{
    const PlanData d = data();
    // Two in-person cohorts at one venue, on different days.
    std::map<Id, std::vector<Session>> sessionsOf;
    for (const Session &s : d.sessions)
        sessionsOf[s.cohortId].push_back(s);
    const Cohort *a = nullptr;
    const Cohort *b = nullptr;
    for (const Cohort &x : d.cohorts) {
        if (x.mode != CohortMode::InPerson || x.status == CohortStatus::Cancelled ||
            sessionsOf[x.id].empty())
            continue;
        for (const Cohort &y : d.cohorts) {
            if (&y != &x && y.venueId == x.venueId && y.mode == CohortMode::InPerson &&
                y.status != CohortStatus::Cancelled && !sessionsOf[y.id].empty() &&
                sessionsOf[y.id].front().date != sessionsOf[x.id].front().date) {
                a = &x;
                b = &y;
                break;
            }
        }
        if (a)
            break;
    }
    QVERIFY(a && b);
    const PlanEdits e = edits();

    CohortDraft copy;
    copy.cohort = *a;
    copy.cohort.id = 0;
    copy.cohort.code = QStringLiteral("CLASH-1");
    copy.sessions = sessionsOf[a->id];
    auto series = e.createCohorts({copy}, QStringLiteral("Generate"));
    QVERIFY(!series.ok());
    QVERIFY2(series.problem->message.contains(QLatin1String("blocking")),
             qPrintable(series.problem->message));

    std::vector<Session> moved = sessionsOf[a->id];
    for (Session &s : moved)
        s.cohortId = b->id;
    auto drag = e.replaceSessions(b->id, moved, QStringLiteral("Move"));
    QVERIFY(!drag.ok());
    QVERIFY(drag.problem->message.contains(QLatin1String("blocking")));

    // Online, the same copy clashes with nothing at the venue and is allowed.
    copy.cohort.mode = CohortMode::Online;
    copy.cohort.venueId = 0;
    QVERIFY(e.createCohorts({copy}, QStringLiteral("Generate")).ok());
    QVERIFY(data() == d);
}

void TestCommands::leaveOnATeachingDayIsRefused()
{
    const PlanData d = data();
    std::map<Id, const Cohort *> cohorts;
    for (const Cohort &c : d.cohorts)
        cohorts[c.id] = &c;
    // An instructor's teaching day in a cohort that runs.
    const CohortInstructor *a = nullptr;
    for (const CohortInstructor &x : d.cohortInstructors) {
        if (cohorts.at(x.cohortId)->status != CohortStatus::Cancelled) {
            a = &x;
            break;
        }
    }
    QVERIFY(a);
    QDate teaching;
    for (const Session &s : d.sessions) {
        if (s.cohortId == a->cohortId)
            teaching = s.date;
    }
    Instructor instructor;
    std::vector<Qualification> qualifications;
    std::vector<Leave> leaves;
    for (const Instructor &i : d.instructors) {
        if (i.id == a->instructorId)
            instructor = i;
    }
    for (const Qualification &q : d.qualifications) {
        if (q.instructorId == instructor.id)
            qualifications.push_back(q);
    }
    for (const Leave &l : d.leaves) {
        if (l.instructorId == instructor.id)
            leaves.push_back(l);
    }
    Leave leave;
    leave.instructorId = instructor.id;
    leave.start = leave.end = teaching;
    leave.reason = QStringLiteral("Conference");
    std::vector<Leave> withLeave = leaves;
    withLeave.push_back(leave);
    const auto refused = edits().saveInstructor(instructor, qualifications, withLeave);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.problem->message.contains(teaching.toString(Qt::ISODate)),
             qPrintable(refused.problem->message));
    // Taking away every qualification makes them unqualified for what they teach.
    QVERIFY(!edits().saveInstructor(instructor, {}, leaves).ok());
    // Leave on a day without teaching is fine.
    leave.start = leave.end = QDate(2030, 1, 2);
    withLeave.back() = leave;
    QVERIFY(edits().saveInstructor(instructor, qualifications, withLeave).ok());
    QVERIFY(data() == d);
}

void TestCommands::moveAndResizeAreOneCall_data()
{
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<int>("endShift"); // days added to the last session's date, or 0
    QTest::newRow("later") << 3 << 0;
    QTest::newRow("earlier") << -2 << 0;
    QTest::newRow("longer") << 0 << 7;
    QTest::newRow("shorter") << 0 << -1;
}

// moveCohort / resizeCohort give what the shift of the stored sessions gives through
// replaceSessions, and write exactly those sessions.
void TestCommands::moveAndResizeAreOneCall()
{
    QFETCH(int, workingDays);
    QFETCH(int, endShift);
    const PlanEdits e = edits();
    const WorkCalendar calendar = e.workCalendar();
    int written = 0;
    for (const Cohort &c : data().cohorts) {
        if ((c.status != CohortStatus::Planned && c.status != CohortStatus::Open) || written >= 3)
            continue;
        const std::optional<CohortDraft> stored = e.cohort(c.id);
        QVERIFY(stored);
        if (stored->sessions.size() < 2)
            continue;
        const QDate newEnd = stored->sessions.back().date.addDays(endShift);
        const std::vector<Session> expected =
            workingDays != 0 ? shiftSessions(stored->sessions, workingDays, calendar)
                             : resizeSessions(stored->sessions, newEnd, calendar);
        const PlanEdit viaReplace = e.replaceSessions(c.id, expected, QStringLiteral("x"));
        const PlanEdit result =
            workingDays != 0 ? e.moveCohort(c.id, workingDays) : e.resizeCohort(c.id, newEnd);
        QCOMPARE(result.ok(), viaReplace.ok());
        if (!result.ok()) {
            QCOMPARE(result.problem->message, viaReplace.problem->message);
            continue;
        }
        QVERIFY(result.text.contains(c.code));
        QCOMPARE(m_editor->execute(result.text, result.changes).message(), QString());
        std::vector<std::pair<QDate, SessionSlot>> want, got;
        for (const Session &s : expected)
            want.emplace_back(s.date, s.slot);
        const auto saved = edits().cohort(c.id);
        QVERIFY(saved);
        for (const Session &s : saved->sessions)
            got.emplace_back(s.date, s.slot);
        QCOMPARE(got, want);
        ++written;
    }
    QVERIFY(written > 0);
    // A cohort that is gone, and a move by nothing, are refused with a sentence.
    const PlanEdit gone = edits().moveCohort(999999, 1);
    QVERIFY(!gone.ok());
    QVERIFY(!gone.problem->message.isEmpty());
    QVERIFY(!edits().moveCohort(data().cohorts.front().id, 0).ok());
}

// A drag on the timeline and an enrollment edit from the roster carry what the user saw:
// when someone else changed it since, the edit is refused with a sentence naming the
// record, and nothing is written; over what is still as shown, it is made as before.
void TestCommands::dragsAndRosterEditsAreMadeOverWhatWasShown()
{
    const PlanData d = data();
    std::optional<CohortDraft> shown;
    for (const Cohort &c : d.cohorts) {
        if (c.status != CohortStatus::Planned && c.status != CohortStatus::Open)
            continue;
        shown = edits().cohort(c.id);
        if (shown && shown->sessions.size() >= 2 && edits().moveCohort(c.id, 1).ok())
            break;
        shown.reset();
    }
    QVERIFY(shown);
    const Id cohortId = shown->cohort.id;
    // As shown (in any order): the same edit as over the stored sessions.
    std::vector<Session> seen = shown->sessions;
    std::reverse(seen.begin(), seen.end());
    QVERIFY(edits().moveCohort(cohortId, 1, seen).ok());
    const QDate newEnd = seen.front().date.addDays(7);
    const PlanEdit resized = edits().resizeCohort(cohortId, newEnd, seen);
    const PlanEdit resizedAsStored = edits().resizeCohort(cohortId, newEnd);
    QCOMPARE(resized.ok(), resizedAsStored.ok());
    QCOMPARE(resized.text, resizedAsStored.text);
    // Someone else moved a session after the timeline showed them.
    std::vector<Session> stale = shown->sessions;
    stale.back().date = stale.back().date.addDays(-1);
    for (const PlanEdit &refused :
         {edits().moveCohort(cohortId, 1, stale),
          edits().resizeCohort(cohortId, stale.back().date.addDays(7), stale)}) {
        QVERIFY(!refused.ok());
        QVERIFY(refused.changes.isEmpty());
        QVERIFY2(refused.problem->message.contains(shown->cohort.code),
                 qPrintable(refused.problem->message));
    }
    // A session someone else added is a change too.
    stale = shown->sessions;
    stale.pop_back();
    QVERIFY(!edits().moveCohort(cohortId, 1, stale).ok());

    QVERIFY(!d.enrollments.empty());
    const Enrollment enrollment = d.enrollments.front();
    const QString name = [&] {
        for (const Trainee &t : d.trainees)
            if (t.id == enrollment.traineeId)
                return t.name;
        return QString();
    }();
    OutcomeEdit score;
    score.score = 91;
    QVERIFY(edits().overShown({enrollment}, edits().setOutcome({enrollment.id}, score)).ok());
    // Someone else entered a score meanwhile: mine is not written over it unseen.
    Enrollment theirs = enrollment;
    theirs.score = 77;
    ChangeSet change;
    change.update(enrollment, theirs);
    QCOMPARE(m_editor->execute(QStringLiteral("Theirs"), change).message(), QString());
    const PlanEdit refused =
        edits().overShown({enrollment}, edits().setOutcome({enrollment.id}, score));
    QVERIFY(!refused.ok());
    QVERIFY(refused.changes.isEmpty());
    QVERIFY2(refused.problem->message.contains(name), qPrintable(refused.problem->message));
    // Over their version, as the roster shows it after reloading: made.
    QVERIFY(edits().overShown({theirs}, edits().setOutcome({enrollment.id}, score)).ok());
    // A withdrawal of an enrollment someone else removed.
    Enrollment gone = enrollment;
    gone.id = 987654321;
    const PlanEdit removed = edits().overShown({gone}, edits().withdraw({enrollment.id}));
    QVERIFY(!removed.ok());
    QVERIFY(removed.problem->message.contains(QLatin1String("removed")));
}

// The one error type: a value or a Problem, and a store failure handed on as its Problem.
void TestCommands::resultHoldsValueOrProblem()
{
    Result<std::vector<int>> value = std::vector<int>{1, 2};
    QVERIFY(value.ok());
    QVERIFY(static_cast<bool>(value));
    QCOMPARE(value->size(), std::size_t(2));
    QCOMPARE(value.message(), QString());
    const std::vector<int> taken = std::move(value).value();
    QCOMPARE(taken, (std::vector<int>{1, 2}));

    const Result<int> refused = Problem{QStringLiteral("capacity"), QStringLiteral("Too small.")};
    QVERIFY(!refused);
    QCOMPARE(refused.problem().field, QStringLiteral("capacity"));
    QCOMPARE(refused.message(), QStringLiteral("Too small."));

    Result<> check;
    QVERIFY(check.ok());
    check = Problem::of(QStringLiteral("No plan is open."));
    QVERIFY(!check.ok());
    QCOMPARE(check.problem().field, QString());
    QCOMPARE(check.message(), QStringLiteral("No plan is open."));

    // A rule check says which field; the edit hands it on unchanged.
    Cohort cohort = edits().cohort(data().cohorts.front().id)->cohort;
    cohort.capacity = 0;
    const Result<> rule = RecordRules::check(cohort);
    QVERIFY(!rule);
    QCOMPARE(rule.problem().field, QStringLiteral("capacity"));
    const PlanEdit edit = edits().save(cohort);
    QVERIFY(edit.problem);
    QCOMPARE(*edit.problem, rule.problem());

    // A store failure: its StoreError carries the Problem, and the editor returns it.
    try {
        Sql::exec(m_plan->database(), QStringLiteral("SELECT * FROM no_such_table"));
        QFAIL("the statement should have failed");
    } catch (const StoreError &e) {
        QVERIFY(!e.problem().message.isEmpty());
        QCOMPARE(e.problem().message, e.message());
    }
}

void TestCommands::readerReadsColumnsByName()
{
    QSqlQuery q = Sql::prepare(m_plan->database(),
                               QStringLiteral("SELECT 'x' AS two, 1 AS one, NULL AS absent"));
    Sql::exec(q);
    Sql::Reader row(q);
    QVERIFY(row.next());
    QCOMPARE(row.integer("one"), 1);
    QCOMPARE(row.text("two"), QStringLiteral("x"));
    QVERIFY(row.value("absent").isNull());
    QCOMPARE(row.index("one"), 1);
    try {
        row.index("three");
        QFAIL("a name the select list lacks must throw");
    } catch (const StoreError &e) {
        QVERIFY2(e.message().contains(QLatin1String("three")), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"

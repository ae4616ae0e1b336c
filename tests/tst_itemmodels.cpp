// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "items/assumptionmodel.h"
#include "items/conflictmodel.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"
#include "items/progressmodel.h"
#include "store/capacityinputreader.h"
#include "store/repository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Planner;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadAndSort_data();
    void loadAndSort();
    void cohortValues();
    void progressYears();
    void sortKeepsPersistentIndexes();
    void closedPlanDropsLateResults();
    void auditShowsWhatChanged();
    void assumptionsEditInPlace();
    void storedConflictsFollowTheEdits();
    void editsKeepTheStoredConflictsExact_data();
    void editsKeepTheStoredConflictsExact();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {

// Makes each page model by name, with the tester attached before anything is loaded.
struct ModelUnderTest
{
    std::unique_ptr<TableModelBase> model;
    std::function<void(PlanSession &)> reload;
};

ModelUnderTest make(const QString &name)
{
    ModelUnderTest m;
    if (name == QLatin1String("tracks")) {
        auto *model = new TrackTableModel;
        m.reload = [model](PlanSession &s) { model->reload(s); };
        m.model.reset(model);
    } else if (name == QLatin1String("courses")) {
        auto *model = new CourseTableModel;
        m.reload = [model](PlanSession &s) { model->reload(s); };
        m.model.reset(model);
    } else if (name == QLatin1String("venues")) {
        auto *model = new VenueTableModel;
        m.reload = [model](PlanSession &s) { model->reload(s); };
        m.model.reset(model);
    } else if (name == QLatin1String("instructors")) {
        auto *model = new InstructorTableModel;
        model->setYear(2026);
        m.reload = [model](PlanSession &s) { model->reload(s); };
        m.model.reset(model);
    } else if (name == QLatin1String("cohorts")) {
        auto *model = new CohortTableModel;
        m.reload = [model](PlanSession &s) { model->reload(s); };
        m.model.reset(model);
    } else if (name == QLatin1String("trainees")) {
        auto *model = new TraineeTableModel;
        m.reload = [model](PlanSession &s) { model->reload(s); };
        m.model.reset(model);
    } else if (name == QLatin1String("calendar")) {
        auto *model = new CalendarTableModel;
        m.reload = [model](PlanSession &s) { model->reload(s); };
        m.model.reset(model);
    } else if (name == QLatin1String("audit")) {
        auto *model = new AuditTableModel;
        m.reload = [model](PlanSession &s) { model->reload(s); };
        m.model.reset(model);
    } else if (name == QLatin1String("conflicts")) {
        auto *model = new ConflictModel;
        m.reload = [model](PlanSession &s) { model->reload(s); };
        m.model.reset(model);
    } else if (name == QLatin1String("assumptions")) {
        auto *model = new AssumptionTableModel;
        m.reload = [model](PlanSession &s) { model->reload(s, 2026); };
        m.model.reset(model);
    } else if (name == QLatin1String("progress")) {
        auto *model = new ProgressModel;
        model->setAsOf(QDate(2026, 11, 28));
        m.reload = [model](PlanSession &s) { model->reload(s); };
        m.model.reset(model);
    }
    return m;
}

bool waitLoaded(TableModelBase *model)
{
    QSignalSpy spy(model, &TableModelBase::loaded);
    QSignalSpy failed(model, &TableModelBase::loadFailed);
    (void)QTest::qWaitFor([&] { return spy.count() > 0 || failed.count() > 0; }, 30000);
    if (!failed.isEmpty())
        qWarning("load failed: %s", qPrintable(failed.first().first().toString()));
    return spy.count() > 0;
}

} // namespace

void TestItemModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
}

void TestItemModels::loadAndSort_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("minRows");
    QTest::addColumn<int>("maxRows");
    QTest::newRow("tracks") << "tracks" << int(TrackTableModel::ColumnCount) << 3 << 3;
    QTest::newRow("courses") << "courses" << int(CourseTableModel::ColumnCount) << 12 << 12;
    QTest::newRow("venues") << "venues" << int(VenueTableModel::ColumnCount) << 5 << 20;
    QTest::newRow("instructors") << "instructors" << int(InstructorTableModel::ColumnCount) << 140
                                 << 160;
    QTest::newRow("cohorts") << "cohorts" << int(CohortTableModel::ColumnCount) << 300 << 400;
    QTest::newRow("trainees") << "trainees" << int(TraineeTableModel::ColumnCount) << 9000 << 11000;
    QTest::newRow("calendar") << "calendar" << int(CalendarTableModel::ColumnCount) << 39 << 39;
    QTest::newRow("progress") << "progress" << int(ProgressModel::ColumnCount) << 3 << 3;
    QTest::newRow("conflicts") << "conflicts" << int(ConflictModel::ColumnCount) << 0 << 1000;
    QTest::newRow("assumptions") << "assumptions" << int(AssumptionTableModel::ColumnCount) << 15
                                 << 15;
    QTest::newRow("audit") << "audit" << int(AuditTableModel::ColumnCount) << 1 << 1;
}

void TestItemModels::loadAndSort()
{
    QFETCH(QString, name);
    QFETCH(int, columns);
    QFETCH(int, minRows);
    QFETCH(int, maxRows);
    PlanSession session;
    VERIFY_OK(session.open(m_path, PlanDatabase::Mode::ReadOnly));
    ModelUnderTest m = make(name);
    QVERIFY(m.model);
    QAbstractItemModelTester tester(m.model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m.model->rowCount(), 0);
    m.reload(session);
    QVERIFY(waitLoaded(m.model.get()));
    QCOMPARE(m.model->columnCount(), columns);
    QVERIFY2(m.model->rowCount() >= minRows && m.model->rowCount() <= maxRows,
             qPrintable(QString::number(m.model->rowCount())));
    for (int c = 0; c < columns; ++c) {
        QVERIFY(!m.model->headerData(c, Qt::Horizontal).toString().isEmpty());
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m.model->sort(c, order);
            // Sorted: each row's sort key is not out of order against the next one.
            const int rows = m.model->rowCount();
            for (int r = 0; r + 1 < std::min(rows, 200); ++r) {
                const QVariant a = m.model->index(r, c).data(TableModelBase::SortRole);
                const QVariant b = m.model->index(r + 1, c).data(TableModelBase::SortRole);
                if (a.isNull() || b.isNull() || a.typeId() == QMetaType::QString)
                    continue;
                const auto cmp = QVariant::compare(a, b);
                QVERIFY2(order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater
                                                     : cmp != QPartialOrdering::Less,
                         qPrintable(QStringLiteral("column %1 row %2").arg(c).arg(r)));
            }
        }
    }
    // Reloading replaces the rows through a reset the tester checks.
    m.reload(session);
    QVERIFY(waitLoaded(m.model.get()));
}

void TestItemModels::cohortValues()
{
    PlanSession session;
    VERIFY_OK(session.open(m_path, PlanDatabase::Mode::ReadOnly));
    CohortTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(session);
    QVERIFY(waitLoaded(&model));
    for (const CohortSummary &c : model.rows()) {
        QVERIFY(!c.courseCode.isEmpty());
        QVERIFY(c.start <= c.end);
        QVERIFY(c.enrolled <= c.cohort.capacity);
    }
    // The first row in load order is the earliest cohort: sorted by start date.
    QVERIFY(model.rows().front().start <= model.rows().back().start);
    QCOMPARE(model.index(0, CohortTableModel::Start).data().toString(),
             model.rows().front().start.toString(Qt::ISODate));
}

void TestItemModels::progressYears()
{
    PlanSession session;
    VERIFY_OK(session.open(m_path, PlanDatabase::Mode::ReadOnly));
    ProgressModel model;
    model.setAsOf(QDate(2026, 11, 28));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reports(&model, &ProgressModel::reportChanged);
    model.reload(session);
    QVERIFY(waitLoaded(&model));
    QCOMPARE(model.planYears(), std::vector<int>{2026});
    QCOMPARE(model.year(), 2026);
    QCOMPARE(model.report().target, 10000);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.utilisation().size(), std::size_t(150));
    QTRY_COMPARE(model.years().size(), std::size_t(1)); // the multi-year facts follow the year's
    QVERIFY(model.districts().contains(QString()));     // online cohorts
    // A filter recomputes without reading the plan again.
    const int all = model.report().trained;
    ProgressFilter filter;
    filter.tracks = {model.tracks().front().trackId};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.report().trained < all);
    QVERIFY(model.report().trained > 0);
    QCOMPARE(model.index(0, ProgressModel::Trained).data(TableModelBase::SortRole).toInt(),
             model.report().trained);
    QVERIFY(reports.count() >= 2);
}

void TestItemModels::sortKeepsPersistentIndexes()
{
    PlanSession session;
    VERIFY_OK(session.open(m_path, PlanDatabase::Mode::ReadOnly));
    InstructorTableModel model;
    model.setYear(2026);
    model.reload(session);
    QVERIFY(waitLoaded(&model));
    const QPersistentModelIndex kept(model.index(5, InstructorTableModel::Name));
    const QVariant id = kept.data(TableModelBase::IdRole);
    model.sort(InstructorTableModel::Name, Qt::DescendingOrder);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(TableModelBase::IdRole), id);
    QCOMPARE(kept.column(), int(InstructorTableModel::Name));
}

void TestItemModels::closedPlanDropsLateResults()
{
    PlanSession session;
    VERIFY_OK(session.open(m_path, PlanDatabase::Mode::ReadOnly));
    TraineeTableModel model;
    QSignalSpy loaded(&model, &TableModelBase::loaded);
    model.reload(session);
    session.close();
    session.loader()->waitForAll();
    QCoreApplication::processEvents();
    QTest::qWait(50);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::auditShowsWhatChanged()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.cohortplan"));
    TestSupport::copyPlan(m_path, path);
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadWrite));
    {
        Repository<Track> tracks(session.plan()->database());
        Track t = tracks.loadAll().front();
        t.colour = QStringLiteral("#123456");
        Transaction transaction(session.plan()->database());
        tracks.update(t);
        transaction.commit();
    }
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(session);
    QVERIFY(waitLoaded(&model));
    QCOMPARE(model.rowCount(), 2);
    // Newest first: the change, with the field's old and new value.
    QCOMPARE(model.index(0, AuditTableModel::Table).data().toString(), QStringLiteral("Tracks"));
    QCOMPARE(model.index(0, AuditTableModel::Table).data(Qt::ToolTipRole).toString(),
             QStringLiteral("track"));
    const QString change = model.index(0, AuditTableModel::Change).data().toString();
    QVERIFY2(change.contains(QLatin1String("Colour: ")) &&
                 change.contains(QStringLiteral("→ #123456")),
             qPrintable(change));
    QVERIFY(!change.contains(QLatin1String("Name:"))); // unchanged fields are left out
    QVERIFY(!model.index(0, AuditTableModel::Who).data().toString().isNull());
}

// The Assumptions tab: each cell shows the rate that applies and where it comes from;
// typing a percentage sets it on the track's target (or the course) as one undo step,
// clearing it goes back; out of range is refused with the range.
void TestItemModels::assumptionsEditInPlace()
{
    const QString path = m_dir.filePath(QStringLiteral("assumptions.cohortplan"));
    TestSupport::copyPlan(m_path, path);
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadWrite));
    AssumptionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto reload = [&] {
        model.reload(session, 2026);
        return waitLoaded(&model);
    };
    QVERIFY(reload());
    QCOMPARE(model.rowCount(), 15);
    const int track = 0;
    const AssumptionRow first = model.rows().front();
    QVERIFY(!first.course);
    QVERIFY(first.target.rates.isEmpty());
    const QModelIndex completion = model.index(track, AssumptionTableModel::Completion);
    QVERIFY(model.flags(completion) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(track, AssumptionTableModel::Name)) & Qt::ItemIsEditable));
    // Not set: italic, and the tooltip says where the figure comes from.
    QVERIFY(completion.data(Qt::FontRole).value<QFont>().italic());
    const QString origin = completion.data(Qt::ToolTipRole).toString();
    QVERIFY2(origin.contains(QLatin1String("default")) || origin.contains(QLatin1String("actuals")),
             qPrintable(origin));

    QVERIFY2(model.setData(completion, 80), qPrintable(model.lastEditError()));
    QCOMPARE(session.editor()->undoStack()->count(), 1);
    QVERIFY(reload());
    const QModelIndex set = model.index(track, AssumptionTableModel::Completion);
    QCOMPARE(model.rows().front().target.rates.completion, std::optional<double>(0.8));
    QCOMPARE(set.data().toString(), QStringLiteral("80.0 %"));
    QVERIFY(!set.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.index(track, AssumptionTableModel::Source)
                .data()
                .toString()
                .contains(QLatin1String("set in the plan")));
    // A course of the track runs as its track until it has its own.
    QVERIFY(model.rows()[1].course);
    QCOMPARE(model.index(1, AssumptionTableModel::Completion).data().toString(),
             QStringLiteral("80.0 %"));
    QVERIFY(model.setData(model.index(1, AssumptionTableModel::Fill), 50));
    QVERIFY(reload());
    const Id courseId = model.rows()[1].course->id;
    {
        const CapacityInput input = loadCapacityInput(session.plan()->database(), 2026);
        QCOMPARE(input.trackAssumptions.at(first.trackId).completionRate, 0.8);
        QCOMPARE(input.courseAssumptions.at(courseId).fillRate, 0.5);
        QCOMPARE(input.courseAssumptions.at(courseId).completionRate, 0.8);
    }
    // A course's share of the new cohorts: as the track ran, until set; set, the planner
    // takes it and the other courses share the rest.
    const QModelIndex share = model.index(1, AssumptionTableModel::Share);
    QVERIFY(!(model.flags(model.index(track, AssumptionTableModel::Share)) & Qt::ItemIsEditable));
    QVERIFY(share.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.setData(share, 50));
    QVERIFY(reload());
    QCOMPARE(model.rows()[1].course->cohortShare, std::optional<double>(0.5));
    QCOMPARE(model.index(1, AssumptionTableModel::Share).data().toString(),
             QStringLiteral("50.0 %"));
    {
        const CapacityInput input = loadCapacityInput(session.plan()->database(), 2026);
        QCOMPARE(input.courseMix.at(courseId), 0.5);
        double rest = 0;
        for (int r = 2; r < model.rowCount() && model.rows()[std::size_t(r)].course; ++r)
            rest += input.courseMix.at(model.rows()[std::size_t(r)].course->id);
        QVERIFY(qAbs(rest - 0.5) < 1e-9);
    }
    QVERIFY(!model.setData(model.index(1, AssumptionTableModel::Share), 101));
    QCOMPARE(session.editor()->undoStack()->count(), 3);
    // Out of range: refused, with the range, nothing written.
    QVERIFY(!model.setData(model.index(track, AssumptionTableModel::NoShow), 95));
    QVERIFY2(model.lastEditError().contains(QLatin1String("90")),
             qPrintable(model.lastEditError()));
    QVERIFY(!model.setData(model.index(track, AssumptionTableModel::Pass), QStringLiteral("most")));
    QCOMPARE(session.editor()->undoStack()->count(), 3);
    // Cleared: back to where it came from.
    QVERIFY(model.setData(model.index(track, AssumptionTableModel::Completion), QString()));
    QVERIFY(reload());
    QVERIFY(model.rows().front().target.rates.isEmpty());
    QVERIFY(model.index(track, AssumptionTableModel::Completion)
                .data(Qt::FontRole)
                .value<QFont>()
                .italic());
    // Undo takes each step back.
    session.editor()->undoStack()->undo();
    QVERIFY(reload());
    QCOMPARE(model.rows().front().target.rates.completion, std::optional<double>(0.8));
}

// The session keeps the plan's conflicts as the Conflicts page last checked them, while
// nothing changed since: edits check on a copy instead of reading the plan, and decide
// exactly as they do after reading it. Any change drops them until the next check; a
// check that started before a change is not kept.
void TestItemModels::storedConflictsFollowTheEdits()
{
    const QString path = m_dir.filePath(QStringLiteral("stored.cohortplan"));
    TestSupport::copyPlan(m_path, path);
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadWrite));
    QVERIFY(!session.storedConflicts());
    ConflictModel model;
    model.reload(session);
    QVERIFY(waitLoaded(&model));
    QVERIFY(session.storedConflicts());
    const QSqlDatabase db = session.plan()->database();
    QCOMPARE(session.storedConflicts()->conflicts(), PlanEdits(db).conflictEngine().conflicts());

    // Moving cohorts by a week: the same decision, words and warnings.
    int compared = 0;
    int accepted = 0;
    for (const Cohort &c : Repository<Cohort>(db).loadAll()) {
        if (c.status == CohortStatus::Cancelled || compared == 40)
            continue;
        std::vector<Session> sessions = Repository<Session>(db).loadWhere("cohort_id", {c.id});
        for (Session &s : sessions)
            s.date = s.date.addDays(7);
        const PlanEdit stored =
            session.edits().replaceSessions(c.id, sessions, QStringLiteral("move"));
        const PlanEdit read = PlanEdits(db).replaceSessions(c.id, sessions, QStringLiteral("move"));
        QCOMPARE(stored.ok(), read.ok());
        if (!read.ok())
            QCOMPARE(stored.problem->message, read.problem->message);
        QCOMPARE(stored.warnings, read.warnings);
        accepted += read.ok();
        ++compared;
    }
    QVERIFY2(compared > 10 && accepted > 0,
             qPrintable(QStringLiteral("%1 compared, %2 accepted").arg(compared).arg(accepted)));

    // An edit drops them; a check that began before it is not kept; the next one is.
    const quint64 before = session.changeCount();
    const auto engine = session.storedConflicts();
    Cohort c = Repository<Cohort>(db).loadAll().front();
    c.notes = QStringLiteral("changed");
    PlanEdit note = session.edits().saveCohortRecord(c);
    QVERIFY(note.ok());
    QVERIFY(session.editor()->execute(note.text, std::move(note.changes)).message().isEmpty());
    QVERIFY(!session.storedConflicts());
    session.setStoredConflicts(engine, before);
    QVERIFY(!session.storedConflicts());
    model.reload(session);
    QVERIFY(waitLoaded(&model));
    QVERIFY(session.storedConflicts());
    session.editor()->undoStack()->undo();
    QVERIFY(!session.storedConflicts());
}

// The one edit path: PlanSession::apply() keeps the conflicts an edit's check computed as
// the stored conflicts, so the next edit checks without reading the plan. They must be
// what a full check of the plan as written finds, after every kind of edit the app
// makes, one after another; an edit whose effect the check did not compute (a larger
// cohort seats its waitlist) drops them instead.
void TestItemModels::editsKeepTheStoredConflictsExact_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("alwaysKept");
    QTest::newRow("move by a week") << "move" << true;
    QTest::newRow("end a week later") << "resize" << true;
    QTest::newRow("another venue") << "venue" << true;
    QTest::newRow("assign an assistant") << "assign" << true;
    QTest::newRow("a day of leave") << "leave" << true;
    QTest::newRow("more seats") << "capacity" << false;
}

void TestItemModels::editsKeepTheStoredConflictsExact()
{
    QFETCH(QString, kind);
    QFETCH(bool, alwaysKept);
    const QString path = m_dir.filePath(QStringLiteral("exact-%1.cohortplan").arg(kind));
    TestSupport::copyPlan(m_path, path);
    PlanSession session;
    VERIFY_OK(session.open(path, PlanDatabase::Mode::ReadWrite));
    const QSqlDatabase db = session.plan()->database();
    const std::vector<Venue> venues = Repository<Venue>(db).loadAll();
    const std::vector<Instructor> instructors = Repository<Instructor>(db).loadAll();
    QVERIFY(venues.size() > 2 && instructors.size() > 2);

    int tried = 0, written = 0, kept = 0;
    for (const Cohort &c : Repository<Cohort>(db).loadAll()) {
        if (c.status == CohortStatus::Cancelled || c.status == CohortStatus::Completed)
            continue;
        if (tried == 25)
            break;
        const std::size_t n = std::size_t(tried++);
        PlanEdit edit = session.makeEdit([&](const PlanEdits &e) -> PlanEdit {
            if (kind == QLatin1String("move"))
                return e.moveCohort(c.id, 5);
            if (kind == QLatin1String("resize")) {
                const std::optional<CohortDraft> draft = e.cohort(c.id);
                QDate last;
                for (const Session &s : draft->sessions)
                    last = std::max(last, s.date);
                return e.resizeCohort(c.id, last.addDays(7));
            }
            if (kind == QLatin1String("assign")) {
                CohortDraft draft = *e.cohort(c.id);
                draft.instructors.push_back(
                    {c.id, instructors[n % instructors.size()].id, InstructorRole::Assistant});
                draft.overrideReason = QStringLiteral("test");
                return e.saveCohort(draft);
            }
            if (kind == QLatin1String("leave")) {
                InstructorDraft draft = *e.instructor(instructors[n % instructors.size()].id);
                const QDate day = e.cohort(c.id)->sessions.front().date;
                draft.leaves.push_back({0, draft.instructor.id, day, day, QStringLiteral("test")});
                return e.saveInstructor(draft.instructor, draft.qualifications, draft.leaves);
            }
            Cohort record = c;
            if (kind == QLatin1String("venue"))
                record.venueId = venues[n % venues.size()].id;
            else
                record.capacity += 10;
            return e.saveCohortRecord(record);
        });
        if (!edit.ok() || edit.changes.isEmpty())
            continue;
        VERIFY_OK(session.apply(std::move(edit)));
        ++written;
        const auto stored = session.storedConflicts();
        if (!stored)
            continue;
        ++kept;
        QCOMPARE(stored->conflicts(), PlanEdits(db).conflictEngine().conflicts());
    }
    const QString counts =
        QStringLiteral("%1 tried, %2 written, %3 kept").arg(tried).arg(written).arg(kept);
    QVERIFY2(written >= 3, qPrintable(counts));
    if (alwaysKept)
        QVERIFY2(kept == written, qPrintable(counts));
    else
        QVERIFY2(kept < written, qPrintable(counts)); // some cohort seated its waitlist
    // Undo is a change the check did not see: the stored conflicts go.
    session.editor()->undoStack()->undo();
    QVERIFY(!session.storedConflicts());
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"

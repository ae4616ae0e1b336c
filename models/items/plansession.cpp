// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansession.h"

#include "io/calendarcsv.h"
#include "io/importer.h"
#include "store/auditlog.h"
#include "store/backupstore.h"
#include "store/scenariostore.h"
#include "store/sqliteplatform.h"
#include "store/storagelocation.h"
#include "store/storeerror.h"

#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace Planner {

PlanSession::PlanSession(QObject *parent)
    : QObject(parent), m_heartbeat(new QTimer(this)), m_loader(new AsyncLoader(this)),
      m_editor(new PlanEditor(this)), m_backupTimer(new QTimer(this))
{
    m_heartbeat->setInterval(HeartbeatSeconds * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, &PlanSession::heartbeat);
    m_backupTimer->setInterval(60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, &PlanSession::maybeBackup);
    connect(m_editor, &PlanEditor::changed, this, [this] {
        ++m_changes;
        m_storedConflicts.reset();
    });
}

void PlanSession::setStoredConflicts(std::shared_ptr<const ConflictEngine> engine, quint64 changes)
{
    if (m_plan && changes == m_changes)
        m_storedConflicts = std::move(engine);
}

PlanEdits PlanSession::edits() const
{
    PlanEdits edits(m_plan->database());
    edits.setStoredConflicts(m_storedConflicts);
    return edits;
}

PlanEdit PlanSession::makeEdit(const std::function<PlanEdit(const PlanEdits &)> &build) const
{
    try {
        return build(edits());
    } catch (const StoreError &e) { // the plan could not be read
        PlanEdit refused;
        refused.problem = e.problem();
        return refused;
    }
}

Result<> PlanSession::apply(PlanEdit edit, PlanEditor::Over over)
{
    if (edit.problem)
        return *edit.problem;
    if (edit.changes.isEmpty())
        return {};
    std::shared_ptr<const ConflictEngine> after = std::move(edit.conflictsAfter);
    // The editor's changed() (emitted before execute returns) dropped the stored conflicts.
    if (Result<> written = m_editor->execute(edit.text, std::move(edit.changes), over); !written)
        return written;
    if (after)
        m_storedConflicts = std::move(after);
    return {};
}

PlanSession::~PlanSession()
{
    // Workers hold their own connections to the file: let them finish first.
    waitForBackup();
    if (m_probe)
        m_probe->wait();
    m_loader->waitForAll();
}

Result<void, PlanDatabase::Refused> PlanSession::open(const QString &path, PlanDatabase::Mode mode)
{
    // The backup on open runs on a worker thread below: on the 10-year plan it takes
    // about a second (bench_backup), which the window need not wait for.
    auto opened = PlanDatabase::open(path, mode, PlanDatabase::OpenBackup::Later);
    if (!opened)
        return opened.problem();
    close();
    m_file = std::move(*opened);
    m_plan = m_file.get();
    m_checkout = ServerSync::checkoutOf(m_file->database());
    m_editor->setPlan(m_plan);
    m_locationWarning = StorageLocation::warning(StorageLocation::assess(m_file->path()));
    ++m_generation;
    ++m_changes;
    m_storedConflicts.reset();
    if (m_plan->backups())
        m_backupTimer->start();
    emit planOpened();
    if (!m_file->backupProblem().isEmpty())
        emit backupFailed(m_file->backupProblem());
    if (m_file->backupOnOpenDue()) {
        const QString planPath = m_file->path();
        const quint64 generation = m_generation;
        auto result = std::make_shared<QString>();
        // Its own BackupStore and SQLite connection; the file passed quick_check just now.
        QThread *thread = QThread::create(
            [planPath, result] { *result = BackupStore(planPath).backupOnOpen(true).message(); });
        thread->setParent(this);
        m_openBackup = thread;
        connect(thread, &QThread::finished, this, [this, thread, generation, result] {
            thread->deleteLater();
            if (m_openBackup == thread)
                m_openBackup = nullptr;
            if (generation != m_generation)
                return;
            if (!result->isEmpty())
                emit backupFailed(*result);
            emit backupOnOpenFinished(*result);
        });
        m_openBackup->start();
    }
    return {};
}

Result<> PlanSession::openServer(const ServerAddress &address, ServerPlan::Mode mode)
{
    auto opened = ServerPlan::open(address, mode);
    if (!opened)
        return opened.problem();
    const Result<qint64> last = (*opened)->lastChange();
    if (!last)
        return last.problem();
    // This session's own commits are on screen already: fetched to move on, but not
    // announced, unless others committed in between.
    if (const Result<> watching =
            (*opened)->watchChanges(this, [this](qint64 seq, bool own) { catchUp(own ? seq : 0); });
        !watching)
        return watching;
    close();
    m_server = std::move(*opened);
    m_plan = m_server.get();
    m_editor->setPlan(m_plan);
    m_seenChange = *last;
    m_gapSeen = *last;
    m_connected = true;
    ++m_generation;
    ++m_changes;
    m_storedConflicts.reset();
    m_heartbeat->start();
    emit planOpened();
    return {};
}

void PlanSession::setHeartbeatInterval(int milliseconds)
{
    m_heartbeat->setInterval(milliseconds);
}

void PlanSession::catchUp(qint64 quietIfOnly)
{
    if (!m_server)
        return;
    const Result<std::vector<ServerChange>> changes = m_server->changesSince(m_seenChange);
    if (!changes) {
        heartbeat(); // says the connection is lost when it is
        return;
    }
    if (changes->empty())
        return;
    static const QHash<QString, PlanTable> tableOf = {
        {QStringLiteral("track"), PlanTable::Track},
        {QStringLiteral("course"), PlanTable::Course},
        {QStringLiteral("venue"), PlanTable::Venue},
        {QStringLiteral("instructor"), PlanTable::Instructor},
        {QStringLiteral("instructor_qualification"), PlanTable::Qualification},
        {QStringLiteral("instructor_leave"), PlanTable::Leave},
        {QStringLiteral("instructor_preference"), PlanTable::Instructor},
        {QStringLiteral("cohort"), PlanTable::Cohort},
        {QStringLiteral("cohort_session"), PlanTable::Session},
        {QStringLiteral("cohort_instructor"), PlanTable::CohortInstructor},
        {QStringLiteral("trainee"), PlanTable::Trainee},
        {QStringLiteral("enrollment"), PlanTable::Enrollment},
        {QStringLiteral("target"), PlanTable::Target},
        {QStringLiteral("work_calendar"), PlanTable::Calendar},
        {QStringLiteral("calendar_event"), PlanTable::Calendar},
        {QStringLiteral("level_rate"), PlanTable::Costs},
        {QStringLiteral("fixed_cost"), PlanTable::Costs},
    };
    PlanTables tables;
    QStringList people;
    bool onlyOwn = quietIfOnly != 0;
    for (const ServerChange &c : *changes) {
        m_seenChange = std::max(m_seenChange, c.seq);
        onlyOwn = onlyOwn && c.seq == quietIfOnly;
        if (const auto t = tableOf.constFind(c.table); t != tableOf.constEnd())
            tables |= *t;
        // This program's own writes on another connection (an import) are shown, not
        // announced as someone else's.
        if (c.seq != quietIfOnly && !ServerPlan::isOwnTransaction(c.tx) && !people.contains(c.by))
            people << c.by;
    }
    if (onlyOwn)
        return;
    m_editor->changedElsewhere(tables);
    if (!people.isEmpty())
        emit othersChanged(tables, people);
    // A limit was reached: the rest comes next.
    if (changes->size() >= 10000)
        QTimer::singleShot(0, this, [this] { catchUp(); });
}

void PlanSession::heartbeat()
{
    if (!m_server)
        return;
    if (m_connected) {
        const Result<qint64> last = m_server->lastChange();
        if (last) {
            // Behind the server: an announcement was missed, unless it is on its way (this
            // window's own commit is announced moments after it, and a beat may come
            // first). Caught up when the gap the last beat saw is still there.
            if (*last > m_seenChange && m_gapSeen > m_seenChange)
                catchUp();
            m_gapSeen = *last;
            return;
        }
        m_connected = false;
        emit connectionLost(last.message());
    }
    // Whether the server answers again is asked on a worker thread, with a connection of
    // its own (connecting to a server that is gone can take the whole connect timeout);
    // the plan's connection is opened again only once it does.
    if (m_probe)
        return;
    const ServerAddress address = m_server->address();
    auto answers = std::make_shared<bool>(false);
    m_probe = QThread::create([address, answers] {
        *answers = bool(ServerPlan::open(address, ServerPlan::Mode::ReadOnly));
    });
    m_probe->setParent(this);
    connect(m_probe, &QThread::finished, this,
            [this, probe = m_probe, answers, generation = m_generation] {
                probe->deleteLater();
                if (m_probe == probe)
                    m_probe = nullptr;
                if (generation != m_generation || !m_server || m_connected || !*answers)
                    return; // tried again at the next beat
                if (const Result<> back = m_server->reconnect(); !back)
                    return;
                m_connected = true;
                emit connectionRestored();
                catchUp(); // what others did meanwhile: announcements are not replayed
            });
    m_probe->start();
}

void PlanSession::waitForBackup()
{
    if (m_openBackup)
        m_openBackup->wait();
}

void PlanSession::close()
{
    if (!m_plan)
        return;
    ++m_generation;
    ++m_changes;
    m_storedConflicts.reset();
    // A restore or another instance may replace the file next: the copy finishes first.
    waitForBackup();
    m_backupTimer->stop();
    m_locationWarning.clear();
    m_heartbeat->stop();
    m_editor->setPlan(nullptr);
    m_plan = nullptr;
    m_file.reset();
    m_checkout.reset();
    m_server.reset();
    m_connected = true;
    m_seenChange = 0;
    m_gapSeen = 0;
    m_revealed.clear();
    emit planClosed();
}

std::optional<PlanSession::ScenarioOf> PlanSession::scenarioOf(const QString &path)
{
    const auto owner = ScenarioStore::ownerOf(path);
    if (!owner)
        return std::nullopt;
    return ScenarioOf{owner->planPath, owner->name};
}

Result<QString> PlanSession::promoteScenario(const QString &planPath, const QString &name)
{
    const ScenarioStore store(planPath);
    const QString open = m_file ? m_file->path() : QString();
    const PlanDatabase::Mode mode =
        isReadOnly() ? PlanDatabase::Mode::ReadOnly : PlanDatabase::Mode::ReadWrite;
    const bool closing = !open.isEmpty() && (QFileInfo(open) == QFileInfo(planPath) ||
                                             QFileInfo(open) == QFileInfo(store.pathOf(name)));
    if (closing) {
        close();
        // Readers on worker threads hold the file open (Windows cannot replace it then).
        m_loader->waitForAll();
    }
    const Result<QString> promoted = store.promote(name);
    if (!promoted) {
        if (closing)
            (void)this->open(open, mode);
        return promoted;
    }
    if (const auto opened = this->open(planPath, PlanDatabase::Mode::ReadWrite); !opened)
        return opened.problem();
    return promoted;
}

Result<> PlanSession::revealIdNumber(qint64 traineeId)
{
    if (!m_plan)
        return Problem::of(tr("No plan is open."));
    if (m_revealed.contains(traineeId))
        return {};
    if (isReadOnly())
        return Problem::of(tr(
            "The plan is open read-only, so its History cannot record who saw the ID number: open "
            "it for editing to reveal one."));
    try {
        QSqlDatabase db = m_plan->database();
        Transaction transaction(db);
        AuditEntry entry;
        entry.action = AuditAction::Reveal;
        entry.table = QStringLiteral("trainee");
        entry.recordKey = QString::number(traineeId);
        entry.after = QStringLiteral(R"({"revealed":"id_number"})");
        AuditLog(db).record(entry);
        transaction.commit();
    } catch (const StoreError &e) {
        return e.problem();
    }
    m_revealed.insert(traineeId);
    emit idNumberRevealed(traineeId);
    emit auditWritten();
    return {};
}

Result<> PlanSession::recordExport(ImportKind kind, const QString &path, int rows,
                                   bool includedIdNumbers)
{
    if (!m_plan || isReadOnly())
        return Problem::of(tr("The plan is open read-only."));
    Result<> recorded = Exporter::record(m_plan->database(), kind, path, rows, includedIdNumbers);
    if (recorded)
        emit auditWritten();
    return recorded;
}

Result<IcsExport::Export> PlanSession::calendarOf(IcsExport::Scope scope, Id id) const
{
    if (!m_plan)
        return Problem::of(tr("No plan is open."));
    try {
        return IcsExport::calendarOf(m_plan->database(), scope, id);
    } catch (const StoreError &e) {
        return e.problem();
    }
}

Result<> PlanSession::saveCalendar(const IcsExport::Export &calendar, const QString &path)
{
    if (!m_plan)
        return Problem::of(tr("No plan is open."));
    return IcsExport::save(m_plan->database(), calendar, path, !isReadOnly());
}

Result<> PlanSession::eraseTrainee(qint64 traineeId, bool deleteOlderBackups)
{
    if (!m_plan)
        return Problem::of(tr("No plan is open."));
    if (isReadOnly())
        return Problem::of(tr(
            "The plan is open read-only: open it for editing to erase a trainee's personal data."));
    try {
        if (!PersonalData::erase(m_plan->database(), traineeId))
            return Problem::of(tr("The trainee was deleted meanwhile."));
    } catch (const StoreError &e) {
        return e.problem();
    }
    m_revealed.remove(traineeId);
    m_editor->changedOutsideHistory(PlanTable::Trainee | PlanTable::Enrollment);
    emit auditWritten();
    if (deleteOlderBackups && m_plan->backups()) {
        waitForBackup();
        const Result<BackupStore::Entry> made =
            m_plan->backups()->backupNow(BackupStore::Kind::Manual);
        if (!made)
            return Problem::of(tr("The personal data was erased, but the older backups were kept: "
                                  "no new backup could be made (%1).")
                                   .arg(made.message()));
        if (const Result<int> removed = m_plan->backups()->removeAllBut(made->path); !removed)
            return Problem::of(tr("The personal data was erased, but not every older backup "
                                  "could be deleted: %1")
                                   .arg(removed.message()));
    }
    return {};
}

void PlanSession::checkOut(QObject *context, const QString &path,
                           std::function<void(Result<ServerSync::CheckedOut>)> done)
{
    if (!m_server)
        return done(Problem::of(tr("The open plan is not on a server.")));
    const ServerAddress address = m_server->address();
    // The worker's own connection to the server goes unused: the checkout opens its own.
    m_loader->run<ServerSync::CheckedOut>(
        this->path(),
        [address, path](const QSqlDatabase &) {
            const Result<ServerSync::CheckedOut> copied = ServerSync::checkout(address, path);
            if (!copied)
                throw StoreError(copied.message());
            return *copied;
        },
        context, std::move(done));
}

void PlanSession::pendingChanges(QObject *context, std::function<void(Result<int>)> done)
{
    if (!m_file || !m_checkout)
        return done(0);
    m_loader->run<int>(
        m_file->path(),
        [](const QSqlDatabase &db) {
            const Result<int> pending = ServerSync::pendingChanges(db);
            if (!pending)
                throw StoreError(pending.message());
            return *pending;
        },
        context, std::move(done));
}

void PlanSession::synchronise(QObject *context, const ServerAddress &server,
                              const ServerSync::Choices &choices,
                              std::function<void(Result<ServerSync::Report>)> done)
{
    if (!m_file || !m_checkout)
        return done(Problem::of(tr("The open plan was not checked out from a server.")));
    if (isReadOnly())
        return done(Problem::of(tr("The plan is open read-only: open it for editing to "
                                   "synchronise it.")));
    const quint64 generation = m_generation;
    m_loader->run<ServerSync::Report>(
        m_file->path(),
        [server, choices](const QSqlDatabase &db) {
            const Result<ServerSync::Report> report = ServerSync::sync(db, server, choices);
            if (!report)
                throw StoreError(report.message());
            return *report;
        },
        context,
        [this, generation, done = std::move(done)](Result<ServerSync::Report> report) {
            if (generation == m_generation && m_file && report && report->committed) {
                m_checkout = ServerSync::checkoutOf(m_file->database());
                // Anything may have come in: every table, and the History.
                m_editor->changedOutsideHistory(PlanTables::fromInt((1u << 14) - 1));
                emit auditWritten();
            }
            done(std::move(report));
        },
        true);
}

void PlanSession::importWritten(const ImportResult &result, const QString &fileName)
{
    if (!m_plan || !result.written || !result.applied)
        return;
    PlanTables tables;
    switch (result.kind) {
    case ImportKind::Trainees:
        tables = PlanTable::Trainee;
        break;
    case ImportKind::Enrollments:
        tables = PlanTable::Enrollment;
        break;
    case ImportKind::Instructors:
        tables = PlanTable::Instructor;
        break;
    case ImportKind::Qualifications:
        tables = PlanTable::Qualification;
        break;
    case ImportKind::Leave:
        tables = PlanTable::Leave;
        break;
    case ImportKind::Cohorts:
        tables = PlanTable::Cohort | PlanTable::Enrollment;
        break;
    case ImportKind::Sessions:
        tables = PlanTable::Session;
        break;
    case ImportKind::Calendar:
        tables = PlanTable::Calendar;
        break;
    }
    ChangeSet changes;
    const std::shared_ptr<const ImportStore::AppliedImport> applied = result.applied;
    changes.custom(
        tables, [applied](const QSqlDatabase &db) { applied->reapply(db); },
        [applied](const QSqlDatabase &db) { applied->revert(db); });
    m_editor->pushApplied(
        tr("Import of %1 (%2)").arg(ImportRules::displayName(result.kind), fileName),
        std::move(changes));
}

void PlanSession::findPersonalData(QObject *context, qint64 traineeId,
                                   std::function<void(std::vector<PersonalData::Place>)> done)
{
    query<std::vector<PersonalData::Place>>(
        context,
        [traineeId](const PlanQueries &q) {
            return PersonalData::placesOf(q.database(), traineeId);
        },
        std::move(done));
}

void PlanSession::maybeBackup()
{
    if (!m_plan || !m_plan->backups())
        return;
    if (const Result<bool> made = m_plan->backups()->maybeBackup(); !made)
        emit backupFailed(made.message());
}

Result<BackupStore::Entry> PlanSession::backupNow()
{
    if (!m_plan)
        return Problem::of(tr("No plan is open."));
    if (m_server)
        return Problem::of(tr("A plan on a server is backed up by the server's administrator. "
                              "To keep a copy of your own, check it out into a file "
                              "(File ▸ Check Out for Offline Work)."));
    if (!m_plan->backups())
        return Problem::of(
            tr("The plan is open read-only: backups are made by the instance that edits it."));
    return m_plan->backups()->backupNow(BackupStore::Kind::Manual);
}

Result<> PlanSession::restoreBackup(const QString &path, const QString &backupPath, bool damaged)
{
    if (m_file && QFileInfo(path).absoluteFilePath() == m_file->path())
        close();
    // Readers on worker threads hold the file open (Windows cannot replace it then).
    m_loader->waitForAll();
    BackupStore store(path);
    BackupStore::Entry chosen;
    for (const auto &entry : store.list()) {
        if (entry.path == QFileInfo(backupPath).absoluteFilePath())
            chosen = entry;
    }
    if (chosen.path.isEmpty())
        chosen.path = backupPath;
    if (const Result<QString> restored = store.restore(
            chosen, path, damaged ? QStringLiteral("damaged") : QStringLiteral("before-restore"));
        !restored)
        return restored.problem();
    if (const auto opened = open(path, PlanDatabase::Mode::ReadWrite); !opened)
        return opened.problem();
    return {};
}

QString PlanSession::storageVersion()
{
    return SqlitePlatform::libraryVersion();
}

Result<> PlanSession::createEmptyPlan(const QString &path)
{
    return PlanDatabase::create(path, [](QSqlDatabase &db) {
        // A new plan starts with the bundled work calendar, so that sessions avoid the
        // public holidays from the first cohort on.
        PlanData seed;
        seed.calendar = CalendarCsv::bundledChina2026();
        writePlanData(db, seed, AuditAction::Import, QStringLiteral("bundled 2026 work calendar"));
    });
}

QString PlanSession::path() const
{
    if (m_file)
        return m_file->path();
    return m_server ? m_server->address().displayUrl() : QString();
}

QString PlanSession::planName() const
{
    if (m_server)
        return m_server->address().database;
    return QFileInfo(path()).completeBaseName();
}

bool PlanSession::isReadOnly() const
{
    return m_plan && m_plan->isReadOnly();
}

} // namespace Planner

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "asyncloader.h"
#include "commands/planeditor.h"
#include "commands/planedits.h"
#include "io/icsexport.h"
#include "io/importer.h"
#include "planning/importrules.h"
#include "store/backupstore.h"
#include "store/personaldata.h"
#include "store/plandatabase.h"
#include "store/planqueries.h"
#include "store/serverstore.h"
#include "store/serversync.h"

#include <QObject>
#include <QSet>

class QThread;
class QTimer;

#include <memory>

namespace Planner {

// The plan the application has open, shared by every page. Pages and models never hold
// the database themselves: they ask the session, which runs their reads off the GUI
// thread and drops results that arrive after the plan was closed or replaced.
class PlanSession final : public QObject
{
    Q_OBJECT

public:
    explicit PlanSession(QObject *parent = nullptr);
    ~PlanSession() override;

    // Opens path, replacing the open plan. On refusal keeps the open plan and says why.
    Result<void, PlanDatabase::Refused> open(const QString &path, PlanDatabase::Mode mode);
    // Opens the plan on a server (issue 21), replacing the open plan. On refusal keeps the
    // open plan and says why. The session then follows the others' changes (othersChanged)
    // and watches the connection (connectionLost, connectionRestored): every
    // HeartbeatSeconds it asks the server for the newest change, which also catches up on
    // announcements missed; once the connection is lost, a worker thread asks whether the
    // server answers again, and the session then reconnects.
    Result<> openServer(const ServerAddress &address, ServerPlan::Mode mode);
    static constexpr int HeartbeatSeconds = 5;
    // Tests make the beat shorter.
    void setHeartbeatInterval(int milliseconds);
    // Whether text is a server plan's address rather than a file's path.
    static bool isServerUrl(const QString &text) { return ServerAddress::isServerUrl(text); }
    // A warning when the open plan is on a network drive or in a cloud-sync folder, where
    // its lock may not keep a second writer out; empty otherwise.
    QString locationWarning() const { return m_locationWarning; }
    void close();

    // When path is a scenario of a plan (ScenarioStore): the plan's path and its name.
    struct ScenarioOf
    {
        QString planPath;
        QString name;
    };
    static std::optional<ScenarioOf> scenarioOf(const QString &path);
    // Makes the scenario name of the plan at planPath the plan (ScenarioStore::promote).
    // This session lets go of the plan or the scenario first when it has either open, and
    // opens the plan for editing after; on failure it opens again what it had open. The
    // path of the plan's backup taken first, or why not.
    Result<QString> promoteScenario(const QString &planPath, const QString &name);

    // Creates a new, empty plan at path with the bundled work calendar.
    static Result<> createEmptyPlan(const QString &path);
    // The version of the database library plans are kept in, for the About box.
    static QString storageVersion();

    // Restores path from a backup (after closing it here if it is the open plan) and
    // opens the restored plan. A damaged plan is kept beside it as
    // NAME.damaged-<time>.cohortplan, a sound one as NAME.before-restore-<time>.cohortplan.
    Result<> restoreBackup(const QString &path, const QString &backupPath, bool damaged);

    // Backs the open plan up if it was edited and its newest backup is at least
    // BackupStore::policy().periodicMinutes old; a timer calls this every minute.
    void maybeBackup();
    // Backs the open plan up now (File ▸ Back Up Now), checked like every backup: the new
    // backup, or why not (read-only, damaged plan, folder not writable).
    Result<BackupStore::Entry> backupNow();

    // Waits for the backup on open, if one is running (close() does too).
    void waitForBackup();

    bool isOpen() const { return m_plan != nullptr; }
    // The open plan file; nullptr when none is open or the plan is on a server.
    PlanDatabase *plan() const { return m_file.get(); }
    // The open server plan; nullptr when none is open or the plan is a file.
    ServerPlan *server() const { return m_server.get(); }
    bool isServer() const { return m_server != nullptr; }
    // Whether the server plan's connection works (always true for a file).
    bool isConnected() const { return m_connected; }
    // The file's path, or the server plan's URL (without its password).
    QString path() const;
    // The plan's name for documents: the file's name without its suffix, or the server
    // plan's database.
    QString planName() const;
    bool isReadOnly() const;
    AsyncLoader *loader() const { return m_loader; }

    // ID numbers are shown masked (IdentityDocument::masked) until the coordinator reveals
    // one trainee's, for as long as the plan stays open. Revealing writes a "revealed"
    // entry to the History first; a plan open read-only cannot record it, so it refuses.
    Result<> revealIdNumber(qint64 traineeId);
    bool isIdNumberRevealed(qint64 traineeId) const { return m_revealed.contains(traineeId); }
    // Records in the History that personal data of kind was exported to path
    // (Exporter::record).
    Result<> recordExport(ImportKind kind, const QString &path, int rows, bool includedIdNumbers);
    // Erases a trainee's personal data from the plan on their request
    // (PersonalData::erase). It cannot be undone, and the undo history is dropped (its
    // steps hold copies of the data). With deleteOlderBackups, the erased plan is backed
    // up and every older backup deleted (they still hold the data).
    Result<> eraseTrainee(qint64 traineeId, bool deleteOlderBackups);
    // The calendar of one instructor, cohort or venue (IcsExport::calendarOf), or the
    // Problem (the record is gone, the plan cannot be read).
    Result<IcsExport::Export> calendarOf(IcsExport::Scope scope, Id id) const;
    // Writes it to path and, unless the plan is open read-only, remembers what it said
    // (IcsExport::save).
    Result<> saveCalendar(const IcsExport::Export &calendar, const QString &path);
    // After an import wrote the open plan (on a worker thread, through its own
    // connection): the import becomes one undo step, "Import of Trainees (FILE)".
    void importWritten(const ImportResult &result, const QString &fileName);
    // Where the trainee's personal data is in the plan (PersonalData::placesOf), read on
    // a worker thread; done runs on context's thread.
    void findPersonalData(QObject *context, qint64 traineeId,
                          std::function<void(std::vector<PersonalData::Place>)> done);
    // ---- A plan checked out from a server for work offline (ServerSync).
    // What the open plan file remembers of its server, or nullopt for a plain plan (or a
    // plan on a server).
    const std::optional<ServerSync::Checkout> &checkout() const { return m_checkout; }
    // Checks the open server plan out into a new plan file at path (ServerSync::checkout),
    // on a worker thread; done runs on context's thread.
    void checkOut(QObject *context, const QString &path,
                  std::function<void(Result<ServerSync::CheckedOut>)> done);
    // How many changes made here wait to be sent, counted on a worker thread; done runs on
    // context's thread.
    void pendingChanges(QObject *context, std::function<void(Result<int>)> done);
    // Synchronises the open checkout with its server at server on a worker thread (its
    // own connections); done runs on context's thread with the report or why not. After a
    // sync that committed, every page reloads and the undo history is dropped: its steps
    // were measured against the plan before the merge.
    void synchronise(QObject *context, const ServerAddress &server,
                     const ServerSync::Choices &choices,
                     std::function<void(Result<ServerSync::Report>)> done);

    // Writes the user's edits to the open plan, with their undo history.
    PlanEditor *editor() const { return m_editor; }

    // The plan's conflicts as stored, checked since its last change (the Conflicts page
    // checks them on a worker after every change), for PlanEdits::setStoredConflicts; null
    // while a change is newer than the last check.
    std::shared_ptr<const ConflictEngine> storedConflicts() const { return m_storedConflicts; }
    // How many changes the open plan has had (every one the editor reports).
    quint64 changeCount() const { return m_changes; }
    // engine: the plan checked as it was after changeCount() was changes; kept only
    // while no change came after.
    void setStoredConflicts(std::shared_ptr<const ConflictEngine> engine, quint64 changes);
    // PlanEdits over the open plan with the stored conflicts (the open plan must exist).
    PlanEdits edits() const;
    // The one path of an edit: makeEdit() builds and checks it with edits() (a plan that
    // cannot be read refuses it, with the store's Problem), apply() writes it as one undo
    // step through the editor. apply() returns a refused edit's Problem, writes nothing
    // for an edit without changes, and after a write keeps the edit's conflictsAfter as
    // the stored conflicts, so the next edit checks without reading the plan.
    PlanEdit makeEdit(const std::function<PlanEdit(const PlanEdits &)> &build) const;
    Result<> apply(PlanEdit edit, PlanEditor::Over over = PlanEditor::Over::WhatWasRead);

    // Runs work over the plan's read queries on a worker thread; done runs on context's
    // thread, failed (if given) on an error. Nothing runs when no plan is open.
    template <typename R>
    void query(QObject *context, std::function<R(const PlanQueries &)> work,
               std::function<void(R)> done, std::function<void(const QString &)> failed = {})
    {
        if (!m_plan)
            return;
        const quint64 generation = m_generation;
        m_loader->run<R>(
            path(),
            [work = std::move(work)](const QSqlDatabase &db) { return work(PlanQueries(db)); },
            context,
            [this, generation, done = std::move(done),
             failed = std::move(failed)](Result<R> result) {
                if (generation != m_generation)
                    return;
                if (!result) {
                    if (failed)
                        failed(result.message());
                    emit loadFailed(result.message());
                    return;
                }
                done(std::move(*result));
            });
    }

signals:
    void planOpened();
    void planClosed();
    void loadFailed(const QString &message);
    // A backup could not be made (on open, or while editing): the plan itself is fine.
    void backupFailed(const QString &message);
    // The backup on open, taken on a worker thread after planOpened(), is done (error
    // empty) or failed (backupFailed() comes too). Not emitted when none was due.
    void backupOnOpenFinished(const QString &error);
    // A trainee's ID number may now be shown in full.
    void idNumberRevealed(qint64 traineeId);
    // An entry that is not an edit (a reveal, an export) was added to the History.
    void auditWritten();
    // Other people changed the server plan: tables are reloaded (the editor's changed()
    // comes too); people are the server roles that made the changes.
    void othersChanged(Planner::PlanTables tables, const QStringList &people);
    // The server plan's connection was lost (message: the server's words), and is back
    // (after the changes missed were fetched).
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    // The changes committed since the last one seen, as tables reloaded and people named;
    // quietIfOnly: a commit of this session's own (already shown) is not announced.
    void catchUp(qint64 quietIfOnly = 0);
    void heartbeat();

    std::unique_ptr<PlanDatabase> m_file;
    std::optional<ServerSync::Checkout> m_checkout;
    qint64 m_gapSeen = 0; // the server's last commit at the last heartbeat
    std::unique_ptr<ServerPlan> m_server;
    EditablePlan *m_plan = nullptr; // whichever of the two is open
    QTimer *m_heartbeat = nullptr;
    QThread *m_probe = nullptr; // asking whether a lost server answers again
    qint64 m_seenChange = 0;
    bool m_connected = true;
    AsyncLoader *m_loader = nullptr;
    PlanEditor *m_editor = nullptr;
    quint64 m_generation = 0;
    quint64 m_changes = 0;
    std::shared_ptr<const ConflictEngine> m_storedConflicts;
    QTimer *m_backupTimer = nullptr;
    // The backup on open, while it runs (it reads the file through its own connection).
    QThread *m_openBackup = nullptr;
    QString m_locationWarning;
    QSet<qint64> m_revealed;
};

} // namespace Planner

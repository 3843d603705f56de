#pragma once

#include "model/actions/actiontypes.h"
#include "model/actions/gitchange.h"
#include "model/actions/guardrailpolicy.h"
#include "model/actions/protectionrules.h"
#include "model/actions/syncpreview.h"
#include "model/storage/actionrecords.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace sextant {

class FleetConnector;
class FleetStore;
class RepositoryMirrors;

namespace actions {
class ActionStoreWorker;
class GitChangeRunner;
class PauseRun;
class LedgerReconciler;
} // namespace actions

struct PauseOptions {
    bool addDenyWindows = false; // also freeze the affected projects (Argo CD deny window)
};

// Sync, refresh, terminate, pause/resume auto-sync, emergency pause and
// rollback through each instance's ControllerBackend, with the guardrails
// (protected targets, sync windows, running operations), the action journal,
// the pause ledger and deployment records in LocalStore.
//
// A facade over the parts that do the work: GuardrailPolicy (targets, scopes,
// guardrails), ActionJournal (journal and deployment records), OperationRunner
// (controller calls with retries), PauseLedger (ledger state, banner, rollback
// marks), PauseRun (pause and resume batches) and LedgerReconciler.
//
// Lives on the GUI thread and never blocks it: requests are asynchronous, SQLite
// runs on a thread of its own. Every call that starts work returns a request id;
// its result arrives by signal carrying that id. Apps are named by
// Application::key(); targets and scopes are resolved against the FleetStore.
class ActionService : public QObject {
    Q_OBJECT
public:
    using PauseOptions = sextant::PauseOptions;

    ActionService(FleetStore *store, FleetConnector *connector, QString databasePath,
                  QObject *parent = nullptr);
    ~ActionService() override; // waits for SQLite work under way; network work is dropped

    // Opens the database, loads the pause ledger and looks for interrupted work
    // (emits ready() or storeFailed(), then pauseStateChanged / interruptedWorkFound).
    void start();
    // True once start() has loaded the ledger.
    bool isReady() const { return m_ready; }

    // --- settings ------------------------------------------------------------
    // The rules that make a target protected (default: cluster label env=prod).
    void setProtectionRules(const ProtectionRules &rules) { m_policy.setRules(rules); }
    const ProtectionRules &protectionRules() const { return m_policy.rules(); }
    // Attempts per app on 5xx, 429 or network errors (default 4), the first
    // delay (default 250 ms, doubling).
    void setRetryPolicy(int attempts, std::chrono::milliseconds firstDelay);
    // Apps worked on at once per instance in a pause or resume (default 8).
    void setConcurrency(int perInstance);
    // How soon after the live model changes the pause ledger is checked against the
    // servers, to close rows resumed elsewhere (default 300 ms).
    void setLedgerCheckDelay(std::chrono::milliseconds delay);
    // The workstation user written into the journal (default: $USER).
    void setLocalUser(const QString &user);
    QString localUser() const;

    // --- targets and guardrails (synchronous: FleetStore reads only; GuardrailPolicy) ---
    // The app's target (instance · cluster · namespace · app); empty appKey when unknown.
    ActionTarget target(const QString &appKey) const;
    // The apps of a scope, sorted by instance and name.
    QList<ActionTarget> resolveScope(const ActionScope &scope) const;
    // Per-instance counts for a confirmation dialog.
    QList<ScopeCount> countScope(const ActionScope &scope) const;
    // Protection, sync window (from the project's windows as last listed), running operation.
    GuardrailCheck checkGuardrails(const QString &appKey) const;
    // Whether `approval` is enough for the app: empty when it is, else what is missing.
    QString approvalProblem(const QString &appKey, const Approval &approval) const;

    // --- single-app actions (results: actionFinished) ------------------------
    // Asks the server (GET …/syncwindows) whether a manual sync may run now → syncWindowChecked.
    quint64 checkSyncWindow(const QString &appKey);
    // A dry-run sync: the resources that would change or be pruned, images old → new → syncPreviewReady.
    quint64 previewSync(const QString &appKey, const SyncOptions &options);
    // Syncs one app. A protected app needs a valid approval and gets a deployment record.
    quint64 sync(const QString &appKey, const SyncOptions &options, const Approval &approval);
    // Refresh (normal or hard): the controller compares again.
    quint64 refresh(const QString &appKey, bool hard);
    // Writes one annotation on the app (nullopt removes it); `done` gets "" or what went wrong.
    // Not journaled: the caller journals what the annotation records.
    void setAnnotation(const QString &appKey, const QString &key, const std::optional<QString> &value,
                       std::function<void(const QString &error)> done);
    // Terminates the running operation (DELETE …/operation).
    quint64 terminateOperation(const QString &appKey, const QString &reason);
    // What a rollback to `historyId` would do, in words (synchronous).
    RollbackPlan explainRollback(const QString &appKey, qint64 historyId) const;
    // Pauses auto-sync through the ledger when it is on, then rolls back to `historyId`;
    // the app is then marked "rolled back — Git still wants <revision>".
    quint64 rollback(const QString &appKey, qint64 historyId, const Approval &approval);
    // "rolled back — Git still wants <revision>" while the app is held at a rollback; else empty.
    QString rollbackNote(const QString &appKey) const;

    // --- Git changes (results: gitChangePreviewReady, then actionFinished) ----
    // The mirrors that Git changes read and push through (owned by the composition).
    void setRepositoryMirrors(RepositoryMirrors *mirrors);
    // Previews reverting `commits` (newest first) of the app's repository onto the head of
    // the branch it tracks: the files as they would change, or the conflicting files.
    quint64 previewRevert(const QString &appKey, const QStringList &commits);
    // Previews reverting `commit` in the paths the apps deploy only (one repository and branch),
    // the rest of the repository left as it is: a rollout's wave rolled back. `label` names them.
    quint64 previewPathRevert(const QStringList &appKeys, const QString &commit, const QString &label);
    // Previews promoting what `fromAppKey` deploys (its overlay's images, or the whole
    // directory) to the overlays of `toAppKeys` in the same repository and branch.
    quint64 previewPromotion(const QString &fromAppKey, const QStringList &toAppKeys, bool wholeDirectory);
    // Previews bringing a person's live edits of one resource (group/kind/namespace/name) into
    // the files of the app's Git source that define it; reads the app's managed resources first.
    quint64 previewAdoption(const QString &appKey, const QString &resourceIdentity);
    // Where the live values of the resource were last pushed ("" when never): the drift view
    // says "in Git on branch X" for drift no newer than `pushedAt`.
    struct Adoption {
        QString branch;
        QDateTime pushedAt;
    };
    Adoption adoption(const QString &appKey, const QString &resourceIdentity) const;
    // What deploys next for the app (commits between its last sync and the head it tracks)
    // → pendingChangeLoaded.
    quint64 loadPendingChange(const QString &appKey);
    // Commits a previewed change and pushes it, journaled before and after. Refused when the
    // branch moved since the preview.
    quint64 commitGitChange(const GitChangeProposal &proposal, const GitCommitChoice &choice);

    // --- batches (results: batchProgress, batchFinished) ---------------------
    // Syncs apps one after another; stops at the first failure unless continueOnFailure
    // (the rest are reported as skipped). Protected apps need `approval`.
    quint64 syncSelection(const QStringList &appKeys, const SyncOptions &options, const Approval &approval,
                          bool continueOnFailure);
    // Pauses auto-sync of every app of the scope whose auto-sync is on: a ledger row is
    // committed before each PATCH; the PATCH also writes the prior policy on the app.
    // Idempotent: apps already paused by Sextant are confirmed, not paused twice.
    quint64 pause(const ActionScope &scope, const QString &reason, PauseOptions options = PauseOptions());
    // Restores the exact prior policy of every app of the scope that the ledger (or the
    // app's annotation) says is paused, and removes deny windows the pause added. Idempotent.
    quint64 resume(const ActionScope &scope, const QString &reason);
    // Finishes interrupted work: pending pauses are completed, pending resumes finished.
    quint64 completeInterrupted(const QString &reason);
    // Closes every active ledger row of an instance that starts afresh (the built-in demo
    // fleet is new at each start): its old rows describe apps that no longer exist.
    void closePausesOf(const QString &instance, const QString &why);
    // Stops a batch after the apps in flight; the rest are reported as skipped.
    void stop(quint64 requestId);
    // True while any batch or single action runs.
    bool isBusy() const;

    // --- queries -------------------------------------------------------------
    // What the paused-fleet banner shows (empty when nothing is paused).
    PauseBanner pauseBanner() const;
    // Interrupted work found at start() (and after each batch).
    InterruptedWork interruptedWork() const;
    // Ledger rows still pending, paused or resuming.
    QList<PauseLedgerEntry> activePauses() const;
    // Whether Sextant's ledger holds the app as paused.
    bool isPausedBySextant(const QString &appKey) const;
    // What the live model says of a ledger row's app: Unknown while its instance is not
    // live (cached, unreachable) or the row is not confirmed yet.
    enum class LivePause { Paused, ResumedElsewhere, Gone, Unknown };
    LivePause livePauseState(const PauseLedgerEntry &row) const;
    // The controller user Sextant acts as on an instance (empty until first asked).
    QString controllerUser(const QString &instance) const;

    // Journal and deployment records, read on the store thread → journalLoaded / deploymentRecordsLoaded.
    quint64 loadJournal(const JournalFilter &filter);
    quint64 loadDeploymentRecords(int limit = 200);
    // Writes one deployment record (Markdown) to a file → exportFinished. (The Activity page
    // exports the journal rows it shows itself.)
    quint64 exportDeploymentRecord(qint64 recordId, const QString &path);

signals:
    void ready();
    void storeFailed(const QString &message);
    void actionStarted(quint64 requestId, sextant::ActionKind kind, const QString &targetLabel);
    void actionFinished(const sextant::ActionOutcome &outcome);
    void syncWindowChecked(quint64 requestId, const QString &appKey, const sextant::SyncWindowState &state);
    void syncPreviewReady(const sextant::SyncPreview &preview);
    void gitChangePreviewReady(const sextant::GitChangeProposal &proposal);
    void pendingChangeLoaded(quint64 requestId, const QString &appKey, const sextant::PendingChange &change,
                             const QString &error);
    void batchProgress(const sextant::BatchProgress &progress);
    void batchFinished(const sextant::BatchOutcome &outcome);
    void pauseStateChanged(const sextant::PauseBanner &banner);
    // Ledger rows closed because their apps are no longer paused on the server.
    void pausesResumedElsewhere(const QString &instance, int apps);
    void interruptedWorkFound(const sextant::InterruptedWork &work);
    void rollbackMarksChanged();
    void adoptionsChanged();
    void journalChanged(); // a row was added or updated: reload the Activity page
    void journalLoaded(quint64 requestId, const QList<sextant::JournalEntry> &entries, const QString &error);
    void deploymentRecordsLoaded(quint64 requestId, const QList<sextant::DeploymentRecord> &records,
                                 const QString &error);
    void exportFinished(quint64 requestId, const QString &path, const QString &error);

public:
    struct Private; // internal (actionservice_p.h)

private:
    friend class actions::PauseRun;
    friend class actions::LedgerReconciler;

    FleetStore *m_store;
    FleetConnector *m_connector;
    QString m_databasePath;
    std::unique_ptr<actions::ActionStoreWorker> m_worker;
    std::unique_ptr<Private> d;
    actions::GuardrailPolicy m_policy;
    bool m_ready = false;
};

} // namespace sextant

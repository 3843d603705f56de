#pragma once

#include "model/controller/operations.h"
#include "model/domain/appref.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sextant {

// What an action does, as the journal spells it.
enum class ActionKind : quint8 {
    Sync,
    SyncPreview, // dry run
    Refresh,
    HardRefresh,
    Terminate,
    Pause,
    Resume,
    Rollback,
    FreezeProject,   // a deny sync window added by an emergency pause
    UnfreezeProject, // and removed by the resume
    GitRevert,       // a revert commit pushed to the app's repository
    Promote,         // a promotion commit pushed to the app's repository
    GitAdopt,        // live values of a human edit committed to the app's repository
};
QString toString(ActionKind kind); // "sync", "sync-preview", "refresh", ...

// Every mutating action names its target: instance · cluster · namespace · app.
struct ActionTarget {
    QString appKey; // Application::key(): instance/appNamespace/name
    QString instance;
    QString cluster; // the destination cluster's name (server URL when it has none)
    QString ns;      // the destination namespace
    QString app;
    QString appNamespace; // the Application's own namespace
    QString project;
    QString label() const; // "prod-eu · cluster-1 · payments · payments-api"
    AppRef ref() const { return AppRef{instance, appNamespace, app}; }
    bool operator==(const ActionTarget &) const = default;
};

// A set of apps an action applies to.
struct ActionScope {
    enum class Kind { Fleet, Instance, Cluster, Project, Application, Selection };
    Kind kind = Kind::Fleet;
    QString name;        // instance, cluster, project or app ("name" or "appNamespace/name") name
    QString instance;    // optional: limit Cluster/Project/Application to one instance
    QStringList appKeys; // Selection
    static ActionScope fleet();
    static ActionScope ofInstance(const QString &instance);
    static ActionScope ofCluster(const QString &cluster, const QString &instance = {});
    static ActionScope ofProject(const QString &project, const QString &instance = {});
    static ActionScope ofApplication(const QString &app, const QString &instance = {});
    static ActionScope ofSelection(const QStringList &appKeys);
    // "fleet", "instance=X", "cluster=X", "project=X", "app=X" (the --scope syntax);
    // nullopt-like: kind Selection with empty keys and an error text in `error`.
    static ActionScope parse(const QString &text, QString *error);
    QString describe() const; // "the whole fleet", "cluster prod-1", "3 selected apps"
    // Kind Application: `app` is named (by its name alone, or as "appNamespace/name").
    bool matchesApplication(const AppRef &app) const
    {
        return name.contains(u'/') ? name == app.displayName() : name == app.name;
    }
    bool operator==(const ActionScope &) const = default;
};

// For a confirmation: how many apps of a scope each instance holds.
struct ScopeCount {
    QString instance;
    int apps = 0;          // in scope
    int autoSyncOn = 0;    // of which auto-sync is on (what a pause changes)
    int alreadyPaused = 0; // of which auto-sync is paused already
};

// The result of one single-app action.
struct ActionOutcome {
    quint64 requestId = 0; // as returned by the ActionService call
    ActionKind kind = ActionKind::Sync;
    ActionTarget target;
    bool ok = false;
    QString message; // what happened, or what went wrong, for the operator
    qint64 journalId = 0;
    qint64 deploymentRecordId = 0; // a protected sync's record; 0 when none
    QString commit;                // a Git change's pushed commit; empty otherwise
};

// Progress of a batch (sync selection, pause, resume): after each app.
struct BatchProgress {
    quint64 requestId = 0;
    QString batchId;
    ActionKind kind = ActionKind::Pause;
    int total = 0;
    int done = 0; // succeeded + failed + skipped so far
    int failed = 0;
    QString current; // the label of the app just finished
};

// One app a batch could not handle, and why. A batch never drops an app silently:
// every app of its scope is either done, failed or skipped (with a reason).
struct AppProblem {
    ActionTarget target;
    QString message;
};

struct BatchOutcome {
    quint64 requestId = 0;
    QString batchId;
    ActionKind kind = ActionKind::Pause;
    int total = 0;
    QList<ActionTarget> succeeded;
    QList<AppProblem> failed;
    QList<AppProblem> skipped; // e.g. "auto-sync is off: nothing to pause", or after a stop
    QStringList notes;         // batch-level remarks (deny windows added/removed, …)
    qint64 elapsedMs = 0;
    bool ok() const { return failed.isEmpty(); }
};

// "N apps paused since T by U": what the banner shows while anything is paused.
struct PauseBanner {
    int apps = 0;        // active ledger rows (pending, paused or resuming)
    int instances = 0;   // over how many instances
    QDateTime since;     // the earliest pause
    QStringList by;      // who paused, distinct
    QStringList reasons; // distinct
    int interrupted = 0; // rows still pending or resuming with no run under way
    bool isEmpty() const { return apps == 0; }
    bool operator==(const PauseBanner &) const = default;
};

// Work left unfinished by a crash, a kill or a network loss, found at start.
struct InterruptedWork {
    int pendingPauses = 0;  // rows pending: the PATCH may or may not have landed
    int pendingResumes = 0; // rows resuming
    QStringList batchIds;
    QStringList instances;
    bool isEmpty() const { return pendingPauses == 0 && pendingResumes == 0; }
};

// What the dialogs must ask before a sync (or rollback) of one app.
struct GuardrailCheck {
    ActionTarget target;
    bool protectedTarget = false;
    QStringList protectionReasons; // the rules that matched, e.g. "cluster label env=prod"
    SyncWindowState window;
    bool operationRunning = false;
    QString operationMessage; // the running operation's phase and message
    bool deleting = false;    // being deleted: actions are refused
    bool autoSyncOn = false;
};

// The operator's approval of a protected action.
struct Approval {
    QString reason;
    QString typedName;            // must equal the app's name
    QString reviewedDiffSummary;  // what the operator saw (the dry-run summary)
    bool fromCommandLine = false; // --yes on the command line stands for the typed name
};

// What a rollback will do, for the explanation before it runs.
struct RollbackPlan {
    ActionTarget target;
    qint64 historyId = -1;
    QString toRevision; // the history entry's revision
    QDateTime deployedAt;
    QString gitWants;        // what Git (the spec's target) still wants after the rollback
    bool needsPause = false; // auto-sync is on: it is paused first, through the ledger
    QStringList steps;       // the steps in words, in order
    QString error;           // non-empty when the rollback cannot run (unknown id, …)
};

} // namespace sextant

Q_DECLARE_METATYPE(sextant::ActionOutcome)
Q_DECLARE_METATYPE(sextant::BatchProgress)
Q_DECLARE_METATYPE(sextant::BatchOutcome)
Q_DECLARE_METATYPE(sextant::PauseBanner)
Q_DECLARE_METATYPE(sextant::InterruptedWork)
Q_DECLARE_METATYPE(sextant::SyncWindowState)

#pragma once

#include "model/actions/gitchange.h"
#include "model/rollout/rolloutrun.h"
#include "model/rollout/rolloutstepper.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sextant {

class ActionService;
class FleetStore;
struct BatchOutcome;
struct ActionOutcome;

namespace actions {
class ActionStoreWorker;
}

namespace rollout {

// The instances whose data a verdict may trust now: live, or reconnecting after a dropped
// stream and heard from within the last minute. Cached, refused and failed ones are not.
QSet<QString> reachableInstances(const FleetStore &store, const QDateTime &now);

// Moves wave rollouts on: holds later waves through the pause ledger, releases apps by syncing
// them through the ActionService (so every guardrail and journal row applies), verifies each wave
// against the live fleet and passes it through settle, bake and sign-off, and halts on a stop
// condition. A run is written to the local store before each step it takes (the store's version
// check makes two processes never overwrite each other), and every transition is journaled with
// who and why. One process drives a run at a time (its "host:pid" is written on it); a run whose
// driver is gone is shown paused, to be resumed. Closing the console pauses the runs it drives.
// Lives on the GUI thread and never blocks it: SQLite runs on a thread of its own.
class RolloutRunner : public QObject {
    Q_OBJECT
public:
    RolloutRunner(FleetStore *store, ActionService *actions, QString databasePath, QObject *parent = nullptr);
    ~RolloutRunner() override; // waits for the store writes queued (the close's pause among them)

    // Who this process is on the runs it drives (default: host name and process id).
    void setDriverName(const QString &name) { m_driverName = name; }
    QString driverName() const { return m_driverName; }
    // How often running runs are looked at even when the fleet is quiet (countdowns; default 1 s).
    void setTickInterval(std::chrono::milliseconds interval);
    // How long an app whose sync a window refused waits before it is tried again (default 60 s).
    void setWindowRetry(std::chrono::seconds delay) { m_windowRetry = delay; }

    // Reads every run; runs whose driver is gone are paused first → runsLoaded.
    void load();
    bool isLoaded() const { return m_loaded; }
    QList<RolloutRun> runs() const; // newest first
    std::optional<RolloutRun> run(const QString &id) const;
    // The most recent run of the plan named `planName`.
    std::optional<RolloutRun> latestRunOf(const QString &planName) const;
    bool drives(const QString &id) const;

    // Starts a run of `plan` over `resolution` (resolved just now) and drives it → runStarted,
    // or problem("", why) when the plan cannot run (promote waves, another run of it active).
    void start(const WavePlan &plan, const QByteArray &yaml, const QString &file,
               const PlanResolution &resolution);

    // Steering, journaled with the local user and the reason → runChanged, or problem.
    void pause(const QString &id, const QString &reason);
    void resume(const QString &id, const QString &reason); // and drive it from this process
    void approve(const QString &id, int wave, const QString &reason);
    void signOff(const QString &id, int wave, const QString &reason);
    void skip(const QString &id, const QString &appKey, const QString &reason);
    void abort(const QString &id, const QString &reason);
    // Rolling a wave back the GitOps way: the run's target commit reverted in the paths the
    // wave's released apps deploy, on the branch they track, the other environments left as
    // they are (rolloutrunner_rollback.cpp). The preview → rollbackPreviewReady.
    void previewRollback(const QString &id, int wave);
    // Halts the run (nothing more is released), commits the previewed revert on the tracked
    // branch and pushes it (refused when the branch moved since the preview), then syncs each
    // released app of the wave to it. A run that rolled a wave back cannot be resumed.
    void rollBack(const QString &id, int wave, const GitChangeProposal &proposal, const QString &reason);
    // The console closes: the runs this process drives are paused ("console closed"); the
    // write is queued before this returns and completed before the runner is destroyed.
    void pauseForClose(const QString &why = QStringLiteral("console closed"));

signals:
    void runsLoaded();
    void runStarted(const QString &id);
    void runChanged(const QString &id);
    void problem(const QString &id, const QString &message);
    void journalChanged();
    void rollbackPreviewReady(const QString &id, int wave, const sextant::GitChangeProposal &proposal);

private:
    using Mutation = std::function<QString(RolloutRun &)>; // "" when applied, else why not
    static QString appName(const QString &key);            // the app's name in an app key
    void onFleetChanged();
    void tick();
    void tickRun(const QString &id);
    void act(const QString &id, const RolloutStep &step);
    void hold(const QString &id, const QStringList &keys);
    void releaseApp(const QString &id, const QString &key);
    void liftHold(const QString &id, const QString &key);
    void onBatchFinished(const BatchOutcome &outcome);
    void onActionFinished(const ActionOutcome &outcome);
    void onPreviewReady(const GitChangeProposal &proposal);
    // onFailure: revertWave: the halted wave is rolled back without a person (its revert was
    // shown by the dry run).
    void rollBackOnFailure(const QString &id, int wave);
    void rollBackAs(const QString &who, const QString &id, int wave, const GitChangeProposal &proposal,
                    const QString &reason);
    void onRollbackCommitted(const QString &id, int wave, const ActionOutcome &outcome);
    void syncToRollback(const QString &id, int wave, const QString &commit);
    void onRollbackSynced(const QString &id, const QString &key, const ActionOutcome &outcome);
    // Changes the cached run and stores it (version-checked); on a conflict reads it again.
    void change(const QString &id, const Mutation &mutation, const QString &who, int wave,
                const QString &what, const QString &why, std::function<void()> then = {});
    void save(RolloutRun run, QList<RunEvent> events, std::function<void(bool)> then);
    // Pauses the run as it is stored when this process still drives it (the console closes).
    void pauseStored(const QString &id, const QString &why);
    // Reads the stored run; a newer version than the cached one replaces it (runChanged).
    void reload(const QString &id, std::function<void(bool newer)> then = {});
    FleetNow fleetNow(const RolloutRun &run) const;
    StepFacts facts(const RolloutRun &run) const;
    bool driverGone(const RolloutRun &run) const;

    struct Request {
        QString runId;
        QString appKey;   // release, lift
        QStringList keys; // hold
        enum class Kind { Hold, Release, Lift, Revert, Restore } kind = Kind::Release;
        int wave = -1; // revert
    };
    struct PendingPreview {
        QString runId;
        int wave = -1;
        bool automatic = false; // onFailure: revertWave commits it at once
    };

    FleetStore *m_store;
    ActionService *m_actions;
    std::unique_ptr<actions::ActionStoreWorker> m_worker;
    QString m_driverName;
    QHash<QString, RolloutRun> m_runs;
    QSet<QString> m_saving;                   // runs with a store write under way
    QHash<QString, QSet<QString>> m_inFlight; // run → apps whose release or lift is under way
    QSet<QString> m_holding;                  // runs whose hold batch is under way
    QHash<quint64, Request> m_requests;
    QHash<quint64, PendingPreview> m_previews;
    // Apps whose sync a sync window refused → the server's words and when: they wait a minute
    // before they are tried again (the store does not follow projects' windows live).
    QHash<QString, std::pair<QString, QDateTime>> m_windowRefused;
    std::chrono::seconds m_windowRetry{60};
    QTimer m_tickTimer;
    QTimer m_fleetTimer; // coalesces fleet batches into one tick
    bool m_loaded = false;
    bool m_closing = false;
};

} // namespace rollout
} // namespace sextant

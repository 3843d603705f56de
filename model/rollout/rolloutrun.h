#pragma once

#include "model/result.h"
#include "model/rollout/planresolver.h"
#include "model/rollout/waveplan.h"
#include "model/rollout/waveverdict.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace sextant::rollout {

// A run of a wave plan as the runner keeps it: the plan frozen at start (its text and the
// apps each wave resolved to), where each wave and each app stands, and the events so far.
// Written to the local store before every step, so a crash or `kill -9` loses nothing.

enum class RunState {
    Running,  // the runner moves it on
    Paused,   // nothing unreleased moves until an operator resumes it
    Halted,   // a stop condition fired; the failed wave is left as it is
    Stopped,  // an operator aborted it; waves not released stay as they were
    Finished, // every wave passed
};
QString toString(RunState state); // "running", "paused", …
std::optional<RunState> runStateFrom(const QString &text);

enum class WaveState {
    Pending,          // not its turn; nothing of it held
    Holding,          // not its turn; its apps' auto-sync is paused until it is
    AwaitingApproval, // its turn; an owner must approve before anything is released
    Releasing,        // its apps are synced, at most maxParallel not yet Healthy at a time
    Verifying,        // every app released; waiting for all Healthy at the target, then the settle time
    Baking,           // passed verification; observed for the bake time
    AwaitingSignOff,  // baked; an operator must sign it off
    Passed,
    Halted,     // a stop condition fired in it
    Failed,     // its apps failed (a sync refused or failed)
    RolledBack, // reverted after failing
};
QString toString(WaveState state); // "pending", "holding", "awaiting approval", …
std::optional<WaveState> waveStateFrom(const QString &text);

enum class AppStepState {
    Pending,   // not released; auto-sync untouched
    Held,      // not released; auto-sync paused by the run (pause ledger)
    Releasing, // written down before its sync is sent; not acknowledged yet
    Released,  // its sync was accepted, or it was already at the target
    Skipped,   // an operator took it out of the plan, with a reason
};
QString toString(AppStepState state);
std::optional<AppStepState> appStepStateFrom(const QString &text);

struct AppStep {
    ResolvedApp app;
    AppStepState state = AppStepState::Pending;
    bool held = false;    // the run holds (or held) its auto-sync through the pause ledger
    QDateTime releasedAt; // when its release was written down (before the sync was sent)
    QString note;         // the skip's reason, or what the release did
    bool operator==(const AppStep &) const = default;
};

// How many of a wave's released apps were Healthy at the target at one time (the trend).
struct HealthSample {
    QDateTime at;
    int healthy = 0;
    int released = 0;
    bool operator==(const HealthSample &) const = default;
};

// A wave rolled back through Git: the run's target reverted in the paths its apps deploy.
// Written as "reverting" before the commit is pushed, so a crash in between is seen.
struct WaveRollback {
    enum class State { None, Reverting, Reverted, Failed };
    State state = State::None;
    QString by;
    QString reason;
    QDateTime at;
    QString onto;   // the branch head the revert was previewed on
    QString commit; // the revert commit, once pushed
    QString error;  // why it failed
    bool operator==(const WaveRollback &) const = default;
};

struct WaveRun {
    QString name;
    WaveState state = WaveState::Pending;
    int maxParallel = 1;
    QList<AppStep> apps;
    QDateTime releasedAt;   // its first release (the wave timeout counts from here)
    QDateTime healthySince; // every released app Healthy at the target since (the settle window)
    QDateTime bakeUntil;
    QString approvedBy;
    QString approvalReason;
    QDateTime approvedAt;
    QString signedOffBy;
    QDateTime signedOffAt;
    WaveRollback rollback;
    // Whenever the count of Healthy apps changed while the wave was under way (at most 240).
    QList<HealthSample> samples;
    // Display, refreshed at every evaluation (not a step of its own).
    QString why;
    std::array<int, AppProgressCount> counts{};
    QList<AppStanding> standings;
};

// One line of the run's timeline (also journaled).
struct RunEvent {
    QDateTime at;
    QString who; // the workstation user, or "runner" for the runner's own steps
    int wave = -1;
    QString what; // "wave first-prod released 3 apps", "paused"
    QString why;
    bool operator==(const RunEvent &) const = default;
};

// A timeline line: "10:02:03  wave dev passed — why (who)", local time; the runner's own
// steps name nobody.
QString describeEvent(const RunEvent &event);

struct RolloutRun {
    QString id;
    QString planFile;
    QByteArray planYaml;
    WavePlan plan; // parsed from planYaml
    QList<WaveRun> waves;
    QList<ResolvedApp> unselected;
    RunState state = RunState::Running;
    QString stateReason;      // why it is paused, halted or stopped
    QString stateBy;          // who paused or stopped it ("runner" for a stop condition)
    bool holdsPlaced = false; // the later sync waves' holds are committed through the ledger
    QString startedBy;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString driver;      // "host:pid" of the process moving it on; empty when none
    QDateTime heartbeat; // the driver's last sign of life
    QList<RunEvent> events;
    qint64 version = 0; // the stored version this copy was read at (0: not stored yet)

    // The first wave that has not passed; waves.size() when all have.
    int currentWave() const;
    bool isActive() const { return state == RunState::Running || state == RunState::Paused; }
    // Adds an event, keeping the most recent 1,000.
    void record(const RunEvent &event);
    // Every app of every wave, the app's key → (wave, index in the wave).
    AppStep *step(const QString &appKey, int *wave = nullptr);
};

// A new run of `plan` (its `yaml` and the file it came from) over `resolution`: every app of
// the waves after the first marked to be held (the pause skips those whose auto-sync is off).
RolloutRun newRun(const WavePlan &plan, const QByteArray &yaml, const QString &file,
                  const PlanResolution &resolution, const QString &who, const QDateTime &now);

// The document stored for a run, and back (the plan is parsed again from its text).
QByteArray toDocument(const RolloutRun &run);
Result<RolloutRun> runFromDocument(const QByteArray &document);

} // namespace sextant::rollout

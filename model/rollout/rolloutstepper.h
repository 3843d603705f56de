#pragma once

#include "model/rollout/rolloutrun.h"
#include "model/rollout/waveverdict.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace sextant::rollout {

// What the runner knows beside the fleet when it moves a run on.
struct StepFacts {
    // Apps a sync window forbids syncing now → the window in words. Such an app waits; a
    // window closing mid-plan never fails a wave.
    QHash<QString, QString> windowClosed;
    // Apps whose sync needs an owner's approval (protected targets): their wave waits for one
    // even when the plan names no approvers.
    QSet<QString> protectedApps;
    // Apps with an operation under way (auto-sync, or someone's sync): released once it ends.
    QSet<QString> operationRunning;
    // Apps whose release this process has sent and not yet heard back about.
    QSet<QString> inFlight;
};

// One step of a run, decided from the fleet as it is now.
struct RolloutStep {
    RolloutRun run;         // the run after the step (write it down before acting on it)
    QStringList hold;       // apps whose auto-sync to pause now (placing the holds)
    QStringList release;    // apps to release now (already Releasing in `run`)
    QList<RunEvent> events; // the transitions, in words, also in run.events
    bool changed = false;   // a transition happened: `run` must be stored
};

// Decides the next step of a running plan, one wave at a time (the first that has not passed):
// holds first; then the wave's approval; then releases, at most maxParallel apps not yet
// Healthy at a time, never while a sync window is closed for the app; then verification
// (every released app Synced at the target and Healthy, for the settle time), bake, sign-off,
// and the next wave. A stop condition halts the run. An app written down as Releasing that
// this process is not waiting for was released if the fleet shows an operation since, else it
// is released again (its sync was never accepted). Paused, halted, stopped and finished runs
// only get their display refreshed. Pure: any thread.
RolloutStep advanceRun(const RolloutRun &run, const FleetNow &fleet, const StepFacts &facts);

// The wave as evaluateWave sees it: the released apps only (skipped and unreleased apps do
// not count toward its verdict).
ResolvedWave releasedPart(const WaveRun &wave);

} // namespace sextant::rollout

#pragma once

#include "model/domain/application.h"
#include "model/rollout/planresolver.h"
#include "model/rollout/waveplan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>

namespace sextant::rollout {

// Where one app of a released wave stands against the plan's target, in the dashboard's words.
enum class AppProgress {
    Waiting,     // not at the target revision yet, and nothing running
    Syncing,     // an operation is running
    Progressing, // at the target, not Healthy yet (or Healthy from before the sync finished)
    Healthy,     // Synced at the target and Healthy, compared after its sync finished
    Degraded,    // Degraded, or its sync failed
    Unknown,     // not in the fleet, its instance not live, or health unknown
};
constexpr int AppProgressCount = 6;
QString toString(AppProgress progress); // "waiting", "syncing", …

// Synced at `revision` (for a multi-source app, one of its sources at it): Git and the cluster
// agree at that commit.
bool syncedAt(const Application &app, const QString &revision);

struct AppStanding {
    ResolvedApp app;
    AppProgress progress = AppProgress::Unknown;
    QString detail; // "Progressing 14 min", "OutOfSync at a1b2c3d", "instance eu unreachable"
};

struct WaveVerdict {
    enum class State { Waiting, Passed, Failed };
    State state = State::Waiting;
    std::array<int, AppProgressCount> counts{}; // by AppProgress
    QList<AppStanding> apps;                    // in the wave's order
    // In words: "waiting on 2 of 12 apps: cart-prod-eu-2 Progressing 14 min, checkout-prod-eu-2
    // OutOfSync at a1b2c3d", "passed: 12 apps Synced at 4f3c2b1 and Healthy", "stopped: …".
    QString why;
};

// What the fleet says now, for one evaluation.
struct FleetNow {
    QHash<QString, const Application *> apps; // by Application::key()
    QSet<QString> liveInstances;              // instances whose data is live (not cached, reachable)
    QDateTime now;
};

// Judges a released wave against the plan's target revision. Revision-aware: an app Healthy on
// another revision has not passed, and Healthy counts only when the controller compared after
// the sync finished. The stop conditions fail the wave: an app Degraded or whose sync failed,
// an instance unreachable, more than unhealthyPercent of the apps Degraded or Unknown, or the
// wave running longer than waveTimeout since `releasedAt`. Settle and bake times are the
// runner's: Passed here means every app is Healthy at the target now. Pure: any thread.
WaveVerdict evaluateWave(const ResolvedWave &wave, const QString &targetRevision, const StopConditions &stop,
                         const FleetNow &fleet, const QDateTime &releasedAt = {});

} // namespace sextant::rollout

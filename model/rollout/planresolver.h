#pragma once

#include "model/domain/application.h"
#include "model/domain/appref.h"
#include "model/domain/fleetobjects.h"
#include "model/rollout/waveplan.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace sextant::rollout {

struct ResolvedApp {
    AppRef app;
    QString cluster;
    bool operator==(const ResolvedApp &) const = default;
};

struct ResolvedWave {
    QString name;
    QList<ResolvedApp> apps; // sorted by instance, cluster, namespace, name
    int maxParallel = 1;     // apps released at once, resolved against the wave's size
    QStringList gates;       // in words, in the order they apply
    // Apps of a later sync wave whose auto-sync is on: Git already holds the change, so Start
    // pauses them (through the pause ledger) until their wave is released. Promote waves hold
    // nothing: their files change only at their turn.
    QList<ResolvedApp> held;
    // A wave that waits for an open sync window: when its projects' windows first let every app
    // of it sync (its earliest start says so too); empty when it need not wait or cannot tell.
    QString windowNote;
    // Offsets from the start of the plan, with every app passing at once and nobody waiting
    // for an approval: the sum of the settle and bake times so far.
    std::chrono::seconds earliestStart{0};
    std::chrono::seconds earliestFinish{0};
};

// A plan resolved against the fleet as it is now: the frozen app list of each wave (a later
// wave takes only apps no earlier wave took), the apps the selection covers that no wave
// takes, and what only the fleet can show wrong: names and label keys that match nothing,
// and empty waves (with the place in the plan's text).
struct PlanResolution {
    QList<ResolvedWave> waves;
    QList<ResolvedApp> unselected;
    QList<PlanProblem> problems;
};

// What the dry run also weighs when given: the projects' sync windows, from `start` (for waves
// whose gate asks for an open window; searched a minute at a time, up to a week ahead).
struct PlanContext {
    QList<Project> projects;
    QDateTime start;
};

// Pure: any thread. Apps and clusters of every instance the plan may name (the apps are only
// read during the call).
PlanResolution resolvePlan(const WavePlan &plan, const QList<const Application *> &applications,
                           const QList<Cluster> &clusters, const PlanContext &context = {});
PlanResolution resolvePlan(const WavePlan &plan, const QList<Application> &applications,
                           const QList<Cluster> &clusters, const PlanContext &context = {});

} // namespace sextant::rollout

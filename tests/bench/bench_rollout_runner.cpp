// The wave runner and its dashboard over 1,000 applications on three instances (a 5-wave plan):
//   BENCH rollout_runner_step_1000_apps_ms — one step of the runner after an event batch that
//     changed 250 apps (the stepper's decision over the live fleet; goal: the reaction within one
//     batch, <= 200 ms);
//   BENCH rollout_dashboard_refresh_1000_apps_ms — the dashboard taking in a changed run and
//     repainting, every wave open (goal <= 16 ms).
// Medians of 15 runs.
#include "model/actions/actionservice.h"
#include "model/fleet/fleetconnector.h"
#include "model/fleet/fleetstore.h"
#include "model/rollout/rolloutrunner.h"
#include "model/rollout/rolloutstepper.h"
#include "model/storage/localstore.h"
#include "tests/bench/benchwidgets.h"
#include "tests/bench/rolloutfleet.h"
#include "views/rolloutdashboard.h"

#include <QTemporaryDir>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sextant;
using namespace sextant::rollout;
using namespace Qt::StringLiterals;

namespace {

const QString Target = u"0123456789abcdef0123456789abcdef01234567"_s;

const QByteArray PlanText = R"(apiVersion: sextant.io/v1
kind: WavePlan
metadata: {name: fleet-wide}
spec:
  target: {revision: 0123456789abcdef0123456789abcdef01234567}
  waves:
    - {name: dev, selector: {clusterLabels: {env: dev}}, after: {settle: 2m, bake: 10m}}
    - {name: staging, selector: {clusterLabels: {env: staging}}, after: {settle: 5m, bake: 1h}}
    - {name: first-prod, selector: {clusters: [prod-00]}}
    - {name: quarter, selector: {clusterLabels: {env: prod, ring: "1"}}, maxParallel: 25%}
    - {name: rest, selector: {clusterLabels: {env: prod}}, maxParallel: 10%}
)"_ba;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    RolloutFleet generated = rolloutFleet();
    const QList<Cluster> &clusters = generated.clusters;
    QList<Application> &apps = generated.apps;
    const QStringList &instances = generated.instances;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Application &a : apps) {
        a.syncPolicy.automated = true;
        a.syncRevision = Target;
        a.syncStatus = SyncStatus::Synced;
        a.health = HealthStatus::Healthy;
        a.reconciledAt = now;
    }
    const WavePlan plan = *parseWavePlan(PlanText).plan;
    const PlanResolution resolution = resolvePlan(plan, apps, clusters);
    RolloutRun run = newRun(plan, PlanText, u"plan.yaml"_s, resolution, u"bench"_s, now.addSecs(-3600));
    // The first three waves passed; "quarter" is releasing, "rest" is held.
    run.holdsPlaced = true;
    for (int w = 0; w < run.waves.size(); ++w) {
        WaveRun &wave = run.waves[w];
        wave.state = w < 3 ? WaveState::Passed : w == 3 ? WaveState::Releasing : WaveState::Holding;
        for (int i = 0; i < wave.apps.size(); ++i)
            wave.apps[i].state = w < 3 || (w == 3 && i < wave.apps.size() / 2) ? AppStepState::Released
                                 : w == 3                                      ? AppStepState::Pending
                                                                               : AppStepState::Held;
        wave.releasedAt = now.addSecs(-600);
    }

    // One step after each batch of 250 changed apps.
    FleetNow fleet;
    for (const Application &a : apps)
        fleet.apps.insert(a.key(), &a);
    fleet.liveInstances = {instances.begin(), instances.end()};
    std::vector<double> steps;
    for (int round = 0; round < 15; ++round) {
        for (int i = 0; i < 250; ++i)
            apps[(round * 250 + i) % apps.size()].health =
                round % 2 ? HealthStatus::Healthy : HealthStatus::Progressing;
        fleet.now = now.addSecs(round);
        QElapsedTimer timer;
        timer.start();
        const RolloutStep step = advanceRun(run, fleet, {});
        steps.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (step.run.state != RunState::Running)
            return 1;
    }
    std::printf("BENCH rollout_runner_step_1000_apps_ms %.2f ms\n", median(steps));

    // The dashboard over the same run, stored and read back as the window does.
    QTemporaryDir dir;
    const QString database = dir.filePath(u"sextant.sqlite"_s);
    FleetStore store;
    for (const QString &instance : instances) {
        QList<Application> mine;
        for (const Application &a : std::as_const(apps))
            if (a.instance == instance)
                mine << a;
        QList<Cluster> theirs;
        for (const Cluster &c : std::as_const(clusters))
            if (c.instance == instance)
                theirs << c;
        store.applySnapshot(instance, mine, theirs, {}, {});
    }
    FleetConnector connector(&store);
    ActionService service(&store, &connector, database);
    {
        auto local = LocalStore::open(database);
        if (!local ||
            !(*local)->saveRollout({run.id, plan.name, toString(run.state), 0, {}, toDocument(run)}, 0))
            return 1;
    }
    RolloutRunner runner(&store, &service, database);
    runner.load();
    if (!waitFor([&] { return runner.run(run.id).has_value(); }, 10000))
        return 1;
    views::RolloutDashboard dashboard(&runner, &store);
    dashboard.resize(1400, 900);
    dashboard.show();
    dashboard.showRun(run.id);
    dashboard.wavesTree()->expandAll();
    paintAndSettle(dashboard);
    std::vector<double> repaints;
    for (int round = 0; round < 15; ++round) {
        QList<Application> changed;
        for (int i = 0; i < 250; ++i) {
            Application a = apps[(round * 250 + i) % apps.size()];
            a.health = round % 2 ? HealthStatus::Healthy : HealthStatus::Progressing;
            changed << a;
        }
        for (const Application &a : std::as_const(changed))
            store.queueUpsert(a.instance, a);
        store.flush();
        QElapsedTimer timer;
        timer.start();
        dashboard.refreshNow();
        dashboard.repaint();
        repaints.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("BENCH rollout_dashboard_refresh_1000_apps_ms %.2f ms\n", median(repaints));
    return 0;
}

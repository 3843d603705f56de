// The dry run of a wave plan: a 5-wave plan over 1,000 applications on three instances
// (40 clusters), parsed and resolved as the plan page and `sextant rollout plan` do once the
// fleet is loaded. Prints BENCH rollout_dry_run_1000_apps_ms (median of 15 runs; goal <= 500 ms).
#include "model/rollout/planresolver.h"
#include "model/rollout/waveplan.h"
#include "tests/bench/rolloutfleet.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sextant;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray plan = R"(apiVersion: sextant.io/v1
kind: WavePlan
metadata: {name: fleet-wide}
spec:
  target: {revision: 0123456789abcdef0123456789abcdef01234567}
  selection: {appLabels: {tier: web}}
  waves:
    - {name: dev, selector: {clusterLabels: {env: dev}}, after: {settle: 2m, bake: 10m}}
    - {name: staging, selector: {clusterLabels: {env: staging}}, after: {settle: 5m, bake: 1h}}
    - {name: first-prod, selector: {clusters: [prod-00]}, before: {approval: {approvers: [lead]}}}
    - {name: quarter, selector: {clusterLabels: {env: prod, ring: "1"}}, maxParallel: 25%}
    - {name: rest, selector: {clusterLabels: {env: prod}}, maxParallel: 10%}
)"_ba;
    const RolloutFleet fleet = rolloutFleet();
    const QList<Cluster> &clusters = fleet.clusters;
    const QList<Application> &apps = fleet.apps;
    std::vector<double> runs;
    qsizetype taken = 0;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto parsed = rollout::parseWavePlan(plan);
        if (!parsed.plan) {
            std::fprintf(stderr, "the plan does not parse: %s\n",
                         qPrintable(parsed.problems.first().message));
            return 1;
        }
        const auto resolution = rollout::resolvePlan(*parsed.plan, apps, clusters);
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!resolution.problems.isEmpty()) {
            std::fprintf(stderr, "the plan does not resolve: %s\n",
                         qPrintable(resolution.problems.first().message));
            return 1;
        }
        taken = 0;
        for (const auto &wave : resolution.waves)
            taken += wave.apps.size();
    }
    std::sort(runs.begin(), runs.end());
    std::fprintf(stderr, "%lld apps in waves; median %.2f ms (min %.2f)\n", qlonglong(taken),
                 runs[runs.size() / 2], runs.front());
    std::printf("BENCH rollout_dry_run_1000_apps_ms %.2f ms\n", runs[runs.size() / 2]);
    return 0;
}

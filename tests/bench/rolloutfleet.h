#pragma once

// The wave benchmarks' fleet: 1,000 applications on 40 clusters (4 dev, 4 staging, 32 prod in
// four rings) over three instances; a fifth of the apps are workers, the rest web.
#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"

#include <QList>
#include <QStringList>

struct RolloutFleet {
    QStringList instances{QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("ap")};
    QList<sextant::Cluster> clusters;
    QList<sextant::Application> apps;
};

inline RolloutFleet rolloutFleet()
{
    RolloutFleet fleet;
    for (int c = 0; c < 40; ++c) {
        sextant::Cluster cluster;
        cluster.instance = fleet.instances[c % 3];
        const QString env = QLatin1String(c < 4 ? "dev" : c < 8 ? "staging" : "prod");
        cluster.name = env == QLatin1String("prod")
                           ? QStringLiteral("prod-%1").arg(c - 8, 2, 10, QLatin1Char('0'))
                           : QStringLiteral("%1-%2").arg(env).arg(c);
        cluster.server = QStringLiteral("https://%1:6443").arg(cluster.name);
        cluster.labels = {{QStringLiteral("env"), env}, {QStringLiteral("ring"), QString::number(c % 4)}};
        fleet.clusters << cluster;
    }
    for (int i = 0; i < 1000; ++i) {
        const sextant::Cluster &cluster = fleet.clusters[i % 40];
        sextant::Application a;
        a.instance = cluster.instance;
        a.ns = QStringLiteral("argocd");
        a.name = QStringLiteral("app-%1").arg(i, 4, 10, QLatin1Char('0'));
        a.destinationName = cluster.name;
        a.project = QStringLiteral("team-%1").arg(i % 7);
        a.labels = {{QStringLiteral("tier"), QLatin1String(i % 5 == 0 ? "worker" : "web")},
                    {QStringLiteral("team"), a.project}};
        fleet.apps << a;
    }
    return fleet;
}

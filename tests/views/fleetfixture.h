#pragma once

// Small fleets for the view tests: a readable hand-made one and a generated
// large one.
#include "model/fleet/fleetstore.h"
#include "model/itemmodels/fleettreemodel.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace fixture {

using namespace sextant;

struct AppSpec {
    QString name;
    QString cluster; // cluster name; the server is derived from it
    QString ns;
    QString env;
    QString project = QStringLiteral("shop");
    SyncStatus sync = SyncStatus::Synced;
    HealthStatus health = HealthStatus::Healthy;
    AutoSyncState autoSync = AutoSyncState::On;
};

inline QString serverFor(const QString &cluster)
{
    return QStringLiteral("https://%1.k8s.example:6443").arg(cluster);
}

inline Application makeApp(const AppSpec &spec)
{
    Application app;
    app.name = spec.name;
    app.ns = QStringLiteral("argocd");
    app.project = spec.project;
    app.destinationServer = serverFor(spec.cluster);
    app.destinationNamespace = spec.ns;
    app.syncStatus = spec.sync;
    app.health = spec.health;
    app.syncPolicy.automated = spec.autoSync != AutoSyncState::Off;
    app.syncPolicy.enabled = spec.autoSync == AutoSyncState::On;
    if (!spec.env.isEmpty())
        app.labels.insert(QStringLiteral("env"), spec.env);
    app.labels.insert(QStringLiteral("team"), spec.project);
    app.sources = {ApplicationSource{QStringLiteral("https://git.example/%1.git").arg(spec.project),
                                     QStringLiteral("deploy/%1").arg(spec.env),
                                     {},
                                     {}}};
    return app;
}

inline QList<Cluster> clustersFor(const QStringList &names)
{
    QList<Cluster> clusters;
    for (const QString &name : names) {
        Cluster c;
        c.server = serverFor(name);
        c.name = name;
        clusters << c;
    }
    return clusters;
}

inline void setLive(FleetStore &store, const QString &instance)
{
    InstanceStatus status;
    status.name = instance;
    status.server = QStringLiteral("https://%1.argocd.example").arg(instance);
    status.connection = InstanceStatus::Connection::Live;
    status.lastHeard = QDateTime::currentDateTimeUtc();
    store.setInstanceStatus(status);
}

// Two instances, three clusters, five applications with distinct statuses.
inline void fillSmall(FleetStore &store)
{
    setLive(store, QStringLiteral("eu"));
    setLive(store, QStringLiteral("us"));
    const auto S = [](const char *s) { return QString::fromUtf8(s); };
    store.applySnapshot(S("eu"),
                        {makeApp({S("payments-api-prod"), S("prod"), S("payments"), S("prod"), S("shop"),
                                  SyncStatus::OutOfSync}),
                         makeApp({S("payments-api-dev"), S("dev"), S("payments"), S("dev")}),
                         makeApp({S("checkout"), S("prod"), S("shop"), S("prod"), S("shop"),
                                  SyncStatus::Synced, HealthStatus::Degraded, AutoSyncState::Paused}),
                         makeApp({S("search"), S("dev"), S("shop"), S("dev"), S("search"), SyncStatus::Synced,
                                  HealthStatus::Progressing, AutoSyncState::Off})},
                        clustersFor({S("dev"), S("prod")}), {}, {});
    store.applySnapshot(S("us"),
                        {makeApp({S("billing"), S("prod-us"), S("billing"), S("prod"), S("finance"),
                                  SyncStatus::Synced, HealthStatus::Healthy, AutoSyncState::Off})},
                        clustersFor({S("prod-us")}), {}, {});
}

// `count` applications over 4 instances × 5 clusters × 10 namespaces, with a
// mix of statuses.
inline void fillLarge(FleetStore &store, int count)
{
    const QStringList instances = {QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("ap"),
                                   QStringLiteral("sa")};
    const QStringList services = {QStringLiteral("payments"), QStringLiteral("checkout"),
                                  QStringLiteral("search"),   QStringLiteral("billing"),
                                  QStringLiteral("catalog"),  QStringLiteral("ledger"),
                                  QStringLiteral("identity"), QStringLiteral("gateway")};
    const QStringList envs = {QStringLiteral("dev"), QStringLiteral("staging"), QStringLiteral("prod")};
    for (const QString &instance : instances) {
        setLive(store, instance);
        QList<Application> apps;
        QStringList clusters;
        for (int c = 0; c < 5; ++c)
            clusters << QStringLiteral("%1-cluster-%2").arg(instance).arg(c);
        for (int i = instances.indexOf(instance); i < count; i += int(instances.size())) {
            AppSpec spec;
            spec.env = envs[i % envs.size()];
            spec.name = QStringLiteral("%1-%2-%3").arg(services[i % services.size()], spec.env).arg(i);
            spec.cluster = clusters[(i / 7) % clusters.size()];
            spec.ns = QStringLiteral("ns-%1").arg((i / 3) % 10);
            spec.project = services[(i / 2) % services.size()];
            spec.sync = i % 11 == 0 ? SyncStatus::OutOfSync : SyncStatus::Synced;
            spec.health = i % 13 == 0   ? HealthStatus::Degraded
                          : i % 17 == 0 ? HealthStatus::Progressing
                                        : HealthStatus::Healthy;
            spec.autoSync = i % 19 == 0 ? AutoSyncState::Paused : AutoSyncState::On;
            apps << makeApp(spec);
        }
        store.applySnapshot(instance, apps, clustersFor(clusters), {}, {});
    }
}

// Names of the application rows under `parent`, depth first, as the model
// (or proxy) shows them.
inline QStringList applicationNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (model.rowCount(index) > 0)
            names += applicationNames(model, index);
        else if (!index.data(FleetTreeModel::ApplicationKeyRole).toString().isEmpty())
            names << index.data().toString();
    }
    return names;
}

} // namespace fixture

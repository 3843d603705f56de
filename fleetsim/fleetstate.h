#pragma once

#include "fleetsim/kube.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <map>

namespace sextant::fleetsim {

struct SimCluster {
    QString name;
    QString server;
    QMap<QString, QString> labels;
    bool reachable = true;
    QMap<QString, LiveObject> objects; // by ResourceKey::id(), so sorted as Argo CD sorts
};

struct SimProject {
    QJsonObject object; // AppProject without metadata.resourceVersion
    qint64 resourceVersion = 0;
};

struct SimApp {
    QJsonObject object; // the Application, without metadata.resourceVersion
    qint64 resourceVersion = 0;
    // Argo CD's instance name of the app, set by FleetState::addApp: its name in the server's
    // namespace, "<namespace>_<name>" elsewhere ('_' is never part of a Kubernetes name). The key
    // of FleetState::apps, of watch events and of the tracking annotation's owner.
    QString key;
    mutable QByteArray fullJson; // caches, cleared on every change
    mutable QByteArray listJson;

    // Controller bookkeeping.
    bool dirty = true;
    QDateTime recheckAt;
    QDateTime operationDueAt;
    QString autoSyncAttemptedRevision;
    QList<QJsonObject> events;
    // Argo CD before v3.2 ignores automated.enabled=false (FleetState sets this from the version).
    bool honoursAutomatedEnabled = true;

    QString name() const;
    QString appNamespace() const; // metadata.namespace
    QJsonObject spec() const { return object.value(QStringLiteral("spec")).toObject(); }
    QJsonObject status() const { return object.value(QStringLiteral("status")).toObject(); }
    bool hasOperation() const { return object.contains(QStringLiteral("operation")); }
    bool autoSyncEnabled() const;

    // Serialized as GET/Watch (full) or List (no per-resource health) send it.
    const QByteArray &json() const;
    const QByteArray &listItemJson() const;
    QJsonObject toJson() const;
};

// An ApplicationSet with the RollingSync strategy (RollingSyncController keeps its status).
struct SimAppSet {
    QJsonObject object; // metadata (without resourceVersion) and spec
    qint64 resourceVersion = 0;
    QStringList appKeys;                 // the generated apps (SimApp::key)
    QMap<QString, QJsonObject> statuses; // status.applicationStatus entries, by app key
    QJsonArray conditions;               // status.conditions

    QJsonObject toJson() const;
};

// Everything the simulated Argo CD knows: applications, projects and the
// live objects of each simulated cluster. One global resourceVersion counter,
// as etcd has; every change to an app is announced for the watch streams.
class FleetState : public QObject {
    Q_OBJECT
public:
    std::map<QString, SimApp> apps; // by SimApp::key
    // The namespace Argo CD runs in: apps without a namespace land there, and a per-app request
    // without ?appNamespace= looks there (set before apps are added).
    QString serverNamespace = QStringLiteral("argocd");
    std::map<QString, SimCluster> clusters;
    std::map<QString, SimProject> projects;
    std::map<QString, SimAppSet> appSets; // by name (all in the server's namespace)
    // Whether automated.enabled=false stops auto-sync: true from v3.2 (set before apps are added).
    bool honoursAutomatedEnabled = true;

    qint64 nextVersion() { return ++m_version; }
    qint64 version() const { return m_version; }

    // The instance name of the app `name` in `appNamespace` (empty: the server's namespace).
    QString keyOf(const QString &appNamespace, const QString &name) const;
    SimApp *app(const QString &key);
    SimApp *app(const QString &appNamespace, const QString &name) { return app(keyOf(appNamespace, name)); }
    SimCluster *clusterFor(const QJsonObject &destination);

    // Records a change (new resourceVersion, caches dropped) and announces it.
    void commit(SimApp &app, const QString &eventType = QStringLiteral("MODIFIED"));
    void addApp(SimApp app);
    void removeApp(const QString &key);
    void addEvent(SimApp &app, const QString &reason, const QString &message, bool warning = false);

signals:
    // ADDED/MODIFIED: read the app now (serialized only if someone listens);
    // DELETED: `lastJson` holds its final state. `key` is SimApp::key.
    void appEvent(const QString &type, const QString &key, const QByteArray &lastJson);
    void resourceTreeChanged(const QString &key);

private:
    qint64 m_version = 1000;
};

} // namespace sextant::fleetsim

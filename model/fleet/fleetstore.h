#pragma once

#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"
#include "model/domain/placement.h"

#include <QDateTime>

#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace sextant {

// How one controller instance is doing, as the status bar and tree show it.
struct InstanceStatus {
    enum class Connection { Connecting, Live, Reconnecting, AuthFailed, Failed, Cached };
    QString name;
    QString server;
    Connection connection = Connection::Connecting;
    QString message;     // the last error, in words for the operator
    QDateTime lastHeard; // last time the controller answered
    QDateTime nextRetry; // when reconnecting
    QString serverVersion;
    ControllerKind controller = ControllerKind::ArgoCd;
    bool operator==(const InstanceStatus &) const = default;
};

// What one flush changed, by Application::key().
struct FleetChange {
    QStringList added;
    QStringList updated;
    QStringList removed;
    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
};

// Every instance's applications, clusters, projects and repositories. Watch
// events are queued and applied together at most every 100 ms, so views see
// one change per batch, never one signal per event. A batch larger than the
// GUI thread gets through in SliceBudgetMs (views included, as measured on the
// slices before) is applied in slices, one per pass of the event loop; events
// arriving meanwhile join the queue, the last per application winning. Lives on
// the GUI thread; decoding happened before anything reaches it.
class FleetStore : public QObject {
    Q_OBJECT
public:
    explicit FleetStore(QObject *parent = nullptr);

    // Read side.
    const Application *application(const QString &key) const;
    QList<QString> applicationKeys() const { return m_apps.keys(); }
    const QHash<QString, Application> &applications() const { return m_apps; }
    int applicationCount() const { return int(m_apps.size()); }
    QList<Cluster> clusters(const QString &instance = {}) const;
    // The name of the cluster `app` deploys to (ClusterNames' rule over this store's clusters).
    QString clusterName(const Application &app) const { return m_clusterNames.of(app); }
    const ClusterNames &clusterNames() const { return m_clusterNames; }
    QList<Project> projects(const QString &instance = {}) const;
    QList<Repository> repositories(const QString &instance = {}) const;
    QList<InstanceStatus> instances() const { return m_instances.values(); }
    InstanceStatus instance(const QString &name) const { return m_instances.value(name); }
    // Data is stale when its instance is not live and was last heard longer ago than this.
    bool isStale(const QString &instance, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static constexpr int StaleAfterSeconds = 60;
    void setStaleAfter(std::chrono::seconds after) { m_staleAfter = after; } // default StaleAfterSeconds

    // Write side. A snapshot replaces all of one instance's objects at once.
    void applySnapshot(const QString &instance, QList<Application> applications, QList<Cluster> clusters,
                       QList<Project> projects, QList<Repository> repositories);
    // Queued; applied on the next batch (≤ 100 ms later), last write per app wins.
    void queueUpsert(const QString &instance, Application application);
    void queueRemoval(const QString &instance, const QString &ns, const QString &name);
    // Applies everything queued, now.
    void flush();
    void setInstanceStatus(const InstanceStatus &status);
    void removeInstance(const QString &instance);

    static constexpr int BatchIntervalMs = 100;
    static constexpr int SliceBudgetMs = 20;

signals:
    void applicationsChanged(const sextant::FleetChange &change);
    void instancesChanged();
    void objectsChanged(); // clusters, projects or repositories

private:
    struct Pending {
        std::optional<Application> upsert; // nullopt: remove
    };
    void applySlice();
    void apply(qsizetype count); // the first `count` queued changes, as one applicationsChanged
    static constexpr qsizetype MinSlice = 50;
    QHash<QString, Application> m_apps;
    QHash<QString, QList<Cluster>> m_clusters;
    ClusterNames m_clusterNames; // rebuilt whenever m_clusters changes
    QHash<QString, QList<Project>> m_projects;
    QHash<QString, QList<Repository>> m_repositories;
    QMap<QString, InstanceStatus> m_instances;
    std::chrono::seconds m_staleAfter{StaleAfterSeconds};
    QHash<QString, Pending> m_pending;
    QStringList m_pendingOrder;
    QTimer m_flushTimer;
    qsizetype m_sliceSize = 250; // changes per slice; adapts to what the views cost
};

} // namespace sextant

Q_DECLARE_METATYPE(sextant::FleetChange)

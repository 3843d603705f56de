#pragma once

#include "model/fleet/fleetstore.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace sextant {

class PendingCommits;

// The fleet as a tree: instance → cluster → namespace → application, or
// instance → project / repository → application. Each group carries roll-up
// counts. Store batches are applied with minimal inserts, removals and
// dataChanged ranges; a reset happens only when the grouping changes.
class FleetTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Grouping { Cluster, Project, Repository };
    Q_ENUM(Grouping)
    enum class NodeKind { Instance, Group, Namespace, Application };
    Q_ENUM(NodeKind)
    enum Role {
        KindRole = Qt::UserRole + 1, // int(NodeKind)
        ApplicationKeyRole,          // Application::key() on application rows
        SyncStatusRole,              // int(SyncStatus)
        HealthRole,                  // int(HealthStatus)
        AutoSyncRole,                // int(AutoSyncState)
        ApplicationCountRole,        // apps at or below this row
        OutOfSyncCountRole,
        DegradedCountRole,
        ProgressingCountRole,
        PausedCountRole,
        LabelsRole, // QVariantMap of the app's labels
        ProjectRole,
        InstanceRole,
        ConnectionRole, // int(InstanceStatus::Connection) on instance rows
        // Application rows: where the application runs.
        ClusterRole,              // the destination cluster's name, else its server
        DestinationNamespaceRole, // the namespace it deploys to
        // Instance rows: InstanceStatus, and FleetStore::isStale now.
        ServerRole,
        StatusMessageRole, // the last error, in words
        LastHeardRole,     // QDateTime, UTC
        NextRetryRole,     // QDateTime, UTC
        StaleRole,         // bool
        // Application rows: commits in Git that do not run yet (-1: not known); needs setPendingCommits.
        PendingCommitsRole,
        // Repository groups (grouped by repository): its branch heads as the mirror last saw
        // them, "main 2f98f08 · 3 branches"; empty until fetched.
        RepositoryHeadsRole,
    };

    // The roles dataChanged names: on application rows (a changed application),
    // and on groups and instances (roll-up counts, connection).
    inline static const QList<int> ApplicationRoles{
        Qt::ToolTipRole, SyncStatusRole, HealthRole,  AutoSyncRole,
        LabelsRole,      ProjectRole,    ClusterRole, DestinationNamespaceRole};
    inline static const QList<int> GroupRoles{Qt::ToolTipRole,   ApplicationCountRole, OutOfSyncCountRole,
                                              DegradedCountRole, ProgressingCountRole, PausedCountRole,
                                              ConnectionRole};

    explicit FleetTreeModel(FleetStore *store, QObject *parent = nullptr);
    ~FleetTreeModel() override;

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    QModelIndex indexForApplication(const QString &key) const;
    // Marks applications whose Git is ahead of what runs (PendingCommitsRole).
    void setPendingCommits(PendingCommits *pending);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Counts {
        int total = 0, outOfSync = 0, degraded = 0, progressing = 0, paused = 0;
        Counts &operator+=(const Counts &o);
        Counts operator-(const Counts &o) const;
        bool isZero() const { return !total && !outOfSync && !degraded && !progressing && !paused; }
    };
    struct Node {
        NodeKind kind;
        QString name;
        QString appKey;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        Counts counts; // an application's own contribution, or the sum below a group
    };

    void rebuild();
    void onApplicationsChanged(const FleetChange &change);
    void onInstancesChanged();
    void onObjectsChanged();
    QStringList pathFor(const Application &app) const;
    static Counts countsFor(const Application &app);
    Node *ensureGroup(const QStringList &path);
    void insertApplication(const Application &app);
    void insertApplications(const QList<const Application *> &apps);
    void registerApplications(Node *node);
    void attachChildren(Node *parent, std::vector<std::unique_ptr<Node>> nodes, QSet<Node *> &touched);
    void removeApplication(const QString &key, QSet<Node *> &touched);
    void addCounts(Node *from, const Counts &delta, QSet<Node *> &touched);
    void emitChanged(const QSet<Node *> &nodes);
    int rowOf(const Node *node) const;
    QString repositoryHeads(const Node *node, bool all) const;
    QModelIndex indexOf(const Node *node) const;
    Node *nodeOf(const QModelIndex &index) const;
    QString clusterLabel(const Application &app) const;

    FleetStore *m_store;
    PendingCommits *m_pending = nullptr;
    Grouping m_grouping = Grouping::Cluster;
    Node m_root{NodeKind::Group, {}, {}, nullptr, {}, {}};
    QHash<QString, Node *> m_appNodes;
    ClusterNames m_clusterNames;                    // the store's, as of the last look
    QHash<QString, QList<Cluster>> m_clustersShown; // each instance's clusters, as of the last look
    bool m_resetting = false;
};

} // namespace sextant

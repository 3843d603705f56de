#include "model/itemmodels/fleettreemodel.h"

#include "model/fleet/applicationgitsource.h"
#include "model/fleet/pendingcommits.h"
#include "model/fleet/repositorymirrors.h"

#include <QSet>

#include <map>
#include <utility>

namespace sextant {

FleetTreeModel::Counts &FleetTreeModel::Counts::operator+=(const Counts &o)
{
    total += o.total;
    outOfSync += o.outOfSync;
    degraded += o.degraded;
    progressing += o.progressing;
    paused += o.paused;
    return *this;
}

FleetTreeModel::Counts FleetTreeModel::Counts::operator-(const Counts &o) const
{
    return {total - o.total, outOfSync - o.outOfSync, degraded - o.degraded, progressing - o.progressing,
            paused - o.paused};
}

FleetTreeModel::FleetTreeModel(FleetStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(m_store, &FleetStore::applicationsChanged, this, &FleetTreeModel::onApplicationsChanged);
    connect(m_store, &FleetStore::instancesChanged, this, &FleetTreeModel::onInstancesChanged);
    connect(m_store, &FleetStore::objectsChanged, this, &FleetTreeModel::onObjectsChanged);
    m_clusterNames = m_store->clusterNames();
    rebuild();
}

FleetTreeModel::~FleetTreeModel() = default;

void FleetTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

FleetTreeModel::Counts FleetTreeModel::countsFor(const Application &app)
{
    return {1, app.syncStatus == SyncStatus::OutOfSync, app.health == HealthStatus::Degraded,
            app.health == HealthStatus::Progressing, app.autoSync() == AutoSyncState::Paused};
}

QString FleetTreeModel::clusterLabel(const Application &app) const
{
    return m_clusterNames.of(app);
}

QStringList FleetTreeModel::pathFor(const Application &app) const
{
    switch (m_grouping) {
    case Grouping::Cluster: return {app.instance, clusterLabel(app), app.destinationNamespace};
    case Grouping::Project: return {app.instance, app.project};
    case Grouping::Repository:
        return {app.instance, app.sources.isEmpty() ? QString() : app.sources.constFirst().repoUrl};
    }
    return {app.instance};
}

void FleetTreeModel::rebuild()
{
    beginResetModel();
    m_resetting = true;
    m_root.children.clear();
    m_appNodes.clear();
    // Instances show even before (or without) any application.
    for (const InstanceStatus &instance : m_store->instances())
        ensureGroup({instance.name});
    for (const Application &app : m_store->applications())
        insertApplication(app);
    m_resetting = false;
    endResetModel();
}

FleetTreeModel::Node *FleetTreeModel::ensureGroup(const QStringList &path)
{
    Node *node = &m_root;
    for (qsizetype depth = 0; depth < path.size(); ++depth) {
        const QString &name = path[depth];
        auto &children = node->children;
        auto it = std::lower_bound(children.begin(), children.end(), name,
                                   [](const std::unique_ptr<Node> &child, const QString &n) {
                                       return child->kind != NodeKind::Application && child->name < n;
                                   });
        if (it == children.end() || (*it)->name != name || (*it)->kind == NodeKind::Application) {
            const NodeKind kind = depth == 0                                        ? NodeKind::Instance
                                  : (m_grouping == Grouping::Cluster && depth == 2) ? NodeKind::Namespace
                                                                                    : NodeKind::Group;
            const int row = int(it - children.begin());
            if (!m_resetting)
                beginInsertRows(indexOf(node), row, row);
            it = children.insert(it, std::make_unique<Node>(Node{kind, name, {}, node, {}, {}}));
            if (!m_resetting)
                endInsertRows();
        }
        node = it->get();
    }
    return node;
}

void FleetTreeModel::insertApplication(const Application &app)
{
    Node *group = ensureGroup(pathFor(app));
    auto &children = group->children;
    auto it = std::lower_bound(
        children.begin(), children.end(), app.name,
        [](const std::unique_ptr<Node> &child, const QString &n) { return child->name < n; });
    const int row = int(it - children.begin());
    if (!m_resetting)
        beginInsertRows(indexOf(group), row, row);
    auto node =
        std::make_unique<Node>(Node{NodeKind::Application, app.name, app.key(), group, {}, countsFor(app)});
    Node *raw = node.get();
    children.insert(it, std::move(node));
    m_appNodes.insert(app.key(), raw);
    if (!m_resetting)
        endInsertRows();
    QSet<Node *> touched;
    addCounts(group, raw->counts, touched);
    if (!m_resetting)
        emitChanged(touched);
}

namespace {

// The order of a group's children: groups first, then applications, each by name.
template<typename Node> bool sortsBefore(const Node &a, const Node &b)
{
    const bool aIsApp = a.kind == FleetTreeModel::NodeKind::Application;
    const bool bIsApp = b.kind == FleetTreeModel::NodeKind::Application;
    if (aIsApp != bIsApp)
        return bIsApp;
    return a.name < b.name;
}

} // namespace

void FleetTreeModel::insertApplications(const QList<const Application *> &apps)
{
    // New nodes are built apart from the tree, then attached under their nearest
    // existing ancestor with one insertion per run of adjacent rows: a whole
    // instance's list becomes one insertion of its groups, not one per app.
    // An instance without applications yet is inserted anew with them, as views open
    // a new row's groups as they open a reset tree's.
    QSet<QString> instances;
    for (const Application *app : apps)
        instances.insert(app->instance);
    for (int row = int(m_root.children.size()) - 1; row >= 0; --row) {
        const Node *node = m_root.children[size_t(row)].get();
        if (node->children.empty() && instances.contains(node->name)) {
            beginRemoveRows({}, row, row);
            m_root.children.erase(m_root.children.begin() + row);
            endRemoveRows();
        }
    }
    std::map<Node *, std::vector<std::unique_ptr<Node>>> attached; // existing parent → new children
    QHash<std::pair<Node *, QString>, Node *> created;             // new groups by parent and name
    std::vector<Node *> newGroups;
    for (const Application *app : apps) {
        const QStringList path = pathFor(*app);
        Node *node = &m_root;
        bool isNew = false;
        std::vector<Node *> newOnPath; // their counts are summed here, the tree's by attachChildren
        for (qsizetype depth = 0; depth < path.size(); ++depth) {
            const QString &name = path[depth];
            if (!isNew) {
                auto &children = node->children;
                const auto it =
                    std::lower_bound(children.begin(), children.end(), name,
                                     [](const std::unique_ptr<Node> &child, const QString &n) {
                                         return child->kind != NodeKind::Application && child->name < n;
                                     });
                if (it != children.end() && (*it)->name == name && (*it)->kind != NodeKind::Application) {
                    node = it->get();
                    continue;
                }
            }
            Node *&group = created[{node, name}];
            if (!group) {
                const NodeKind kind = depth == 0                                        ? NodeKind::Instance
                                      : (m_grouping == Grouping::Cluster && depth == 2) ? NodeKind::Namespace
                                                                                        : NodeKind::Group;
                auto fresh = std::make_unique<Node>(Node{kind, name, {}, node, {}, {}});
                group = fresh.get();
                newGroups.push_back(group);
                (isNew ? node->children : attached[node]).push_back(std::move(fresh));
            }
            node = group;
            newOnPath.push_back(group);
            isNew = true;
        }
        auto leaf = std::make_unique<Node>(
            Node{NodeKind::Application, app->name, app->key(), node, {}, countsFor(*app)});
        for (Node *group : newOnPath)
            group->counts += leaf->counts;
        (isNew ? node->children : attached[node]).push_back(std::move(leaf));
    }
    const auto before = [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
        return sortsBefore(*a, *b);
    };
    for (Node *group : newGroups)
        std::stable_sort(group->children.begin(), group->children.end(), before);
    QSet<Node *> touched;
    for (auto &[parent, nodes] : attached)
        attachChildren(parent, std::move(nodes), touched);
    emitChanged(touched);
}

void FleetTreeModel::attachChildren(Node *parent, std::vector<std::unique_ptr<Node>> nodes,
                                    QSet<Node *> &touched)
{
    const auto before = [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
        return sortsBefore(*a, *b);
    };
    std::stable_sort(nodes.begin(), nodes.end(), before);
    Counts added;
    for (const auto &node : nodes)
        added += node->counts;
    // Each new node goes before the existing siblings it does not sort after;
    // new nodes bound for the same place are one run, inserted at once.
    auto &children = parent->children;
    const QModelIndex parentIndex = indexOf(parent);
    size_t first = 0;
    while (first < nodes.size()) {
        const auto at = std::lower_bound(children.begin(), children.end(), nodes[first], before);
        size_t last = first + 1;
        while (last < nodes.size() && std::lower_bound(at, children.end(), nodes[last], before) == at)
            ++last;
        const int row = int(at - children.begin());
        beginInsertRows(parentIndex, row, row + int(last - first) - 1);
        children.insert(at, std::make_move_iterator(nodes.begin() + qsizetype(first)),
                        std::make_move_iterator(nodes.begin() + qsizetype(last)));
        for (size_t i = 0; i < last - first; ++i)
            registerApplications(children[size_t(row) + i].get());
        endInsertRows();
        first = last;
    }
    addCounts(parent, added, touched);
}

void FleetTreeModel::registerApplications(Node *node)
{
    if (node->kind == NodeKind::Application)
        m_appNodes.insert(node->appKey, node);
    for (const auto &child : node->children)
        registerApplications(child.get());
}

void FleetTreeModel::removeApplication(const QString &key, QSet<Node *> &touched)
{
    Node *node = m_appNodes.take(key);
    if (!node)
        return;
    Node *group = node->parent;
    const Counts counts = node->counts;
    const int row = rowOf(node);
    beginRemoveRows(indexOf(group), row, row);
    group->children.erase(group->children.begin() + row);
    endRemoveRows();
    touched.remove(node);
    addCounts(group, Counts{} - counts, touched);
    // Empty groups go, but an instance stays while it is configured.
    const auto configured = [this](const Node *n) {
        return n->kind == NodeKind::Instance && !m_store->instance(n->name).name.isEmpty();
    };
    while (group != &m_root && group->children.empty() && !configured(group)) {
        Node *parent = group->parent;
        const int groupRow = rowOf(group);
        touched.remove(group);
        beginRemoveRows(indexOf(parent), groupRow, groupRow);
        parent->children.erase(parent->children.begin() + groupRow);
        endRemoveRows();
        group = parent;
    }
}

void FleetTreeModel::addCounts(Node *from, const Counts &delta, QSet<Node *> &touched)
{
    if (delta.isZero())
        return;
    for (Node *node = from; node && node != &m_root; node = node->parent) {
        node->counts += delta;
        touched.insert(node);
    }
}

void FleetTreeModel::onApplicationsChanged(const FleetChange &change)
{
    // A whole first snapshot (from the list or the cache): one reset instead of
    // thousands of inserts, each with its roll-up dataChanged.
    if (m_appNodes.isEmpty() && change.removed.isEmpty() && change.updated.isEmpty() &&
        change.added.size() > 1) {
        rebuild();
        return;
    }
    QSet<Node *> touched;
    QList<const Application *> moved; // to another group: removed, then inserted with the new ones
    for (const QString &key : change.removed)
        removeApplication(key, touched);
    for (const QString &key : change.updated) {
        const Application *app = m_store->application(key);
        Node *node = m_appNodes.value(key);
        if (!app || !node)
            continue;
        // Moved to another group (new cluster, project...): remove and insert.
        QStringList path;
        for (const Node *n = node->parent; n != &m_root; n = n->parent)
            path.prepend(n->name);
        if (path != pathFor(*app)) {
            removeApplication(key, touched);
            moved << app;
            continue;
        }
        const Counts counts = countsFor(*app);
        addCounts(node->parent, counts - node->counts, touched);
        node->counts = counts;
        touched.insert(node);
    }
    emitChanged(touched);
    QList<const Application *> added = moved;
    added.reserve(moved.size() + change.added.size());
    for (const QString &key : change.added)
        if (const Application *app = m_store->application(key); app && !m_appNodes.contains(key))
            added << app;
    if (!added.isEmpty())
        insertApplications(added);
}

void FleetTreeModel::onObjectsChanged()
{
    // Cluster names label the groups. A name that changes for an application already in
    // the tree regroups; a new instance's clusters (its applications follow) do not. Only
    // the applications of an instance whose cluster list changed are looked at.
    ClusterNames names = m_store->clusterNames();
    QHash<QString, QList<Cluster>> clusters;
    for (const auto &instance : m_root.children)
        clusters.insert(instance->name, m_store->clusters(instance->name));
    const ClusterNames previous = std::exchange(m_clusterNames, std::move(names));
    const QHash<QString, QList<Cluster>> previousClusters = std::exchange(m_clustersShown, clusters);
    if (m_grouping != Grouping::Cluster || previous == m_clusterNames)
        return;
    const auto labelChanged = [&](const auto &self, const Node *node) -> bool {
        if (node->kind == NodeKind::Application) {
            const Application *app = m_store->application(node->appKey);
            return app && previous.of(*app) != m_clusterNames.of(*app);
        }
        return std::any_of(node->children.cbegin(), node->children.cend(),
                           [&](const std::unique_ptr<Node> &child) { return self(self, child.get()); });
    };
    for (const auto &instance : m_root.children) {
        if (clusters.value(instance->name) != previousClusters.value(instance->name) &&
            labelChanged(labelChanged, instance.get())) {
            rebuild();
            return;
        }
    }
}

void FleetTreeModel::onInstancesChanged()
{
    QSet<Node *> touched;
    for (const InstanceStatus &instance : m_store->instances())
        touched.insert(ensureGroup({instance.name}));
    emitChanged(touched);
}

void FleetTreeModel::emitChanged(const QSet<Node *> &nodes)
{
    // Applications: one dataChanged per contiguous run of rows under the same parent.
    // Groups: one per row, as QTreeView walks every shown row between the ends of a
    // range, the expanded groups' descendants too. Parents go in the tree's order:
    // QTreeView looks each changed row up among its shown rows, linearly from the
    // last one it found, and so finds the next one close by.
    struct Parent {
        QList<int> position; // rows from the root down to the parent
        QList<int> rows;
    };
    QHash<Node *, Parent> byParent;
    for (Node *node : nodes)
        if (node && node != &m_root)
            byParent[node->parent].rows.append(rowOf(node));
    std::vector<std::pair<Node *, Parent *>> parents;
    parents.reserve(size_t(byParent.size()));
    for (auto it = byParent.begin(); it != byParent.end(); ++it) {
        for (const Node *n = it.key(); n != &m_root; n = n->parent)
            it->position.prepend(rowOf(n));
        parents.emplace_back(it.key(), &*it);
    }
    std::sort(parents.begin(), parents.end(),
              [](const auto &a, const auto &b) { return a.second->position < b.second->position; });
    for (const auto &[node, parent] : parents) {
        QList<int> &rows = parent->rows;
        std::sort(rows.begin(), rows.end());
        const QModelIndex parentIndex = indexOf(node);
        int first = rows.first(), last = first;
        for (qsizetype i = 1; i <= rows.size(); ++i) {
            const bool application = node->children[size_t(last)]->kind == NodeKind::Application;
            if (i < rows.size() && rows[i] == last + 1 && application) {
                last = rows[i];
                continue;
            }
            emit dataChanged(index(first, 0, parentIndex), index(last, 0, parentIndex),
                             application ? ApplicationRoles : GroupRoles);
            if (i < rows.size())
                first = last = rows[i];
        }
    }
}

int FleetTreeModel::rowOf(const Node *node) const
{
    const auto &siblings = node->parent->children;
    const auto it =
        std::find_if(siblings.begin(), siblings.end(), [node](const auto &c) { return c.get() == node; });
    return int(it - siblings.begin());
}

QModelIndex FleetTreeModel::indexOf(const Node *node) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowOf(node), 0, const_cast<Node *>(node));
}

FleetTreeModel::Node *FleetTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

QString FleetTreeModel::repositoryHeads(const Node *node, bool all) const
{
    if (!m_pending || m_grouping != Grouping::Repository || node->kind != NodeKind::Group || !node->parent ||
        node->parent->kind != NodeKind::Instance || node->name.isEmpty())
        return {};
    const QMap<QString, QString> heads = m_pending->branchHeads(node->name);
    if (heads.isEmpty())
        return {};
    if (all) {
        QStringList lines;
        for (auto it = heads.cbegin(); it != heads.cend(); ++it)
            lines << tr("%1 at %2").arg(it.key(), it.value().left(7));
        return lines.join(u'\n');
    }
    QString branch = defaultBranchName(heads);
    if (branch.isEmpty())
        branch = heads.firstKey();
    const QString head = tr("%1 %2").arg(branch, heads.value(branch).left(7));
    return heads.size() > 1 ? tr("%1 · %n branch(es)", nullptr, int(heads.size())).arg(head) : head;
}

void FleetTreeModel::setPendingCommits(PendingCommits *pending)
{
    m_pending = pending;
    connect(pending, &PendingCommits::repositoryHeadsChanged, this, [this](const QString &url) {
        if (m_grouping != Grouping::Repository)
            return;
        for (const auto &instance : m_root.children) {
            for (const auto &group : instance->children) {
                if (normalizedRepositoryUrl(group->name) == url) {
                    const QModelIndex index = indexOf(group.get());
                    emit dataChanged(index, index, {RepositoryHeadsRole, Qt::ToolTipRole});
                }
            }
        }
    });
    connect(pending, &PendingCommits::changed, this, [this](const QStringList &keys) {
        for (const QString &key : keys) {
            const QModelIndex index = indexForApplication(key);
            if (index.isValid())
                emit dataChanged(index, index, {PendingCommitsRole, Qt::ToolTipRole});
        }
    });
}

QModelIndex FleetTreeModel::indexForApplication(const QString &key) const
{
    return indexOf(m_appNodes.value(key));
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex FleetTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int FleetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int FleetTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FleetTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    // Looked up only for the roles that read the application: the others are asked
    // for every row on every filter keystroke.
    const auto application = [&]() -> const Application * {
        return node->kind == NodeKind::Application ? m_store->application(node->appKey) : nullptr;
    };
    switch (role) {
    case Qt::DisplayRole:
        if (node->kind == NodeKind::Group && node->name.isEmpty())
            return tr("(none)");
        return node->name;
    case Qt::ToolTipRole:
        if (const Application *app = application()) {
            const QString tip =
                tr("%1 · %2 · %3").arg(app->name, toString(app->syncStatus), toString(app->health));
            const int pending = m_pending ? m_pending->state(node->appKey).count : -1;
            return pending > 0 ? tip + u'\n' + tr("%n commit(s) pending in Git", nullptr, pending) : tip;
        }
        {
            QString tip =
                tr("%n application(s): %1 out of sync, %2 degraded, %3 paused", nullptr, node->counts.total)
                    .arg(node->counts.outOfSync)
                    .arg(node->counts.degraded)
                    .arg(node->counts.paused);
            if (const QString heads = repositoryHeads(node, true); !heads.isEmpty())
                tip += u'\n' + heads;
            return tip;
        }
    case RepositoryHeadsRole: return repositoryHeads(node, false);
    case PendingCommitsRole:
        return node->kind == NodeKind::Application && m_pending ? m_pending->state(node->appKey).count : -1;
    case KindRole: return int(node->kind);
    case ApplicationKeyRole: return node->appKey;
    case SyncStatusRole: {
        const Application *app = application();
        return app ? QVariant(int(app->syncStatus)) : QVariant();
    }
    case HealthRole: {
        const Application *app = application();
        return app ? QVariant(int(app->health)) : QVariant();
    }
    case AutoSyncRole: {
        const Application *app = application();
        return app ? QVariant(int(app->autoSync())) : QVariant();
    }
    case ApplicationCountRole: return node->counts.total;
    case OutOfSyncCountRole: return node->counts.outOfSync;
    case DegradedCountRole: return node->counts.degraded;
    case ProgressingCountRole: return node->counts.progressing;
    case PausedCountRole: return node->counts.paused;
    case LabelsRole: {
        QVariantMap labels;
        if (const Application *app = application())
            for (auto it = app->labels.cbegin(); it != app->labels.cend(); ++it)
                labels.insert(it.key(), it.value());
        return labels;
    }
    case ProjectRole: {
        const Application *app = application();
        return app ? app->project : QVariant();
    }
    case InstanceRole: {
        const Node *n = node;
        while (n->parent && n->parent != &m_root)
            n = n->parent;
        return n->name;
    }
    case ConnectionRole:
        return node->kind == NodeKind::Instance ? QVariant(int(m_store->instance(node->name).connection))
                                                : QVariant();
    case ClusterRole: {
        const Application *app = application();
        return app ? clusterLabel(*app) : QVariant();
    }
    case DestinationNamespaceRole: {
        const Application *app = application();
        return app ? app->destinationNamespace : QVariant();
    }
    case ServerRole:
    case StatusMessageRole:
    case LastHeardRole:
    case NextRetryRole:
    case StaleRole: {
        if (node->kind != NodeKind::Instance)
            return {};
        const InstanceStatus status = m_store->instance(node->name);
        switch (role) {
        case ServerRole: return status.server;
        case StatusMessageRole: return status.message;
        case LastHeardRole: return status.lastHeard;
        case NextRetryRole: return status.nextRetry;
        default: return m_store->isStale(node->name);
        }
    }
    default: return {};
    }
}

QHash<int, QByteArray> FleetTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(ApplicationKeyRole, "applicationKey");
    names.insert(SyncStatusRole, "syncStatus");
    names.insert(HealthRole, "health");
    names.insert(AutoSyncRole, "autoSync");
    names.insert(ApplicationCountRole, "applicationCount");
    names.insert(OutOfSyncCountRole, "outOfSyncCount");
    names.insert(DegradedCountRole, "degradedCount");
    names.insert(ProgressingCountRole, "progressingCount");
    names.insert(PausedCountRole, "pausedCount");
    names.insert(LabelsRole, "labels");
    names.insert(ProjectRole, "project");
    names.insert(InstanceRole, "instance");
    names.insert(ConnectionRole, "connection");
    names.insert(ClusterRole, "cluster");
    names.insert(DestinationNamespaceRole, "destinationNamespace");
    names.insert(ServerRole, "server");
    names.insert(StatusMessageRole, "statusMessage");
    names.insert(LastHeardRole, "lastHeard");
    names.insert(NextRetryRole, "nextRetry");
    names.insert(StaleRole, "stale");
    names.insert(PendingCommitsRole, "pendingCommits");
    names.insert(RepositoryHeadsRole, "repositoryHeads");
    return names;
}

} // namespace sextant

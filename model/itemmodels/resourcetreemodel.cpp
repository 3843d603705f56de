#include "model/itemmodels/resourcetreemodel.h"

#include <QLocale>

#include <algorithm>

namespace sextant {

namespace {

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Everything the controller reports about a node, as one line ("Running · Containers: 1/1").
QString infoText(const ResourceNode &node)
{
    // The pod's state reads best alone and first ("Running"), then the containers.
    QStringList parts;
    for (const auto &[name, value] : node.info) {
        if (name == u"Status Reason")
            parts.prepend(value);
        else if (name == u"Containers" && !parts.isEmpty())
            parts.insert(1, QStringLiteral("%1: %2").arg(name, value));
        else
            parts << (name.isEmpty() ? value : QStringLiteral("%1: %2").arg(name, value));
    }
    return parts.join(QStringLiteral(" · "));
}

// No health at all (a ConfigMap, a Secret) is none, not "unknown".
bool hasHealth(const ResourceNode &node)
{
    return node.health != HealthStatus::Unknown || !node.healthMessage.isEmpty();
}

} // namespace

ResourceTreeModel::ResourceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

ResourceTreeModel::~ResourceTreeModel() = default;

void ResourceTreeModel::setApplication(const AppRef &app)
{
    if (app == m_app)
        return;
    beginResetModel();
    m_app = app;
    m_tree = {};
    m_hasTree = false;
    m_nodes.clear();
    m_root.children.clear();
    endResetModel();
}

void ResourceTreeModel::setTree(const ResourceTree &tree)
{
    m_tree = tree;
    m_hasTree = true;
    arrange();
}

void ResourceTreeModel::setLayout(ResourceLayout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    arrange();
}

bool ResourceTreeModel::spansNamespaces() const
{
    for (const ResourceNode &node : m_tree.nodes)
        if (node.ns != m_tree.nodes.constFirst().ns)
            return true;
    return false;
}

QModelIndex ResourceTreeModel::indexForIdentity(const QString &identity, int column) const
{
    return indexOf(m_nodes.value(identity), column);
}

void ResourceTreeModel::arrange()
{
    const QList<PlacedResource> placed = arrangeResources(m_tree, m_layout);
    QHash<QString, QList<qsizetype>> wanted; // parent identity → its children in `placed`, in order
    for (qsizetype i = 0; i < placed.size(); ++i)
        wanted[placed[i].parent].append(i);
    // Parents first, every placed node goes to its parent, after its placed
    // elder siblings; rows that are leaving are stepped over. What is not
    // placed goes at the end, once nothing placed hangs below it any more.
    QSet<QString> identities;
    for (const PlacedResource &place : placed)
        identities.insert(place.identity);
    QSet<Node *> changed;
    placeChildren(&m_root, wanted, placed, changed);
    removeUnplaced(&m_root, identities);
    emitChanged(changed);
}

void ResourceTreeModel::placeChildren(Node *parent, const QHash<QString, QList<qsizetype>> &wanted,
                                      const QList<PlacedResource> &placed, QSet<Node *> &changed)
{
    const QList<qsizetype> children = wanted.value(parent->identity);
    int next = 0; // the row after the last child placed so far
    for (qsizetype i = 0; i < children.size();) {
        const PlacedResource &place = placed[children[i]];
        Node *node = m_nodes.value(place.identity);
        if (!node) {
            // A run of new objects: one insertion.
            qsizetype end = i + 1;
            while (end < children.size() && !m_nodes.contains(placed[children[end]].identity))
                ++end;
            const int count = int(end - i);
            beginInsertRows(indexOf(parent), next, next + count - 1);
            for (qsizetype k = i; k < end; ++k) {
                const PlacedResource &added = placed[children[k]];
                auto created =
                    std::make_unique<Node>(Node{added.identity, m_tree.nodes[added.node], parent, {}});
                m_nodes.insert(added.identity, created.get());
                parent->children.insert(parent->children.begin() + next + (k - i), std::move(created));
            }
            endInsertRows();
            next += count;
            i = end;
            continue;
        }
        if (node->parent != parent) {
            moveNode(node, parent, next);
            ++next;
        } else if (const int row = rowOf(node); row >= next) {
            next = row + 1; // in order already: what lies between is leaving
        } else {
            moveNode(node, parent, next); // out of order: after the ones placed
        }
        if (const ResourceNode &resource = m_tree.nodes[place.node]; node->resource != resource) {
            node->resource = resource;
            changed.insert(node);
        }
        ++i;
    }
    for (qsizetype i : children)
        placeChildren(m_nodes.value(placed[i].identity), wanted, placed, changed);
}

void ResourceTreeModel::moveNode(Node *node, Node *to, int destination)
{
    // Never into its own subtree: `to` already hangs where it belongs, under
    // nodes that are not below `node`.
    Node *from = node->parent;
    const int fromRow = rowOf(node);
    [[maybe_unused]] const bool valid =
        beginMoveRows(indexOf(from), fromRow, fromRow, indexOf(to), destination);
    Q_ASSERT(valid);
    std::unique_ptr<Node> owned = std::move(from->children[size_t(fromRow)]);
    from->children.erase(from->children.begin() + fromRow);
    owned->parent = to;
    const int row = from == to && destination > fromRow ? destination - 1 : destination;
    to->children.insert(to->children.begin() + row, std::move(owned));
    endMoveRows();
}

void ResourceTreeModel::removeUnplaced(Node *parent, const QSet<QString> &placed)
{
    // One removal per run of rows that are not placed.
    auto &children = parent->children;
    for (size_t first = 0; first < children.size();) {
        if (placed.contains(children[first]->identity)) {
            removeUnplaced(children[first].get(), placed);
            ++first;
            continue;
        }
        size_t end = first + 1;
        while (end < children.size() && !placed.contains(children[end]->identity))
            ++end;
        beginRemoveRows(indexOf(parent), int(first), int(end) - 1);
        for (size_t k = first; k < end; ++k)
            forget(children[k].get());
        children.erase(children.begin() + qsizetype(first), children.begin() + qsizetype(end));
        endRemoveRows();
    }
}

void ResourceTreeModel::forget(const Node *node)
{
    m_nodes.remove(node->identity);
    for (const auto &child : node->children)
        forget(child.get());
}

void ResourceTreeModel::emitChanged(const QSet<Node *> &nodes)
{
    // One dataChanged per contiguous run of rows under the same parent.
    QHash<Node *, QList<int>> rowsByParent;
    for (Node *node : nodes)
        rowsByParent[node->parent].append(rowOf(node));
    for (auto it = rowsByParent.begin(); it != rowsByParent.end(); ++it) {
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end());
        const QModelIndex parent = indexOf(it.key());
        int first = rows.first(), last = first;
        for (qsizetype i = 1; i <= rows.size(); ++i) {
            if (i < rows.size() && rows[i] == last + 1) {
                last = rows[i];
                continue;
            }
            emit dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
            if (i < rows.size())
                first = last = rows[i];
        }
    }
}

int ResourceTreeModel::rowOf(const Node *node) const
{
    const auto &siblings = node->parent->children;
    const auto it =
        std::find_if(siblings.begin(), siblings.end(), [node](const auto &c) { return c.get() == node; });
    return int(it - siblings.begin());
}

QModelIndex ResourceTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

ResourceTreeModel::Node *ResourceTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex ResourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ResourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ResourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ResourceTreeModel::statusText(const ResourceNode &node) const
{
    QString status = node.exists ? infoText(node) : tr("not created yet");
    if (!node.healthMessage.isEmpty())
        status = status.isEmpty() ? node.healthMessage : status + QStringLiteral(" · ") + node.healthMessage;
    return status;
}

QVariant ResourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const ResourceNode &resource = node->resource;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return resource.kind;
        case NameColumn: return resource.name;
        case StatusColumn: return statusText(resource);
        case ImagesColumn: return resource.images.join(QStringLiteral(", "));
        case NamespaceColumn: return resource.ns;
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn:
            return resource.group.isEmpty() ? resource.version : resource.group + u'/' + resource.version;
        case NameColumn:
            return resource.uid.isEmpty() ? resource.name : tr("%1\nUID %2").arg(resource.name, resource.uid);
        case HealthColumn: return resource.healthMessage;
        case StatusColumn:
            return resource.createdAt.isValid()
                       ? tr("%1\nCreated %2").arg(statusText(resource), timeText(resource.createdAt))
                       : statusText(resource);
        case ImagesColumn: return resource.images.join(u'\n');
        default: return {};
        }
    case IdentityRole: return node->identity;
    case HealthRole: return hasHealth(resource) ? QVariant(int(resource.health)) : QVariant();
    case ExistsRole: return resource.exists;
    default: return {};
    }
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("Name");
    case HealthColumn: return tr("Health");
    case StatusColumn: return tr("Status");
    case ImagesColumn: return tr("Images");
    case NamespaceColumn: return tr("Namespace");
    default: return {};
    }
}

QHash<int, QByteArray> ResourceTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdentityRole, "identity");
    names.insert(HealthRole, "health");
    names.insert(ExistsRole, "exists");
    return names;
}

} // namespace sextant

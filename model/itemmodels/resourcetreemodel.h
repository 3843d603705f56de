#pragma once

#include "model/domain/appref.h"
#include "model/domain/resourcelayout.h"
#include "model/domain/resourcetree.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace sextant {

// One application's live resource tree: a row per object, under its owner or
// in one flat list. Rows are keyed by ResourceNode::identity(), so a new tree
// of the same application changes only what differs: inserted and removed
// rows, moved rows for new owners, and one dataChanged per run of changed
// rows. A reset happens only when the application changes.
//
// Text only: the health column carries HealthRole and no display text, and a
// resource not created yet carries ExistsRole false; the widgets turn these
// into icons, names and colours.
class ResourceTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        NameColumn,
        HealthColumn,
        StatusColumn,
        ImagesColumn,
        NamespaceColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdentityRole = Qt::UserRole + 1, // ResourceNode::identity(), on every column
        HealthRole,                      // int(HealthStatus); none for an object without health
        ExistsRole,                      // false for a managed resource still to be created
    };

    explicit ResourceTreeModel(QObject *parent = nullptr);
    ~ResourceTreeModel() override;

    // Another application empties the model (a reset); the same one keeps it.
    void setApplication(const AppRef &app);
    AppRef application() const { return m_app; }

    void setTree(const ResourceTree &tree);
    // Whether a tree arrived for the application, and the last one.
    bool hasTree() const { return m_hasTree; }
    const ResourceTree &tree() const { return m_tree; }

    void setLayout(ResourceLayout layout);
    ResourceLayout layout() const { return m_layout; }

    // More than one namespace among the resources.
    bool spansNamespaces() const;
    QModelIndex indexForIdentity(const QString &identity, int column = KindColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node {
        QString identity;
        ResourceNode resource;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

    void arrange();
    void placeChildren(Node *parent, const QHash<QString, QList<qsizetype>> &wanted,
                       const QList<PlacedResource> &placed, QSet<Node *> &changed);
    // Moves `node` under `to`, before the row `destination` (as beginMoveRows counts).
    void moveNode(Node *node, Node *to, int destination);
    void removeUnplaced(Node *parent, const QSet<QString> &placed);
    void forget(const Node *node);
    void emitChanged(const QSet<Node *> &nodes);
    int rowOf(const Node *node) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *nodeOf(const QModelIndex &index) const;
    QString statusText(const ResourceNode &node) const;

    AppRef m_app;
    ResourceTree m_tree;
    bool m_hasTree = false;
    ResourceLayout m_layout = ResourceLayout::ByOwner;
    Node m_root;
    QHash<QString, Node *> m_nodes; // by identity
};

} // namespace sextant

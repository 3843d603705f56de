#include "model/domain/resourcelayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace sextant {

namespace {

// The first owner of each node that is in the tree, by identity; none for
// nodes at the top.
QHash<QString, QString> ownersOf(const ResourceTree &tree, const QList<qsizetype> &nodes,
                                 const QHash<QString, qsizetype> &byIdentity)
{
    QHash<QString, QString> identityOfUid;
    for (qsizetype i : nodes) {
        const ResourceNode &node = tree.nodes[i];
        if (!node.uid.isEmpty())
            identityOfUid.insert(node.uid, node.identity());
    }
    QHash<QString, QString> parentOf;
    for (qsizetype i : nodes) {
        const ResourceNode &node = tree.nodes[i];
        const QString identity = node.identity();
        for (const ResourceRef &ref : node.parents) {
            QString parent = identityOfUid.value(ref.uid);
            if (parent.isEmpty()) {
                const QString byName = resourceIdentity(ref.group, ref.kind, ref.ns, ref.name);
                if (byIdentity.contains(byName))
                    parent = byName;
            }
            if (!parent.isEmpty() && parent != identity) {
                parentOf.insert(identity, parent);
                break;
            }
        }
    }
    // Owner references that loop are not a tree: such nodes go to the top.
    for (qsizetype i : nodes) {
        const QString identity = tree.nodes[i].identity();
        QSet<QString> seen{identity};
        QString at = parentOf.value(identity);
        while (!at.isEmpty()) {
            if (seen.contains(at)) {
                parentOf.remove(identity);
                break;
            }
            seen.insert(at);
            at = parentOf.value(at);
        }
    }
    return parentOf;
}

} // namespace

QList<PlacedResource> arrangeResources(const ResourceTree &tree, ResourceLayout layout)
{
    QHash<QString, qsizetype> byIdentity;
    QList<qsizetype> nodes; // one per identity, the first
    for (qsizetype i = 0; i < tree.nodes.size(); ++i) {
        const QString identity = tree.nodes[i].identity();
        if (byIdentity.contains(identity))
            continue;
        byIdentity.insert(identity, i);
        nodes.append(i);
    }
    const QHash<QString, QString> parentOf =
        layout == ResourceLayout::ByOwner ? ownersOf(tree, nodes, byIdentity) : QHash<QString, QString>();

    QHash<QString, QList<qsizetype>> children;
    for (qsizetype i : nodes)
        children[parentOf.value(tree.nodes[i].identity())].append(i);
    const auto byKindAndName = [&tree](qsizetype x, qsizetype y) {
        const ResourceNode &a = tree.nodes[x];
        const ResourceNode &b = tree.nodes[y];
        if (int c = QString::compare(a.kind, b.kind, Qt::CaseInsensitive))
            return c < 0;
        if (int c = QString::compare(a.name, b.name, Qt::CaseInsensitive))
            return c < 0;
        return a.ns < b.ns;
    };
    for (auto &list : children)
        std::stable_sort(list.begin(), list.end(), byKindAndName);

    QList<PlacedResource> placed;
    placed.reserve(nodes.size());
    const std::function<void(const QString &)> visit = [&](const QString &parent) {
        for (qsizetype i : children.value(parent)) {
            const QString identity = tree.nodes[i].identity();
            placed.append({i, identity, parent});
            visit(identity);
        }
    };
    visit(QString());
    return placed;
}

} // namespace sextant

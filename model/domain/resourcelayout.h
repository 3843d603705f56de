#pragma once

#include "model/domain/resourcetree.h"

#include <QList>
#include <QString>

namespace sextant {

// How an application's resources are shown: each under the object that owns
// it (Deployment → ReplicaSet → Pod), or all in one list.
enum class ResourceLayout { ByOwner, Flat };

// One node of a ResourceTree placed for display.
struct PlacedResource {
    qsizetype node = -1; // index into ResourceTree::nodes
    QString identity;    // ResourceNode::identity()
    QString parent;      // identity of the node it is shown under; empty at the top
    bool operator==(const PlacedResource &) const = default;
};

// The nodes of `tree` in display order, depth first. ByOwner hangs each node
// under its first owner that is in the tree (found by uid, else by identity);
// owner references that loop put the node that closes the loop at the top.
// Flat puts every node at the top. Siblings are sorted by kind, name and
// namespace. Of nodes sharing an identity only the first is placed.
QList<PlacedResource> arrangeResources(const ResourceTree &tree, ResourceLayout layout);

} // namespace sextant

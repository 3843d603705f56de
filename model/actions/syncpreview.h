#pragma once

#include "model/actions/actiontypes.h"
#include "model/domain/resourcetree.h" // ResourceRef: group, kind, ns, name (version, uid unused here)

#include <QList>
#include <QMetaType>
#include <QString>

namespace sextant {

// How to sync (POST /api/v1/applications/{name}/sync).
struct SyncOptions {
    bool prune = false;
    bool applyOnly = false; // strategy apply (no hooks) instead of hook
    bool force = false;
    QList<ResourceRef> resources; // empty: all
    QString revision;             // empty: the app's target revision
    bool operator==(const SyncOptions &) const = default;
};

// One resource in a dry run's result.
struct ResourceChange {
    enum class Change { Create, Update, Unchanged, Prune, PruneSkipped, Failed };
    ResourceRef resource;
    Change change = Change::Update;
    QString message; // the controller's words ("deployment.apps/web configured (dry run)")
    bool operator==(const ResourceChange &) const = default;
};
QString toString(ResourceChange::Change change); // "create", "update", ...

// An image a sync would change, old → new (one of them empty when added/removed).
struct ImageChange {
    QString resource; // "Deployment/web"
    QString from;
    QString to;
    bool operator==(const ImageChange &) const = default;
};

// What a sync would do: the dry run's resources plus the image changes.
struct SyncPreview {
    quint64 requestId = 0;
    ActionTarget target;
    SyncOptions options;
    QString revision; // what the dry run resolved
    QList<ResourceChange> resources;
    QList<ImageChange> images;
    QString error; // non-empty when the dry run could not run or failed
    int count(ResourceChange::Change change) const;
    // "2 to update, 1 to create, 1 to prune, 3 unchanged; images web 1.0.0 → 1.1.0"
    QString summary() const;
};

} // namespace sextant

Q_DECLARE_METATYPE(sextant::SyncPreview)

#pragma once

#include "model/domain/managedresource.h"
#include "model/domain/resourcetree.h" // ResourceRef: group, kind, ns, name

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sextant {

// The controller-neutral words of the operations a backend performs: what a sync asks for,
// what an operation did, what pause and resume read and write. Every backend speaks them;
// what only one controller has stays in that backend's folder.

// How to sync (reconcile now, applying the desired state).
struct SyncOptions {
    bool prune = false;
    bool applyOnly = false; // apply without hooks
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
// Container images per workload, live → desired, of the managed resources.
QList<ImageChange> imageChanges(const QList<ManagedResource> &resources);

// Sync-window state of one app: can a manual sync run now, in words.
struct SyncWindowState {
    bool known = false;  // false until checked
    bool canSync = true; // for a manual sync
    QString description; // "no sync window applies", "blocked by deny window 0 22 * * * (1h)", …
};

// The state of an app's last operation (sync, dry run, rollback), with its resource changes.
struct OperationResult {
    QString phase; // Running, Terminating, Succeeded, Failed, Error; "" when none
    QString message;
    bool dryRun = false;
    bool operationPending = false; // an operation is still requested
    QString revision;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<ResourceChange> resources;
    bool finished() const
    {
        return !operationPending && !phase.isEmpty() && phase != QStringLiteral("Running") &&
               phase != QStringLiteral("Terminating");
    }
};

// What Sextant knows of an instance before it acts there.
struct InstanceInfo {
    QString version; // the controller's version text ("v3.5.1+abc"); may be empty
    QString user;    // the account Sextant acts as; empty for anonymous
};

// What pause and resume need of one app, as the controller holds it now.
struct AutoReconcileState {
    QString name;
    QString appNamespace;
    QString project;
    // The controller's auto-reconcile setting as compact JSON, opaque outside its backend
    // (Argo CD: spec.syncPolicy, "null" when absent). Resume writes back exactly this text.
    QByteArray settingJson;
    bool hasAnnotations = false;      // the object has an annotations map
    std::optional<QString> pauseNote; // the pauseNoteAnnotation() value when present
    bool on = false;                  // reconciles on its own now
    bool present = false;             // an auto-reconcile setting exists (on or paused)
    bool operationRunning = false;
    QString targetRevision; // "" = the default branch head
};

} // namespace sextant

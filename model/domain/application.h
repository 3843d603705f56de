#pragma once

#include "model/domain/appref.h"
#include "model/domain/controllerkind.h"
#include "model/domain/status.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sextant {

// What the views need of a controller's application (an Argo CD Application; next, a Flux
// Kustomization or HelmRelease), decoded once; not the JSON. Fields that mean the same for
// every controller have neutral accessors (autoReconcile(), lastAppliedRevision()); the sync
// policy, project and integer history ids are Argo CD's words and are read as such.
struct ApplicationSource {
    QString repoUrl;
    QString path;
    QString targetRevision; // "" means HEAD
    QString chart;
    bool operator==(const ApplicationSource &) const = default;
};

struct SyncPolicy {
    bool automated = false; // an automated block is present
    bool enabled = true;    // automated.enabled (absent = true)
    bool prune = false;
    bool selfHeal = false;
    bool allowEmpty = false;
    QStringList syncOptions;

    AutoSyncState state() const
    {
        return !automated ? AutoSyncState::Off : enabled ? AutoSyncState::On : AutoSyncState::Paused;
    }
    bool operator==(const SyncPolicy &) const = default;
};

struct ResourceStatus {
    QString group;
    QString version;
    QString kind;
    QString ns;
    QString name;
    SyncStatus status = SyncStatus::Unknown;
    HealthStatus health = HealthStatus::Unknown; // Unknown also when the server sent none
    QString healthMessage;
    bool requiresPruning = false;
    bool operator==(const ResourceStatus &) const = default;
};

struct HistoryEntry {
    qint64 id = 0;
    QString revision;
    QStringList revisions; // multi-source
    QDateTime deployedAt;
    QDateTime deployStartedAt;
    QString initiatedBy; // username, empty when automated
    bool automated = false;
    ApplicationSource source;
    bool operator==(const HistoryEntry &) const = default;
};

struct OperationState {
    OperationPhase phase = OperationPhase::None;
    QString message;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString revision;      // what the operation synced to
    QStringList revisions; // the same for multi-source apps (operation.sync.revisions)
    QString initiatedBy;
    bool automated = false;
    bool dryRun = false;
    bool operator==(const OperationState &) const = default;
};

struct Condition {
    QString type; // ComparisonError, SyncError, ...
    QString message;
    bool operator==(const Condition &) const = default;
};

struct Application {
    ControllerKind controller = ControllerKind::ArgoCd; // the kind of `instance`
    QString instance; // which controller endpoint it came from (set by the store)
    QString name;
    QString ns; // the Application's own namespace (argocd)
    QString project;
    QString uid;
    qint64 resourceVersion = 0;
    QDateTime createdAt;
    QDateTime deletionRequestedAt; // metadata.deletionTimestamp: being deleted (actions refused)
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;

    QList<ApplicationSource> sources; // one for single-source apps
    bool multiSource = false;
    QString destinationServer;
    QString destinationName;
    QString destinationNamespace;
    SyncPolicy syncPolicy;

    SyncStatus syncStatus = SyncStatus::Unknown;
    QString syncRevision;
    QStringList syncRevisions;
    HealthStatus health = HealthStatus::Unknown;
    QString healthMessage;
    QList<ResourceStatus> resources;
    QList<HistoryEntry> history; // oldest first
    std::optional<OperationState> operationState;
    bool operationInProgress = false; // a top-level operation is set
    QList<Condition> conditions;
    QDateTime reconciledAt;
    QStringList images;

    // Unique across the fleet.
    AppRef ref() const { return AppRef{instance, ns, name}; }
    QString key() const { return ref().key(); }
    AutoSyncState autoSync() const { return syncPolicy.state(); }
    // Controller-neutral: whether the controller reconciles on its own (on, off, paused).
    AutoSyncState autoReconcile() const { return syncPolicy.state(); }
    // Controller-neutral: the revision the controller last applied (Argo CD: status.sync.revision).
    QString lastAppliedRevision() const { return syncRevision; }
    bool operator==(const Application &) const = default;
};

} // namespace sextant

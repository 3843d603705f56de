#pragma once

#include "model/domain/managedresource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace sextant::diff {

// Why a resource is out of sync, from what the managed-resources endpoint sends:
// live vs desired, and who last wrote the differing fields (metadata.managedFields).
// Pure functions: any thread.

enum class DriftOrigin : quint8 {
    HumanEdit,        // a person changed live (kubectl edit / patch / apply, k9s ...)
    ControllerOwned,  // a controller owns the field (an HPA's spec.replicas, an operator ...)
    PendingGitCommit, // live is as Argo CD applied it; what Git renders changed
    ToCreate,         // in Git, not live
    ToPrune,          // live, no longer in Git
    Unknown,          // out of sync, but no differing field was found (normalized away)
};

// Stable machine spelling ("human-edit", "controller", "pending-git", "to-create", "to-prune",
// "unknown"), for `sextant report` and filters.
QString toString(DriftOrigin origin);

// Who wrote to the object, per metadata.managedFields.
enum class ManagerKind : quint8 { ArgoCd, Human, Controller };
ManagerKind managerKind(const QString &manager);

// One metadata.managedFields entry.
struct FieldManager {
    QString manager;
    QString operation; // Update or Apply
    QString subresource;
    QDateTime time; // UTC; invalid when absent
    QJsonObject fieldsV1;
    bool operator==(const FieldManager &) const = default;
};
QList<FieldManager> fieldManagers(const QJsonObject &object);

// A step into a JSON document (named apart from pathpattern.h's PathStep: one definition per name): an object
// key, or an array index (key empty, index >= 0).
struct FieldStep {
    QString key;
    int index = -1;
    bool operator==(const FieldStep &) const = default;
};
using JsonPath = QList<FieldStep>;

// "spec.template.spec.containers[0].image"
QString toString(const JsonPath &path);

// The paths where `live` and `desired` differ, in document order: leaves that differ, keys only
// on one side, arrays of different length as a whole. Server-written fields (status, uid,
// resourceVersion, generation, creationTimestamp, managedFields, the last-applied annotation)
// are skipped. With `ignoreLiveOnly`, keys only live has are no difference (desired is a plain
// target state, which an apply would not remove them for). At most `limit` paths.
QList<JsonPath> changedPaths(const QJsonValue &live, const QJsonValue &desired, bool ignoreLiveOnly,
                             int limit = 200);

// Whether a fieldsV1 set (f:spec, k:{"name":"web"}, v:…, i:3, "." ...) claims `path` of `live`:
// every step matched, or an empty set reached on the way (the manager owns that value whole).
bool ownsPath(const QJsonObject &fieldsV1, const QJsonValue &live, const JsonPath &path);

// One differing field and who changed it.
struct FieldDrift {
    QString path;
    DriftOrigin origin = DriftOrigin::PendingGitCommit;
    QString manager;     // empty for a pending Git commit
    QDateTime changedAt; // when the managed fields tell
    bool operator==(const FieldDrift &) const = default;
};

struct DriftClassification {
    DriftOrigin origin = DriftOrigin::Unknown;
    QString manager;     // the human's tool or the controller, when origin says so
    QDateTime changedAt; // the newest live change of that origin; invalid when unknown
    QList<FieldDrift> fields;
    bool operator==(const DriftClassification &) const = default;
};

// Classifies one out-of-sync resource. A human edit outweighs a controller-owned field,
// which outweighs a pending Git commit, when one resource has several.
DriftClassification classifyDrift(const ManagedResource &resource);

} // namespace sextant::diff

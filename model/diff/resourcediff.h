#pragma once

#include "model/diff/diffdocument.h"
#include "model/diff/normalize.h"
#include "model/domain/managedresource.h"
#include "model/git/linediff.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sextant::diff {

// The diff of an application's managed resources: live (normalizedLiveState) against
// desired (predictedLiveState), normalized, Secrets masked, rendered as YAML in kubectl's
// key order and compared line by line. Pure functions: run them on a worker.

struct DiffOptions {
    NormalizeOptions normalize;
    git::LineDiffAlgorithm algorithm = git::LineDiffAlgorithm::Patience;
    bool operator==(const DiffOptions &) const = default;
};

enum class ResourceChange {
    Unchanged, // both sides render to the same YAML
    Modified,  // both sides exist and differ
    ToCreate,  // not live yet (live is null)
    ToPrune,   // not in Git any more (desired is null)
};
// "Unchanged", "Modified", "ToCreate", "ToPrune" (for logs and tests, not for the UI).
QString toString(ResourceChange change);

// A container whose image differs between live and desired. `from` is empty for a
// container only desired, `to` empty for one only live.
struct ImageChange {
    QString resource;  // "Deployment/web" (kind/name), for the application summary
    QString container; // "app"; init containers too ("init: migrate")
    QString from;      // live image
    QString to;        // desired image
    bool operator==(const ImageChange &) const = default;
};

struct ResourceDiff {
    QString identity; // group/kind/namespace/name, as ManagedResource::identity()
    QString group;
    QString kind;
    QString ns;
    QString name;
    ResourceChange change = ResourceChange::Unchanged;
    QString liveYaml;    // empty when live is absent
    QString desiredYaml; // empty when desired is absent
    DiffDocument document;
    QList<ImageChange> imageChanges; // from the pod template (spec.template.spec) or a Pod's spec
    QStringList notes;               // ignore rules not applied, a failed line diff, ...

    bool differs() const { return change != ResourceChange::Unchanged; }
    bool operator==(const ResourceDiff &) const = default;
};

struct ApplicationDiff {
    QList<ResourceDiff> resources; // differing first, then by kind, namespace, name
    int modified = 0;
    int toCreate = 0;
    int toPrune = 0;
    int unchanged = 0;
    QList<ImageChange> imageChanges; // every resource's, in the order of `resources`
    QStringList notes;               // each distinct note once, prefixed with its resource's kind/name

    int differing() const { return modified + toCreate + toPrune; }
    bool operator==(const ApplicationDiff &) const = default;
};

// Images of the containers of a pod template or pod spec under `object`
// (spec.template.spec for workloads, spec.jobTemplate.spec.template.spec for CronJobs,
// spec for Pods), live against desired.
QList<ImageChange> imageChanges(const QJsonValue &live, const QJsonValue &desired, const QString &resource);

// One resource. Hook resources are diffed like any other (the server normally leaves them out).
ResourceDiff diffResource(const ManagedResource &resource, const QList<IgnoreDifferenceRule> &rules,
                          const DiffOptions &options);

// Every resource of an application; `applicationObject` is the Application as
// GET /api/v1/applications/{name} returns it (its spec.ignoreDifferences are read).
ApplicationDiff diffApplication(const QList<ManagedResource> &resources, const QJsonObject &applicationObject,
                                const DiffOptions &options);

} // namespace sextant::diff

Q_DECLARE_METATYPE(sextant::diff::ApplicationDiff)
Q_DECLARE_METATYPE(sextant::diff::ResourceDiff)

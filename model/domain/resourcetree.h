#pragma once

#include "model/domain/status.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sextant {

// group/kind/namespace/name: names one Kubernetes object and stays the same
// while the object is deleted and recreated (the uid does not).
inline QString resourceIdentity(const QString &group, const QString &kind, const QString &ns,
                                const QString &name)
{
    return group + u'/' + kind + u'/' + ns + u'/' + name;
}

// Identifies one Kubernetes object; a ResourceNode's owners are given this way.
struct ResourceRef {
    QString group; // "" for the core group
    QString version;
    QString kind;
    QString ns;
    QString name;
    QString uid;
    bool operator==(const ResourceRef &) const = default;
};

// One object of an application's resource tree: a managed resource or one
// its controllers created (ReplicaSet, Pod, ...).
struct ResourceNode {
    QString group;
    QString version;
    QString kind;
    QString ns;
    QString name;
    QString uid;                         // empty when the object does not exist yet
    QList<ResourceRef> parents;          // owners (Pod → ReplicaSet → Deployment)
    QList<QPair<QString, QString>> info; // ("Containers", "1/1"), ("Status Reason", "Running"), ...
    QStringList images;
    HealthStatus health = HealthStatus::Unknown; // Unknown also when the server sent none
    QString healthMessage;
    QDateTime createdAt; // UTC; invalid when not created
    bool exists = true;  // false for a managed resource still to be created

    QString identity() const { return resourceIdentity(group, kind, ns, name); }
    bool operator==(const ResourceNode &) const = default;
};

struct ResourceTree {
    QList<ResourceNode> nodes; // in the server's order (group/kind/namespace/name)
    bool operator==(const ResourceTree &) const = default;
};

// A Kubernetes Event about an application or one of its resources.
struct EventRecord {
    QString type; // Normal, Warning
    QString reason;
    QString message;
    QDateTime firstTimestamp; // UTC
    QDateTime lastTimestamp;  // UTC; falls back to eventTime, then to the creation time
    int count = 0;
    QString involvedKind;
    QString involvedName;
    QString source; // the reporting component (argocd-application-controller, kubelet, ...)

    bool isWarning() const { return type == u"Warning"; }
    bool operator==(const EventRecord &) const = default;
};

} // namespace sextant

Q_DECLARE_METATYPE(sextant::ResourceTree)
Q_DECLARE_METATYPE(sextant::EventRecord)

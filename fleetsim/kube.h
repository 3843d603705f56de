#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sextant::fleetsim {

// Identity of a Kubernetes object as Argo CD names it.
struct ResourceKey {
    QString group;
    QString version;
    QString kind;
    QString ns;
    QString name;

    // group/kind/namespace/name: the order Argo CD sorts resources in.
    QString id() const { return group + u'/' + kind + u'/' + ns + u'/' + name; }
    QJsonObject toJson() const; // proto2-style: empty strings omitted
};

ResourceKey keyOf(const QJsonObject &manifest);
bool isClusterScoped(const QString &kind);

// An object as the simulated API server holds it.
struct LiveObject {
    QJsonObject manifest; // what was applied, plus server-set metadata
    QString ownerApp;     // from the tracking annotation
    QString lastManager;  // field manager of the last change (kubectl-edit, argocd-controller, ...)
    QDateTime createdAt;
    QDateTime changedAt;
    qint64 generation = 1;
};

// Argo CD v3's default resource tracking.
QString trackingAnnotation();
QString trackingId(const QString &app, const ResourceKey &key);

// Drops what the server sets (uid, resourceVersion, managedFields, status...),
// so desired and live compare like Argo CD's normalized states.
QJsonObject normalizeLive(const QJsonObject &live);

// Removes JSON Pointer paths (ignoreDifferences.jsonPointers).
QJsonObject removePointers(QJsonObject object, const QStringList &pointers);

// Images of a workload's containers (Deployment, StatefulSet, DaemonSet, Pod, Job...).
QStringList imagesOf(const QJsonObject &manifest);

// Masks Secret data of several states of one object the way Argo CD does:
// equal values share a mask of '+', each different value gets a longer one
// (in the order the states are given: target first).
void maskSecrets(const QList<QJsonObject *> &states);

QString isoTime(const QDateTime &time);

} // namespace sextant::fleetsim

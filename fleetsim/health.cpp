#include "fleetsim/health.h"

#include <QJsonArray>

namespace sextant::fleetsim {

namespace {

bool isWorkload(const QString &kind)
{
    return kind == QStringLiteral("Deployment") || kind == QStringLiteral("StatefulSet") ||
           kind == QStringLiteral("DaemonSet");
}

bool hasBrokenImage(const QJsonObject &manifest)
{
    const QStringList images = imagesOf(manifest);
    return std::any_of(images.cbegin(), images.cend(),
                       [](const QString &image) { return image.contains(QStringLiteral("broken")); });
}

int replicasOf(const QJsonObject &manifest)
{
    return manifest.value(QStringLiteral("spec")).toObject().value(QStringLiteral("replicas")).toInt(1);
}

} // namespace

std::optional<Health> healthOf(const LiveObject &object, const QDateTime &now, qint64 progressingMs)
{
    const QString kind = object.manifest.value(QStringLiteral("kind")).toString();
    const QString name =
        object.manifest.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
    if (isWorkload(kind)) {
        if (object.manifest.value(QStringLiteral("spec")).toObject().value(QStringLiteral("paused")).toBool())
            return Health{QStringLiteral("Suspended"), QStringLiteral("Deployment is paused")};
        const bool settling = object.changedAt.msecsTo(now) < progressingMs;
        const int replicas = replicasOf(object.manifest);
        if (settling)
            return Health{
                QStringLiteral("Progressing"),
                QStringLiteral("Waiting for rollout to finish: 0 of %1 updated replicas are available...")
                    .arg(replicas)};
        if (hasBrokenImage(object.manifest))
            return Health{QStringLiteral("Degraded"),
                          QStringLiteral("%1 \"%2\" exceeded its progress deadline").arg(kind, name)};
        return Health{QStringLiteral("Healthy"), QString()};
    }
    if (kind == QStringLiteral("Pod")) {
        if (hasBrokenImage(object.manifest))
            return Health{QStringLiteral("Degraded"), QStringLiteral("Back-off pulling image")};
        return Health{QStringLiteral("Healthy"), QString()};
    }
    static const QStringList alwaysHealthy{
        QStringLiteral("Service"),   QStringLiteral("HorizontalPodAutoscaler"),
        QStringLiteral("Ingress"),   QStringLiteral("PersistentVolumeClaim"),
        QStringLiteral("Namespace"), QStringLiteral("ReplicaSet"),
        QStringLiteral("Job"),       QStringLiteral("Application")};
    if (alwaysHealthy.contains(kind))
        return Health{QStringLiteral("Healthy"), QString()};
    return std::nullopt;
}

bool isWorse(const QString &status, const QString &than)
{
    static const QStringList order{QStringLiteral("Healthy"),     QStringLiteral("Suspended"),
                                   QStringLiteral("Progressing"), QStringLiteral("Missing"),
                                   QStringLiteral("Degraded"),    QStringLiteral("Unknown")};
    return order.indexOf(status) > order.indexOf(than);
}

QJsonObject simulatedStatus(const LiveObject &object, const QDateTime &now, qint64 progressingMs)
{
    const QString kind = object.manifest.value(QStringLiteral("kind")).toString();
    if (!isWorkload(kind))
        return {};
    const int replicas = replicasOf(object.manifest);
    const auto health = healthOf(object, now, progressingMs);
    const bool ready = health && health->status == QStringLiteral("Healthy");
    return QJsonObject{{QStringLiteral("observedGeneration"), object.generation},
                       {QStringLiteral("replicas"), replicas},
                       {QStringLiteral("updatedReplicas"), ready ? replicas : 0},
                       {QStringLiteral("readyReplicas"), ready ? replicas : 0},
                       {QStringLiteral("availableReplicas"), ready ? replicas : 0}};
}

} // namespace sextant::fleetsim

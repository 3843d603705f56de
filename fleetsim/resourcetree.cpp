#include "fleetsim/resourcetree.h"

#include "fleetsim/health.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace sextant::fleetsim {

namespace {

QString shortHash(const QByteArray &data, int length)
{
    // Kubernetes-style suffixes: lowercase alphanumerics from a stable hash.
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha1);
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[quint8(digest[i]) % (sizeof(alphabet) - 1)]);
    return out;
}

QString stableUid(const QString &seed)
{
    const QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' +
                               h.mid(20, 12));
}

QJsonObject ref(const ResourceKey &key, const QString &uid)
{
    QJsonObject r = key.toJson();
    r.insert(QStringLiteral("uid"), uid);
    return r;
}

QJsonObject healthJson(const Health &health)
{
    QJsonObject h{{QStringLiteral("status"), health.status}};
    if (!health.message.isEmpty())
        h.insert(QStringLiteral("message"), health.message);
    return h;
}

QJsonArray info(std::initializer_list<std::pair<const char *, QString>> items)
{
    QJsonArray array;
    for (const auto &[name, value] : items)
        array.append(
            QJsonObject{{QStringLiteral("name"), QLatin1StringView(name)}, {QStringLiteral("value"), value}});
    return array;
}

// ReplicaSet and Pods of a Deployment, as its controllers would create them.
void addWorkloadChildren(QMap<QString, QJsonObject> &nodes, const LiveObject &object, const QDateTime &now,
                         qint64 progressingMs)
{
    const ResourceKey deployment = keyOf(object.manifest);
    const QString deploymentUid =
        object.manifest.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("uid")).toString();
    const QJsonObject spec = object.manifest.value(QStringLiteral("spec")).toObject();
    const QByteArray templateJson =
        QJsonDocument(spec.value(QStringLiteral("template")).toObject()).toJson(QJsonDocument::Compact);
    const QString createdAt = isoTime(object.changedAt.isValid() ? object.changedAt : now);
    const auto health = healthOf(object, now, progressingMs).value_or(Health{QStringLiteral("Healthy"), {}});

    ResourceKey replicaSet{QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("ReplicaSet"),
                           deployment.ns, deployment.name + u'-' + shortHash(templateJson, 10)};
    const QString rsUid = stableUid(deploymentUid + replicaSet.name);
    QJsonObject rsNode = ref(replicaSet, rsUid);
    rsNode.insert(QStringLiteral("parentRefs"), QJsonArray{ref(deployment, deploymentUid)});
    rsNode.insert(QStringLiteral("info"),
                  info({{"Revision", QStringLiteral("Rev:%1").arg(object.generation)}}));
    rsNode.insert(QStringLiteral("resourceVersion"), QString::number(object.generation));
    rsNode.insert(QStringLiteral("createdAt"), createdAt);
    rsNode.insert(QStringLiteral("health"), healthJson(health.status == QStringLiteral("Degraded")
                                                           ? Health{QStringLiteral("Progressing"), {}}
                                                           : health));
    nodes.insert(replicaSet.id(), rsNode);

    const QStringList images = imagesOf(object.manifest);
    const int replicas = std::min(spec.value(QStringLiteral("replicas")).toInt(1), 6);
    for (int i = 0; i < replicas; ++i) {
        ResourceKey pod{QString(), QStringLiteral("v1"), QStringLiteral("Pod"), deployment.ns,
                        replicaSet.name + u'-' +
                            shortHash(replicaSet.name.toUtf8() + QByteArray::number(i), 5)};
        QJsonObject podNode = ref(pod, stableUid(rsUid + pod.name));
        podNode.insert(QStringLiteral("parentRefs"), QJsonArray{ref(replicaSet, rsUid)});
        QString reason = QStringLiteral("Running"), ready = QStringLiteral("%1/%1").arg(images.size());
        Health podHealth{QStringLiteral("Healthy"), {}};
        if (health.status == QStringLiteral("Degraded")) {
            reason = QStringLiteral("ImagePullBackOff");
            ready = QStringLiteral("0/%1").arg(images.size());
            podHealth = {QStringLiteral("Degraded"),
                         QStringLiteral("Back-off pulling image \"%1\"").arg(images.value(0))};
        } else if (health.status == QStringLiteral("Progressing")) {
            reason = QStringLiteral("ContainerCreating");
            ready = QStringLiteral("0/%1").arg(images.size());
            podHealth = {QStringLiteral("Progressing"), {}};
        }
        podNode.insert(QStringLiteral("info"), info({{"Status Reason", reason},
                                                     {"Node", QStringLiteral("node-%1").arg(i % 3 + 1)},
                                                     {"Containers", ready}}));
        podNode.insert(QStringLiteral("images"), QJsonArray::fromStringList(images));
        podNode.insert(QStringLiteral("resourceVersion"), QString::number(object.generation));
        podNode.insert(QStringLiteral("createdAt"), createdAt);
        podNode.insert(QStringLiteral("health"), healthJson(podHealth));
        nodes.insert(pod.id(), podNode);
    }
}

} // namespace

QJsonObject buildResourceTree(const QString &appName, const SimCluster *cluster,
                              const QMap<QString, QJsonObject> &desired, const QDateTime &now,
                              qint64 progressingMs)
{
    QMap<QString, QJsonObject> nodes; // keyed by group/kind/namespace/name: the order Argo CD sends
    if (cluster) {
        for (auto it = cluster->objects.cbegin(); it != cluster->objects.cend(); ++it) {
            if (it->ownerApp != appName)
                continue;
            const ResourceKey key = keyOf(it->manifest);
            const QJsonObject metadata = it->manifest.value(QStringLiteral("metadata")).toObject();
            QJsonObject node = ref(key, metadata.value(QStringLiteral("uid")).toString());
            node.insert(QStringLiteral("resourceVersion"), metadata.value(QStringLiteral("resourceVersion")));
            node.insert(QStringLiteral("createdAt"), metadata.value(QStringLiteral("creationTimestamp")));
            if (auto health = healthOf(*it, now, progressingMs))
                node.insert(QStringLiteral("health"), healthJson(*health));
            nodes.insert(it.key(), node);
            if (key.kind == QStringLiteral("Deployment"))
                addWorkloadChildren(nodes, *it, now, progressingMs);
        }
    }
    for (auto it = desired.cbegin(); it != desired.cend(); ++it) {
        if (nodes.contains(it.key()))
            continue;
        QJsonObject node = keyOf(*it).toJson();
        node.insert(QStringLiteral("health"),
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("Missing")}});
        nodes.insert(it.key(), node);
    }
    QJsonArray array;
    for (const QJsonObject &node : std::as_const(nodes))
        array.append(node);
    return array.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("nodes"), array}};
}

} // namespace sextant::fleetsim

#include "fleetsim/kube.h"

#include <QHash>
#include <QJsonArray>

namespace sextant::fleetsim {

QJsonObject ResourceKey::toJson() const
{
    QJsonObject o;
    if (!group.isEmpty())
        o.insert(QStringLiteral("group"), group);
    if (!version.isEmpty())
        o.insert(QStringLiteral("version"), version);
    if (!kind.isEmpty())
        o.insert(QStringLiteral("kind"), kind);
    if (!ns.isEmpty())
        o.insert(QStringLiteral("namespace"), ns);
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    return o;
}

ResourceKey keyOf(const QJsonObject &manifest)
{
    ResourceKey key;
    const QString apiVersion = manifest.value(QStringLiteral("apiVersion")).toString();
    const qsizetype slash = apiVersion.indexOf(u'/');
    key.group = slash < 0 ? QString() : apiVersion.left(slash);
    key.version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
    key.kind = manifest.value(QStringLiteral("kind")).toString();
    const QJsonObject metadata = manifest.value(QStringLiteral("metadata")).toObject();
    key.ns = metadata.value(QStringLiteral("namespace")).toString();
    key.name = metadata.value(QStringLiteral("name")).toString();
    return key;
}

bool isClusterScoped(const QString &kind)
{
    static const QStringList kinds{QStringLiteral("Namespace"),
                                   QStringLiteral("ClusterRole"),
                                   QStringLiteral("ClusterRoleBinding"),
                                   QStringLiteral("CustomResourceDefinition"),
                                   QStringLiteral("PersistentVolume"),
                                   QStringLiteral("StorageClass"),
                                   QStringLiteral("PriorityClass"),
                                   QStringLiteral("IngressClass"),
                                   QStringLiteral("MutatingWebhookConfiguration"),
                                   QStringLiteral("ValidatingWebhookConfiguration")};
    return kinds.contains(kind);
}

QString trackingAnnotation()
{
    return QStringLiteral("argocd.argoproj.io/tracking-id");
}

QString trackingId(const QString &app, const ResourceKey &key)
{
    return QStringLiteral("%1:%2/%3:%4/%5").arg(app, key.group, key.kind, key.ns, key.name);
}

QJsonObject normalizeLive(const QJsonObject &live)
{
    QJsonObject out = live;
    out.remove(QStringLiteral("status"));
    QJsonObject metadata = out.value(QStringLiteral("metadata")).toObject();
    for (const char *field :
         {"uid", "resourceVersion", "creationTimestamp", "generation", "managedFields", "selfLink"})
        metadata.remove(QLatin1StringView(field));
    QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
    annotations.remove(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"));
    annotations.remove(QStringLiteral("deployment.kubernetes.io/revision"));
    if (annotations.isEmpty())
        metadata.remove(QStringLiteral("annotations"));
    else
        metadata.insert(QStringLiteral("annotations"), annotations);
    out.insert(QStringLiteral("metadata"), metadata);
    return out;
}

namespace {

QJsonValue removeAt(const QJsonValue &value, const QStringList &tokens, int index)
{
    if (index >= tokens.size())
        return value;
    const QString token = tokens[index];
    const bool last = index == tokens.size() - 1;
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (!object.contains(token))
            return value;
        if (last)
            object.remove(token);
        else
            object.insert(token, removeAt(object.value(token), tokens, index + 1));
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        bool ok = false;
        const int i = token.toInt(&ok);
        if (!ok || i < 0 || i >= array.size())
            return value;
        if (last)
            array.removeAt(i);
        else
            array.replace(i, removeAt(array.at(i), tokens, index + 1));
        return array;
    }
    return value;
}

} // namespace

QJsonObject removePointers(QJsonObject object, const QStringList &pointers)
{
    for (const QString &pointer : pointers) {
        QStringList tokens = pointer.split(u'/');
        if (tokens.isEmpty() || !tokens.first().isEmpty())
            continue;
        tokens.removeFirst();
        for (QString &t : tokens)
            t.replace(QStringLiteral("~1"), QStringLiteral("/"))
                .replace(QStringLiteral("~0"), QStringLiteral("~"));
        object = removeAt(object, tokens, 0).toObject();
    }
    return object;
}

QStringList imagesOf(const QJsonObject &manifest)
{
    QJsonObject podSpec = manifest.value(QStringLiteral("spec")).toObject();
    const QString kind = manifest.value(QStringLiteral("kind")).toString();
    if (kind != QStringLiteral("Pod"))
        podSpec =
            podSpec.value(QStringLiteral("template")).toObject().value(QStringLiteral("spec")).toObject();
    QStringList images;
    for (const char *list : {"initContainers", "containers"})
        for (const QJsonValue &c : podSpec.value(QLatin1StringView(list)).toArray())
            if (const QString image = c.toObject().value(QStringLiteral("image")).toString();
                !image.isEmpty())
                images << image;
    return images;
}

namespace {

// Folds stringData into base64 data, as the API server does on write.
QJsonObject secretData(const QJsonObject &secret)
{
    QJsonObject data = secret.value(QStringLiteral("data")).toObject();
    const QJsonObject stringData = secret.value(QStringLiteral("stringData")).toObject();
    for (auto it = stringData.begin(); it != stringData.end(); ++it)
        data.insert(it.key(), QString::fromLatin1(it.value().toString().toUtf8().toBase64()));
    return data;
}

} // namespace

void maskSecrets(const QList<QJsonObject *> &states)
{
    const auto isSecret = [](const QJsonObject &o) {
        return o.value(QStringLiteral("kind")).toString() == QStringLiteral("Secret") &&
               o.value(QStringLiteral("apiVersion")).toString() == QStringLiteral("v1");
    };
    QList<QJsonObject> data;
    QStringList keys;
    for (const QJsonObject *state : states) {
        data.append(isSecret(*state) ? secretData(*state) : QJsonObject());
        keys += data.constLast().keys();
    }
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        // Each distinct value of this key gets its own mask length: 8, 12, 16...
        QHash<QString, int> lengths;
        for (QJsonObject &d : data) {
            if (!d.contains(key))
                continue;
            const QString value = d.value(key).toString();
            if (!lengths.contains(value))
                lengths.insert(value, 8 + 4 * int(lengths.size()));
            d.insert(key, QString(lengths.value(value), u'+'));
        }
    }
    for (qsizetype i = 0; i < states.size(); ++i) {
        QJsonObject &object = *states[i];
        if (!isSecret(object))
            continue;
        object.remove(QStringLiteral("stringData"));
        if (!data[i].isEmpty())
            object.insert(QStringLiteral("data"), data[i]);
        QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
        const QString lastApplied = QStringLiteral("kubectl.kubernetes.io/last-applied-configuration");
        if (annotations.contains(lastApplied)) {
            annotations.insert(lastApplied, QStringLiteral("++++++++"));
            metadata.insert(QStringLiteral("annotations"), annotations);
            object.insert(QStringLiteral("metadata"), metadata);
        }
    }
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace sextant::fleetsim

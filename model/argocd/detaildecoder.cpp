#include "model/argocd/detaildecoder.h"

#include "model/support/rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

#include <algorithm>
#include <limits>

// These bodies are small (one application's tree or events), so QJsonDocument reads
// them; the fleet-sized lists go through argocddecoder.cpp's simdjson reader.

namespace sextant::argocd {

namespace {

using namespace Qt::StringLiterals;

// Thrown with the message (path included) at the first value of the wrong type;
// caught at the entry points.
struct DecodeFailure {
    QString message;
};

[[noreturn]] void fail(const QString &path, const QString &what)
{
    throw DecodeFailure{path + QStringLiteral(": ") + what};
}

QString field(const QString &path, QLatin1StringView key)
{
    return path + u'.' + key;
}

QString element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// Absent and null read as empty; anything else but the expected type is an error.
QString text(const QJsonObject &object, QLatin1StringView key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        fail(field(path, key), QStringLiteral("expected a string"));
    return value.toString();
}

QJsonObject object(const QJsonObject &parent, QLatin1StringView key, const QString &path)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        fail(field(path, key), QStringLiteral("expected an object"));
    return value.toObject();
}

QJsonArray array(const QJsonObject &parent, QLatin1StringView key, const QString &path)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        fail(field(path, key), QStringLiteral("expected an array"));
    return value.toArray();
}

QJsonObject objectAt(const QJsonArray &items, qsizetype index, const QString &path)
{
    const QJsonValue value = items.at(index);
    if (!value.isObject())
        fail(element(path, index), QStringLiteral("expected an object"));
    return value.toObject();
}

bool boolean(const QJsonObject &object, QLatin1StringView key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool())
        fail(field(path, key), QStringLiteral("expected a boolean"));
    return value.toBool();
}

qint64 integer(const QJsonObject &object, QLatin1StringView key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    if (!value.isDouble())
        fail(field(path, key), QStringLiteral("expected a number"));
    return value.toInteger(qint64(value.toDouble()));
}

QDateTime timestamp(const QJsonObject &object, QLatin1StringView key, const QString &path)
{
    const QString value = text(object, key, path);
    if (value.isEmpty())
        return {};
    const QByteArray utf8 = value.toUtf8();
    const std::optional<qint64> ms =
        support::parseRfc3339(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!ms)
        fail(field(path, key),
             QStringLiteral("expected an RFC 3339 timestamp, got \"%1\"").arg(value.left(64)));
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::UTC);
}

// The document's root object; the message says what is wrong with the JSON.
QJsonObject parseRoot(QByteArrayView json)
{
    json = json.trimmed();
    if (json.startsWith("data:"))
        json = json.sliced(5).trimmed();
    if (json.isEmpty())
        fail(QStringLiteral("$"), QStringLiteral("empty body"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        fail(QStringLiteral("$"),
             QStringLiteral("malformed JSON at offset %1 (%2)").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        fail(QStringLiteral("$"), QStringLiteral("expected an object"));
    return document.object();
}

ResourceRef decodeRef(const QJsonObject &json, const QString &path)
{
    ResourceRef ref;
    ref.group = text(json, "group"_L1, path);
    ref.version = text(json, "version"_L1, path);
    ref.kind = text(json, "kind"_L1, path);
    ref.ns = text(json, "namespace"_L1, path);
    ref.name = text(json, "name"_L1, path);
    ref.uid = text(json, "uid"_L1, path);
    return ref;
}

ResourceNode decodeNode(const QJsonObject &json, const QString &path)
{
    ResourceNode node;
    node.group = text(json, "group"_L1, path);
    node.version = text(json, "version"_L1, path);
    node.kind = text(json, "kind"_L1, path);
    node.ns = text(json, "namespace"_L1, path);
    node.name = text(json, "name"_L1, path);
    node.uid = text(json, "uid"_L1, path);

    const QString parentsPath = field(path, "parentRefs"_L1);
    const QJsonArray parents = array(json, "parentRefs"_L1, path);
    for (qsizetype i = 0; i < parents.size(); ++i)
        node.parents.append(decodeRef(objectAt(parents, i, parentsPath), element(parentsPath, i)));

    const QString infoPath = field(path, "info"_L1);
    const QJsonArray info = array(json, "info"_L1, path);
    for (qsizetype i = 0; i < info.size(); ++i) {
        const QString itemPath = element(infoPath, i);
        const QJsonObject item = objectAt(info, i, infoPath);
        node.info.append({text(item, "name"_L1, itemPath), text(item, "value"_L1, itemPath)});
    }

    const QString imagesPath = field(path, "images"_L1);
    const QJsonArray images = array(json, "images"_L1, path);
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (!images.at(i).isString())
            fail(element(imagesPath, i), QStringLiteral("expected a string"));
        node.images.append(images.at(i).toString());
    }

    const QString healthPath = field(path, "health"_L1);
    const QJsonObject health = object(json, "health"_L1, path);
    node.health = parseHealthStatus(text(health, "status"_L1, healthPath));
    node.healthMessage = text(health, "message"_L1, healthPath);
    node.createdAt = timestamp(json, "createdAt"_L1, path);
    // Managed resources still to be created have no uid, resourceVersion or createdAt.
    node.exists =
        !node.uid.isEmpty() || node.createdAt.isValid() || !text(json, "resourceVersion"_L1, path).isEmpty();
    return node;
}

ResourceTree decodeTree(const QJsonObject &json, const QString &path)
{
    ResourceTree tree;
    const QString nodesPath = field(path, "nodes"_L1);
    const QJsonArray nodes = array(json, "nodes"_L1, path);
    tree.nodes.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i)
        tree.nodes.append(decodeNode(objectAt(nodes, i, nodesPath), element(nodesPath, i)));
    return tree;
}

EventRecord decodeEvent(const QJsonObject &json, const QString &path)
{
    EventRecord event;
    event.type = text(json, "type"_L1, path);
    event.reason = text(json, "reason"_L1, path);
    event.message = text(json, "message"_L1, path);
    event.firstTimestamp = timestamp(json, "firstTimestamp"_L1, path);
    event.lastTimestamp = timestamp(json, "lastTimestamp"_L1, path);
    if (!event.lastTimestamp.isValid())
        event.lastTimestamp = timestamp(json, "eventTime"_L1, path);
    if (!event.lastTimestamp.isValid()) {
        const QString metadataPath = field(path, "metadata"_L1);
        event.lastTimestamp =
            timestamp(object(json, "metadata"_L1, path), "creationTimestamp"_L1, metadataPath);
    }
    if (!event.firstTimestamp.isValid())
        event.firstTimestamp = event.lastTimestamp;
    event.count =
        int(std::clamp<qint64>(integer(json, "count"_L1, path), 0, std::numeric_limits<int>::max()));
    const QString involvedPath = field(path, "involvedObject"_L1);
    const QJsonObject involved = object(json, "involvedObject"_L1, path);
    event.involvedKind = text(involved, "kind"_L1, involvedPath);
    event.involvedName = text(involved, "name"_L1, involvedPath);
    event.source = text(object(json, "source"_L1, path), "component"_L1, field(path, "source"_L1));
    if (event.source.isEmpty())
        event.source = text(json, "reportingComponent"_L1, path);
    return event;
}

// One of managed-resources' states: a string holding JSON; "null", "" or absent
// mean the side does not exist.
QJsonValue embeddedState(const QJsonObject &json, QLatin1StringView key, const QString &path)
{
    const QString embedded = text(json, key, path);
    if (embedded.isEmpty() || embedded == "null"_L1)
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(embedded.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        fail(field(path, key), QStringLiteral("malformed embedded JSON at offset %1 (%2)")
                                   .arg(error.offset)
                                   .arg(error.errorString()));
    if (!document.isObject())
        fail(field(path, key), QStringLiteral("expected a JSON object in the string"));
    return document.object();
}

ManagedResource decodeManagedResource(const QJsonObject &json, const QString &path)
{
    ManagedResource resource;
    resource.group = text(json, "group"_L1, path);
    resource.kind = text(json, "kind"_L1, path);
    resource.ns = text(json, "namespace"_L1, path);
    resource.name = text(json, "name"_L1, path);
    resource.liveState = embeddedState(json, "liveState"_L1, path);
    resource.targetState = embeddedState(json, "targetState"_L1, path);
    resource.normalizedLiveState = embeddedState(json, "normalizedLiveState"_L1, path);
    resource.predictedLiveState = embeddedState(json, "predictedLiveState"_L1, path);
    resource.hook = boolean(json, "hook"_L1, path);
    resource.requiresPruning = boolean(json, "requiresPruning"_L1, path);
    return resource;
}

template<typename T, typename Decode> Result<T> decodeDocument(QByteArrayView json, Decode decode)
{
    try {
        return decode(parseRoot(json));
    } catch (const DecodeFailure &failure) {
        return Error{failure.message};
    }
}

} // namespace

Result<ResourceTree> decodeResourceTree(QByteArrayView json)
{
    return decodeDocument<ResourceTree>(json, [](const QJsonObject &root) -> Result<ResourceTree> {
        const QString path = QStringLiteral("$");
        if (root.contains("error"_L1) && root.value("error"_L1).isObject()) {
            const QJsonObject error = root.value("error"_L1).toObject();
            const QString errorPath = field(path, "error"_L1);
            QString message = text(error, "message"_L1, errorPath);
            if (message.isEmpty())
                message = text(error, "http_status"_L1, errorPath);
            if (message.isEmpty())
                message = QStringLiteral("the stream reported an error");
            return Error{message, int(integer(error, "http_code"_L1, errorPath))};
        }
        if (root.contains("result"_L1))
            return decodeTree(object(root, "result"_L1, path), field(path, "result"_L1));
        return decodeTree(root, path);
    });
}

Result<QList<EventRecord>> decodeEvents(QByteArrayView json)
{
    return decodeDocument<QList<EventRecord>>(
        json, [](const QJsonObject &root) -> Result<QList<EventRecord>> {
            const QString path = QStringLiteral("$");
            const QString itemsPath = field(path, "items"_L1);
            const QJsonArray items = array(root, "items"_L1, path);
            QList<EventRecord> events;
            events.reserve(items.size());
            for (qsizetype i = 0; i < items.size(); ++i)
                events.append(decodeEvent(objectAt(items, i, itemsPath), element(itemsPath, i)));
            return events;
        });
}

Result<QList<ManagedResource>> decodeManagedResources(QByteArrayView json)
{
    return decodeDocument<QList<ManagedResource>>(
        json, [](const QJsonObject &root) -> Result<QList<ManagedResource>> {
            const QString path = QStringLiteral("$");
            const QString itemsPath = field(path, "items"_L1);
            const QJsonArray items = array(root, "items"_L1, path);
            QList<ManagedResource> resources;
            resources.reserve(items.size());
            for (qsizetype i = 0; i < items.size(); ++i)
                resources.append(decodeManagedResource(objectAt(items, i, itemsPath), element(itemsPath, i)));
            return resources;
        });
}

Result<QJsonObject> decodeApplicationObject(QByteArrayView json)
{
    return decodeDocument<QJsonObject>(json,
                                       [](const QJsonObject &root) -> Result<QJsonObject> { return root; });
}

} // namespace sextant::argocd

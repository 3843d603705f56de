#include "model/argocd/actionwire.h"

#include "model/argocd/argocddecoder.h"
#include "model/support/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sextant::argocd {

using support::compactJson;
using support::parseJsonValue;

namespace {

Result<QJsonObject> parseObject(QByteArrayView json, const char *what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (!document.isObject())
        return Error{QStringLiteral("The Argo CD server sent a malformed %1: %2")
                         .arg(QLatin1StringView(what), error.error == QJsonParseError::NoError
                                                           ? QStringLiteral("not a JSON object")
                                                           : error.errorString())};
    return document.object();
}

QString pointerEscape(QString token)
{
    return token.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

QString annotationPointer()
{
    return QStringLiteral("/metadata/annotations/") + pointerEscape(pausedPolicyAnnotation());
}

QJsonObject op(const char *name, const QString &path, const std::optional<QJsonValue> &value = std::nullopt)
{
    QJsonObject o{{QStringLiteral("op"), QLatin1StringView(name)}, {QStringLiteral("path"), path}};
    if (value)
        o.insert(QStringLiteral("value"), *value);
    return o;
}

QByteArray patchBody(const AppPolicyState &app, const QJsonArray &operations)
{
    QJsonObject body{{QStringLiteral("name"), app.name},
                     {QStringLiteral("patchType"), QStringLiteral("json")},
                     {QStringLiteral("patch"), QString::fromUtf8(compactJson(operations))}};
    if (!app.appNamespace.isEmpty())
        body.insert(QStringLiteral("appNamespace"), app.appNamespace);
    return compactJson(body);
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString windowText(const QJsonObject &w)
{
    return QStringLiteral("%1 window %2 (%3)")
        .arg(w.value(QStringLiteral("kind")).toString(), w.value(QStringLiteral("schedule")).toString(),
             w.value(QStringLiteral("duration")).toString());
}

} // namespace

ServerVersion parseServerVersion(const QString &text)
{
    ServerVersion version;
    version.text = text;
    static const QRegularExpression pattern(QStringLiteral("^v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (match.hasMatch()) {
        version.major = match.captured(1).toInt();
        version.minor = match.captured(2).toInt();
        version.patch = match.captured(3).toInt();
    }
    return version;
}

Result<QString> decodeUserName(QByteArrayView json)
{
    auto object = parseObject(json, "user info");
    if (!object)
        return object.error();
    return object->value(QStringLiteral("username")).toString();
}

namespace {

Result<AppPolicyState> policyStateOf(const QJsonObject *object)
{
    const QJsonObject metadata = object->value(QStringLiteral("metadata")).toObject();
    const QJsonObject spec = object->value(QStringLiteral("spec")).toObject();
    AppPolicyState state;
    state.name = metadata.value(QStringLiteral("name")).toString();
    if (state.name.isEmpty())
        return Error{QStringLiteral("The Argo CD server sent an application without a name.")};
    state.appNamespace = metadata.value(QStringLiteral("namespace")).toString();
    state.project = spec.value(QStringLiteral("project")).toString();
    const QJsonValue policy = spec.value(QStringLiteral("syncPolicy"));
    state.syncPolicyJson = compactJson(policy.isObject() ? policy : QJsonValue(QJsonValue::Null));
    const QJsonValue annotations = metadata.value(QStringLiteral("annotations"));
    state.hasAnnotations = annotations.isObject();
    const QJsonValue note = annotations.toObject().value(pausedPolicyAnnotation());
    if (note.isString())
        state.pauseNote = note.toString();
    const QJsonValue automated = policy.toObject().value(QStringLiteral("automated"));
    state.automatedPresent = automated.isObject();
    const QJsonValue enabled = automated.toObject().value(QStringLiteral("enabled"));
    state.automatedOn = state.automatedPresent && (!enabled.isBool() || enabled.toBool());
    state.operationRunning = object->value(QStringLiteral("operation")).isObject();
    state.targetRevision =
        spec.value(QStringLiteral("source")).toObject().value(QStringLiteral("targetRevision")).toString();
    return state;
}

} // namespace

Result<AppPolicyState> decodeAppPolicyState(QByteArrayView appJson)
{
    auto object = parseObject(appJson, "application");
    if (!object)
        return object.error();
    return policyStateOf(&*object);
}

Result<QList<AppPolicyState>> decodeAppPolicyStates(QByteArrayView listJson)
{
    auto list = parseObject(listJson, "application list");
    if (!list)
        return list.error();
    QList<AppPolicyState> states;
    const QJsonArray items = list->value(QStringLiteral("items")).toArray();
    states.reserve(items.size());
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        auto state = policyStateOf(&object);
        if (!state)
            return state.error();
        states << *state;
    }
    return states;
}

QString policyListQuery()
{
    return QStringLiteral("?fields=metadata.resourceVersion,items.metadata.name,items.metadata.namespace,"
                          "items.metadata.annotations,items.spec.project,items.spec.source,"
                          "items.spec.syncPolicy,items.operation.sync");
}

bool samePolicy(const QByteArray &a, const QByteArray &b)
{
    return parseJsonValue(a) == parseJsonValue(b);
}

QByteArray pausedPolicy(const QByteArray &priorPolicyJson, bool useEnabledFalse)
{
    const QJsonValue prior = parseJsonValue(priorPolicyJson);
    if (!prior.isObject())
        return "null";
    QJsonObject policy = prior.toObject();
    if (!policy.value(QStringLiteral("automated")).isObject())
        return compactJson(policy);
    if (useEnabledFalse) {
        QJsonObject automated = policy.value(QStringLiteral("automated")).toObject();
        automated.insert(QStringLiteral("enabled"), false);
        policy.insert(QStringLiteral("automated"), automated);
    } else {
        policy.remove(QStringLiteral("automated"));
    }
    return compactJson(policy);
}

QByteArray pausePatchBody(const AppPolicyState &current, const QByteArray &pausedPolicyJson,
                          const QString &noteText)
{
    QJsonArray operations;
    if (current.hasAnnotations)
        operations.append(op("add", annotationPointer(), noteText));
    else
        operations.append(op("add", QStringLiteral("/metadata/annotations"),
                             QJsonObject{{pausedPolicyAnnotation(), noteText}}));
    const QJsonValue paused = parseJsonValue(pausedPolicyJson);
    if (paused.isObject())
        operations.append(op("add", QStringLiteral("/spec/syncPolicy"), paused));
    else if (current.syncPolicyJson != "null")
        operations.append(op("remove", QStringLiteral("/spec/syncPolicy")));
    return patchBody(current, operations);
}

QByteArray resumePatchBody(const AppPolicyState &current, const QByteArray &priorPolicyJson,
                           const std::optional<QString> &expectedNote)
{
    QJsonArray operations;
    if (expectedNote)
        operations.append(op("test", annotationPointer(), *expectedNote));
    if (current.pauseNote)
        operations.append(op("remove", annotationPointer()));
    const QJsonValue prior = parseJsonValue(priorPolicyJson);
    if (prior.isObject())
        operations.append(op("add", QStringLiteral("/spec/syncPolicy"), prior));
    else if (current.syncPolicyJson != "null")
        operations.append(op("remove", QStringLiteral("/spec/syncPolicy")));
    return patchBody(current, operations);
}

QByteArray syncRequestBody(const QString &appName, const QString &appNamespace, const SyncOptions &options,
                           bool dryRun)
{
    QJsonObject body{{QStringLiteral("name"), appName},
                     {QStringLiteral("dryRun"), dryRun},
                     {QStringLiteral("prune"), options.prune}};
    if (!appNamespace.isEmpty())
        body.insert(QStringLiteral("appNamespace"), appNamespace);
    if (!options.revision.isEmpty())
        body.insert(QStringLiteral("revision"), options.revision);
    const QJsonObject force{{QStringLiteral("force"), options.force}};
    body.insert(QStringLiteral("strategy"),
                QJsonObject{{options.applyOnly ? QStringLiteral("apply") : QStringLiteral("hook"), force}});
    if (!options.resources.isEmpty()) {
        QJsonArray resources;
        for (const ResourceRef &r : options.resources) {
            QJsonObject resource{{QStringLiteral("kind"), r.kind}, {QStringLiteral("name"), r.name}};
            resource.insert(QStringLiteral("group"), r.group);
            if (!r.ns.isEmpty())
                resource.insert(QStringLiteral("namespace"), r.ns);
            resources.append(resource);
        }
        body.insert(QStringLiteral("resources"), resources);
    }
    return compactJson(body);
}

QByteArray rollbackRequestBody(const QString &appName, const QString &appNamespace, qint64 historyId)
{
    QJsonObject body{{QStringLiteral("name"), appName}, {QStringLiteral("id"), historyId}};
    if (!appNamespace.isEmpty())
        body.insert(QStringLiteral("appNamespace"), appNamespace);
    return compactJson(body);
}

QByteArray annotationPatchBody(const QString &appName, const QString &appNamespace, const QString &key,
                               const std::optional<QString> &value)
{
    const QJsonObject patch{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("annotations"),
                      QJsonObject{{key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null)}}}}}};
    QJsonObject body{{QStringLiteral("name"), appName},
                     {QStringLiteral("patchType"), QStringLiteral("merge")},
                     {QStringLiteral("patch"), QString::fromUtf8(compactJson(patch))}};
    if (!appNamespace.isEmpty())
        body.insert(QStringLiteral("appNamespace"), appNamespace);
    return compactJson(body);
}

Result<OperationResult> decodeOperationResult(QByteArrayView appJson)
{
    auto object = parseObject(appJson, "application");
    if (!object)
        return object.error();
    OperationResult result;
    result.operationPending = object->value(QStringLiteral("operation")).isObject();
    const QJsonObject state =
        object->value(QStringLiteral("status")).toObject().value(QStringLiteral("operationState")).toObject();
    result.phase = state.value(QStringLiteral("phase")).toString();
    result.message = state.value(QStringLiteral("message")).toString();
    result.startedAt = timeOf(state.value(QStringLiteral("startedAt")));
    result.finishedAt = timeOf(state.value(QStringLiteral("finishedAt")));
    result.dryRun = state.value(QStringLiteral("operation"))
                        .toObject()
                        .value(QStringLiteral("sync"))
                        .toObject()
                        .value(QStringLiteral("dryRun"))
                        .toBool();
    const QJsonObject syncResult = state.value(QStringLiteral("syncResult")).toObject();
    result.revision = syncResult.value(QStringLiteral("revision")).toString();
    for (const QJsonValue &v : syncResult.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject r = v.toObject();
        ResourceChange change;
        change.resource.group = r.value(QStringLiteral("group")).toString();
        change.resource.kind = r.value(QStringLiteral("kind")).toString();
        change.resource.ns = r.value(QStringLiteral("namespace")).toString();
        change.resource.name = r.value(QStringLiteral("name")).toString();
        change.message = r.value(QStringLiteral("message")).toString();
        const QString status = r.value(QStringLiteral("status")).toString();
        using C = ResourceChange::Change;
        if (status == QStringLiteral("Pruned"))
            change.change = C::Prune;
        else if (status == QStringLiteral("PruneSkipped"))
            change.change = C::PruneSkipped;
        else if (status == QStringLiteral("SyncFailed"))
            change.change = C::Failed;
        else if (change.message.contains(QStringLiteral("created")))
            change.change = C::Create;
        else if (change.message.contains(QStringLiteral("unchanged")))
            change.change = C::Unchanged;
        else
            change.change = C::Update;
        result.resources << change;
    }
    return result;
}

Result<SyncWindowState> decodeAppSyncWindows(QByteArrayView json)
{
    auto object = parseObject(json, "sync window answer");
    if (!object)
        return object.error();
    SyncWindowState state;
    state.known = true;
    state.canSync = object->value(QStringLiteral("canSync")).toBool(true);
    const QJsonArray active = object->value(QStringLiteral("activeWindows")).toArray();
    const QJsonArray assigned = object->value(QStringLiteral("assignedWindows")).toArray();
    QStringList activeTexts;
    for (const QJsonValue &w : active)
        activeTexts << windowText(w.toObject());
    if (assigned.isEmpty())
        state.description = QStringLiteral("no sync window applies");
    else if (!state.canSync)
        state.description = activeTexts.isEmpty()
                                ? QStringLiteral("blocked: outside every allow window")
                                : QStringLiteral("blocked by %1").arg(activeTexts.join(QStringLiteral(", ")));
    else if (!activeTexts.isEmpty())
        state.description = QStringLiteral("allowed; active: %1").arg(activeTexts.join(QStringLiteral(", ")));
    else
        state.description = QStringLiteral("allowed; no window active now");
    return state;
}

QByteArray freezeWindowJson(const QString &description)
{
    return compactJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("deny")},
                                   {QStringLiteral("schedule"), QStringLiteral("* * * * *")},
                                   {QStringLiteral("duration"), QStringLiteral("8760h")},
                                   {QStringLiteral("applications"), QJsonArray{QStringLiteral("*")}},
                                   {QStringLiteral("description"), description}});
}

Result<QByteArray> projectWithWindow(QByteArrayView projectJson, const QByteArray &windowJson)
{
    auto project = parseObject(projectJson, "project");
    if (!project)
        return project.error();
    QJsonObject spec = project->value(QStringLiteral("spec")).toObject();
    QJsonArray windows = spec.value(QStringLiteral("syncWindows")).toArray();
    windows.append(parseJsonValue(windowJson));
    spec.insert(QStringLiteral("syncWindows"), windows);
    project->insert(QStringLiteral("spec"), spec);
    return compactJson(QJsonObject{{QStringLiteral("project"), *project}});
}

Result<std::optional<QByteArray>> projectWithoutWindow(QByteArrayView projectJson, const QString &description)
{
    auto project = parseObject(projectJson, "project");
    if (!project)
        return project.error();
    QJsonObject spec = project->value(QStringLiteral("spec")).toObject();
    QJsonArray windows = spec.value(QStringLiteral("syncWindows")).toArray();
    bool removed = false;
    for (qsizetype i = windows.size() - 1; i >= 0; --i)
        if (windows.at(i).toObject().value(QStringLiteral("description")).toString() == description) {
            windows.removeAt(i);
            removed = true;
        }
    if (!removed)
        return std::optional<QByteArray>();
    if (windows.isEmpty())
        spec.remove(QStringLiteral("syncWindows"));
    else
        spec.insert(QStringLiteral("syncWindows"), windows);
    project->insert(QStringLiteral("spec"), spec);
    return std::optional<QByteArray>(compactJson(QJsonObject{{QStringLiteral("project"), *project}}));
}

} // namespace sextant::argocd

// Applications: list, get, update (PUT and PATCH, last writer wins), delete,
// events and sync windows.
#include "fleetsim/apierror.h"
#include "fleetsim/apiserver.h"
#include "fleetsim/controller.h"
#include "fleetsim/fleetstate.h"
#include "fleetsim/jsonpatch.h"
#include "fleetsim/syncwindowjson.h"
#include "model/argocd/fieldprojection.h"
#include "model/domain/labelselector.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sextant::fleetsim {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QMap<QString, QString> labelsOf(const SimApp &app)
{
    QMap<QString, QString> labels;
    const QJsonObject json =
        app.object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject();
    for (auto it = json.begin(); it != json.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

bool usesRepo(const SimApp &app, const QString &repo)
{
    const QJsonObject spec = app.spec();
    if (spec.value(QStringLiteral("source")).toObject().value(QStringLiteral("repoURL")).toString() == repo)
        return true;
    for (const QJsonValue &s : spec.value(QStringLiteral("sources")).toArray())
        if (s.toObject().value(QStringLiteral("repoURL")).toString() == repo)
            return true;
    return false;
}

QJsonObject windowSummary(const SyncWindow &window)
{
    QJsonObject w{{QStringLiteral("kind"), window.kind},
                  {QStringLiteral("schedule"), window.schedule},
                  {QStringLiteral("duration"), window.duration}};
    if (window.manualSync)
        w.insert(QStringLiteral("manualSync"), true);
    return w;
}

} // namespace

std::optional<HttpResponse> ApiServer::listApplications(Call &call)
{
    const HttpRequest &request = call.request;
    QStringList projects =
        request.queryValues(QStringLiteral("projects")) + request.queryValues(QStringLiteral("project"));
    projects.removeAll(QString());
    const QString name = request.queryValue(QStringLiteral("name"));
    const QString appNamespace = request.queryValue(QStringLiteral("appNamespace"));
    const QString repo = request.queryValue(QStringLiteral("repo"));
    auto selector = LabelSelector::parse(request.queryValue(QStringLiteral("selector")));
    if (!selector)
        return errorResponse(grpc::Unknown, selector.errorMessage());
    const FieldsQuery fields = parseFieldsQuery(request.queryValue(QStringLiteral("fields")));

    QList<const SimApp *> matching;
    for (const auto &[key, app] : m_state.apps) {
        if (!name.isEmpty() && app.name() != name)
            continue;
        if (!appNamespace.isEmpty() && app.appNamespace() != appNamespace)
            continue;
        if (!projects.isEmpty() && !projects.contains(app.spec().value(QStringLiteral("project")).toString()))
            continue;
        if (!repo.isEmpty() && !usesRepo(app, repo))
            continue;
        if (!selector->isEmpty() && !selector->matches(labelsOf(app)))
            continue;
        matching << &app;
    }
    const QByteArray version = QByteArray::number(m_state.version());
    if (fields.isEmpty()) {
        // Pre-serialized items, joined: the 10,000-app list stays cheap.
        QByteArray body;
        qsizetype size = 64;
        for (const SimApp *app : std::as_const(matching))
            size += app->listItemJson().size() + 1;
        body.reserve(size);
        body += R"({"metadata":{"resourceVersion":")" + version + R"("},"items":[)";
        for (qsizetype i = 0; i < matching.size(); ++i) {
            if (i)
                body += ',';
            body += matching[i]->listItemJson();
        }
        body += "]}";
        return jsonResponse(body);
    }
    QJsonArray items;
    for (const SimApp *app : std::as_const(matching))
        items.append(QJsonDocument::fromJson(app->listItemJson()).object());
    const QJsonObject list{{QStringLiteral("metadata"),
                            QJsonObject{{QStringLiteral("resourceVersion"), QString::fromLatin1(version)}}},
                           {QStringLiteral("items"), items}};
    return jsonResponse(compact(projectApplicationList(list, fields)));
}

std::optional<HttpResponse> ApiServer::getApplication(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findApp(call, call.params.value(QStringLiteral("name")), error);
    if (!app)
        return error;
    if (call.request.hasQuery(QStringLiteral("refresh"))) {
        // A refresh blocks until the controller has compared again.
        app->dirty = true;
        m_controller.reconcileNow(*app);
    }
    return jsonResponse(app->json());
}

std::optional<HttpResponse> ApiServer::updateApplication(Call &call, SimApp &app, const QJsonObject &updated)
{
    const QString project =
        updated.value(QStringLiteral("spec")).toObject().value(QStringLiteral("project")).toString();
    if (auto denied =
            denyUnlessAdmin(call, QStringLiteral("applications"), QStringLiteral("update"),
                            app.spec().value(QStringLiteral("project")).toString() + u'/' + app.name()))
        return denied;
    if (!updated.value(QStringLiteral("spec")).isObject())
        return errorResponse(grpc::InvalidArgument, QStringLiteral("application spec is missing"));
    if (!project.isEmpty() && m_state.projects.find(project) == m_state.projects.end())
        return errorResponse(
            grpc::InvalidArgument,
            QStringLiteral("application references project %1 which does not exist").arg(project));
    // Only spec, labels, annotations and finalizers are taken from the caller.
    const QJsonObject newMeta = updated.value(QStringLiteral("metadata")).toObject();
    QJsonObject metadata = app.object.value(QStringLiteral("metadata")).toObject();
    for (const char *field : {"labels", "annotations", "finalizers"}) {
        const QLatin1StringView key(field);
        if (newMeta.contains(key) && !newMeta.value(key).isNull())
            metadata.insert(key, newMeta.value(key));
        else
            metadata.remove(key);
    }
    const bool specChanged =
        updated.value(QStringLiteral("spec")) != app.object.value(QStringLiteral("spec"));
    // Kubernetes skips a no-op update: same resourceVersion, no watch event.
    if (!specChanged && metadata == app.object.value(QStringLiteral("metadata")).toObject())
        return jsonResponse(app.json());
    if (specChanged)
        metadata.insert(QStringLiteral("generation"),
                        metadata.value(QStringLiteral("generation")).toInteger() + 1);
    app.object.insert(QStringLiteral("metadata"), metadata);
    app.object.insert(QStringLiteral("spec"), updated.value(QStringLiteral("spec")));
    if (specChanged)
        app.dirty = true;
    m_state.commit(app);
    return jsonResponse(app.json());
}

std::optional<HttpResponse> ApiServer::putApplication(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findApp(call, call.params.value(QStringLiteral("application.metadata.name")), error);
    if (!app)
        return error;
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(call.request.body, &parseError);
    if (!body.isObject())
        return errorResponse(grpc::InvalidArgument,
                             QStringLiteral("invalid request body: %1").arg(parseError.errorString()));
    return updateApplication(call, *app, body.object());
}

std::optional<HttpResponse> ApiServer::patchApplication(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findApp(call, call.params.value(QStringLiteral("name")), error);
    if (!app)
        return error;
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    const QString patchType = body.value(QStringLiteral("patchType")).toString(QStringLiteral("json"));
    const QByteArray patchText = body.value(QStringLiteral("patch")).toString().toUtf8();
    const QJsonDocument patch = QJsonDocument::fromJson(patchText);
    QJsonObject patched;
    if (patchType == QStringLiteral("merge")) {
        if (!patch.isObject())
            return errorResponse(grpc::Unknown,
                                 QStringLiteral("error unmarshaling patch: invalid JSON document"));
        patched = mergePatch(app->toJson(), patch.object());
    } else if (patchType == QStringLiteral("json") || patchType.isEmpty()) {
        if (!patch.isArray())
            return errorResponse(grpc::Unknown,
                                 QStringLiteral("error decoding json patch: invalid JSON patch document"));
        auto result = jsonPatch(app->toJson(), patch.array());
        if (!result)
            return errorResponse(grpc::Unknown,
                                 QStringLiteral("error applying json patch: %1").arg(result.errorMessage()));
        patched = *result;
    } else {
        return errorResponse(grpc::InvalidArgument,
                             QStringLiteral("Patch type '%1' is not supported").arg(patchType));
    }
    return updateApplication(call, *app, patched);
}

std::optional<HttpResponse> ApiServer::deleteApplication(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findApp(call, call.params.value(QStringLiteral("name")), error);
    if (!app)
        return error;
    if (auto denied =
            denyUnlessAdmin(call, QStringLiteral("applications"), QStringLiteral("delete"),
                            app->spec().value(QStringLiteral("project")).toString() + u'/' + app->name()))
        return denied;
    const QString cascade = call.request.queryValue(QStringLiteral("cascade"));
    if (cascade == QStringLiteral("false") && call.request.hasQuery(QStringLiteral("propagationPolicy")))
        return errorResponse(grpc::InvalidArgument,
                             QStringLiteral("cannot set propagation policy when cascading is disabled"));
    if (cascade != QStringLiteral("false")) {
        if (SimCluster *cluster =
                m_state.clusterFor(app->spec().value(QStringLiteral("destination")).toObject()))
            cluster->objects.removeIf(
                [name = app->key](const auto &it) { return it.value().ownerApp == name; });
    }
    m_state.removeApp(app->key);
    return jsonResponse("{}");
}

std::optional<HttpResponse> ApiServer::applicationEvents(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findApp(call, call.params.value(QStringLiteral("name")), error);
    if (!app)
        return error;
    QJsonArray items;
    for (const QJsonObject &event : std::as_const(app->events))
        items.append(event);
    return jsonResponse(
        compact({{QStringLiteral("metadata"), QJsonObject()}, {QStringLiteral("items"), items}}));
}

std::optional<HttpResponse> ApiServer::applicationSyncWindows(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findApp(call, call.params.value(QStringLiteral("name")), error);
    if (!app)
        return error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<SyncWindow> assigned = m_controller.assignedWindows(*app);
    QJsonArray assignedJson, activeJson;
    for (const SyncWindow &window : assigned)
        assignedJson.append(windowSummary(window));
    for (const SyncWindow &window : activeWindows(assigned, now))
        activeJson.append(windowSummary(window));
    QJsonObject body{{QStringLiteral("canSync"), m_controller.syncDecision(*app, true, now).canSync}};
    if (!activeJson.isEmpty())
        body.insert(QStringLiteral("activeWindows"), activeJson);
    if (!assignedJson.isEmpty())
        body.insert(QStringLiteral("assignedWindows"), assignedJson);
    return jsonResponse(compact(body));
}

} // namespace sextant::fleetsim

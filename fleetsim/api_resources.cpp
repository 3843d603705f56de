// Managed resources (live vs desired, as JSON strings) and the resource tree.
#include "fleetsim/apierror.h"
#include "fleetsim/apiserver.h"
#include "fleetsim/controller.h"
#include "fleetsim/fleetstate.h"
#include "fleetsim/health.h"
#include "model/argocd/fieldprojection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sextant::fleetsim {

namespace {

QString stateString(const QJsonObject &state)
{
    // The API sends each state as a string holding JSON; "null" for a missing side.
    return state.isEmpty() ? QStringLiteral("null")
                           : QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

bool filtered(const HttpRequest &request, const ResourceKey &key)
{
    const auto mismatch = [&](const char *param, const QString &value) {
        const QString want = request.queryValue(QLatin1StringView(param));
        return !want.isEmpty() && want != value;
    };
    return mismatch("namespace", key.ns) || mismatch("name", key.name) || mismatch("version", key.version) ||
           mismatch("group", key.group) || mismatch("kind", key.kind);
}

} // namespace

std::optional<HttpResponse> ApiServer::managedResources(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findApp(call, call.params.value(QStringLiteral("applicationName")), error);
    if (!app)
        return error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SimCluster *cluster = m_state.clusterFor(app->spec().value(QStringLiteral("destination")).toObject());
    auto desired = m_controller.desiredState(*app);
    if (!desired)
        return errorResponse(grpc::Unknown, desired.errorMessage());

    QMap<QString, const LiveObject *> live;
    if (cluster && cluster->reachable)
        for (auto it = cluster->objects.cbegin(); it != cluster->objects.cend(); ++it)
            if (it->ownerApp == app->key)
                live.insert(it.key(), &*it);
    QStringList ids = desired->objects.keys() + live.keys();
    ids.removeDuplicates();
    std::sort(ids.begin(), ids.end());

    QJsonArray items;
    for (const QString &id : std::as_const(ids)) {
        QJsonObject target = desired->objects.value(id);
        const LiveObject *object = live.value(id);
        const ResourceKey key = keyOf(target.isEmpty() ? object->manifest : target);
        if (filtered(call.request, key))
            continue;
        QJsonObject liveState, normalized;
        if (object) {
            liveState = object->manifest;
            if (const QJsonObject status =
                    simulatedStatus(*object, now, m_controller.settings().progressingMs);
                !status.isEmpty())
                liveState.insert(QStringLiteral("status"), status);
            normalized = normalizeLive(object->manifest);
        }
        QJsonObject predicted = target;
        maskSecrets({&target, &liveState, &predicted, &normalized});
        QJsonObject item = key.toJson();
        item.remove(QStringLiteral("version")); // ResourceDiff has no version field
        item.insert(QStringLiteral("targetState"), stateString(target));
        item.insert(QStringLiteral("liveState"), stateString(liveState));
        item.insert(QStringLiteral("normalizedLiveState"), stateString(normalized));
        item.insert(QStringLiteral("predictedLiveState"), stateString(predicted));
        if (object)
            item.insert(QStringLiteral("resourceVersion"), object->manifest.value(QStringLiteral("metadata"))
                                                               .toObject()
                                                               .value(QStringLiteral("resourceVersion")));
        // A resource to prune is reported unmodified, as Argo CD does.
        item.insert(QStringLiteral("modified"), !target.isEmpty() && normalized != predicted);
        items.append(item);
    }
    QJsonObject body;
    if (!items.isEmpty())
        body.insert(QStringLiteral("items"), items);
    const FieldsQuery fields = parseFieldsQuery(call.request.queryValue(QStringLiteral("fields")));
    if (!fields.isEmpty())
        body = projectFields(body, fields.paths, fields.exclude);
    return jsonResponse(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

std::optional<HttpResponse> ApiServer::resourceTree(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findApp(call, call.params.value(QStringLiteral("applicationName")), error);
    if (!app)
        return error;
    return jsonResponse(QJsonDocument(m_controller.resourceTree(*app)).toJson(QJsonDocument::Compact));
}

} // namespace sextant::fleetsim

// Sync, rollback and terminate, with Argo CD's preconditions and messages.
#include "fleetsim/apierror.h"
#include "fleetsim/apiserver.h"
#include "fleetsim/controller.h"
#include "fleetsim/fleetstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sextant::fleetsim {

namespace {

QString qualified(const SimApp &app)
{
    return app.spec().value(QStringLiteral("project")).toString() + u'/' + app.name();
}

QJsonObject initiator(const Session &session)
{
    return QJsonObject{{QStringLiteral("username"), session.username}};
}

} // namespace

SimApp *ApiServer::findAppToSync(const Call &call, std::optional<HttpResponse> &error)
{
    SimApp *app = findApp(call, call.params.value(QStringLiteral("name")), error);
    if (app)
        error =
            denyUnlessAdmin(call, QStringLiteral("applications"), QStringLiteral("sync"), qualified(*app));
    return error ? nullptr : app;
}

std::optional<HttpResponse> ApiServer::sync(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findAppToSync(call, error);
    if (!app)
        return error;
    QJsonParseError parseError;
    const QJsonDocument document = call.request.body.isEmpty()
                                       ? QJsonDocument(QJsonObject())
                                       : QJsonDocument::fromJson(call.request.body, &parseError);
    if (!document.isObject())
        return errorResponse(grpc::InvalidArgument,
                             QStringLiteral("invalid request body: %1").arg(parseError.errorString()));
    const QJsonObject request = document.object();
    const bool dryRun = request.value(QStringLiteral("dryRun")).toBool();
    const QJsonObject source = app->spec().value(QStringLiteral("source")).toObject();
    const QString target = source.value(QStringLiteral("targetRevision")).toString();
    const QString revision = request.value(QStringLiteral("revision")).toString();

    if (app->autoSyncEnabled() && !dryRun && !revision.isEmpty() && revision != target)
        return errorResponse(grpc::FailedPrecondition,
                             QStringLiteral("Cannot sync to %1: auto-sync currently set to %2")
                                 .arg(revision, target.isEmpty() ? QStringLiteral("HEAD") : target));
    if (!m_controller.syncDecision(*app, true, QDateTime::currentDateTimeUtc()).canSync)
        return errorResponse(grpc::PermissionDenied, QStringLiteral("cannot sync: blocked by sync window"));
    if (app->hasOperation())
        return errorResponse(grpc::FailedPrecondition,
                             QStringLiteral("another operation is already in progress"));

    QJsonObject syncOperation{{QStringLiteral("revision"), revision.isEmpty() ? target : revision}};
    if (request.value(QStringLiteral("prune")).toBool())
        syncOperation.insert(QStringLiteral("prune"), true);
    if (dryRun)
        syncOperation.insert(QStringLiteral("dryRun"), true);
    if (request.value(QStringLiteral("strategy")).isObject())
        syncOperation.insert(QStringLiteral("syncStrategy"), request.value(QStringLiteral("strategy")));
    if (!request.value(QStringLiteral("resources")).toArray().isEmpty())
        syncOperation.insert(QStringLiteral("resources"), request.value(QStringLiteral("resources")));
    const QJsonArray options =
        request.value(QStringLiteral("syncOptions")).toObject().value(QStringLiteral("items")).toArray();
    const QJsonValue specOptions =
        app->spec().value(QStringLiteral("syncPolicy")).toObject().value(QStringLiteral("syncOptions"));
    if (!options.isEmpty())
        syncOperation.insert(QStringLiteral("syncOptions"), options);
    else if (specOptions.isArray())
        syncOperation.insert(QStringLiteral("syncOptions"), specOptions);
    QJsonObject operation{{QStringLiteral("sync"), syncOperation},
                          {QStringLiteral("initiatedBy"), initiator(call.session)}};
    if (request.value(QStringLiteral("retryStrategy")).isObject())
        operation.insert(QStringLiteral("retry"), request.value(QStringLiteral("retryStrategy")));
    m_controller.startOperation(*app, operation);
    return jsonResponse(app->json());
}

std::optional<HttpResponse> ApiServer::rollback(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findAppToSync(call, error);
    if (!app)
        return error;
    const QJsonObject request = QJsonDocument::fromJson(call.request.body).object();
    const QJsonValue idValue = request.value(QStringLiteral("id"));
    if (!idValue.isDouble() && !idValue.isUndefined())
        return errorResponse(
            grpc::InvalidArgument,
            QStringLiteral("json: cannot unmarshal %1 into Go struct field "
                           "ApplicationRollbackRequest.id of type int64")
                .arg(idValue.isString() ? QStringLiteral("string") : QStringLiteral("value")));
    if (app->autoSyncEnabled())
        return errorResponse(grpc::FailedPrecondition,
                             QStringLiteral("rollback cannot be initiated when auto-sync is enabled"));
    if (app->hasOperation())
        return errorResponse(grpc::FailedPrecondition,
                             QStringLiteral("another operation is already in progress"));
    const qint64 id = idValue.toInteger();
    QJsonObject entry;
    for (const QJsonValue &h : app->status().value(QStringLiteral("history")).toArray())
        if (h.toObject().value(QStringLiteral("id")).toInteger() == id)
            entry = h.toObject();
    if (entry.isEmpty())
        return errorResponse(grpc::InvalidArgument,
                             QStringLiteral("application %1/%2 does not have deployment with id %3")
                                 .arg(app->object.value(QStringLiteral("metadata"))
                                          .toObject()
                                          .value(QStringLiteral("namespace"))
                                          .toString(),
                                      app->name())
                                 .arg(id));
    QJsonObject syncOperation{
        {QStringLiteral("revision"), entry.value(QStringLiteral("revision"))},
        {QStringLiteral("source"), entry.value(QStringLiteral("source"))},
        {QStringLiteral("syncStrategy"), QJsonObject{{QStringLiteral("apply"), QJsonObject()}}}};
    if (request.value(QStringLiteral("prune")).toBool())
        syncOperation.insert(QStringLiteral("prune"), true);
    if (request.value(QStringLiteral("dryRun")).toBool())
        syncOperation.insert(QStringLiteral("dryRun"), true);
    m_controller.startOperation(*app, {{QStringLiteral("sync"), syncOperation},
                                       {QStringLiteral("initiatedBy"), initiator(call.session)}});
    return jsonResponse(app->json());
}

std::optional<HttpResponse> ApiServer::terminateOperation(Call &call)
{
    std::optional<HttpResponse> error;
    SimApp *app = findAppToSync(call, error);
    if (!app)
        return error;
    const QString phase = app->status()
                              .value(QStringLiteral("operationState"))
                              .toObject()
                              .value(QStringLiteral("phase"))
                              .toString();
    if (!app->hasOperation() || phase != QStringLiteral("Running"))
        return errorResponse(grpc::FailedPrecondition,
                             QStringLiteral("Unable to terminate operation. No operation is in progress"));
    m_controller.terminateOperation(*app);
    return jsonResponse("{}");
}

} // namespace sextant::fleetsim

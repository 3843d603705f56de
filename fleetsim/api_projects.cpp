// AppProjects: the one resource whose PUT checks resourceVersion (409 when stale).
#include "fleetsim/apierror.h"
#include "fleetsim/apiserver.h"
#include "fleetsim/controller.h"
#include "fleetsim/fleetstate.h"
#include "fleetsim/syncwindowjson.h"
#include "model/support/cron.h"
#include "model/support/goduration.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sextant::fleetsim {

namespace {

QJsonObject projectJson(const SimProject &project)
{
    QJsonObject out = project.object;
    QJsonObject metadata = out.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(project.resourceVersion));
    out.insert(QStringLiteral("metadata"), metadata);
    return out;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

std::optional<HttpResponse> ApiServer::listProjects(Call &call)
{
    const QString name = call.request.queryValue(QStringLiteral("name"));
    QJsonArray items;
    for (const auto &[projectName, project] : m_state.projects)
        if (name.isEmpty() || name == projectName)
            items.append(projectJson(project));
    return jsonResponse(
        compact({{QStringLiteral("metadata"), QJsonObject()}, {QStringLiteral("items"), items}}));
}

std::optional<HttpResponse> ApiServer::getProject(Call &call)
{
    const QString name = call.params.value(QStringLiteral("name"));
    auto it = m_state.projects.find(name);
    if (it == m_state.projects.end())
        return errorResponse(grpc::NotFound,
                             QStringLiteral("appprojects.argoproj.io \"%1\" not found").arg(name));
    return jsonResponse(compact(projectJson(it->second)));
}

std::optional<HttpResponse> ApiServer::putProject(Call &call)
{
    const QString name = call.params.value(QStringLiteral("project.metadata.name"));
    if (auto denied = denyUnlessAdmin(call, QStringLiteral("projects"), QStringLiteral("update"), name))
        return denied;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body, &parseError);
    if (!document.isObject())
        return errorResponse(grpc::InvalidArgument,
                             QStringLiteral("invalid request body: %1").arg(parseError.errorString()));
    QJsonObject project = document.object().value(QStringLiteral("project")).toObject();
    auto it = m_state.projects.find(name);
    if (it == m_state.projects.end())
        return errorResponse(grpc::NotFound,
                             QStringLiteral("appprojects.argoproj.io \"%1\" not found").arg(name));
    QJsonObject metadata = project.value(QStringLiteral("metadata")).toObject();
    const QString sentVersion = metadata.value(QStringLiteral("resourceVersion")).toString();
    if (sentVersion != QString::number(it->second.resourceVersion))
        return errorResponse(
            grpc::Aborted,
            QStringLiteral("Operation cannot be fulfilled on appprojects.argoproj.io \"%1\": the "
                           "object has been modified; please apply your changes to the latest "
                           "version and try again")
                .arg(name));
    for (const QJsonValue &w :
         project.value(QStringLiteral("spec")).toObject().value(QStringLiteral("syncWindows")).toArray()) {
        const SyncWindow window = syncWindowFromJson(w.toObject());
        if (!CronSchedule::parse(window.schedule) || !parseGoDuration(window.duration))
            return errorResponse(grpc::InvalidArgument,
                                 QStringLiteral("cannot parse schedule '%1' or duration '%2'")
                                     .arg(window.schedule, window.duration));
    }
    // Server-owned metadata stays; the rest is the caller's.
    const QJsonObject oldMetadata = it->second.object.value(QStringLiteral("metadata")).toObject();
    for (const char *field : {"uid", "creationTimestamp", "namespace"})
        metadata.insert(QLatin1StringView(field), oldMetadata.value(QLatin1StringView(field)));
    metadata.remove(QStringLiteral("resourceVersion"));
    metadata.insert(QStringLiteral("generation"),
                    oldMetadata.value(QStringLiteral("generation")).toInt() + 1);
    metadata.insert(QStringLiteral("name"), name);
    project.insert(QStringLiteral("metadata"), metadata);
    it->second.object = project;
    it->second.resourceVersion = m_state.nextVersion();
    // Window changes affect every app of the project at the next tick.
    for (auto &[appName, app] : m_state.apps)
        if (app.spec().value(QStringLiteral("project")).toString() == name)
            app.dirty = true;
    return jsonResponse(compact(projectJson(it->second)));
}

std::optional<HttpResponse> ApiServer::projectSyncWindows(Call &call)
{
    const QString name = call.params.value(QStringLiteral("name"));
    auto it = m_state.projects.find(name);
    if (it == m_state.projects.end())
        return errorResponse(grpc::NotFound,
                             QStringLiteral("appprojects.argoproj.io \"%1\" not found").arg(name));
    QJsonArray windows;
    for (const SyncWindow &window :
         activeWindows(projectWindows(it->second.object), QDateTime::currentDateTimeUtc()))
        windows.append(syncWindowToJson(window));
    return jsonResponse(windows.isEmpty() ? QByteArray("{}")
                                          : compact({{QStringLiteral("windows"), windows}}));
}

} // namespace sextant::fleetsim

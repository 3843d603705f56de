// Session, version, settings, clusters and repositories.
#include "fleetsim/apierror.h"
#include "fleetsim/apiserver.h"
#include "fleetsim/fleetstate.h"
#include "fleetsim/gitstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace sextant::fleetsim {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject clusterJson(const SimCluster &cluster, int applications, const QDateTime &now)
{
    QJsonObject connection{{QStringLiteral("status"),
                            cluster.reachable ? QStringLiteral("Successful") : QStringLiteral("Failed")},
                           {QStringLiteral("attemptedAt"), isoTime(now)}};
    if (!cluster.reachable)
        connection.insert(QStringLiteral("message"), QStringLiteral("dial tcp: connect: connection refused"));
    QJsonObject labels;
    for (auto it = cluster.labels.cbegin(); it != cluster.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject info{
        {QStringLiteral("connectionState"), connection},
        {QStringLiteral("serverVersion"), QStringLiteral("1.31")},
        {QStringLiteral("cacheInfo"), QJsonObject{{QStringLiteral("resourcesCount"), cluster.objects.size()},
                                                  {QStringLiteral("apisCount"), 42},
                                                  {QStringLiteral("lastCacheSyncTime"), isoTime(now)}}},
        {QStringLiteral("applicationsCount"), applications}};
    QJsonObject out{
        {QStringLiteral("server"), cluster.server},
        {QStringLiteral("name"), cluster.name},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("tlsClientConfig"), QJsonObject{{QStringLiteral("insecure"), false}}}}},
        {QStringLiteral("info"), info},
        {QStringLiteral("connectionState"), connection},
        {QStringLiteral("serverVersion"), QStringLiteral("1.31")}};
    if (!labels.isEmpty())
        out.insert(QStringLiteral("labels"), labels);
    return out;
}

} // namespace

std::optional<HttpResponse> ApiServer::version(Call &call)
{
    QJsonObject body{{QStringLiteral("Version"), m_settings.version}};
    if (!call.session.username.isEmpty()) {
        body.insert(QStringLiteral("BuildDate"), QStringLiteral("2026-11-01T00:00:00Z"));
        body.insert(QStringLiteral("GitCommit"), QStringLiteral("0000000000000000000000000000000000000000"));
        body.insert(QStringLiteral("GitTag"), m_settings.version.section(u'+', 0, 0));
        body.insert(QStringLiteral("GitTreeState"), QStringLiteral("clean"));
        body.insert(QStringLiteral("GoVersion"), QStringLiteral("go1.24.6"));
        body.insert(QStringLiteral("Compiler"), QStringLiteral("gc"));
        body.insert(QStringLiteral("Platform"), QStringLiteral("linux/amd64"));
        body.insert(QStringLiteral("KustomizeVersion"), QStringLiteral("v5.7.0"));
        body.insert(QStringLiteral("HelmVersion"), QStringLiteral("v3.18.4"));
        body.insert(QStringLiteral("KubectlVersion"), QStringLiteral("v0.33.1"));
        body.insert(QStringLiteral("JsonnetVersion"), QStringLiteral("v0.21.0"));
    }
    return jsonResponse(compact(body));
}

std::optional<HttpResponse> ApiServer::login(Call &call)
{
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    if (body.contains(QStringLiteral("token")))
        return errorResponse(
            grpc::Unauthenticated,
            QStringLiteral("token-based session creation no longer supported. please upgrade "
                           "argocd cli to v0.7+"));
    auto token = m_auth.login(body.value(QStringLiteral("username")).toString(),
                              body.value(QStringLiteral("password")).toString());
    if (!token)
        return errorResponse(grpc::Unauthenticated, token.errorMessage());
    HttpResponse response = jsonResponse(compact({{QStringLiteral("token"), *token}}));
    response.headers.append(
        HttpHeader{"Set-Cookie", "argocd.token=" + token->toLatin1() + "; path=/; SameSite=lax; httpOnly"});
    return response;
}

std::optional<HttpResponse> ApiServer::logout(Call &)
{
    HttpResponse response = jsonResponse("{}");
    response.headers.append(HttpHeader{"Set-Cookie", "argocd.token=; path=/; SameSite=lax; httpOnly"});
    return response;
}

std::optional<HttpResponse> ApiServer::userInfo(Call &call)
{
    return jsonResponse(compact({{QStringLiteral("loggedIn"), true},
                                 {QStringLiteral("username"), call.session.username},
                                 {QStringLiteral("iss"), QStringLiteral("argocd")}}));
}

std::optional<HttpResponse> ApiServer::settings(Call &call)
{
    QJsonObject body{
        {QStringLiteral("url"), QStringLiteral("%1://127.0.0.1:%2")
                                    .arg(isTls() ? QStringLiteral("https") : QStringLiteral("http"))
                                    .arg(port())},
        {QStringLiteral("appLabelKey"), QStringLiteral("app.kubernetes.io/instance")},
        {QStringLiteral("trackingMethod"), QStringLiteral("annotation")},
        {QStringLiteral("installationID"), QStringLiteral("fleetsim")},
        {QStringLiteral("kustomizeVersions"), QJsonArray{}}};
    // No resourceViewEnabled: it is newer than v3.5.1 (not in its swagger).
    if (!call.session.username.isEmpty())
        body.insert(QStringLiteral("controllerNamespace"), QStringLiteral("argocd"));
    body.remove(QStringLiteral("kustomizeVersions")); // proto3 drops empty lists
    return jsonResponse(compact(body));
}

std::optional<HttpResponse> ApiServer::canI(Call &call)
{
    const bool yes = call.session.role == QStringLiteral("admin") ||
                     call.params.value(QStringLiteral("action")) == QStringLiteral("get");
    return jsonResponse(
        compact({{QStringLiteral("value"), yes ? QStringLiteral("yes") : QStringLiteral("no")}}));
}

std::optional<HttpResponse> ApiServer::listClusters(Call &call)
{
    const QString server = call.request.queryValue(QStringLiteral("server"));
    const QString name = call.request.queryValue(QStringLiteral("name"));
    QHash<const SimCluster *, int> counts;
    for (const auto &[appName, app] : m_state.apps)
        if (const SimCluster *c =
                m_state.clusterFor(app.spec().value(QStringLiteral("destination")).toObject()))
            ++counts[c];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray items;
    for (const auto &[clusterName, cluster] : m_state.clusters) {
        if ((!server.isEmpty() && cluster.server != server) || (!name.isEmpty() && clusterName != name))
            continue;
        items.append(clusterJson(cluster, counts.value(&cluster), now));
    }
    return jsonResponse(
        compact({{QStringLiteral("metadata"), QJsonObject()}, {QStringLiteral("items"), items}}));
}

std::optional<HttpResponse> ApiServer::getCluster(Call &call)
{
    const QString id = call.params.value(QStringLiteral("id.value"));
    const bool byName = call.request.queryValue(QStringLiteral("id.type")) == QStringLiteral("name");
    for (const auto &[clusterName, cluster] : m_state.clusters) {
        if (byName ? clusterName != id : cluster.server != id)
            continue;
        int count = 0;
        for (const auto &[appName, app] : m_state.apps)
            count +=
                m_state.clusterFor(app.spec().value(QStringLiteral("destination")).toObject()) == &cluster;
        return jsonResponse(compact(clusterJson(cluster, count, QDateTime::currentDateTimeUtc())));
    }
    return errorResponse(grpc::PermissionDenied, QStringLiteral("permission denied"));
}

std::optional<HttpResponse> ApiServer::listRepositories(Call &call)
{
    const QString repo = call.request.queryValue(QStringLiteral("repo"));
    QJsonArray items;
    for (const QString &url : m_git.urls()) {
        if (!repo.isEmpty() && url != repo)
            continue;
        items.append(QJsonObject{
            {QStringLiteral("repo"), url},
            {QStringLiteral("type"), QStringLiteral("git")},
            {QStringLiteral("name"), url.section(u'/', -1).chopped(4)},
            {QStringLiteral("connectionState"),
             QJsonObject{{QStringLiteral("status"), QStringLiteral("Successful")},
                         {QStringLiteral("attemptedAt"), isoTime(QDateTime::currentDateTimeUtc())}}}});
    }
    return jsonResponse(
        compact({{QStringLiteral("metadata"), QJsonObject()}, {QStringLiteral("items"), items}}));
}

} // namespace sextant::fleetsim

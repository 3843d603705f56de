#include "fleetsim/apiserver.h"

#include "fleetsim/apierror.h"
#include "fleetsim/fleetstate.h"
#include "fleetsim/githttpbackend.h"
#include "fleetsim/watchhub.h"
#include "model/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

namespace sextant::fleetsim {

namespace {

// Go's http.Error, which enforceContentTypes and grpc-gateway's routing errors
// use: plain text ending in a newline, never sniffed.
HttpResponse plainTextError(int status, const QByteArray &text)
{
    return {status, "text/plain; charset=utf-8", text + '\n', {{"X-Content-Type-Options", "nosniff"}}};
}

// The app namespace a per-app request names. grpc-gateway maps the whole body of a POST or
// PATCH (sync, rollback, patch: body "*") and reads no query there; PUT's body is the
// Application itself; every other call takes ?appNamespace=.
QString requestedNamespace(const HttpRequest &request)
{
    if (request.method == "POST" || request.method == "PATCH")
        return QJsonDocument::fromJson(request.body)
            .object()
            .value(QStringLiteral("appNamespace"))
            .toString();
    if (request.method == "PUT")
        return QJsonDocument::fromJson(request.body)
            .object()
            .value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("namespace"))
            .toString();
    return request.queryValue(QStringLiteral("appNamespace"));
}

} // namespace

ApiServer::ApiServer(FleetState &state, Controller &controller, GitStore &git, Auth &auth,
                     ApiSettings settings, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_controller(controller)
    , m_git(git)
    , m_auth(auth)
    , m_settings(settings)
    , m_http([this](HttpConnection *connection, const HttpRequest &request) { handle(connection, request); },
             this)
    , m_watch(new WatchHub(state, controller, settings.sseKeepAliveMs, settings.malformedRate, this))
    , m_gitHttp(new GitHttpBackend(git, auth, settings.gitHttpBackend, this))
{
    registerRoutes();
    if (m_settings.dropStreamsEverySeconds > 0) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &ApiServer::dropStreams);
        timer->start(m_settings.dropStreamsEverySeconds * 1000);
    }
}

ApiServer::~ApiServer() = default;

Status ApiServer::listen(const QHostAddress &address, quint16 port,
                         const std::optional<QSslConfiguration> &tls)
{
    return m_http.listen(address, port, tls);
}

void ApiServer::dropStreams()
{
    for (HttpConnection *connection : m_http.connections())
        if (connection->isStreaming())
            connection->abort();
}

void ApiServer::route(const char *method, const char *pattern, Handler handler, bool needsAuth)
{
    m_routes.append(
        {method, QString::fromLatin1(pattern).split(u'/', Qt::SkipEmptyParts), handler, needsAuth});
}

void ApiServer::registerRoutes()
{
    route("GET", "/api/version", &ApiServer::version, false);
    route("POST", "/api/v1/session", &ApiServer::login, false);
    route("DELETE", "/api/v1/session", &ApiServer::logout);
    route("GET", "/api/v1/session/userinfo", &ApiServer::userInfo);
    route("GET", "/api/v1/settings", &ApiServer::settings, false);
    route("GET", "/api/v1/account/can-i/{resource}/{action}/{subresource}", &ApiServer::canI);
    route("GET", "/api/v1/clusters", &ApiServer::listClusters);
    route("GET", "/api/v1/clusters/{id.value}", &ApiServer::getCluster);
    route("GET", "/api/v1/repositories", &ApiServer::listRepositories);
    route("GET", "/api/v1/projects", &ApiServer::listProjects);
    route("GET", "/api/v1/projects/{name}", &ApiServer::getProject);
    route("PUT", "/api/v1/projects/{project.metadata.name}", &ApiServer::putProject);
    route("GET", "/api/v1/projects/{name}/syncwindows", &ApiServer::projectSyncWindows);
    route("GET", "/api/v1/applicationsets", &ApiServer::listApplicationSets);
    route("GET", "/api/v1/applicationsets/{name}", &ApiServer::getApplicationSet);
    route("GET", "/api/v1/applications", &ApiServer::listApplications);
    route("GET", "/api/v1/applications/{name}", &ApiServer::getApplication);
    route("PUT", "/api/v1/applications/{application.metadata.name}", &ApiServer::putApplication);
    route("PATCH", "/api/v1/applications/{name}", &ApiServer::patchApplication);
    route("DELETE", "/api/v1/applications/{name}", &ApiServer::deleteApplication);
    route("POST", "/api/v1/applications/{name}/sync", &ApiServer::sync);
    route("POST", "/api/v1/applications/{name}/rollback", &ApiServer::rollback);
    route("DELETE", "/api/v1/applications/{name}/operation", &ApiServer::terminateOperation);
    route("GET", "/api/v1/applications/{applicationName}/managed-resources", &ApiServer::managedResources);
    route("GET", "/api/v1/applications/{applicationName}/resource-tree", &ApiServer::resourceTree);
    route("GET", "/api/v1/applications/{name}/events", &ApiServer::applicationEvents);
    route("GET", "/api/v1/applications/{name}/syncwindows", &ApiServer::applicationSyncWindows);
    route("GET", "/api/v1/stream/applications", &ApiServer::watchApplications);
    route("GET", "/api/v1/stream/applications/{applicationName}/resource-tree",
          &ApiServer::watchResourceTree);
}

void ApiServer::handle(HttpConnection *connection, const HttpRequest &request)
{
    if (m_settings.latencyMs <= 0) {
        serve(connection, request);
        return;
    }
    QTimer::singleShot(m_settings.latencyMs, this, [this, guard = QPointer(connection), request] {
        if (guard)
            serve(guard, request);
    });
}

void ApiServer::serve(HttpConnection *connection, const HttpRequest &request)
{
    if (request.path.startsWith(GitHttpBackend::PathPrefix)) {
        m_gitHttp->serve(connection, request);
        return;
    }
    const bool api = request.path.startsWith(QStringLiteral("/api/"));
    const bool stream = request.path.startsWith(QStringLiteral("/api/v1/stream/"));
    // enforceContentTypes: the whole header must be exactly application/json.
    if (api && request.method != "GET" && request.header("content-type").toLower() != "application/json") {
        connection->respond(plainTextError(415, "Invalid content type"));
        return;
    }
    if (api && !stream && m_settings.errorRate > 0 &&
        QRandomGenerator::global()->generateDouble() < m_settings.errorRate) {
        const bool unavailable = QRandomGenerator::global()->bounded(2) == 0;
        connection->respond(
            unavailable ? errorResponse(grpc::Unavailable,
                                        QStringLiteral("fleetsim: injected fault: service unavailable"))
                        : errorResponse(grpc::Unknown, QStringLiteral("fleetsim: injected fault")));
        return;
    }

    const QList<QByteArray> rawSegments = request.rawPath.split('/');
    QStringList segments;
    for (const QByteArray &s : rawSegments)
        if (!s.isEmpty())
            segments << QUrl::fromPercentEncoding(s);
    bool pathMatched = false;
    for (const Route &r : std::as_const(m_routes)) {
        if (r.segments.size() != segments.size())
            continue;
        QMap<QString, QString> params;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            const QString &want = r.segments[i];
            if (want.startsWith(u'{'))
                params.insert(want.mid(1, want.size() - 2), segments[i]);
            else
                match = want == segments[i];
        }
        if (!match)
            continue;
        pathMatched = true;
        if (r.method != request.method)
            continue;

        Call call{connection, request, params, {}};
        // Version and settings take a token when there is one: logged-in callers see more.
        if (r.needsAuth || request.path == QStringLiteral("/api/version") ||
            request.path == QStringLiteral("/api/v1/settings")) {
            auto session = m_auth.authenticate(request.header("grpc-metadata-token"),
                                               request.header("authorization"), request.header("cookie"));
            if (!session && r.needsAuth) {
                if (stream)
                    m_watch->rejectStream(connection, request, grpc::Unauthenticated, session.errorMessage());
                else
                    connection->respond(errorResponse(grpc::Unauthenticated, session.errorMessage()));
                return;
            }
            if (session)
                call.session = *session;
        }
        std::optional<HttpResponse> response = (this->*r.handler)(call);
        // A proxy that lost the end of a big list: a complete HTTP answer with half the JSON.
        if (response && response->status == 200 && r.handler == &ApiServer::listApplications &&
            m_settings.truncatedListRate > 0 &&
            QRandomGenerator::global()->generateDouble() < m_settings.truncatedListRate)
            response->body.truncate(response->body.size() / 2);
        if (response) {
            if (!call.session.renewedToken.isEmpty())
                response->headers.append(
                    HttpHeader{"Grpc-Metadata-Renew-Token", call.session.renewedToken.toLatin1()});
            connection->respond(*response);
        }
        return;
    }
    if (pathMatched)
        connection->respond(plainTextError(405, "Method Not Allowed"));
    else
        connection->respond(plainTextError(404, "Not Found"));
}

std::optional<HttpResponse> ApiServer::denyUnlessAdmin(const Call &call, const QString &resource,
                                                       const QString &action, const QString &object) const
{
    if (call.session.role == QStringLiteral("admin"))
        return std::nullopt;
    return errorResponse(
        grpc::PermissionDenied,
        QStringLiteral("permission denied: %1, %2, %3, sub: %4, iat: %5")
            .arg(resource, action, object, call.session.subject,
                 QDateTime::fromSecsSinceEpoch(call.session.issuedAt, QTimeZone::UTC).toString(Qt::ISODate)));
}

SimApp *ApiServer::findApp(const Call &call, const QString &name, std::optional<HttpResponse> &error)
{
    const QString project = call.request.queryValue(QStringLiteral("project"));
    // In the namespace the request names (requestedNamespace()); without one, Argo CD looks
    // in its own namespace only, and an app not there is a 403 like any missing app.
    SimApp *app = m_state.app(requestedNamespace(call.request), name);
    if (app && (project.isEmpty() || app->spec().value(QStringLiteral("project")).toString() == project))
        return app;
    // Without a project, a missing app is indistinguishable from a forbidden one.
    error = project.isEmpty()
                ? errorResponse(grpc::PermissionDenied, QStringLiteral("permission denied"))
                : errorResponse(grpc::NotFound,
                                QStringLiteral("applications.argoproj.io \"%1\" not found").arg(name));
    return nullptr;
}

} // namespace sextant::fleetsim

#pragma once

#include "fleetsim/auth.h"
#include "fleetsim/http/httpserver.h"

#include <QObject>

#include <optional>

namespace sextant::fleetsim {

class Controller;
class FleetState;
class GitHttpBackend;
class GitStore;
class WatchHub;
struct SimApp;

struct ApiSettings {
    int latencyMs = 0;               // added before every answer
    double errorRate = 0;            // share of REST calls answered 500/503
    double malformedRate = 0;        // share of stream messages cut short
    double truncatedListRate = 0;    // share of application lists whose body is cut in half
    int dropStreamsEverySeconds = 0; // 0: never
    int sseKeepAliveMs = 15000;
    QString version = QStringLiteral("v3.5.1+fleetsim");
    QString gitHttpBackend; // the CGI program serving /git/; empty: git http-backend of `git --exec-path`
};

// The Argo CD REST surface: routing, content-type rule, authentication,
// fault injection, and the handlers (split over api*.cpp by resource);
// /git/… goes to the repositories' Git smart HTTP.
class ApiServer : public QObject {
    Q_OBJECT
public:
    ApiServer(FleetState &state, Controller &controller, GitStore &git, Auth &auth, ApiSettings settings,
              QObject *parent = nullptr);
    ~ApiServer() override;

    Status listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);
    quint16 port() const { return m_http.port(); }
    bool isTls() const { return m_http.isTls(); }
    void dropStreams();
    GitHttpBackend &gitHttp() { return *m_gitHttp; }

    struct Call {
        HttpConnection *connection;
        const HttpRequest &request;
        QMap<QString, QString> params;
        Session session;
    };
    using Handler = std::optional<HttpResponse> (ApiServer::*)(Call &);

private:
    void handle(HttpConnection *connection, const HttpRequest &request);
    void serve(HttpConnection *connection, const HttpRequest &request);
    void registerRoutes();
    void route(const char *method, const char *pattern, Handler handler, bool needsAuth = true);

    // Access rules shared by the handlers.
    std::optional<HttpResponse> denyUnlessAdmin(const Call &call, const QString &resource,
                                                const QString &action, const QString &object) const;
    // The app named in the path, or the 403/404 Argo CD answers: 403 without a project
    // (a missing app looks like a forbidden one), 404 with one.
    SimApp *findApp(const Call &call, const QString &name, std::optional<HttpResponse> &error);
    // The app named in the path, when the caller may sync it (sync, rollback, terminate).
    SimApp *findAppToSync(const Call &call, std::optional<HttpResponse> &error);

    // api_misc.cpp
    std::optional<HttpResponse> version(Call &call);
    std::optional<HttpResponse> login(Call &call);
    std::optional<HttpResponse> logout(Call &call);
    std::optional<HttpResponse> userInfo(Call &call);
    std::optional<HttpResponse> settings(Call &call);
    std::optional<HttpResponse> canI(Call &call);
    std::optional<HttpResponse> listClusters(Call &call);
    std::optional<HttpResponse> getCluster(Call &call);
    std::optional<HttpResponse> listRepositories(Call &call);
    // api_projects.cpp
    std::optional<HttpResponse> listApplicationSets(Call &call);
    std::optional<HttpResponse> getApplicationSet(Call &call);
    std::optional<HttpResponse> listProjects(Call &call);
    std::optional<HttpResponse> getProject(Call &call);
    std::optional<HttpResponse> putProject(Call &call);
    std::optional<HttpResponse> projectSyncWindows(Call &call);
    // api_applications.cpp
    std::optional<HttpResponse> listApplications(Call &call);
    std::optional<HttpResponse> getApplication(Call &call);
    std::optional<HttpResponse> putApplication(Call &call);
    std::optional<HttpResponse> patchApplication(Call &call);
    std::optional<HttpResponse> deleteApplication(Call &call);
    std::optional<HttpResponse> applicationEvents(Call &call);
    std::optional<HttpResponse> applicationSyncWindows(Call &call);
    // api_operations.cpp
    std::optional<HttpResponse> sync(Call &call);
    std::optional<HttpResponse> rollback(Call &call);
    std::optional<HttpResponse> terminateOperation(Call &call);
    // api_resources.cpp
    std::optional<HttpResponse> managedResources(Call &call);
    std::optional<HttpResponse> resourceTree(Call &call);
    // api_streams.cpp
    std::optional<HttpResponse> watchApplications(Call &call);
    std::optional<HttpResponse> watchResourceTree(Call &call);

    std::optional<HttpResponse> updateApplication(Call &call, SimApp &app, const QJsonObject &updated);

    struct Route {
        QByteArray method;
        QStringList segments;
        Handler handler;
        bool needsAuth;
    };

    FleetState &m_state;
    Controller &m_controller;
    GitStore &m_git;
    Auth &m_auth;
    ApiSettings m_settings;
    HttpServer m_http;
    QList<Route> m_routes;
    WatchHub *m_watch;
    GitHttpBackend *m_gitHttp;
};

} // namespace sextant::fleetsim

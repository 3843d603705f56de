#include "model/argocd/argocdclient.h"

#include "model/logging.h"

#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

namespace sextant::argocd {

namespace {

QString stateName(ArgoCdClient::State state)
{
    switch (state) {
    case ArgoCdClient::State::Idle: return QStringLiteral("idle");
    case ArgoCdClient::State::Connecting: return QStringLiteral("connecting");
    case ArgoCdClient::State::Live: return QStringLiteral("live");
    case ArgoCdClient::State::Reconnecting: return QStringLiteral("reconnecting");
    case ArgoCdClient::State::AuthFailed: return QStringLiteral("auth-failed");
    case ArgoCdClient::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

} // namespace

ArgoCdClient::ArgoCdClient(InstanceConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(m_config)
    , m_network(new QNetworkAccessManager(this))
{
    m_decodePool.setMaxThreadCount(1);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this,
            [this] { beginAttempt(m_wasLive ? State::Reconnecting : State::Connecting); });
}

ArgoCdClient::~ArgoCdClient()
{
    m_running = false;
    ++m_generation;
    m_retryTimer.stop();
    abortTraffic();
    const QSet<QNetworkReply *> others = std::exchange(m_otherReplies, {});
    for (QNetworkReply *reply : others) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    m_decodePool.clear();
    m_decodePool.waitForDone();
}

void ArgoCdClient::setRetryDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_retryInitial = std::max(initial, std::chrono::milliseconds(1));
    m_retryMaximum = std::max(maximum, m_retryInitial);
}

std::chrono::milliseconds ArgoCdClient::backoffDelay(int attempt, std::chrono::milliseconds initial,
                                                     std::chrono::milliseconds maximum)
{
    const double base = std::min(double(initial.count()) * std::pow(2.0, std::clamp(attempt, 0, 40)),
                                 double(maximum.count()));
    const double factor = 0.8 + QRandomGenerator::global()->bounded(0.4);
    return std::chrono::milliseconds(qint64(std::llround(base * factor)));
}

// --- lifecycle -------------------------------------------------------------

void ArgoCdClient::start()
{
    if (const std::optional<Error> &configError = m_http.configError()) {
        m_running = false;
        m_lastError = configError->message;
        setState(State::Failed, m_lastError);
        return;
    }
    m_running = true;
    m_attempt = 0;
    m_wasLive = false;
    beginAttempt(State::Connecting);
}

void ArgoCdClient::stop()
{
    m_running = false;
    ++m_generation;
    abortTraffic();
    m_retryTimer.stop();
    m_nextRetry = {};
    m_wasLive = false;
    if (m_state != State::Idle)
        setState(State::Idle, QStringLiteral("Disconnected from %1.").arg(serverName()));
}

void ArgoCdClient::setToken(const QString &token)
{
    m_config.token = token.trimmed();
    if (m_running && m_state == State::AuthFailed) {
        m_attempt = 0;
        beginAttempt(m_wasLive ? State::Reconnecting : State::Connecting);
    }
}

void ArgoCdClient::login(const QString &username, const QString &password)
{
    if (const std::optional<Error> &configError = m_http.configError()) {
        QTimer::singleShot(0, this, [this, message = configError->message] { emit loginFailed(message); });
        return;
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    send("POST", QStringLiteral("/api/v1/session"), body, false, false,
         [this](QNetworkReply *, const QByteArray &answer, const std::optional<Error> &error) {
             if (error) {
                 const QString message = error->code == 401
                                             ? QStringLiteral("The Argo CD server refused the login: %1.")
                                                   .arg(ArgoCdHttp::serverMessage(answer))
                                             : error->message;
                 qCWarning(lcArgoCd) << m_config.name << "login failed:" << message;
                 m_lastError = message;
                 emit loginFailed(message);
                 return;
             }
             // {"token": "<jwt>"}: a tiny body, read here.
             const QString token =
                 QJsonDocument::fromJson(answer).object().value(QStringLiteral("token")).toString().trimmed();
             if (token.isEmpty()) {
                 m_lastError = QStringLiteral("The Argo CD server's answer to the login has no token.");
                 emit loginFailed(m_lastError);
                 return;
             }
             m_config.token = token;
             qCInfo(lcArgoCd) << m_config.name << "logged in";
             emit loggedIn();
             if (m_running && (m_state == State::AuthFailed || m_state == State::Failed)) {
                 m_attempt = 0;
                 beginAttempt(m_wasLive ? State::Reconnecting : State::Connecting);
             }
         });
}

void ArgoCdClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                           std::function<void(Result<QByteArray>)> done)
{
    if (const std::optional<Error> &configError = m_http.configError()) {
        QTimer::singleShot(0, this, [done = std::move(done), error = *configError] { done(error); });
        return;
    }
    send(method, path, body, true, false,
         [done = std::move(done)](QNetworkReply *, const QByteArray &answer,
                                  const std::optional<Error> &error) {
             if (error)
                 done(*error);
             else
                 done(answer);
         });
}

// --- the load: version, then the four lists --------------------------------

void ArgoCdClient::beginAttempt(State state)
{
    ++m_generation;
    abortTraffic();
    m_retryTimer.stop();
    m_nextRetry = {};
    setState(state,
             QStringLiteral("%1 %2…").arg(state == State::Reconnecting ? QStringLiteral("Reconnecting to")
                                                                       : QStringLiteral("Connecting to"),
                                          serverName()));
    fetchVersion();
}

void ArgoCdClient::fetchVersion()
{
    const quint64 generation = m_generation;
    send("GET", QStringLiteral("/api/version"), {}, true, true,
         [this, generation](QNetworkReply *, const QByteArray &body, const std::optional<Error> &error) {
             if (generation != m_generation)
                 return;
             if (error) {
                 fail(*error);
                 return;
             }
             auto version = decodeVersion(body);
             if (!version) {
                 fail(Error{QStringLiteral("The server at %1 did not answer like an Argo CD server (GET "
                                           "/api/version: %2).")
                                .arg(serverName(), version.errorMessage())});
                 return;
             }
             m_serverVersion = *version;
             qCInfo(lcArgoCd) << m_config.name << "is Argo CD" << m_serverVersion;
             fetchLists();
         });
}

void ArgoCdClient::fetchLists()
{
    const quint64 generation = m_generation;
    m_lists = ListBodies{};
    m_lists.pending = 4;
    // The application list (57 MB for 10,000 apps) is decoded on the pool while it arrives; its
    // pieces and the final decodeSnapshot() run there in the order they were queued.
    auto applications = std::make_shared<ApplicationListStream>();
    m_lists.applications = applications;
    // Pieces hold the stream weakly: once this attempt is abandoned, its queued pieces are dropped.
    const Sink toDecoder = [this, weak = std::weak_ptr(applications)](QByteArray piece) {
        m_decodePool.start([weak, piece = std::move(piece)] {
            if (const auto stream = weak.lock())
                stream->feed(piece);
        });
    };
    const auto fetch = [this, generation](const QString &path, QByteArray ListBodies::*slot, Sink sink) {
        send(
            "GET", path, {}, true, true,
            [this, generation, slot](QNetworkReply *, const QByteArray &body,
                                     const std::optional<Error> &error) {
                if (generation != m_generation)
                    return;
                if (error) {
                    fail(*error);
                    return;
                }
                if (slot)
                    m_lists.*slot = body;
                if (--m_lists.pending > 0)
                    return;
                const ListBodies bodies = std::exchange(m_lists, ListBodies{});
                QtConcurrent::run(&m_decodePool, [instance = m_config.name, bodies] {
                    return decodeSnapshot(instance, *bodies.applications, bodies.clusters, bodies.projects,
                                          bodies.repositories);
                }).then(this, [this, generation](Result<FleetSnapshot> snapshot) {
                    if (generation != m_generation)
                        return;
                    if (!snapshot) {
                        qCWarning(lcArgoCd) << m_config.name << snapshot.errorMessage();
                        fail(snapshot.error());
                        return;
                    }
                    m_listResourceVersion = snapshot->resourceVersion;
                    qCInfo(lcArgoCd) << m_config.name << "listed" << snapshot->applications.size()
                                     << "applications," << snapshot->clusters.size() << "clusters,"
                                     << snapshot->projects.size() << "projects,"
                                     << snapshot->repositories.size() << "repositories at resourceVersion"
                                     << m_listResourceVersion;
                    emit snapshotLoaded(*snapshot);
                    if (generation == m_generation)
                        openStream();
                });
            },
            std::move(sink));
    };
    fetch(QStringLiteral("/api/v1/applications"), nullptr, toDecoder);
    fetch(QStringLiteral("/api/v1/clusters"), &ListBodies::clusters, {});
    fetch(QStringLiteral("/api/v1/projects"), &ListBodies::projects, {});
    fetch(QStringLiteral("/api/v1/repositories"), &ListBodies::repositories, {});
}

// --- failures and retries ---------------------------------------------------

void ArgoCdClient::fail(const Error &error)
{
    ++m_generation;
    abortTraffic();
    if (error.code == 401) {
        authFailed(error.message);
        return;
    }
    qCWarning(lcArgoCd) << m_config.name << "load failed:" << error.message;
    scheduleRetry(State::Failed, error.message);
}

void ArgoCdClient::authFailed(const QString &message)
{
    qCWarning(lcArgoCd) << m_config.name << message;
    m_retryTimer.stop();
    m_nextRetry = {};
    m_lastError = message;
    setState(State::AuthFailed, message);
}

void ArgoCdClient::scheduleRetry(State state, const QString &message)
{
    const std::chrono::milliseconds delay = backoffDelay(m_attempt, m_retryInitial, m_retryMaximum);
    m_attempt = std::min(m_attempt + 1, 40);
    m_nextRetry = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_retryTimer.start(delay);
    m_lastError = message;
    qCInfo(lcArgoCd) << m_config.name << "retrying in" << delay.count() << "ms";
    setState(state, message);
}

void ArgoCdClient::abortTraffic()
{
    const QSet<QNetworkReply *> load = std::exchange(m_loadReplies, {});
    for (QNetworkReply *reply : load) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    if (QNetworkReply *stream = m_stream) {
        m_stream = nullptr;
        disconnect(stream, nullptr, this, nullptr);
        stream->abort();
        stream->deleteLater();
    }
    m_streamLines.clear();
    m_streamLive = false;
    m_lists = ListBodies{};
}

void ArgoCdClient::setState(State state, const QString &message)
{
    if (state == m_state && state == State::Live)
        return;
    m_state = state;
    qCDebug(lcArgoCd) << m_config.name << "state" << stateName(state) << message;
    emit stateChanged(state, message);
}

// --- HTTP plumbing ----------------------------------------------------------

QString ArgoCdClient::serverName() const
{
    return m_config.server.authority();
}

QNetworkRequest ArgoCdClient::makeRequest(const QString &path, bool withToken) const
{
    return m_http.request(path, withToken ? m_config.token : QString());
}

Result<QNetworkRequest> ArgoCdClient::authorizedRequest(const QString &path) const
{
    if (const std::optional<Error> &configError = m_http.configError())
        return *configError;
    return makeRequest(path, true);
}

QNetworkReply *ArgoCdClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                  bool withToken, bool load, Callback done, Sink sink)
{
    QNetworkRequest request = makeRequest(path, withToken);
    request.setTransferTimeout(m_requestTimeout);
    QNetworkReply *reply = ArgoCdHttp::send(*m_network, method, request, body);
    (load ? m_loadReplies : m_otherReplies).insert(reply);
    // A load body is drained as it arrives into one buffer sized from Content-Length
    // with the decoder's padding to spare, so Qt's small network chunks are freed (and
    // reused) as we go. With a sink, a 2xx body goes there in pieces instead.
    auto received = std::make_shared<QByteArray>();
    const auto drain = [reply, received, sink] {
        if (sink && ArgoCdHttp::succeeded(reply))
            drainInPieces(reply, *received, sink);
        else
            appendAvailable(reply, *received);
    };
    if (load || sink)
        connect(reply, &QNetworkReply::readyRead, this, drain);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, received, sink, drain, done = std::move(done)] {
                m_loadReplies.remove(reply);
                m_otherReplies.remove(reply);
                reply->deleteLater();
                drain();
                const bool ok = reply->error() == QNetworkReply::NoError && ArgoCdHttp::succeeded(reply);
                if (sink && ok && !received->isEmpty())
                    sink(std::exchange(*received, {}));
                const QByteArray answer = std::move(*received);
                observe(reply);
                std::optional<Error> error;
                if (!ok)
                    error = failureOf(reply, answer);
                done(reply, answer, error);
            });
    return reply;
}

void ArgoCdClient::observe(QNetworkReply *reply)
{
    if (!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return;
    m_lastHeard = QDateTime::currentDateTimeUtc();
    const QByteArray renewed = reply->rawHeader("Grpc-Metadata-Renew-Token").trimmed();
    if (renewed.isEmpty())
        return;
    // Only a renewal of the token in use: an answer to a request sent with an
    // older token must not undo a login or setToken() made since.
    if (reply->request().rawHeader("Authorization") != "Bearer " + m_config.token.toUtf8())
        return;
    const QString token = QString::fromLatin1(renewed);
    if (token == m_config.token)
        return;
    m_config.token = token;
    qCInfo(lcArgoCd) << m_config.name << "the server renewed the session token";
    emit tokenRenewed(token);
}

Error ArgoCdClient::failureOf(QNetworkReply *reply, const QByteArray &body) const
{
    return ArgoCdHttp::failure(reply, body, m_config.server, m_requestTimeout);
}

} // namespace sextant::argocd

#include "model/argocd/argocdclient.h"

#include "model/logging.h"
#include "model/version.h"

#include <QFile>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

namespace sextant::argocd {

namespace {

constexpr char SslErrorsProperty[] = "sextantSslErrors";
// A stream line longer than this without a newline is treated as garbage.
constexpr qsizetype MaxLineBytes = 256 * 1024 * 1024;
// Spare capacity that lets decodeApplicationList() parse a body in place (simdjson's padding).
constexpr qint64 DecodePadding = 64;
// A streamed body goes to its sink in pieces of at least this size (fewer, bigger jobs).
constexpr qsizetype SinkPiece = 128 * 1024;

QString tokenRefusedMessage()
{
    return QStringLiteral("The Argo CD server refused the token: the session expired or the token is wrong. "
                          "Log in again.");
}

// What the server said in an error body: the JSON message, else the text.
QString serverMessage(const QByteArray &body)
{
    QString message = decodeErrorMessage(body);
    if (message.isEmpty())
        message = QString::fromUtf8(body).simplified();
    if (message.size() > 300)
        message = message.left(300) + u'…';
    return message;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 408: return QStringLiteral("Request Timeout");
    case 409: return QStringLiteral("Conflict");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 501: return QStringLiteral("Not Implemented");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return {};
    }
}

// The user-facing text for an HTTP error status.
Error httpError(int status, const QString &message, const QString &path)
{
    const QString statusText = QStringLiteral("%1 %2").arg(status).arg(reasonPhrase(status)).trimmed();
    const QString said = message.isEmpty() ? QStringLiteral("no details given") : message;
    QString text;
    if (status == 401)
        text = tokenRefusedMessage();
    else if (status == 403)
        text = QStringLiteral("The Argo CD server denied this (403 Forbidden): %1. Your account lacks the "
                              "permission for it; ask an Argo CD admin to grant it (RBAC).")
                   .arg(said);
    else if (status == 404)
        text =
            QStringLiteral("The Argo CD server has no %1 (404 Not Found: %2). Check the server address and "
                           "root path, and that the object still exists.")
                .arg(path, said);
    else if (status == 415)
        text = QStringLiteral("The Argo CD server refused the request's content type (415 Unsupported Media "
                              "Type: %1).")
                   .arg(said);
    else if (status >= 500)
        text = QStringLiteral("The Argo CD server failed (%1): %2").arg(statusText, said);
    else
        text = QStringLiteral("The Argo CD server answered %1: %2").arg(statusText, said);
    return Error{text, status, message};
}

// Appends what `reply` has buffered to `body`, reserving the announced length
// plus DecodePadding once, so a list decodes in place.
void appendAvailable(QNetworkReply *reply, QByteArray &body)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    if (body.isEmpty()) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        body.reserve(qMax(announced, available) + DecodePadding);
    } else if (body.capacity() < body.size() + available + DecodePadding) {
        body.reserve((body.size() + available) * 3 / 2 + DecodePadding);
    }
    const qsizetype start = body.size();
    body.resize(start + available);
    const qint64 read = reply->read(body.data() + start, available);
    body.truncate(start + qMax<qint64>(read, 0));
}

bool succeeded(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

// Hands what `reply` has buffered to `sink` in pieces of SinkPiece bytes; `piece` keeps the
// last, partial one. Pieces of one size are recycled by malloc once freed, where one piece
// of everything buffered (15 MB when the GUI thread was busy) would be fresh pages to fault in.
template<typename Sink> void drainInPieces(QNetworkReply *reply, QByteArray &piece, const Sink &sink)
{
    for (qint64 available = reply->bytesAvailable(); available > 0; available = reply->bytesAvailable()) {
        if (piece.isEmpty())
            piece.reserve(SinkPiece);
        const qsizetype start = piece.size();
        const qsizetype length = qMin<qint64>(available, SinkPiece - start);
        piece.resize(start + length);
        const qint64 read = reply->read(piece.data() + start, length);
        piece.truncate(start + qMax<qint64>(read, 0));
        if (read <= 0)
            return;
        if (piece.size() >= SinkPiece)
            sink(std::exchange(piece, {}));
    }
}

struct StreamBatch {
    QList<WatchEvent> events;
    std::optional<Error> error; // the first bad line; later lines are not read
};

// Runs on the decode pool: complete NDJSON lines → events.
StreamBatch decodeLines(const QByteArray &data, const QString &instance)
{
    StreamBatch batch;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = QByteArrayView(data).sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        auto event = decodeWatchEvent(line);
        if (!event) {
            batch.error = event.error();
            break;
        }
        event->application.instance = instance;
        batch.events.append(std::move(event).value());
    }
    return batch;
}

// Runs on the decode pool: the application list (decoded as it arrived) and the three other
// list bodies → one snapshot, whole or not at all.
Result<FleetSnapshot> decodeSnapshot(const QString &instance, ApplicationListStream &applications,
                                     const QByteArray &clusters, const QByteArray &projects,
                                     const QByteArray &repositories)
{
    const auto malformed = [](const char *what, const QString &detail) {
        return Error{QStringLiteral("The Argo CD server sent a malformed %1 list: %2")
                         .arg(QLatin1StringView(what), detail)};
    };
    FleetSnapshot snapshot;
    snapshot.instance = instance;
    auto appList = applications.finish();
    if (!appList)
        return malformed("application", appList.errorMessage());
    snapshot.resourceVersion = appList->resourceVersion;
    snapshot.applications = std::move(appList->items);
    auto clusterList = decodeClusterList(clusters);
    if (!clusterList)
        return malformed("cluster", clusterList.errorMessage());
    snapshot.clusters = std::move(clusterList).value();
    auto projectList = decodeProjectList(projects);
    if (!projectList)
        return malformed("project", projectList.errorMessage());
    snapshot.projects = std::move(projectList).value();
    auto repositoryList = decodeRepositoryList(repositories);
    if (!repositoryList)
        return malformed("repository", repositoryList.errorMessage());
    snapshot.repositories = std::move(repositoryList).value();

    for (Application &app : snapshot.applications)
        app.instance = instance;
    for (Cluster &cluster : snapshot.clusters)
        cluster.instance = instance;
    for (Project &project : snapshot.projects)
        project.instance = instance;
    for (Repository &repository : snapshot.repositories)
        repository.instance = instance;
    return snapshot;
}

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
    , m_network(new QNetworkAccessManager(this))
{
    m_decodePool.setMaxThreadCount(1);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this,
            [this] { beginAttempt(m_wasLive ? State::Reconnecting : State::Connecting); });

    const QUrl &server = m_config.server;
    const QString scheme = server.scheme();
    if (!server.isValid() || server.host().isEmpty()) {
        m_configError =
            Error{QStringLiteral("The server address \"%1\" of the Argo CD instance %2 is not a valid URL.")
                      .arg(server.toString(), m_config.name)};
    } else if (scheme == QStringLiteral("http")) {
        if (!m_config.plainText && !isLoopbackHost(server.host()))
            m_configError =
                Error{QStringLiteral("Refusing plain HTTP to %1: the token would travel unencrypted. Use "
                                     "https://, or mark the instance plain-text if you really mean it.")
                          .arg(server.authority())};
    } else if (scheme == QStringLiteral("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (m_config.insecure) {
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        } else if (!m_config.caFile.isEmpty() || !m_config.caPem.isEmpty()) {
            QList<QSslCertificate> extra;
            if (!m_config.caFile.isEmpty()) {
                QFile file(m_config.caFile);
                if (!file.open(QIODevice::ReadOnly)) {
                    m_configError =
                        Error{QStringLiteral("Cannot read the CA file %1 of the Argo CD instance %2: %3")
                                  .arg(m_config.caFile, m_config.name, file.errorString())};
                } else {
                    const QList<QSslCertificate> fromFile =
                        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
                    if (fromFile.isEmpty())
                        m_configError = Error{
                            QStringLiteral("The CA file %1 holds no PEM certificate.").arg(m_config.caFile)};
                    extra += fromFile;
                }
            }
            if (!m_config.caPem.isEmpty()) {
                const QList<QSslCertificate> fromPem = QSslCertificate::fromData(m_config.caPem, QSsl::Pem);
                if (fromPem.isEmpty())
                    m_configError =
                        Error{QStringLiteral("The certificate authority data of the Argo CD instance %1 "
                                             "holds no PEM certificate.")
                                  .arg(m_config.name)};
                extra += fromPem;
            }
            // Setting CAs turns off the on-demand system roots: keep them explicitly.
            ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
        }
        m_ssl = ssl;
    } else {
        m_configError =
            Error{QStringLiteral("The server address %1 of the Argo CD instance %2 must start with "
                                 "https:// (or http:// for a plain-text server).")
                      .arg(server.toString(), m_config.name)};
    }
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
    if (m_configError) {
        m_running = false;
        m_lastError = m_configError->message;
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
    if (m_configError) {
        QTimer::singleShot(0, this, [this, message = m_configError->message] { emit loginFailed(message); });
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
                                                   .arg(serverMessage(answer))
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
    if (m_configError) {
        QTimer::singleShot(0, this, [done = std::move(done), error = *m_configError] { done(error); });
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

// --- the watch stream -------------------------------------------------------

void ArgoCdClient::openStream()
{
    QNetworkRequest request = makeRequest(
        QStringLiteral("/api/v1/stream/applications?resourceVersion=%1").arg(m_listResourceVersion), true);
    // No transfer timeout: an NDJSON stream is silent while nothing changes.
    request.setTransferTimeout(std::chrono::milliseconds::zero());
    // Uncompressed, so each event arrives as soon as it is written.
    request.setRawHeader("Accept-Encoding", "identity");
    m_streamBuffer.clear();
    m_streamLive = false;
    QNetworkReply *reply = m_network->get(request);
    m_stream = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        texts.removeDuplicates();
        reply->setProperty(SslErrorsProperty, texts.join(QStringLiteral("; ")));
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply != m_stream)
            return;
        observe(reply);
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200 || m_streamLive)
            return;
        m_streamLive = true;
        m_wasLive = true;
        m_attempt = 0;
        m_lastError.clear();
        setState(State::Live, QStringLiteral("Watching %1 (Argo CD %2).").arg(serverName(), m_serverVersion));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply == m_stream)
            onStreamData();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply == m_stream)
            onStreamFinished();
    });
}

void ArgoCdClient::onStreamData()
{
    const QByteArray data = m_stream->readAll();
    if (data.isEmpty())
        return;
    m_lastHeard = QDateTime::currentDateTimeUtc();
    m_streamBuffer += data;
    // Only whole lines go to the decoder; the owner thread just finds the last newline.
    const qsizetype lastNewline = m_streamBuffer.lastIndexOf('\n');
    if (lastNewline < 0) {
        if (m_streamBuffer.size() > MaxLineBytes)
            streamBroken(Error{QStringLiteral("a stream line longer than %1 MiB").arg(MaxLineBytes >> 20)},
                         true);
        return;
    }
    QByteArray lines = m_streamBuffer.left(lastNewline + 1);
    m_streamBuffer.remove(0, lastNewline + 1);
    submitStreamData(std::move(lines), std::nullopt);
}

void ArgoCdClient::onStreamFinished()
{
    QNetworkReply *reply = m_stream;
    m_stream = nullptr;
    reply->deleteLater();
    const QByteArray rest = m_streamBuffer + reply->readAll();
    m_streamBuffer.clear();
    observe(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Error end;
    if (status == 200 && reply->error() == QNetworkReply::NoError)
        end = Error{
            QStringLiteral("The watch stream from the Argo CD server at %1 ended (the server or a proxy "
                           "closed it).")
                .arg(serverName())};
    else
        end = failureOf(reply, rest);
    // The rest (a last line, or the {"error":…} chunk) is decoded in order after
    // the lines before it; the end is handled once they have been applied.
    submitStreamData(rest, end);
}

void ArgoCdClient::submitStreamData(QByteArray data, std::optional<Error> end)
{
    const quint64 generation = m_generation;
    QtConcurrent::run(&m_decodePool, &decodeLines, std::move(data), m_config.name)
        .then(this, [this, generation, end = std::move(end)](const StreamBatch &batch) {
            if (generation != m_generation)
                return;
            if (!batch.events.isEmpty())
                emit eventsReceived(batch.events);
            if (generation != m_generation) // a receiver stopped or restarted us
                return;
            if (batch.error && batch.error->code == 0)
                streamBroken(*batch.error, true); // a line that is not a watch event
            else if (batch.error)                 // the server's {"error":{…}} chunk
                streamBroken(httpError(batch.error->code, batch.error->message,
                                       QStringLiteral("/api/v1/stream/applications")),
                             false);
            else if (end)
                streamBroken(*end, false);
        });
}

void ArgoCdClient::streamBroken(const Error &error, bool malformed)
{
    const bool wasLive = m_streamLive;
    ++m_generation;
    abortTraffic();
    if (error.code == 401) {
        authFailed(tokenRefusedMessage());
        return;
    }
    QString message;
    if (malformed) {
        qCWarning(lcArgoCd) << m_config.name << "malformed watch event, reloading:" << error.message;
        message =
            QStringLiteral("The Argo CD server sent a malformed watch event (%1); reloading everything.")
                .arg(error.message);
    } else {
        qCInfo(lcArgoCd) << m_config.name << "watch stream lost:" << error.message;
        message = error.message;
    }
    scheduleRetry(wasLive ? State::Reconnecting : State::Failed, message);
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
    m_streamBuffer.clear();
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
    QUrl url = m_config.server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const qsizetype query = path.indexOf(u'?');
    url.setPath(base + (query < 0 ? path : path.left(query)), QUrl::TolerantMode);
    url.setQuery(query < 0 ? QString() : path.mid(query + 1), QUrl::TolerantMode);

    QNetworkRequest request(url);
    // The token goes in the Authorization header only; no cookie jar.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Sextant/%1").arg(sextant::version()));
    request.setRawHeader("Accept", "application/json");
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    if (withToken && !m_config.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    return request;
}

Result<QNetworkRequest> ArgoCdClient::authorizedRequest(const QString &path) const
{
    if (m_configError)
        return *m_configError;
    return makeRequest(path, true);
}

QNetworkReply *ArgoCdClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                  bool withToken, bool load, Callback done, Sink sink)
{
    QNetworkRequest request = makeRequest(path, withToken);
    request.setTransferTimeout(m_requestTimeout);
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_network->get(request);
    } else {
        request.setRawHeader("Content-Type", "application/json");
        reply = m_network->sendCustomRequest(request, method, body);
    }
    (load ? m_loadReplies : m_otherReplies).insert(reply);
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        texts.removeDuplicates();
        reply->setProperty(SslErrorsProperty, texts.join(QStringLiteral("; ")));
    });
    // A load body is drained as it arrives into one buffer sized from Content-Length
    // with the decoder's padding to spare, so Qt's small network chunks are freed (and
    // reused) as we go. With a sink, a 2xx body goes there in pieces instead.
    auto received = std::make_shared<QByteArray>();
    const auto drain = [reply, received, sink] {
        if (sink && succeeded(reply))
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
                const bool ok = reply->error() == QNetworkReply::NoError && succeeded(reply);
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

QString ArgoCdClient::tlsFailure(QNetworkReply *reply) const
{
    const QString certificateProblems = reply->property(SslErrorsProperty).toString();
    if (!certificateProblems.isEmpty())
        return QStringLiteral(
                   "The TLS certificate of the Argo CD server at %1 was not accepted: %2. If the server "
                   "uses a private or self-signed CA, trust that CA (certificate-authority-data in the "
                   "argocd config, or a CA file for this instance); to skip verification, which is "
                   "unsafe, use --insecure.")
            .arg(serverName(), certificateProblems);
    return QStringLiteral(
               "The TLS handshake with the Argo CD server at %1 failed: %2. Check that the server speaks "
               "HTTPS on this port (for a plain-HTTP server use plain-text), or trust its CA; "
               "--insecure skips verification.")
        .arg(serverName(), reply->errorString());
}

Error ArgoCdClient::failureOf(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return httpError(status, serverMessage(body), reply->url().path());
    const QString server = serverName();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Error{
            QStringLiteral("Cannot connect to the Argo CD server at %1: the connection was refused. Check "
                           "that the server is running and that the address and port are right.")
                .arg(server)};
    case QNetworkReply::HostNotFoundError:
        return Error{
            QStringLiteral("The host %1 was not found. Check the server address (and your DNS or VPN).")
                .arg(m_config.server.host())};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout (we disconnect before aborting)
        return Error{QStringLiteral("The Argo CD server at %1 did not answer within %2 seconds.")
                         .arg(server)
                         .arg(double(m_requestTimeout.count()) / 1000.0)};
    case QNetworkReply::SslHandshakeFailedError: return Error{tlsFailure(reply)};
    case QNetworkReply::RemoteHostClosedError:
        return Error{
            QStringLiteral("The Argo CD server at %1 closed the connection unexpectedly.").arg(server)};
    default: break;
    }
    if (reply->error() == QNetworkReply::NoError)
        return Error{QStringLiteral("The Argo CD server at %1 answered without an HTTP status.").arg(server)};
    return Error{
        QStringLiteral("Cannot reach the Argo CD server at %1: %2").arg(server, reply->errorString())};
}

} // namespace sextant::argocd

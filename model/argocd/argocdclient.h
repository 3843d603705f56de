#pragma once

#include "model/argocd/argocddecoder.h"
#include "model/argocd/argocdhttp.h"
#include "model/argocd/fleetsnapshot.h"
#include "model/argocd/instanceconfig.h"
#include "model/argocd/replybody.h"
#include "model/domain/application.h"
#include "model/domain/fleetobjects.h"
#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sextant::argocd {

// One Argo CD server: the initial load (version, applications, clusters,
// projects, repositories), then the application watch stream, kept alive
// with reconnects and full re-lists; plus login and generic REST calls for
// the actions.
//
// Lives on its owner's thread (the GUI thread in the app). Bodies and stream
// lines are decoded on a per-client single-thread pool, so events keep their
// order, and the results are applied back on the owner's thread.
//
// Domain objects it emits carry `instance` = the InstanceConfig's name.
class ArgoCdClient : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,         // not started, or stopped
        Connecting,   // first load in progress
        Live,         // listed, and the watch stream is open
        Reconnecting, // the stream was lost; waiting to re-list (nextRetry) or re-listing
        AuthFailed,   // the token was refused (401): waits for login() or setToken()
        Failed,       // the last attempt failed; retried at nextRetry() when that is valid
    };
    Q_ENUM(State)

    explicit ArgoCdClient(InstanceConfig config, QObject *parent = nullptr);
    ~ArgoCdClient() override;

    const InstanceConfig &config() const { return m_config; }
    QString instanceName() const { return m_config.name; }
    QString token() const { return m_config.token; }

    // Loads everything, then watches; from Idle, Failed or AuthFailed. Calling it
    // again restarts from the version check.
    void start();
    // Aborts the load and the stream, cancels retries; state Idle. Generic
    // request()s already sent still complete.
    void stop();

    // POST /api/v1/session. On success the token is kept and loggedIn() is emitted
    // (and a started client that had failed starts over); otherwise loginFailed().
    void login(const QString &username, const QString &password);
    // Replaces the token (a started client in AuthFailed starts over).
    void setToken(const QString &token);

    // A REST call relative to the server (e.g. "/api/v1/applications/x/sync",
    // a query may follow "?"). Non-GET requests carry exactly
    // "Content-Type: application/json". `done` gets the body of a 2xx answer,
    // else a user-facing Error whose code is the HTTP status (0 when none
    // arrived). It runs on the owner's thread, never synchronously inside this
    // call, and not at all once the client is destroyed.
    void request(const QByteArray &method, const QString &path, const QByteArray &body,
                 std::function<void(Result<QByteArray>)> done);

    // A GET request as this client sends them (server address and root path, TLS
    // settings, the current token), for a caller that reads a stream itself
    // (StreamReader); the Error when the instance cannot be reached as configured.
    Result<QNetworkRequest> authorizedRequest(const QString &path) const;

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }         // user-facing; empty when none
    QDateTime lastHeard() const { return m_lastHeard; }       // the last byte from the server (UTC)
    QDateTime nextRetry() const { return m_nextRetry; }       // invalid when none is scheduled
    QString serverVersion() const { return m_serverVersion; } // "v3.5.1+abc" once known

    // Tuning, mostly for tests: REST transfer timeout (default 30 s) and the
    // reconnect backoff (default 1 s doubling to 60 s; ±20 % jitter always).
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    void setRetryDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

    // The delay before retry number `attempt` (0-based): initial·2^attempt capped at
    // maximum, times a random factor in [0.8, 1.2].
    static std::chrono::milliseconds backoffDelay(int attempt, std::chrono::milliseconds initial,
                                                  std::chrono::milliseconds maximum);

signals:
    void stateChanged(sextant::argocd::ArgoCdClient::State state, const QString &message);
    void snapshotLoaded(const sextant::FleetSnapshot &snapshot);
    void eventsReceived(const QList<sextant::WatchEvent> &events);
    void tokenRenewed(const QString &token);
    void loggedIn();
    void loginFailed(const QString &message);

private:
    // The body, and an Error unless the answer was a 2xx.
    using Callback =
        std::function<void(QNetworkReply *reply, const QByteArray &body, const std::optional<Error> &error)>;
    // Takes the pieces of a 2xx body as they arrive (the callback then gets an empty body).
    using Sink = std::function<void(QByteArray piece)>;

    QNetworkRequest makeRequest(const QString &path, bool withToken) const;
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body, bool withToken,
                        bool load, Callback done, Sink sink = {});
    void observe(QNetworkReply *reply);
    Error failureOf(QNetworkReply *reply, const QByteArray &body) const;
    QString serverName() const;

    void beginAttempt(State state);
    void fetchVersion();
    void fetchLists();
    void openStream();
    void onStreamData();
    void onStreamFinished();
    void submitStreamData(QByteArray data, std::optional<Error> end);
    void streamBroken(const Error &error, bool malformed); // error.message is user-facing unless malformed
    void fail(const Error &error);
    void authFailed(const QString &message);
    void scheduleRetry(State state, const QString &message);
    void abortTraffic();
    void setState(State state, const QString &message);

    InstanceConfig m_config;
    ArgoCdHttp m_http;
    QNetworkAccessManager *m_network;

    State m_state = State::Idle;
    QString m_lastError;
    QString m_serverVersion;
    QDateTime m_lastHeard;
    QDateTime m_nextRetry;

    bool m_running = false;
    bool m_streamLive = false;
    bool m_wasLive = false;
    quint64 m_generation = 0; // bumped on every attempt and stop; late results are dropped
    int m_attempt = 0;        // consecutive failures, for the backoff
    QTimer m_retryTimer;
    std::chrono::milliseconds m_requestTimeout{30000};
    std::chrono::milliseconds m_retryInitial{1000};
    std::chrono::milliseconds m_retryMaximum{60000};

    QSet<QNetworkReply *> m_loadReplies;  // version and lists of the current attempt
    QSet<QNetworkReply *> m_otherReplies; // login and request()
    QPointer<QNetworkReply> m_stream;
    NdjsonBuffer m_streamLines;
    qint64 m_listResourceVersion = 0;
    struct ListBodies {
        std::shared_ptr<ApplicationListStream> applications; // fed and finished on m_decodePool
        QByteArray clusters, projects, repositories;
        int pending = 0;
    } m_lists;

    QThreadPool m_decodePool; // one thread: decode jobs finish in the order they were queued
};

} // namespace sextant::argocd

#pragma once

#include "model/argocd/instanceconfig.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sextant::argocd {

// The HTTP side of one Argo CD server, the same for everything that talks to it (ArgoCdClient's
// lists, watch and REST calls; StreamReader's streams): requests as Sextant sends them (server
// address and root path, TLS settings, bearer token) and what a failed answer means, in words
// for the user. Bodies are read with the helpers of replybody.h. Not a QObject: its owner's
// thread sends the requests.
class ArgoCdHttp {
    Q_DECLARE_TR_FUNCTIONS(sextant::argocd::ArgoCdHttp)
public:
    // Checks the address and reads the TLS settings (CA file included) once.
    explicit ArgoCdHttp(const InstanceConfig &config);

    // Why the instance cannot be reached as configured (not a URL, plain HTTP to a host that is
    // not local, an unreadable CA); nothing when it can.
    const std::optional<Error> &configError() const { return m_configError; }

    // A request for `path` relative to the server (a query may follow "?"): the root path,
    // TLS settings, "Accept: application/json", no cookies, and "Authorization: Bearer <token>"
    // unless `token` is empty.
    QNetworkRequest request(const QString &path, const QString &token) const;

    // Sends `request`: a GET, or `method` with `body` as "Content-Type: application/json".
    // The reply keeps its certificate problems for failure().
    static QNetworkReply *send(QNetworkAccessManager &network, const QByteArray &method,
                               const QNetworkRequest &request, const QByteArray &body);
    // Opens a long-lived NDJSON stream: a GET without transfer timeout (a stream is silent while
    // nothing changes), uncompressed (so each line arrives as soon as it is written).
    static QNetworkReply *openStream(QNetworkAccessManager &network, QNetworkRequest request);

    // The user-facing Error for a finished `reply` that failed: an HTTP error status (`body` is
    // what the server said), a refused TLS certificate or handshake, an unreachable server, a
    // timeout after `timeout` (zero: the connection timed out). Its code is the HTTP status, 0
    // when none arrived. `server` is the instance's address as configured.
    static Error failure(QNetworkReply *reply, const QByteArray &body, const QUrl &server,
                         std::chrono::milliseconds timeout);
    // The Error for an HTTP error status; `serverMessage` is what the server said (may be
    // empty), `path` what was asked for.
    static Error httpError(int status, const QString &serverMessage, const QString &path);
    // What the server said in an error body: the JSON message, else the text, cut to 300
    // characters.
    static QString serverMessage(const QByteArray &body);
    // The server refused the token (401).
    static QString tokenRefusedMessage();

    static int httpStatus(const QNetworkReply *reply);
    // Whether the HTTP status is 2xx.
    static bool succeeded(const QNetworkReply *reply);

private:
    static QString tlsFailure(QNetworkReply *reply, const QString &server);

    QUrl m_server;
    std::optional<QSslConfiguration> m_ssl;
    std::optional<Error> m_configError;
};

} // namespace sextant::argocd

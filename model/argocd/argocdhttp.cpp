#include "model/argocd/argocdhttp.h"

#include "model/argocd/argocddecoder.h"
#include "model/version.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace sextant::argocd {

namespace {

constexpr char SslErrorsProperty[] = "sextantSslErrors";

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

// Keeps the certificate problems of `reply` in a property, for ArgoCdHttp::failure().
void recordTlsProblems(QNetworkReply *reply)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        texts.removeDuplicates();
        reply->setProperty(SslErrorsProperty, texts.join(QStringLiteral("; ")));
    });
}

} // namespace

ArgoCdHttp::ArgoCdHttp(const InstanceConfig &config)
    : m_server(config.server)
{
    const QUrl &server = config.server;
    const QString scheme = server.scheme();
    if (!server.isValid() || server.host().isEmpty()) {
        m_configError = Error{tr("The server address \"%1\" of the Argo CD instance %2 is not a valid URL.")
                                  .arg(server.toString(), config.name)};
    } else if (scheme == QStringLiteral("http")) {
        if (!config.plainText && !isLoopbackHost(server.host()))
            m_configError = Error{tr("Refusing plain HTTP to %1: the token would travel unencrypted. Use "
                                     "https://, or mark the instance plain-text if you really mean it.")
                                      .arg(server.authority())};
    } else if (scheme == QStringLiteral("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (config.insecure) {
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        } else if (!config.caFile.isEmpty() || !config.caPem.isEmpty()) {
            QList<QSslCertificate> extra;
            if (!config.caFile.isEmpty()) {
                QFile file(config.caFile);
                if (!file.open(QIODevice::ReadOnly)) {
                    m_configError = Error{tr("Cannot read the CA file %1 of the Argo CD instance %2: %3")
                                              .arg(config.caFile, config.name, file.errorString())};
                } else {
                    const QList<QSslCertificate> fromFile =
                        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
                    if (fromFile.isEmpty())
                        m_configError =
                            Error{tr("The CA file %1 holds no PEM certificate.").arg(config.caFile)};
                    extra += fromFile;
                }
            }
            if (!config.caPem.isEmpty()) {
                const QList<QSslCertificate> fromPem = QSslCertificate::fromData(config.caPem, QSsl::Pem);
                if (fromPem.isEmpty())
                    m_configError = Error{tr("The certificate authority data of the Argo CD instance %1 "
                                             "holds no PEM certificate.")
                                              .arg(config.name)};
                extra += fromPem;
            }
            // Setting CAs turns off the on-demand system roots: keep them explicitly.
            ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
        }
        m_ssl = ssl;
    } else {
        m_configError = Error{tr("The server address %1 of the Argo CD instance %2 must start with "
                                 "https:// (or http:// for a plain-text server).")
                                  .arg(server.toString(), config.name)};
    }
}

QNetworkRequest ArgoCdHttp::request(const QString &path, const QString &token) const
{
    QUrl url = m_server;
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
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

QNetworkReply *ArgoCdHttp::send(QNetworkAccessManager &network, const QByteArray &method,
                                const QNetworkRequest &request, const QByteArray &body)
{
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = network.get(request);
    } else {
        QNetworkRequest withType = request;
        withType.setRawHeader("Content-Type", "application/json");
        reply = network.sendCustomRequest(withType, method, body);
    }
    recordTlsProblems(reply);
    return reply;
}

QNetworkReply *ArgoCdHttp::openStream(QNetworkAccessManager &network, QNetworkRequest request)
{
    request.setTransferTimeout(std::chrono::milliseconds::zero());
    request.setRawHeader("Accept-Encoding", "identity");
    QNetworkReply *reply = network.get(request);
    recordTlsProblems(reply);
    return reply;
}

int ArgoCdHttp::httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool ArgoCdHttp::succeeded(const QNetworkReply *reply)
{
    const int status = httpStatus(reply);
    return status >= 200 && status < 300;
}

QString ArgoCdHttp::tokenRefusedMessage()
{
    return tr("The Argo CD server refused the token: the session expired or the token is wrong. "
              "Log in again.");
}

QString ArgoCdHttp::serverMessage(const QByteArray &body)
{
    QString message = decodeErrorMessage(body);
    if (message.isEmpty())
        message = QString::fromUtf8(body).simplified();
    if (message.size() > 300)
        message = message.left(300) + u'…';
    return message;
}

Error ArgoCdHttp::httpError(int status, const QString &message, const QString &path)
{
    const QString statusText = QStringLiteral("%1 %2").arg(status).arg(reasonPhrase(status)).trimmed();
    const QString said = message.isEmpty() ? tr("no details given") : message;
    QString text;
    if (status == 401)
        text = tokenRefusedMessage();
    else if (status == 403)
        text = tr("The Argo CD server denied this (403 Forbidden): %1. Your account lacks the "
                  "permission for it; ask an Argo CD admin to grant it (RBAC).")
                   .arg(said);
    else if (status == 404)
        text = tr("The Argo CD server has no %1 (404 Not Found: %2). Check the server address and "
                  "root path, and that the object still exists.")
                   .arg(path, said);
    else if (status == 415)
        text = tr("The Argo CD server refused the request's content type (415 Unsupported Media "
                  "Type: %1).")
                   .arg(said);
    else if (status >= 500)
        text = tr("The Argo CD server failed (%1): %2").arg(statusText, said);
    else
        text = tr("The Argo CD server answered %1: %2").arg(statusText, said);
    return Error{text, status, message};
}

QString ArgoCdHttp::tlsFailure(QNetworkReply *reply, const QString &server)
{
    const QString certificateProblems = reply->property(SslErrorsProperty).toString();
    if (!certificateProblems.isEmpty())
        return tr("The TLS certificate of the Argo CD server at %1 was not accepted: %2. If the server "
                  "uses a private or self-signed CA, trust that CA (certificate-authority-data in the "
                  "argocd config, or a CA file for this instance); to skip verification, which is "
                  "unsafe, use --insecure.")
            .arg(server, certificateProblems);
    return tr("The TLS handshake with the Argo CD server at %1 failed: %2. Check that the server speaks "
              "HTTPS on this port (for a plain-HTTP server use plain-text), or trust its CA; "
              "--insecure skips verification.")
        .arg(server, reply->errorString());
}

Error ArgoCdHttp::failure(QNetworkReply *reply, const QByteArray &body, const QUrl &serverUrl,
                          std::chrono::milliseconds timeout)
{
    const int status = httpStatus(reply);
    if (status >= 300)
        return httpError(status, serverMessage(body), reply->url().path());
    const QString server = serverUrl.authority();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Error{tr("Cannot connect to the Argo CD server at %1: the connection was refused. Check "
                        "that the server is running and that the address and port are right.")
                         .arg(server)};
    case QNetworkReply::HostNotFoundError:
        return Error{tr("The host %1 was not found. Check the server address (and your DNS or VPN).")
                         .arg(serverUrl.host())};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout (callers disconnect before aborting)
        if (timeout <= std::chrono::milliseconds::zero())
            return Error{tr("The connection to the Argo CD server at %1 timed out.").arg(server)};
        return Error{tr("The Argo CD server at %1 did not answer within %2 seconds.")
                         .arg(server)
                         .arg(double(timeout.count()) / 1000.0)};
    case QNetworkReply::SslHandshakeFailedError: return Error{tlsFailure(reply, server)};
    case QNetworkReply::RemoteHostClosedError:
        return Error{tr("The Argo CD server at %1 closed the connection unexpectedly.").arg(server)};
    default: break;
    }
    if (reply->error() == QNetworkReply::NoError)
        return Error{tr("The Argo CD server at %1 answered without an HTTP status.").arg(server)};
    return Error{tr("Cannot reach the Argo CD server at %1: %2").arg(server, reply->errorString())};
}

} // namespace sextant::argocd

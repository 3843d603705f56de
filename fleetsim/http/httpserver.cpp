#include "fleetsim/http/httpserver.h"

#include "model/logging.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace sextant::fleetsim {

HttpServer::HttpServer(HttpConnection::Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

Status HttpServer::listen(const QHostAddress &address, quint16 port,
                          const std::optional<QSslConfiguration> &tls)
{
    if (tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*tls);
        connect(ssl, &QSslServer::errorOccurred, this, [](QSslSocket *, QAbstractSocket::SocketError error) {
            qCInfo(lcFleetsim) << "TLS connection failed:" << error;
        });
        connect(ssl, &QSslServer::sslErrors, this, [](QSslSocket *, const QList<QSslError> &errors) {
            qCInfo(lcFleetsim) << "TLS errors:" << errors;
        });
        m_server = ssl;
        m_tls = true;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    if (!m_server->listen(address, port))
        return Error{QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString())};
    return success();
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QList<HttpConnection *> HttpServer::connections() const
{
    return findChildren<HttpConnection *>();
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_handler, this);
}

} // namespace sextant::fleetsim

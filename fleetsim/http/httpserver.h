#pragma once

#include "fleetsim/http/httpconnection.h"
#include "model/result.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <optional>

class QTcpServer;

namespace sextant::fleetsim {

// Accepts plain or TLS connections and hands each request to one handler. Our own server, not
// QHttpServer: a watch stream must learn at once that its client has gone (see README.md).
class HttpServer : public QObject {
    Q_OBJECT
public:
    explicit HttpServer(HttpConnection::Handler handler, QObject *parent = nullptr);

    Status listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);
    quint16 port() const;
    bool isTls() const { return m_tls; }

    // Every open connection; used to drop streams on purpose.
    QList<HttpConnection *> connections() const;

private:
    void acceptPending();

    HttpConnection::Handler m_handler;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
};

} // namespace sextant::fleetsim

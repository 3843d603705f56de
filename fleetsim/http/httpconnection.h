#pragma once

#include "fleetsim/http/httpmessage.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;

namespace sextant::fleetsim {

// One client connection: parses HTTP/1.1 requests one at a time (keep-alive; bodies with
// Content-Length or chunked),
// and writes either a whole response or a chunked stream. We own the socket so
// that a stream knows when its client has gone (QtHttpServer 6.8 cannot say).
class HttpConnection : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(HttpConnection *, const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(const HttpResponse &response);

    // Chunked streaming: begin once, then chunks, then end (or abort).
    void beginStream(int status, const QList<QPair<QByteArray, QByteArray>> &headers);
    void writeChunk(const QByteArray &data);
    void endStream();
    bool isStreaming() const { return m_streaming; }

    // Drops the connection without a proper end, as a failing proxy would.
    void abort();

    QString peer() const;
    qint64 pendingBytes() const; // written but not yet sent: a slow reader shows here

signals:
    void closed();

private:
    void onReadyRead();
    void processBuffer();
    bool parseHead(qsizetype headEnd);
    bool readChunks(); // true once a chunked body is complete
    void finishRequest();
    void markClosed();
    void writeHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers);

    QTcpSocket *m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_bodyLength = -1; // -1: still reading the head
    bool m_chunked = false;      // the body comes in chunks (Transfer-Encoding: chunked)
    bool m_busy = false;
    bool m_streaming = false;
    bool m_closeAfterResponse = false;
    bool m_closed = false;
};

} // namespace sextant::fleetsim

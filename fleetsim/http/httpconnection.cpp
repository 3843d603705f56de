#include "fleetsim/http/httpconnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace sextant::fleetsim {

namespace {
constexpr qsizetype MaxHeadSize = 64 * 1024;
constexpr qsizetype MaxBodySize = 64 * 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    // A response goes out as head and body: without TCP_NODELAY the body waits for the
    // client's delayed ACK of the head (~40 ms per request on a keep-alive connection).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::markClosed);
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

QString HttpConnection::peer() const
{
    return QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
}

qint64 HttpConnection::pendingBytes() const
{
    return m_socket->bytesToWrite();
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy) {
        if (m_bodyLength < 0) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > MaxHeadSize)
                    respond({431, "text/plain", "request head too large\n", {}});
                return;
            }
            if (!parseHead(headEnd))
                return;
        }
        if (m_chunked) {
            if (!readChunks())
                return;
            finishRequest();
            continue;
        }
        if (m_buffer.size() < m_bodyLength)
            return;
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        finishRequest();
    }
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    m_buffer.remove(0, headEnd + 4);
    m_request = HttpRequest();
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        m_closeAfterResponse = true;
        respond({400, "text/plain", "malformed request line\n", {}});
        return false;
    }
    m_request.method = requestLine[0];
    m_closeAfterResponse = requestLine[2] == "HTTP/1.0";

    const QByteArray target = requestLine[1];
    const qsizetype q = target.indexOf('?');
    m_request.rawPath = q < 0 ? target : target.left(q);
    m_request.path = QUrl::fromPercentEncoding(m_request.rawPath);
    if (q >= 0) {
        // Go's query decoding treats '+' as a space.
        QByteArray query = target.mid(q + 1);
        query.replace('+', "%20");
        m_request.query.setQuery(QString::fromLatin1(query));
    }

    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray name = line.left(colon).trimmed().toLower();
        QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "connection" && value.toLower() == "close")
            m_closeAfterResponse = true;
        else if (name == "transfer-encoding" && value.toLower() == "chunked")
            m_chunked = true;
        else if (name == "transfer-encoding" && value.toLower() != "identity") {
            m_closeAfterResponse = true;
            respond({501, "text/plain", "only chunked and identity transfer encodings are supported\n", {}});
            return false;
        }
        m_request.headers.append(HttpHeader{std::move(name), std::move(value)});
    }
    if (length < 0 || length > MaxBodySize) {
        m_closeAfterResponse = true;
        respond({413, "text/plain", "request body too large\n", {}});
        return false;
    }
    m_bodyLength = length;
    return true;
}

bool HttpConnection::readChunks()
{
    while (true) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0)
            return false;
        bool ok = false;
        // A chunk size may carry extensions after ';'; they mean nothing here.
        const qsizetype size = m_buffer.left(lineEnd).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || m_request.body.size() + size > MaxBodySize) {
            m_closeAfterResponse = true;
            respond(ok ? HttpResponse{413, "text/plain", "request body too large\n", {}}
                       : HttpResponse{400, "text/plain", "malformed chunked request body\n", {}});
            return false;
        }
        if (size == 0) {
            // The last chunk, trailer fields (ignored), then an empty line.
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", lineEnd);
            if (end < 0)
                return false;
            m_buffer.remove(0, end + 4);
            return true;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return false;
        m_request.body += m_buffer.mid(lineEnd + 2, size);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

void HttpConnection::finishRequest()
{
    m_busy = true;
    m_bodyLength = -1;
    m_chunked = false;
    m_handler(this, m_request);
}

void HttpConnection::writeHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (m_closeAfterResponse)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void HttpConnection::respond(const HttpResponse &response)
{
    QList<QPair<QByteArray, QByteArray>> headers = response.headers;
    headers.append(HttpHeader{"Content-Type", response.contentType});
    headers.append(HttpHeader{"Content-Length", QByteArray::number(response.body.size())});
    writeHead(response.status, headers);
    m_socket->write(response.body);
    m_busy = false;
    if (m_closeAfterResponse) {
        m_socket->disconnectFromHost();
        return;
    }
    // The next pipelined request, if any, once this call has returned.
    QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::beginStream(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append(HttpHeader{"Transfer-Encoding", "chunked"});
    writeHead(status, all);
    m_streaming = true;
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (!m_streaming || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endStream()
{
    if (!m_streaming)
        return;
    m_socket->write("0\r\n\r\n");
    m_streaming = false;
    m_busy = false;
    if (m_closeAfterResponse)
        m_socket->disconnectFromHost();
    else
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::abort()
{
    m_socket->abort();
    markClosed();
}

void HttpConnection::markClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    m_streaming = false;
    emit closed();
    deleteLater();
}

} // namespace sextant::fleetsim

#include "tests/support/fleetsimfixture.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace sextant::testing {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString FleetsimFixture::sourceDir()
{
    const QByteArray dir = qgetenv("SEXTANT_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(".") : QString::fromLocal8Bit(dir);
}

QString FleetsimFixture::testSeedPath()
{
    return sourceDir() + QStringLiteral("/tests/fleetsim/data/test-fleet.yaml");
}

fleetsim::FleetSimConfig FleetsimFixture::testConfig(const QString &seedPath)
{
    fleetsim::FleetSimConfig config;
    config.seedPath = seedPath;
    config.scenarioPath = QStringLiteral("none");
    config.controller.tickMs = 50;
    config.controller.operationDelayMs = 200;
    config.controller.progressingMs = 600;
    config.controller.gitPollMs = 200;
    config.api.sseKeepAliveMs = 300;
    return config;
}

FleetsimFixture::FleetsimFixture(fleetsim::FleetSimConfig config)
    : m_config(std::move(config))
{
    if (m_config.dataDir.isEmpty())
        m_config.dataDir = m_dir.path();
}

FleetsimFixture::~FleetsimFixture() = default;

bool FleetsimFixture::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    m_sim = std::make_unique<fleetsim::EmbeddedFleetSim>(m_config);
    auto endpoint = m_sim->start();
    if (!endpoint) {
        m_error = endpoint.errorMessage();
        return false;
    }
    m_endpoint = *endpoint;
    return true;
}

QString FleetsimFixture::repoPath(const QString &name) const
{
    return m_config.dataDir + QStringLiteral("/repos/") + name + QStringLiteral(".git");
}

QString FleetsimFixture::resolveToken(const QString &token) const
{
    if (token == QStringLiteral("admin"))
        return m_endpoint.token;
    if (token == QStringLiteral("readonly"))
        return m_endpoint.readonlyToken;
    return token;
}

HttpReply FleetsimFixture::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                   const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers,
                                   const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(m_endpoint.url + path));
    const QString bearer = resolveToken(token);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    if (!contentType.isEmpty() && method != "GET")
        request.setRawHeader("Content-Type", contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpReply FleetsimFixture::get(const QString &path, const QString &token)
{
    return request("GET", path, {}, token);
}

HttpReply FleetsimFixture::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QJsonObject FleetsimFixture::app(const QString &name)
{
    return get(QStringLiteral("/api/v1/applications/") + name).json();
}

bool FleetsimFixture::waitForApp(const QString &name,
                                 const std::function<bool(const QJsonObject &)> &predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (predicate(app(name)))
            return true;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

namespace {

// Decodes as much chunked-transfer body as has arrived.
void decodeChunks(const QByteArray &body, RawStream &stream)
{
    qsizetype pos = 0;
    stream.chunks.clear();
    while (pos < body.size()) {
        const qsizetype lineEnd = body.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return;
        bool ok = false;
        const qsizetype size = body.mid(pos, lineEnd - pos).toLongLong(&ok, 16);
        if (!ok)
            return;
        if (size == 0) {
            stream.ended = true;
            return;
        }
        if (lineEnd + 2 + size + 2 > body.size())
            return;
        stream.chunks.append(body.mid(lineEnd + 2, size));
        pos = lineEnd + 2 + size + 2;
    }
}

} // namespace

RawStream FleetsimFixture::readStream(const QString &path, const QByteArray &accept, int durationMs,
                                      const std::function<bool(const RawStream &)> &enough,
                                      const QString &token)
{
    const QUrl url(m_endpoint.url);
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    RawStream stream;
    if (!socket.waitForConnected(5000))
        return stream;
    QByteArray requestText =
        "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: " + url.authority().toUtf8() + "\r\n";
    if (const QString bearer = resolveToken(token); !bearer.isEmpty())
        requestText += "Authorization: Bearer " + bearer.toLatin1() + "\r\n";
    if (!accept.isEmpty())
        requestText += "Accept: " + accept + "\r\n";
    requestText += "\r\n";
    socket.write(requestText);
    QByteArray received;
    QDeadlineTimer deadline(durationMs);
    while (!deadline.hasExpired()) {
        socket.waitForReadyRead(int(std::max<qint64>(1, std::min<qint64>(50, deadline.remainingTime()))));
        received += socket.readAll();
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            continue;
        stream.head = received.left(headEnd);
        stream.status = stream.head.mid(9, 3).toInt();
        decodeChunks(received.mid(headEnd + 4), stream);
        if (stream.ended || (enough && enough(stream)))
            break;
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    socket.abort();
    return stream;
}

void FleetsimFixture::invoke(const std::function<void(fleetsim::FleetSim &)> &work)
{
    m_sim->invoke(work);
}

QJsonValue at(const QJsonValue &value, const QString &dottedPath)
{
    QJsonValue current = value;
    for (const QString &part : dottedPath.split(u'.')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        current = isIndex ? current.toArray().at(index) : current.toObject().value(part);
    }
    return current;
}

} // namespace sextant::testing

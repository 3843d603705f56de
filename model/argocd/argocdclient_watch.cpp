// ArgoCdClient's application watch stream: opened once the lists are in, read as NDJSON,
// decoded on the decode pool in order, and given up (for a retry) when it breaks.
#include "model/argocd/argocdclient.h"

#include "model/logging.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace sextant::argocd {

namespace {

// A stream line longer than this without a newline is treated as garbage.
constexpr qsizetype MaxLineBytes = 256 * 1024 * 1024;

} // namespace

void ArgoCdClient::openStream()
{
    m_streamLines.clear();
    m_streamLive = false;
    QNetworkReply *reply = ArgoCdHttp::openStream(
        *m_network,
        makeRequest(
            QStringLiteral("/api/v1/stream/applications?resourceVersion=%1").arg(m_listResourceVersion),
            true));
    m_stream = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply != m_stream)
            return;
        observe(reply);
        if (ArgoCdHttp::httpStatus(reply) != 200 || m_streamLive)
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
    m_streamLines.append(data);
    // Only whole lines go to the decoder; the owner thread just finds the last newline.
    QByteArray lines = m_streamLines.takeWholeLines();
    if (lines.isEmpty()) {
        if (m_streamLines.size() > MaxLineBytes)
            streamBroken(Error{QStringLiteral("a stream line longer than %1 MiB").arg(MaxLineBytes >> 20)},
                         true);
        return;
    }
    submitStreamData(std::move(lines), std::nullopt);
}

void ArgoCdClient::onStreamFinished()
{
    QNetworkReply *reply = m_stream;
    m_stream = nullptr;
    reply->deleteLater();
    m_streamLines.append(reply->readAll());
    const QByteArray rest = m_streamLines.takeAll();
    observe(reply);
    const int status = ArgoCdHttp::httpStatus(reply);
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
    QtConcurrent::run(&m_decodePool, &decodeWatchLines, std::move(data), m_config.name)
        .then(this, [this, generation, end = std::move(end)](const WatchBatch &batch) {
            if (generation != m_generation)
                return;
            if (!batch.events.isEmpty())
                emit eventsReceived(batch.events);
            if (generation != m_generation) // a receiver stopped or restarted us
                return;
            if (batch.error && batch.error->code == 0)
                streamBroken(*batch.error, true); // a line that is not a watch event
            else if (batch.error)                 // the server's {"error":{…}} chunk
                streamBroken(ArgoCdHttp::httpError(batch.error->code, batch.error->message,
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
        authFailed(ArgoCdHttp::tokenRefusedMessage());
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

} // namespace sextant::argocd

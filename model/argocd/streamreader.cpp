#include "model/argocd/streamreader.h"

#include "model/argocd/argocdclient.h"
#include "model/argocd/argocdhttp.h"
#include "model/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sextant::argocd {

namespace {

// A line longer than this without a newline is treated as garbage.
constexpr qsizetype MaxLineBytes = 64 * 1024 * 1024;

} // namespace

StreamReader::StreamReader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

StreamReader::~StreamReader()
{
    close();
}

void StreamReader::open(const ArgoCdClient &client, const QString &path)
{
    close();
    m_server = client.config().server;
    Result<QNetworkRequest> request = client.authorizedRequest(path);
    if (!request) {
        // Reported from the event loop, as promised; a close() before then cancels it.
        auto *pending = new QTimer(this);
        pending->setSingleShot(true);
        pending->setObjectName(QStringLiteral("pendingFailure"));
        connect(pending, &QTimer::timeout, this, [this, pending, message = request.errorMessage()] {
            pending->deleteLater();
            emit ended(message, 0);
        });
        pending->start(0);
        return;
    }
    QNetworkReply *reply = ArgoCdHttp::openStream(*m_network, *request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply != m_reply || m_live)
            return;
        if (ArgoCdHttp::httpStatus(reply) != 200)
            return;
        m_live = true;
        emit opened();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply == m_reply)
            onReadyRead();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply == m_reply)
            onFinished();
    });
}

void StreamReader::close()
{
    const QList<QTimer *> pending = findChildren<QTimer *>(QStringLiteral("pendingFailure"));
    for (QTimer *timer : pending)
        delete timer;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_lines.clear();
    m_live = false;
}

void StreamReader::onReadyRead()
{
    m_lines.append(m_reply->readAll());
    // Only a live stream carries messages; an error answer is read whole at the end.
    if (ArgoCdHttp::httpStatus(m_reply) != 200)
        return;
    if (!m_live) {
        m_live = true;
        emit opened();
        if (!m_reply)
            return;
    }
    emitLines(false);
    if (m_reply && m_lines.size() > MaxLineBytes) {
        const QString message = tr("The Argo CD server at %1 sent a stream line longer than %2 MiB.")
                                    .arg(m_server.authority())
                                    .arg(MaxLineBytes >> 20);
        close();
        emit ended(message, 200);
    }
}

void StreamReader::emitLines(bool all)
{
    // A receiver may close (clearing the buffer) or reopen the stream: then nothing more.
    const QNetworkReply *reply = m_reply;
    while (m_reply == reply) {
        if (std::optional<QByteArray> line = m_lines.takeLine()) {
            emit lineReceived(*line);
            continue;
        }
        if (all) {
            const QByteArray last = m_lines.takeAll().trimmed();
            if (!last.isEmpty())
                emit lineReceived(last);
        }
        break;
    }
}

void StreamReader::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_lines.append(reply->readAll());
    const int status = ArgoCdHttp::httpStatus(reply);
    const QNetworkReply::NetworkError error = reply->error();
    QString message;
    if (status == 200) {
        emitLines(true);
        if (m_reply != reply)
            return; // a receiver closed or reopened the stream
        message = error == QNetworkReply::NoError || error == QNetworkReply::RemoteHostClosedError
                      ? tr("The Argo CD server at %1 closed the stream.").arg(m_server.authority())
                      : tr("The stream from the Argo CD server at %1 broke: %2")
                            .arg(m_server.authority(), reply->errorString());
    } else {
        // No transfer timeout: a timeout is the connection's.
        message = ArgoCdHttp::failure(reply, m_lines.takeAll(), m_server, std::chrono::milliseconds::zero())
                      .message;
    }
    qCInfo(lcArgoCd) << "stream" << reply->url().path() << "ended:" << message;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    m_lines.clear();
    m_live = false;
    emit ended(message, status);
}

} // namespace sextant::argocd

#include "model/argocd/streamreader.h"

#include "model/argocd/argocdclient.h"
#include "model/argocd/argocddecoder.h"
#include "model/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace sextant::argocd {

namespace {

constexpr char SslErrorsProperty[] = "sextantSslErrors";
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
    m_server = client.config().server.authority();
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
    // No transfer timeout: the stream is silent while nothing changes.
    request->setTransferTimeout(std::chrono::milliseconds::zero());
    // Uncompressed, so each message arrives as soon as it is written.
    request->setRawHeader("Accept-Encoding", "identity");
    QNetworkReply *reply = m_network->get(*request);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        texts.removeDuplicates();
        reply->setProperty(SslErrorsProperty, texts.join(QStringLiteral("; ")));
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply != m_reply || m_live)
            return;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
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
    m_buffer.clear();
    m_live = false;
}

void StreamReader::onReadyRead()
{
    m_buffer += m_reply->readAll();
    // Only a live stream carries messages; an error answer is read whole at the end.
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return;
    if (!m_live) {
        m_live = true;
        emit opened();
        if (!m_reply)
            return;
    }
    emitLines(false);
    if (m_reply && m_buffer.size() > MaxLineBytes) {
        const QString message = tr("The Argo CD server at %1 sent a stream line longer than %2 MiB.")
                                    .arg(m_server)
                                    .arg(MaxLineBytes >> 20);
        close();
        emit ended(message, 200);
    }
}

void StreamReader::emitLines(bool all)
{
    const QNetworkReply *reply = m_reply;
    qsizetype start = 0;
    while (m_reply == reply) {
        qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0) {
            if (!all || start >= m_buffer.size())
                break;
            end = m_buffer.size();
        }
        const QByteArray line = m_buffer.sliced(start, end - start).trimmed();
        start = end + 1;
        if (!line.isEmpty())
            emit lineReceived(line);
    }
    // A receiver may have closed (clearing the buffer) or reopened the stream.
    if (m_reply == reply)
        m_buffer.remove(0, std::min(start, m_buffer.size()));
}

void StreamReader::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_buffer += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    QString message;
    if (status >= 300) {
        QString said = decodeErrorMessage(m_buffer);
        if (said.isEmpty())
            said = tr("no details given");
        message = tr("The Argo CD server at %1 refused the stream (HTTP %2): %3")
                      .arg(m_server)
                      .arg(status)
                      .arg(said);
    } else if (status == 200) {
        emitLines(true);
        if (m_reply != reply)
            return; // a receiver closed or reopened the stream
        message = error == QNetworkReply::NoError || error == QNetworkReply::RemoteHostClosedError
                      ? tr("The Argo CD server at %1 closed the stream.").arg(m_server)
                      : tr("The stream from the Argo CD server at %1 broke: %2")
                            .arg(m_server, reply->errorString());
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        const QString problems = reply->property(SslErrorsProperty).toString();
        message = tr("The TLS connection to the Argo CD server at %1 failed: %2")
                      .arg(m_server, problems.isEmpty() ? reply->errorString() : problems);
    } else {
        message = tr("Cannot open the stream from the Argo CD server at %1: %2")
                      .arg(m_server, reply->errorString());
    }
    qCInfo(lcArgoCd) << "stream" << reply->url().path() << "ended:" << message;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    m_buffer.clear();
    m_live = false;
    emit ended(message, status);
}

} // namespace sextant::argocd

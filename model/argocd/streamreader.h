#pragma once

#include "model/argocd/replybody.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace sextant::argocd {

class ArgoCdClient;

// Reads one NDJSON stream of an Argo CD server (for example
// /api/v1/stream/applications/{name}/resource-tree) with the address, TLS
// settings and token of an ArgoCdClient, over its own connection; requests and
// failures go through the client's HTTP layer (argocdhttp.h). Hands out whole
// lines; decoding is the caller's. No reconnects: the owner decides.
// Lives on its owner's thread; signals never fire inside open() or close().
class StreamReader : public QObject {
    Q_OBJECT
public:
    explicit StreamReader(QObject *parent = nullptr);
    ~StreamReader() override;

    // Closes the current stream, then opens `path` (relative to the server, a query
    // may follow "?"). The client is only read here, not kept.
    void open(const ArgoCdClient &client, const QString &path);
    // Aborts the stream; nothing more is emitted for it.
    void close();
    bool isOpen() const { return !m_reply.isNull(); }
    bool isLive() const { return m_live; } // the server answered 200

signals:
    void opened();                             // the server answered 200: the stream is live
    void lineReceived(const QByteArray &line); // one non-empty line, without its newline
    // The stream ended: a user-facing message, and the HTTP status (0 when none arrived,
    // 200 when the server or a proxy closed a live stream).
    void ended(const QString &message, int httpStatus);

private:
    void onReadyRead();
    void onFinished();
    void emitLines(bool all);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    NdjsonBuffer m_lines;
    QUrl m_server; // for messages
    bool m_live = false;
};

} // namespace sextant::argocd

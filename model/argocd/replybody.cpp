#include "model/argocd/replybody.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace sextant::argocd {

void appendAvailable(QNetworkReply *reply, QByteArray &body)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    if (body.isEmpty()) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        body.reserve(qMax(announced, available) + kDecodePadding);
    } else if (body.capacity() < body.size() + available + kDecodePadding) {
        body.reserve((body.size() + available) * 3 / 2 + kDecodePadding);
    }
    const qsizetype start = body.size();
    body.resize(start + available);
    const qint64 read = reply->read(body.data() + start, available);
    body.truncate(start + qMax<qint64>(read, 0));
}

void drainInPieces(QNetworkReply *reply, QByteArray &piece, const std::function<void(QByteArray)> &sink)
{
    for (qint64 available = reply->bytesAvailable(); available > 0; available = reply->bytesAvailable()) {
        if (piece.isEmpty())
            piece.reserve(kBodyPiece);
        const qsizetype start = piece.size();
        const qsizetype length = qMin<qint64>(available, kBodyPiece - start);
        piece.resize(start + length);
        const qint64 read = reply->read(piece.data() + start, length);
        piece.truncate(start + qMax<qint64>(read, 0));
        if (read <= 0)
            return;
        if (piece.size() >= kBodyPiece)
            sink(std::exchange(piece, {}));
    }
}

void NdjsonBuffer::append(QByteArrayView bytes)
{
    if (m_start > 0) {
        m_data.remove(0, m_start);
        m_start = 0;
    }
    m_data.append(bytes);
}

void NdjsonBuffer::append(const QByteArray &bytes)
{
    if (size() == 0) {
        m_data = bytes;
        m_start = 0;
        return;
    }
    append(QByteArrayView(bytes));
}

std::optional<QByteArray> NdjsonBuffer::takeLine()
{
    for (;;) {
        const qsizetype end = m_data.indexOf('\n', m_start);
        if (end < 0)
            return std::nullopt;
        QByteArray line = m_data.sliced(m_start, end - m_start).trimmed();
        m_start = end + 1;
        if (!line.isEmpty())
            return line;
    }
}

QByteArray NdjsonBuffer::takeWholeLines()
{
    const qsizetype lastNewline = m_data.lastIndexOf('\n');
    if (lastNewline < m_start)
        return {};
    if (m_start == 0 && lastNewline + 1 == m_data.size())
        return std::exchange(m_data, {});
    QByteArray lines = m_data.sliced(m_start, lastNewline + 1 - m_start);
    m_data.remove(0, lastNewline + 1);
    m_start = 0;
    return lines;
}

QByteArray NdjsonBuffer::takeAll()
{
    QByteArray rest = m_start == 0 ? std::exchange(m_data, {}) : m_data.sliced(m_start);
    clear();
    return rest;
}

void NdjsonBuffer::clear()
{
    m_data.clear();
    m_start = 0;
}

} // namespace sextant::argocd

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

class QNetworkReply;

namespace sextant::argocd {

// Reading the body of an Argo CD answer as it arrives: drained into one buffer, handed on in
// pieces, or cut into NDJSON lines. On the thread that owns the reply.

// Spare capacity that lets the JSON decoder parse a body in place (simdjson's padding).
inline constexpr qsizetype kDecodePadding = 64;
// A body handed on in pieces goes in pieces of at least this size (fewer, bigger jobs).
inline constexpr qsizetype kBodyPiece = 128 * 1024;

// Appends what `reply` has buffered to `body`, reserving the announced length plus
// kDecodePadding once, so that a list decodes in place.
void appendAvailable(QNetworkReply *reply, QByteArray &body);

// Hands what `reply` has buffered to `sink` in pieces of kBodyPiece bytes; `piece` keeps the
// last, partial one. Pieces of one size are recycled by malloc once freed, where one piece of
// everything buffered (15 MB when the GUI thread was busy) would be fresh pages to fault in.
void drainInPieces(QNetworkReply *reply, QByteArray &piece, const std::function<void(QByteArray)> &sink);

// Newline-delimited JSON as it arrives: bytes go in, whole lines come out. A line is what lies
// between two newlines, surrounding whitespace trimmed; blank lines are skipped.
class NdjsonBuffer {
public:
    void append(QByteArrayView bytes);
    void append(const QByteArray &bytes); // shared, not copied, when nothing is held

    // The next whole line; nothing until one is complete.
    std::optional<QByteArray> takeLine();
    // All the whole lines received so far, as one block with their newlines (for a decoder
    // that reads them with forEachLine()); the incomplete last line stays.
    QByteArray takeWholeLines();
    // Everything held, the incomplete last line included, as it arrived.
    QByteArray takeAll();

    qsizetype size() const { return m_data.size() - m_start; } // bytes held
    void clear();

    // Calls onLine(QByteArrayView line) for each line of `block` (a last one without its
    // newline too) until it returns false.
    template<typename OnLine> static void forEachLine(QByteArrayView block, OnLine &&onLine)
    {
        qsizetype start = 0;
        while (start < block.size()) {
            qsizetype end = block.indexOf('\n', start);
            if (end < 0)
                end = block.size();
            const QByteArrayView line = block.sliced(start, end - start).trimmed();
            start = end + 1;
            if (!line.isEmpty() && !onLine(line))
                return;
        }
    }

private:
    QByteArray m_data;
    qsizetype m_start = 0; // where the bytes not yet taken begin
};

} // namespace sextant::argocd

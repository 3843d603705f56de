#include "model/argocd/listsplitter.h"

#include <simdjson.h>

#include <cstring>

namespace sextant::argocd {

namespace {
constexpr qsizetype Padding = simdjson::SIMDJSON_PADDING;
}

ListSplitter::ListSplitter(qsizetype batchBytes)
    : m_batchBytes(qMax<qsizetype>(batchBytes, 1))
{}

void ListSplitter::feed(QByteArrayView bytes)
{
    if (m_phase == Phase::Off) {
        m_rest.append(bytes);
        return;
    }
    scan(bytes.data(), bytes.size());
}

QList<ListSplitter::Batch> ListSplitter::takeBatches()
{
    return std::exchange(m_ready, {});
}

QByteArray ListSplitter::rest() const
{
    if (m_phase != Phase::Items)
        return m_rest;
    return QByteArray(m_rest).append(QByteArrayView(m_batch).sliced(1));
}

// Appends [from, to) to where the bytes being read belong.
void ListSplitter::route(const char *from, const char *to)
{
    if (to > from)
        (m_phase == Phase::Items ? m_batch : m_rest).append(from, to - from);
}

// Hands on the batch being filled if it holds an item; it is empty afterwards.
void ListSplitter::emitBatch()
{
    QByteArray json = std::exchange(m_batch, {});
    if (m_itemsInBatch == 0)
        return;
    json.reserve(json.size() + 1 + Padding);
    json.append(']');
    m_ready.append(Batch{std::move(json), m_nextIndex});
    m_nextIndex += m_itemsInBatch;
    m_itemsInBatch = 0;
}

void ListSplitter::startBatch()
{
    m_batch.reserve(m_batchBytes + 64 * 1024);
    m_batch.append('[');
}

void ListSplitter::keyRead()
{
    m_readingKey = false;
    if (m_key != "items")
        return;
    if (m_phase == Phase::Root)
        m_itemsKey = true;
    else
        m_repeated = true;
}

void ListSplitter::scan(const char *data, qsizetype size)
{
    const char *p = data;
    const char *const end = data + size;
    const char *segment = data; // the start of the bytes not yet routed
    while (p < end) {
        if (m_inString && !m_readingKey && !m_escaped) {
            // Most of a list is string contents, where only a quote or a backslash matters:
            // a tight loop over short strings, memchr over long ones.
            const char *const shortEnd = p + qMin<qsizetype>(end - p, 32);
            while (p < shortEnd && *p != '"' && *p != '\\')
                ++p;
            if (p == shortEnd && p < end) {
                const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                const char *const stop = quote ? quote : end;
                const auto *backslash = static_cast<const char *>(std::memchr(p, '\\', size_t(stop - p)));
                p = backslash ? backslash : stop;
            }
            if (p == end)
                break;
            if (*p++ == '"') {
                m_inString = false;
            } else if (p < end) {
                ++p; // the escaped byte is text, whatever it is
            } else {
                m_escaped = true;
            }
            continue;
        }
        if (m_inString) {
            // A key at the root, or a byte escaped across two pieces: one byte at a time.
            while (p < end) {
                const char c = *p++;
                if (m_readingKey && m_key.size() < 8)
                    m_key.push_back(c);
                if (m_escaped) {
                    m_escaped = false;
                } else if (c == '\\') {
                    m_escaped = true;
                } else if (c == '"') {
                    m_inString = false;
                    if (m_readingKey) {
                        m_key.pop_back(); // the closing quote
                        keyRead();
                    }
                    break;
                }
            }
            continue;
        }
        const char c = *p++;
        if (!m_seenRoot && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            m_seenRoot = true;
            if (c != '{') { // not a list: the decoder reads it whole
                m_phase = Phase::Off;
                m_rest.append(segment, end - segment);
                return;
            }
            m_expectKey = true;
            ++m_depth;
            continue;
        }
        const bool inItems = m_phase == Phase::Items && m_depth == 2;
        switch (c) {
        case ' ':
        case '\n':
        case '\r':
        case '\t': break;
        case '"':
            m_inString = true;
            if (m_depth == 1 && m_expectKey) {
                m_expectKey = false;
                m_readingKey = true;
                m_key.clear();
            } else {
                m_itemsKey = false;
                m_itemStarted = m_itemStarted || inItems;
            }
            break;
        case '{':
        case '[':
            if (m_itemsKey && c == '[' && m_depth == 1) {
                route(segment, p); // the '[' stays in the rest, as "[]" will
                segment = p;
                m_itemsKey = false;
                m_opened = true;
                m_phase = Phase::Items;
                startBatch();
                ++m_depth;
                break;
            }
            m_itemsKey = false;
            m_itemStarted = m_itemStarted || inItems;
            ++m_depth;
            break;
        case '}':
        case ']':
            --m_depth;
            if (m_phase == Phase::Items && m_depth == 1) {
                route(segment, p - 1);
                segment = p - 1; // the ']' goes to the rest
                if (m_itemStarted)
                    ++m_itemsInBatch;
                else if (m_afterComma)
                    m_emptyItem = true;
                emitBatch();
                m_phase = Phase::AfterItems;
            }
            break;
        case ',':
            if (m_depth == 1) {
                m_expectKey = true;
                m_itemsKey = false;
            } else if (inItems) {
                if (m_itemStarted)
                    ++m_itemsInBatch;
                else
                    m_emptyItem = true;
                m_itemStarted = false;
                m_afterComma = true;
                if (!m_emptyItem && m_batch.size() + (p - 1 - segment) >= m_batchBytes) {
                    route(segment, p - 1);
                    segment = p; // the comma between two batches is dropped
                    emitBatch();
                    startBatch();
                }
            }
            break;
        case ':': break;
        default:
            m_itemsKey = false;
            m_itemStarted = m_itemStarted || inItems;
            break;
        }
    }
    route(segment, end);
}

} // namespace sextant::argocd

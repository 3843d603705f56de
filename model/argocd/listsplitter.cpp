#include "model/argocd/listsplitter.h"

#include <simdjson.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <bit>
#include <cstdint>
#include <cstring>

namespace sextant::argocd {

namespace {

constexpr qsizetype Padding = simdjson::SIMDJSON_PADDING;
// The bytes read at once inside the items: one bit per byte in a 64-bit mask.
constexpr qsizetype kBlock = 64;
constexpr qsizetype kPrefetchDistance = 32 * kBlock;

// Which of the kBlock bytes are what, bit i for byte i.
struct BlockMasks {
    std::uint64_t quote = 0;
    std::uint64_t backslash = 0;
    std::uint64_t open = 0;  // { [
    std::uint64_t close = 0; // } ]
    std::uint64_t comma = 0;
    std::uint64_t colon = 0;
    std::uint64_t space = 0; // space, tab, line feed, carriage return
};

#if defined(__SSE2__)
// The bits of `matches` (one chunk of 16 bytes) at their place in the block.
std::uint64_t chunkBits(__m128i matches, int chunk)
{
    return std::uint64_t(std::uint32_t(_mm_movemask_epi8(matches)) & 0xffff) << (16 * chunk);
}
#endif

// Quotes, backslashes and brackets: all that matters deeper than the items themselves.
void classifyStructure(const char *p, BlockMasks &m)
{
#if defined(__SSE2__)
    for (int chunk = 0; chunk < kBlock / 16; ++chunk) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * chunk));
        // '{' and '[' (0x7b, 0x5b) differ in bit 0x20 only, as do '}' and ']'.
        const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
        m.quote |= chunkBits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')), chunk);
        m.backslash |= chunkBits(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\')), chunk);
        m.open |= chunkBits(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{')), chunk);
        m.close |= chunkBits(_mm_cmpeq_epi8(folded, _mm_set1_epi8('}')), chunk);
    }
#else
    for (int i = 0; i < kBlock; ++i) {
        const std::uint64_t bit = std::uint64_t(1) << i;
        switch (p[i]) {
        case '"': m.quote |= bit; break;
        case '\\': m.backslash |= bit; break;
        case '{':
        case '[': m.open |= bit; break;
        case '}':
        case ']': m.close |= bit; break;
        default: break;
        }
    }
#endif
}

// Commas, colons and spaces: what matters between the items.
void classifySeparators(const char *p, BlockMasks &m)
{
#if defined(__SSE2__)
    for (int chunk = 0; chunk < kBlock / 16; ++chunk) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * chunk));
        const auto is = [&](char c) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)); };
        m.comma |= chunkBits(is(','), chunk);
        m.colon |= chunkBits(is(':'), chunk);
        m.space |=
            chunkBits(_mm_or_si128(_mm_or_si128(is(' '), is('\t')), _mm_or_si128(is('\n'), is('\r'))), chunk);
    }
#else
    for (int i = 0; i < kBlock; ++i) {
        const std::uint64_t bit = std::uint64_t(1) << i;
        switch (p[i]) {
        case ',': m.comma |= bit; break;
        case ':': m.colon |= bit; break;
        case ' ':
        case '\t':
        case '\n':
        case '\r': m.space |= bit; break;
        default: break;
        }
    }
#endif
}

// Bit i set when an odd number of bits at or below i are set.
std::uint64_t prefixXor(std::uint64_t bits)
{
    bits ^= bits << 1;
    bits ^= bits << 2;
    bits ^= bits << 4;
    bits ^= bits << 8;
    bits ^= bits << 16;
    bits ^= bits << 32;
    return bits;
}

// The bits below position n (0 <= n <= 64).
std::uint64_t bitsBelow(int n)
{
    return n >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1;
}

} // namespace

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
    while (p < end && m_phase != Phase::Off) {
        // Inside the items, whole blocks at once; the rest, and blocks with a backslash (an
        // escape), a byte at a time. Both leave the same state behind, so either can go on.
        if (m_phase == Phase::Items && !m_escaped && end - p >= kBlock) {
            const char *const next = scanItemsBlock(p, segment);
            if (next != p) {
                p = next;
                continue;
            }
        }
        p = scanBytes(p, p + qMin<qsizetype>(end - p, kBlock), segment);
    }
    route(segment, end);
}

// A separator between items at `comma`: counts the item before it, and hands on the batch
// once it is big enough.
void ListSplitter::itemSeparator(const char *comma, const char *&segment)
{
    if (m_itemStarted)
        ++m_itemsInBatch;
    else
        m_emptyItem = true;
    m_itemStarted = false;
    m_afterComma = true;
    if (!m_emptyItem && m_batch.size() + (comma - segment) >= m_batchBytes) {
        route(segment, comma);
        segment = comma + 1; // the comma between two batches is dropped
        emitBatch();
        startBatch();
    }
}

// The bracket at `bracket` closes the items array.
void ListSplitter::itemsEnd(const char *bracket, const char *&segment)
{
    route(segment, bracket);
    segment = bracket; // the ']' goes to the rest
    if (m_itemStarted)
        ++m_itemsInBatch;
    else if (m_afterComma)
        m_emptyItem = true;
    emitBatch();
    m_phase = Phase::AfterItems;
}

// Reads the kBlock bytes at `p` inside the items array the way scanBytes() would, from bit
// masks of the bytes that matter (all of them outside strings, only quotes inside, as a block
// without backslashes has no escapes). Returns where it stopped: after the block, after the
// bracket that closes the items, or `p` itself when the block holds a backslash.
const char *ListSplitter::scanItemsBlock(const char *p, const char *&segment)
{
#if defined(__GNUC__)
    // A list arrives from memory, not from cache: asking for the bytes some blocks ahead halves
    // the time this takes (the hardware prefetcher alone does not keep up).
    __builtin_prefetch(p + kPrefetchDistance);
#endif
    BlockMasks masks;
    classifyStructure(p, masks);
    if (masks.backslash)
        return p;
    // The bytes in strings: from an opening quote up to the closing one (excluded).
    const std::uint64_t inString = prefixXor(masks.quote) ^ (m_inString ? ~std::uint64_t(0) : 0);
    const int opens = std::popcount(masks.open & ~inString);
    const int closes = std::popcount(masks.close & ~inString);
    if (m_depth - closes > 2) {
        // Within an item all along: only the depth changes.
        m_depth += opens - closes;
        m_inString = inString >> 63;
        return p + kBlock;
    }
    // Bracket by bracket; where the depth is that of the items (between two of them), also
    // the separators and what starts an item: any byte outside strings but spaces, colons and
    // separators, and an opening quote.
    bool separatorsRead = false;
    std::uint64_t commas = 0;
    std::uint64_t starts = 0;
    int from = 0; // the start of the stretch at one depth
    for (std::uint64_t brackets = (masks.open | masks.close) & ~inString;; brackets &= brackets - 1) {
        const int at = brackets ? std::countr_zero(brackets) : int(kBlock);
        if (m_depth == 2 && at > from) {
            if (!separatorsRead) {
                classifySeparators(p, masks);
                commas = masks.comma & ~inString;
                starts = ((~(masks.space | masks.colon | masks.open | masks.close) & ~inString) |
                          (masks.quote & inString)) &
                         ~commas;
                separatorsRead = true;
            }
            const std::uint64_t stretch = bitsBelow(at) & ~bitsBelow(from);
            int itemFrom = from;
            for (std::uint64_t pending = commas & stretch; pending; pending &= pending - 1) {
                const int comma = std::countr_zero(pending);
                if (starts & bitsBelow(comma) & ~bitsBelow(itemFrom))
                    m_itemStarted = true;
                itemFrom = comma + 1;
                itemSeparator(p + comma, segment);
            }
            if (starts & stretch & ~bitsBelow(itemFrom))
                m_itemStarted = true;
        }
        if (!brackets)
            break;
        from = at + 1;
        if (masks.open & (std::uint64_t(1) << at)) {
            m_itemStarted = m_itemStarted || m_depth == 2;
            ++m_depth;
        } else if (--m_depth == 1) {
            m_inString = false;
            itemsEnd(p + at, segment);
            return p + at + 1;
        }
    }
    m_inString = inString >> 63;
    return p + kBlock;
}

// Reads [p, limit) a byte at a time; returns where it stopped (limit, or earlier once the body is
// found not to be a list).
const char *ListSplitter::scanBytes(const char *p, const char *const limit, const char *&segment)
{
    const char *const end = limit;
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
                return p;
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
            if (m_phase == Phase::Items && m_depth == 1)
                itemsEnd(p - 1, segment);
            break;
        case ',':
            if (m_depth == 1) {
                m_expectKey = true;
                m_itemsKey = false;
            } else if (inItems) {
                itemSeparator(p - 1, segment);
            }
            break;
        case ':': break;
        default:
            m_itemsKey = false;
            m_itemStarted = m_itemStarted || inItems;
            break;
        }
    }
    return p;
}

} // namespace sextant::argocd

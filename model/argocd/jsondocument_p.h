#pragma once

// Private to the Argo CD decoders: parsing one document with simdjson for a JsonReader
// (jsonreader_p.h), with the parsers kept per thread and, for big documents, per process.

#include "model/argocd/jsonreader_p.h"
#include "model/result.h"

#include <QByteArrayView>
#include <QString>

#include <simdjson.h>

#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace sextant::argocd::detail {

inline od::parser &threadParser()
{
    thread_local od::parser parser;
    return parser;
}

// The parser for big documents, kept between calls. Setting up simdjson's buffers for a 50 MB
// list (tens of MB of fresh pages for its index) costs more than decoding it, and lists come
// again on every reconnect. One parser is kept, sized for the biggest document seen; a thread
// that finds it taken uses a parser of its own for that call.
class LargeParserCache {
public:
    std::unique_ptr<od::parser> take()
    {
        const std::lock_guard lock(m_mutex);
        if (m_parked)
            return std::move(m_parked);
        return std::make_unique<od::parser>();
    }
    void give(std::unique_ptr<od::parser> parser)
    {
        const std::lock_guard lock(m_mutex);
        if (!m_parked || m_parked->capacity() < parser->capacity())
            m_parked = std::move(parser);
    }

    void clear()
    {
        const std::lock_guard lock(m_mutex);
        m_parked.reset();
    }

private:
    std::mutex m_mutex;
    std::unique_ptr<od::parser> m_parked;
};

inline LargeParserCache &largeParsers()
{
    static LargeParserCache cache;
    return cache;
}

// A parser for one call: the thread's own for small documents, the shared one for big ones.
class ParserLease {
public:
    explicit ParserLease(size_t size)
    {
        if (size > kThreadParserCapacity)
            m_large = largeParsers().take();
    }
    ~ParserLease()
    {
        if (m_large)
            largeParsers().give(std::move(m_large));
    }
    ParserLease(const ParserLease &) = delete;
    ParserLease &operator=(const ParserLease &) = delete;
    od::parser &operator*() { return m_large ? *m_large : threadParser(); }

private:
    std::unique_ptr<od::parser> m_large;
};

inline QString describe(error_code error)
{
    switch (error) {
    case simdjson::EMPTY: return QStringLiteral("$: empty body");
    case simdjson::UNCLOSED_STRING:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return QStringLiteral("$: the JSON ends too early (truncated?)");
    case simdjson::UTF8_ERROR: return QStringLiteral("$: the JSON is not valid UTF-8");
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC: return QStringLiteral("$: the JSON is too large to decode");
    default: break;
    }
    return u"$: malformed JSON ("_s + QLatin1StringView(simdjson::error_message(error)) + u')';
}

// Parses `json` (readable up to json.data() + readable) and hands the document to
// `decode(od::document &) -> Result<T>`; `reader` names the place of any mistake.
template<typename T, typename Reader, typename Decode>
Result<T> parseWith(Reader &reader, QByteArrayView json, qsizetype readable, Decode &&decode)
{
    qsizetype first = 0;
    while (first < json.size() && isJsonSpace(json[first]))
        ++first;
    if (first == json.size())
        return Error{QStringLiteral("$: empty body")};

    const char *data = json.data();
    const auto size = size_t(json.size());
    auto capacity = size_t(qMax(readable, json.size()));
    std::optional<simdjson::padded_string> copy;
    if (capacity - size < kPadding) {
        copy.emplace(data, size);
        data = copy->data();
        capacity = size + kPadding;
    }

    ParserLease parser(size);
    od::document document;
    if (const error_code error = (*parser).iterate(data, size, capacity).get(document))
        return Error{describe(error)};
    try {
        Result<T> result = decode(document);
        if (!document.at_end())
            reader.fail(QStringLiteral("unexpected data after the JSON document"));
        return result;
    } catch (const DecodeFailure &failure) {
        return Error{failure.message};
    }
}

// The same for a document whose root is an object, handed to `decode(Reader &, od::object &)`.
template<typename T, typename Reader, typename Decode>
Result<T> decodeDocumentWith(Reader &reader, QByteArrayView json, qsizetype readable, Decode &&decode)
{
    return parseWith<T>(reader, json, readable, [&](od::document &document) -> Result<T> {
        od::object root;
        if (const error_code error = document.get_object().get(root))
            reader.failJson(error, "an object");
        return decode(reader, root);
    });
}

// The same with a Reader (a JsonReader) made for the call.
template<typename T, typename Reader, typename Decode>
Result<T> decodeDocument(QByteArrayView json, qsizetype readable, Decode &&decode)
{
    Reader reader;
    return decodeDocumentWith<T>(reader, json, readable, std::forward<Decode>(decode));
}

} // namespace sextant::argocd::detail

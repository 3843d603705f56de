#pragma once

// Private to the Argo CD decoders: the machinery that reads JSON with simdjson's on-demand API
// into Qt types quickly, with the JSON path of each value at hand for error messages. Nothing
// here knows Argo CD; argocddecoder.cpp and applicationdecoder.cpp say what the fields mean.
// Parsing a document for a reader: jsondocument_p.h.

#include "model/result.h"
#include "model/support/rfc3339.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <simdjson.h>

#include <charconv>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sextant::argocd::detail {

namespace od = simdjson::ondemand;
using namespace Qt::StringLiterals;
using simdjson::error_code;

inline constexpr size_t kPadding = simdjson::SIMDJSON_PADDING;
// Documents up to this size use one parser per thread (watch events arrive one by one);
// bigger ones share one parser kept for the process (see LargeParserCache).
inline constexpr size_t kThreadParserCapacity = 1 << 20;
// Longer strings are not interned: they are unlikely to repeat and costly to hash.
inline constexpr size_t kMaxInternedLength = 512;
inline constexpr int kMaxPathDepth = 32;
// Fields whose values recur (a history repeats its source, resources cycle through a few kinds)
// get a small cache of their own in front of the intern hash; the decoder numbers them.
using Slot = quint8;
inline constexpr Slot kNoSlot = 0;
inline constexpr Slot kMaxSlots = 32;
// Entries per slot in the string cache in front of the intern hash.
inline constexpr size_t kCacheWays = 8;
// Label and annotation maps whose text is at most this long are shared between the objects
// that carry the same ones.
inline constexpr size_t kMaxSharedMapText = 2048;

// Thrown once the message (path included) is written; caught by decodeDocument().
struct DecodeFailure {
    QString message;
};

inline bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline bool isIdentifier(std::string_view key)
{
    if (key.empty() || (key.front() >= '0' && key.front() <= '9'))
        return false;
    for (const char c : key) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

// A field name test the compiler turns into a few integer compares.
template<size_t N> inline bool is(std::string_view key, const char (&name)[N])
{
    return key.size() == N - 1 && std::memcmp(key.data(), name, N - 1) == 0;
}

inline QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The wire spelling of a status word lives in model/domain/status.cpp; this feeds it the
// (ASCII) bytes through a stack buffer instead of a QString.
template<typename Enum>
inline Enum parseWord(std::string_view word, Enum (*parse)(QStringView), Enum fallback)
{
    char16_t buffer[32];
    if (word.size() > std::size(buffer))
        return fallback;
    for (size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c >= 0x80)
            return fallback;
        buffer[i] = char16_t(c);
    }
    return parse(QStringView(buffer, qsizetype(word.size())));
}

// Reads the values of one document into Qt types, keeping the JSON path of the value being
// read. A mistake in the input throws DecodeFailure with the path in its message; decodeDocument()
// catches it and returns an Error, so nothing is thrown past the decoder. One reader per call:
// the strings it interns and the maps it shares are shared within that call's result.
class JsonReader {
public:
    JsonReader() { m_strings.reserve(256); }

    // --- where we are ---------------------------------------------------------------------

    void enter(std::string_view key)
    {
        if (m_depth < kMaxPathDepth)
            m_path[m_depth] = {key, -1};
        ++m_depth;
    }
    void enter(qint64 index)
    {
        if (m_depth < kMaxPathDepth)
            m_path[m_depth] = {{}, index};
        ++m_depth;
    }
    void leave() { --m_depth; }

    QString path() const
    {
        QString text = QStringLiteral("$");
        for (int i = 0; i < qMin(m_depth, kMaxPathDepth); ++i) {
            const Segment &segment = m_path[i];
            if (segment.index >= 0) {
                text += u'[' + QString::number(segment.index) + u']';
            } else if (isIdentifier(segment.key)) {
                text += u'.' + fromUtf8(segment.key);
            } else {
                text += u"[\""_s + fromUtf8(segment.key) + u"\"]"_s;
            }
        }
        if (m_depth > kMaxPathDepth)
            text += u"…"_s;
        return text;
    }

    [[noreturn]] void fail(const QString &what) const { throw DecodeFailure{path() + u": "_s + what}; }

    // `expected` describes what a type error should say ("a string"); nullptr for errors in
    // the structure itself.
    [[noreturn]] void failJson(error_code error, const char *expected) const
    {
        fail(errorText(error, expected));
    }

    // What failJson() says after the path.
    static QString errorText(error_code error, const char *expected)
    {
        switch (error) {
        case simdjson::INCORRECT_TYPE:
        case simdjson::NUMBER_ERROR:
        case simdjson::NUMBER_OUT_OF_RANGE:
        case simdjson::BIGINT_ERROR:
        case simdjson::T_ATOM_ERROR:
        case simdjson::F_ATOM_ERROR:
        case simdjson::N_ATOM_ERROR:
            if (expected)
                return u"expected "_s + QLatin1StringView(expected);
            return QStringLiteral("not a valid JSON value");
        case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        case simdjson::UNCLOSED_STRING: return QStringLiteral("the JSON ends too early (truncated?)");
        case simdjson::EMPTY: return QStringLiteral("empty body");
        case simdjson::UTF8_ERROR: return QStringLiteral("the JSON is not valid UTF-8");
        case simdjson::DEPTH_ERROR: return QStringLiteral("the JSON is nested too deeply");
        case simdjson::TAPE_ERROR:
            return QStringLiteral(
                "malformed JSON (a brace, bracket, comma or colon is missing or misplaced)");
        default: break;
        }
        return u"malformed JSON ("_s + QLatin1StringView(simdjson::error_message(error)) + u')';
    }

    // --- containers -----------------------------------------------------------------------

    // Calls onField(key, value) for each field of an object, with the path extended by the key;
    // fields it does not read are skipped. A null counts as absent (returns false); anything
    // else that is not an object is an error. Keys are as written (escapes left in), which is
    // what field names look like in practice.
    template<typename F> bool object(od::value &value, F &&onField)
    {
        if (!startObject(value))
            return false;
        od::object object;
        if (const error_code error = value.get_object().get(object))
            failJson(error, "an object");
        fields(object, onField);
        return true;
    }

    template<typename F> void fields(od::object &object, F &&onField)
    {
        for (auto item : object) {
            od::field field;
            if (const error_code error = std::move(item).get(field))
                failJson(error, nullptr);
            const std::string_view key = field.escaped_key();
            enter(key);
            onField(key, field.value());
            leave();
        }
    }

    // Calls onItem(value) for each element, with the path extended by the index. Null: absent.
    template<typename F> void array(od::value &value, F &&onItem)
    {
        const char first = peek(value);
        if (first != '[') {
            if (first == 'n' && isNull(value))
                return;
            fail(QStringLiteral("expected an array"));
        }
        od::array array;
        if (const error_code error = value.get_array().get(array))
            failJson(error, "an array");
        elements(array, onItem);
    }

    // The same for an array at hand; the first element's index is `index` (a piece of a longer
    // array has its place in the path).
    template<typename F> void elements(od::array &array, F &&onItem, qint64 index = 0)
    {
        for (auto item : array) {
            od::value element;
            if (const error_code error = std::move(item).get(element))
                failJson(error, nullptr);
            enter(index);
            onItem(element);
            leave();
            ++index;
        }
    }

    // The same where the object must be there (list items): null is an error too.
    template<typename F> void requiredObject(od::value &value, F &&onField)
    {
        if (peek(value) != '{')
            fail(QStringLiteral("expected an object"));
        object(value, onField);
    }

    // The first character of the value: '{', '[', '"', a digit or '-', 't', 'f' or 'n'.
    static char peek(od::value &value)
    {
        const std::string_view token = value.raw_json_token();
        return token.empty() ? '\0' : token.front();
    }

    // Whether an object is there (without reading it): null is absent, other types are errors.
    bool objectPresent(od::value &value)
    {
        const char first = peek(value);
        if (first == '{')
            return true;
        if (first == 'n' && isNull(value))
            return false;
        fail(QStringLiteral("expected an object"));
    }

    // --- scalars --------------------------------------------------------------------------

    // The text between a string's quotes as written (escapes left in); false for null.
    bool rawString(od::value &value, std::string_view &out)
    {
        const std::string_view token = value.raw_json_token();
        if (token.empty())
            failJson(simdjson::INCOMPLETE_ARRAY_OR_OBJECT, nullptr);
        if (token.front() != '"') {
            if (token.front() == 'n' && isNull(value))
                return false;
            fail(QStringLiteral("expected a string"));
        }
        // The token runs from the opening quote to the next structural character.
        size_t end = token.size();
        while (end > 1 && isJsonSpace(token[end - 1]))
            --end;
        if (end < 2 || token[end - 1] != '"')
            failJson(simdjson::TAPE_ERROR, nullptr);
        out = token.substr(1, end - 2);
        return true;
    }

    // The string's bytes, unescaped, valid for the whole call; false for null.
    bool string(od::value &value, std::string_view &out)
    {
        if (!rawString(value, out))
            return false;
        if (std::memchr(out.data(), '\\', out.size())) {
            if (const error_code error = value.get_string().get(out))
                failJson(error, "a string");
        }
        return true;
    }

    // A string that is likely unique (names, uids): converted, not interned.
    QString text(od::value &value)
    {
        std::string_view raw;
        if (!rawString(value, raw))
            return {};
        return convert(raw);
    }

    // A string that is likely to repeat: shared with its earlier occurrences in this call.
    QString word(od::value &value, Slot slot = kNoSlot)
    {
        std::string_view raw;
        if (!rawString(value, raw))
            return {};
        return intern(raw, slot);
    }

    QStringList words(od::value &value, Slot slot = kNoSlot)
    {
        QStringList list;
        array(value, [&](od::value &item) { list.append(word(item, slot)); });
        return list;
    }

    // `raw` as written between quotes, escapes and all: equal raw texts are equal strings, so
    // the lookups need no unescaping. A small cache per slot catches the values that recur
    // in runs (a history repeats its source; resources cycle through a few kinds), the hash
    // the rest.
    QString intern(std::string_view raw, Slot slot = kNoSlot)
    {
        if (raw.empty())
            return QString();
        if (raw.size() > kMaxInternedLength)
            return convert(raw);
        Cached *cached = nullptr;
        if (slot != kNoSlot) {
            Q_ASSERT(slot < kMaxSlots);
            const size_t way = (raw.size() ^ static_cast<unsigned char>(raw.back())) % kCacheWays;
            cached = &m_cache[size_t(slot)][way];
            if (cached->raw.size() == raw.size() &&
                std::memcmp(cached->raw.data(), raw.data(), raw.size()) == 0)
                return cached->value;
        }
        auto known = m_strings.constFind(QByteArrayView(raw.data(), qsizetype(raw.size())));
        if (known == m_strings.cend())
            known = m_strings.insert(keep(raw), convert(raw));
        if (cached)
            *cached = {std::string_view(known.key().data(), size_t(known.key().size())), *known};
        return *known;
    }

    // The string for a raw JSON string text (valid UTF-8: simdjson checked the document).
    QString convert(std::string_view raw)
    {
        const char *backslash = static_cast<const char *>(std::memchr(raw.data(), '\\', raw.size()));
        if (!backslash)
            return fromUtf8(raw);
        QString text;
        text.reserve(qsizetype(raw.size()));
        const char *at = raw.data();
        const char *const end = raw.data() + raw.size();
        while (backslash) {
            text.append(QUtf8StringView(at, backslash - at));
            at = backslash + 1;
            if (at == end)
                fail(QStringLiteral("invalid escape in a string"));
            switch (*at++) {
            case '"': text.append(u'"'); break;
            case '\\': text.append(u'\\'); break;
            case '/': text.append(u'/'); break;
            case 'b': text.append(u'\b'); break;
            case 'f': text.append(u'\f'); break;
            case 'n': text.append(u'\n'); break;
            case 'r': text.append(u'\r'); break;
            case 't': text.append(u'\t'); break;
            case 'u': {
                const char16_t unit = hex4(at, end);
                at += 4;
                if (QChar::isHighSurrogate(unit)) {
                    if (end - at < 6 || at[0] != '\\' || at[1] != 'u')
                        fail(QStringLiteral("invalid escape in a string"));
                    const char16_t low = hex4(at + 2, end);
                    if (!QChar::isLowSurrogate(low))
                        fail(QStringLiteral("invalid escape in a string"));
                    at += 6;
                    text.append(QChar(unit));
                    text.append(QChar(low));
                } else if (QChar::isLowSurrogate(unit)) {
                    fail(QStringLiteral("invalid escape in a string"));
                } else {
                    text.append(QChar(unit));
                }
                break;
            }
            default: fail(QStringLiteral("invalid escape in a string"));
            }
            backslash = static_cast<const char *>(std::memchr(at, '\\', size_t(end - at)));
        }
        text.append(QUtf8StringView(at, end - at));
        return text;
    }

    void boolean(od::value &value, bool &out)
    {
        bool flag = false;
        const error_code error = value.get_bool().get(flag);
        if (!error) {
            out = flag;
            return;
        }
        if (peek(value) == 'n' && isNull(value))
            return;
        failJson(error, "a boolean");
    }

    void integer(od::value &value, qint64 &out)
    {
        int64_t number = 0;
        const error_code error = value.get_int64().get(number);
        if (!error) {
            out = number;
            return;
        }
        if (peek(value) == 'n' && isNull(value))
            return;
        failJson(error, "an integer");
    }

    // Kubernetes' resourceVersion: a string holding a number ("884213"). A JSON number is
    // accepted too; "" and null read as 0.
    qint64 numericString(od::value &value)
    {
        const char first = peek(value);
        if (first != '"') {
            qint64 number = 0;
            if (first == '-' || (first >= '0' && first <= '9') || first == 'n') {
                integer(value, number);
                return number;
            }
            fail(QStringLiteral("expected a string"));
        }
        std::string_view view;
        string(value, view);
        if (view.empty())
            return 0;
        qint64 number = 0;
        const auto [end, error] = std::from_chars(view.data(), view.data() + view.size(), number);
        if (error != std::errc() || end != view.data() + view.size())
            fail(u"expected a number in a string, got \""_s + fromUtf8(view) + u'"');
        return number;
    }

    // RFC 3339, UTC; "" and null read as an invalid QDateTime (Go writes a zero time as null).
    QDateTime time(od::value &value)
    {
        std::string_view view;
        if (!string(value, view) || view.empty())
            return {};
        const std::optional<qint64> msecs = support::parseRfc3339(view);
        if (!msecs)
            fail(u"expected an RFC 3339 timestamp, got \""_s + fromUtf8(view.substr(0, 64)) + u'"');
        return QDateTime::fromMSecsSinceEpoch(*msecs, QTimeZone::UTC);
    }

    // A JSON object of strings. Objects with the same entries share one QMap.
    QMap<QString, QString> stringMap(od::value &value, Slot keySlot = kNoSlot, Slot valueSlot = kNoSlot)
    {
        m_pairs.clear();
        if (!startObject(value))
            return {};
        od::object object;
        if (const error_code error = value.get_object().get(object))
            failJson(error, "an object");
        fields(object, [&](std::string_view key, od::value &item) {
            std::string_view text;
            if (rawString(item, text))
                m_pairs.push_back({key, text});
        });
        if (m_pairs.empty())
            return {};
        m_mapText.clear();
        for (const auto &[key, text] : m_pairs) {
            m_mapText.append(key);
            m_mapText.push_back('"');
            m_mapText.append(text);
            m_mapText.push_back('"');
        }
        const bool shared = m_mapText.size() <= kMaxSharedMapText;
        if (shared) {
            const auto known =
                m_maps.constFind(QByteArray::fromRawData(m_mapText.data(), qsizetype(m_mapText.size())));
            if (known != m_maps.cend())
                return *known;
        }
        QMap<QString, QString> map;
        // Go writes map keys sorted, so each insertion lands at the end.
        for (const auto &[key, text] : m_pairs)
            map.insert(map.cend(), intern(key, keySlot), intern(text, valueSlot));
        if (shared)
            m_maps.insert(QByteArray(m_mapText.data(), qsizetype(m_mapText.size())), map);
        return map;
    }

    // Decodes an array into `out` through `scratch`, so that `out` gets exactly the capacity it
    // needs (a QList grown item by item keeps up to twice that, and moves the items each time).
    template<typename T, typename F>
    void list(od::value &value, QList<T> &out, std::vector<T> &scratch, F &&decodeItem)
    {
        scratch.clear();
        array(value, [&](od::value &item) { decodeItem(item, scratch.emplace_back()); });
        out.clear();
        out.reserve(qsizetype(scratch.size()));
        for (T &item : scratch)
            out.append(std::move(item));
    }

private:
    struct Segment {
        std::string_view key;
        qint64 index = -1;
    };
    struct Cached {
        std::string_view raw;
        QString value;
    };

    // A copy of `raw` that lives as long as the reader: the interned strings' keys outlive the
    // buffer they were read from when one reader decodes a list in pieces.
    QByteArrayView keep(std::string_view raw)
    {
        if (m_keptBlocks.empty() ||
            m_keptBlocks.back().capacity() - m_keptBlocks.back().size() < raw.size()) {
            m_keptBlocks.emplace_back();
            m_keptBlocks.back().reserve(qMax(raw.size(), size_t(16 * 1024)));
        }
        std::string &block = m_keptBlocks.back();
        const size_t at = block.size();
        block.append(raw); // within the reserved capacity: earlier views stay valid
        return QByteArrayView(block.data() + at, qsizetype(raw.size()));
    }

    char16_t hex4(const char *at, const char *end) const
    {
        if (end - at < 4)
            fail(QStringLiteral("invalid escape in a string"));
        char16_t unit = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = at[i];
            int digit = 0;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            else
                fail(QStringLiteral("invalid escape in a string"));
            unit = char16_t(unit * 16 + digit);
        }
        return unit;
    }

    static bool isNull(od::value &value)
    {
        bool null = false;
        return !value.is_null().get(null) && null;
    }

    bool startObject(od::value &value)
    {
        const char first = peek(value);
        if (first == '{')
            return true;
        if (first == 'n' && isNull(value))
            return false;
        fail(QStringLiteral("expected an object"));
    }

    Segment m_path[kMaxPathDepth];
    int m_depth = 0;
    QHash<QByteArrayView, QString> m_strings; // keys point into m_keptBlocks
    std::vector<std::string> m_keptBlocks;
    Cached m_cache[kMaxSlots][kCacheWays];
    std::vector<std::pair<std::string_view, std::string_view>> m_pairs;
    std::string m_mapText;
    QHash<QByteArray, QMap<QString, QString>> m_maps;
};

} // namespace sextant::argocd::detail

#include "model/diff/yamljson.h"

#include <QJsonArray>
#include <QSet>
#include <QVariant>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

namespace sextant {
namespace {

// Limits that keep hostile input (alias "billion laughs", self-referencing anchors) from
// exhausting the stack or the memory.
constexpr int kMaxDepth = 1000;
constexpr qsizetype kMaxNodes = 1'000'000;

constexpr std::string_view kTagStr = "tag:yaml.org,2002:str";
constexpr std::string_view kTagBinary = "tag:yaml.org,2002:binary";
constexpr std::string_view kTagNull = "tag:yaml.org,2002:null";
constexpr std::string_view kTagBool = "tag:yaml.org,2002:bool";
constexpr std::string_view kTagInt = "tag:yaml.org,2002:int";
constexpr std::string_view kTagFloat = "tag:yaml.org,2002:float";
constexpr std::string_view kTagMerge = "tag:yaml.org,2002:merge";

Error yamlError(const YAML::Mark &mark, const QString &message)
{
    if (mark.is_null())
        return Error{message};
    return Error{
        QStringLiteral("line %1, column %2: %3").arg(mark.line + 1).arg(mark.column + 1).arg(message)};
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// ---------------------------------------------------------------------------------------------
// Scalar resolution, YAML 1.2 core schema.

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isOctalDigit(char c)
{
    return c >= '0' && c <= '7';
}
bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

template<typename Pred> bool allOf(std::string_view s, Pred pred)
{
    for (char c : s) {
        if (!pred(c))
            return false;
    }
    return true;
}

bool isNullText(std::string_view s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::optional<bool> boolText(std::string_view s)
{
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    return std::nullopt;
}

// Digits of `digits` in `base` accumulated into a double, for integers beyond qint64.
double bigInteger(std::string_view digits, int base)
{
    double value = 0;
    for (char c : digits) {
        const int d = isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
        value = value * base + d;
    }
    return value;
}

// An integer beyond qint64 as a double; beyond double it stays text.
std::optional<QJsonValue> bigIntegerValue(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    return QJsonValue(value);
}

std::optional<QJsonValue> integerText(std::string_view s)
{
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
        const int base = s[1] == 'o' ? 8 : 16;
        const std::string_view digits = s.substr(2);
        if (!allOf(digits, base == 8 ? isOctalDigit : isHexDigit))
            return std::nullopt;
        qint64 value = 0;
        const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
        if (ec == std::errc::result_out_of_range)
            return bigIntegerValue(bigInteger(digits, base));
        if (ec != std::errc() || ptr != digits.data() + digits.size())
            return std::nullopt;
        return QJsonValue(value);
    }
    std::string_view digits = s;
    bool negative = false;
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
        negative = digits[0] == '-';
        digits.remove_prefix(1);
    }
    if (digits.empty() || !allOf(digits, isDigit))
        return std::nullopt;
    // from_chars takes a '-' but no '+'.
    const std::string_view signedDigits = negative ? s : digits;
    qint64 value = 0;
    const auto [ptr, ec] =
        std::from_chars(signedDigits.data(), signedDigits.data() + signedDigits.size(), value, 10);
    if (ec == std::errc::result_out_of_range)
        return bigIntegerValue(negative ? -bigInteger(digits, 10) : bigInteger(digits, 10));
    if (ec != std::errc())
        return std::nullopt;
    return QJsonValue(value);
}

// The power of ten of the first significant digit of an unsigned decimal number such as
// "0.0012e5" (here 2), saturating; 0 when there is no significant digit.
long long decimalMagnitude(std::string_view number)
{
    long long position = 0; // power of ten of the digit being read, relative to the point
    const std::size_t point = number.find('.');
    const std::size_t mantissaEnd = std::min(number.find_first_of("eE"), number.size());
    const std::size_t intDigits = std::min(point, mantissaEnd);
    std::optional<long long> first;
    for (std::size_t i = 0; i < mantissaEnd && !first; ++i) {
        if (i == point)
            continue;
        position = i < point ? static_cast<long long>(intDigits - i) - 1 : -static_cast<long long>(i - point);
        if (number[i] != '0')
            first = position;
    }
    if (!first)
        return 0;
    long long exponent = 0;
    bool negativeExponent = false;
    for (std::size_t i = mantissaEnd + 1; i < number.size(); ++i) {
        if (number[i] == '-')
            negativeExponent = true;
        else if (isDigit(number[i]) && exponent < 1'000'000'000)
            exponent = exponent * 10 + (number[i] - '0');
    }
    return *first + (negativeExponent ? -exponent : exponent);
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
std::optional<double> floatText(std::string_view s)
{
    std::string_view rest = s;
    bool negative = false;
    if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) {
        negative = rest[0] == '-';
        rest.remove_prefix(1);
    }
    const std::string_view number = rest;
    std::size_t i = 0;
    std::size_t intDigits = 0;
    while (i < rest.size() && isDigit(rest[i])) {
        ++i;
        ++intDigits;
    }
    std::size_t fracDigits = 0;
    if (i < rest.size() && rest[i] == '.') {
        ++i;
        while (i < rest.size() && isDigit(rest[i])) {
            ++i;
            ++fracDigits;
        }
    }
    if (intDigits == 0 && fracDigits == 0)
        return std::nullopt;
    if (i < rest.size() && (rest[i] == 'e' || rest[i] == 'E')) {
        ++i;
        if (i < rest.size() && (rest[i] == '-' || rest[i] == '+'))
            ++i;
        std::size_t expDigits = 0;
        while (i < rest.size() && isDigit(rest[i])) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return std::nullopt;
    }
    if (i != rest.size())
        return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ptr != number.data() + number.size() || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // from_chars leaves `value` alone then: an overflow (1e400) is not representable in
        // JSON and stays text, an underflow (1e-400) is zero.
        if (decimalMagnitude(number) > 0)
            return std::nullopt;
        value = 0;
    }
    return negative ? -value : value;
}

QJsonValue resolvePlain(const std::string &text)
{
    if (isNullText(text))
        return QJsonValue(QJsonValue::Null);
    if (const auto b = boolText(text))
        return QJsonValue(*b);
    if (auto i = integerText(text))
        return *i;
    if (const auto f = floatText(text))
        return QJsonValue(*f);
    return QJsonValue(fromStd(text));
}

// ---------------------------------------------------------------------------------------------
// yaml-cpp node -> QJsonValue.

QString describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: return QStringLiteral("a mapping");
    case YAML::NodeType::Sequence: return QStringLiteral("a sequence");
    case YAML::NodeType::Scalar: return QStringLiteral("a scalar");
    default: return QStringLiteral("null");
    }
}

class Converter {
public:
    std::optional<Error> error;

    QJsonValue convert(const YAML::Node &node, int depth)
    {
        if (error)
            return {};
        if (depth > kMaxDepth)
            return fail(node.Mark(), QStringLiteral("nested more than %1 levels deep").arg(kMaxDepth));
        if (++m_nodes > kMaxNodes)
            return fail(
                node.Mark(),
                QStringLiteral("the document expands to more than %1 values (aliases?)").arg(kMaxNodes));
        switch (node.Type()) {
        case YAML::NodeType::Map: return mapping(node, depth);
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node &item : node) {
                QJsonValue value = convert(item, depth + 1);
                if (error)
                    return {};
                array.append(value);
            }
            return array;
        }
        case YAML::NodeType::Scalar: return scalar(node);
        case YAML::NodeType::Null:
            if (node.Tag() == kTagStr)
                return QString();
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Undefined: break;
        }
        return QJsonValue(QJsonValue::Null);
    }

private:
    qsizetype m_nodes = 0;

    QJsonValue fail(const YAML::Mark &mark, const QString &message)
    {
        if (!error)
            error = yamlError(mark, message);
        return {};
    }

    QJsonValue scalar(const YAML::Node &node)
    {
        const std::string &tag = node.Tag();
        const std::string &text = node.Scalar();
        if (tag == "?")
            return resolvePlain(text);
        if (tag == "!" || tag == kTagStr || tag == kTagBinary)
            return fromStd(text);
        if (tag == kTagNull) {
            if (isNullText(text))
                return QJsonValue(QJsonValue::Null);
        } else if (tag == kTagBool) {
            if (const auto b = boolText(text))
                return QJsonValue(*b);
        } else if (tag == kTagInt) {
            if (auto i = integerText(text))
                return *i;
        } else if (tag == kTagFloat) {
            if (const auto f = floatText(text))
                return QJsonValue(*f);
        } else {
            // Application tags (!foo) have no meaning here: keep the text.
            return fromStd(text);
        }
        return fail(node.Mark(),
                    QStringLiteral("cannot read \"%1\" as %2")
                        .arg(fromStd(text), fromStd(tag).replace(QStringLiteral("tag:yaml.org,2002:"),
                                                                 QStringLiteral("!!"))));
    }

    static bool isMergeKey(const YAML::Node &key)
    {
        return key.IsScalar() && key.Scalar() == "<<" && (key.Tag() == "?" || key.Tag() == kTagMerge);
    }

    QJsonValue mapping(const YAML::Node &node, int depth)
    {
        QJsonObject object;
        QList<YAML::Node> merges;
        for (auto it = node.begin(); it != node.end(); ++it) {
            // Copies: the iterator's value is a temporary, so a reference into it dangles.
            const YAML::detail::iterator_value entry = *it;
            const YAML::Node keyNode = entry.first;
            const YAML::Node valueNode = entry.second;
            if (isMergeKey(keyNode)) {
                merges.append(valueNode);
                continue;
            }
            QString key;
            if (keyNode.IsScalar())
                key = fromStd(keyNode.Scalar());
            else if (keyNode.IsNull())
                key = QStringLiteral("null");
            else
                return fail(
                    keyNode.Mark(),
                    QStringLiteral("a mapping key must be a scalar, found %1").arg(describe(keyNode)));
            if (object.contains(key))
                return fail(keyNode.Mark(), QStringLiteral("duplicate key \"%1\"").arg(key));
            QJsonValue value = convert(valueNode, depth + 1);
            if (error)
                return {};
            object.insert(key, value);
        }
        // Explicit keys win over merged ones; among merged mappings the first one listed wins.
        for (const YAML::Node &merge : std::as_const(merges)) {
            if (merge.IsMap()) {
                if (!mergeInto(object, merge, depth))
                    return {};
            } else if (merge.IsSequence()) {
                for (const YAML::Node &item : merge) {
                    if (!item.IsMap())
                        return fail(
                            item.Mark(),
                            QStringLiteral("a merge key (<<) takes mappings, found %1").arg(describe(item)));
                    if (!mergeInto(object, item, depth))
                        return {};
                }
            } else {
                return fail(merge.Mark(),
                            QStringLiteral("a merge key (<<) takes a mapping or a list of mappings, found %1")
                                .arg(describe(merge)));
            }
        }
        return object;
    }

    bool mergeInto(QJsonObject &target, const YAML::Node &source, int depth)
    {
        const QJsonObject merged = convert(source, depth + 1).toObject();
        if (error)
            return false;
        for (auto it = merged.begin(); it != merged.end(); ++it) {
            if (!target.contains(it.key()))
                target.insert(it.key(), it.value());
        }
        return true;
    }
};

template<typename Fn> auto guarded(Fn fn) -> decltype(fn())
{
    try {
        return fn();
    } catch (const YAML::Exception &e) {
        return yamlError(e.mark, fromStd(e.msg));
    } catch (const std::exception &e) {
        return Error{QStringLiteral("cannot read YAML: %1").arg(QString::fromUtf8(e.what()))};
    }
}

std::vector<YAML::Node> loadAll(QByteArrayView text)
{
    return YAML::LoadAll(std::string(text.data(), std::size_t(text.size())));
}

// ---------------------------------------------------------------------------------------------
// Emitter.

// Whether a code point can appear unescaped in a YAML document we write. Line separators that
// YAML 1.1 readers break lines at (NEL, LS, PS) and the BOM are escaped too.
bool isPrintable(char32_t c)
{
    if (c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
        return false;
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

// Calls fn(code point) for each code point; an unpaired surrogate is passed as itself.
template<typename Fn> void forEachCodePoint(QStringView s, Fn fn)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            fn(QChar::surrogateToUcs4(c, s[i + 1]));
            ++i;
        } else {
            fn(char32_t(c.unicode()));
        }
    }
}

// Whether a string holds characters that only a double-quoted scalar can carry (line breaks
// and tabs aside: the callers judge those).
bool needsEscapes(QStringView s)
{
    bool needs = false;
    forEachCodePoint(s, [&needs](char32_t c) {
        if (!isPrintable(c) && c != U'\n' && c != U'\t')
            needs = true;
    });
    return needs;
}

// Strings that YAML 1.1 readers (go-yaml v2, behind kubectl and sigs.k8s.io/yaml) would not
// read as strings: y/n/yes/no/on/off, .inf/.nan, and numbers, timestamps and sexagesimals in
// any of their spellings. Broad on purpose: quoting too much is harmless.
bool yaml11NonString(QStringView s)
{
    static const QSet<QString> words = {
        QStringLiteral("y"),    QStringLiteral("Y"),    QStringLiteral("yes"),  QStringLiteral("Yes"),
        QStringLiteral("YES"),  QStringLiteral("n"),    QStringLiteral("N"),    QStringLiteral("no"),
        QStringLiteral("No"),   QStringLiteral("NO"),   QStringLiteral("on"),   QStringLiteral("On"),
        QStringLiteral("ON"),   QStringLiteral("off"),  QStringLiteral("Off"),  QStringLiteral("OFF"),
        QStringLiteral(".inf"), QStringLiteral(".Inf"), QStringLiteral(".INF"), QStringLiteral(".nan"),
        QStringLiteral(".NaN"), QStringLiteral(".NAN"),
    };
    QStringView t = s;
    if (!t.isEmpty() && (t.front() == u'-' || t.front() == u'+'))
        t = t.sliced(1);
    if (words.contains(t.toString()))
        return true;
    if (t.isEmpty())
        return false;
    const auto isAsciiDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (t.size() > 2 && t[0] == u'0' && (t[1] == u'b' || t[1] == u'x' || t[1] == u'o')) {
        for (QChar c : t.sliced(2)) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
                return false;
        }
        return true;
    }
    if (!(isAsciiDigit(t[0]) || (t[0] == u'.' && t.size() > 1 && isAsciiDigit(t[1]))))
        return false;
    for (QChar c : t) {
        if (!isAsciiDigit(c) && !QStringView(u"_.:eE+-TtZz ").contains(c))
            return false;
    }
    return true;
}

// The common case of a plain scalar, decided without the full checks below: an ASCII letter
// then letters, digits, '_', '.', '/', '-' (names, image references, paths). Such a string
// resolves to itself unless it is one of the null/bool words of YAML 1.2 or 1.1.
bool simpleWord(const QString &s)
{
    if (s.isEmpty() || s.size() > 256)
        return false;
    const auto isAsciiLetter = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    if (!isAsciiLetter(s.front().unicode()))
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!isAsciiLetter(u) && !(u >= u'0' && u <= u'9') && u != u'_' && u != u'.' && u != u'/' &&
            u != u'-')
            return false;
    }
    if (s.size() > 5)
        return true; // longer than every reserved word
    static const QSet<QString> reserved = {
        QStringLiteral("null"),  QStringLiteral("Null"), QStringLiteral("NULL"),  QStringLiteral("true"),
        QStringLiteral("True"),  QStringLiteral("TRUE"), QStringLiteral("false"), QStringLiteral("False"),
        QStringLiteral("FALSE"), QStringLiteral("y"),    QStringLiteral("Y"),     QStringLiteral("yes"),
        QStringLiteral("Yes"),   QStringLiteral("YES"),  QStringLiteral("n"),     QStringLiteral("N"),
        QStringLiteral("no"),    QStringLiteral("No"),   QStringLiteral("NO"),    QStringLiteral("on"),
        QStringLiteral("On"),    QStringLiteral("ON"),   QStringLiteral("off"),   QStringLiteral("Off"),
        QStringLiteral("OFF"),
    };
    return !reserved.contains(s);
}

bool plainSafe(const QString &s)
{
    if (simpleWord(s))
        return true;
    if (s.isEmpty())
        return false;
    const QChar first = s.front();
    const QChar last = s.back();
    if (QStringView(u"-?:,[]{}#&*!|>'\"%@` \t").contains(first))
        return false;
    if (last == u' ' || last == u':')
        return false;
    if (s.contains(u'\n') || s.contains(u'\t') || s.contains(QLatin1StringView(": ")) ||
        s.contains(QLatin1StringView(" #")) || s.startsWith(QLatin1StringView("...")))
        return false;
    if (s == QLatin1StringView("<<") || s == QLatin1StringView("="))
        return false;
    if (needsEscapes(s))
        return false;
    if (!resolvePlain(s.toStdString()).isString())
        return false;
    return !yaml11NonString(s);
}

// A literal block (|) can carry the string exactly.
bool literalSafe(const QString &s, bool allowIndentIndicator)
{
    if (!s.contains(u'\n') || s.contains(u'\r') || needsEscapes(s))
        return false;
    bool hasContent = false;
    for (QChar c : s) {
        if (c != u' ' && c != u'\n' && c != u'\t') {
            hasContent = true;
            break;
        }
    }
    if (!hasContent)
        return false;
    // A first content line that starts with a space or tab needs an indentation indicator.
    for (QChar c : s) {
        if (c == u'\n')
            continue;
        if (c == u' ' || c == u'\t')
            return allowIndentIndicator;
        break;
    }
    return true;
}

QByteArray singleQuoted(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '\'';
    out += s.toUtf8().replace('\'', "''");
    out += '\'';
    return out;
}

QByteArray doubleQuoted(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    forEachCodePoint(s, [&out](char32_t c) {
        switch (c) {
        case U'\\': out += "\\\\"; return;
        case U'"': out += "\\\""; return;
        case U'\n': out += "\\n"; return;
        case U'\t': out += "\\t"; return;
        case U'\r': out += "\\r"; return;
        case 0: out += "\\0"; return;
        case 0x2028: out += "\\L"; return;
        case 0x2029: out += "\\P"; return;
        default: break;
        }
        // NEL goes out as \x85 below: yaml-cpp 0.8 decodes "\N" to a lone byte, not UTF-8.
        if (c >= 0xD800 && c <= 0xDFFF) {
            out += "\\uFFFD"; // an unpaired surrogate has no UTF-8 form
        } else if (!isPrintable(c)) {
            if (c < 0x100)
                out += "\\x" + QByteArray::number(uint(c), 16).toUpper().rightJustified(2, '0');
            else
                out += "\\u" + QByteArray::number(uint(c), 16).toUpper().rightJustified(4, '0');
        } else {
            char32_t cp[1] = {c};
            out += QString::fromUcs4(cp, 1).toUtf8();
        }
    });
    out += '"';
    return out;
}

QByteArray stringText(const QString &s)
{
    if (plainSafe(s))
        return s.toUtf8();
    if (s.contains(u'\n') || s.contains(u'\t') || needsEscapes(s))
        return doubleQuoted(s);
    return singleQuoted(s);
}

QByteArray numberText(const QJsonValue &value)
{
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QByteArray::number(variant.toLongLong());
    const double d = value.toDouble();
    if (std::isnan(d))
        return ".nan";
    if (std::isinf(d))
        return d > 0 ? ".inf" : "-.inf";
    QByteArray text = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    if (!text.contains('.') && !text.contains('e'))
        text += ".0";
    return text;
}

class YamlWriter {
public:
    explicit YamlWriter(const YamlKeyOrder &keyOrder)
        : m_keyOrder(keyOrder)
    {}

    QByteArray write(const QJsonValue &value)
    {
        if (value.isObject() && !value.toObject().isEmpty()) {
            writeMapping(value.toObject(), 0, false);
        } else if (value.isArray() && !value.toArray().isEmpty()) {
            writeSequence(value.toArray(), 0, false);
        } else if (value.isString() && literalSafe(value.toString(), false)) {
            writeLiteral(value.toString(), 2);
        } else {
            m_out += scalarText(value);
            m_out += '\n';
        }
        return std::move(m_out);
    }

private:
    const YamlKeyOrder &m_keyOrder;
    QStringList m_path;
    QByteArray m_out;
    QHash<QString, QByteArray> m_keyText;

    void indent(int columns) { m_out.append(columns, ' '); }

    static QByteArray scalarText(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Bool: return value.toBool() ? "true" : "false";
        case QJsonValue::Double: return numberText(value);
        case QJsonValue::String: return stringText(value.toString());
        case QJsonValue::Object: return "{}";
        case QJsonValue::Array: return "[]";
        case QJsonValue::Null:
        case QJsonValue::Undefined: break;
        }
        return "null";
    }

    // The keys the order callback puts first, in its order (only those in the object).
    QStringList preferredKeys(const QJsonObject &object) const
    {
        QStringList ordered;
        if (!m_keyOrder)
            return ordered;
        const QStringList preferred = m_keyOrder(object, m_path);
        // Preferred lists are short: linear look-ups beat a hash set here (this runs per object).
        for (const QString &key : preferred) {
            if (object.contains(key) && !ordered.contains(key))
                ordered.append(key);
        }
        return ordered;
    }

    // `column` is where the key or the dash that owns the value starts.
    void writeMapping(const QJsonObject &object, int column, bool firstInline)
    {
        bool first = true;
        const auto writeEntry = [&](const QString &key, const QJsonValue &value) {
            if (!(first && firstInline))
                indent(column);
            first = false;
            // Keys repeat throughout a manifest (name, image, ...): judge each spelling once.
            auto text = m_keyText.constFind(key);
            if (text == m_keyText.constEnd())
                text = m_keyText.insert(key, stringText(key));
            m_out += *text;
            m_out += ':';
            m_path.append(key);
            writeValue(value, column, false);
            m_path.removeLast();
        };
        const QStringList preferred = preferredKeys(object);
        for (const QString &key : preferred)
            writeEntry(key, object.value(key));
        // The rest alphabetically, which is the object's own order: iterate, no look-ups.
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (preferred.isEmpty() || !preferred.contains(key))
                writeEntry(key, it.value());
        }
    }

    void writeSequence(const QJsonArray &array, int column, bool firstInline)
    {
        bool first = true;
        m_path.append(QStringLiteral("[]"));
        for (const QJsonValue &item : array) {
            if (!(first && firstInline))
                indent(column);
            first = false;
            m_out += '-';
            writeValue(item, column, true);
        }
        m_path.removeLast();
    }

    void writeValue(const QJsonValue &value, int column, bool afterDash)
    {
        if (value.isObject() && !value.toObject().isEmpty()) {
            if (afterDash) {
                m_out += ' ';
                writeMapping(value.toObject(), column + 2, true);
            } else {
                m_out += '\n';
                writeMapping(value.toObject(), column + 2, false);
            }
        } else if (value.isArray() && !value.toArray().isEmpty()) {
            if (afterDash) {
                m_out += ' ';
                writeSequence(value.toArray(), column + 2, true);
            } else {
                m_out += '\n';
                writeSequence(value.toArray(), column, false);
            }
        } else if (value.isString() && literalSafe(value.toString(), true)) {
            m_out += ' ';
            writeLiteral(value.toString(), column + 2);
        } else {
            m_out += ' ';
            m_out += scalarText(value);
            m_out += '\n';
        }
    }

    // A literal block whose lines start at `contentColumn`, 2 more than the owner's column.
    void writeLiteral(const QString &text, int contentColumn)
    {
        qsizetype trailingNewlines = 0;
        while (trailingNewlines < text.size() && text[text.size() - 1 - trailingNewlines] == u'\n')
            ++trailingNewlines;
        m_out += '|';
        for (QChar c : text) {
            if (c == u'\n')
                continue;
            if (c == u' ' || c == u'\t')
                m_out += '2'; // the first content line is itself indented
            break;
        }
        if (trailingNewlines == 0)
            m_out += '-';
        else if (trailingNewlines > 1)
            m_out += '+';
        m_out += '\n';
        QStringList lines = text.split(u'\n');
        if (trailingNewlines > 0)
            lines.removeLast(); // the empty piece after the final newline
        for (const QString &line : std::as_const(lines)) {
            if (!line.isEmpty()) {
                indent(contentColumn);
                m_out += line.toUtf8();
            }
            m_out += '\n';
        }
    }
};

} // namespace

Result<QJsonValue> parseYaml(QByteArrayView text)
{
    return guarded([&]() -> Result<QJsonValue> {
        const std::vector<YAML::Node> documents = loadAll(text);
        std::optional<QJsonValue> result;
        for (const YAML::Node &document : documents) {
            if (document.IsNull())
                continue;
            if (result)
                return yamlError(document.Mark(),
                                 QStringLiteral("expected a single YAML document, found another one"));
            Converter converter;
            QJsonValue value = converter.convert(document, 0);
            if (converter.error)
                return *converter.error;
            result = value;
        }
        return result.value_or(QJsonValue(QJsonValue::Null));
    });
}

Result<QList<QJsonObject>> parseYamlDocuments(QByteArrayView text)
{
    return guarded([&]() -> Result<QList<QJsonObject>> {
        const std::vector<YAML::Node> documents = loadAll(text);
        QList<QJsonObject> result;
        for (std::size_t i = 0; i < documents.size(); ++i) {
            const YAML::Node &document = documents[i];
            if (document.IsNull())
                continue;
            if (!document.IsMap())
                return yamlError(document.Mark(), QStringLiteral("document %1 is %2, expected a mapping")
                                                      .arg(qsizetype(i) + 1)
                                                      .arg(describe(document)));
            Converter converter;
            const QJsonValue value = converter.convert(document, 0);
            if (converter.error)
                return *converter.error;
            result.append(value.toObject());
        }
        return result;
    });
}

QByteArray toYaml(const QJsonValue &value, const YamlKeyOrder &keyOrder)
{
    return YamlWriter(keyOrder).write(value);
}

} // namespace sextant

#include "model/support/yamlquoting.h"

#include "model/support/yamlscalars.h"

#include <QLocale>
#include <QSet>
#include <QStringView>
#include <QVariant>

#include <cmath>

namespace sextant {
namespace {

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
    if (!resolveYamlPlain(s.toStdString()).isString())
        return false;
    return !yaml11NonString(s);
}

} // namespace

QByteArray yamlSingleQuotedText(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '\'';
    out += s.toUtf8().replace('\'', "''");
    out += '\'';
    return out;
}

QByteArray yamlDoubleQuotedText(const QString &s)
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

bool yamlLiteralSafe(const QString &s, bool allowIndentIndicator)
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

QByteArray yamlStringText(const QString &s)
{
    if (plainSafe(s))
        return s.toUtf8();
    if (s.contains(u'\n') || s.contains(u'\t') || needsEscapes(s))
        return yamlDoubleQuotedText(s);
    return yamlSingleQuotedText(s);
}

QByteArray yamlNumberText(const QJsonValue &value)
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

} // namespace sextant

#include "model/support/glob.h"

#include <QList>

#include <optional>
#include <utility>

namespace sextant {
namespace {

struct GlobToken {
    enum Kind { Literal, AnyChar, AnyString, Class } kind = Literal;
    QChar literal;
    bool negated = false;
    QList<std::pair<QChar, QChar>> ranges;

    bool matches(QChar c) const
    {
        switch (kind) {
        case Literal: return c == literal;
        case AnyChar: return true;
        case Class: {
            bool in = false;
            for (const auto &[low, high] : ranges)
                in = in || (c >= low && c <= high);
            return in != negated;
        }
        case AnyString: break;
        }
        return false;
    }
};

// An invalid pattern (an unclosed '[', a trailing '\') gives nullopt: it matches nothing.
std::optional<QList<GlobToken>> compileGlob(QStringView pattern, GlobSyntax syntax)
{
    QList<GlobToken> tokens;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        GlobToken token;
        if (c == u'*') {
            token.kind = GlobToken::AnyString;
            if (!tokens.isEmpty() && tokens.constLast().kind == GlobToken::AnyString)
                continue;
        } else if (c == u'?') {
            token.kind = GlobToken::AnyChar;
        } else if (c == u'\\' && syntax == GlobSyntax::Full) {
            if (++i >= pattern.size())
                return std::nullopt;
            token.literal = pattern[i];
        } else if (c == u'[' && syntax == GlobSyntax::Full) {
            token.kind = GlobToken::Class;
            qsizetype j = i + 1;
            if (j < pattern.size() && pattern[j] == u'!') {
                token.negated = true;
                ++j;
            }
            bool closed = false;
            while (j < pattern.size()) {
                QChar low = pattern[j];
                if (low == u']') {
                    closed = true;
                    break;
                }
                if (low == u'\\' && j + 1 < pattern.size())
                    low = pattern[++j];
                QChar high = low;
                if (j + 2 < pattern.size() && pattern[j + 1] == u'-' && pattern[j + 2] != u']') {
                    high = pattern[j + 2];
                    j += 2;
                }
                token.ranges.append({low, high});
                ++j;
            }
            if (!closed || token.ranges.isEmpty())
                return std::nullopt;
            i = j;
        } else {
            token.literal = c;
        }
        tokens.append(token);
    }
    return tokens;
}

} // namespace

bool globMatch(QStringView pattern, QStringView value, GlobSyntax syntax)
{
    if (pattern == u"*")
        return true;
    const auto tokens = compileGlob(pattern, syntax);
    if (!tokens)
        return false;
    // Greedy matching with backtracking to the last '*'.
    qsizetype t = 0;
    qsizetype v = 0;
    qsizetype starToken = -1;
    qsizetype starValue = 0;
    while (v < value.size()) {
        if (t < tokens->size() && tokens->at(t).kind == GlobToken::AnyString) {
            starToken = t++;
            starValue = v;
        } else if (t < tokens->size() && tokens->at(t).matches(value[v])) {
            ++t;
            ++v;
        } else if (starToken >= 0) {
            t = starToken + 1;
            v = ++starValue;
        } else {
            return false;
        }
    }
    while (t < tokens->size() && tokens->at(t).kind == GlobToken::AnyString)
        ++t;
    return t == tokens->size();
}

} // namespace sextant

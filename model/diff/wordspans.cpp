#include "model/diff/wordspans.h"

#include <algorithm>
#include <vector>

namespace sextant::diff {

namespace {

// Above this many cells the token LCS is not worth its time; one span is shown instead.
constexpr qsizetype kMaxLcsCells = 250'000;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isBlank(QStringView token)
{
    return std::all_of(token.begin(), token.end(), [](QChar c) { return c.isSpace(); });
}

// Marks which tokens of a and b lie outside a longest common subsequence.
void markDifferences(const QList<QStringView> &a, const QList<QStringView> &b, std::vector<bool> &aDiffers,
                     std::vector<bool> &bDiffers)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n == 0 || m == 0 || n * m > kMaxLcsCells) {
        for (qsizetype i = 0; i < n; ++i)
            aDiffers[std::size_t(prefix + i)] = true;
        for (qsizetype j = 0; j < m; ++j)
            bDiffers[std::size_t(prefix + j)] = true;
        return;
    }
    // lcs[i][j]: LCS length of a[prefix+i..] and b[prefix+j..].
    const auto width = std::size_t(m + 1);
    std::vector<int> lcs(std::size_t(n + 1) * width, 0);
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            const std::size_t cell = std::size_t(i) * width + std::size_t(j);
            lcs[cell] = a[prefix + i] == b[prefix + j] ? lcs[cell + width + 1] + 1
                                                       : std::max(lcs[cell + width], lcs[cell + 1]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        const std::size_t cell = std::size_t(i) * width + std::size_t(j);
        if (a[prefix + i] == b[prefix + j]) {
            ++i;
            ++j;
        } else if (lcs[cell + width] >= lcs[cell + 1]) {
            aDiffers[std::size_t(prefix + i++)] = true;
        } else {
            bDiffers[std::size_t(prefix + j++)] = true;
        }
    }
    for (; i < n; ++i)
        aDiffers[std::size_t(prefix + i)] = true;
    for (; j < m; ++j)
        bDiffers[std::size_t(prefix + j)] = true;
}

// Differing tokens → spans of the line; runs merged, blanks between two runs folded in.
QList<Span> spansOf(QStringView line, const QList<QStringView> &tokens, const std::vector<bool> &differs)
{
    QList<Span> spans;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        if (!differs[std::size_t(t)])
            continue;
        const int start = int(tokens[t].data() - line.data());
        const int end = start + int(tokens[t].size());
        if (!spans.isEmpty()) {
            Span &last = spans.last();
            const QStringView gap = line.mid(last.start + last.length, start - last.start - last.length);
            if (isBlank(gap)) {
                last.length = end - last.start;
                continue;
            }
        }
        spans.append(Span{start, end - start});
    }
    return spans;
}

} // namespace

QList<QStringView> wordTokens(QStringView line)
{
    QList<QStringView> tokens;
    qsizetype i = 0;
    while (i < line.size()) {
        qsizetype end = i + 1;
        if (isWordChar(line[i])) {
            while (end < line.size() && isWordChar(line[end]))
                ++end;
        } else if (line[i].isSpace()) {
            while (end < line.size() && line[end].isSpace())
                ++end;
        } else if (line[i].isHighSurrogate() && end < line.size() && line[end].isLowSurrogate()) {
            ++end; // one character, not two halves
        }
        tokens.append(line.mid(i, end - i));
        i = end;
    }
    return tokens;
}

WordSpans wordSpans(QStringView left, QStringView right)
{
    if (left == right)
        return {};
    const QList<QStringView> a = wordTokens(left);
    const QList<QStringView> b = wordTokens(right);
    std::vector<bool> aDiffers(std::size_t(a.size()), false);
    std::vector<bool> bDiffers(std::size_t(b.size()), false);
    markDifferences(a, b, aDiffers, bDiffers);
    return WordSpans{spansOf(left, a, aDiffers), spansOf(right, b, bDiffers)};
}

} // namespace sextant::diff

#include "model/diff/textdiff.h"

#include "model/diff/wordspans.h"

#include <algorithm>
#include <vector>

namespace sextant::diff {

namespace {

// Above this many cells a block's lines are paired by position only.
constexpr qsizetype kMaxPairingCells = 40'000;

QList<QString> splitLines(QByteArrayView text)
{
    QList<QString> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        lines.append(QString::fromUtf8(text.sliced(start, end - start)));
        start = end + 1;
    }
    return lines;
}

// What a YAML line is about: its indentation and key ("  image:", "  - name:"), or its
// indentation alone for a line without a key (a list scalar, a literal block line).
// Two lines with the same key are the same field changed.
QStringView lineKey(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    if (i + 1 < line.size() && line[i] == u'-' && line[i + 1] == u' ')
        i += 2;
    const qsizetype colon = line.indexOf(u':', i);
    if (colon > i && (colon + 1 == line.size() || line[colon + 1] == u' ')) {
        const QStringView key = line.mid(i, colon - i);
        if (!key.contains(u' ') || key.startsWith(u'"') || key.startsWith(u'\''))
            return line.first(colon + 1);
    }
    return line.first(i);
}

// For a block of `removed` and `added` lines, the pairs (index in removed, index in added)
// shown as Changed rows, in order: a longest common subsequence of their keys; when none
// pair and both runs have the same length, position by position.
std::vector<std::pair<int, int>> pairLines(const QList<QString> &left, int leftStart, int removed,
                                           const QList<QString> &right, int rightStart, int added)
{
    std::vector<std::pair<int, int>> pairs;
    if (removed == 0 || added == 0)
        return pairs;
    if (qsizetype(removed) * added <= kMaxPairingCells) {
        std::vector<QStringView> a(static_cast<std::size_t>(removed));
        std::vector<QStringView> b(static_cast<std::size_t>(added));
        for (int i = 0; i < removed; ++i)
            a[std::size_t(i)] = lineKey(left[leftStart + i]);
        for (int j = 0; j < added; ++j)
            b[std::size_t(j)] = lineKey(right[rightStart + j]);
        const auto width = std::size_t(added + 1);
        std::vector<int> lcs(std::size_t(removed + 1) * width, 0);
        for (int i = removed - 1; i >= 0; --i) {
            for (int j = added - 1; j >= 0; --j) {
                const std::size_t cell = std::size_t(i) * width + std::size_t(j);
                lcs[cell] = a[std::size_t(i)] == b[std::size_t(j)]
                                ? lcs[cell + width + 1] + 1
                                : std::max(lcs[cell + width], lcs[cell + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < removed && j < added) {
            const std::size_t cell = std::size_t(i) * width + std::size_t(j);
            if (a[std::size_t(i)] == b[std::size_t(j)])
                pairs.emplace_back(i++, j++);
            else if (lcs[cell + width] >= lcs[cell + 1])
                ++i;
            else
                ++j;
        }
    }
    if (pairs.empty() && removed == added) {
        for (int k = 0; k < removed; ++k)
            pairs.emplace_back(k, k);
    }
    return pairs;
}

class DocumentBuilder {
public:
    DocumentBuilder(const QList<QString> &left, const QList<QString> &right)
        : m_left(left)
        , m_right(right)
    {
        m_document.rows.reserve(std::max(left.size(), right.size()));
    }

    void context(int leftIndex, int rightIndex)
    {
        closeChange();
        m_document.rows.append(DiffRow{line(m_left, leftIndex, LineKind::Context),
                                       line(m_right, rightIndex, LineKind::Context)});
    }

    void block(const git::LineBlock &block)
    {
        openChange();
        const auto pairs =
            pairLines(m_left, block.oldStart, block.oldCount, m_right, block.newStart, block.newCount);
        int i = 0;
        int j = 0;
        for (const auto &[pi, pj] : pairs) {
            emitUnpaired(block, i, pi, j, pj);
            i = pi;
            j = pj;
            DiffLine left = line(m_left, block.oldStart + i, LineKind::Changed);
            DiffLine right = line(m_right, block.newStart + j, LineKind::Changed);
            WordSpans spans = wordSpans(left.text, right.text);
            left.spans = std::move(spans.left);
            right.spans = std::move(spans.right);
            m_document.rows.append(DiffRow{std::move(left), std::move(right)});
            ++m_document.removedLines;
            ++m_document.addedLines;
            ++i;
            ++j;
        }
        emitUnpaired(block, i, block.oldCount, j, block.newCount);
    }

    DiffDocument finish()
    {
        closeChange();
        return std::move(m_document);
    }

private:
    const QList<QString> &m_left;
    const QList<QString> &m_right;
    DiffDocument m_document;
    int m_changeStart = -1;

    static DiffLine line(const QList<QString> &lines, int index, LineKind kind)
    {
        return DiffLine{index + 1, lines[index], kind, {}};
    }

    // Removed lines [i, iEnd) of the block, then added lines [j, jEnd), each padded.
    void emitUnpaired(const git::LineBlock &block, int i, int iEnd, int j, int jEnd)
    {
        for (; i < iEnd; ++i) {
            m_document.rows.append(DiffRow{line(m_left, block.oldStart + i, LineKind::Removed), DiffLine{}});
            ++m_document.removedLines;
        }
        for (; j < jEnd; ++j) {
            m_document.rows.append(DiffRow{DiffLine{}, line(m_right, block.newStart + j, LineKind::Added)});
            ++m_document.addedLines;
        }
    }

    void openChange()
    {
        if (m_changeStart < 0)
            m_changeStart = int(m_document.rows.size());
    }

    void closeChange()
    {
        if (m_changeStart < 0)
            return;
        const int rowCount = int(m_document.rows.size()) - m_changeStart;
        if (rowCount > 0)
            m_document.changes.append(DiffChange{m_changeStart, rowCount});
        m_changeStart = -1;
    }
};

} // namespace

Result<DiffDocument> diffTexts(QByteArrayView left, QByteArrayView right, git::LineDiffAlgorithm algorithm)
{
    const QList<QString> leftLines = splitLines(left);
    const QList<QString> rightLines = splitLines(right);
    QList<git::LineBlock> blocks;
    if (left != right) {
        Result<QList<git::LineBlock>> diffed = git::diffLines(left, right, algorithm);
        if (!diffed)
            return diffed.error();
        blocks = std::move(diffed).value();
    }
    DocumentBuilder builder(leftLines, rightLines);
    int i = 0;
    int j = 0;
    for (const git::LineBlock &block : std::as_const(blocks)) {
        while (i < block.oldStart && j < block.newStart)
            builder.context(i++, j++);
        builder.block(block);
        i = block.oldStart + block.oldCount;
        j = block.newStart + block.newCount;
    }
    while (i < leftLines.size() && j < rightLines.size())
        builder.context(i++, j++);
    return builder.finish();
}

} // namespace sextant::diff

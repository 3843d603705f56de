#include "views/diffviewlayout.h"

#include <algorithm>

namespace sextant::views::difflayout {

using diff::DiffDocument;
using diff::LineKind;

namespace {

bool isContext(const diff::DiffRow &row)
{
    return row.left.kind == LineKind::Context && row.right.kind == LineKind::Context;
}

// Index of the fold starting at `row`, walking `next` forward through the sorted folds.
int foldAt(const QList<DiffFold> &folds, int row, qsizetype &next)
{
    while (next < folds.size() && folds[next].firstRow < row)
        ++next;
    return next < folds.size() && folds[next].firstRow == row ? int(next) : -1;
}

} // namespace

QList<DiffFold> folds(const DiffDocument &document, int context)
{
    QList<DiffFold> result;
    if (document.isIdentical())
        return result;
    const int count = int(document.rows.size());
    int row = 0;
    while (row < count) {
        if (!isContext(document.rows[row])) {
            ++row;
            continue;
        }
        const int runStart = row;
        while (row < count && isContext(document.rows[row]))
            ++row;
        const int first = runStart == 0 ? 0 : runStart + context;
        const int end = row == count ? count : row - context;
        // Hiding a single line behind a row that says so saves nothing.
        if (end - first >= 2)
            result.append(DiffFold{first, end - first, false});
    }
    return result;
}

QList<int> segmentStarts(const DiffDocument &document, const QList<DiffFold> &folds)
{
    QList<int> starts{0};
    for (const DiffFold &fold : folds) {
        if (fold.firstRow != starts.last())
            starts.append(fold.firstRow);
        const int end = fold.firstRow + fold.rowCount;
        if (end < document.rows.size())
            starts.append(end);
    }
    return starts;
}

QList<DiffDisplayLine> sideBySide(const DiffDocument &document, const QList<DiffFold> &folds, DiffSide side)
{
    QList<DiffDisplayLine> lines;
    lines.reserve(document.rows.size());
    qsizetype next = 0;
    const int count = int(document.rows.size());
    for (int row = 0; row < count;) {
        const int fold = foldAt(folds, row, next);
        if (fold >= 0 && !folds[fold].expanded) {
            lines.append(DiffDisplayLine{row, fold, side});
            row += folds[fold].rowCount;
            continue;
        }
        lines.append(DiffDisplayLine{row, -1, side});
        ++row;
    }
    return lines;
}

QList<DiffDisplayLine> unified(const DiffDocument &document, const QList<DiffFold> &folds)
{
    QList<DiffDisplayLine> lines;
    lines.reserve(document.rows.size() + document.removedLines);
    qsizetype next = 0;
    const int count = int(document.rows.size());
    // Consecutive changed rows show all their removed lines, then all their added
    // lines, as a unified diff reads; a change block is never interrupted by a fold.
    for (int row = 0; row < count;) {
        const int fold = foldAt(folds, row, next);
        if (fold >= 0 && !folds[fold].expanded) {
            lines.append(DiffDisplayLine{row, fold, DiffSide::Left});
            row += folds[fold].rowCount;
            continue;
        }
        if (isContext(document.rows[row])) {
            lines.append(DiffDisplayLine{row, -1, DiffSide::Left});
            ++row;
            continue;
        }
        int end = row;
        while (end < count && !isContext(document.rows[end]))
            ++end;
        for (int r = row; r < end; ++r) {
            if (document.rows[r].left.kind != LineKind::Padding)
                lines.append(DiffDisplayLine{r, -1, DiffSide::Left});
        }
        for (int r = row; r < end; ++r) {
            if (document.rows[r].right.kind != LineKind::Padding)
                lines.append(DiffDisplayLine{r, -1, DiffSide::Right});
        }
        row = end;
    }
    return lines;
}

int lineOfRow(const QList<DiffDisplayLine> &lines, int row)
{
    const auto it = std::partition_point(lines.cbegin(), lines.cend(),
                                         [row](const DiffDisplayLine &line) { return line.row < row; });
    if (it != lines.cbegin() && (it == lines.cend() || it->row > row)) {
        // `row` is hidden inside the fold before.
        const auto previous = std::prev(it);
        if (previous->isFold())
            return int(previous - lines.cbegin());
    }
    return int(std::min(it - lines.cbegin(), lines.size() - 1));
}

const diff::DiffLine &cell(const DiffDocument &document, const DiffDisplayLine &line)
{
    const diff::DiffRow &row = document.rows[line.row];
    return line.side == DiffSide::Left ? row.left : row.right;
}

QString text(const DiffDocument &document, const QList<DiffFold> &folds, const QList<DiffDisplayLine> &lines,
             int fromLine, int fromColumn, int toLine, int toColumn)
{
    QStringList pieces;
    fromLine = std::max(fromLine, 0);
    toLine = std::min(toLine, int(lines.size()) - 1);
    for (int i = fromLine; i <= toLine; ++i) {
        const DiffDisplayLine &line = lines[i];
        if (line.isFold()) {
            const DiffFold &fold = folds[line.fold];
            for (int row = fold.firstRow; row < fold.firstRow + fold.rowCount; ++row)
                pieces.append(cell(document, DiffDisplayLine{row, -1, line.side}).text);
            continue;
        }
        const diff::DiffLine &c = cell(document, line);
        if (c.kind == LineKind::Padding)
            continue;
        const int start = i == fromLine ? std::clamp(fromColumn, 0, int(c.text.size())) : 0;
        const int end = i == toLine ? std::clamp(toColumn, start, int(c.text.size())) : int(c.text.size());
        pieces.append(c.text.mid(start, end - start));
    }
    return pieces.join(u'\n');
}

} // namespace sextant::views::difflayout

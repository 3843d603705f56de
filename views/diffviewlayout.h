#pragma once

#include "model/diff/diffdocument.h"

#include <QList>
#include <QString>

namespace sextant::views {

// Which cell of a DiffRow a line shows: the live (left) or desired (right) text.
enum class DiffSide : quint8 { Left, Right };

// A run of unchanged rows that the view hides behind one "N unchanged lines" row.
struct DiffFold {
    int firstRow = 0;
    int rowCount = 0;
    bool expanded = false;
    bool operator==(const DiffFold &) const = default;
};

// One line of a diff pane: a cell of a document row, or a folded run of rows.
struct DiffDisplayLine {
    int row = 0;   // document row; for a fold, its first row
    int fold = -1; // index into the folds, or -1 for a document row
    DiffSide side = DiffSide::Left;
    bool isFold() const { return fold >= 0; }
    bool operator==(const DiffDisplayLine &) const = default;
};

// Pure layout of a DiffDocument into pane lines. Side by side, both panes get
// the same number of lines (the document is padded, folds are shared), so one
// scroll position fits both. Unified interleaves removed and added cells.
namespace difflayout {

// The unchanged runs that can be hidden, keeping `context` rows next to every
// change. A document without changes folds nothing (there is nothing to find).
QList<DiffFold> folds(const diff::DiffDocument &document, int context = 3);

// Rows where syntax highlighting starts afresh: the start of the document and
// both ends of every fold (open or not), so hunks never inherit state from
// text the operator may not see, and opening a fold keeps what was highlighted.
QList<int> segmentStarts(const diff::DiffDocument &document, const QList<DiffFold> &folds);

QList<DiffDisplayLine> sideBySide(const diff::DiffDocument &document, const QList<DiffFold> &folds,
                                  DiffSide side);
QList<DiffDisplayLine> unified(const diff::DiffDocument &document, const QList<DiffFold> &folds);

// The first line showing `row` (binary search; lines are in row order).
int lineOfRow(const QList<DiffDisplayLine> &lines, int row);

// The cell a line shows (for folds, the cell of its first row).
const diff::DiffLine &cell(const diff::DiffDocument &document, const DiffDisplayLine &line);

// Text between two positions (line, column), inclusive of the first and
// exclusive of the second column. Padding is never copied; a fold inside the
// range contributes the rows it hides (on the pane's side), so what is copied
// is the real text of that side.
QString text(const diff::DiffDocument &document, const QList<DiffFold> &folds,
             const QList<DiffDisplayLine> &lines, int fromLine, int fromColumn, int toLine, int toColumn);

} // namespace difflayout
} // namespace sextant::views

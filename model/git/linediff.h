#pragma once

#include "model/result.h"

#include <QByteArrayView>
#include <QList>

namespace sextant::git {

// libgit2's line diff (git_diff_buffers) on two in-memory texts, behind value types.
// Both texts are always treated as text (never "binary"); a missing final newline is
// not a difference of its own.

enum class LineDiffAlgorithm {
    Myers,    // git's default
    Minimal,  // Myers, spending extra time to find the smallest diff
    Patience, // unique lines anchor the diff: better blocks on YAML (the default here)
};

// A run of lines that differ: `oldCount` lines of the old text starting at the 0-based
// `oldStart` were replaced by `newCount` lines of the new text starting at `newStart`.
// One of the counts may be 0 (a pure insertion or deletion; its start is then the index
// of the line that follows the gap on that side). Blocks come in text order and are
// separated by at least one unchanged line.
struct LineBlock {
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    bool operator==(const LineBlock &) const = default;
};

// Needs a live GitLibrary somewhere in the process (main() or the test owns one).
// Any thread. An Error carries libgit2's message.
Result<QList<LineBlock>> diffLines(QByteArrayView oldText, QByteArrayView newText,
                                   LineDiffAlgorithm algorithm = LineDiffAlgorithm::Patience);

} // namespace sextant::git

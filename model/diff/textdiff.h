#pragma once

#include "model/diff/diffdocument.h"
#include "model/git/linediff.h"
#include "model/result.h"

#include <QByteArrayView>

namespace sextant::diff {

// Two texts (UTF-8, '\n' line breaks) → the side-by-side DiffDocument: the line diff of
// libgit2 (git::diffLines), then, inside each block of removed and added lines, lines
// paired into Changed rows where they align (the same YAML key at the same indentation,
// or position by position when both runs have the same length and no keys pair), the
// rest Removed / Added rows padded on the other side; word spans (wordSpans) on every
// Changed row; one DiffChange per run of non-Context rows; the counts.
// An empty text has no lines. Needs a live GitLibrary. Any thread.
Result<DiffDocument> diffTexts(QByteArrayView left, QByteArrayView right,
                               git::LineDiffAlgorithm algorithm = git::LineDiffAlgorithm::Patience);

} // namespace sextant::diff
